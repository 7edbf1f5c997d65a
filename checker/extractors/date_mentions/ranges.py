"""Two dates written as the ends of one period: "between 2015 and 2016", `من 2015 إلى 2016`,
"2015–2016"."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.core.document import Document
from checker.extractors.date_mentions.model import DateRange
from checker.language.lexicon import Lexicon
from checker.language.matching import NEVER, NOT_LETTER_BEFORE, WS, alternation, optional_words, proclitic_prefix

_WORD = re.compile(r"\w")


@lru_cache(maxsize=32)
def _range_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """The range word before the first date (at the end of the text searched) and the gap
    between the two dates (a link word and a year word, or a dash)."""
    d = lex.section("dates", {})
    starts, links = alternation(d.get("range_starts", [])), alternation(d.get("range_links", []))
    if not starts or not links:
        return None
    year_prefixes = optional_words(alternation(d.get("year_prefixes", [])) or NEVER)
    before = re.compile(rf"{NOT_LETTER_BEFORE}{proclitic_prefix(lex)}(?:{starts}){WS}*$")
    gap = re.compile(rf"{WS}*(?:(?:{links}){WS}*{year_prefixes}|[-–—]{WS}*)")
    return before, gap


def extract_date_ranges(doc: Document, facts) -> list[DateRange]:
    """Pairs of adjacent dates, both with their years written, joined as a range."""
    pats = _range_patterns(doc.lexicon)
    if pats is None:
        return []
    before_rx, gap_rx = pats
    view = doc.normalized
    mentions = facts["date_mentions"]
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if a.year_part is None or b.year_part is None or a.calendar != b.calendar:
            continue
        gap = view.text[view.from_original(a.end):view.from_original(b.start)]
        if not gap_rx.fullmatch(gap):
            continue
        if not _WORD.search(gap):
            if a.precision != "year" or b.precision != "year" or gap.strip() != gap:
                continue  # only "2019–2017" written tight is read as a range of years
            out.append(DateRange(a, b, a.start, b.end, "dash"))
            continue
        na = view.from_original(a.start)
        hit = before_rx.search(view.text[max(0, na - 24):na])
        if hit is None:
            continue
        start = view.to_original(max(0, na - 24) + hit.start(), na)[0]
        out.append(DateRange(a, b, start, b.end, "words"))
    return out
