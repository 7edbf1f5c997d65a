"""DATE007's verdict on two dates (or times) and the order phrase between them: the wrong order,
an offset the dates do not fit, or none."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import replace

from .order import Order

_DAY = 1440             # minutes
_ORDER_REACH = 360      # minutes a second time may stand before the first and still be read as the same day's
_BOUND_SLACK = 0.03     # of a bounded offset ("more than two years"): the margin it is read with
_MONTH_REACH = 120      # days of an offset within which a month told without its year is placed
_YEAR_REACH = 330      # days of an offset within which two months are placed one after the other
_FEW_UNIT = 10080       # minutes of a unit told without a number that keeps an offset short (days, weeks)
_YEAR_WORDS = 4         # letters after a month that tell its year in words ("this year"), at least


def date_verdict(a, b, order: Order) -> str | None:
    few = order.minutes is None and order.unit is not None and order.unit <= _FEW_UNIT   # "days after": a short offset
    if any(m.precision == "month" and not year_told(m) for m in (a, b)) and \
            (order.minutes is None and not few or order.minutes is not None and order.minutes > _MONTH_REACH * _DAY):
        if order.minutes is None or order.minutes > _YEAR_REACH * _DAY or order.bound:
            return None   # a month without its year is placed by the other date only for an offset under a year
        ia, ib = _months_along(a, b, order.direction)   # "began in November and, nine months later, in May"
    else:
        ia, ib = _intervals(a, b)
    if ia is None or ib is None:
        return None
    wrong = ib[1] < ia[0] if order.direction > 0 else ib[0] > ia[1]
    if wrong:
        return "order"
    if order.minutes is None:
        return None
    days = order.minutes / _DAY
    tol = 0.0 if days < 7 else max(1.0, 0.15 * days)   # "two days later" is exact; "a month later" is not
    tol = max(tol, 1.0, 0.3 * days) if order.loose else min(tol, max(1.0, _BOUND_SLACK * days)) if order.bound else tol
    #     ("about five days later"; a bound is a bound: "more than two years later" is not 22 months)
    near, far = (math.floor(days), math.ceil(days)) if order.direction > 0 else (-math.ceil(days), -math.floor(days))
    #   (a part of a day reaches the day after: "six hours after that" a Thursday evening may be Friday)
    lo, hi = ia[0] + dt.timedelta(days=near - tol), ia[1] + dt.timedelta(days=far + tol)
    if order.bound > 0:     # "less than a week later": anywhere from the first date up to it
        lo, hi = (ia[0], hi) if order.direction > 0 else (lo, ia[1])
    elif order.bound < 0:   # "more than a week later": anywhere past it
        lo, hi = (lo, dt.date.max) if order.direction > 0 else (dt.date.min, hi)
    return "offset" if ib[1] < lo or ib[0] > hi else None


_EXACT_MINUTES = 2.0   # the margin of an offset told to the minute ("54 minutes later")


def time_verdict(a, b, order: Order) -> str | None:
    diff = b.minutes - a.minutes
    if order.minutes is None:
        back = -diff if order.direction > 0 else diff
        return "order" if 0 < back < _ORDER_REACH else None
    expected = a.minutes + order.direction * order.minutes
    off = (b.minutes - expected + 720) % _DAY - 720
    tol = max(1.0, (0.3 if order.loose else 0.15) * order.minutes)
    if not order.loose and order.minutes < 60 and order.minutes % 5:
        tol = min(tol, _EXACT_MINUTES)   # "54 minutes later": a length told to the minute is not rounded
    if order.bound > 0 and -_ORDER_REACH < order.direction * diff < 0:
        return "order"   # "within the hour, at 5.15am" after 6am: at most that long after, never before
    if abs(off) <= tol or order.bound * order.direction * off < 0:   # "about four hours later"; "less than an
        return None   # hour later" told of ten minutes, "more than an hour later" of three hours
    back = -diff if order.direction > 0 else diff
    return "order" if 0 < back < _ORDER_REACH else "offset"


def year_told(m) -> bool:
    """The date's year is written, in figures or in words after the month ("May this year",
    `أيار الماضي`), not taken from the publication date for a day told without one."""
    if m.year_part is not None or m.relation_span is not None and m.year is not None:
        return True   # (`يوليو الماضي`: the last July before publication)
    ends = [p.end for p in m.month_parts] + ([m.day_part.end] if m.day_part is not None else [])
    return m.year is not None and bool(ends) and len(m.text[max(ends) - m.start:].strip(" ,.،")) >= _YEAR_WORDS


def _intervals(a, b):
    """The two dates' intervals; a date without a written year takes the year nearest the other."""
    if year_told(a) and year_told(b):
        return a.interval(), b.interval()
    if a.precision == b.precision == "month":   # "in January, … two months later, in June": each
        #   month without its year is placed nearest the other (one placed by its own year, inferred
        #   from the publication date when neither tells it)
        if year_told(b):
            ib = b.interval()
            return _month_near(a, ib), ib
        ia = a.interval() if year_told(a) or a.year is not None else None
        return ia, _month_near(b, ia)
    if a.precision != "day" and b.precision != "day":
        return None, None  # a day or a month without a year is read against a day only
    if a.precision == "month" and not year_told(a):   # "in early December" … "three weeks later, on Jan. 29"
        ib = b.interval() if year_told(b) else _day_in(b, b.year or 2000)
        return _month_near(a, ib), ib
    if b.precision == "month" and not year_told(b):   # (but "last September": the one before publication)
        ia = a.interval() if year_told(a) else _day_in(a, a.year or 2000)
        return ia, _month_near(b, ia)
    if a.precision != "day" or b.precision != "day":   # a month whose year a word tells ("last September") and a day
        return (a.interval(), b.interval()) if {a.precision, b.precision} == {"day", "month"} and a.year and b.year else (None, None)
    for x, y, first in ((a, b, True), (b, a, False)):   # a weekday is placed from the publication date
        if x.form == "weekday" and (ix := x.interval()) is not None and y.form != "weekday":
            iy = y.interval() if y.year_part is not None else _nearest(y, ix)   # ("yesterday, Monday, … 16
            return (ix, iy) if first else (iy, ix)                              # months after 8 Sept 2023")
    if a.year_part is None and b.year_part is None:
        ia = _day_in(a, a.year or 2000)
        return ia, _nearest(b, ia)
    if a.year_part is None:
        ib = b.interval()
        return _nearest(a, ib), ib
    ia = a.interval()
    return ia, _nearest(b, ia)


