"""The command line (checker.cli.main.main and the installed entry points): exit codes, output
formats, configuration handling and the informational sub-commands."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest


from tests.helpers import run_cli as run, ROOT

VENV_BIN = ROOT / ".venv" / "bin"

AR_PAIR = "تشرين الثاني/ديسمبر"
AR_TEXT = f"وقال مصدر حكومي إن الاتفاق وقع في {AR_PAIR} الماضي بحضور الوزراء.\n"
EN_BRACKET = "The finance minister (who took office in March said the budget would pass.\n"
EN_QUOTE = "The envoy said “talks will resume next week.\n"
EN_CLEAN = "The city council approved the new budget on Tuesday after a long debate.\n"
EN_INFO = "The council met on Tuesday.\nRead more: the budget row\n"

BRACKET_LINE = "br.txt:1:22: warning PUNCT002 [unbalanced-bracket] This ( is never closed in its paragraph.\n"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A directory of articles, made the working directory so paths print as given."""
    monkeypatch.chdir(tmp_path)
    for name, text in (("ar.txt", AR_TEXT), ("br.txt", EN_BRACKET), ("clean.txt", EN_CLEAN),
                       ("info.txt", EN_INFO), ("quote.txt", EN_QUOTE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


# --- exit codes and text output ---------------------------------------------------------------


def test_clean_article_exits_0(desk):
    rc, out, err = run("check", "clean.txt")
    assert (rc, out, err) == (0, "1 article; 0 findings\n", "")


def test_findings_exit_1_with_text_diagnostics(desk):
    rc, out, err = run("check", "br.txt")
    assert rc == 1
    assert err == ""
    assert out == (BRACKET_LINE + "  1 | " + EN_BRACKET + "    | " + " " * 21 + "^\n"
                   + "1 article; 1 finding; 1 warning\n")


def test_arabic_date_finding_location(desk):
    rc, out, _ = run("check", "ar.txt")
    col = AR_TEXT.index(AR_PAIR) + 1
    assert rc == 1
    assert out.startswith(f"ar.txt:1:{col}: error DATE001 [month-pair-mismatch] ")
    assert out.endswith("1 article; 1 finding; 1 error\n")


@pytest.mark.parametrize("files,fail_on,rc", [
    (["br.txt"], None, 1),
    (["br.txt"], "warning", 1),
    (["br.txt"], "error", 0),
    (["br.txt"], "info", 1),
    (["ar.txt"], "error", 1),
    (["info.txt"], None, 0),
    (["info.txt"], "warning", 0),
    (["info.txt"], "info", 1),
    (["clean.txt"], "info", 0),
    (["clean.txt", "info.txt", "br.txt"], "error", 0),
    (["clean.txt", "info.txt", "ar.txt"], "error", 1),
])
def test_fail_on(desk, files, fail_on, rc):
    argv = ["check", *files] + (["--fail-on", fail_on] if fail_on else [])
    assert run(*argv)[0] == rc


def test_fail_on_from_config_and_cli_override(desk):
    (desk / "checker.toml").write_text('fail-on = "error"\n')
    assert run("check", "br.txt")[0] == 0
    assert run("check", "br.txt", "--fail-on", "warning")[0] == 1
    (desk / "checker.toml").write_text('fail-on = "info"\n')
    assert run("check", "info.txt")[0] == 1
    assert run("check", "info.txt", "--no-config")[0] == 0


def test_select_and_ignore_flags(desk):
    assert run("check", "br.txt", "ar.txt", "--select", "DATE")[1].count("DATE001") == 1
    rc, out, _ = run("check", "br.txt", "--select", "DATE,RESIDUE")
    assert (rc, out) == (0, "1 article; 0 findings\n")
    rc, out, _ = run("check", "br.txt", "quote.txt", "--ignore", "PUNCT002")
    assert rc == 1
    assert "PUNCT001" in out and "PUNCT002" not in out


def test_cli_select_overrides_config_select(desk):
    (desk / "checker.toml").write_text('select = ["DATE"]\n')
    assert run("check", "br.txt")[0] == 0
    rc, out, _ = run("check", "br.txt", "--select", "punct")
    assert rc == 1
    assert out.startswith(BRACKET_LINE)


def test_config_per_path_ignores(desk):
    (desk / "wire").mkdir()
    (desk / "wire" / "br.txt").write_text(EN_BRACKET)
    (desk / "checker.toml").write_text('[per-path-ignores]\n"wire/*" = ["PUNCT"]\n')
    rc, out, _ = run("check", "wire/br.txt", "br.txt")
    assert rc == 1
    assert out.startswith(BRACKET_LINE)
    assert "wire/br.txt:" not in out


def test_lang_flag_applies_to_every_article(desk):
    assert run("check", "ar.txt")[0] == 1
    rc, out, _ = run("check", "ar.txt", "--lang", "en")  # DATE001 is an Arabic rule
    assert (rc, out) == (0, "1 article; 0 findings\n")


@pytest.mark.parametrize("argv", [
    [],
    ["check"],
    ["frobnicate"],
    ["check", "br.txt", "--fail-on", "fatal"],
    ["check", "br.txt", "--published", "2024-13-01"],
    ["check", "br.txt", "--input-format", "docx"],
    ["check", "br.txt", "--no-such-flag"],
    ["rules", "--format", "xml"],
    ["schema", "--model", "everything"],
])
def test_usage_errors_exit_2(desk, argv):
    rc, out, err = run(*argv)
    assert rc == 2
    assert out == ""
    assert "usage: checker" in err


def test_help_and_version_exit_0(desk):
    rc, out, err = run("--version")
    assert (rc, out, err) == (0, "checker 0.1.0\n", "")
    rc, out, _ = run("check", "--help")
    assert rc == 0
    assert out.startswith("usage: checker check")


def test_unknown_config_key_exits_2(desk):
    (desk / "checker.toml").write_text('colour = "red"\n')
    rc, out, err = run("check", "br.txt")
    assert (rc, out) == (2, "")
    assert err == f"checker: error: {desk / 'checker.toml'}: unknown configuration key 'colour'\n"


def test_unknown_rule_in_select_exits_2(desk):
    rc, out, err = run("check", "br.txt", "--select", "PUNCT,NOPE001")
    assert (rc, out) == (2, "")
    assert err.startswith("checker: error: configuration 'select' names unknown rule 'NOPE001'")


def test_unknown_rule_option_in_config_exits_2(desk):
    (desk / "checker.toml").write_text("[options.PUNCT002]\ndepth = 2\n")
    rc, _, err = run("check", "br.txt")
    assert rc == 2
    assert err.startswith("checker: error: configuration 'options.PUNCT002' has unknown option 'depth'")


def test_missing_explicit_config_exits_2(desk):
    rc, out, err = run("check", "br.txt", "--config", "nope.toml")
    assert (rc, out, err) == (2, "", "checker: error: configuration file not found: nope.toml\n")


def test_explicit_config_flag(desk):
    (desk / "strict.toml").write_text('fail-on = "error"\n')
    assert run("check", "br.txt", "--config", "strict.toml")[0] == 0
    assert run("check", "br.txt")[0] == 1


def test_unknown_format_exits_2(desk):
    rc, out, err = run("check", "br.txt", "--format", "xml")
    assert (rc, out) == (2, "")
    assert err.startswith("checker: error: unknown output format 'xml' (available: ")
    assert "json, jsonl" in err and "text" in err


def test_unknown_lang_exits_2(desk):
    rc, out, err = run("check", "br.txt", "--lang", "fr")
    assert (rc, out) == (2, "")
    assert err.startswith("checker: error: unknown language 'fr' (available: ")


def test_unknown_plugin_exits_2(desk):
    rc, out, err = run("check", "br.txt", "--plugin", "no_such_plugin_module_xyz")
    assert (rc, out) == (2, "")
    assert err.startswith("checker: error: plugin 'no_such_plugin_module_xyz' failed to import")


def test_item_error_exits_2_and_other_findings_are_printed(desk):
    (desk / "bad.txt").write_bytes(b"Caf\xe9 owners protested.\n")
    rc, out, err = run("check", "br.txt", "missing.txt", "bad.txt", "clean.txt")
    assert rc == 2
    assert err == ""
    lines = out.splitlines()
    assert lines[0] + "\n" == BRACKET_LINE
    assert "missing.txt: error[not-found]: no such file or directory: missing.txt" in lines
    assert any(line.startswith("bad.txt: error[encoding]: not valid UTF-8") for line in lines)
    assert lines[-1] == "4 articles; 1 finding; 1 warning; 2 item errors"


def test_item_error_with_fail_on_error_still_exits_2(desk):
    rc, _, _ = run("check", "clean.txt", "missing.txt", "--fail-on", "error")
    assert rc == 2


def test_output_file(desk):
    rc, out, err = run("check", "br.txt", "--format", "json", "-o", "report.json")
    assert (rc, out, err) == (1, "", "")
    report = json.loads((desk / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in report["articles"]] == ["br.txt"]


def test_output_file_in_missing_directory_exits_2(desk):
    rc, out, err = run("check", "br.txt", "--output", "no/such/dir/report.txt")
    assert (rc, out) == (2, "")
    assert err.startswith("checker: error: cannot write no/such/dir/report.txt")


def test_stdin(desk, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EN_BRACKET.encode("utf-8"))))
    rc, out, _ = run("check", "-")
    assert rc == 1
    assert out.startswith("<stdin>:1:22: warning PUNCT002 ")


def test_stdin_jsonl(desk, monkeypatch):
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("s1", EN_CLEAN), ("s2", EN_BRACKET)))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    rc, out, _ = run("check", "-", "--input-format", "jsonl", "--format", "jsonl")
    assert rc == 1
    assert [(r["id"], len(r["findings"])) for r in map(json.loads, out.splitlines())] == [("s1", 0), ("s2", 1)]


