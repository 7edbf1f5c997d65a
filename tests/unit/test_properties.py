"""Property-based tests (hypothesis) of the engine, the document model and the built-in rules.

The text strategy mixes hand-picked alphabet pieces (Arabic letters, diacritics, tatweel,
Arabic-Indic digits, bidi controls, combining marks, emoji, every line break, quotation marks and
brackets) with real month names and the separators of month gloss pairs, so that the rules fire
on a good share of the generated texts, not only on noise.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from checker.core.document import LineIndex
from checker.core.engine import Engine
from checker.io.inputs import iter_inputs
from checker.core.models import Article, ArticleResult
from checker.language.normalize import NormalizedView, fold_char, normalize_text

# Built once for the module: @given tests cannot use function-scoped fixtures, and building the
# engine (plugin loading) per example would dominate the runtime.
ENGINE = Engine()
ENGINE2 = Engine()  # a second, independent instance for the determinism property
LEX_AR = ENGINE.lexicons.get("ar")
LEX_EN = ENGINE.lexicons.get("en")

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MEDIUM = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies -------------------------------------------------------------------------------

BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
        "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r\n", "\n\r",
          "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u202f", "\u2007", "\u3000"]
MARKS = list("“”«»\"'‘’()[]{}") + ["/", "\\", "-", "–", "—", ".", ",", "،", "؛", "؟", "!", ":",
                                   "…", "*", "=", ";", ":)", "1)", "أ)"]
EMOJI = ["😀", "👍🏽", "🇸🇾", "👨\u200d👩\u200d👧", "❤️", "🕌", "\U0001F600\u0301"]
SPECIAL = ["İ", "ẞ", "Σ", "ﷲ", "ٱ", "ﻻ", "ی", "ک", "ە", "\u0000", "\x7f", "\U0010ffff", "\ufffd",
           "ß", "ﬁ", "Ω", "K"]  # the last is KELVIN SIGN (lowercases to ASCII k)
WORDS = ["قال", "الوزير", "إن", "الاتفاق", "سيوقع", "غداً", "وأكد", "أن", "الجيش", "مارس", "ضغوطاً",
         "مفاعل", "العراقي", "الماضي", "في", "من", "شهر", "منتصف", "مطلع", "the", "minister", "said",
         "In", "on", "of", "May", "may", "March", "Juan", "12\"", "don’t", "students’"]
GLUE = ["/", " / ", "/ ", " (", "(", ")", ") ", " [", "]", " ", "  ", "-", " - ", "–", "\\",
        " ", " ", "\u00a0/\u00a0", "، ", " 2024", " ٢٠٢٤", "3 ", "١٢ ", "12 من ", " الماضي"]

MONTHS_AR = sorted({m.name for m in LEX_AR.month_names})
MONTHS_EN = sorted({m.name for m in LEX_EN.month_names})
MONTHS = MONTHS_AR + MONTHS_EN + ["ﺗﺸﺮﻳﻦ ﺍﻟﺜﺎﻧﻲ", "تشرين  الثاني", "تشـرين الثانـي", "كانونِ الأوّل",
                                  "ابريل", "٣ آذار"]
CONTEXT = [w for w in LEX_AR.section("months", {}).get("context_words", [])]
RESIDUE = ["Leave a comment", "Back to top", "TKTK", "[TK]", "lorem ipsum", "اترك تعليقاً",
           "زر الذهاب إلى الأعلى", "اقرأ أيضاً:", "----------", "{{name}}", "يتبع", "Share"]

month = st.builds(lambda p, m: p + m, st.sampled_from(["", "", "", "و", "ب", "ل", "وب", "ف"]),
                  st.sampled_from(MONTHS))
PAIR_GLUE = ["/", " / ", "/ ", " (", " [", " ", "-", " – ", "\\", "\u00a0/\u00a0"]
# A gloss pair as Arabic copy writes it: optional proclitic on the first name only.
month_pair = st.builds(lambda p, a, g, b, c: f"{p}{a}{g}{b}{c}",
                       st.sampled_from(["", "", "و", "ب"]), st.sampled_from(MONTHS_AR),
                       st.sampled_from(PAIR_GLUE), st.sampled_from(MONTHS_AR),
                       st.sampled_from(["", "", ")", "]", ") 2024", " ١٢", " الماضي"]))

PIECES = st.one_of(
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),             # Arabic letters
    st.sampled_from([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640", "\u0640\u0640"]),
    st.sampled_from([chr(c) for c in range(0x06D6, 0x06EE)]),              # Quranic marks
    st.sampled_from([chr(c) for c in (*range(0x0660, 0x066A), *range(0x06F0, 0x06FA), *range(48, 58))]),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),             # combining marks
    st.sampled_from(BIDI),
    st.sampled_from(BREAKS),
    st.sampled_from(SPACES),
    st.sampled_from(MARKS),
    st.sampled_from(EMOJI),
    st.sampled_from(SPECIAL),
    st.sampled_from(WORDS),
    st.sampled_from(GLUE),
    st.sampled_from(CONTEXT),
    st.sampled_from(RESIDUE),
    month,
    month_pair,
    st.text(max_size=4),                                                  # anything else
)


def _join(parts) -> str:
    return "".join(parts)


def _quoted(pair: tuple[str, str, str]) -> str:
    o, w, c = pair
    return f"{o}{w}{c}"


# Word-like tokens (months, pairs, words, quoted words) separated like running text, so that the
# rules see whole words; any noise piece may still stand in for a token or a separator.
TOKEN = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(CONTEXT), month, month_pair, month_pair,
    st.tuples(st.sampled_from(list("“”«»\"‘’([") + [""]), st.sampled_from(WORDS + MONTHS_AR),
              st.sampled_from(list("“”«»\"’)]") + ["", ".", "،"])).map(_quoted),
    PIECES,
)
SEPARATOR = st.one_of(st.sampled_from([" ", " ", " ", ". ", "، ", "\n", "\r\n", "\n\n", "\r",
                                       " \u200f", "\u200e ", "\u00a0", " - "]), PIECES)
noise_texts = st.lists(PIECES, max_size=30).map(_join)
running_texts = st.lists(st.tuples(TOKEN, SEPARATOR).map(_join), max_size=20).map(_join)
texts = st.one_of(noise_texts, running_texts)
LANGS = st.sampled_from(["ar", "en", None])
SURROGATES = re.compile("[\ud800-\udfff]")

# --- helpers ----------------------------------------------------------------------------------


def all_spans(result: ArticleResult):
    for f in result.findings:
        yield f.span
        for r in f.related:
            yield r.span
        for s in f.suggestions:
            yield s.span


def ref_position(text: str, offset: int) -> tuple[int, int]:
    """Independent reference: 1-based (line, column); \\r\\n, \\r and \\n are one break each."""
    line, line_start = 1, 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        if m.end() > offset:
            break
        line, line_start = line + 1, m.end()
    return line, offset - line_start + 1


def comparable(result: ArticleResult, shift: int = 0, line_shift: int = 0):
    """The findings with every span moved by ``shift`` characters and ``line_shift`` lines."""
    def sp(s):
        return (s.start + shift, s.end + shift, s.line + line_shift, s.column,
                s.end_line + line_shift, s.end_column, s.text)

    return [(f.rule, f.message_id, f.message, f.severity, f.fingerprint, sp(f.span),
             tuple((sp(r.span), r.message) for r in f.related),
             tuple((sp(s.span), s.replacement, s.safe) for s in f.suggestions))
            for f in result.findings]


# --- 1. no crash ------------------------------------------------------------------------------


@FAST
@given(text=texts, lang=LANGS)
@example(text="في تشرين الثاني/ديسمبر الماضي", lang="ar")
@example(text="\u202bقال “الاتفاق\u202c\r\n«سيوقع» (في آب/ \u200fأغسطس)]\r", lang=None)
@example(text="", lang=None)
def test_no_crash_and_no_plugin_error(text, lang):
    result = ENGINE.check(text, lang=lang)
    assert result.errors == (), result.errors
    assert result.lang in ("ar", "en")
    if lang is not None:
        assert result.lang == lang


def test_strategy_makes_rules_fire():
    """A sanity check of the strategy itself: the rules do fire on generated text."""
    fired: set[str] = set()

    @settings(max_examples=300, deadline=None, database=None, derandomize=True)
    @given(text=texts)
    def collect(text):
        fired.update(f.rule for f in ENGINE.check(text, lang="ar").findings)

    collect()
    assert {"DATE001", "PUNCT001", "PUNCT002"} <= fired, fired


# --- 2 and 3. spans: text, bounds, line/column ------------------------------------------------


@FAST
@given(text=texts, lang=LANGS)
def test_spans_are_exact_and_positions_agree(text, lang):
    result = ENGINE.check(text, lang=lang)
    for span in all_spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert span.text == text[span.start:span.end]
        assert (span.line, span.column) == ref_position(text, span.start), span
        assert (span.end_line, span.end_column) == ref_position(text, span.end), span
        assert span.source is None


@FAST
@given(text=st.lists(st.one_of(st.sampled_from(BREAKS), st.sampled_from(["a", "ب", " ", "\u200f"]),
                               st.text(max_size=3)), max_size=25).map(_join))
def test_line_index_round_trip(text):
    idx = LineIndex(text)
    for offset in range(len(text) + 1):
        line, column = idx.position(offset)
        assert (line, column) == ref_position(text, offset)
        assert idx.offset(line, column) == offset
    for bad in (-1, len(text) + 1):
        with pytest.raises(ValueError):
            idx.position(bad)


# --- 4. the normalised view -------------------------------------------------------------------


@FAST
@given(original=texts, data=st.data())
def test_normalized_view_maps_back_exactly(original, data):
    view = NormalizedView.build(original)
    assert view.original_length == len(original)
    assert len(view.text) == len(view.offsets)
    assert view.text == normalize_text(original)
    for i, off in enumerate(view.offsets):
        assert view.text[i] == fold_char(original[off])
    assert all(a < b for a, b in zip(view.offsets, view.offsets[1:]))
    # every dropped character folds to ''
    kept = set(view.offsets)
    assert all(fold_char(c) == "" for i, c in enumerate(original) if i not in kept)
    n = len(view.text)
    s = data.draw(st.integers(0, n), label="s")
    e = data.draw(st.integers(s, n), label="e")
    a, b = view.to_original(s, e)
    assert 0 <= a <= b <= len(original)
    assert normalize_text(original[a:b]) == view.text[s:e]
    assert s == e or b not in view.marks   # (a range ends past the vowel signs on its last letter)
    for pos in range(len(original) + 1):
        k = view.from_original(pos)
        assert all(o < pos for o in view.offsets[:k]) and all(o >= pos for o in view.offsets[k:])


# Every Unicode bidi control: the marks (LRM, RLM, ALM) and the embedding, override and isolate
# controls (bidi classes LRE RLE PDF LRO RLO LRI RLI FSI PDI).
BIDI_CONTROLS = ["\u200e", "\u200f", "\u061c"] + [
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@FAST
@given(text=texts, marks=st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(BIDI_CONTROLS)),
                                  min_size=1, max_size=4))
@example(text="تشرين الثاني", marks=[(6, "\u061c")])
def test_normalizer_ignores_bidi_controls(text, marks):
    """Bidi marks and controls are invisible: inserting them anywhere leaves the normalised text
    unchanged (the module promises to drop "invisible format characters (bidi marks ...)").
    Found: U+061C ARABIC LETTER MARK was kept (fixed in checker/normalize.py)."""
    marked = text
    for pos, mark in marks:
        i = pos % (len(marked) + 1)
        marked = marked[:i] + mark + marked[i:]
    assert normalize_text(marked) == normalize_text(text)


# --- 5. determinism ---------------------------------------------------------------------------


@MEDIUM
@given(text=texts, lang=LANGS)
def test_deterministic(text, lang):
    first = ENGINE.check(text, lang=lang).model_dump()
    assert ENGINE.check(text, lang=lang).model_dump() == first
    assert ENGINE2.check(text, lang=lang).model_dump() == first


# --- 6. shift invariance ----------------------------------------------------------------------

PREFIX = {"en": "Unrelated sentence.\n\n", "ar": "هذه جملة لا علاقة لها بالموضوع.\n\n"}


def test_prefixes_are_silent():
    for lang, prefix in PREFIX.items():
        assert ENGINE.check(prefix, lang=lang).findings == ()


SHIFT = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _assert_shift_invariant(text: str, lang: str | None, prefix: str) -> None:
    k = len(prefix)
    doc, pdoc = (ENGINE.document(Article(id="x", text=t, lang=lang)) for t in (text, prefix + text))
    assume(pdoc.lang == doc.lang)
    shifted = [(p.start + k, p.end + k) for p in doc.paragraphs]
    assume([(p.start, p.end) for p in pdoc.paragraphs] == [(0, k - 2)] + shifted)
    plain, prefixed = ENGINE.check(text, lang=lang), ENGINE.check(prefix + text, lang=lang)
    assert prefixed.errors == plain.errors == ()
    assert [f.rule for f in prefixed.findings] == [f.rule for f in plain.findings]
    assert comparable(prefixed) == comparable(plain, shift=k, line_shift=2)


def _no_leading_interaction(text: str) -> bool:
    return bool(text) and not text[0].isspace() and fold_char(text[0]) != "" \
        and text[0] not in "“”«»\"'‘’()[]{}"


@SHIFT
@given(text=texts, lang=st.sampled_from(["ar", "en"]))
@example(text="بدأ التعاون في تشرين الثاني/ديسمبر الماضي.", lang="ar")
@example(text="قال إن “الاتفاق سيوقع غداً“.\nLeave a comment", lang="ar")
@example(text="«قال“TKTK", lang="ar")   # a last line of Arabic and capitals is no sign-off
@example(text="٢̀اقرأ أيضاً:", lang="en")   # a count whose list opens at the end of the text
def test_shift_invariance(text, lang):
    """Prepending an unrelated paragraph (in the article's script, ending in a blank line) moves
    every finding (and its related and suggestion spans) by the prefix length and two lines, and
    changes nothing else: same rules, messages, severities and fingerprints.

    Assumptions (the only ways the prefix is allowed to interact):
    - the language is the same with and without the prefix (given explicitly here);
    - the text does not start with whitespace, a character the normaliser drops, or a quotation
      mark/bracket;
    - the paragraph segmentation is unchanged: hard-wrap detection is a whole-document heuristic
      and a blank line after the prefix is evidence of wrapped copy, so e.g. "a\\nb" (two
      paragraphs) becomes one paragraph "a b" once a blank-line-separated paragraph precedes it.
      That is a documented heuristic, not a shifting bug, so such texts are skipped.
    """
    assume(_no_leading_interaction(text))
    _assert_shift_invariant(text, lang, PREFIX[lang])


@SHIFT
@given(text=texts)
@example(text="A\u200e“٠")   # a last line of one capital and a quotation mark is no sign-off
def test_shift_invariance_detected_language(text):
    """The same with the language detected; the prefix is in the script of the detected language
    and texts whose detected language the prefix would tip are skipped."""
    assume(_no_leading_interaction(text))
    lang = ENGINE.document(Article(id="x", text=text)).lang
    _assert_shift_invariant(text, None, PREFIX[lang])


# --- 7. JSON ----------------------------------------------------------------------------------


@MEDIUM
@given(text=texts, lang=LANGS, published=st.one_of(st.none(), st.dates().map(str)))
def test_json_round_trip(text, lang, published):
    assume(not SURROGATES.search(text))
    result = ENGINE.check(text, lang=lang, published=published)
    dumped = result.model_dump_json()
    assert ArticleResult.model_validate_json(dumped) == result
    again = json.dumps(result.model_dump(mode="json"), ensure_ascii=False)
    again.encode("utf-8")  # no lone surrogate reaches the output
    assert ArticleResult.model_validate(json.loads(again)) == result


@settings(max_examples=60, deadline=None)
@given(before=st.text(max_size=20), after=st.text(max_size=20),
       surrogate=st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"]))
def test_jsonl_rejects_lone_surrogates(before, after, surrogate):
    bad = before + surrogate + after
    lines = [json.dumps({"id": "bad", "text": bad}),            # ensure_ascii: written as \\udXXX
             json.dumps({"id": "good", "text": "نص سليم."})]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        items = list(iter_inputs([str(path)]))
    assert len(items) == 2
    first, second = items
    assert isinstance(first, ArticleResult)
    assert [e.code for e in first.errors] == ["encoding"]
    assert first.errors[0].line == 1
    first.model_dump_json()  # the error item itself serialises
    assert isinstance(second, Article) and second.text == "نص سليم."


# --- DATE001: calendar-free invariants of the month pair rule ---------------------------------

LEV = {n: LEX_AR.month_name(n, "levantine") for n in range(1, 13)}
GREG = {n: LEX_AR.month_name(n, "gregorian") for n in range(1, 13)}
MONTH_NUMBERS = st.integers(1, 12)


def _date001(text: str):
    result = ENGINE.check(text, lang="ar")
    assert result.errors == ()
    return [f for f in result.findings if f.rule == "DATE001"]


def test_month_tables_complete():
    assert all(LEV.values()) and all(GREG.values())


@settings(max_examples=144, deadline=None)
@given(a=MONTH_NUMBERS, b=MONTH_NUMBERS)
def test_month_pair_slash(a, b):
    pair = f"{LEV[a]}/{GREG[b]}"
    found = _date001(f"في {pair} الماضي")
    if a == b:
        assert found == []
    else:
        assert len(found) == 1
        assert found[0].span.text == pair
        assert found[0].message_id == "mismatch" and found[0].severity.value == "error"
        assert [r.span.text for r in found[0].related] == [LEV[a], GREG[b]]


@settings(max_examples=144, deadline=None)
@given(a=MONTH_NUMBERS, b=MONTH_NUMBERS, order=st.booleans(),
       form=st.sampled_from(["{x}/{y}", "{x} / {y}", "{x}/ {y}", "{x} ({y})", "{x} [{y}]"]))
def test_month_pair_any_order_and_separator(a, b, order, form):
    x, y = (LEV[a], GREG[b]) if order else (GREG[b], LEV[a])
    pair = form.format(x=x, y=y)
    found = _date001(f"وقع ذلك في {pair} الماضي.")
    if a == b:
        assert found == []
    else:
        assert [f.span.text for f in found] == [pair]


@settings(max_examples=144, deadline=None)
@given(a=MONTH_NUMBERS, b=MONTH_NUMBERS)
def test_month_pair_same_system_slash(a, b):
    """Two Levantine names joined by a slash: the same month or the next one (a range such as
    تموز/آب) is silent; any other pair is one same-system warning."""
    assume(a != b)
    pair = f"{LEV[a]}/{LEV[b]}"
    found = _date001(f"في {pair} الماضي")
    if b == a % 12 + 1:
        assert found == []
    else:
        assert [(f.span.text, f.message_id, f.severity.value) for f in found] == \
            [(pair, "same-system", "warning")]


# --- known plugin bugs (reported, not fixed here: plugins/ belongs to the rule authors) ---------

# Characters the normaliser drops: month mentions are found on the normalised view, but the
# separator between the two names is matched on the raw text.
INVISIBLE = ["\u200f", "\u200e", "\u061c", "\u2067", "\u2069", "\u200c", "\u0640"]


@settings(max_examples=50, deadline=None)
@given(a=MONTH_NUMBERS, b=MONTH_NUMBERS, before=st.lists(st.sampled_from(INVISIBLE), max_size=2),
       after=st.lists(st.sampled_from(INVISIBLE), max_size=2))
def test_month_pair_ignores_invisible_characters(a, b, before, after):
    assume(a != b and (before or after))
    pair = f"{LEV[a]}{''.join(before)}/{''.join(after)}{GREG[b]}"
    assert [f.span.text for f in _date001(f"في {pair} الماضي")] == [pair]


# --- RESIDUE001: the safe "delete the line" fix deletes only the residue line --------------------

ARTICLE_LINES = {"en": ["The council voted 7-2 to close the bridge.", "The mayor said it was unsafe."],
                 "ar": ["أعلنت الوزارة عن خطة جديدة.", "وقال الوزير إن الخطة ستنفذ."]}
RESIDUE_LINES = {"en": ["Leave a comment", "Back to top", "Share this article", "  Related articles"],
                 "ar": ["اترك تعليقاً", "زر الذهاب إلى الأعلى", "شارك هذا المقال", "\tمقالات ذات صلة  "]}


def _residue_article(lang: str, brk: str):
    line = st.sampled_from(ARTICLE_LINES[lang])
    return st.builds(lambda pre, res, post: brk.join(pre + [res] + post),
                     st.lists(line, min_size=1, max_size=3), st.sampled_from(RESIDUE_LINES[lang]),
                     st.lists(line, max_size=2))


def _check_residue_fix(text: str, lang: str, must_find: bool = True) -> None:
    """The safe fix deletes exactly the residue line. U+2028 is not a line break for the core
    (lines end at \\n, \\r\\n, \\r, as in LSP), so there the residue is inside a line of prose:
    nothing may be flagged that a fix would delete with its neighbour."""
    found = [f for f in ENGINE.check(text, lang=lang).findings
             if f.rule == "RESIDUE001" and f.message_id == "line"]
    assert bool(found) == must_find
    for f in found:
        for s in f.suggestions:
            assert s.safe and s.replacement == ""
            before = text[s.span.start:f.span.start]
            after = text[f.span.end:s.span.end]
            assert s.span.column == 1, (f.span, s.span)
            assert before == "" or (before.isspace() and not re.search(r"[\r\n]", before)), before
            assert re.fullmatch(r"[^\S\r\n]*(?:\r\n|\r|\n)?", after), after


_BREAK_CASES = [
    pytest.param("\n", id="LF"),
    pytest.param("\r\n", id="CRLF"),
    pytest.param("\r", id="CR"),
    pytest.param("\u2028", id="LINE-SEPARATOR"),
]


@pytest.mark.parametrize("brk", _BREAK_CASES)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_residue_fix_deletes_only_the_residue_line(lang, brk):
    @settings(max_examples=40, deadline=None, database=None)
    @given(text=_residue_article(lang, brk))
    def prop(text):
        _check_residue_fix(text, lang, must_find=brk != "\u2028")

    prop()
