"""DATE005: a date whose "last"/"next"/"this month" word does not fit the publication date, a
relative expression ("last week", `الشهر المقبل`) whose attached date does not fit it either, and
an event told as done but dated after it."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from checker import Example, rule
from checker.extractors.publication import dateline_at
from checker.language.matching import alternation, prefixes
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .relative_phrases import attached_date, find_expressions, nearest_weekdays, window


@rule(
    id="DATE005",
    name="relative-date-mismatch",
    severity="warning",
    languages=["*"],
    summary="A date called 'last', 'next' or 'this month', or attached to 'last week', 'tomorrow', "
            "'next month', that does not fit the publication date.",
    messages={
        "relative": "'{word}' does not fit {date} in an article dated {published}.",
        "loose": "'{word}' most often names {nearest} in an article dated {published}; {date} is the one of the week "
                 "before it: name the date alone or say which week.",
        "past": "{date} is called past ('{word}') but falls after the publication date {published}.",
        "future": "{date} is called coming ('{word}') but falls before the publication date {published}.",
        "current": "{date} is said to be in the current month ('{word}') but the article is dated {published}.",
        "done": "'{word} {date}' tells as done an event dated after the publication date {published}.",
    },
    examples=[
        Example("وكانت الحكومة قد أعلنت في مارس الماضي 2019 عن الخطة.", "ar", True, "2018-06-01"),
        Example("وكانت الحكومة قد أعلنت في مارس الماضي عن الخطة.", "ar", False, "2018-06-01"),
        Example("وتبدأ الدراسة في 20 سبتمبر الجاري.", "ar", True, "2018-06-01"),
        Example("وتبدأ الدراسة في 20 يونيو الجاري.", "ar", False, "2018-06-01"),
        Example("The summit was held on 20 March 2019 in Brussels.", "en", True, "2018-06-01"),
        Example("The summit will be held on 20 March 2019 in Brussels.", "en", False, "2018-06-01"),
        Example("The board met last week, on 3 May, to approve the plan.", "en", True, "2018-06-01"),
        Example("The board met last week, on 24 May, to approve the plan.", "en", False, "2018-06-01"),
        Example("وتنطلق البطولة الشهر المقبل، في 20 يونيو.", "ar", True, "2018-06-01"),
        Example("وتنطلق البطولة الشهر المقبل، في 20 يوليو.", "ar", False, "2018-06-01"),
    ],
)
def relative_date_mismatch(ctx, date_mentions):
    """
    ## What it flags
    A date placed relative to the publication date by a word — `الماضي`/"last", `المقبل`/"next",
    `الجاري`/"this month" — that contradicts it: `مارس الماضي 2019` in an article published in
    2018, `20 سبتمبر الجاري` in an article published in June; and an event told as done ("was held
    on", `جرت في`) on a full date after the publication date. Needs the publication date.

    A relative expression — "last week", "next month", "earlier this year", "last Tuesday",
    "tomorrow", "three days ago", `الأسبوع الماضي`, `الشهر المقبل`, `الخميس المقبل`, `أمس`, `قبل
    يومين` — with an explicit date attached to it by a comma, a dash or a bracket ("last week (Sept. 22)"), "on", "in", "between", `في`, `ابتداء
    من`, `وبالضبط يوم`, `منذ`, `انطلاقاً من`, "set for", "beginning", a deadline ("by", `بحلول`), a part of the day ("on the night of", `مساء`,
    `وتحديداً مساء`), two such words ("specifically on", `وعلى وجه التحديد صباح`), a word of stress after the expression
    (`قبل أسبوعين فقط، في العاشر من أيلول`), a place told between them ("next month in Zagreb, in September",
    `الشهر المقبل في زغرب، في أيلول`) or a possessive of up to five words ("next month's world championships in Zagreb,
    in September", "last week - on
    Sept. 2 -", "tomorrow's hearing, set for 9 May", "last week, on the night of Thursday, June 12", `الشهر الماضي، منذ 27
    مارس`), or a day named in a clause of when right after it ("last month, when the gauge
    recorded on Aug. 6", `الشهر الماضي، حين سجّل المقياس في 6 أغسطس`; what happens on it, "next month, once the labels
    arrive on Oct. 20", `الأسبوع القادم مع وصول المدربين يوم 9 فبراير`, "next month, with the big dive trip on April 25",
    `الشهر المقبل، مع رحلة الغوص الكبرى في 25 أبريل`, with or without a comma) or of the occasion it was ("last week at a
    meeting on June 2", "next week, during a safety day on Aug. 30", `الشهر الماضي، آخرهما في 3 فبراير`; what it was said
    in, "last week, in a statement issued on June 16", `الأسبوع الماضي، في بيان صدر يوم 16 حزيران`), or a day written
    before it that commas set off it as an aside ("on the night of Nov. 26, more than three weeks ago, spilling"; not
    `في 6 كانون الثاني، قبل أسبوعين من تنصيبه`, an offset from an event), when the date falls outside what the expression can mean from the
    publication date: "last month, on July 3" published on 11 July, `الأسبوع المقبل، في 8 يناير`
    published on 17 January; "last Friday" is the Friday before publication or that of the week
    before ("last Friday, Jan. 5" published on Wednesday 17 January), "next Friday" likewise, the
    week counted from any day it starts on where the language is written (``week_starts``:
    `الثلاثاء المقبل، 26 أيلول` published on Saturday 16 September is the Tuesday of a week
    starting that Saturday); where only that of the week before fits ("last Tuesday, March 5" of a Thursday, March 14
    story: the nearest Tuesday before it, or before the day of writing, is March 12) the finding is only information,
    since readers take the nearest one (not "next Saturday", as often told of the week after); "this week" is the week of publication so counted, a day either way ("later this week,
    on April 2" of a Thursday, March 27 story); a moment inside the time told may follow a participle ("last month,
    peaking on Sept. 27"); "more than three weeks ago" is any day before the count's, "less than a week ago" any day
    after it; a count forward from the day of writing ("two weeks from today", `بعد أسبوعين من اليوم`; the day may stand before
    it, set off by a comma and a word that restates: `في 9 آذار، أي بعد أسبوعين من اليوم`) is a count of days;
    a count of months back ("two months ago", `قبل شهرين`) may miss by a sixth of its days (not `قبل شهر
    تموز`, before the month named). A season told so ("last spring", `الربيع الماضي`) is the last one over before publication (and the one
    before it while it is that season), "next spring" the next to begin, "this spring" that of the publication year; a
    month of no such season ("last spring, in October", the other hemisphere's) is left alone. A date without a year is read in the publication year unless that
    puts it more than 270 days away (then the nearest year); after "last year"/"next year" it
    takes that year.

    The occasion the day was may carry its own date before its noun ("last week at a May 17 bond hearing":
    `occasions` then a word of `narrative`, then the date).

    ## Why it matters
    Copy reused from an older story keeps its "last" and "next"; the relation word is then
    false and the reader misdates the event.

    ## Example
    `وتبدأ الدراسة في 20 سبتمبر الجاري` in an article published on 1 June.

    ## Not flagged
    A count of four digits after a year word, its noun counted by a smaller figure elsewhere (`هذا العام 1350 عملاً` …
    `16 عملاً`: no year). A relation word on a date without a written year (the year is then read from the word), and
    any date when the publication date is unknown. Relative expressions are read loosely: "last
    week" is any day of the two weeks before publication, "tomorrow" allows a day either side
    (copy written the evening before; not where the dateline dates the report to the publication
    day), "last month" on the first two days of a month also
    covers the month before; "the next month" counts from the story, not from publication, and
    is left alone ("the early hours of last Tuesday" counts from publication), as is a date joined by other words ("last week, the ministry said on 3 May").
    A weekday that does not fit its date is DATE002's.

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    published = ctx.doc.published
    if published is None:
        return
    reported: set[int] = set()
    for m in date_mentions:
        if m.relation is None or m.precision not in ("day", "month"):
            continue
        iv = m.interval()
        if iv is None:
            continue
        word = _relation_word(ctx.doc, m)
        if m.relation == "past" and not m.year_inferred and iv[0] > published:
            kind = "past"
        elif m.relation == "future" and not m.year_inferred and iv[1] < published:
            kind = "future"
        elif m.relation == "current" and m.calendar == "gregorian" and published.month not in m.months \
                and not (published.day <= 3 and (published.month - 2) % 12 + 1 in m.months):
            kind = "current"  # (a story written at the end of the previous month is let through)
        else:
            continue
        ctx.report(kind, m.start, m.end, date=m.text, word=word, published=published.isoformat())
        reported.add(m.start)
    _relative_expressions(ctx, date_mentions, published, reported)
    _past_tense_after_publication(ctx, date_mentions, published)


def _relative_expressions(ctx, date_mentions, published, reported: set[int]) -> None:
    """"last week, on 3 March": a relative expression whose attached date it cannot denote."""
    exprs = find_expressions(ctx.doc)
    if not exprs:
        return
    starts = [m.start for m in date_mentions]
    week_starts = ctx.lexicon.section("relative_dates", {}).get("week_starts", ())
    # a dateline that dates the report to the publication day: its "tomorrow" is the day after, not also
    # the day of copy written the evening before
    dated_today = any(dateline_at(ctx.doc.text, x.start, x.end) and x.precision == "day" and published in x.dates(published)
                      for x in date_mentions)
    for expr, nend in exprs:
        if dated_today and expr.unit == "day" and expr.offset in (-1, 0, 1) and not expr.part:
            expr = replace(expr, slack=0)
        m = attached_date(ctx.doc, expr, nend, date_mentions, starts)
        if m is None or m.start in reported or m.calendar != "gregorian":
            continue
        try:
            cands = _candidates(m, expr, published)
            lo, hi = window(expr, published, week_starts)
        except (OverflowError, ValueError):   # a date past the calendar's ends (years 1 and 9999)
            continue
        if not cands or expr.unit == "season" and not {(expr.weekday + k - 1) % 12 + 1 for k in range(3)} & set(m.months):
            continue   # (a month of no such season: "last spring, in October" of the other hemisphere)
        named = expr.weekday if expr.unit == "weekday" else m.weekday.value if m.weekday is not None else None
        if named is not None and m.precision == "day" and all(a.isoweekday() != named for a, _ in cands):
            continue  # a weekday that does not fit the date: DATE002's finding
        if any(a <= hi and lo <= b for a, b in cands):
            near = nearest_weekdays(expr, published) if expr.unit == "weekday" and expr.offset < 0 and not expr.part else ()
            if near and m.precision == "day" and not any(a <= d <= b for d in near for a, b in cands):
                reported.add(m.start)   # "last Tuesday, March 5" of a Thursday, March 14 story: read loosely it
                #                         fits (the Tuesday of the week before), read strictly it is March 12 ("next
            #                         Saturday" of a Tuesday is as often the Saturday of the week after: left alone)
                ctx.report("loose", min(expr.start, m.start), max(expr.end, m.end), severity="info", date=m.text,
                           word=expr.text, nearest=near[0].isoformat(), published=published.isoformat())
            continue
        reported.add(m.start)
        ctx.report("relative", min(expr.start, m.start), max(expr.end, m.end), date=m.text, word=expr.text,
                   published=published.isoformat())   # (the date may stand before it: "on Nov. 6, last week")


def _candidates(m, expr, published) -> list[tuple[dt.date, dt.date]]:
    """The days the attached date can denote: its written year, else the year the expression
    names ("last year, in March"), else the publication year or the nearest one."""
    if m.precision == "year":
        return [(dt.date(m.year, 1, 1), dt.date(m.year, 12, 31))] if m.year_part is not None else []
    if m.precision not in ("day", "month"):
        return []
    out = []
    for month in m.months:
        if m.year_part is not None:
            year = m.year
        elif expr.unit == "year":
            year = published.year + expr.offset
        else:
            year = _nearest_year(month, m.day, published)
        if m.precision == "day":
            if m.day is None or not 1 <= m.day <= calendar.monthrange(year, month)[1]:
                continue
            d = dt.date(year, month, m.day)
            out.append((d, d))
        else:
            out.append((dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])))
    return out


def _nearest_year(month: int, day: int | None, published: dt.date) -> int:
    """The publication year, unless that puts the date more than 270 days away: then the year
    before or after, whichever is nearer."""
    def distance(year: int) -> int:
        d = dt.date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
        return abs((d - published).days)
    if distance(published.year) <= 270:
        return published.year
    return min((published.year - 1, published.year + 1), key=distance)


@lru_cache(maxsize=32)
def _past_event_rx(lex) -> re.Pattern | None:
    """A verb that tells an event as done, then up to three words and a preposition, ending
    where a date begins: "was held in Brussels on", `جرت الانتخابات في`."""
    d = lex.section("dates", {})
    alts = alternation(d.get("past_events", []))
    if not alts:
        return None
    preps = alternation(d.get("past_event_links", [])) or "(?!x)x"
    stops = alternation(d.get("past_event_stops", [])) or "(?!x)x"   # ("… runs until June 30": an end to come)
    return compiled(rf"(?<![^\W\d_]){prefixes(lex)}(?:{alts})(?:\s+(?!{prefixes(lex)}(?:{stops})(?![^\W\d_]))[^\s\d]+){{0,3}}?"
                    rf"\s+(?:(?:{preps})\s+)?$", re.I)


def _past_tense_after_publication(ctx, date_mentions, published) -> None:
    """An event told as done ("was held on", `جرت في`) dated after the publication date."""
    rx = _past_event_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    for m in date_mentions:
        if m.year_part is None or m.year_inferred or m.form not in ("words", "numeric") or m.precision != "day":
            continue
        iv = m.interval()
        if iv is None or iv[0] <= published:
            continue
        ns = view.from_original(m.lead if m.lead is not None else m.start)
        base = max(0, ns - 40)
        hit = rx.search(view.text[base:ns])
        if hit is None:
            continue
        ws, we = view.to_original(base + hit.start(), base + hit.end())
        ctx.report("done", m.start, m.end, date=m.text, word=" ".join(ctx.text[ws:we].split()),
                   published=published.isoformat())


def _relation_word(doc, m) -> str:
    after = doc.text[m.end:m.end + 20].split()
    before = doc.text[max(0, m.start - 20):m.start].split()
    words = {w for key in ("past", "future", "current") for w in doc.lexicon.section("dates", {}).get(key, [])}
    norm = {normalize_text(w) for w in words}
    for w in after[:1] + before[-1:]:
        if normalize_text(w.strip(",،.")) in norm:
            return w.strip(",،.")
    return m.relation
