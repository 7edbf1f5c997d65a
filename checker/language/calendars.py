"""Calendar arithmetic: weekdays, Hijri (Umm al-Qura) conversion, year inference."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache


def valid_gregorian(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and dt.MINYEAR <= year <= dt.MAXYEAR


def iso_weekday(year: int, month: int, day: int) -> int | None:
    """1 = Monday ... 7 = Sunday, or None for an impossible date."""
    if not valid_gregorian(year, month, day):
        return None
    return dt.date(year, month, day).isoweekday()


@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date (Umm al-Qura), or None outside the supported range
    (1343–1500 AH) or for an impossible date."""
    from hijridate import Hijri   # its tables load with the first Hijri date, not with the checker

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=4096)
def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int] | None:
    from hijridate import Gregorian   # loaded on first use, as in hijri_to_gregorian

    try:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_bounds(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    for last_day in (30, 29):
        last = hijri_to_gregorian(year, month, last_day)
        if last is not None:
            return first, last
    return None


def infer_year(month: int, day: int | None, published: dt.date, direction: str | None = None) -> int:
    """The year of a date written without one: the nearest to the publication date, or the
    nearest on the stated side of it ('past' for "last March", 'future' for "next March")."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        if not dt.MINYEAR <= year <= dt.MAXYEAR:   # published in year 1 or 9999
            continue
        d = min(day or 1, calendar.monthrange(year, month)[1])
        date = dt.date(year, month, d)
        if direction == "past" and date > published:
            continue
        if direction == "future" and date < published:
            continue
        gap = abs((date - published).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else published.year


def nearest_weekday(date: dt.date, weekday: int) -> dt.date:
    """The date nearest to ``date`` that falls on ``weekday`` (ISO), earlier on a tie."""
    back = (date.isoweekday() - weekday) % 7
    fwd = (weekday - date.isoweekday()) % 7
    return date - dt.timedelta(days=back) if back <= fwd else date + dt.timedelta(days=fwd)
