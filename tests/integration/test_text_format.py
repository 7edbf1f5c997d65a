"""The text format: positions in the file the user opened, the source line with carets under
the span (display widths, Arabic, long lines), related statements and fixes."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, strategies as st

from checker.core.models import ArticleResult, Finding, Severity, Span
from checker.reporters.snippet import ELLIPSIS, FSI, PDI, display_width, snippet
from checker.reporters.text import TextReporter
from tests.helpers import run_cli as run

BRACKET = "The minister (who spoke for an hour said nothing new."
HTML = f"<html><body>\n<p>Intro line.</p>\n\n<p>{BRACKET}</p>\n</body></html>\n"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_html_positions_point_into_the_html_file(desk):
    (desk / "x.html").write_text(HTML, encoding="utf-8")
    rc, out, _ = run("check", "x.html", "--no-cache")
    col = HTML.splitlines()[3].index("(") + 1
    assert rc == 1
    assert out.splitlines()[:3] == [
        f"x.html:4:{col}: warning PUNCT002 [unbalanced-bracket] This ( is never closed in its paragraph.",
        f"  4 | <p>{BRACKET}</p>",
        "    | " + " " * (col - 1) + "^"]


def test_arabic_line_is_isolated_and_the_span_quoted_after_the_carets(desk):
    line = "قال الوزير (إن المشروع سيكتمل في الربيع."
    (desk / "ar.txt").write_text(line + "\n", encoding="utf-8")
    rc, out, _ = run("check", "ar.txt", "--no-cache")
    col = line.index("(") + 1
    assert out.splitlines()[:3] == [
        f"ar.txt:1:{col}: warning PUNCT002 [unbalanced-bracket] This ( is never closed in its paragraph.",
        f"  1 | {FSI}{line}{PDI}",
        "    | " + " " * (col - 1) + f"^ «{FSI}({PDI}»"]


def test_carets_count_display_cells():
    text = "标题 x\tالسَّلام (here"
    sn = snippet(text, text.index("("), text.index("(") + 1)
    # two wide characters (4 cells), a space, x, a tab (4 cells), six Arabic letters and two
    # combining marks (no cell), a space
    assert sn.carets == " " * (4 + 1 + 1 + 4 + 6 + 1) + "^"


def test_the_ranges_read_without_wcwidth_are_as_wide_as_wcwidth_says():
    import unicodedata

    from wcwidth import wcwidth

    from checker.reporters.snippet import _cell, _narrow

    checked = 0
    for cp in range(0x80, 0x3000):
        ch = chr(cp)
        if not _narrow(ch) or (unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200c\u200d"):
            continue
        assert _cell(ch) == (ch, max(wcwidth(ch), 0)), hex(cp)
        checked += 1
    assert checked > 400


def test_a_long_line_is_cut_around_the_span():
    text = "word " * 100 + "(target) " + "tail " * 100
    start = text.index("(")
    sn = snippet(text, start, start + 8, width=60)
    assert sn.source.startswith(ELLIPSIS) and sn.source.endswith(ELLIPSIS)
    assert display_width(sn.source) <= 60
    at = sn.carets.index("^")
    assert sn.source[at:at + 8] == "(target)" and sn.carets[at:] == "^" * 8


def test_a_span_past_the_end_of_its_line_is_marked_to_the_line_end():
    sn = snippet("one two\nthree\n", 4, 12)
    assert (sn.line, sn.source, sn.carets) == (1, "one two", "    ^^^")


def test_a_crlf_line_shows_no_carriage_return():
    sn = snippet("a\r\nb (c\r\n", 5, 6)
    assert (sn.line, sn.source, sn.carets) == (2, "b (c", "  ^")


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300), st.data())
def test_carets_always_stand_under_the_span(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, len(text)))
    sn = snippet(text, start, end, width=40)
    source = sn.source.removeprefix(FSI).removesuffix(PDI)
    assert "\n" not in source and "^" in sn.carets
    assert display_width(sn.carets) <= max(display_width(source), 1) + 1


def test_a_result_reported_without_its_text_quotes_the_span():
    span = Span(start=4, end=5, line=1, column=5, end_line=1, end_column=6, text="(")
    f = Finding(rule="PUNCT002", name="unbalanced-bracket", severity=Severity("warning"), message="m",
                message_id="x", plugin="p", span=span)
    out = io.StringIO()
    TextReporter(out).article(ArticleResult(id="a.txt", path="a.txt", findings=(f,)))
    assert out.getvalue() == "a.txt:1:5: warning PUNCT002 [unbalanced-bracket] m\n    1:5  «\u2068(\u2069»\n"


def test_junit_points_into_the_html_file(desk):
    (desk / "x.html").write_text(HTML, encoding="utf-8")
    rc, out, _ = run("check", "x.html", "--no-cache", "--format", "junit")
    col = HTML.splitlines()[3].index("(") + 1
    assert f"x.html:4:{col}: warning PUNCT002" in out and f"\n    4:{col}  (" in out


def test_rules_columns_are_aligned(desk):
    rc, out, _ = run("rules")
    lines = out.splitlines()
    assert len({line.index(" [") for line in lines}) == 1                            # the languages
    assert len({len(line) - len(line.split(maxsplit=2)[2]) for line in lines}) == 1   # the severity


def test_check_help_lists_every_output_format(desk):
    rc, out, _ = run("check", "--help")
    text = " ".join(out.split())
    assert rc == 0 and "output format: text, json, jsonl, html, sarif, junit, github," in text


def test_html_report_blank_lines_keep_the_article_direction():
    from checker.reporters.html import render_text

    html = render_text("سطر أول\n\nسطر ثالث\n", [])
    assert html.count('<div class="ln" dir="auto">') == 2 and html.count('<div class="ln">') == 2


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60), st.booleans(), st.data())
def test_record_columns_point_at_each_character_as_written(text, ascii_only, data):
    import json as _json

    from checker.reporters.records import text_columns

    extra = data.draw(st.sampled_from(['"lang": "en", ', '"text": 5, ', '"meta": {"text": "x"}, ', ""]))
    line = '{"id": "a", ' + extra + '"text": ' + _json.dumps(text, ensure_ascii=ascii_only) + "}"
    got, cols = text_columns(line)
    assert got == text and len(cols) == len(text) + 1
    for k, ch in enumerate(text):
        assert _json.loads('"' + line[cols[k]:cols[k + 1]] + '"') == ch