# --- machine-readable output ------------------------------------------------------------------


def _texts(desk) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in desk.glob("*.txt")}


def test_json_report(desk):
    rc, out, err = run("check", "ar.txt", "br.txt", "clean.txt", "info.txt", "quote.txt", "missing.txt",
                       "--format", "json")
    assert (rc, err) == (2, "")
    report = json.loads(out)
    assert list(report) == ["version", "articles", "summary"]
    assert report["version"] == 1
    arts = report["articles"]
    assert [a["id"] for a in arts] == ["ar.txt", "br.txt", "clean.txt", "info.txt", "quote.txt", "missing.txt"]
    assert [[f["rule"] for f in a["findings"]] for a in arts] == [
        ["DATE001"], ["PUNCT002"], [], ["RESIDUE001"], ["PUNCT001"], []]
    assert [[e["code"] for e in a["errors"]] for a in arts] == [[], [], [], [], [], ["not-found"]]
    assert [a["lang"] for a in arts[:5]] == ["ar", "en", "en", "en", "en"]
    assert report["summary"] == {
        "articles": 6, "checked": 5, "failed": 1, "findings": 4, "errors": 1, "suppressed": 0, "baselined": 0,
        "by_severity": {"error": 1, "info": 1, "warning": 2},
        "by_rule": {"DATE001": 1, "PUNCT001": 1, "PUNCT002": 1, "RESIDUE001": 1}}
    texts = _texts(desk)
    date = arts[0]["findings"][0]
    start = AR_TEXT.index(AR_PAIR)
    assert {k: date["span"][k] for k in ("start", "end", "line", "column", "text")} == {
        "start": start, "end": start + len(AR_PAIR), "line": 1, "column": start + 1, "text": AR_PAIR}
    assert date["severity"] == "error"
    for a in arts[:5]:
        text = texts[a["id"]]
        for f in a["findings"]:
            spans = [f["span"]] + [r["span"] for r in f["related"]] + [s["span"] for s in f["suggestions"]]
            for s in spans:
                assert text[s["start"]:s["end"]] == s["text"]
                assert s["source"] is None


