"""The date facts: a stated date (:class:`DateMention`) and its parts, a range of two dates
(:class:`DateRange`), and "yesterday"/"today"/"tomorrow" with a weekday (:class:`RelativeDay`)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from functools import cached_property

from checker.language.calendars import hijri_month_bounds, hijri_to_gregorian, valid_gregorian


@dataclass(frozen=True)
class Part:
    """A piece of a date mention: its span and value."""

    start: int
    end: int
    text: str
    value: int


@dataclass(frozen=True)
class DateMention:
    """A stated date. ``months`` holds every month the written month can stand for (two when a
    gloss pair disagrees); ``year_inferred`` is True when the year was not written but taken
    from the publication date. ``relation`` is 'past', 'future' or 'current' when a word such as
    "last"/الماضي places it relative to the publication date. ``part`` is 'early', 'mid' or
    'late' ("late 2024", `أواخر عام 2024`) and narrows the interval; ``bound`` is 'since' or
    'until' (`منذ`, `حتى`) when the date opens or closes a period. ``precision`` may also be
    'season' (``months`` then lists the season's months, the first possibly of the year before)
    or 'decade' (``year`` is its first year). ``relation_span`` is where the relation word is
    written, ``lead`` where the qualifier words before the date begin."""

    start: int
    end: int
    text: str
    calendar: str                       # gregorian | hijri
    precision: str                      # day | month | year
    year: int | None
    months: tuple[int, ...] = ()
    day: int | None = None
    year_inferred: bool = False
    relation: str | None = None
    weekday: Part | None = None
    day_part: Part | None = None
    month_parts: tuple[Part, ...] = ()
    year_part: Part | None = None
    form: str = "words"                 # words | numeric | year | season | decade
    bare_year: bool = False             # a lone four-digit number with no date word near it
    part: str | None = None             # early | mid | late
    bound: str | None = None            # since | until
    lead: int | None = None             # where the words before it (منذ عام, "until the end of") start
    relation_span: tuple[int, int] | None = None   # where the relation word ("last", الماضي) is

    @property
    def month(self) -> int | None:
        return self.months[0] if self.months else None

    def dates(self, published: dt.date | None = None) -> list[dt.date]:
        """Every Gregorian day this mention can denote at day precision. With ``published`` and
        an inferred year, every year that puts the date within nine months of publication (on
        the side its relation word states) is a candidate."""
        if self.precision != "day" or self.year is None or self.day is None:
            return []
        years = [self.year]
        if self.year_inferred and published is not None and self.calendar == "gregorian":
            years = [y for y in (published.year - 1, published.year, published.year + 1)
                     if any(_plausible(y, m, self.day, published, self.relation) for m in self.months)] or years
        if len(years) > 1:
            return [d for y in years for d in replace(self, year=y, year_inferred=False).dates()]
        out = []
        for m in self.months:
            if self.calendar == "hijri":
                d = hijri_to_gregorian(self.year, m, self.day)
                if d:
                    out.append(d)
            elif valid_gregorian(self.year, m, self.day):
                out.append(dt.date(self.year, m, self.day))
        return out

    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The Gregorian days this mention covers, first and last (None when unknown), narrowed
        to the early, middle or late third when ``part`` says so (of a decade, five years of it).
        Computed once per mention."""
        return self._covered

    @cached_property
    def _covered(self) -> tuple[dt.date, dt.date] | None:
        iv = self._interval()
        if iv is None or self.part is None or self.precision not in ("year", "month", "decade"):
            return iv
        a, b = iv
        if self.precision == "decade":   # "the early 1990s": 1990-94, "the mid": 93-97, "the late": 95-99
            first, last = {"early": (0, 4), "mid": (3, 7)}.get(self.part, (5, 9))
            return dt.date(self.year + first, 1, 1), dt.date(self.year + last, 12, 31)
        third = (b - a) / 3
        if self.part == "early":
            return a, a + third
        if self.part == "mid":
            return a + third, b - third
        return b - third, b

    def _interval(self) -> tuple[dt.date, dt.date] | None:
        if self.year is None:
            return None
        try:
            if self.precision == "decade":
                return dt.date(self.year, 1, 1), dt.date(self.year + 9, 12, 31)
            if self.precision == "season":
                first = dt.date(self.year - (1 if self.months[0] > self.months[-1] else 0), self.months[0], 1)
                last_month = self.months[-1]
                return first, dt.date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])
            if self.precision == "year":
                if self.calendar == "hijri":
                    a, b = hijri_month_bounds(self.year, 1), hijri_month_bounds(self.year, 12)
                    return (a[0], b[1]) if a and b else None
                return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
            if self.precision == "month":
                spans = []
                for m in self.months:
                    if self.calendar == "hijri":
                        b = hijri_month_bounds(self.year, m)
                        if b:
                            spans.append(b)
                    else:
                        spans.append((dt.date(self.year, m, 1),
                                      dt.date(self.year, m, calendar.monthrange(self.year, m)[1])))
                return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
            ds = self.dates()
            return (min(ds), max(ds)) if ds else None
        except ValueError:
            return None


def _plausible(year: int, month: int, day: int, published: dt.date, relation: str | None) -> bool:
    if not valid_gregorian(year, month, day):
        return False
    d = dt.date(year, month, day)
    if relation == "past" and d > published or relation == "future" and d < published:
        return False
    return abs((d - published).days) <= 270


@dataclass(frozen=True)
class DateRange:
    """Two dates written as the ends of one period: "between 2015 and 2016", `بين عامي 2015
    و2016`, "from March 2019 to January 2020", "2015–2016". ``start`` is where the range word
    begins (or the first date, for a dash)."""

    first: DateMention
    second: DateMention
    start: int
    end: int
    form: str  # words | dash | days | whole (one month or year told whole: "throughout August")

    def interval(self) -> tuple[dt.date, dt.date] | None:
        return self._covered

    @cached_property
    def _covered(self) -> tuple[dt.date, dt.date] | None:
        a, b = self.first.interval(), self.second.interval()
        if a is None or b is None:
            return None
        if self.first.year_inferred and not self.second.year_inferred and self.second.year is not None:
            # "from June to September 2025": the first end takes the year written at the second
            for year in (self.second.year, self.second.year - 1):
                told = replace(self.first, year=year).interval()
                if told is not None and told[0] <= b[1]:
                    return told[0], b[1]
        if a[0] > b[1] and self.first.year_inferred and self.first.year is not None:
            # "from April to July" in October: the April before the July its year was read for
            before = replace(self.first, year=self.first.year - 1).interval()
            if before is not None and before[0] <= b[1]:
                return before[0], b[1]
        return a[0], b[1]


@dataclass(frozen=True)
class RelativeDay:
    """"yesterday"/أمس, "today"/اليوم, "tomorrow"/غداً, with the weekday written next to it."""

    start: int
    end: int
    text: str
    offset: int                  # -1, 0, +1 days from publication
    weekday: Part | None = None
