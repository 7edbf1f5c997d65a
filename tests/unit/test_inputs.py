"""Input loading (checker.io.inputs): every format, encodings, per-item errors, offsets that point
back into the source file, inline suppressions, directories and stdin."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from checker.io.inputs import iter_inputs, load_path
from checker.core.models import Article, ArticleResult

# Article texts written for these tests.
AR_PAIR = "تشرين الثاني/ديسمبر"
AR_TEXT = f"قال المتحدث باسم الوزارة إن المفاوضات بدأت في {AR_PAIR} الماضي في العاصمة.\n"
EN_BRACKET = "The finance minister (who took office in March said the budget would pass.\n"
EN_CLEAN = "The city council approved the new budget on Tuesday after a long debate.\n"


def results(engine, *paths, input_format="auto", stdin=None):
    return list(engine.check_items(iter_inputs([str(p) for p in paths], input_format, stdin=stdin)))


def only(seq):
    assert len(seq) == 1, seq
    return seq[0]


def error_codes(r: ArticleResult) -> list[str]:
    return [e.code for e in r.errors]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, computed independently of the checker."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def blanked(source: str, *pieces: str) -> str:
    """``source`` with each piece replaced by spaces (newlines kept)."""
    for piece in pieces:
        assert piece in source, piece
        source = source.replace(piece, re.sub(r"[^\n]", " ", piece), 1)
    return source


def assert_span(f, text: str, needle: str, *, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    assert (f.span.start, f.span.end) == (start, start + len(needle))
    assert f.span.text == needle
    assert (f.span.line, f.span.column) == line_col(text, start)


# --- .txt -------------------------------------------------------------------------------------


def test_txt_utf8_arabic_month_pair(engine, tmp_path):
    p = tmp_path / "news.txt"
    p.write_bytes(AR_TEXT.encode("utf-8"))
    r = only(results(engine, p))
    assert (r.id, r.path, r.lang, r.errors) == (str(p), str(p), "ar", ())
    f = only(r.findings)
    assert (f.rule, f.severity.value, f.message_id) == ("DATE001", "error", "mismatch")
    assert_span(f, AR_TEXT, AR_PAIR)
    assert f.span.source is None


def test_txt_line_and_column_on_later_line(engine, tmp_path):
    text = "عاجل\n\nأكدت مصادر مطلعة أن الاجتماع عقد في 14 تشرين الأول/نوفمبر الماضي.\n"
    p = tmp_path / "late.txt"
    p.write_text(text, encoding="utf-8")
    f = only(only(results(engine, p)).findings)
    assert f.rule == "DATE001"
    assert_span(f, text, "تشرين الأول/نوفمبر")
    assert f.span.line == 3
    assert f.span.column == len("أكدت مصادر مطلعة أن الاجتماع عقد في 14 ") + 1


def test_txt_utf8_bom_is_dropped_and_offsets_exclude_it(engine, tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + EN_BRACKET.encode("utf-8"))
    art = only(list(load_path(p)))
    assert isinstance(art, Article)
    assert art.text == EN_BRACKET
    f = only(only(results(engine, p)).findings)
    assert f.rule == "PUNCT002"
    assert_span(f, EN_BRACKET, "(")
    assert f.span.column == len("The finance minister ") + 1 == 22


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_txt_utf16_with_bom(engine, tmp_path, bom, codec):
    p = tmp_path / "wide.txt"
    p.write_bytes(bom + AR_TEXT.encode(codec))
    art = only(list(load_path(p)))
    assert art.text == AR_TEXT
    f = only(only(results(engine, p)).findings)
    assert f.rule == "DATE001"
    assert_span(f, AR_TEXT, AR_PAIR)


def test_txt_utf32_with_bom(tmp_path):
    p = tmp_path / "wider.txt"
    p.write_bytes(codecs.BOM_UTF32_LE + EN_CLEAN.encode("utf-32-le"))
    assert only(list(load_path(p))).text == EN_CLEAN


def test_txt_invalid_utf8_is_an_encoding_error(engine, tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\u00e9 owners protested on Monday.\n".encode("latin-1"))
    r = only(results(engine, p))
    assert (r.id, r.path, r.findings) == (str(p), str(p), ())
    e = only(r.errors)
    assert e.code == "encoding"
    assert "not valid UTF-8" in e.message and "at byte 3" in e.message


def test_txt_truncated_utf16_is_an_encoding_error(tmp_path):
    p = tmp_path / "odd.txt"
    p.write_bytes(codecs.BOM_UTF16_LE + "News".encode("utf-16-le") + b"\x00")
    r = only(list(load_path(p)))
    assert isinstance(r, ArticleResult)
    assert error_codes(r) == ["encoding"]
    assert "UTF-16" in r.errors[0].message


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n"],
                         ids=["empty", "whitespace", "bom-only", "bom-newlines"])
def test_txt_empty_or_blank(engine, tmp_path, data):
    p = tmp_path / "blank.txt"
    p.write_bytes(data)
    r = only(results(engine, p))
    assert (r.id, error_codes(r), r.findings) == (str(p), ["empty"], ())


def test_unknown_suffix_is_read_as_text(engine, tmp_path):
    p = tmp_path / "story.log"
    p.write_text(EN_BRACKET, encoding="utf-8")
    f = only(only(results(engine, p)).findings)
    assert f.rule == "PUNCT002"
    assert_span(f, EN_BRACKET, "(")


def test_txt_too_large(tmp_path, monkeypatch):
    import checker.io.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_CHARS", 20)
    p = tmp_path / "long.txt"
    p.write_text(EN_CLEAN, encoding="utf-8")
    r = only(list(load_path(p)))
    assert error_codes(r) == ["too-large"]
    assert f"{len(EN_CLEAN):,} characters" in r.errors[0].message


# --- Markdown ---------------------------------------------------------------------------------


def test_md_fenced_code_is_blanked_and_offsets_are_source_offsets(engine, tmp_path):
    fence = "```python\nresult = compute((1, 2)\nprint(\"done)\n```"
    source = f"# Budget vote\n\nThe council met on Tuesday.\n\n{fence}\n\nThe mayor (who was re-elected said no.\n"
    p = tmp_path / "a.md"
    p.write_text(source, encoding="utf-8")
    art = only(list(load_path(p)))
    assert art.text == blanked(source, fence)
    assert len(art.text) == len(source)
    f = only(only(results(engine, p)).findings)
    assert f.rule == "PUNCT002"
    assert_span(f, source, "(", occurrence=3)
    assert (f.span.line, f.span.column) == (10, 11)


def test_md_tilde_fence_and_front_matter(tmp_path):
    front = "---\ntitle: \"Draft (v2\n---\n"
    fence = "~~~\nopen ( bracket\n~~~"
    source = f"{front}Officials met in the capital.\n\n{fence}\n"
    p = tmp_path / "b.md"
    p.write_text(source, encoding="utf-8")
    assert only(list(load_path(p))).text == blanked(source, front.rstrip("\n"), fence)


def test_md_inline_code_link_targets_and_comments(engine, tmp_path):
    source = ("Officials used `mark(\"` in the template.\n\n"
              "Read [the ministry report](https://example.com/TKTK[draft \"Old (title\") today.\n\n"
              "<!-- editor: check the (figures -->\n"
              "The envoy arrived (late on Sunday.\n")
    p = tmp_path / "c.md"
    p.write_text(source, encoding="utf-8")
    art = only(list(load_path(p)))
    assert art.text == blanked(source, '`mark("`', '(https://example.com/TKTK[draft "Old (title")',
                               "<!-- editor: check the (figures -->")
    r = only(results(engine, p))
    f = only(r.findings)  # nothing from the masked code, link target or comment
    assert f.rule == "PUNCT002"
    start = source.index("(late")
    assert (f.span.start, f.span.end, f.span.line, f.span.column) == (start, start + 1, 6, 19)
    assert f.span.text == "("


def test_md_suppression_covers_only_the_next_paragraph(engine, tmp_path):
    source = ("<!-- checker: ignore PUNCT001 -->\n"
              "The minister said “we will sign the deal on Monday.\n\n"
              "The envoy said “talks will resume next week.\n")
    p = tmp_path / "s.md"
    p.write_text(source, encoding="utf-8")
    r = only(results(engine, p))
    f = only(r.findings)
    assert f.rule == "PUNCT001"
    assert_span(f, source, "“", occurrence=1)
    assert (f.span.line, f.span.column) == (4, 16)
    assert r.suppressed == 1


def test_md_suppression_covers_every_line_of_a_wrapped_paragraph(engine, tmp_path):
    source = ("<!-- checker: ignore PUNCT002 -->\n"
              "He said (the plan failed and the\n"
              "minister (who resigned left.\n\n"
              "She said (it worked.\n")
    p = tmp_path / "w.md"
    p.write_text(source, encoding="utf-8")
    r = only(results(engine, p))
    assert [(f.rule, f.span.start, f.span.line) for f in r.findings] == [("PUNCT002", source.index("(it"), 5)]
    assert r.suppressed == 2


def test_md_suppression_is_per_rule(engine, tmp_path):
    source = ("<!-- checker: ignore PUNCT001 -->\n"
              "The minister said “we will sign (the deal on Monday.\n")
    p = tmp_path / "s.md"
    p.write_text(source, encoding="utf-8")
    r = only(results(engine, p))
    assert [(f.rule, f.span.start) for f in r.findings] == [("PUNCT002", source.index("(the"))]
    assert r.suppressed == 1


def test_md_suppression_by_prefix_and_list(engine, tmp_path):
    para = "The minister said “we will sign (the deal on Monday.\n"
    for comment in ("<!-- checker: ignore PUNCT -->", "<!-- checker: ignore PUNCT001, PUNCT002 -->",
                    "<!-- checker: ignore punct001 punct002 -->"):
        p = tmp_path / "s.md"
        p.write_text(f"{comment}\n{para}", encoding="utf-8")
        r = only(results(engine, p))
        assert (r.findings, r.suppressed) == ((), 2), comment


def test_md_suppression_after_blank_line(engine, tmp_path):
    source = "<!-- checker: ignore PUNCT002 -->\n\nHe said (the plan failed.\n\nShe said (it worked.\n"
    p = tmp_path / "s.md"
    p.write_text(source, encoding="utf-8")
    r = only(results(engine, p))
    assert [f.span.start for f in r.findings] == [source.index("(it")]
    assert r.suppressed == 1


def test_md_ignore_file(engine, tmp_path):
    source = ("He said (the plan failed.\n\n"
              "The minister said “we will sign the deal.\n\n"
              "She said (it worked.\n\n"
              "<!-- checker: ignore-file PUNCT002 -->\n")
    p = tmp_path / "f.md"
    p.write_text(source, encoding="utf-8")
    r = only(results(engine, p))
    assert [(f.rule, f.span.start) for f in r.findings] == [("PUNCT001", source.index("“"))]
    assert r.suppressed == 2


def test_md_without_suppression_reports_everything(engine, tmp_path):
    source = "He said (the plan failed.\n\nShe said (it worked.\n"
    p = tmp_path / "n.md"
    p.write_text(source, encoding="utf-8")
    r = only(results(engine, p))
    assert [f.span.start for f in r.findings] == [source.index("(the"), source.index("(it")]
    assert r.suppressed == 0


def test_md_only_code_is_empty(tmp_path):
    p = tmp_path / "code.md"
    p.write_text("```\nprint('hello')\n```\n", encoding="utf-8")
    assert error_codes(only(list(load_path(p)))) == ["empty"]


# --- HTML -------------------------------------------------------------------------------------

HTML_DOC = """<!DOCTYPE html>
<html lang="ar">
<head>
  <meta charset="utf-8">
  <title>الاقتصاد &amp; السياسة</title>
  <style>p { quotes: "(" }</style>
  <script>var open = "(";</script>