def test_json_report_for_html_has_source_positions(desk):
    doc = (f"<html><head><title>الأخبار &amp; التقارير</title></head>\n<body>\n"
           f"<p>وقال مصدر حكومي &#8220;مطلع&#8221; إن الاتفاق وقع في\n{AR_PAIR} الماضي.</p>\n</body></html>\n")
    (desk / "page.html").write_text(doc, encoding="utf-8")
    rc, out, _ = run("check", "page.html", "--format", "json")
    assert rc == 1
    art, = json.loads(out)["articles"]
    f, = art["findings"]
    assert f["rule"] == "DATE001"
    assert f["span"]["text"] == AR_PAIR
    start = doc.index(AR_PAIR)
    assert f["span"]["source"] == {"start": start, "end": start + len(AR_PAIR), "line": 4, "column": 1}
    assert doc[f["span"]["source"]["start"]:f["span"]["source"]["end"]] == AR_PAIR


def test_json_is_deterministic(desk):
    argv = ["check", ".", "--format", "json"]
    first, second = run(*argv), run(*argv)
    assert first == second
    assert first[0] == 1
    assert [a["id"] for a in json.loads(first[1])["articles"]] == [
        "ar.txt", "br.txt", "clean.txt", "info.txt", "quote.txt"]


def test_jsonl_one_line_per_article(desk):
    rc, out, err = run("check", "br.txt", "clean.txt", "missing.txt", "ar.txt", "--format", "jsonl")
    assert (rc, err) == (2, "")
    lines = out.splitlines()
    assert len(lines) == 4 and out.endswith("\n")
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == ["br.txt", "clean.txt", "missing.txt", "ar.txt"]
    assert [len(r["findings"]) for r in records] == [1, 0, 0, 1]
    assert all("summary" not in r and "version" not in r for r in records)
    span = records[0]["findings"][0]["span"]
    assert EN_BRACKET[span["start"]:span["end"]] == span["text"] == "("


