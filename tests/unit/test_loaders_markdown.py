"""The Markdown loader: CommonMark structure decides what is prose; offsets stay the source's;
the time grows linearly with the input whatever it repeats."""

from __future__ import annotations


import pytest

from checker.io.inputs import iter_inputs
from checker.io.markdown import article_from_markdown
from tests.growth import cost


def text_of(source: str) -> str:
    art = article_from_markdown("a.md", "a.md", source)
    assert len(art.text) == len(source)
    assert [i for i, c in enumerate(art.text) if c == "\n"] == [i for i, c in enumerate(source) if c == "\n"]
    return art.text


def blank(piece: str) -> str:
    return "".join(c if c in "\r\n" else " " for c in piece)


def findings(engine, tmp_path, source: str, name: str = "a.md"):
    p = tmp_path / name
    p.write_bytes(source.encode("utf-8"))
    [r] = list(engine.check_items(iter_inputs([str(p)])))
    assert r.errors == ()
    return [(f.rule, f.span.start, f.span.text) for f in r.findings]


def test_indented_code_block_is_not_prose(engine, tmp_path):
    code = "    print(\"open (quote)\n    x = [1, 2\n"
    source = f"The council met on Tuesday.\n\n{code}\nThe vote passed on Monday.\n"
    assert text_of(source) == source.replace(code, blank(code))
    assert findings(engine, tmp_path, source) == []


def test_double_backtick_code_span_is_not_prose(engine, tmp_path):
    span = "``mark(\"` x``"
    source = f"Officials used {span} in the template on Monday.\n"
    assert text_of(source) == source.replace(span, blank(span))
    assert findings(engine, tmp_path, source) == []


def test_unmatched_backticks_stay_prose():
    source = "The ``agency said (on Friday it would act.\n"
    assert text_of(source) == source


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_front_matter_is_not_prose_with_either_line_ending(engine, tmp_path, eol):
    front = eol.join(["---", 'slug: "Draft (v2', "quote: “open", "---"]) + eol
    body = eol.join(["Officials met in the capital on Monday.", "", "The vote passed."]) + eol
    text = text_of(front + body)
    assert text == blank(front) + body
    assert findings(engine, tmp_path, front + body) == []


def test_html_block_is_not_prose_and_its_comment_suppresses(engine, tmp_path):
    block = '<div class="note">\nEditor: the quote “open is on purpose.\n</div>\n'
    source = f"{block}\nThe minister said (the deal was signed.\n"
    assert text_of(source) == blank(block) + source[len(block):]
    comment = "<!-- checker: ignore PUNCT002 -->\n"
    assert findings(engine, tmp_path, comment + source) == []


def test_link_destination_title_and_reference_are_not_prose(engine, tmp_path):
    source = ('Read [the report (draft](https://example.com/a(b) "Old “title") and '
              '![a photo](/img/x.png) or [the vote][ref] today.\n\n[ref]: https://example.com/“x "T (t"\n')
    text = text_of(source)
    assert "[the report (draft]" in text and "![a photo]" in text and "[the vote]" in text
    for gone in ("https://example.com/a(b)", "Old “title", "/img/x.png", "[ref]:", "T (t"):
        assert gone not in text
    assert text.index("today.") == source.index("today.")
    # the label's own bracket is prose: it is still reported where it stands in the file
    assert findings(engine, tmp_path, source) == [("PUNCT002", source.index("(draft"), "(")]


def test_blockquote_and_list_prose_keeps_source_offsets(engine, tmp_path):
    source = "> The minister said (the deal\n> was signed `x(` today.\n\n- The envoy\n  said (late.\n"
    text = text_of(source)
    assert text == source.replace("`x(`", "    ")
    got = findings(engine, tmp_path, source)
    assert [(r, s) for r, s, _ in got] == [("PUNCT002", source.index("(the")), ("PUNCT002", source.index("(late"))]


def test_emphasis_entities_and_escapes_are_kept_as_written():
    source = "The **vote** passed &amp; the \\*count\\* was _final_.\n"
    assert text_of(source) == source


def test_heading_with_closing_hashes_and_setext_heading():
    source = "# Budget `x(` vote #\n\nBudget (talks\n============\n\nBody.\n"
    assert text_of(source) == source.replace("`x(`", "    ")


def test_nul_and_tab_indented_paragraph_lines():
    source = "A\0 line `code` here.\n\tnot code: a continuation `x` line.\n"
    text = text_of(source)
    assert "code" not in text.replace("not code", "") and "x`" not in text
    assert text.index("continuation") == source.index("continuation")


@pytest.mark.parametrize("unit,size", [("`a` ", 40_000), ("``a` ", 6_000), ("<!-- ", 6_000), ("x <!-- ", 6_000),
                                       ("<a ", 6_000), ("[a](", 6_000), ("[", 6_000), ("\\`", 6_000)])
def test_time_grows_linearly_with_repeated_markup(unit, size):
    """Four times the input takes about four times as long (quadratic growth would be 16)."""
    small, large = unit * (size // len(unit)), unit * (4 * size // len(unit))
    t_small = cost(lambda: article_from_markdown("a", "a", small), runs=2)
    t_large = cost(lambda: article_from_markdown("a", "a", large), runs=2)
    assert t_large < 8 * max(t_small, 0.005), (t_small, t_large)


def test_time_grows_linearly_with_repeated_suppression_comments():
    unit = "<!-- checker: ignore PUNCT002 --> a "
    small, large = unit * (20_000 // len(unit)), unit * (80_000 // len(unit))
    t_small = cost(lambda: article_from_markdown("a", "a", small), runs=2)
    t_large = cost(lambda: article_from_markdown("a", "a", large), runs=2)
    assert t_large < 8 * max(t_small, 0.005), (t_small, t_large)
    art = article_from_markdown("a", "a", "x " + unit * 3 + "(b\n\nc (d\n")
    assert {(r, a, b) for r, a, b in art.suppressions} == {("PUNCT002", 2 + i * len(unit), 2 + 3 * len(unit) + 2)
                                                          for i in range(3)}
