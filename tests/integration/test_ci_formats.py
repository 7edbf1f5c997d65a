"""Output formats for CI: SARIF 2.1.0 (validated against the official schema when it is at hand),
JUnit XML, GitHub workflow annotations."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from checker.reporters.github import command

from tests.helpers import run_cli as run, SHARED

SARIF_SCHEMA = SHARED / "external" / "sarif" / "sarif-schema-2.1.0.json"

AR_PAIR = "تشرين الثاني/ديسمبر"
AR_TEXT = f"وقال مصدر حكومي إن الاتفاق وقع في {AR_PAIR} الماضي بحضور الوزراء.\n"
BRACKET = "The finance minister (who took office in March said the budget would pass.\n"
RESIDUE = "The council met on Tuesday.\n\nLeave a comment\n"
HTML = "<html><body><p>The council (met.</p>\n<p>Leave a comment</p></body></html>\n"
JSONL = '{"id": "w1", "text": "The envoy said \\u201ctalks will resume.\\n"}\nnot json\n'


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ar.txt").write_text(AR_TEXT, encoding="utf-8")
    (tmp_path / "br.txt").write_text(BRACKET, encoding="utf-8")
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "res.txt").write_text(RESIDUE, encoding="utf-8")
    (tmp_path / "w.jsonl").write_text(JSONL, encoding="utf-8")
    return tmp_path


ARGS = ("--select", "DATE,PUNCT,RESIDUE", "--no-cache")


# --- SARIF -------------------------------------------------------------------------------------


@pytest.fixture
def sarif(desk):
    rc, out, err = run("check", ".", "--format", "sarif", *ARGS)
    assert (rc, err) == (2, "")
    return json.loads(out)


def test_sarif_is_valid_against_the_official_schema(sarif):
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the SARIF schema is not at hand ({SARIF_SCHEMA})")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(sarif), key=lambda e: list(e.path))
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


def test_sarif_run_tool_and_rules(sarif, engine):
    assert sarif["version"] == "2.1.0"
    run_, = sarif["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "checker"
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(engine.rules) <= set(rules)
    date = rules["DATE001"]
    assert date["name"] == "month-pair-mismatch"
    assert date["defaultConfiguration"] == {"level": "error"}
    assert "## What it flags" in date["help"]["text"] and date["shortDescription"]["text"]
    for r in run_["results"]:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]


def _results(sarif, rule):
    return [r for r in sarif["runs"][0]["results"] if r["ruleId"] == rule]


def test_sarif_locations_related_locations_and_fingerprints(sarif):
    date, = _results(sarif, "DATE001")
    assert date["level"] == "error"
    start = AR_TEXT.index(AR_PAIR)
    loc = date["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "ar.txt"}
    assert loc["region"] == {"startLine": 1, "startColumn": start + 1, "endLine": 1,
                             "endColumn": start + len(AR_PAIR) + 1, "charOffset": start,
                             "charLength": len(AR_PAIR), "snippet": {"text": AR_PAIR}}
    related = date["relatedLocations"]
    assert [(r["id"], r["physicalLocation"]["region"]["snippet"]["text"], r["message"]["text"]) for r in related] == [
        (1, "تشرين الثاني", "Levantine name of November"), (2, "ديسمبر", "Gregorian name of December")]
    assert len(date["partialFingerprints"]["checkerFingerprint/v1"]) == 16
    assert "fixes" in date and all(f["properties"]["safe"] is False for f in date["fixes"])


def test_sarif_safe_fix_html_source_position_and_records(sarif):
    residue = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in _results(sarif, "RESIDUE001")}
    fix, = residue["res.txt"]["fixes"]
    start = RESIDUE.index("Leave")
    assert fix["artifactChanges"][0]["replacements"] == [
        {"deletedRegion": {"charOffset": start, "charLength": len("Leave a comment\n")}, "insertedContent": {"text": ""}}]
    assert fix["properties"] == {"safe": True}
    html = residue["p.html"]
    assert html["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert html["locations"][0]["physicalLocation"]["region"]["charOffset"] == HTML.index("Leave")
    assert "fixes" not in html
    quote, = _results(sarif, "PUNCT001")
    loc = quote["locations"][0]
    # a record: its line in the file, the columns of the escape \u201c inside it
    col = JSONL.index("\\u201c") + 1
    assert loc["physicalLocation"] == {"artifactLocation": {"uri": "w.jsonl"}, "region": {
        "startLine": 1, "startColumn": col, "endLine": 1, "endColumn": col + 6}}
    assert loc["logicalLocations"] == [{"name": "w1", "fullyQualifiedName": "w1", "kind": "object"}]


def test_sarif_item_errors_are_notifications(sarif):
    inv, = sarif["runs"][0]["invocations"]
    assert inv["executionSuccessful"] is False
    note, = inv["toolExecutionNotifications"]
    assert note["descriptor"] == {"id": "malformed-json"} and note["level"] == "error"
    assert note["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "w.jsonl"}, "region": {"startLine": 2}}
    assert sarif["runs"][0]["properties"]["summary"]["errors"] == 1


def test_sarif_of_a_clean_batch(desk):
    rc, out, _ = run("check", "ar.txt", "--format", "sarif", "--select", "PUNCT", "--no-cache")
    doc = json.loads(out)
    assert rc == 0 and doc["runs"][0]["results"] == []
    assert doc["runs"][0]["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]


# --- JUnit -------------------------------------------------------------------------------------


def test_junit_parses_with_a_testcase_per_article_and_a_failure_per_finding(desk):
    rc, out, _ = run("check", ".", "--format", "junit", *ARGS)
    assert rc == 2
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    suite, = root
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("6", "5", "1")
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("ar.txt", "ar.txt"), ("br.txt", "br.txt"), ("p.html", "p.html"), ("res.txt", "res.txt"),
        ("w.jsonl", "w1"), ("w.jsonl", "w.jsonl:2")]
    assert [[f.get("type") for f in c.findall("failure")] for c in cases] == [
        ["DATE001"], ["PUNCT002"], ["PUNCT002", "RESIDUE001"], ["RESIDUE001"], ["PUNCT001"], []]
    date = cases[0].find("failure")
    assert date.get("message").startswith("error DATE001 [month-pair-mismatch] ")
    assert "Levantine name of November" in date.text and AR_PAIR in date.text
    error, = cases[5].findall("error")
    assert error.get("type") == "malformed-json" and "line 2" in error.get("message")


def test_junit_of_control_characters_is_still_xml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Control \x0b char (open.\n", encoding="utf-8")
    rc, out, _ = run("check", "a.txt", "--format", "junit", "--select", "PUNCT", "--no-cache")
    case = ET.fromstring(out).find("testsuite/testcase")
    assert case.find("failure").get("type") == "PUNCT002"


# --- GitHub ------------------------------------------------------------------------------------


def test_github_annotation_lines(desk):
    rc, out, _ = run("check", ".", "--format", "github", *ARGS)
    col = AR_TEXT.index(AR_PAIR) + 1
    assert rc == 2
    assert out.splitlines() == [
        f"::error file=ar.txt,line=1,col={col},endLine=1,endColumn={col + len(AR_PAIR)},title=DATE001 "
        # English messages quote Arabic fragments inside directional isolates (U+2068 … U+2069)
        f"month-pair-mismatch::'\u2068تشرين الثاني\u2069' is November but '\u2068ديسمبر\u2069' is December: "
        "the two names of this month disagree.",
        "::warning file=br.txt,line=1,col=22,endLine=1,endColumn=23,title=PUNCT002 unbalanced-bracket::"
        "This ( is never closed in its paragraph.",
        "::warning file=p.html,line=1,col=28,title=PUNCT002 unbalanced-bracket::This ( is never closed in its paragraph.",
        "::warning file=p.html,line=2,col=4,title=RESIDUE001 publishing-residue::"
        "This line is comment-form text left over from a web page or CMS, not part of the article.",
        "::warning file=res.txt,line=3,col=1,endLine=3,endColumn=16,title=RESIDUE001 publishing-residue::"
        "This line is comment-form text left over from a web page or CMS, not part of the article.",
        f"::warning file=w.jsonl,line=1,col={JSONL.index(chr(92) + 'u201c') + 1},endLine=1,"
        f"endColumn={JSONL.index(chr(92) + 'u201c') + 7},title=PUNCT001 unbalanced-quotation::"
        "w1: This quotation mark “ opens a quotation that is never closed.",
        "::error file=w.jsonl,line=2,title=checker malformed-json::line 2: malformed JSON: Expecting value at column 1",
        "6 articles; 6 findings; 1 error, 5 warning; 1 item error",
    ]


def test_github_escaping():
    assert command("error", "50% done\r\nnext", file="a,b:c.txt", line=3, title="X001 a, b") == \
        "::error file=a%2Cb%3Ac.txt,line=3,title=X001 a%2C b::50%25 done%0D%0Anext\n"
    assert command("notice", "plain") == "::notice::plain\n"


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github"])
def test_ci_formats_are_registered_reporters(engine, fmt):
    assert fmt in engine.registry.reporters
    assert "checker.core" in [i.name for i in engine.registry.plugins if fmt in i.reporters]


def test_jsonl_findings_point_at_their_record_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    quote = '{"id": "%s", "text": "The envoy said \\u201ctalks will resume.\\n"}\n'
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok", "text": "The council met."}\n\n' + quote % "late" + quote % "later", encoding="utf-8")
    rc, out, _ = run("check", "feed.jsonl", "--format", "github", *ARGS)
    col = (quote % "late").index("\\u201c") + 1
    assert [line.split("::")[1] for line in out.splitlines()[:-1]] == [
        f"warning file=feed.jsonl,line=3,col={col},endLine=3,endColumn={col + 6},title=PUNCT001 unbalanced-quotation",
        f"warning file=feed.jsonl,line=4,col={col + 1},endLine=4,endColumn={col + 7},title=PUNCT001 unbalanced-quotation"]
    rc, out, _ = run("check", "feed.jsonl", "--format", "sarif", *ARGS)
    results = json.loads(out)["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results] == [3, 4]


def test_a_record_whose_file_changed_keeps_its_line_only(tmp_path):
    from checker.core.models import Span
    from checker.reporters.records import Record, text_columns

    text, cols = text_columns('{"id": "a", "text": "caf\\u00e9 \\ud83d\\ude00 (x\\n", "text2": 1}')
    assert text == "café 😀 (x\n"
    record = Record(3, text, cols)
    bracket = Span(start=7, end=8, line=1, column=8, end_line=1, end_column=9, text="(")
    assert record.columns_of(bracket) == (45, 46)   # 21 + "caf" + 6 + " " + 12 + " ", then one
    moved = bracket.model_copy(update={"text": "["})
    assert record.columns_of(moved) is None
    assert text_columns("not json") is None and text_columns('{"id": 1}') is None
