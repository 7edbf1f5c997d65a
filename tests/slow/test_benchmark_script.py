"""scripts/benchmark.py: TimeML parsing, span and value scoring, error shapes, and a tiny speed run."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from dataclasses import dataclass

import pytest

from tests.helpers import ROOT

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
AT&amp;T said on <TIMEX3 tid="t1" type="DATE" value="2013-03-05">March 5, 2013</TIMEX3> that it \
<EVENT eid="e1" class="OCCURRENCE">sold</EVENT> the unit in <TIMEX3 tid="t2" type="DATE" value="2012">2012</TIMEX3>. \
Sales rose for <TIMEX3 tid="t3" type="DURATION" value="P3M">three months</TIMEX3> until \
<TIMEX3 tid="t4" type="DATE" value="2013-03-22">Friday</TIMEX3>. The plan dates from June 2010.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
"""

ARABIC_TML = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n\ufeffافتتح '
              '<TIMEX3 tid="t1" type="DATE" value="2015-12-24">اليوم</TIMEX3> معرض &quot;الكتاب&quot; في '
              '<TIMEX3 tid="t2" type="DATE" value="2015-12">ديسمبر</TIMEX3>.\n</TimeML>\n')


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    year: int | None
    months: tuple[int, ...] = ()
    day: int | None = None
    bare_year: bool = False
    year_inferred: bool = False


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("benchmark_script", ROOT / "scripts" / "benchmark.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmark_script"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("benchmark_script", None)


@pytest.fixture
def doc(bench, tmp_path):
    path = tmp_path / "tiny.tml"
    path.write_text(TML, encoding="utf-8")
    return bench.read_timeml(path)


def fake_mentions(text: str) -> list[Mention]:
    """One exact hit, one overlap with wider offsets and a wrong year, one spurious month and a
    spurious bare year."""
    def at(s: str, year, months=(), day=None, bare=False) -> Mention:
        i = text.index(s)
        return Mention(i, i + len(s), s, year, months, day, bare)
    return [at("March 5, 2013", 2013, (3,), 5), at("in 2012", 2011), at("June 2010", 2010, (6,)),
            at("2010", 2010, bare=True)]


def test_parse_keeps_exact_offsets_decodes_entities_and_reads_the_dct(doc):
    assert doc.text == ("\nAT&T said on March 5, 2013 that it sold the unit in 2012. Sales rose for three "
                        "months until Friday. The plan dates from June 2010.\n")
    assert doc.dct == dt.date(2013, 3, 22)
    assert [(t.start, t.end, t.type, t.value) for t in doc.timexes] == [
        (14, 27, "DATE", "2013-03-05"), (53, 57, "DATE", "2012"), (74, 86, "DURATION", "P3M"),
        (93, 99, "DATE", "2013-03-22")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_parse_arabic_file_with_bom_inside_the_root_and_no_text_element(bench):
    d = bench.parse_timeml(ARABIC_TML, "doc1.tml")
    assert d.text == '\nافتتح اليوم معرض "الكتاب" في ديسمبر.\n'
    assert [(t.start, t.end, t.text) for t in d.timexes] == [(7, 12, "اليوم"), (30, 36, "ديسمبر")]
    assert d.dct is None
    assert bench.arabic_dct(d) == dt.date(2015, 12, 24)


def test_nested_tags_inside_a_timex_and_unclosed_tags(bench):
    text, timexes = bench.strip_tags('On <TIMEX3 type="DATE" value="2001-05">the <SIGNAL>first</SIGNAL> '
                                     'May</TIMEX3> <TIMEX3 type="DATE" value="X">x')
    assert text == "On the first May x"
    assert [(t.start, t.end, t.text) for t in timexes] == [(3, 16, "the first May")]


def test_span_scores_strict_and_relaxed(bench, doc):
    gold = [t for t in doc.timexes if t.type == "DATE"]
    c = bench.span_counts(gold, [m for m in fake_mentions(doc.text) if not m.bare_year])
    assert bench.prf(c, "strict") == {"precision": 1 / 3, "recall": 1 / 3, "f1": pytest.approx(1 / 3)}
    assert bench.prf(c, "relaxed") == {"precision": 2 / 3, "recall": 2 / 3, "f1": pytest.approx(2 / 3)}


def test_score_docs_per_variant(bench, doc, monkeypatch):
    monkeypatch.setattr(bench, "date_mentions", lambda engine, d, lang: fake_mentions(d.text))
    result, _ = bench.score_docs(None, [doc], "en")
    without, with_bare = result["variants"]["without bare years"], result["variants"]["with bare years"]
    assert (without["gold_date"], without["mentions"], with_bare["mentions"]) == (3, 3, 4)
    assert (with_bare["strict"]["precision"], with_bare["strict"]["recall"]) == (1 / 4, 1 / 3)
    assert (with_bare["relaxed"]["precision"], with_bare["relaxed"]["recall"]) == (2 / 4, 2 / 3)
    assert without["normalisation"] == {"absolute": 3, "matched": 2, "correct": 1, "accuracy": 0.5}


def test_value_matching(bench):
    two_months = Mention(0, 5, "x", 2013, (3, 4), 5)
    assert bench.value_matches(two_months, bench.gold_value("2013-04-05"))
    assert not bench.value_matches(two_months, bench.gold_value("2013-04"))
    assert bench.value_matches(Mention(0, 4, "2013", 2013), bench.gold_value("2013"))
    assert bench.gold_value("2013-W11") is None and bench.gold_value("PRESENT_REF") is None


def test_error_cases_and_shapes(bench, doc, engine):
    shaper = bench.Shaper(engine.lexicons.get("en"))
    assert shaper("Friday, March 5, 2013") == "WEEKDAY, MONTH N, YYYY"
    cases = bench.error_cases(doc, fake_mentions(doc.text), shaper)
    assert sorted((c.kind, c.shape) for c in cases) == [
        ("boundary", "YYYY  vs  in YYYY"), ("missed", "WEEKDAY"), ("spurious", "MONTH YYYY"), ("value", "YYYY")]


def test_the_real_extractor_finds_the_written_date(bench, doc, engine):
    mentions = bench.date_mentions(engine, doc, "en")
    assert any((m.start, m.end) == (14, 27) and (m.year, m.months, m.day) == (2013, (3,), 5) for m in mentions)


def test_evaluation_prints_a_table_and_skips_missing_sets(bench, doc, tmp_path, capsys):
    platinum = tmp_path / "te3" / "te3-platinum"
    platinum.mkdir(parents=True)
    (platinum / "tiny.tml").write_text(TML, encoding="utf-8")
    json_path = tmp_path / "figures.json"
    assert bench.main(["--skip-speed", "--tempeval", str(tmp_path / "te3"), "--arabic-timex",
                       str(tmp_path / "none"), "--errors", "1", "--json", str(json_path)]) == 0
    out = capsys.readouterr().out
    assert "-- te3-platinum: 1 documents" in out and "without bare years" in out
    assert "-- TimeBank: skipped" in out and "-- arabic-timex: skipped" in out
    figures = json.loads(json_path.read_text(encoding="utf-8"))
    assert figures["evaluation"]["te3-platinum"]["variants"]["without bare years"]["gold_date"] == 3


def test_synthetic_corpus_is_deterministic_and_bilingual(bench):
    a, b = bench.synthetic_article(3, seed=7), bench.synthetic_article(3, seed=7)
    assert a == b and a.lang == "en" and bench.synthetic_article(4, seed=7).lang == "ar"
    assert bench.synthetic_article(3, seed=8).text != a.text


def test_speed_run_prints_its_headings(bench, tmp_path, capsys):
    json_path = tmp_path / "speed.json"
    assert bench.main(["--sizes", "1,2", "--base", "2", "--skip-eval", "--skip-batch", "--json", str(json_path)]) == 0
    out = capsys.readouterr().out
    assert "== Speed and memory (synthetic corpus, seed 0, base 2 articles" in out
    for heading in ("articles", "chars/s", "findings", "dates/s", "RSS MiB", "traced MiB"):
        assert heading in out
    rows = json.loads(json_path.read_text(encoding="utf-8"))["speed"]["rows"]
    assert [(r["size"], r["articles"]) for r in rows] == [(1, 2), (2, 4)]
    assert all(r["chars"] > 0 and r["peak_rss_bytes"] > 0 for r in rows)


def test_speed_run_over_jsonl(bench, tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "On March 5, 2013 the council met.", "lang": "en"}\n', encoding="utf-8")
    assert bench.main(["--jsonl", str(path), "--sizes", "3", "--base", "1", "--skip-eval", "--skip-batch",
                       "--no-tracemalloc"]) == 0
    out = capsys.readouterr().out
    assert "1 articles from --jsonl" in out and "\n   3x        3 " in out


def test_batch_runs_print_throughput_memory_cold_start_costs_baselines_and_targets(bench, tmp_path, capsys):
    json_path = tmp_path / "batch.json"
    assert bench.main(["--sizes", "1,2", "--base", "2", "--skip-eval", "--no-tracemalloc", "--cold-runs", "1",
                       "--repeat", "1", "--json", str(json_path)]) == 0
    out = capsys.readouterr().out
    assert "== Batch runs of checker check (synthetic corpus, seed 0, base 2 articles" in out
    for heading in ("single MB/s", "--jobs 1 MB/s", "--jobs 2 MB/s", "RSS MiB", "cold start of `checker check`",
                    "own time per rule and extractor", "naive baseline (dateparser.search_dates)",
                    "floor (read + one regex word pass)", "-- targets", "throughput vs the naive baseline"):
        assert heading in out
    batch = json.loads(json_path.read_text(encoding="utf-8"))["batch"]
    assert [(r["size"], r["articles"]) for r in batch["rows"]] == [(1, 2), (2, 4)]
    for r in batch["rows"]:
        for key in ("single", "jobs1", "jobs2"):
            assert r[key]["mb_per_s"] > 0 and r[key]["articles_per_s"] > 0
        assert r["jobs1"]["peak_rss_bytes"] > 10 * 2**20 and r["jobs2"]["peak_rss_bytes"] > 10 * 2**20
    assert batch["compare"]["size"] == 2 and batch["compare"]["naive_seconds"] > 0 and batch["compare"]["floor_seconds"] > 0
    assert {r["name"] for r in batch["profile"]["rows"] if r["kind"] == "rule"} >= {"DATE001", "PUNCT002"}
    assert {r["name"] for r in batch["profile"]["rows"] if r["kind"] == "extractor"} >= {"date_mentions", "month_mentions"}
    assert set(batch["targets"]["met"]) == {"single_mb_per_s", "vs_naive", "vs_floor", "jobs2_speedup", "jobs2_speedup_after_startup",
                                            "cold_start_s", "rss_growth"}
