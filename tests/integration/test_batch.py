"""Batch runs: streaming in input order, worker processes, fault isolation (a corrupt line, an
undecodable file, a rule that raises, one that loops, one that kills its process), the result
cache, baselines, statistics, progress and interruption."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from checker.run.batch import Batch
from checker.run.worker import check_with_limit
from checker.cli.main import main
from checker.core.engine import Engine
from checker.core.manager import import_plugin
from checker.core.models import Article

from tests.helpers import ROOT, plugin_module

# A plugin with rules that misbehave on marker words. COUNT001 appends a line to the file named
# by $CHECKER_TEST_COUNT each time it runs, so a test can tell which articles were checked.
FAULTY_PLUGIN = '''
import os
import time

from checker import hookimpl, rule


@rule(id="LOOP001", name="loops", severity="warning", languages=["*"], summary="Loops on LOOPME.",
      messages={"m": "m"})
def loops(ctx):
    """Runs forever on LOOPME."""
    if "LOOPME" in ctx.text:
        while True:
            pass


@rule(id="BOOM001", name="raises", severity="warning", languages=["*"], summary="Raises on BOOM.",
      messages={"m": "m"})
def boom(ctx):
    """Raises on BOOM."""
    if "BOOM" in ctx.text:
        raise RuntimeError("boom")


@rule(id="DIE001", name="dies", severity="warning", languages=["*"], summary="Exits on DIENOW.",
      messages={"m": "m"})
def die(ctx):
    """Ends its process on DIENOW."""
    if "DIENOW" in ctx.text:
        os._exit(3)


@rule(id="SLOW001", name="slow", severity="info", languages=["*"], summary="Sleeps on SLOWLY.",
      messages={"m": "m"})
def slow(ctx):
    """Sleeps a little on SLOWLY, so later articles finish first."""
    if "SLOWLY" in ctx.text:
        time.sleep(float(os.environ.get("CHECKER_TEST_SLEEP", "0.3")))


@rule(id="COUNT001", name="counts", severity="info", languages=["*"], summary="Counts checks.",
      messages={"m": "m"})
def count(ctx):
    """Records each article it sees."""
    path = os.environ.get("CHECKER_TEST_COUNT")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(ctx.doc.id + "\\n")


@hookimpl
def checker_register_rules():
    return [loops, boom, die, slow, count]
'''

BRACKET = "The finance minister (who took office in March said the budget would pass.\n"
QUOTE = "The envoy said “talks will resume next week.\n"
CLEAN = "The city council approved the new budget on Tuesday after a long debate.\n"
AR_PAIR = "تشرين الثاني/ديسمبر"
AR_TEXT = f"وقال مصدر حكومي إن الاتفاق وقع في {AR_PAIR} الماضي بحضور الوزراء.\n"


def run(*argv: str, stderr=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr or io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture
def faulty(tmp_path, monkeypatch):
    """The misbehaving plugin as an importable module, for ``--plugin faulty_rules``."""
    yield from plugin_module(tmp_path, monkeypatch, "faulty_rules", FAULTY_PLUGIN)


@pytest.fixture
def batch_dir(tmp_path, monkeypatch):
    """A batch with every kind of trouble, the working directory."""
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-bracket.txt").write_text(BRACKET, encoding="utf-8")
    (d / "b-clean.txt").write_text(CLEAN, encoding="utf-8")
    lines = [json.dumps({"id": "w1", "text": QUOTE}), '{"id": "w2", "text": "unterminated', json.dumps({"id": "w3", "text": AR_TEXT})]
    (d / "c-wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "d-latin1.txt").write_bytes("Caf\xe9 (ouvert".encode("latin-1"))
    (d / "e-boom.txt").write_text("BOOM and a (bracket.\n", encoding="utf-8")
    (d / "f-loop.txt").write_text("LOOPME and a (bracket.\n", encoding="utf-8")
    (d / "g-last.txt").write_text("At last, (an unclosed bracket.\n", encoding="utf-8")
    return d


def _summary(out: str) -> list[tuple]:
    rows = []
    for line in out.splitlines():
        r = json.loads(line)
        rows.append((r["id"], [f["rule"] for f in r["findings"]], [(e["code"], e["rule"]) for e in r["errors"]]))
    return rows


EXPECTED = [
    ("in/a-bracket.txt", ["PUNCT002"], []),
    ("in/b-clean.txt", [], []),
    ("w1", ["PUNCT001"], []),
    ("in/c-wire.jsonl:2", [], [("malformed-json", None)]),
    ("w3", ["DATE001"], []),
    ("in/d-latin1.txt", [], [("encoding", None)]),
    ("in/e-boom.txt", ["PUNCT002"], [("plugin-error", "BOOM001")]),
    ("in/f-loop.txt", ["PUNCT002"], [("timeout", "LOOP001")]),
    ("in/g-last.txt", ["PUNCT002"], []),
]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_item_or_rule_never_loses_the_rest_of_the_batch(batch_dir, faulty, jobs):
    rc, out, err = run("check", "in", "--plugin", faulty, "--format", "jsonl", "--jobs", jobs,
                       "--timeout", "2", "--select", "DATE,PUNCT,LOOP,BOOM", "--no-cache")
    assert rc == 2 and err == ""
    assert _summary(out) == EXPECTED
    loop = json.loads(out.splitlines()[7])
    assert loop["errors"][0]["message"] == ("rule LOOP001 did not finish within the time limit of 2 s; "
                                            "the article was checked again without it")
    assert loop["errors"][0]["plugin"] == faulty
    boom = json.loads(out.splitlines()[6])
    assert boom["errors"][0]["message"] == "rule BOOM001 raised RuntimeError: boom"


def test_jobs_2_output_is_byte_identical_to_jobs_1(batch_dir, faulty):
    (batch_dir / "h-slow.txt").write_text("SLOWLY " + BRACKET, encoding="utf-8")
    argv = ["check", "in", str(ROOT / "fixtures" / "articles"), "--plugin", faulty, "--format", "json",
            "--timeout", "2", "--ignore", "COUNT", "--no-cache"]
    one = run(*argv, "--jobs", "1")
    two = run(*argv, "--jobs", "2")
    assert one == two
    assert one[0] == 2 and len(json.loads(one[1])["articles"]) > 12


def test_a_rule_that_kills_its_worker_is_reported_and_the_worker_replaced(batch_dir, faulty):
    (batch_dir / "c-wire.jsonl").write_text(
        "\n".join(json.dumps({"id": f"d{i}", "text": ("DIENOW " if i in (1, 3) else "") + BRACKET})
                  for i in range(6)) + "\n", encoding="utf-8")
    rc, out, _ = run("check", "in/c-wire.jsonl", "--plugin", faulty, "--format", "jsonl", "--jobs", "2",
                     "--select", "PUNCT,DIE", "--no-cache")
    assert rc == 2
    rows = _summary(out)
    assert [r[0] for r in rows] == [f"d{i}" for i in range(6)]
    assert all(r[1] == ["PUNCT002"] for r in rows)
    assert [r[2] for r in rows] == [[], [("worker-crashed", "DIE001")], [], [("worker-crashed", "DIE001")], [], []]
    assert "rule DIE001 made the worker process exit (code 3)" in out


def test_a_timeout_outside_any_rule_drops_the_article_only(engine):
    """In this process (one article, or the Python API): SIGALRM stops the check."""
    from checker.run.worker import Stop, finish_attempts

    article = Article(id="a", text=CLEAN)
    r = finish_attempts(engine, article, 2.0, [], None, Stop(None))
    assert [(e.code, e.rule, e.message) for e in r.errors] == [
        ("timeout", None, "checking did not finish within the time limit of 2 s; the article's findings are not reported")]


def test_time_limit_in_a_thread_stops_a_looping_rule(faulty):
    """Off the main thread (a Dask worker's thread) the limit is an asynchronous exception."""
    engine = Engine(plugins=[(faulty, import_plugin(faulty))])
    box = {}

    def work():
        box["result"] = check_with_limit(engine, Article(id="t", text="LOOPME (x"), 3.0)  # ample for a cold first check on a loaded machine

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert not t.is_alive()
    r = box["result"]
    assert [e.rule for e in r.errors] == ["LOOP001"]
    assert "PUNCT002" in [f.rule for f in r.findings]


def test_results_come_in_input_order_when_the_first_article_is_slowest(faulty, monkeypatch):
    monkeypatch.setenv("CHECKER_TEST_SLEEP", "0.4")
    engine = Engine(plugins=[(faulty, import_plugin(faulty))])
    articles = [Article(id="0", text="SLOWLY (")] + [Article(id=str(i), text=f"n{i} (") for i in range(1, 12)]
    ids = [r.id for r in Batch(engine, jobs=2, timeout=5, handle_signals=False).results(articles)]
    assert ids == [str(i) for i in range(12)]


def test_the_batch_reads_only_a_window_ahead(engine):
    consumed = []

    def items():
        for i in range(500):
            consumed.append(i)
            yield Article(id=str(i), text=f"Article {i} (unclosed.")

    batch = Batch(engine, jobs=2, window=10, handle_signals=False)
    results = batch.results(items())
    first = next(results)
    assert first.id == "0"
    assert len(consumed) <= 10 + 2
    assert sum(1 for _ in results) == 499


# --- cache -------------------------------------------------------------------------------------


def _checked(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cache_answers_unchanged_articles(batch_dir, faulty, tmp_path, monkeypatch, jobs):
    counter = tmp_path / "checked.txt"
    monkeypatch.setenv("CHECKER_TEST_COUNT", str(counter))
    cache = tmp_path / "cache"
    argv = ["check", "in", "--plugin", faulty, "--format", "json", "--select", "DATE,PUNCT,COUNT",
            "--cache-dir", str(cache), "--jobs", jobs]
    first = run(*argv)
    assert sorted(_checked(counter)) == ["in/a-bracket.txt", "in/b-clean.txt", "in/e-boom.txt",
                                         "in/f-loop.txt", "in/g-last.txt", "w1", "w3"]
    assert (cache / "results.sqlite3").is_file()
    counter.unlink()
    second = run(*argv)
    assert second == first
    assert _checked(counter) == []                      # every article came from the cache
    (batch_dir / "b-clean.txt").write_text(CLEAN + "And (another.\n", encoding="utf-8")
    third = run(*argv)
    assert _checked(counter) == ["in/b-clean.txt"]      # only the edited one was checked
    assert third != first
    counter.unlink()
    run(*argv, "--ignore", "DATE")                       # another configuration: another key
    assert len(_checked(counter)) == 7
    counter.unlink()
    run(*argv, "--no-cache")
    assert len(_checked(counter)) == 7


def test_cache_hit_for_a_moved_article_reports_its_new_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    cache = str(tmp_path / "cache")
    run("check", "a.txt", "--cache-dir", cache)
    os.rename("a.txt", "b.txt")
    rc, out, _ = run("check", "b.txt", "--cache-dir", cache, "--format", "jsonl")
    assert rc == 1 and json.loads(out)["id"] == "b.txt" and json.loads(out)["path"] == "b.txt"


def test_cache_never_stores_results_with_errors(batch_dir, faulty, tmp_path, monkeypatch):
    counter = tmp_path / "checked.txt"
    monkeypatch.setenv("CHECKER_TEST_COUNT", str(counter))
    argv = ["check", "in/e-boom.txt", "--plugin", faulty, "--select", "BOOM,COUNT", "--cache-dir", str(tmp_path / "c")]
    run(*argv)
    run(*argv)
    assert _checked(counter) == ["in/e-boom.txt", "in/e-boom.txt"]


def test_cache_clear_and_info(batch_dir, tmp_path):
    cache = str(tmp_path / "cache")
    run("check", "in/a-bracket.txt", "in/b-clean.txt", "--cache-dir", cache)
    rc, out, _ = run("cache", "info", "--cache-dir", cache)
    assert rc == 0 and out.startswith(f"{cache}/results.sqlite3: 2 results, ")
    rc, out, _ = run("cache", "clear", "--cache-dir", cache)
    assert rc == 0 and out.startswith(f"cleared the cache in {cache} (")
    assert run("cache", "info", "--cache-dir", cache)[1].startswith(f"{cache}/results.sqlite3: 0 results, 0 bytes")


def test_cache_directory_from_the_environment(batch_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "env-cache"))
    run("check", "in/a-bracket.txt")
    assert (tmp_path / "env-cache" / "results.sqlite3").is_file()
    monkeypatch.delenv("CHECKER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    run("check", "in/a-bracket.txt")
    assert (tmp_path / "xdg" / "checker" / "results.sqlite3").is_file()


def test_an_unusable_cache_directory_is_a_warning_not_a_failure(batch_dir, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    rc, out, err = run("check", "in/a-bracket.txt", "--cache-dir", str(blocker / "sub"))
    assert rc == 1 and "PUNCT002" in out
    assert err.startswith("checker: warning: cannot open the cache in ") and "continuing without the cache" in err


# --- baseline ----------------------------------------------------------------------------------


def test_baseline_hides_exactly_the_recorded_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET + "\n" + QUOTE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AR_TEXT, encoding="utf-8")
    rc, out, _ = run("check", "a.txt", "b.txt", "--write-baseline", "base.json", "--format", "json")
    assert rc == 1 and json.loads(out)["summary"]["findings"] == 3
    base = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert base["version"] == 2 and sorted(base["articles"]) == ["a.txt", "b.txt"]
    assert [e["rule"] for e in base["articles"]["a.txt"]] == ["PUNCT002", "PUNCT001"]
    assert base["articles"]["b.txt"][0]["evidence"] == AR_PAIR

    rc, out, _ = run("check", "a.txt", "b.txt", "--baseline", "base.json")
    assert (rc, out) == (0, "2 articles; 0 findings; 3 hidden by the baseline\n")

    # edits elsewhere move every offset; a new finding is the only one reported
    (tmp_path / "a.txt").write_text("A new first paragraph, with [a lost bracket.\n\n" + BRACKET + "\n" + QUOTE,
                                    encoding="utf-8")
    rc, out, _ = run("check", "a.txt", "b.txt", "--baseline", "base.json", "--format", "json")
    report = json.loads(out)
    assert rc == 1
    assert [(f["rule"], f["span"]["line"]) for a in report["articles"] for f in a["findings"]] == [("PUNCT002", 1)]
    assert report["summary"]["baselined"] == 3 and report["summary"]["findings"] == 1


def test_baseline_counts_repeated_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    run("check", "a.txt", "--write-baseline", "base.json")
    (tmp_path / "a.txt").write_text(BRACKET + "\n" + BRACKET, encoding="utf-8")
    rc, out, _ = run("check", "a.txt", "--baseline", "base.json", "--format", "jsonl")
    assert rc == 1 and len(json.loads(out)["findings"]) == 1


def test_a_bad_baseline_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"articles": []}', encoding="utf-8")
    rc, out, err = run("check", "a.txt", "--baseline", "bad.json")
    assert (rc, out) == (2, "") and "is not a checker baseline" in err
    rc, _, err = run("check", "a.txt", "--baseline", "missing.json")
    assert rc == 2 and "cannot read baseline missing.json" in err


# --- statistics, progress, globs ---------------------------------------------------------------


def test_statistics(batch_dir):
    rc, out, _ = run("check", "in", "--statistics", "--select", "DATE,PUNCT", "--no-cache")
    assert out.endswith("9 articles; 6 findings; 1 error, 5 warning; 2 item errors\n"
                        "count  rule        name\n"
                        "    4  PUNCT002    unbalanced-bracket\n"
                        "    1  DATE001     month-pair-mismatch\n"
                        "    1  PUNCT001    unbalanced-quotation\n"
                        "    6  total\n")


def test_statistics_go_to_stderr_beside_a_machine_format(batch_dir):
    rc, out, err = run("check", "in/a-bracket.txt", "--statistics", "--format", "json", "--select", "PUNCT")
    assert json.loads(out)["summary"]["findings"] == 1
    assert err == "count  rule        name\n    1  PUNCT002    unbalanced-bracket\n    1  total\n"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_only(batch_dir):
    err = _Tty()
    run("check", "in", "--no-cache", stderr=err)
    shown = err.getvalue()
    assert "\r\033[K" in shown and "/9 articles" in shown and "findings" in shown and "ETA" in shown
    assert shown.endswith("\r\033[K")
    quiet = _Tty()
    run("check", "in", "--no-cache", "--quiet", stderr=quiet)
    assert quiet.getvalue() == ""
    assert run("check", "in", "--no-cache")[2] == ""


def test_glob_patterns_are_expanded(batch_dir):
    rc, out, _ = run("check", "in/*-b*.txt", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["in/a-bracket.txt", "in/e-boom.txt"]
    rc, out, _ = run("check", "**/g-*.txt", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["in/g-last.txt"]
    rc, out, _ = run("check", "in/*.nothing", "--format", "jsonl")
    assert rc == 2 and json.loads(out)["errors"][0]["code"] == "not-found"


# --- interruption ------------------------------------------------------------------------------


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_signal_writes_out_what_finished_and_exits_non_zero(tmp_path, faulty, sig, code, fmt):
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": f"SLOWLY article {i} (open.\n"}) + "\n"
                              for i in range(400)), encoding="utf-8")
    env = {**os.environ, "CHECKER_TEST_SLEEP": "0.02", "PYTHONPATH": os.environ["PYTHONPATH"]}
    out_path = tmp_path / f"out.{fmt}"
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", str(corpus), "--plugin", faulty,
                             "--format", fmt, "--output", str(out_path), "--no-cache", "--jobs", "2"],
                            env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not out_path.exists() or out_path.stat().st_size < 2000):
            time.sleep(0.05)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code
    assert f"checker: interrupted by {sig.name}: " in err and "the rest of the batch was not checked" in err
    text = out_path.read_text(encoding="utf-8")
    if fmt == "jsonl":
        ids = [json.loads(line)["id"] for line in text.splitlines()]
    else:
        report = json.loads(text)
        ids = [a["id"] for a in report["articles"]]
        assert report["summary"]["articles"] == len(ids)
    assert 0 < len(ids) < 400
    assert ids == sorted(ids, key=lambda i: int(i[1:]))       # input order, no duplicates
    assert ids[: len(ids) - 2] == [f"a{i}" for i in range(len(ids) - 2)]


