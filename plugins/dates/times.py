"""Times of day: "3.12am", "3:12 a.m.", "at 15:30", `الساعة 3:12 فجراً`, as minutes after
midnight. The words (am/pm markers, the prefixes a 24-hour time needs) are the ``[times]``
language data of ``data/<lang>/chronology.toml``. A number is read as a time only with an am/pm
word after it or a time prefix before it and minutes written, so that "3.12 percent" or a score
"3:1" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.keywords import digits, finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.matching import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WS, alternation, prefixes
from checker.language.regexes import compiled


@dataclass(frozen=True)
class TimeOfDay:
    start: int
    end: int
    text: str
    minutes: int
    clock: bool = True   # a time of day; else the minute of a match ("in the 74th minute")


@lru_cache(maxsize=32)
def _pattern(lex) -> re.Pattern | None:
    t = lex.section("times", {})
    am, pm, before = alternation(t.get("am", [])), alternation(t.get("pm", [])), alternation(t.get("prefixes", []))
    if not (am and pm):
        return None
    alts = []
    if mb := alternation(t.get("minute_before", [])):   # `في الدقيقة 34`
        alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{mb}){WS}+(?P<mb>\d{{1,3}})(?![\d.,:%+])")   # (not `90+2`)
    if (ma := alternation(t.get("minute_after", []))) and (od := alternation(t.get("ordinal_suffixes", []))):
        alts.append(rf"(?<![\d.,:/+])(?P<ma>\d{{1,3}})(?:{od}){WS}+(?:{ma}){NOT_LETTER_AFTER}")   # "74th minute" (not "90+3rd")
    seps = "".join(re.escape(s) for s in t.get("separators", [":"]))
    marked = (rf"(?<![\d.,:/])(?P<h>\d{{1,2}})(?:[{seps}](?P<m>\d{{2}}))?{WS}*"
              rf"(?:(?P<am>{am})|(?P<pm>{pm})){NOT_LETTER_AFTER}")
    alts.append(marked)
    if before:
        alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{before}){WS}+(?P<h24>\d{{1,2}})[{seps}](?P<m24>\d{{2}})"
                    rf"(?![\d%]|[.,:]\d|{WS}*%|{WS}*(?:{am}|{pm}){NOT_LETTER_AFTER})")
    if zones := alternation(t.get("zones", [])):   # "at 1702 GMT"
        alts.append(rf"(?<![\d.,:/])(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d){WS}*(?:{zones}){NOT_LETTER_AFTER}")
    return compiled("|".join(alts), re.I)


# a time marked am/pm starts where its digits start; one after a prefix word at the word (or its proclitic)
_MARKS = register("dates.times.marks", lambda lex: [*_times(lex).get("am", []), *_times(lex).get("pm", []),
                                                     *_times(lex).get("zones", []), *_times(lex).get("minute_after", [])])
_PREFIXES = register("dates.times.prefixes", lambda lex: [*_times(lex).get("prefixes", []),
                                                           *_times(lex).get("minute_before", [])])


def _times(lex) -> dict:
    return lex.section("times", {})


def extract_times(doc) -> list[TimeOfDay]:
    rx = _pattern(doc.lexicon)
    if rx is None:
        return []
    marked, before = keyword_starts(doc, _MARKS), keyword_starts(doc, _PREFIXES)
    if not marked and not before:
        return []   # neither an am/pm word nor a prefix word: no time
    places = sorted({*(digits(doc) if marked else ()), *before})
    view = doc.normalized
    out = []
    for m in finditer_at(rx, view.text, places, 1):
        groups = m.groupdict()
        if (g := "mb" if groups.get("mb") else "ma" if groups.get("ma") else None) is not None:
            s, e = view.to_original(m.start(g), m.end(g))
            out.append(TimeOfDay(s, e, doc.text[s:e], int(m.group(g)), clock=False))
            continue
        if groups.get("h") is not None:
            h, mi = int(m.group("h")), int(m.group("m") or 0)
            if not 1 <= h <= 12 or mi > 59:
                continue
            minutes = (h % 12 + (12 if m.group("pm") else 0)) * 60 + mi
            ns, ne = m.start("h"), m.end()
        elif groups.get("hz") is not None:
            minutes, ns, ne = int(m.group("hz")) * 60 + int(m.group("mz")), m.start("hz"), m.end("mz")
        else:
            h, mi = int(m.group("h24")), int(m.group("m24"))
            if h > 23 or mi > 59:
                continue
            minutes = h * 60 + mi
            ns, ne = m.start("h24"), m.end("m24")
        s, e = view.to_original(ns, ne)
        out.append(TimeOfDay(s, e, doc.text[s:e], minutes))
    return out