def test_published_flag_in_json(desk):
    rc, out, _ = run("check", "clean.txt", "--format", "json", "--published", "2024-11-20")
    art, = json.loads(out)["articles"]
    assert (rc, art["published"], art["published_source"]) == (0, "2024-11-20", "config")


def test_json_output_of_jsonl_input(desk):
    (desk / "feed.jsonl").write_text(
        json.dumps({"id": "n1", "text": EN_BRACKET, "published": "2024-01-02"}) + "\n"
        + '{"id": "n2", "text": \n'
        + json.dumps({"id": "n3", "text": AR_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    rc, out, _ = run("check", "feed.jsonl", "--format", "json")
    assert rc == 2
    arts = json.loads(out)["articles"]
    assert [(a["id"], a["published"], [f["rule"] for f in a["findings"]], [(e["code"], e["line"]) for e in a["errors"]])
            for a in arts] == [("n1", "2024-01-02", ["PUNCT002"], []),
                               ("feed.jsonl:2", None, [], [("malformed-json", 2)]),
                               ("n3", None, ["DATE001"], [])]


# --- informational commands -------------------------------------------------------------------

BUILTIN = {"DATE001": "dates", "PUNCT001": "punctuation", "PUNCT002": "punctuation", "RESIDUE001": "residue"}


def test_rules(desk):
    rc, out, err = run("rules")
    assert (rc, err) == (0, "")
    listed = {line.split()[0]: line for line in out.splitlines()}
    for rid, plugin in BUILTIN.items():
        assert listed[rid].endswith(f"({plugin})")
    assert listed["DATE001"].split()[1:4] == ["month-pair-mismatch", "error", "[ar,en]"]
    assert listed["PUNCT002"].split()[1:4] == ["unbalanced-bracket", "warning", "[*]"]


def test_rules_json(desk):
    rc, out, _ = run("rules", "--format", "json")
    assert rc == 0
    rules = json.loads(out)
    ids = [r["id"] for r in rules]
    assert ids == sorted(ids)
    by_id = {r["id"]: r for r in rules}
    assert {rid: by_id[rid]["plugin"] for rid in BUILTIN} == BUILTIN
    assert by_id["DATE001"]["languages"] == ["ar", "en"]
    assert by_id["RESIDUE001"]["name"] == "publishing-residue"


@pytest.mark.parametrize("key", ["DATE001", "date001", "month-pair-mismatch"])
def test_explain(desk, key):
    rc, out, err = run("explain", key)
    assert (rc, err) == (0, "")
    assert out.startswith("DATE001 month-pair-mismatch\n\nSeverity: error    Languages: ar, en    Plugin: dates\n")
    positions = [out.index(f"## {s}\n") for s in ("What it flags", "Why it matters", "Example", "Not flagged")]
    assert positions == sorted(positions)


@pytest.mark.parametrize("rid", sorted(BUILTIN))
def test_explain_every_builtin_rule(desk, rid):
    rc, out, _ = run("explain", rid)
    assert rc == 0
    assert out.split("\n", 1)[0].split()[0] == rid
    for s in ("What it flags", "Why it matters", "Example", "Not flagged"):
        assert f"\n## {s}\n" in out


def test_explain_unknown_rule_exits_2(desk):
    rc, out, err = run("explain", "NOPE001")
    assert (rc, out) == (2, "")
    assert err == "checker: error: unknown rule 'NOPE001' (see `checker rules`)\n"


def test_schema(desk):
    rc, out, err = run("schema")
    assert (rc, err) == (0, "")
    schema = json.loads(out)
    assert schema["type"] == "object"
    assert schema["title"] == "Report"
    assert {"version", "articles", "summary"} <= set(schema["properties"])
    rc, out, _ = run("schema", "--model", "article")
    schema = json.loads(out)
    assert (rc, schema["title"]) == (0, "ArticleResult")
    assert {"id", "findings", "errors", "suppressed"} <= set(schema["properties"])


def test_schema_describes_the_json_output(desk):
    schema = json.loads(run("schema")[1])
    defs = schema["$defs"]
    _, out, _ = run("check", "ar.txt", "br.txt", "missing.txt", "--format", "json")
    report = json.loads(out)
    assert set(report) == set(schema["properties"])
    assert schema["properties"]["articles"]["items"] == {"$ref": "#/$defs/ArticleResult"}
    assert set(report["summary"]) == set(defs["Summary"]["properties"])
    for art in report["articles"]:
        assert set(art) == set(defs["ArticleResult"]["properties"])
        for f in art["findings"]:
            assert set(f) == set(defs["Finding"]["properties"])
            # `field` is written only for a span in the headline or standfirst
            assert set(f["span"]) | {"field"} == set(defs["Span"]["properties"])
            assert "field" not in defs["Span"].get("required", [])
        for e in art["errors"]:
            assert set(e) == set(defs["ItemError"]["properties"])


def test_plugins(desk):
    rc, out, err = run("plugins")
    assert (rc, err) == (0, "")
    names = [line.split()[0] for line in out.splitlines() if not line.startswith(" ")]
    assert {"checker.core", "dates", "punctuation", "residue"} <= set(names)
    assert "    rules: PUNCT001, PUNCT002\n" in out
    rc, out, _ = run("plugins", "--format", "json")
    infos = {i["name"]: i for i in json.loads(out)}
    assert rc == 0
    assert infos["dates"]["rules"][0] == "DATE001" and all(r.startswith("DATE") for r in infos["dates"]["rules"])
    assert (infos["punctuation"]["rules"], infos["residue"]["rules"]) == (["PUNCT001", "PUNCT002"], ["RESIDUE001"])
    assert infos["dates"]["module"] == "checker_plugins.dates"


# --- real processes ---------------------------------------------------------------------------


def _proc(args, cwd, stdin: bytes | None = None):
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, timeout=120)


def test_console_script_json(desk):
    p = _proc([str(VENV_BIN / "checker"), "check", "ar.txt", "br.txt", "--format", "json"], desk)
    assert p.returncode == 1, p.stderr
    report = json.loads(p.stdout.decode("utf-8"))
    assert [[f["rule"] for f in a["findings"]] for a in report["articles"]] == [["DATE001"], ["PUNCT002"]]
    assert report["articles"][0]["findings"][0]["span"]["text"] == AR_PAIR


def test_python_dash_m(desk):
    py = str(VENV_BIN / "python")
    p = _proc([py, "-m", "checker", "check", "clean.txt"], desk)
    assert (p.returncode, p.stdout, p.stderr) == (0, b"1 article; 0 findings\n", b"")
    p = _proc([py, "-m", "checker", "explain", "NOPE001"], desk)
    assert p.returncode == 2
    assert b"unknown rule 'NOPE001'" in p.stderr
    p = _proc([py, "-m", "checker", "check", "-", "--format", "jsonl"], desk, stdin=AR_TEXT.encode("utf-8"))
    assert p.returncode == 1
    rec = json.loads(p.stdout)
    assert (rec["id"], [f["rule"] for f in rec["findings"]]) == ("<stdin>", ["DATE001"])
    p = _proc([py, "-m", "checker"], desk)
    assert p.returncode == 2
    assert b"usage: checker" in p.stderr


def test_console_script_surrogate_id_is_an_item_error_not_a_crash(desk):
    (desk / "s.jsonl").write_text('{"id": "x\\ud800", "text": "The vote passed."}\n'
                                  + json.dumps({"id": "ok", "text": EN_BRACKET}) + "\n", encoding="utf-8")
    p = _proc([str(VENV_BIN / "checker"), "check", "s.jsonl", "--format", "json"], desk)
    assert p.returncode == 2, p.stderr
    arts = json.loads(p.stdout)["articles"]
    assert [(a["id"], [e["code"] for e in a["errors"]], len(a["findings"])) for a in arts] == [
        ("s.jsonl:1", ["encoding"], 0), ("ok", [], 1)]