def _months_along(a, b, direction: int):
    """Two months, one or both told without their year, for a long offset under a year: the one
    without its year is placed in the year that puts it on the side of the other that the order
    word says, within the year ("began in November and, nine months later, in May": the May after)."""
    if a.precision != "month" or b.precision != "month" or a.calendar != "gregorian" or b.calendar != "gregorian" \
            or len(a.months) != 1 or len(b.months) != 1:
        return None, None
    if year_told(b) and not year_told(a):
        ib, ia = _months_along(b, a, -direction)
        return ia, ib
    ia = a.interval() if year_told(a) or a.year is not None else replace(a, year=2001).interval()
    if ia is None:
        return None, None
    for y in (ia[0].year - 1, ia[0].year, ia[0].year + 1):
        ib = replace(b, year=y).interval()
        if ib is not None and (ib[0] > ia[1] if direction > 0 else ib[1] < ia[0]) and abs((ib[0] - ia[0]).days) < 366:
            return ia, ib
    return None, None


def _day_in(m, year: int):
    month = m.months[0]
    if m.day is None or not 1 <= m.day <= calendar.monthrange(year, month)[1]:
        return None
    d = dt.date(year, month, m.day)
    return d, d


def _month_near(m, anchor):
    """The interval of a month told without its year (and a part of it: "early December") in the
    year that puts it nearest the ``anchor`` interval."""
    if anchor is None or m.calendar != "gregorian" or len(m.months) != 1:
        return None
    mid = anchor[0] + (anchor[1] - anchor[0]) / 2
    cands = [iv for iv in (replace(m, year=y).interval() for y in (mid.year - 1, mid.year, mid.year + 1)) if iv]
    return min(cands, key=lambda iv: abs((iv[0] + (iv[1] - iv[0]) / 2 - mid).days), default=None)


def _nearest(m, anchor):
    if anchor is None:
        return None
    mid = anchor[0] + (anchor[1] - anchor[0]) / 2
    cands = [iv for iv in (_day_in(m, y) for y in (mid.year - 1, mid.year, mid.year + 1)) if iv is not None]
    return min(cands, key=lambda iv: abs((iv[0] - mid).days), default=None)
