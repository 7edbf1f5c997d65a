"""DATE007's verdict on two dates (or times) and the order phrase between them: the wrong order,
an offset the dates do not fit, or none."""

from __future__ import annotations

import calendar
import datetime as dt

from .order import Order

_DAY = 1440             # minutes


def date_verdict(a, b, order: Order) -> str | None:
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
    tol = max(tol, 1.0, 0.3 * days) if order.loose else tol   # "about five days later"
    shift = dt.timedelta(days=order.direction * days)
    lo, hi = ia[0] + shift - dt.timedelta(days=tol), ia[1] + shift + dt.timedelta(days=tol)
    return "offset" if ib[1] < lo or ib[0] > hi else None


def time_verdict(a, b, order: Order) -> str | None:
    diff = b.minutes - a.minutes
    if order.minutes is None:
        back = -diff if order.direction > 0 else diff
        return "order" if 0 < back < 360 else None
    expected = a.minutes + order.direction * order.minutes
    off = (b.minutes - expected + 720) % _DAY - 720
    if abs(off) <= max(1.0, (0.3 if order.loose else 0.15) * order.minutes):   # "about four hours later"
        return None
    back = -diff if order.direction > 0 else diff
    return "order" if 0 < back < 360 else "offset"


def _intervals(a, b):
    """The two dates' intervals; a date without a written year takes the year nearest the other."""
    if a.year_part is not None and b.year_part is not None:
        return a.interval(), b.interval()
    if a.precision != "day" or b.precision != "day":
        return None, None  # a day without a year is read against another day only
    if a.year_part is None and b.year_part is None:
        ia = _day_in(a, a.year or 2000)
        return ia, _nearest(b, ia)
    if a.year_part is None:
        ib = b.interval()
        return _nearest(a, ib), ib
    ia = a.interval()
    return ia, _nearest(b, ia)


def _day_in(m, year: int):
    month = m.months[0]
    if m.day is None or not 1 <= m.day <= calendar.monthrange(year, month)[1]:
        return None
    d = dt.date(year, month, m.day)
    return d, d


def _nearest(m, anchor):
    if anchor is None:
        return None
    mid = anchor[0] + (anchor[1] - anchor[0]) / 2
    cands = [iv for iv in (_day_in(m, y) for y in (mid.year - 1, mid.year, mid.year + 1)) if iv is not None]
    return min(cands, key=lambda iv: abs((iv[0] - mid).days), default=None)
