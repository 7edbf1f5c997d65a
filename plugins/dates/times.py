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
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled
from checker.language.sections import Script


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
    dark = alternation(t.get("night", [])) or "(?!x)x"   # (`11:50 ليلاً`: a night's hour)
    marked = (rf"(?<![\d.,:/])(?P<h>\d{{1,2}})(?:[{seps}](?P<m>\d{{2}}))?{WS}*"
              rf"(?:(?P<am>{am})|(?P<pm>{pm})|(?P<dk>{dark})){NOT_LETTER_AFTER}")
    alts.append(marked)
    if before:
        alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{before}){WS}+(?P<h24>\d{{1,2}})[{seps}](?P<m24>\d{{2}})"
                    rf"(?![\d%]|[.,:]\d|{WS}*%|{WS}*(?:{am}|{pm}|{dark}){NOT_LETTER_AFTER})")
    if hours := alternation(list(t.get("hour_words", {}))):   # `العاشرة من مساء الأحد`, `الثالثة فجراً`
        mins = alternation(list(t.get("minute_words", {}))) or "(?!x)x"
        links = alternation(t.get("daypart_links", [])) or "(?!x)x"
        night = alternation(t.get("night", [])) or "(?!x)x"
        alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?P<hw>{hours})(?:{WS}+(?P<mw>{mins}))?{WS}+(?:(?:{links}){WS}+)?"
                    rf"(?:(?P<wam>{am})|(?P<wpm>{pm})|(?P<wn>{night})){NOT_LETTER_AFTER}")
        # with its minutes and no part of the day, read as written, like "8:30" (`في الثامنة والنصف`)
        alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?P<hx>{hours}){WS}+(?P<mx>{mins}){NOT_LETTER_AFTER}")
        if (joined := alternation(t.get("minute_and", []))) and (units := alternation(t.get("minute_units", []))):
            # its minutes in digits (`الثالثة و40 دقيقة`), a part of the day after them or none
            worded = alternation([w for w, v in lex.section("numbers", {}).get("words", {}).items() if 1 <= float(v) <= 59])
            less = alternation(t.get("minute_less", [])) or "(?!x)x"   # (`الثالثة إلا خمس دقائق`: minutes to the hour)
            alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?P<hd>{hours}){WS}+(?:{joined}|(?P<less>{less}){WS}+){WS}*"
                        rf"(?P<md>\d{{1,2}}|{worded or '(?!x)x'}){WS}+(?:{units})"
                        rf"(?:{WS}+(?:(?:{links}){WS}+)?(?:(?P<dam>{am})|(?P<dpm>{pm})|(?P<dn>{night})))?{NOT_LETTER_AFTER}")
    if named := alternation(list(t.get("named", {}))):   # "midnight", `منتصف الليل`
        alts.append(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?P<nm>{named}){NOT_LETTER_AFTER}")
    if zones := alternation(t.get("zones", [])):   # "at 1702 GMT"
        alts.append(rf"(?<![\d.,:/])(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d){WS}*(?:{zones}){NOT_LETTER_AFTER}")
    return compiled("|".join(alts), re.I)


# a time marked am/pm starts where its digits start; one after a prefix word at the word (or its proclitic)
_MARKS = register("dates.times.marks", lambda lex: [*_times(lex).get("am", []), *_times(lex).get("pm", []),
                                                     *_times(lex).get("zones", []), *_times(lex).get("minute_after", [])])
_PREFIXES = register("dates.times.prefixes", lambda lex: [*_times(lex).get("prefixes", []),
                                                           *_times(lex).get("minute_before", [])])
_WORDS = register("dates.times.words", lambda lex: [*_times(lex).get("hour_words", {}), *_times(lex).get("named", {})])


def _times(lex) -> dict:
    return lex.section("times", {})


