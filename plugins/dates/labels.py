"""English labels of dates and weekdays, for messages."""

from __future__ import annotations

import calendar
import datetime as dt


def date_label(d: dt.date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def weekday_label(n: int) -> str:
    return calendar.day_name[n - 1]
