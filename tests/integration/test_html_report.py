"""``checker check --format html``: one self-contained file, an index and a section per article
whose text carries every finding's spans as marks (checked in a browser by test_browser.py)."""

from __future__ import annotations

import html
import io
import re
import shutil

import pytest

from checker.cli.main import main
from checker.core.models import Finding, Related, Severity, Span
from checker.reporters.html import HtmlReporter, render_text

from tests.helpers import FIXTURES

SEED = FIXTURES / "articles" / "seed-ar-sharaa.txt"
PAIR = "تشرين الثاني/ديسمبر"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def plain(rendered: str) -> str:
    """The text a rendered article shows: one line per div.ln."""
    rendered = rendered.split("<main>", 1)[-1]  # past the styles, whose comment shows the markup
    lines = re.findall(r'<div class="ln"(?: dir="auto")?>(.*?)</div>', rendered)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", line)) for line in lines)


def marks(rendered: str, attr: str, i: int) -> list[str]:
    out = []
    for m in re.finditer(r'<mark[^>]*data-p="([^"]*)" data-r="([^"]*)">(.*?)</mark>', rendered):
        ids = (m.group(1) if attr == "p" else m.group(2)).split()
        if str(i) in ids:
            out.append(html.unescape(m.group(3)))
    return out


def span(text: str, start: int, end: int) -> Span:
    line = text.count("\n", 0, start) + 1
    return Span(start=start, end=end, line=line, column=start - (text.rfind("\n", 0, start) + 1) + 1,
                end_line=line, end_column=1, text=text[start:end])


def finding(text, start, end, related=(), severity="warning", rule="X001"):
    return Finding(rule=rule, name="x", severity=Severity(severity), message="m", message_id="m",
                   span=span(text, start, end),
                   related=tuple(Related(span=span(text, s, e), message="r") for s, e in related))


def test_rendered_text_is_the_article_and_marks_hold_each_span(engine):
    text = SEED.read_text(encoding="utf-8")
    result = engine.check(text)
    rendered = render_text(text, result.findings)
    assert plain(rendered) == text
    i = next(k for k, f in enumerate(result.findings) if f.rule == "DATE001")
    assert "".join(marks(rendered, "p", i)) == PAIR
    assert marks(rendered, "r", i) == ["تشرين الثاني", "ديسمبر"]
    assert f'id="m{i}"' in rendered
    assert 'class="hl p r sev-error"' in rendered  # related halves inside the primary span


def test_overlaps_carets_crlf_and_escaping():
    text = "a <b> & c\r\nsecond line\rthird"
    fs = [finding(text, 0, 5, related=[(2, 9)]), finding(text, 3, 3, severity="error"),
          finding(text, 11, 17, severity="info")]
    rendered = render_text(text, fs)
    assert plain(rendered) == "a <b> & c\nsecond line\nthird"
    assert "<b>" not in rendered and "&lt;" in rendered and "b&gt;" in rendered
    assert '<mark id="m1" class="hl p sev-error caret" data-p="1" data-r=""></mark>' in rendered
    assert marks(rendered, "p", 0) == ["a ", "<", "b>"]
    assert marks(rendered, "r", 0) == ["<", "b>", " & c"]
    assert marks(rendered, "p", 2) == ["second"]


def test_a_span_of_line_breaks_only_becomes_a_caret():
    text = "one\n\ntwo"
    rendered = render_text(text, [finding(text, 3, 5)])
    assert plain(rendered) == text
    assert 'caret' in rendered


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(FIXTURES / "articles" / "en-council-budget.txt", tmp_path / "budget.txt")
    (tmp_path / "evil.txt").write_text('He said "<script>alert(1)</script> & more.\n', encoding="utf-8")
    return tmp_path


def test_report_is_one_self_contained_file(desk):
    rc, out, err = run("check", "--format", "html", "seed.txt", "budget.txt", "evil.txt", "missing.txt")
    assert rc == 2 and err == ""
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    # nothing loaded from anywhere: styles and script inline, links only to anchors
    assert not re.search(r'\s(?:src|href)="(?!#)', out)
    assert "<link" not in out and "@import" not in out and "url(" not in out
    assert out.count('<section class="ck-article"') == 4
    assert out.count("<tr><td><a href=\"#a") == 4
    assert '<div class="ck-text" dir="rtl" lang="ar">' in out
    assert '<div class="ck-text" dir="auto" lang="en">' in out
    assert "<script>alert(1)</script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "error [not-found]" in out
    assert "window.CheckerHighlight" in out


def test_report_is_the_same_every_time(desk):
    a = run("check", "--format", "html", ".")[1]
    b = run("check", "--format", "html", ".")[1]
    assert a == b


def test_report_to_a_file_and_from_stdin(desk, monkeypatch):
    assert run("check", "--format", "html", "-o", "r.html", "seed.txt")[0] == 1
    page = (desk / "r.html").read_text(encoding="utf-8")
    assert PAIR in plain(page)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    rc, out, _ = run("check", "--format", "html", "-")
    assert rc == 1 and "(the text of this article is not available" not in out
    assert plain(out) == SEED.read_text(encoding="utf-8")


def test_text_not_seen_on_the_way_in_is_read_again(engine, desk):
    result = engine.check_article(next(iter(__import__("checker.io.inputs").io.inputs.load_path(desk / "seed.txt"))))
    out = io.StringIO()
    r = HtmlReporter(out)
    r.start()
    r.article(result)
    from checker.core.models import summarize

    r.finish(summarize([result]))
    assert "(the text of this article is not available" not in out.getvalue()
    assert PAIR in plain(out.getvalue())


def test_html_is_a_listed_output_format(desk):
    rc, out, _ = run("plugins")
    assert "html" in out
