"""Consistency across a batch (checker check --across): the fixture batches of fixtures/across give
exactly their expected cross-article findings, through the Python API and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import Engine
from checker.across.examples import example_articles
from checker.across.runner import Across, check_across, group_rules
from checker.cli import main
from checker.io.inputs import iter_inputs

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "across"
BATCHES = sorted(FIXTURES.glob("*.jsonl"))

# What each batch is about, so that the expected files cannot drift unnoticed: (rule, article) of
# every finding.
PLANTED = {
    "bilingual-name": [("ACROSS003", "market-blast-ar")],      # منسي for Mansour: another man
    "ceasefire-dates-en": [("ACROSS002", "truce-news")],       # 12 March in the explainer, 21 March here
    "ceasefire-dates-ar": [("ACROSS002", "hudna-news")],       # 12 آذار in the explainer, 21 آذار here
    "silent-new-truce": [],                                     # a new ceasefire is another event
    "roles-ar-en": [("ACROSS004", "border-talks-ar")],         # interior minister, then foreign minister
    "unrelated-place": [],                                      # three stories sharing Tyre
    "updates-revised-ar": [],                                   # "the toll rose to 19", then 19
    "updates-toll-ar": [("ACROSS001", "zarqa-flood-2")],        # 12 dead, then 9 unrevised
    "updates-toll-en": [("ACROSS001", "port-blast-1100")],      # 25, 25, then 20 unrevised
}


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _found(results) -> list[dict]:
    out = []
    for r in results:
        for f in r.findings:
            if f.rule.startswith("ACROSS"):
                out.append({"article": r.id, "rule": f.rule, "message_id": f.message_id,
                            "start": f.span.start, "end": f.span.end, "text": f.span.text,
                            "related": [{"article": x.article, "start": x.span.start, "end": x.span.end,
                                         "text": x.span.text} for x in f.related]})
    return out


def _expected(batch: Path) -> list[dict]:
    return json.loads(batch.with_suffix(".expected").read_text(encoding="utf-8"))["findings"]


def test_every_batch_has_its_expectations():
    assert {b.stem for b in BATCHES} == set(PLANTED)


@pytest.mark.parametrize("batch", BATCHES, ids=[b.stem for b in BATCHES])
def test_fixture_batch_gives_exactly_the_expected_findings(engine, batch):
    found = _found(check_across(iter_inputs([str(batch)], "auto"), engine=engine))
    assert found == _expected(batch)
    assert [(f["rule"], f["article"]) for f in found] == PLANTED[batch.stem]
    for f in found:   # a finding's related spans are in the other articles of its story
        assert f["related"] and all(x["article"] != f["article"] for x in f["related"])


@pytest.mark.parametrize("batch", BATCHES, ids=[b.stem for b in BATCHES])
def test_command_line_json_matches_the_api(batch, capsys):
    status = main(["check", "--across", "--no-cache", "-q", "--format", "json", "-j", "1", str(batch)])
    report = json.loads(capsys.readouterr().out)
    found = [{"article": a["id"], "rule": f["rule"], "start": f["span"]["start"],
              "related": [x["article"] for x in f["related"]]}
             for a in report["articles"] for f in a["findings"] if f["rule"].startswith("ACROSS")]
    expected = [{"article": f["article"], "rule": f["rule"], "start": f["start"],
                 "related": [x["article"] for x in f["related"]]} for f in _expected(batch)]
    assert found == expected
    assert status == (1 if expected else 0)


def test_without_across_there_are_no_cross_article_findings(capsys):
    status = main(["check", "--no-cache", "-q", "--format", "json", "-j", "1", str(FIXTURES / "updates-toll-en.jsonl")])
    report = json.loads(capsys.readouterr().out)
    assert status == 0 and report["summary"]["findings"] == 0


def test_unrelated_stories_sharing_a_place_are_not_grouped(engine):
    items = list(iter_inputs([str(FIXTURES / "unrelated-place.jsonl")], "auto"))
    across = Across(engine)
    assert across.groups(across.profiles(items)) == []


def test_the_finding_goes_to_the_later_article_whatever_the_input_order(engine):
    items = list(iter_inputs([str(FIXTURES / "updates-toll-ar.jsonl")], "auto"))[::-1]
    found = _found(check_across(items, engine=engine))
    assert [(f["rule"], f["article"], f["related"][0]["article"]) for f in found] == \
        [("ACROSS001", "zarqa-flood-2", "zarqa-flood-1")]


def test_an_explicit_story_field_groups_and_separates(engine):
    items = list(iter_inputs([str(FIXTURES / "updates-toll-en.jsonl")], "auto"))
    apart = [a.model_copy(update={"meta": {"story": f"s{i}"}}) for i, a in enumerate(items)]
    assert _found(check_across(apart, engine=engine)) == []
    together = list(iter_inputs([str(FIXTURES / "unrelated-place.jsonl")], "auto"))
    together = [a.model_copy(update={"meta": {"thread": "one"}}) for a in together]
    across = Across(engine)
    assert across.groups(across.profiles(together)) == [(0, 1, 2)]


def test_configuration_ignores_and_regrades_group_rules(tmp_path, capsys):
    batch = FIXTURES / "updates-toll-en.jsonl"
    main(["check", "--across", "--no-cache", "-q", "--format", "json", "-j", "1", "--ignore", "ACROSS001", str(batch)])
    assert json.loads(capsys.readouterr().out)["summary"]["findings"] == 0


def test_group_rule_metadata_and_examples(engine):
    rules = group_rules(engine)
    assert sorted(rules) == ["ACROSS001", "ACROSS002", "ACROSS003", "ACROSS004"]
    for r in rules.values():
        assert r.problems() == [] and r.plugin == "across"
        for ex in r.examples:
            found = [f for res in check_across(example_articles(ex), engine=engine) for f in res.findings
                     if f.rule == r.id]
            assert bool(found) == ex.fires, (r.id, ex.text)


def test_explain_knows_group_rules(capsys):
    assert main(["explain", "ACROSS002"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ACROSS002 cross-article-dates") and "## Not flagged" in out


def _two_files(tmp_path):
    items = list(iter_inputs([str(FIXTURES / "updates-toll-en.jsonl")], "auto"))
    for name, a in (("a-0900.txt", items[0]), ("b-1100.txt", items[2])):
        (tmp_path / name).write_text(a.text, encoding="utf-8")
    return items


def test_sarif_related_locations_point_into_the_other_file(tmp_path, capsys, monkeypatch):
    items = _two_files(tmp_path)
    monkeypatch.chdir(tmp_path)
    status = main(["check", "--across", "--no-cache", "-q", "-j", "1", "--published", "2024-03-04",
                   "--format", "sarif", "a-0900.txt", "b-1100.txt"])
    sarif = json.loads(capsys.readouterr().out)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"].startswith("ACROSS")]
    assert status == 1 and len(results) == 1
    (r,) = results
    assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "b-1100.txt"
    (rel,) = r["relatedLocations"]
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "a-0900.txt"
    start = items[0].text.index("25 people")
    assert rel["physicalLocation"]["region"]["charOffset"] == start
    assert rel["physicalLocation"]["region"]["snippet"]["text"] == "25"
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert rules[r["ruleIndex"]]["id"] == "ACROSS001"


def test_text_format_names_the_other_article(tmp_path, capsys, monkeypatch):
    _two_files(tmp_path)
    monkeypatch.chdir(tmp_path)
    main(["check", "--across", "--no-cache", "-q", "-j", "1", "--published", "2024-03-04", "a-0900.txt", "b-1100.txt"])
    out = capsys.readouterr().out
    assert "b-1100.txt:1:48: warning ACROSS001" in out and "in 'a-0900.txt' (2024-03-04)" in out


def test_html_report_shows_a_story_side_by_side_with_linked_spans(tmp_path, capsys):
    import re

    out = tmp_path / "r.html"
    main(["check", "--across", "--no-cache", "-q", "-j", "1", "--format", "html", "-o", str(out),
          str(FIXTURES / "updates-toll-ar.jsonl")])
    page = out.read_text(encoding="utf-8")
    (story,) = re.findall(r'<section class="ck-story".*?</section>', page, flags=re.S)
    assert re.findall(r'<div class="story-col"><h3 dir="auto">([^<]+)</h3>', story) == ["zarqa-flood-2", "zarqa-flood-1"]
    links = re.findall(r'href="#([^"]+)"', story)
    assert links == ["s1-c0-m0", "s1-c1-m0"]
    for anchor in links:   # each end of the link is a marked span, the figure of its own article
        assert re.search(f'<mark id="{anchor}" class="hl p[^"]*"[^>]*>(9|12)</mark>', story)
    # in the article's own section, only its own span is marked: "12" lies in the other article
    own = re.search(r'<section class="ck-article" id="a2".*?</section>', page, flags=re.S).group(0)
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", own) == ["9"]


def test_html_report_without_across_has_no_story_view(tmp_path):
    out = tmp_path / "r.html"
    main(["check", "--no-cache", "-q", "-j", "1", "--format", "html", "-o", str(out), str(FIXTURES / "updates-toll-ar.jsonl")])
    assert "ck-story" not in out.read_text(encoding="utf-8")


def test_statistics_give_the_grouping_cost(capsys):
    main(["check", "--across", "--no-cache", "-q", "-j", "1", "--statistics", "--select", "ACROSS",
          str(FIXTURES / "updates-toll-en.jsonl")])
    out = capsys.readouterr().out
    assert "    1  ACROSS001   cross-article-figures\n" in out
    assert out.endswith("across: 3 articles, 8 blocking keys (0 too common), 3 pairs compared, 3 joined, 1 groups\n")


def test_rules_lists_the_group_rules(capsys):
    assert main(["rules", "--no-config"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("ACROSS")]
    assert [ln.split()[0] for ln in lines] == ["ACROSS001", "ACROSS002", "ACROSS003", "ACROSS004"]
    assert all("(--across)" in ln and ln.endswith("(across)") for ln in lines)
