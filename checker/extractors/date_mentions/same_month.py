"""A day told by the month of the date before it: "on the 14th of the same month", `في 14 من الشهر
نفسه`. The words that say "of the same month" are language data (``[dates] same_month``); the
month and the year are those of the nearest date before it that states a month. A day told by the
month of publication ("the 10th of this month", `العاشر من الشهر الجاري`; ``[dates] this_month``)
takes that month."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from checker.extractors.date_mentions.model import DateMention
from checker.extractors.spans import SpanIndex
from checker.language.matching import NOT_LETTER_AFTER, WS, alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


@lru_cache(maxsize=32)
def _same_month_rx(lex) -> tuple[re.Pattern, re.Pattern, dict[str, int]] | None:
    """The pattern of a day (digits, or a day word: `العاشر`) before the words of "the same
    month", the pattern of those words alone (every match of the first holds one: an article
    without them is not scanned for days), and the day words' values."""
    d = lex.section("dates", {})
    words, ordinal, this = d.get("same_month", []), d.get("ordinal_suffixes", []), d.get("this_month", [])
    if not words and not this:
        return None
    day_words = {normalize_text(k): int(v) for k, v in d.get("day_words", {}).items()}
    suffix = f"(?:{alternation(ordinal)})?" if ordinal else ""
    named = f"|(?P<word>{alternation(day_words)})" if day_words else ""
    same = alternation([normalize_text(w) for w in words + this])
    now = f"(?P<this>{alternation([normalize_text(w) for w in this])}){NOT_LETTER_AFTER}|" if this else ""
    other = [normalize_text(w) for w in d.get("past", []) + d.get("future", []) + d.get("current", [])]
    not_other = f"(?!{WS}+(?:{alternation(other)}){NOT_LETTER_AFTER})" if other else ""   # (not "of last month")
    day = rf"(?<![\d.,/:])(?:(?P<day>[0-3]?\d){suffix}{named})"
    return (compiled(rf"{day}{WS}+(?:{now}(?:{same}){not_other}{NOT_LETTER_AFTER})"), compiled(same), day_words)


def same_month_days(sc, dated: list[DateMention], taken: SpanIndex) -> list[DateMention]:
    """Each "Nth of the same month" after a date that states its month and year."""
    found = _same_month_rx(sc.doc.lexicon)
    if found is None or not dated:
        return []
    rx, probe, day_words = found
    if probe.search(sc.text) is None:
        return []
    out = []
    published = sc.doc.published
    for m in rx.finditer(sc.text):
        s, e = sc.original(m.start(), m.end())
        if taken.overlaps(s, e) and not _inside_words(sc, m, dated, s, e):
            continue
        if m.group("this"):   # "the 10th of this month": the month of publication
            if published is None:
                continue
            year, months, inferred = published.year, (published.month,), True
        else:
            before = [d for d in dated if d.end <= s and d.calendar == "gregorian" and d.year is not None
                      and len(d.months) == 1 and d.precision in ("day", "month")]
            if not before:
                continue
            year, months, inferred = before[-1].year, before[-1].months, before[-1].year_inferred
        day = int(m.group("day")) if m.group("day") else day_words.get(" ".join(m.group("word").split()), 0)
        if not 1 <= day <= calendar.monthrange(year, months[0])[1]:
            continue
        out.append(DateMention(start=s, end=e, text=sc.doc.text[s:e], calendar="gregorian", precision="day",
                               year=year, months=months, day=day, year_inferred=inferred))
    return out


def _inside_words(sc, m, dated: list[DateMention], s: int, e: int) -> bool:
    """Whether every date the match overlaps is a month told by its words alone, inside them
    (`الشهر الجاري` of `العاشر من الشهر الجاري`): the day replaces it."""
    ws = sc.original(m.end("day") if m.group("day") else m.end("word"), m.end())[0]
    inside = [d for d in dated if d.start < e and s < d.end]
    return bool(inside) and all(ws <= d.start and d.end <= e and d.day is None for d in inside)
