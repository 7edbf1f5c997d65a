"""Relative expressions placed by the publication date ("last week", "next month", "earlier this
year", "tomorrow", `الأسبوع الماضي`, `الخميس المقبل`) and the explicit date attached to one
("last week, on 3 March", "tomorrow's hearing, set for 9 May", `الشهر الماضي، في 4 آذار`).

The words are the ``[relative_dates]`` language data (``data/<lang>/relative.toml``); the
weekdays come from ``[weekdays]``. A relative expression gives the window of days it can
denote (:func:`window`), a little wider than the calendar says, so that only a date clearly
outside it is reported.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.extractors.date_mentions import DateMention
from checker.extractors.keywords import finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.matching import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WS, alternation, phrase_key, prefixes
from checker.language.regexes import compiled

_MONTH = 28        # days of a unit of a count back that is a month or more
_MONTH_SLACK = 6   # … which may miss by a sixth of its days ("two months ago": ten days either way)

_DIRECTIONS = {"past": -1, "current": 0, "future": 1}
_UNITS = ("week", "month", "year")
_OWN_WORDS = 5   # words of the thing a relative expression owns before its date ("next month's world championships
#                 in Zagreb, in September")
_WHEN_WORDS = 6   # words of a clause of when between a relative expression and its date
_COMMA = compiled(r"[^\S\n]*[,،][^\S\n]*")          # a comma between a date and the expression after it
_ASIDE_END = compiled(r"[^\S\n]*(?:[,،.;؛]|$)")      # … and the mark that ends the aside after it


def _words(lex) -> list[str]:
    d = lex.section("relative_dates", {})
    weekdays = [n for names in lex.section("weekdays", {}).values() for n in names]
    return [*(w for k in (*_DIRECTIONS, *_UNITS, "earlier", "later") for w in d.get(k, [])), *d.get("days", {}), *weekdays,
            *_seasons(lex)]


def _seasons(lex) -> dict[str, list[int]]:
    """The seasons the calendar data names ("spring": March to May), as relative units ("last spring")."""
    return {k: v for k, v in lex.section("dates", {}).get("seasons", {}).items() if len(v) == 3}


# an expression starts at its first word (a part, a relation, a unit, a day), after one proclitic at most
_WORDS = register("dates.relative", _words)


@dataclass(frozen=True)
class RelativeExpression:
    """One relative expression: ``unit`` is 'day' (then ``offset`` counts days from publication),
    'week', 'month', 'year' or 'weekday' (then ``weekday`` is its ISO number); ``offset`` is -1,
    0 or +1 for the other units; ``part`` is 'earlier' or 'later' ("earlier this year")."""

    start: int
    end: int
    text: str
    unit: str
    offset: int
    weekday: int | None = None
    part: str | None = None
    slack: int = 1   # days either way a count back may miss by ("two months ago": about a week and a half)


@dataclass
class _Patterns:
    expression: re.Pattern
    relations: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    days: dict[str, int]
    parts: dict[str, str]
    narrative: re.Pattern | None
    gap: re.Pattern
    ago: re.Pattern | None = None              # "three days ago", `قبل ثلاثة أيام`, `قبل يومين`
    ago_units: dict[str, tuple[int, int]] | None = None   # unit -> (days, count without a number)
    numbers: dict[str, int] | None = None
    ago_word: re.Pattern | None = None         # the word every match of ``ago`` holds ("ago", `قبل`)
    ago_bound: re.Pattern | None = None        # "more than" or "less than" right before a count back
    when: re.Pattern | None = None             # ", when the gauge recorded on": a clause of the time
    occasion: re.Pattern | None = None         # "at a meeting on", `آخرهما في`: the occasion the day was
    bounds: dict[str, str] | None = None       # a bound word -> the part of the count it leaves open
    owned: re.Pattern | None = None            # "'s Tour de France, which starts in Florence on": the day of
    #                                            the event the expression's possessive names
    ahead: re.Pattern | None = None            # "two weeks from today", `بعد أسبوعين من اليوم`: a count forward
    ahead_word: re.Pattern | None = None       # … the words every match of ``ahead`` ends with ("from today")
    aside: re.Pattern | None = None            # a comma and a word of restating between a day and the expression (`، أي`)


@lru_cache(maxsize=32)
def _patterns(lex) -> _Patterns | None:
    d = lex.section("relative_dates", {})
    if not d:
        return None
    relations = {phrase_key(w): _DIRECTIONS[k] for k in _DIRECTIONS for w in d.get(k, [])}
    units: dict[str, tuple[str, int | None]] = {phrase_key(w): (u, None) for u in _UNITS for w in d.get(u, [])}
    for number, names in lex.section("weekdays", {}).items():
        units.update({phrase_key(n): ("weekday", int(number)) for n in names if len(n) > 3})
    units.update({phrase_key(n): ("season", months[0]) for n, months in _seasons(lex).items()})   # first month
    days = {phrase_key(k): int(v) for k, v in d.get("days", {}).items()}
    parts = {phrase_key(w): k for k in ("earlier", "later") for w in d.get(k, [])}
    rel, unit = alternation(relations), alternation(units)
    alts = []
    if rel and unit:
        part = rf"(?:(?P<part>{alternation(parts)}){WS}+)?" if parts else ""
        alts.append(rf"{part}(?:(?P<rel1>{rel}){WS}+(?P<unit1>{unit})|(?P<unit2>{unit}){WS}+(?P<rel2>{rel})"
                    rf"(?!{WS}+(?:{unit}){NOT_LETTER_AFTER}))")   # (not "will fall next month": "next" is the month's)
    if days:
        alts.append(rf"(?P<day>{alternation(days)})")
    if not alts:
        return None
    expression = compiled(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{'|'.join(alts)}){NOT_LETTER_AFTER}", re.I)
    narrative = alternation(d.get("narrative", []))
    narrative_rx = compiled(rf"{NOT_LETTER_BEFORE}(?:{narrative}){WS}+$", re.I) if narrative else None
    links = alternation(d.get("links", []))
    link = rf"(?:(?:{links}){WS}+){{0,2}}" if links else ""   # (two: `وعلى وجه التحديد صباح`, "specifically on")
    poss = alternation(d.get("possessive", []))
    own = rf"(?:(?:{poss})(?:{WS}+[^\W\d_]+){{1,{_OWN_WORDS}}})?" if poss else ""
    stress = alternation(d.get("emphasis", []))
    stress = rf"(?:{WS}+(?:{stress}))?" if stress else ""   # `قبل أسبوعين فقط، في 10 أيلول`
    place = rf"(?:{WS}+(?:{links}){WS}+[^\W\d_]+(?:{WS}+[^\W\d_]+)?(?={WS}*[,،]))?" if links else ""   # "in Zagreb, in …"
    gap = compiled(rf"{own}{place}{stress}{WS}*[,،\-–—(]?{WS}*{link}", re.I)   # "last week, on", "last week - on", "last week (Sept. 22)"
    whens = alternation(d.get("when", []))
    when = compiled(rf"(?:{WS}*[,،])?{WS}*(?:{whens})(?:{WS}+[^\W\d_]+){{1,{_WHEN_WORDS}}}{WS}+(?:{links}){WS}+", re.I) \
        if whens and links else None
    occasions = alternation(d.get("occasions", []))
    dets = alternation(d.get("narrative", []))   # (or the occasion's own date before its noun: "at a May 17 bond hearing")
    occasion = compiled(rf"(?<!{WS})(?:{WS}*[,،]{WS}*|{WS}+){prefixes(lex)}(?:{occasions})(?:(?:{WS}+[^\W\d_]+){{0,{_WHEN_WORDS}}}?{WS}+(?:{links})"
                        rf"{'|' + WS + '+(?:' + dets + ')' if dets else ''}){WS}+", re.I) if occasions and links else None
    relatives = alternation(d.get("owned_relatives", []))
    owned = compiled(rf"(?:{poss})(?:{WS}+[^\W\d_]+){{1,3}}{WS}*[,،]{WS}*(?:{relatives})(?:{WS}+[^\W\d_]+){{1,{_WHEN_WORDS}}}"
                     rf"{WS}+(?:{links}){WS}+", re.I) if poss and relatives and links else None
    bounds = {phrase_key(w): part for part, key in (("earlier", "ago_more"), ("later", "ago_less")) for w in d.get(key, [])}
    bound = compiled(rf"(?:^|{WS})(?P<b>{alternation(bounds)}){WS}+$", re.I) if bounds else None
    return replace(_Patterns(expression, relations, units, days, parts, narrative_rx, gap, *_ago(lex, d)), when=when,
                   occasion=occasion, ago_bound=bound, bounds=bounds, owned=owned, ahead=_ahead(lex, d),
                   ahead_word=compiled(alternation(d.get("ahead_tail", [])), re.I) if d.get("ahead_tail") else None,
                   aside=compiled(rf"[^\S\n]*[,،][^\S\n]*(?:(?:{alternation(d['restating'])}){WS}+)?", re.I) if d.get("restating") else None)


def _ahead(lex, d: dict) -> re.Pattern | None:
    """The pattern of a count of days or weeks forward from publication, with the words that tie it
    to the day of writing ("two weeks from today", `بعد أسبوعين من اليوم`): a count told alone
    ("two weeks later", `بعد أسبوعين`) counts from another event."""
    units = {phrase_key(k) for k in d.get("ago_units", {})}
    before, tail = d.get("ahead_before", []), d.get("ahead_tail", [])
    if not units or not tail:
        return None
    lead = rf"{prefixes(lex)}(?:{alternation(before)}){WS}+" if before else ""
    return compiled(rf"{NOT_LETTER_BEFORE}{lead}{_count(lex)}(?P<u>{alternation(units)}){WS}+(?:{alternation(tail)}){NOT_LETTER_AFTER}", re.I)


def _count(lex) -> str:
    """The optional count before a unit of a count back or forward: digits or a number word."""
    numbers = {phrase_key(k) for k in lex.section("numbers", {}).get("words", {})}
    return rf"(?:(?P<n>\d{{1,2}}|{alternation(numbers)}){WS}+)?" if numbers else rf"(?:(?P<n>\d{{1,2}}){WS}+)?"


def _aheads(doc, p: _Patterns) -> list[tuple[RelativeExpression, int]]:
    """Every count forward from the day of writing, as a relative expression of days."""
    if p.ahead is None or p.ahead_word.search(doc.normalized.text) is None:
        return []   # (no word that ties a count to the day of writing: the whole pattern cannot match)
    view, out = doc.normalized, []
    for m in p.ahead.finditer(view.text):
        days, alone = p.ago_units[phrase_key(m.group("u"))]
        n = m.group("n")
        count = (int(n) if n.isdigit() else p.numbers.get(phrase_key(n), 0)) if n else alone
        if count:
            s, e = view.to_original(m.start(), m.end())
            slack = max(1, count * days // _MONTH_SLACK) if days >= _MONTH else 1
            out.append((RelativeExpression(s, e, doc.text[s:e], "day", count * days, slack=slack), m.end()))
    return out


def _ago(lex, d: dict) -> tuple[re.Pattern | None, dict, dict, re.Pattern | None]:
    """The pattern of a count of days or weeks back from publication: "three days ago" (after the
    count, ``ago``) or `قبل ثلاثة أيام`, `قبل يومين` (before it, ``ago_before``); and the
    pattern of its "ago" word alone, which a text must hold for the whole to match."""
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in d.get("ago_units", {}).items()}
    numbers = {phrase_key(k): int(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    if not units or not (d.get("ago") or d.get("ago_before")):
        return None, units, numbers, None
    body = rf"{_count(lex)}(?P<u>{alternation(units)})"
    rx = rf"{body}{WS}+(?:{alternation(d['ago'])})" if d.get("ago") else \
        rf"{prefixes(lex)}(?:{alternation(d['ago_before'])}){WS}+{body}"
    word = compiled(alternation(d.get("ago") or d["ago_before"]), re.I)
    return compiled(rf"{NOT_LETTER_BEFORE}{rx}{NOT_LETTER_AFTER}", re.I), units, numbers, word


def _agos(doc, p: _Patterns) -> list[tuple[RelativeExpression, int]]:
    view, out = doc.normalized, []
    if p.ago_word is not None and p.ago_word.search(view.text) is None:
        return out   # no "ago" word: the whole pattern, tried at every place, cannot match
    months = doc.lexicon.month_pattern
    for m in p.ago.finditer(view.text):
        if months is not None and months.match(view.text, m.end() + 1) and view.text[m.end():m.end() + 1] == " ":
            continue   # `قبل شهر يوليو 2015`: before the month named, no count back
        days, alone = p.ago_units[phrase_key(m.group("u"))]
        n = m.group("n")
        count = (int(n) if n.isdigit() else p.numbers.get(phrase_key(n), 0)) if n else alone
        if count:
            # "more than three weeks ago": any day before the count's; "less than …": any day after it
            b = p.ago_bound.search(view.text, max(0, m.start() - 16), m.start()) if p.ago_bound is not None else None
            start = b.start("b") if b is not None else m.start()
            s, e = view.to_original(start, m.end())
            part = p.bounds[phrase_key(b.group("b"))] if b is not None else None
            slack = max(1, count * days // _MONTH_SLACK) if days >= _MONTH else 1   # (months differ in length)
            out.append((RelativeExpression(s, e, doc.text[s:e], "day", -count * days, part=part, slack=slack), m.end()))
    return out


def find_expressions(doc) -> list[tuple[RelativeExpression, int]]:
    """Every relative expression of the article, with the normalised offset where it ends."""
    p = _patterns(doc.lexicon)
    if p is None:
        return []
    out = (_agos(doc, p) if p.ago is not None else []) + _aheads(doc, p)
    places = keyword_starts(doc, _WORDS)
    if not places:
        return out
    view = doc.normalized
    for m in finditer_at(p.expression, view.text, places, 1):
        if p.narrative is not None and p.narrative.search(view.text[max(0, m.start() - 12):m.start()]):
            continue
        g = m.groupdict()
        if g.get("day"):
            unit, offset, weekday, part = "day", p.days[phrase_key(g["day"])], None, None
        else:
            unit, weekday = p.units[phrase_key(g["unit1"] or g["unit2"])]
            offset = p.relations[phrase_key(g["rel1"] or g["rel2"])]
            part = p.parts[phrase_key(g["part"])] if g.get("part") else None
            if part is not None and offset != 0:
                continue  # "later next year": no window worth checking
        s, e = view.to_original(m.start(), m.end())
        out.append((RelativeExpression(s, e, doc.text[s:e], unit, offset, weekday, part), m.end()))
    return sorted(out, key=lambda x: x[0].start)


def attached_date(doc, expr: RelativeExpression, nend: int, mentions, starts: list[int]):
    """The date written right after the expression, joined by a comma, a link word ("on", `في`),
    a possessive ("tomorrow's hearing, set for") or the date's own weekday; None otherwise. A
    month name alone there ("next month, in May") is a date even where the name is also a word."""
    p = _patterns(doc.lexicon)
    view = doc.normalized
    i = bisect.bisect_left(starts, expr.end)
    if i < len(mentions):
        m = mentions[i]
        first = m.weekday.start if m.weekday is not None and m.weekday.start >= expr.end else m.start
        parted = m.part is not None and m.bound is None and m.lead is not None and m.lead >= expr.end
        first = m.lead if parted else first   # "next month, in late January": from the word of its part
        gap = view.text[nend:view.from_original(first)]
        when = m.precision == "day" and any(x is not None and x.fullmatch(gap) for x in (p.when, p.occasion, p.owned))
        if len(gap) <= 40 and p.gap.fullmatch(gap) or when:   # (a day in a clause of when it was:
            #   "last month, when the gauge recorded on 6 August", `الشهر الماضي، حين سجّل … في 6 أغسطس`;
            #   or of the occasion it was: "last week at a meeting on June 2", `الشهر الماضي، آخرهما في 3 فبراير`)
            # a date that opens a period counts from its first day (`ابتداء من 6 نيسان`)
            lead = m.lead is None or parted or m.bound == "since" and view.from_original(m.lead) >= nend
            usable = m.form in ("words", "numeric", "year") and not m.bare_year and lead
            return m if usable else None
    return _month_alone(doc, p, nend) or _day_before(doc, expr, nend, mentions, i)


def _day_before(doc, expr: RelativeExpression, nend: int, mentions, i: int):
    """A day written right before the expression, which commas set off as an aside ("on the night of
    Nov. 26, more than three weeks ago, spilling", "on Nov. 6, last week, and"); None otherwise
    ("Nov. 6, last year's champion"; `في 6 كانون الثاني، قبل أسبوعين من تنصيبه`: an offset from an event)."""
    while i > 0 and mentions[i - 1].start >= expr.start:
        i -= 1   # (past a date word inside the expression: "today" of "two weeks from today")
    if i == 0 or (m := mentions[i - 1]).precision != "day" or m.form not in ("words", "numeric") or m.bare_year:
        return None
    aside = _patterns(doc.lexicon).aside or _COMMA
    if not aside.fullmatch(doc.normalized.text, doc.normalized.from_original(m.end), doc.normalized.from_original(expr.start)):
        return None   # (a comma, and a word that restates: `في 9 آذار، أي بعد أسبوعين من اليوم`)
    view = doc.normalized   # … and set off after it too, a whole aside (not `قبل أسبوعين من تنصيبه`: before an event)
    return m if _ASIDE_END.match(view.text[nend:nend + 4]) else None


def _month_alone(doc, p: _Patterns, nend: int):
    lex, view = doc.lexicon, doc.normalized
    gap = p.gap.match(view.text, nend)
    name = lex.month_pattern.match(view.text, gap.end()) if lex.month_pattern is not None else None
    if name is None or name.group("p") or re.match(rf"{WS}*[,،]?{WS}*\d", view.text[name.end():name.end() + 4]):
        return None
    months = {mn.number for mn in lex.month_lookup.get(lex.match_key(name.group("m")), []) if mn.system != "hijri"}
    if len(months) != 1:
        return None
    s, e = view.to_original(name.start(), name.end())
    if doc.text[s].lower() != doc.text[s].upper() and not doc.text[s].isupper():
        return None  # "may", "march": a word, not a month
    return DateMention(start=s, end=e, text=doc.text[s:e], calendar="gregorian", precision="month",
                       year=None, months=tuple(months))


def window(expr: RelativeExpression, published: dt.date, week_starts=(1,)) -> tuple[dt.date, dt.date]:
    """The days the expression can denote, first and last, with a margin for copy written the day
    before it was published and for loose usage ("last week" up to two weeks back). A week starts
    on any of ``week_starts`` (ISO weekday numbers), as the language's countries count it."""
    day = dt.timedelta(days=1)
    if expr.unit == "day":
        centre = published + expr.offset * day
        return (dt.date.min if expr.part == "earlier" else centre - expr.slack * day,
                published + day if expr.part == "later" else centre + expr.slack * day)
    if expr.unit == "weekday" and expr.offset and expr.weekday and not expr.part:
        # "last Friday": the Friday before publication or the one of the week before, whichever it
        # is meant as ("next Friday" likewise after it), the week counted from any day it starts on
        gap = ((published.isoweekday() - expr.weekday) * -expr.offset) % 7 or 7
        days = [published + expr.offset * gap * day]
        for first in week_starts or (1,):
            at = (published.isoweekday() - first) % 7
            days.append(published + (((expr.weekday - first) % 7 - at) + 7 * expr.offset) * day)
        return min(days), max(days)
    if expr.unit == "season":
        return _season_window(expr, published)
    if expr.unit == "week" and expr.offset == 0:
        # "this week": the week of the publication date, counted from any day it starts on, a day
        # either way (not "later this week, on April 2" of a Thursday, March 27 story)
        firsts = [published - ((published.isoweekday() - first) % 7) * day for first in week_starts or (1,)]
        lo, hi = min(firsts) - day, max(firsts) + 7 * day
        if expr.part == "earlier":
            hi = published + day
        elif expr.part == "later":
            lo = published - day
        return lo, hi
    if expr.unit in ("week", "weekday"):
        span = 7 if expr.unit == "week" else 6
        lo, hi = {-1: (-2 * span, 0), 0: (-span, span), 1: (0, 2 * span)}[expr.offset]
        if expr.part == "earlier":
            hi = 0
        elif expr.part == "later":
            lo = 0
        return published + lo * day, published + hi * day
    if expr.unit == "month":
        index = published.year * 12 + published.month - 1 + expr.offset
        lo, hi = _month_bounds(index)
        last = calendar.monthrange(published.year, published.month)[1]
        if expr.offset == -1 and published.day <= 2 or expr.offset == 0 and published.day <= 2:
            lo = _month_bounds(index - 1)[0]  # written at the end of the month before
        if expr.offset == 1 and published.day >= last - 1 or expr.offset == 0 and published.day >= last - 1:
            hi = _month_bounds(index + 1)[1]
    else:
        year = published.year + expr.offset
        lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if expr.part == "earlier":
        hi = min(hi, published + day)
    elif expr.part == "later":
        lo = max(lo, published - day)
    return lo, hi



def nearest_weekdays(expr: RelativeExpression, published: dt.date) -> tuple[dt.date, ...]:
    """The days "last Tuesday" names when read strictly, as the nearest Tuesday before the day of
    writing (the publication day or the day before it); "next Tuesday" likewise after it."""
    day = dt.timedelta(days=1)
    out = []
    for written in (published, published - day):
        gap = ((written.isoweekday() - expr.weekday) * -expr.offset) % 7 or 7
        out.append(written + expr.offset * gap * day)
    return tuple(out)

def _season_window(expr: RelativeExpression, published: dt.date) -> tuple[dt.date, dt.date]:
    """"last spring": the last spring over before publication (and the one before it when it is
    spring now); "next spring" the next one to begin; "this spring" the one of the publication
    year, a month either way."""
    def span(year: int) -> tuple[dt.date, dt.date]:   # the season that starts in ``year``
        first = year * 12 + expr.weekday - 1
        return _month_bounds(first)[0], _month_bounds(first + 2)[1]
    spans = [span(y) for y in range(published.year - 2, published.year + 3)]
    if expr.offset < 0:
        done = [x for x in spans if x[1] < published]
        now = [x for x in spans if x[0] <= published <= x[1]]
        return (done[-2][0] if now else done[-1][0]), done[-1][1]
    if expr.offset > 0:
        return next(x for x in spans if x[0] > published)
    here = min(spans, key=lambda x: abs((x[0] - published).days) if not x[0] <= published <= x[1] else 0)
    return here[0] - dt.timedelta(days=31), here[1] + dt.timedelta(days=31)


def _month_bounds(index: int) -> tuple[dt.date, dt.date]:
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1), dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])
