"""Digits that are no quantity: a year, a time or a score, an ordinal, part of a phone number; words
that hold a number word after a proclitic but are words of their own."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.plurals import plural_noun
from checker.language.matching import WS, alternation, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_YEAR, _ORDINAL = compiled(r"\d{4}"), compiled(r"(?:st|nd|rd|th)\b")
_PHONE_BEFORE, _PHONE_AFTER = compiled(r"\d[\d\s]{6,}$"), compiled(r"[\s]?\d{3,}")
_NEXT_WORD = re.compile(r"[^\S\n]{1,3}([^\W\d_]{3,})(?![^\W\d_])")


def not_a_quantity(text: str, s: int, e: int, written: str, value: float, unit: bool = False) -> bool:
    before, after = text[max(0, s - 2):s], text[e:e + 2]
    if _YEAR.fullmatch(written) and 1900 <= value <= 2100 and not unit:
        return True  # a year ("2000 tonnes", with its unit after, is a quantity)
    if after[:1] in (":", "-", "–", "/") and after[1:2].isdigit() or before[-1:] in (":", "-", "–", "/") and before[-2:-1].isdigit():
        return True  # a time, a score, a range of numbers written as one
    if _ORDINAL.match(text[e:e + 3]):
        return True  # an ordinal
    if _PHONE_BEFORE.search(text[max(0, s - 12):s]) or _PHONE_AFTER.match(after + text[e + 2:e + 6]):
        return True  # part of a phone number or a code
    return False


def not_number_words(q: dict, alt) -> str:
    """A pattern that refuses the words of ``[quantities] not_numbers``: words of their own that
    read as a proclitic and a number word (`كمية`, "a quantity", is not `ك` + `مية`, "as a
    hundred")."""
    words = q.get("not_numbers", [])
    return rf"(?!(?:{alt(words)})(?![^\W\d_]))" if words else ""


@lru_cache(maxsize=32)
def _definite_word(lex) -> re.Pattern | None:
    """A number word with the article, ending a text: `الأربعة` before `عشر` (or an ordinal's unit:
    `الخامسة` before `عشرة`)."""
    q, article = lex.section("quantities", {}), normalize_text(lex.section("script", {}).get("article", ""))
    words = list(dict.fromkeys(phrase_key(w).split()[0] for w in [*q.get("words", {}), *q.get("ordinal_units", [])]))
    #   (the first word of a compound too: `الاثني` before `عشر`)
    if not article or not words:
        return None
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    return compiled(rf"(?<![^\W\d_])(?:[{pro}])?{re.escape(article)}(?:{alternation(words)})\s+$" if pro else
                    rf"(?<![^\W\d_]){re.escape(article)}(?:{alternation(words)})\s+$")


def ends_definite_number(lex, nt: str, start: int) -> bool:
    """Whether a number word at ``start`` ends a definite compound number (`الأربعة عشر`, "the
    fourteen"): told with the word before it, no count of its own."""
    rx = _definite_word(lex)
    return rx is not None and rx.search(nt, max(0, start - 20), start) is not None


def counted_year(lex, text: str, start: int, end: int) -> bool:
    """A number that could be a year (``start:end`` of the normalised ``text``) before a noun it
    counts, after a word that makes a figure approximate or a bound ("about 2100 workers", `نحو
    2100 عامل`) or where the text counts that noun with another figure ("1,800 workers" … "we are
    2100 workers"): a plural noun, or any word but a stopword where counts take a singular one.
    Not "around 2020, when", nor "since about 2010 prices" (a word of dates before the qualifier)."""
    qualifier, dated, stop = _count_data(lex)
    if (after := _NEXT_WORD.match(text, end)) is None:
        return False
    q = qualifier.search(text, max(0, start - 30), start) if qualifier is not None else None
    if q is None or dated is not None and dated.search(text, max(0, q.start() - 20), q.start()):
        if after.group(1) not in _counted_words(text) and after.group(1) not in _counted_by_words(lex, text):
            return False   # (no qualifier: a count only where the text counts that noun with another figure,
            #              in digits or in words: `ألفاً ومئتي مزارع` … `2100 مزارع`)
    if lex.section("quantities", {}).get("plurals", {}).get("counts_singular", False):
        return after.group(1) not in stop
    return plural_noun(lex, after.group(1))


@lru_cache(maxsize=8)
def _counted_words(text: str) -> frozenset[str]:
    """The words a figure that is no year counts in ``text`` ("1,800 workers" beside "2100
    workers"; `1800 عامل` beside `2100 عامل`), read once per text."""
    out = set()
    for m in _FIGURE_WORD.finditer(text):
        digits = m.group(1).replace(",", "").rstrip(".")
        if digits.replace(".", "", 1).isdigit() and not (len(digits) == 4 and 1900 <= float(digits) <= 2100):
            out.add(m.group(2))
    return frozenset(out)


@lru_cache(maxsize=32)
def _word_count_rx(lex) -> re.Pattern | None:
    """A count written in words (maybe joined: `ألفاً ومئتي`) and the word after it."""
    words = lex.section("quantities", {}).get("words", {})
    if not words:
        return None
    num = "|".join(re.escape(normalize_text(w)) for w in sorted(words, key=len, reverse=True))
    join = "|".join(re.escape(normalize_text(j)) for j in lex.section("quantities", {}).get("joiners", [])) or "(?!x)x"
    return compiled(rf"(?<![^\W\d_])(?:{num})(?:[^\S\n]+(?:{join})?(?:{num}))*[^\S\n]{{1,3}}([^\W\d_]{{3,}})(?![^\W\d_])")


@lru_cache(maxsize=8)
def _counted_by_words(lex, text: str) -> frozenset[str]:
    """The words a count written in words counts in ``text`` (`ألفاً ومئتي مزارع`, "twelve hundred
    farmers"), read once per text."""
    rx = _word_count_rx(lex)
    return frozenset(m.group(1) for m in rx.finditer(text)) if rx is not None else frozenset()


_FIGURE_WORD = compiled(r"(?<![\d.,])(\d[\d,.]*)[^\S\n]{1,3}([^\W\d_]{3,})(?![^\W\d_])")


@lru_cache(maxsize=32)
def _count_data(lex) -> tuple[re.Pattern | None, re.Pattern | None, frozenset[str]]:
    """The qualifiers of figures; the words of dates before one ("since", `منذ`); the stopwords."""
    def alt(words):
        return "|".join(re.escape(normalize_text(w)) for w in sorted(words, key=len, reverse=True))
    d, m = lex.section("dates", {}), lex.section("months", {})
    quals = alt(w for ws in lex.section("quantities", {}).get("qualifiers", {}).values() for w in ws)
    dated = alt([*d.get("since", []), *d.get("until", []), *d.get("year_prefixes", []), *m.get("capitalised_after", [])])
    return (compiled(rf"(?<![^\W\d_])(?:{quals})[^\S\n]{{1,3}}$") if quals else None,
            compiled(rf"(?<![^\W\d_])(?:{dated})[^\S\n]{{1,3}}$") if dated else None,
            frozenset(normalize_text(w) for w in lex.section("stopwords", {}).get("words", [])))


_TWO_WORDS = compiled(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")
WORD, FIRST_WORD = compiled(r"[^\W\d_]+"), compiled(rf"{WS}*([^\W\d_]+)")   # a word; the first after spaces


def attributive(p, nt: str, end: int) -> bool:
    """A sum used as a modifier: two words after it, neither a stopword ("£23m repair plan")."""
    words = _TWO_WORDS.match(nt, end)
    return words is not None and not {words.group(1), words.group(2)} & p.not_group


def group_after(p, nt: str, end: int, thing_end: int | None) -> str | None:
    """The named group a figure counts: the word right after it when that is neither a class
    word nor a word for people in general ("8 جنود", "300 workers"), or the group after "among"
    following its class word ("ثمانية قتلى بين الجنود")."""
    if thing_end is not None and p.among is not None and thing_end >= end:
        m = p.among.match(nt, thing_end)
        if m:
            w = WORD.match(nt[m.end() - 1:m.end() + 30])
            return w.group() if w else None
    w = FIRST_WORD.match(nt[end:end + 40])
    if not w:
        return None
    word = w.group(1)
    if word in p.generic or word in p.thing_class or word in p.not_group or \
            (p.things is not None and p.things.fullmatch(word)):
        return None
    return word
