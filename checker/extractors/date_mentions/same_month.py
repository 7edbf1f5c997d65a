"""A day told by the month of the date before it: "on the 14th of the same month", `في 14 من الشهر
نفسه`. The words that say "of the same month" are language data (``[dates] same_month``); the
month and the year are those of the nearest date before it that states a month."""

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
    words, ordinal = d.get("same_month", []), d.get("ordinal_suffixes", [])
    if not words:
        return None
    day_words = {normalize_text(k): int(v) for k, v in d.get("day_words", {}).items()}
    suffix = f"(?:{alternation(ordinal)})?" if ordinal else ""
    named = f"|(?P<word>{alternation(day_words)})" if day_words else ""
    same = alternation([normalize_text(w) for w in words])
    return (compiled(rf"(?<![\d.,/:])(?:(?P<day>[0-3]?\d){suffix}{named}){WS}+(?:{same}){NOT_LETTER_AFTER}"),
            compiled(same), day_words)


def same_month_days(sc, dated: list[DateMention], taken: SpanIndex) -> list[DateMention]:
    """Each "Nth of the same month" after a date that states its month and year."""
    found = _same_month_rx(sc.doc.lexicon)
    if found is None or not dated:
        return []
    rx, probe, day_words = found
    if probe.search(sc.text) is None:
        return []
    out = []
    for m in rx.finditer(sc.text):
        s, e = sc.original(m.start(), m.end())
        if taken.overlaps(s, e):
            continue
        before = [d for d in dated if d.end <= s and d.calendar == "gregorian" and d.year is not None
                  and len(d.months) == 1 and d.precision in ("day", "month")]
        if not before:
            continue
        ref = before[-1]
        day = int(m.group("day")) if m.group("day") else day_words.get(" ".join(m.group("word").split()), 0)
        if not 1 <= day <= calendar.monthrange(ref.year, ref.months[0])[1]:
            continue
        out.append(DateMention(start=s, end=e, text=sc.doc.text[s:e], calendar="gregorian", precision="day",
                               year=ref.year, months=ref.months, day=day, year_inferred=ref.year_inferred))
    return out