</head>
<body>
  <h1>مفاوضات &#8220;التعاون&#8221;</h1>
  <p>قال المتحدث &amp; المستشار إن المفاوضات
     بدأت في <b>تشرين الثاني/ديسمبر</b> الماضي.</p>
  <script>document.write("(unclosed")</script>
  <p>وأكد&nbsp;الوزير أن الاتفاق سيوقع قريباً.</p>
</body>
</html>
"""


def test_html_text_title_entities_and_skipped_elements(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML_DOC, encoding="utf-8")
    art = only(list(load_path(p)))
    assert isinstance(art, Article)
    assert art.title == "الاقتصاد & السياسة"
    assert art.text == ("مفاوضات “التعاون”\n"
                        "قال المتحدث & المستشار إن المفاوضات بدأت في تشرين الثاني/ديسمبر الماضي.\n"
                        "وأكد الوزير أن الاتفاق سيوقع قريباً.")
    assert art.source_text == HTML_DOC


def test_html_month_pair_source_position(engine, tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML_DOC, encoding="utf-8")
    r = only(results(engine, p))
    assert (r.id, r.lang, r.errors) == (str(p), "ar", ())
    f = only(r.findings)
    assert f.rule == "DATE001"
    text = only(list(load_path(p))).text
    assert_span(f, text, AR_PAIR)
    assert (f.span.line, f.span.column) == (2, len("قال المتحدث & المستشار إن المفاوضات بدأت في ") + 1)
    src = f.span.source
    start = HTML_DOC.index(AR_PAIR)
    assert (src.start, src.end) == (start, start + len(AR_PAIR))
    assert HTML_DOC[src.start:src.end] == f.span.text
    assert (src.line, src.column) == line_col(HTML_DOC, start) == (12, 17)


def test_html_every_source_span_slices_the_same_text(engine, tmp_path):
    doc = ("<html><body>\n<article>\n<p>Officials said the talks (which began\n in May would resume.</p>\n"
           "<p>The mayor &amp; his deputy said “we will win.</p>\n"
           "<ul><li>Read more: budget talks stall</li></ul>\n"
           "<p>The cost was TKTK million.</p>\n</article></body></html>\n")
    p = tmp_path / "many.html"
    p.write_text(doc, encoding="utf-8")
    r = only(results(engine, p))
    assert [f.rule for f in r.findings] == ["PUNCT002", "PUNCT001", "RESIDUE001", "RESIDUE001"]
    for f in r.findings:
        s = f.span.source
        assert doc[s.start:s.end] == f.span.text
        assert (s.line, s.column) == line_col(doc, s.start)
    assert [f.span.source.start for f in r.findings] == [doc.index("(which"), doc.index("“"),
                                                          doc.index("Read more"), doc.index("TKTK")]


def test_html_line_break_in_markup_is_a_space(engine, tmp_path):
    doc = ("<p>The finance minister (who took office\nin March) said the budget would pass.</p>\n"
           "<pre>code (\nblock )</pre>")
    p = tmp_path / "wrap.html"
    p.write_text(doc, encoding="utf-8")
    art = only(list(load_path(p)))
    assert art.text == ("The finance minister (who took office in March) said the budget would pass.\n"
                        "code (\nblock )")
    r = only(results(engine, p))
    # the pair in <p> is balanced; <pre> keeps its line break, so its brackets are two paragraphs
    assert [(f.rule, f.message_id, f.span.source.start) for f in r.findings] == [
        ("PUNCT002", "unclosed", doc.index("(\nblock")), ("PUNCT002", "unopened", doc.index(")</pre>"))]


def test_html_entity_span_maps_to_the_whole_reference(engine, tmp_path):
    doc = "<p>The minister said &#8220;we will sign the deal.</p>"
    p = tmp_path / "q.html"
    p.write_text(doc, encoding="utf-8")
    f = only(only(results(engine, p)).findings)
    assert f.rule == "PUNCT001"
    assert f.span.text == "“"
    assert f.span.start == len("The minister said ")
    s = f.span.source
    assert (s.start, s.end) == (doc.index("&#8220;"), doc.index("&#8220;") + len("&#8220;"))


def test_html_omitted_head_end_tag_keeps_the_body(engine, tmp_path):
    doc = "<html><head><title>Budget</title><body><p>The finance minister (who took office said no.</p>"
    p = tmp_path / "nohead.html"
    p.write_text(doc, encoding="utf-8")
    art = only(list(load_path(p)))
    assert (art.text, art.title) == ("The finance minister (who took office said no.", "Budget")
    f = only(only(results(engine, p)).findings)
    assert f.span.source.start == doc.index("(")


def test_html_unknown_entity_is_kept_as_written(tmp_path):
    p = tmp_path / "ent.html"
    p.write_text("<p>Profits &bogus; rose &amp fell &#x201C;now&#x201D;.</p>", encoding="utf-8")
    assert only(list(load_path(p))).text == "Profits &bogus; rose & fell “now”."


def test_html_suppression_comment(engine, tmp_path):
    doc = ("<p><!-- checker: ignore PUNCT002 -->He said (the plan failed.</p>\n"
           "<p>She said (it worked.</p>")
    p = tmp_path / "sup.html"
    p.write_text(doc, encoding="utf-8")
    r = only(results(engine, p))
    f = only(r.findings)
    assert (f.rule, f.span.source.start) == ("PUNCT002", doc.index("(it"))
    assert r.suppressed == 1


def test_html_without_text_is_empty(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title>Only a title</title></head><body><script>x()</script></body></html>")
    r = only(list(load_path(p)))
    assert error_codes(r) == ["empty"]


# --- JSON -------------------------------------------------------------------------------------


def test_json_object_fields(engine, tmp_path):
    obj = {"id": "story-7", "text": EN_BRACKET, "lang": "en", "published": "2024-11-20T08:00:00Z",
           "title": "Budget row", "desk": "business", "meta": {"author": "R. Saleh"}}
    p = tmp_path / "one.json"
    p.write_text(json.dumps(obj), encoding="utf-8")
    art = only(list(load_path(p)))
    assert (art.id, art.text, art.lang, art.published, art.title, art.path) == (
        "story-7", EN_BRACKET, "en", dt.date(2024, 11, 20), "Budget row", str(p))
    assert art.meta == {"desk": "business", "author": "R. Saleh"}
    r = only(results(engine, p))
    assert (r.id, r.published, r.published_source) == ("story-7", dt.date(2024, 11, 20), "input")
    assert [(f.rule, f.span.start) for f in r.findings] == [("PUNCT002", EN_BRACKET.index("("))]


def test_json_without_id_uses_the_path(tmp_path):
    p = tmp_path / "noid.json"
    p.write_text(json.dumps({"text": EN_CLEAN}), encoding="utf-8")
    art = only(list(load_path(p)))
    assert art.id == str(p)


def test_json_malformed(engine, tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"id": "x", "text": "The vote\n', encoding="utf-8")
    r = only(results(engine, p))
    assert (r.id, error_codes(r)) == (str(p), ["malformed-json"])
    assert "line 1 column" in r.errors[0].message


@pytest.mark.parametrize("payload,code", [
    ('[{"id": "a", "text": "x"}]', "bad-record"),
    ('{"id": "a"}', "bad-record"),
    ('{"id": "a", "text": 7}', "bad-record"),
    ('{"id": "a", "text": "The vote passed.", "published": "last week"}', "bad-record"),
    ('{"id": "a", "text": "The vote passed.", "lang": 5}', "bad-record"),
    ('{"id": "a", "text": "The vote \\ud800 passed."}', "encoding"),
    ('{"id": "a", "text": "   "}', "empty"),
])
def test_json_bad_records(tmp_path, payload, code):
    p = tmp_path / "r.json"
    p.write_text(payload, encoding="utf-8")
    r = only(list(load_path(p)))
    assert isinstance(r, ArticleResult)
    assert error_codes(r) == [code]
    assert r.errors[0].line is None


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_batch_with_bad_lines(engine, tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": AR_TEXT, "published": "2024-12-01"}, ensure_ascii=False),
        '{"id": "a2", "text": "broken',
        json.dumps({"id": "a3", "title": "no body"}),
        json.dumps({"id": "a4", "text": EN_CLEAN, "published": "2024-13-45"}),
        json.dumps({"id": "a5", "text": EN_BRACKET, "section": "economy", "score": 3}),
        "",
        '{"id": "a7", "text": "Talks \\ud800 resumed."}',
        json.dumps({"id": "a8", "text": EN_CLEAN}),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rs = results(engine, p)
    assert [(r.id, error_codes(r), [e.line for e in r.errors]) for r in rs] == [
        ("a1", [], []),
        (f"{p}:2", ["malformed-json"], [2]),
        ("a3", ["bad-record"], [3]),
        ("a4", ["bad-record"], [4]),
        ("a5", [], []),
        ("a7", ["encoding"], [7]),
        ("a8", [], []),
    ]
    assert all(r.path == str(p) for r in rs)
    assert rs[1].errors[0].message.startswith("line 2: malformed JSON")
    assert "missing 'text'" in rs[2].errors[0].message
    assert "'published'" in rs[3].errors[0].message
    f = only(rs[0].findings)
    assert f.rule == "DATE001"
    assert_span(f, AR_TEXT, AR_PAIR)
    assert rs[0].published == dt.date(2024, 12, 1)
    assert [(f.rule, f.span.start) for f in rs[4].findings] == [("PUNCT002", EN_BRACKET.index("("))]
    assert rs[6].findings == ()


def test_jsonl_extra_fields_go_to_meta(tmp_path):
    p = tmp_path / "meta.jsonl"
    p.write_text("\n" + json.dumps({"id": 42, "text": EN_CLEAN, "section": "economy",
                                    "meta": {"author": "N. Haddad"}}) + "\n", encoding="utf-8")
    art = only(list(load_path(p)))
    assert art.id == "42"
    assert art.meta == {"section": "economy", "author": "N. Haddad", "line": 2}


def test_jsonl_missing_id(tmp_path):
    p = tmp_path / "noid.jsonl"
    p.write_text(json.dumps({"text": EN_CLEAN}) + "\n", encoding="utf-8")
    r = only(list(load_path(p)))
    assert (r.id, error_codes(r), r.errors[0].line) == (f"{p}:1", ["bad-record"], 1)


def test_jsonl_invalid_utf8_line_does_not_stop_the_file(engine, tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b'{"id": "x1", "text": "Caf\xe9 owners protested."}\n'
                  + json.dumps({"id": "x2", "text": EN_BRACKET}).encode() + b"\n")
    rs = results(engine, p)
    assert [(r.id, error_codes(r)) for r in rs] == [(f"{p}:1", ["encoding"]), ("x2", [])]
    assert rs[0].errors[0].line == 1
    assert [f.rule for f in rs[1].findings] == ["PUNCT002"]


def test_jsonl_utf8_bom_and_crlf(tmp_path):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(codecs.BOM_UTF8 + json.dumps({"id": "b1", "text": EN_CLEAN}).encode() + b"\r\n"
                  + json.dumps({"id": "b2", "text": EN_CLEAN}).encode() + b"\r\n")
    assert [a.id for a in load_path(p)] == ["b1", "b2"]


def test_jsonl_lone_surrogate_in_id(tmp_path):
    p = tmp_path / "sid.jsonl"
    p.write_text('{"id": "a\\udc80", "text": "The vote passed."}\n', encoding="utf-8")
    r = only(list(load_path(p)))
    assert (r.id, error_codes(r), r.errors[0].line) == (f"{p}:1", ["encoding"], 1)
    r.model_dump_json().encode("utf-8")  # printable: no surrogate left in the result


def test_jsonl_unknown_language_is_an_item_error(engine, tmp_path):
    p = tmp_path / "fr.jsonl"
    p.write_text(json.dumps({"id": "f1", "text": "Le conseil a voté."}) + "\n"
                 + json.dumps({"id": "f2", "text": "Le conseil a voté.", "lang": "fr"}) + "\n", encoding="utf-8")
    rs = results(engine, p)
    assert [(r.id, error_codes(r)) for r in rs] == [("f1", []), ("f2", ["unknown-language"])]


def test_jsonl_text_with_line_separator_character(engine, tmp_path):
    text = "The council met.\u2028He said (the plan failed."
    line = json.dumps({"id": "ls", "text": text}, ensure_ascii=False) + "\n"
    p = tmp_path / "ls.jsonl"
    p.write_text(line, encoding="utf-8")
    assert only(list(load_path(p))).text == text
    art = only(list(iter_inputs(["-"], "jsonl", stdin=io.BytesIO(line.encode("utf-8")))))
    assert (art.id, art.text, art.path) == ("ls", text, "<stdin>")


@pytest.mark.parametrize("data", [b"", b"\n  \n\n"], ids=["empty", "blank-lines"])
def test_jsonl_without_records_is_empty(tmp_path, data):
    p = tmp_path / "none.jsonl"
    p.write_bytes(data)
    r = only(list(load_path(p)))
    assert (r.id, error_codes(r)) == (str(p), ["empty"])
    r = only(list(iter_inputs(["-"], "jsonl", stdin=io.BytesIO(data))))
    assert (r.id, error_codes(r)) == ("<stdin>", ["empty"])


def test_input_format_overrides_the_suffix(tmp_path):
    p = tmp_path / "records.txt"
    p.write_text(json.dumps({"id": "r1", "text": EN_CLEAN}) + "\n" + json.dumps({"id": "r2", "text": EN_CLEAN}) + "\n")
    assert [a.id for a in iter_inputs([str(p)], "jsonl")] == ["r1", "r2"]
    md = tmp_path / "page.txt"
    md.write_text("Use `f(x` here.\n")
    assert only(list(iter_inputs([str(md)], "md"))).text == "Use       here.\n"


# --- directories, missing paths, stdin, batches -----------------------------------------------


def test_directory_walk_sorted_recursive_skipping_hidden(engine, tmp_path):
    root = tmp_path / "desk"
    (root / "a").mkdir(parents=True)
    (root / ".drafts").mkdir()
    (root / "a" / ".cache").mkdir()
    (root / "b.txt").write_text(EN_BRACKET)
    (root / "a" / "z.md").write_text(EN_CLEAN)
    (root / "a" / "b.html").write_text(f"<p>{EN_CLEAN}</p>")
    (root / "a" / "c.JSON").write_text(json.dumps({"id": "upper", "text": EN_CLEAN}))
    (root / ".drafts" / "x.txt").write_text(EN_BRACKET)
    (root / "a" / ".cache" / "y.txt").write_text(EN_BRACKET)
    (root / "a" / ".hidden.txt").write_text(EN_BRACKET)
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    rs = results(engine, root)
    assert [r.path for r in rs] == [str(root / "a" / "b.html"), str(root / "a" / "c.JSON"),
                                    str(root / "a" / "z.md"), str(root / "b.txt")]
    assert [r.id for r in rs][1] == "upper"
    assert [[f.rule for f in r.findings] for r in rs] == [[], [], [], ["PUNCT002"]]


def test_directory_given_as_hidden_path_is_walked(tmp_path):
    root = tmp_path / ".archive"
    root.mkdir()
    (root / "old.txt").write_text(EN_CLEAN)
    assert [a.id for a in iter_inputs([str(root)])] == [str(root / "old.txt")]


def test_missing_path_is_not_found_and_the_batch_continues(engine, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN_BRACKET)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28 invalid")
    missing = str(tmp_path / "nowhere.txt")
    rs = results(engine, missing, bad, good)
    assert [(r.id, error_codes(r)) for r in rs] == [(missing, ["not-found"]), (str(bad), ["encoding"]),
                                                    (str(good), [])]
    assert rs[0].path == missing
    assert missing in rs[0].errors[0].message
    assert [f.rule for f in rs[2].findings] == ["PUNCT002"]


def test_stdin(engine):
    r = only(results(engine, "-", stdin=io.BytesIO(codecs.BOM_UTF8 + AR_TEXT.encode("utf-8"))))
    assert (r.id, r.path) == ("<stdin>", "<stdin>")
    f = only(r.findings)
    assert f.rule == "DATE001"
    assert_span(f, AR_TEXT, AR_PAIR)


def test_stdin_with_input_format(engine):
    src = "Use `f(x` here. He said (no.\n"
    r = only(results(engine, "-", input_format="md", stdin=io.BytesIO(src.encode())))
    assert [(f.rule, f.span.start) for f in r.findings] == [("PUNCT002", src.index("(no"))]
    r = only(results(engine, "-", stdin=io.BytesIO(b"\xff\xfe\x00")))
    assert (r.id, error_codes(r)) == ("<stdin>", ["encoding"])


def test_stdin_defaults_to_sys_stdin(engine, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EN_BRACKET.encode())))
    r = only(results(engine, "-"))
    assert (r.id, [f.rule for f in r.findings]) == ("<stdin>", ["PUNCT002"])


def test_load_path_unreadable(tmp_path):
    d = tmp_path / "dir.txt"
    d.mkdir()
    r = only(list(load_path(d)))
    assert error_codes(r) == ["unreadable"]
    r = only(list(load_path(Path(tmp_path / "gone.jsonl"))))
    assert error_codes(r) == ["unreadable"]


def test_markdown_suppression_inside_code_has_no_effect(tmp_path):
    src = ("```\n<!-- checker: ignore-file PUNCT002 -->\n```\n\n"
           "Inline `<!-- checker: ignore PUNCT002 -->` too.\n\n"
           "The agency (WHO said on Friday it would act.\n")
    p = tmp_path / "a.md"
    p.write_text(src, encoding="utf-8")
    (article,) = list(load_path(p))
    assert article.suppressions == []
    assert article.text.index("(WHO") == src.index("(WHO")
