"""DATE002: a weekday that does not fit its date, or "yesterday, Tuesday" that does not fit the
publication date."""

from __future__ import annotations

import datetime as dt

from checker import Example, rule
from checker.language.calendars import nearest_weekday

from .labels import date_label, weekday_label


def _styled_weekday(lex, written: str, number: int) -> str | None:
    """The name of weekday ``number`` written the way ``written`` is (Arabic with or without the
    article, English full or abbreviated)."""
    names = lex.section("weekdays", {}).get(str(number), [])
    if not names:
        return None
    article = lex.section("script", {}).get("article", "")
    if article and written.startswith(article):
        return next((n for n in names if n.startswith(article)), names[0])
    if written.rstrip(".").isalpha() and len(written.rstrip(".")) <= 4 and len(names) > 1:
        return names[1] + ("." if written.endswith(".") else "")
    return names[0]


@rule(
    id="DATE002",
    name="weekday-date-mismatch",
    severity="error",
    languages=["*"],
    summary="A weekday written with a date that falls on another day, or 'yesterday, Tuesday' that does not fit the publication date.",
    messages={
        "mismatch": "{weekday} does not match {date}, which falls on a {actual}.",
        "mismatch-inferred": "{weekday} does not match {date} (year taken from the publication date), which falls on a {actual}.",
        "relative": "'{written}' does not fit the publication date {published}: {which} was a {actual}.",
        "relative-lag": "'{written}' fits a story written the day before its publication date {published}: counted from that date, {which} was a {actual}.",
    },
    notes={
        "falls-on": "falls on a {weekday}",
        "write-weekday": "if the date is right, write {weekday}",
        "write-date": "if {weekday} is right, the date is {date}",
        "relative-was": "{which} was {weekday}",
    },
    examples=[
        Example("وعقد الاجتماع يوم الأحد 14 أكتوبر 2018 في الرياض.", "ar", False),
        Example("وعقد الاجتماع يوم الاثنين 14 أكتوبر 2018 في الرياض.", "ar", True),
        Example("The council met on Monday, March 5, 2018.", "en", False),
        Example("The council met on Tuesday, March 5, 2018.", "en", True),
        Example("وقال الوزير أمس الأربعاء إن الاتفاق سيوقع.", "ar", True, "2018-03-02"),
        Example("وقال الوزير أمس الأربعاء إن الاتفاق سيوقع.", "ar", False, "2018-03-01"),
    ],
)
def weekday_date_mismatch(ctx, date_mentions, relative_days):
    """
    ## What it flags
    A weekday attached to a full date (`الأحد 14 أكتوبر 2018`, `Monday, March 5, 2018`,
    `يوم الاثنين الموافق 5 مارس`, `5 مارس (الاثنين)`, "on Oct. 9, a Thursday,", numeric dates, Hijri dates) when the date
    falls on another day of the week. When the year is not written it is taken from the
    publication date (the nearest year, or the nearest on the side that "last"/`الماضي` states;
    an event told as done, "was killed on Monday, March 4", `جرت في`, takes the last such date,
    never one after publication) and the finding is a warning. Also a weekday given for yesterday, today or tomorrow
    (`أمس الأربعاء`, "yesterday, Tuesday"), or for two days either way ("the day after tomorrow,
    Saturday", `بعد غد السبت`, `أول أمس الثلاثاء`), that does not fit the publication date, also
    when a date written with it fits the weekday ("yesterday, Sunday June 9" in an article of
    Tuesday 11 June; `أمس الأحد 9 جوان`).

    ## Why it matters
    A weekday and a date that disagree leave the reader unsure when something happened; it is
    one of the commonest slips in copy updated from an earlier day's story.

    ## Example
    `وعقد الاجتماع يوم الاثنين 14 أكتوبر 2018` — 14 October 2018 was a Sunday. The suggestions
    offer the right weekday, or the nearest date that falls on the weekday written.

    ## Not flagged
    A correct weekday, a date whose year is neither written nor inferable (no publication date),
    a day and month written in an order that cannot be told (`03/04/2018` in English), and a
    gloss pair whose halves disagree (DATE001 reports those) when the weekday fits either month.
    """
    lex = ctx.lexicon
    for m in date_mentions:
        if m.weekday is None or m.precision != "day":
            continue
        dates = m.dates(ctx.doc.published)
        if not dates or any(d.isoweekday() == m.weekday.value for d in dates):
            continue
        actual = min(dates, key=lambda d: (d.year != m.year, d))
        wd = m.weekday
        suggestions = []
        name = _styled_weekday(lex, wd.text, actual.isoweekday())
        if name:
            suggestions.append(ctx.suggestion(wd.start, wd.end, name, f"if the date is right, write {name}"))
        near = nearest_weekday(actual, wd.value)
        if m.day_part is not None and near.month == actual.month and m.calendar == "gregorian":
            digits = str(near.day)
            if m.day_part.text.isdigit() and not m.day_part.text.isascii():
                digits = "".join(chr(ord(c) - 48 + 0x0660) for c in digits)  # keep Arabic-Indic digits
            suggestions.append(ctx.suggestion(m.day_part.start, m.day_part.end, digits,
                                              f"if {weekday_label(wd.value)} is right, the date is {date_label(near)}"))
        ctx.report("mismatch-inferred" if m.year_inferred else "mismatch", wd.start, wd.end,
                   related=[ctx.related(m.start, m.end, f"falls on a {weekday_label(actual.isoweekday())}")],
                   suggestions=suggestions, severity="warning" if m.year_inferred else None,
                   confidence=0.7 if m.year_inferred else 0.95,
                   weekday=wd.text, date=date_label(actual), actual=weekday_label(actual.isoweekday()))
    published = ctx.doc.published
    if published is None:
        return
    # A weekday with its own date is checked against that date above; one that fits its date is
    # still checked against the day word ("yesterday, Sunday 9 June" published on Tuesday 11).
    dated = {m.weekday.start for m in date_mentions if m.weekday is not None and m.precision == "day"
             and not any(d.isoweekday() == m.weekday.value for d in m.dates(published))}
    for r in relative_days:
        try:
            target = published + dt.timedelta(days=r.offset)
        except OverflowError:   # published on the calendar's first or last day: no such day
            continue
        if r.weekday is None or r.weekday.value == target.isoweekday() or r.weekday.start in dated:
            continue
        # Written the evening before a publication date taken from the next day's edition or
        # feed: a common and harmless lag, reported for information only.
        lag = r.weekday.value == (target.isoweekday() - 2) % 7 + 1   # the day before's, on 0001-01-01 too
        which = {-2: "the day before yesterday", -1: "yesterday", 0: "today", 1: "tomorrow",
                 2: "the day after tomorrow"}[r.offset]
        name = _styled_weekday(lex, r.weekday.text, target.isoweekday())
        fix = [ctx.suggestion(r.weekday.start, r.weekday.end, name, f"{which} was {name}")] if name else []
        ctx.report("relative-lag" if lag else "relative", r.weekday.start, r.weekday.end, suggestions=fix,
                   severity="info" if lag else "warning", confidence=0.3 if lag else 0.6,
                   written=_closed(r.text), published=published.isoformat(), which=which,
                   actual=weekday_label(target.isoweekday()))


_CLOSING = {"(": ")", "[": "]", "﴾": "﴿"}


def _closed(text: str) -> str:
    """"yesterday (Sunday" as the message quotes it: "yesterday (Sunday)", the bracket the
    match stopped inside closed."""
    for opening, closing in _CLOSING.items():
        if text.count(opening) > text.count(closing):
            text += closing
    return text