def test_python_api_in_process(engine):
    items = [Article(id=str(i), text=t) for i, t in enumerate([BRACKET, CLEAN, QUOTE])]
    results = list(Batch(engine, jobs=1, in_process=True, handle_signals=False).results(items))
    assert [[f.rule for f in r.findings] for r in results] == [["PUNCT002"], [], ["PUNCT001"]]


def test_help_lists_the_batch_options():
    rc, out, _ = run("check", "--help")
    assert rc == 0
    for opt in ("--jobs", "--timeout", "--quiet", "--no-cache", "--cache-dir", "--statistics", "--baseline",
                "--write-baseline", "--executor", "--scheduler"):
        assert opt in out


def test_the_engine_skips_rules_and_names_the_rule_its_time_limit_stopped(faulty):
    from checker.core.engine import CheckOptions
    from checker.core.limits import CheckTimeout

    engine = Engine(plugins=[(faulty, import_plugin(faulty))])
    article = Article(id="t", text="LOOPME (x")
    with pytest.raises(CheckTimeout) as stopped:
        engine.check_article(article, CheckOptions(time_limit=3.0))
    assert stopped.value.rule == "LOOP001"
    result = engine.check_article(article, CheckOptions(skip=frozenset({"LOOP001"}), time_limit=5))
    assert "LOOP001" not in {f.rule for f in result.findings} and result.errors == ()


def test_inputs_choose_a_loader_by_extension():
    from checker.io.inputs import LOADERS, SUFFIXES, format_of

    assert list(LOADERS) == ["txt", "md", "html", "json", "jsonl"]
    assert SUFFIXES[".ndjson"] == "jsonl" and format_of("a/b.HTM") == "html" and format_of("a/b.csv") == "txt"
    assert format_of("a/b.md", "txt") == "txt"
