"""Date rules.

DATE001 a month glossed in two naming systems whose halves disagree; DATE002 a weekday that does
not fit its date (or "yesterday, Tuesday" that does not fit the publication date); DATE003 a
Hijri date and its stated Gregorian equivalent that do not convert to each other; DATE004 a range
whose end comes before its start; DATE005 a date whose "last"/"next"/"this month" word does not
fit the publication date; DATE006 an age or an elapsed time that does not fit the year it names
(:mod:`.durations`); DATE007 two dated events told in an order their years contradict; DATE008
one once-only event given two incompatible dates (:mod:`.events`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from checker import Example, Extractor, data_files, hookimpl, rule
from checker.language.calendars import gregorian_to_hijri, hijri_to_gregorian, nearest_weekday
from checker.language.matching import alternation, prefixes, word_regex
from checker.language.normalize import normalize_text

from .durations import elapsed_time_mismatch, extract_ages, extract_elapsed
from .events import extract_events, same_event_two_dates

@rule(
    id="DATE001",
    name="month-pair-mismatch",
    severity="error",
    languages=["ar"],
    summary="A month written in two naming systems (تشرين الثاني/نوفمبر) whose halves name different months.",
    messages={
        "mismatch": "'{a}' is {a_month} but '{b}' is {b_month}: the two names of this month disagree.",
        "same-system": "'{a}' ({a_month}) and '{b}' ({b_month}) are given as one month but name different months.",
    },
    examples=[
        Example("بدأ التعاون في تشرين الثاني/ديسمبر الماضي.", "ar", True),
        Example("أعلنت الوزارة في 3 أبريل (آذار) 2024 عن خطة جديدة.", "ar", True),
        Example("وقعت الهجمات في حزيران/ يونيو الماضي.", "ar", False),
        Example("قصفت إسرائيل مفاعل تموز العراقي في يونيو 1981.", "ar", False),
        Example("جرت الانتخابات في 12 كانون الأول (ديسمبر) 2023.", "ar", False),
    ],
    options={"same_system": True},
)
def month_pair_mismatch(ctx, month_pairs):
    """
    ## What it flags
    Arabic copy often glosses a month with its name in a second system: the Syriac
    (Levantine) name and the transliterated Gregorian one, `تشرين الثاني/نوفمبر`,
    `نيسان (أبريل)`, `يوليو/ تموز`, or with a plain space, `أبريل نيسان`; Maghrebi names
    (`جانفي`, `أوت`) count as Gregorian. The rule flags a pair whose two halves are different
    months, in any order and with any of those separators, also when a digit touches a name
    (`8أغسطس/تموز`) or one half is misspelt by a letter (`يوينو/تموز`). A pair of two names of the same
    system given as one month (`كانون الأول (تشرين الثاني)`) is flagged as a warning; two
    consecutive months of one system joined by a slash (`تموز/آب`) are read as a range.

    ## Why it matters
    The reader cannot tell which month is meant, and every date built on it is in doubt.
    Neither half can be corrected automatically: the suggestions offer both corrections.

    ## Example
    `بدأ التعاون في تشرين الثاني/ديسمبر الماضي` — تشرين الثاني is November, ديسمبر is December.

    ## Not flagged
    `حزيران/ يونيو` (both June), `مفاعل تموز` (a reactor, not a gloss pair), a month followed by
    a different word, and months of one system listed with a space or a dash (`مايو يونيو`,
    `يناير-مارس`).

    ## Options
    `same_system` (default true): also report two names of one system given as one month.
    """
    lex = ctx.lexicon
    for pair in month_pairs:
        a, b = pair.first, pair.second
        numbers_a = {n for n, _ in a.candidates}
        numbers_b = {n for n, _ in b.candidates}
        if numbers_a & numbers_b:
            continue
        if not pair.cross and (not ctx.options["same_system"] or
                               (pair.form == "slash" and (a.number % 12) + 1 == b.number)):
            continue
        a_label, b_label = calendar.month_name[a.number], calendar.month_name[b.number]
        fix_a = lex.month_name(b.number, a.system)
        fix_b = lex.month_name(a.number, b.system)
        suggestions = []
        if fix_a:
            suggestions.append(ctx.suggestion(a.start, a.end, fix_a, f"if {b_label} is meant, write {fix_a}"))
        if fix_b:
            suggestions.append(ctx.suggestion(b.start, b.end, fix_b, f"if {a_label} is meant, write {fix_b}"))
        related = [ctx.related(a.start, a.end, f"{a.system} name of {a_label}"),
                   ctx.related(b.start, b.end, f"{b.system} name of {b_label}")]
        message_id = "mismatch" if pair.cross else "same-system"
        ctx.report(message_id, pair.start, pair.end, related=related, suggestions=suggestions,
                   severity=None if pair.cross else "warning",
                   a=a.text, b=b.text, a_month=a_label, b_month=b_label)


def _date_label(d: dt.date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _weekday_label(n: int) -> str:
    return calendar.day_name[n - 1]


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
    `يوم الاثنين الموافق 5 مارس`, `5 مارس (الاثنين)`, numeric dates, Hijri dates) when the date
    falls on another day of the week. When the year is not written it is taken from the
    publication date (the nearest year, or the nearest on the side that "last"/`الماضي` states)
    and the finding is a warning. Also a weekday given for yesterday, today or tomorrow
    (`أمس الأربعاء`, "yesterday, Tuesday") that does not fit the publication date.

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
                                              f"if {_weekday_label(wd.value)} is right, the date is {_date_label(near)}"))
        ctx.report("mismatch-inferred" if m.year_inferred else "mismatch", wd.start, wd.end,
                   related=[ctx.related(m.start, m.end, f"falls on a {_weekday_label(actual.isoweekday())}")],
                   suggestions=suggestions, severity="warning" if m.year_inferred else None,
                   confidence=0.7 if m.year_inferred else 0.95,
                   weekday=wd.text, date=_date_label(actual), actual=_weekday_label(actual.isoweekday()))
    published = ctx.doc.published
    if published is None:
        return
    dated = {m.weekday.start for m in date_mentions if m.weekday is not None and m.precision == "day"}
    for r in relative_days:
        target = published + dt.timedelta(days=r.offset)
        if r.weekday is None or r.weekday.value == target.isoweekday() or r.weekday.start in dated:
            continue  # a weekday with its own date is checked against that date above
        # Written the evening before a publication date taken from the next day's edition or
        # feed: a common and harmless lag, reported for information only.
        lag = r.weekday.value == (target - dt.timedelta(days=1)).isoweekday()
        which = {-1: "yesterday", 0: "today", 1: "tomorrow"}[r.offset]
        name = _styled_weekday(lex, r.weekday.text, target.isoweekday())
        fix = [ctx.suggestion(r.weekday.start, r.weekday.end, name, f"{which} was {name}")] if name else []
        ctx.report("relative-lag" if lag else "relative", r.weekday.start, r.weekday.end, suggestions=fix,
                   severity="info" if lag else "warning", confidence=0.3 if lag else 0.6,
                   written=r.text, published=published.isoformat(), which=which,
                   actual=_weekday_label(target.isoweekday()))


@lru_cache(maxsize=32)
def _gap_links(lex) -> re.Pattern:
    words = lex.section("dates", {}).get("equivalence_links", [])
    alts = "|".join(sorted((re.escape(normalize_text(w)) for w in words), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"[\s,،\-–/(]*(?:(?:{alts})[\s(]*)?", re.I)


@rule(
    id="DATE003",
    name="hijri-gregorian-mismatch",
    severity="error",
    languages=["*"],
    summary="A Hijri date and the Gregorian date given as its equivalent do not convert to each other.",
    messages={
        "mismatch": "{hijri} is {converted} (Umm al-Qura calendar), not {gregorian}: {days} days apart.",
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
    view = ctx.doc.normalized
    for a, b in zip(date_mentions, date_mentions[1:]):
        if {a.calendar, b.calendar} != {"hijri", "gregorian"} or a.precision != "day" or b.precision != "day":
            continue
        gap = view.text[view.from_original(a.end):view.from_original(b.start)]
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
                                      if converted.month == g.month else _date_label(converted),
                                      f"if the Hijri date is right, the Gregorian date is {_date_label(converted)}"))
        back = gregorian_to_hijri(best)
        ctx.report("mismatch", start, end,
                   related=[ctx.related(h.start, h.end, f"Hijri date: {_date_label(converted)} in the Gregorian calendar"),
                            ctx.related(g.start, g.end, "the Gregorian date given" + (
                                f": {back[2]}/{back[1]}/{back[0]} in the Hijri calendar" if back else ""))],
                   suggestions=fix, hijri=h.text, converted=_date_label(converted),
                   gregorian=_date_label(best) if not g.year_inferred else f"{best.day} {calendar.month_name[best.month]}",
                   days=days)


@rule(
    id="DATE004",
    name="inverted-date-range",
    severity="warning",
    languages=["*"],
    summary="A range of dates or years whose end comes before its start ('between 2019 and 2017').",
    messages={"inverted": "This range runs backwards: {last} comes before {first}."},
    examples=[
        Example("وبلغ التنظيم أوج قوته بين عامي 2016 و2015.", "ar", True),
        Example("Output rose steadily from 2019 to 2017, the ministry said.", "en", True),
        Example("وبلغ التنظيم أوج قوته بين عامي 2015 و2016.", "ar", False),
        Example("Output rose steadily from 2017 to 2019, the ministry said.", "en", False),
    ],
)
def inverted_date_range(ctx, date_ranges):
    """
    ## What it flags
    A range whose second end comes before its first: `بين عامي 2016 و2015`, "from 2019 to 2017",
    `من مارس 2019 إلى يناير 2018`, "2019–2017". Both ends must have their years written.

    ## Why it matters
    One of the two years is almost always mistyped, and every figure said to fall in the period
    is then in doubt.

    ## Example
    `وبلغ التنظيم أوج قوته بين عامي 2016 و2015`.

    ## Not flagged
    Forward ranges, ranges of months without years that run over a new year ("from November to
    February"), and a pair of years that is not a range (a list, a score).
    """
    for r in date_ranges:
        a, b = r.first, r.second
        ia, ib = a.interval(), b.interval()
        if ia is None or ib is None or ib[1] >= ia[0]:
            continue
        ctx.report("inverted", a.start, b.end,
                   related=[ctx.related(a.start, a.end, "start of the range"), ctx.related(b.start, b.end, "end of the range")],
                   first=a.text, last=b.text)


@rule(
    id="DATE005",
    name="relative-date-mismatch",
    severity="warning",
    languages=["*"],
    summary="A date called 'last', 'next' or 'this month' that does not fit the publication date.",
    messages={
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
    ],
)
def relative_date_mismatch(ctx, date_mentions):
    """
    ## What it flags
    A date placed relative to the publication date by a word — `الماضي`/"last", `المقبل`/"next",
    `الجاري`/"this month" — that contradicts it: `مارس الماضي 2019` in an article published in
    2018, `20 سبتمبر الجاري` in an article published in June; and an event told as done ("was held
    on", `جرت في`) on a full date after the publication date. Needs the publication date.

    ## Why it matters
    Copy reused from an older story keeps its "last" and "next"; the relation word is then
    false and the reader misdates the event.

    ## Example
    `وتبدأ الدراسة في 20 سبتمبر الجاري` in an article published on 1 June.

    ## Not flagged
    A relation word on a date without a written year (the year is then read from the word), and
    any date when the publication date is unknown.
    """
    published = ctx.doc.published
    if published is None:
        return
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
    _past_tense_after_publication(ctx, date_mentions, published)


@lru_cache(maxsize=32)
def _past_event_rx(lex) -> re.Pattern | None:
    """A verb that tells an event as done, then up to three words and a preposition, ending
    where a date begins: "was held in Brussels on", `جرت الانتخابات في`."""
    d = lex.section("dates", {})
    alts = alternation(d.get("past_events", []))
    if not alts:
        return None
    preps = alternation(d.get("past_event_links", [])) or "(?!x)x"
    return re.compile(rf"(?<![^\W\d_]){prefixes(lex)}(?:{alts})(?:\s+[^\s\d]+){{0,3}}?\s+(?:(?:{preps})\s+)?$", re.I)


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


@lru_cache(maxsize=32)
def _sequence_rx(lex):
    d = lex.section("dates", {})
    return word_regex(lex, d.get("sequence_then", [])), word_regex(lex, d.get("sequence_after", []))


@rule(
    id="DATE007",
    name="chronology-mismatch",
    severity="warning",
    languages=["*"],
    summary="Two dated events joined by 'then' / ثم (or 'after' / بعد أن) whose dates run the other way.",
    messages={
        "then": "'{word}' says the event dated {second} came after the one dated {first}, but {second} is earlier.",
        "after": "'{word}' says the event dated {second} came before the one dated {first}, but {second} is later.",
    },
    examples=[
        Example("وانضم إلى الحزب عام 2019 ثم انتخب نائباً عام 2017.", "ar", True),
        Example("وانضم إلى الحزب عام 2015 ثم انتخب نائباً عام 2017.", "ar", False),
        Example("He joined the party in 2019 and was then elected to parliament in 2017.", "en", True),
        Example("He joined the party in 2015 and was then elected to parliament in 2017.", "en", False),
    ],
)
def chronology_mismatch(ctx, date_mentions):
    """
    ## What it flags
    Two events in one sentence, each with its year written, joined by a word that orders them —
    `ثم`, `لاحقاً`, `بعد ذلك`, `قبل أن`, "then", "later", "subsequently" (the first came first) or
    `بعد أن`, `بعدما` (the second came first) — when their dates say the opposite:
    `انضم إلى الحزب عام 2019 ثم انتخب نائباً عام 2017`.

    ## Why it matters
    A sequence that runs backwards means one of the years is wrong, or the events were told in
    the wrong order; either way the reader is misled about what led to what.

    ## Example
    "He joined the party in 2019 and was then elected to parliament in 2017."

    ## Not flagged
    Events in the right order, a sequence word with another date between the two, dates in
    different sentences, and dates whose year was not written.
    """
    then_rx, after_rx = _sequence_rx(ctx.lexicon)
    view = ctx.doc.normalized
    dated = [m for m in date_mentions if m.year_part is not None and not m.bare_year and m.interval()]
    for a, b in zip(dated, dated[1:]):
        if b.start - a.end > 160 or any(a.end <= m.start < b.start for m in date_mentions if m not in (a, b)):
            continue
        if any(s.start <= a.start < s.end and not s.start <= b.start < s.end for s in ctx.doc.sentences):
            continue
        between = view.text[view.from_original(a.end):view.from_original(b.start)]
        ia, ib = a.interval(), b.interval()
        for rx, kind in ((then_rx, "then"), (after_rx, "after")):
            hit = rx.search(between) if rx else None
            if not hit:
                continue
            wrong = ib[1] < ia[0] if kind == "then" else ib[0] > ia[1]
            if wrong:
                s0, e0 = view.to_original(view.from_original(a.end) + hit.start(), view.from_original(a.end) + hit.end())
                ctx.report(kind, s0, e0, related=[ctx.related(a.start, a.end, "first date"),
                                                  ctx.related(b.start, b.end, "second date")],
                           word=ctx.text[s0:e0], first=a.text, second=b.text)
            break


@hookimpl
def checker_register_extractors():
    return [Extractor("elapsed_times", extract_elapsed), Extractor("ages_and_births", extract_ages),
            Extractor("events", extract_events)]


@hookimpl
def checker_register_rules():
    return [month_pair_mismatch, weekday_date_mismatch, hijri_gregorian_mismatch, inverted_date_range,
            relative_date_mismatch, elapsed_time_mismatch, chronology_mismatch, same_event_two_dates]


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "dates")
