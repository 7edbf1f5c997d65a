"""DATE003: a Hijri date and its stated Gregorian equivalent that do not convert to each other."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from checker import Example, rule
from checker.language.calendars import gregorian_to_hijri, hijri_to_gregorian
from checker.language.matching import NEVER, alternation
from checker.language.regexes import compiled

from .labels import date_label


@lru_cache(maxsize=32)
def _gap_links(lex) -> re.Pattern:
    words = lex.section("dates", {}).get("equivalence_links", [])
    alts = alternation(words, space=r"\ ") or NEVER
    return compiled(rf"[\s,،\-–/(]*(?:(?:{alts})[\s(]*)?", re.I)


@rule(
    id="DATE003",
    name="hijri-gregorian-mismatch",
    severity="error",
    languages=["*"],
    summary="A Hijri date and the Gregorian date given as its equivalent do not convert to each other.",
    messages={
        "mismatch": "{hijri} is {converted} (Umm al-Qura calendar), not {gregorian}: {days} days apart.",
    },
    notes={
        "hijri-date": "Hijri date: {date} in the Gregorian calendar",
        "gregorian-given": "the Gregorian date given",
        "gregorian-given-hijri": "the Gregorian date given: {hijri} in the Hijri calendar",
        "hijri-right": "if the Hijri date is right, the Gregorian date is {date}",
    },
    examples=[
        Example("وذلك يوم 15 جمادى الأولى 1447 هـ الموافق 6 نوفمبر 2025.", "ar", False),
        Example("وذلك يوم 15 جمادى الأولى 1447 هـ الموافق 16 نوفمبر 2025.", "ar", True),
        Example("The decree is dated 1 Ramadan 1446 AH (1 March 2025).", "en", False),
        Example("The decree is dated 1 Ramadan 1446 AH (1 April 2025).", "en", True),
    ],
)
def hijri_gregorian_mismatch(ctx, date_mentions):
    """
    ## What it flags
    A Hijri date followed by the Gregorian date given as its equivalent — `15 جمادى الأولى
    1447 هـ الموافق 6 نوفمبر 2025`, `1 Ramadan 1446 AH (1 March 2025)`, either order — when
    the two are more than one day apart on the Umm al-Qura calendar. One day either way is
    allowed: the month may begin a day earlier or later where it starts with the sighting of the
    moon.

    ## Why it matters
    A reader who checks one against the other finds the article wrong, and one of the two dates
    is likely a slip carried over from another story.

    ## Example
    `15 جمادى الأولى 1447 هـ الموافق 16 نوفمبر 2025` — 15 Jumada al-Ula 1447 is 6 November 2025.

    ## Not flagged
    Pairs one day apart, dates outside the converter's range (1343–1500 AH), and a Gregorian date
    with no year written, which is compared on day and month only.
    """
    links = _gap_links(ctx.lexicon)
    for a, b in zip(date_mentions, date_mentions[1:]):
        if {a.calendar, b.calendar} != {"hijri", "gregorian"} or a.precision != "day" or b.precision != "day":
            continue
        gap = ctx.doc.normalized_slice(a.end, b.start)
        if not links.fullmatch(gap):
            continue
        h, g = (a, b) if a.calendar == "hijri" else (b, a)
        if h.year is None or h.day is None:
            continue
        converted = hijri_to_gregorian(h.year, h.month, h.day)
        if converted is None:
            continue
        candidates = []
        for month in g.months:
            years = [g.year] if not g.year_inferred and g.year else [converted.year - 1, converted.year, converted.year + 1]
            for y in years:
                try:
                    candidates.append(dt.date(y, month, g.day))
                except (ValueError, TypeError):
                    pass
        if not candidates:
            continue
        best = min(candidates, key=lambda d: abs((d - converted).days))
        days = abs((best - converted).days)
        if days <= 1:
            continue
        start, end = min(a.start, b.start), max(a.end, b.end)
        fix = []
        if g.day_part is not None and not g.year_inferred and g.year_part is not None and len(g.months) == 1 \
                and best.year == converted.year:
            fix.append(ctx.suggestion(g.start, g.end, f"{converted.day} {g.month_parts[0].text} {converted.year}"
                                      if converted.month == g.month else date_label(converted),
                                      f"if the Hijri date is right, the Gregorian date is {date_label(converted)}"))
        back = gregorian_to_hijri(best)
        ctx.report("mismatch", start, end,
                   related=[ctx.related(h.start, h.end, f"Hijri date: {date_label(converted)} in the Gregorian calendar"),
                            ctx.related(g.start, g.end, "the Gregorian date given" + (
                                f": {back[2]}/{back[1]}/{back[0]} in the Hijri calendar" if back else ""))],
                   suggestions=fix, hijri=h.text, converted=date_label(converted),
                   gregorian=date_label(best) if not g.year_inferred else f"{best.day} {calendar.month_name[best.month]}",
                   days=days)
