"""DATE007's lengths: a stated length right before the range of days it runs over, which the
range does not fit — "The tour lasted 12 days, from Feb. 3 to Feb. 10" (eight days), `امتدت 12
يوماً بين 3 و10 شباط`. The length is a number (digits or a number word of ``[numbers] words``) and
a unit of ``[chronology.units]`` (a unit alone after a verb of length: "took a month", `استمرت أسبوعين`; with half
of one more: "a month and a half", ``half``), right before the range (or a clause of when between: "… when the river
rose, from Jan. 26") (its range word, "from", `بين`, is the
range's), at most a comma and one of ``[chronology] range_links`` words between (`في الفترة`); both ends of the range are days. Counted either way (the first
and last day in, or the days between), with a margin beyond a week (a day, or 15 %)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS, alternation, phrase_key, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .begun_ended import _led

_DAY = 1440   # minutes
_WHEN = 6     # words of a clause of when between the length and the range ("when the river rose")
_LEAD = 3     # words before a unit alone where a verb of length stands
_RATE = compiled(r"(?<![\d.,])\d[\d.,]*(?:[^\S\n]*[^\W\d_]+)?[^\S\n]+$")   # a figure and its unit before "a year"
_REACH_BACK = 100   # characters before the range read for it
_ASIDE = 6    # words of the length's clause before the comma that ends it ("four months in the workshop,")


@lru_cache(maxsize=32)
def _length_rx(lex):
    d = lex.section("chronology", {})
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in d.get("units", {}).items() if int(v[0]) >= _DAY}
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    links = d.get("range_links", [])
    if not units:
        return None
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    link = rf"(?:(?:{alternation(links)}){WS}+)?" if links else ""
    whens = alternation(lex.section("relative_dates", {}).get("when", []))
    when = rf"(?:{WS}+(?:{whens})(?:{WS}+[^\W\d_]+){{1,{_WHEN}}})?" if whens else ""   # "… when the river rose"
    half = rf"(?P<half>{WS}+(?:{alternation(d['half'])})(?![^\W\d_]))?" if d.get("half") else ""   # "a month and a half"
    stress = rf"(?:{WS}+(?:{alternation(d['stress_after'])})(?![^\W\d_]))?" if d.get("stress_after") else ""
    length = rf"(?<![^\W\d_])(?:(?P<n>{num})(?:{WS}+|-))?(?P<u>{alternation(units)})(?![^\W\d_]){half}{stress}"
    rx = compiled(rf"{length}{when}{WS}*[,،]?{WS}*{link}$", re.I)
    # a few words of the length's own clause, then a comma: `أربعة أشهر في الورشة، من منتصف مارس`
    aside = compiled(rf"{length}(?P<aside>(?:{WS}+[^\W\d_]+){{1,{_ASIDE}}}){WS}*[,،]{WS}*{link}$", re.I)
    ran = None
    if d.get("range_verbs"):   # "a 10-day hygiene course that ran from …": the length's noun, and its verb
        verbs = alternation([normalize_text(w) for w in d["range_verbs"]])
        ran = compiled(rf"{length}(?P<aside>(?:{WS}+[^\W\d_]+){{0,{_ASIDE}}}?){WS}+(?:[^\W\d_]+{WS}+)?"
                       rf"(?:{verbs}){WS}*$", re.I)
    approx = rf"(?:(?:{alternation(d['approx'])}){WS}+)?" if d.get("approx") else ""
    after = compiled(rf"{WS}*[—–,،-]{WS}*{approx}(?P<n>{num})(?:{WS}+|-)(?P<u>{alternation(units)})(?![^\W\d_])", re.I)
    phrases = {" ".join(w for w in normalize_text(p).split() if "{" not in w)
               for key in ("later", "earlier", "after", "before", "since") for p in d.get(key, [])} - {""}
    order = compiled(rf"(?<![^\W\d_])(?:{alternation(phrases)})(?![^\W\d_])") if phrases else None
    return rx, units, numbers, word_regex(lex, d.get("length_verbs", []) + d.get("length", [])), aside, after, order, ran


def _bounds(r) -> tuple[float, float] | None:
    """The fewest and the most days a range of days, of months or of years runs over."""
    a, b = r.first.interval(), r.second.interval()
    if a is None or b is None or (iv := r.interval()) is None:
        return None
    if r.first.precision == "day" and r.second.precision == "day":
        return (iv[1] - iv[0]).days, (iv[1] - iv[0]).days + 1
    if r.first.precision == "month" and r.second.precision == "month" and r.form == "words":
        return max(0, (iv[1] - iv[0]).days - (a[1] - a[0]).days - (b[1] - b[0]).days), (iv[1] - iv[0]).days + 1
    if r.first.precision == "year" and r.second.precision == "year" and r.second.year > r.first.year:
        years = r.second.year - r.first.year   # "from 2013 to 2024": ten to twelve years, the months untold
        return max(0, years - 1) * 365, (years + 1) * 366
    return None


def length_mismatches(ctx, date_ranges, day_ranges):
    """Yield (range, the length's start, end, its days) for a stated length the range right after
    it does not fit (a range of dates, or of days without their year: `بين 3 و10 شباط`), or right
    before it after a dash ("from March 2 to March 20 — six weeks of work")."""
    found = _length_rx(ctx.lexicon)
    if found is None:
        return
    rx, units, numbers, leads, aside, after, order, ran = found
    view = ctx.doc.normalized
    seen = set()
    for r in [*date_ranges, *day_ranges]:
        if (r.start, r.end) in seen:
            continue   # (a range of two full dates is read as both)
        seen.add((r.start, r.end))
        if r.first.form == "weekday" and r.second.form == "weekday":
            yield from _weekly(ctx, view, r)   # "six days a week, Monday to Friday": the days of every week
            continue
        if (bounds := _bounds(r)) is None:
            continue
        rs, re_ = view.from_original(r.start), view.from_original(r.end)
        m = rx.search(view.text, max(0, rs - 60), rs)
        for told in (aside, ran) if m is None else ():
            if told is not None and (m := told.search(view.text, max(0, rs - 80), rs)) is not None:
                if order is not None and order.search(m.group("aside")):
                    m = None   # ("three weeks after the flood, from …": an order, no length)
                break
        if m is None and (m := after.match(view.text, re_)) is not None \
                and order is not None and order.match(view.text[m.end():m.end() + 20].lstrip()):
            m = None   # ("…, two days after": an order)
        if m is None:
            continue
        n, (minutes, alone) = m.group("n"), units[phrase_key(m.group("u"))]
        if n is not None and not n.isdigit() and _RATE.search(view.text, max(0, m.start() - 30), m.start()):
            continue   # "retreated by 1.8 metres a year between 2005 and 2022": a rate, no length
        us = view.to_original(m.start("u"), m.start("u") + 1)[0]
        if n is None and ctx.text[us:us + 1].isupper() and ctx.text[max(0, us - 2):us].strip(" ") not in ("", ".", "\n"):
            continue   # "a holiday for Arafat Day": a name ending with the word of a unit, no length
        if n is None and (leads is None or not _led(view, leads, max(0, r.start - _REACH_BACK), view.to_original(m.start(), m.start())[0], _LEAD)):
            continue   # a unit alone is a length after a verb of length only (`استغرق تركيبها شهراً`, "took a month")
        value = (float(n) if n.isdigit() else numbers.get(phrase_key(n))) if n else alone
        if not value:
            continue
        value += 0.5 if m.groupdict().get("half") else 0
        if r.first.precision == "year" and minutes < 365 * _DAY:
            continue   # (against a range of years, only a length in years: "seven years and 43 days")
        days = value * minutes / _DAY
        slack = 0 if days <= 7 else max(1.0, 0.15 * days)
        if r.first.precision == "month" and minutes < 7 * _DAY:
            if days < 7:
                continue   # (a few days against a range of months: days of work in it, maybe)
            low, high = bounds[0] / 2, bounds[1] * 1.5   # (days against months: only far off)
        else:
            low, high = bounds[0] - slack, bounds[1] + slack
        if not low <= days <= high:
            s, e = view.to_original(m.start("n") if n else m.start(), m.end("half") if m.groupdict().get("half") else m.end("u"))
            yield r, s, e, int(bounds[1] if r.first.precision == "day" else sum(bounds) / 2)


@lru_cache(maxsize=32)
def _weekly_rx(lex):
    """A count of days of every week right before a range of two weekdays (``[chronology]
    weekly``, {number}: "six days a week, Monday to Friday", `ستة أيام في الأسبوع، من الاثنين إلى الجمعة`)."""
    d = lex.section("chronology", {})
    if not d.get("weekly"):
        return None
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    num = rf"(?:\d|{alternation(numbers)})" if numbers else r"\d"
    link = rf"(?:(?:{alternation(d.get('range_links', []))}){WS}+)?" if d.get("range_links") else ""
    return tuple(compiled(rf"(?:{p.replace('{number}', f'(?P<n>{num})')}){WS}*[,،]?{WS}*{link}$", re.I)
                 for p in d["weekly"]), numbers


def _weekly(ctx, view, r):
    """Yield (range, start, end, days) when the days a week told before a range of two weekdays
    are not the days from the first weekday to the second."""
    found = _weekly_rx(ctx.lexicon)
    a, b = r.first.interval(), r.second.interval()
    if found is None or a is None or b is None:
        return
    rxs, numbers = found
    rs = view.from_original(r.start)
    m = next((m for rx in rxs if (m := rx.search(view.text, max(0, rs - 60), rs)) is not None), None)
    if m is None:
        return
    n = m.group("n")
    told = float(n) if n.isdigit() else numbers.get(phrase_key(n))
    days = (b[0].isoweekday() - a[0].isoweekday()) % 7 + 1
    if told and told != days:
        s, e = view.to_original(m.start(), m.end())
        yield r, s, s + len(ctx.text[s:e].rstrip(" ,،")), days