def extract_times(doc) -> list[TimeOfDay]:
    rx = _pattern(doc.lexicon)
    if rx is None:
        return []
    marked, before, words = keyword_starts(doc, _MARKS), keyword_starts(doc, _PREFIXES), keyword_starts(doc, _WORDS)
    if not marked and not before and not words:
        return []   # neither an am/pm word nor a prefix word nor an hour's name: no time
    places = sorted({*(digits(doc) if marked else ()), *before, *words})
    view = doc.normalized
    out = []
    for m in finditer_at(rx, view.text, places, 1):
        groups = m.groupdict()
        if (g := "mb" if groups.get("mb") else "ma" if groups.get("ma") else None) is not None:
            s, e = view.to_original(m.start(g), m.end(g))
            out.append(TimeOfDay(s, e, doc.text[s:e], int(m.group(g)), clock=False))
            continue
        if groups.get("hw") is not None or groups.get("nm") is not None:
            if (minutes := _worded(doc.lexicon, m)) is None or \
                    groups.get("hw") is not None and _after_noun(doc.lexicon, view.text, m.start()):
                continue   # (not `المرة الثانية مساء الأحد`: an ordinal of the noun before it; a named time,
                #            `الخط المنفجر ظهر اليوم`, is no ordinal)
            ns, ne = m.start("hw" if groups.get("hw") is not None else "nm"), m.end()
        elif groups.get("h") is not None:
            h, mi = int(m.group("h")), int(m.group("m") or 0)
            if not 1 <= h <= 12 or mi > 59:
                continue
            minutes = _at_daypart(h, mi, m.group("am"), m.group("pm"), m.group("dk"))
            ns, ne = m.start("h"), m.end()
        elif groups.get("hx") is not None:
            h, mi = _clock_words(doc.lexicon, m.group("hx"), m.group("mx"))
            if h is None or not mi or _after_noun(doc.lexicon, view.text, m.start()):
                continue
            minutes, ns, ne = h * 60 + mi, m.start("hx"), m.end("mx")
        elif groups.get("hd") is not None:
            h, mi = _clock_words(doc.lexicon, m.group("hd"), "")[0], _minutes(doc.lexicon, m.group("md"))
            if h is None or mi > 59 or _after_noun(doc.lexicon, view.text, m.start()):
                continue
            if m.group("less"):
                h, mi = (h - 2) % 12 + 1, 60 - mi   # five minutes to three: 2:55
            minutes = _at_daypart(h, mi, m.group("dam"), m.group("dpm"), m.group("dn"))
            ns, ne = m.start("hd"), m.end()
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


def _worded(lex, m: re.Match) -> int | None:
    """Minutes after midnight of an hour told in words: its name, its part of the day (the night's
    hours before six are after midnight, twelve is midnight), or a named time ("noon")."""
    t = _times(lex)
    key = " ".join(normalize_text(m.group(0)).split())
    if m.group("nm") is not None:
        return next((v for k, v in t.get("named", {}).items() if normalize_text(k) in key), None)
    h, mi = _clock_words(lex, m.group("hw"), m.group("mw") or "")
    if h is None:
        return None
    return _at_daypart(h, mi, m.group("wam"), m.group("wpm"), m.group("wn"))


def _minutes(lex, told: str) -> int:
    """Minutes told in digits or in a number word (`وخمسين دقيقة`)."""
    if told.isdigit():
        return int(told)
    return _number_words(lex).get(" ".join(normalize_text(told).split()), 60)


@lru_cache(maxsize=32)
def _number_words(lex) -> dict[str, int]:
    """The language's number words, normalised, to their values."""
    return {" ".join(normalize_text(w).split()): int(v) for w, v in lex.section("numbers", {}).get("words", {}).items()}


def _at_daypart(h: int, mi: int, am, pm, night) -> int:
    """Minutes after midnight of hour ``h`` and ``mi`` minutes in a part of the day (none: as written)."""
    if night is not None:
        return (0 if h == 12 else h * 60 + (720 if h >= 6 else 0)) + mi
    if am is None and pm is None:
        return h * 60 + mi
    return (h % 12 + (12 if pm else 0)) * 60 + mi


def _clock_words(lex, hour: str, part: str) -> tuple[int | None, int]:
    """The hour an hour word names (None: none) and the minutes its minute word adds (0: none)."""
    t = _times(lex)
    hour, part = " ".join(normalize_text(hour).split()), normalize_text(part)
    h = next((v for k, v in t.get("hour_words", {}).items() if normalize_text(k) == hour), None)
    return h, next((v for k, v in t.get("minute_words", {}).items() if part and normalize_text(k) == part), 0)


def _after_noun(lex, nt: str, start: int) -> bool:
    """A word with the article right before an hour told in words, other than a time prefix
    (`الساعة`): the hour word is that noun's ordinal."""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    m = re.search(r"([^\W\d_]+)\s+$", nt[max(0, start - 30):start])
    if not article or m is None or m.group(1) in {normalize_text(w) for w in _times(lex).get("prefixes", [])}:
        return False
    lead = (article, *(normalize_text(p) + article for p in lex.proclitics),
            *(normalize_text(c) for _, c in lex.get(Script).contractions))   # `والجولة`, `للمرة`
    return m.group(1).startswith(lead)
