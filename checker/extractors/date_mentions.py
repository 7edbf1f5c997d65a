"""Date facts shared by all rules: what dates the text states, where, and at what precision.

Nothing is invented: a day or a year that was not written stays ``None``; when a publication
date is known, a missing year may be *inferred* (the nearest year, or the nearest on the side
that "last"/"next" states) and is marked so. Matching runs over the normalised view, so Arabic
spelling variants and Arabic-Indic digits need no special cases; every offset maps back to the
original text. All words come from the ``[dates]``, ``[months]`` and ``[weekdays]`` language data.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.language.calendars import hijri_month_bounds, hijri_to_gregorian, infer_year, valid_gregorian
from checker.core.document import Document
from checker.language.lexicon import Lexicon
from checker.language.matching import NOT_LETTER_AFTER as _NOT_LETTER_AFTER
from checker.language.matching import NOT_LETTER_BEFORE as _NOT_LETTER_BEFORE
from checker.language.matching import WS as _WS
from checker.language.matching import alternation as _alt
from checker.extractors.month_mentions import MonthMention, MonthPair
from checker.language.normalize import normalize_text



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
    or 'decade' (``year`` is its first year)."""

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
            return [d for y in years for d in DateMention(**{**self.__dict__, "year": y, "year_inferred": False}).dates()]
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
        to the early, middle or late third when ``part`` says so."""
        iv = self._interval()
        if iv is None or self.part is None or self.precision not in ("year", "month", "decade"):
            return iv
        a, b = iv
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
    form: str  # words | dash

    def interval(self) -> tuple[dt.date, dt.date] | None:
        a, b = self.first.interval(), self.second.interval()
        if a is None or b is None:
            return None
        return a[0], b[1]


@dataclass(frozen=True)
class RelativeDay:
    """"yesterday"/أمس, "today"/اليوم, "tomorrow"/غداً, with the weekday written next to it."""

    start: int
    end: int
    text: str
    offset: int                  # -1, 0, +1 days from publication
    weekday: Part | None = None


@dataclass
class _Patterns:
    weekday: re.Pattern | None
    weekday_numbers: dict[str, int]
    day_before: re.Pattern
    day_after: re.Pattern
    year_after: re.Pattern
    relation_after: re.Pattern | None
    relation_before: re.Pattern | None
    relation_words: dict[str, str]
    hijri_markers: frozenset[str]
    gregorian_markers: frozenset[str]
    context_before: re.Pattern | None
    year_prefixed: re.Pattern
    relative_day: re.Pattern | None
    relative_offsets: dict[str, int]
    weekday_gap: re.Pattern
    qualifier_before: re.Pattern
    season: re.Pattern | None
    season_months: dict[str, tuple[int, ...]]
    decade: re.Pattern
    decade_words: dict[str, int]
    year_prefix_end: re.Pattern
    relative: re.Pattern | None
    relative_units: dict[str, tuple[str, int]]
    year_relative: re.Pattern | None
    year_relative_offsets: dict[str, int]
    proclitics: str = ""




@lru_cache(maxsize=32)
def _patterns(lex: Lexicon) -> _Patterns:
    d = lex.section("dates", {})
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:[{pro}])?" if pro else ""
    wd_numbers: dict[str, int] = {}
    for number, names in lex.section("weekdays", {}).items():
        for n in names:
            wd_numbers[" ".join(normalize_text(n).split())] = int(number)
    weekday = None
    if wd_numbers:
        prefixes = _alt(d.get("weekday_prefixes", []))
        prefix = f"(?:(?:{prefixes}){_WS}*)?" if prefixes else ""
        weekday = re.compile(rf"{_NOT_LETTER_BEFORE}{pre}{prefix}(?P<wd>{_alt(wd_numbers)})\.?{_NOT_LETTER_AFTER}")
    ordinals = _alt(d.get("ordinal_suffixes", []))
    ords = f"(?:{ordinals})?" if ordinals else ""
    day_prefix = _alt(d.get("day_prefixes", []))
    day_links = _alt(d.get("day_links", []))
    day_before = re.compile(
        rf"(?<![\d/.:,\-])(?:(?:{day_prefix}){_WS}*)?(?P<day>\d{{1,2}}){ords}{_WS}*"
        rf"(?:(?:{day_links}){_WS}+)?$" if day_links else
        rf"(?<![\d/.:,\-])(?P<day>\d{{1,2}}){ords}{_WS}*$")
    day_after = re.compile(rf"\.?{_WS}*(?P<day>\d{{1,2}}){ords}(?![\d:]|[.,]\d|{_WS}*%)")
    year_prefixes = _alt(d.get("year_prefixes", []))
    markers = list(d.get("hijri_markers", [])) + list(d.get("gregorian_markers", []))
    year_after = re.compile(
        rf"\.?{_WS}*[,،]?{_WS}*(?:(?:{year_prefixes}){_WS}*)?(?P<year>\d{{4}})(?!\d)"
        rf"(?:{_WS}*(?P<marker>{_alt(markers)}){_NOT_LETTER_AFTER})?" if year_prefixes else
        rf"{_WS}*[,،]?{_WS}*(?P<year>\d{{4}})(?!\d)")
    relation_words = {}
    for key in ("past", "future", "current"):
        for w in d.get(key, []):
            relation_words[" ".join(normalize_text(w).split())] = key
    rel = _alt(relation_words)
    relation_after = re.compile(rf"{_WS}*(?P<rel>{rel}){_NOT_LETTER_AFTER}") if rel else None
    relation_before = re.compile(rf"{_NOT_LETTER_BEFORE}(?P<rel>{rel}){_WS}+$") if rel else None
    context = lex.section("months", {}).get("context_words", [])
    context_before = re.compile(rf"{_NOT_LETTER_BEFORE}{pre}(?:{_alt(context)}){_WS}*$") if context else None
    year_prefixed = re.compile(
        rf"{_NOT_LETTER_BEFORE}{pre}(?:{year_prefixes}){_WS}*(?P<year>\d{{4}})(?!\d)" if year_prefixes else r"(?!x)x")
    offsets = {}
    for key, off in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
        for w in d.get(key, []):
            offsets[" ".join(normalize_text(w).split())] = off
    relative_day = None
    if offsets and weekday is not None:
        relative_day = re.compile(
            rf"{_NOT_LETTER_BEFORE}{pre}(?P<rel>{_alt(offsets)}){_NOT_LETTER_AFTER}{_WS}*[,،]?{_WS}*\(?{_WS}*"
            rf"(?:(?:{_alt(d.get('weekday_prefixes', [])) or '(?!x)x'}){_WS}*)?(?P<wd>{_alt(wd_numbers)}){_NOT_LETTER_AFTER}")
    links = _alt(d.get("weekday_links", []))
    weekday_gap = re.compile(
        rf"^{_WS}*[,،]?{_WS}*\(?{_WS}*(?:(?:{links}){_WS}+)?$" if links else rf"^{_WS}*[,،]?{_WS}*\(?{_WS}*$")
    parts = {k: _alt(d.get(k, [])) for k in ("early", "mid", "late")}
    part_rx = "|".join(f"(?P<{k}>{v})" for k, v in parts.items() if v)
    bounds = {k: _alt(d.get(k, [])) for k in ("since", "until")}
    bound_rx = "|".join(f"(?P<{k}>{v})" for k, v in bounds.items() if v)
    qualifier_before = re.compile(
        (rf"(?<![^\W\d_]){pre}(?:{bound_rx}){_WS}+" if bound_rx else "(?!x)x") + "|" +
        (rf"(?<![^\W\d_]){pre}(?:{part_rx})(?:{_WS}+|-)" if part_rx else "(?!x)x"))
    year_prefix_end = re.compile(rf"(?:{year_prefixes or '(?!x)x'}){_WS}*$")
    rel_units = {" ".join(normalize_text(k).split()): (v[0], int(v[1])) for k, v in d.get("relative", {}).items()}
    rel_rx = re.compile(rf"{_NOT_LETTER_BEFORE}{pre}(?P<rel>{_alt(rel_units)}){_NOT_LETTER_AFTER}") if rel_units else None
    yrel = {" ".join(normalize_text(k).split()): int(v) for k, v in d.get("year_relative", {}).items()}
    yrel_rx = re.compile(rf"\.?{_WS}*,?{_WS}*(?P<rel>{_alt(yrel)}){_NOT_LETTER_AFTER}") if yrel else None
    seasons = {" ".join(normalize_text(k).split()): tuple(v) for k, v in d.get("seasons", {}).items()}
    season = re.compile(rf"{_NOT_LETTER_BEFORE}{pre}(?P<season>{_alt(seasons)}){_WS}+"
                        rf"(?:(?:{year_prefixes}){_WS}*)?(?P<year>\d{{4}})(?!\d)") if seasons else None
    decade_words = {" ".join(normalize_text(k).split()): int(v) for k, v in d.get("decades", {}).items()}
    decade_alts = rf"|{_NOT_LETTER_BEFORE}{pre}(?P<word>{_alt(decade_words)}){_NOT_LETTER_AFTER}" if decade_words else ""
    decade = re.compile(rf"(?<![\d'’])(?P<tens>1[89]\d|20\d)0'?s{_NOT_LETTER_AFTER}" + decade_alts)
    return _Patterns(weekday, wd_numbers, day_before, day_after, year_after, relation_after, relation_before,
                     relation_words,
                     frozenset(normalize_text(m) for m in d.get("hijri_markers", [])),
                     frozenset(normalize_text(m) for m in d.get("gregorian_markers", [])),
                     context_before, year_prefixed, relative_day, offsets, weekday_gap, qualifier_before,
                     season, seasons, decade, decade_words, year_prefix_end, rel_rx, rel_units,
                     yrel_rx, yrel, pro)


_NUMERIC = [
    (re.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/\-]|[.,]\d)"), "dmy"),
    (re.compile(r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[/\-])(?P<b>\d{1,2})(?P=sep)(?P<a>\d{1,2})(?![\d/\-]|[.,]\d)"), "ymd"),
]
_YEAR = re.compile(r"(?<![\d.,/:])(?P<y>\d{4})(?![\d%]|[.,]\d|[/:]\d)")


class _Scanner:
    def __init__(self, doc: Document, facts):
        self.doc = doc
        self.view = doc.normalized
        self.nt = self.view.text
        self.p = _patterns(doc.lexicon)
        self.facts = facts
        self.published = doc.published
        self._dated: list[DateMention] = []

    def part(self, ns: int, ne: int, value: int) -> Part:
        s, e = self.view.to_original(ns, ne)
        return Part(s, e, self.doc.text[s:e], value)

    def weekday_before(self, ns: int) -> Part | None:
        """A weekday right before normalised offset ``ns`` ("الاثنين 5 مارس", "Monday, March 5")."""
        if self.p.weekday is None:
            return None
        window = self.nt[max(0, ns - 40):ns]
        base = max(0, ns - 40)
        best = None
        for m in self.p.weekday.finditer(window):
            if self.p.weekday_gap.match(window[m.end():]):
                best = m
        if best is None:
            return None
        return self.part(base + best.start("wd"), base + best.end("wd"), self.p.weekday_numbers[
            " ".join(best.group("wd").split())])

    def weekday_after(self, ne: int) -> Part | None:
        """A weekday in brackets right after a date: "5 مارس (الاثنين)"."""
        if self.p.weekday is None:
            return None
        m = re.match(rf"{_WS}*\({_WS}*", self.nt[ne:ne + 6])
        if not m:
            return None
        w = self.p.weekday.match(self.nt, ne + m.end())
        if not w or not re.match(rf"{_WS}*\)", self.nt[w.end():w.end() + 4]):
            return None
        return self.part(w.start("wd"), w.end("wd"), self.p.weekday_numbers[" ".join(w.group("wd").split())])

    def month_expressions(self) -> list[tuple[int, int, list[MonthMention], bool]]:
        """(normalised start, end, mentions, is_pair) for each month name or gloss pair."""
        pairs: list[MonthPair] = self.facts["month_pairs"]
        in_pair = set()
        out = []
        for pr in pairs:
            in_pair.update((pr.first.start, pr.second.start))
            out.append((self.view.from_original(pr.start), self.view.from_original(pr.end), [pr.first, pr.second], True))
        for m in self.facts["month_mentions"]:
            if m.start not in in_pair:
                out.append((self.view.from_original(m.start), self.view.from_original(m.end), [m], False))
        out.sort(key=lambda x: x[0])
        return out

    def from_months(self) -> list[DateMention]:
        out = []
        for ns, ne, mentions, is_pair in self.month_expressions():
            mention = self._month_date(ns, ne, mentions, is_pair)
            if mention is not None:
                out.append(mention)
        return out

    def _month_date(self, ns, ne, mentions, is_pair) -> DateMention | None:
        lunar = all(m.lunar for m in mentions)
        solar = [m for m in mentions if not m.lunar] if not lunar else mentions
        months = tuple(dict.fromkeys(m.number for m in solar))
        before = self.nt[max(0, ns - 24):ns]
        day = year = None
        start, end = ns, ne
        db = self.p.day_before.search(before)
        if db:
            ds = ns - len(before) + db.start("day")
            day = (ds, ds + len(db.group("day")), int(db.group("day")))
            start = ns - len(before) + db.start()
        after_pos = ne
        if day is None:
            da = self.p.day_after.match(self.nt, ne)
            if da and not re.match(r"\d{4}", self.nt[da.start("day"):]):
                day = (da.start("day"), da.end("day"), int(da.group("day")))
                after_pos = da.end()
        ya = self.p.year_after.match(self.nt, after_pos)
        marker = None
        if ya:
            year = (ya.start("year"), ya.end("year"), int(ya.group("year")))
            marker = ya.groupdict().get("marker")
            end = ya.end()
        elif day is not None and day[0] >= ne:
            end = day[1]
        year_offset = None
        if ya is None and self.p.year_relative is not None:
            yr = self.p.year_relative.match(self.nt, end if day is None or day[0] < ne else day[1])
            if yr:
                year_offset = self.p.year_relative_offsets[" ".join(yr.group("rel").split())]
                end = yr.end()
        if day is not None and not 1 <= day[2] <= 31:
            day = None
        calendar_ = "hijri" if lunar else "gregorian"
        if marker and normalize_text(marker) in self.p.hijri_markers and not lunar:
            return None  # a solar month with a Hijri year: not a date we can read
        ambiguous = all(m.ambiguous for m in mentions) and not is_pair
        relation = None
        if self.p.relation_after is not None:
            for pos in dict.fromkeys((end, ne)):  # "مارس 2019 الماضي" or "مارس الماضي 2019"
                ra = self.p.relation_after.match(self.nt, pos)
                if ra:
                    relation = self.p.relation_words[" ".join(ra.group("rel").split())]
                    if pos == ne and year is None:
                        ya = self.p.year_after.match(self.nt, ra.end())
                        if ya and not ya.groupdict().get("marker"):
                            year = (ya.start("year"), ya.end("year"), int(ya.group("year")))
                            end = ya.end()
                    break
        if relation is None and self.p.relation_before is not None and day is None:
            rb = self.p.relation_before.search(self.nt[max(0, ns - 16):ns])
            if rb:
                relation = self.p.relation_words[" ".join(rb.group("rel").split())]
        context = self.p.context_before is not None and self.p.context_before.search(self.nt[max(0, ns - 16):ns])
        if lunar and day is None and year is None:
            return None
        if ambiguous and day is None and year is None and relation is None and not context and year_offset is None:
            return None
        if year is not None and not (1000 <= year[2] <= 2200):
            return None
        weekday = self.weekday_before(start) or self.weekday_after(end)
        year_value = year[2] if year else None
        inferred = False
        if year_value is None and self.published is not None and not lunar:
            if year_offset is not None:  # "March this year", "مارس من العام الماضي"
                year_value = self.published.year + year_offset
            else:
                year_value = infer_year(months[0], day[2] if day else None, self.published, relation)
            inferred = True
        s, e = self.view.to_original(start, end)
        return DateMention(
            start=s, end=e, text=self.doc.text[s:e], calendar=calendar_,
            precision="day" if day else "month", year=year_value, months=months,
            day=day[2] if day else None, year_inferred=inferred, relation=relation, weekday=weekday,
            day_part=self.part(day[0], day[1], day[2]) if day else None,
            month_parts=tuple(Part(m.start, m.end, m.text, m.number) for m in mentions),
            year_part=self.part(year[0], year[1], year[2]) if year else None)

    def numeric(self) -> list[DateMention]:
        out = []
        lang = self.doc.lang
        for rx, order in _NUMERIC:
            for m in rx.finditer(self.nt):
                a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
                rest = self.nt[m.end():m.end() + 8]
                mk = re.match(rf"{_WS}*(\S+)", rest)
                hijri = bool(mk) and normalize_text(mk.group(1)).rstrip(".") in self.p.hijri_markers
                cands = []
                if order == "ymd":
                    cands.append((a, b))
                else:
                    if 1 <= b <= 12:
                        cands.append((a, b))
                    if lang == "en" and 1 <= a <= 12 and a != b:
                        cands.append((b, a))  # US order is possible in English copy
                cands = [(d, mo) for d, mo in cands if 1 <= d <= 31 and 1 <= mo <= 12]
                if not cands or not (1000 <= y <= 2200):
                    continue
                if len(cands) > 1:
                    continue  # 03/04/2018: the order cannot be told, so no day is stated
                d, mo = cands[0]
                s, e = self.view.to_original(m.start(), m.end())
                out.append(DateMention(
                    start=s, end=e, text=self.doc.text[s:e], calendar="hijri" if hijri else "gregorian",
                    precision="day", year=y, months=(mo,), day=d,
                    weekday=self.weekday_before(m.start()) or self.weekday_after(m.end()),
                    day_part=self.part(m.start("a"), m.end("a"), d),
                    month_parts=(self.part(m.start("b"), m.end("b"), mo),),
                    year_part=self.part(m.start("y"), m.end("y"), y), form="numeric"))
        return out

    def years(self, taken: list[tuple[int, int]]) -> list[DateMention]:
        """Years standing alone: after a year word (عام 2019, in 2019), or bare four-digit
        numbers (kept, but marked, for range rules)."""
        out = []
        prefixed = {m.start("year") for m in self.p.year_prefixed.finditer(self.nt)}
        for m in _YEAR.finditer(self.nt):
            s, e = self.view.to_original(m.start("y"), m.end("y"))
            if any(a <= s < b for a, b in taken):
                continue
            y = int(m.group("y"))
            if not 1000 <= y <= 2200:
                continue
            rest = self.nt[m.end():m.end() + 8]
            mk = re.match(rf"{_WS}*(\S+)", rest)
            marker = normalize_text(mk.group(1)).rstrip(".") if mk else ""
            hijri = marker in self.p.hijri_markers
            bare = m.start("y") not in prefixed and not hijri and marker not in self.p.gregorian_markers
            if bare and not 1900 <= y <= 2100:
                continue
            out.append(DateMention(
                start=s, end=e, text=self.doc.text[s:e], calendar="hijri" if hijri else "gregorian",
                precision="year", year=y, year_part=Part(s, e, self.doc.text[s:e], y), form="year",
                bare_year=bare))
        return out

    def seasons_and_decades(self) -> list[DateMention]:
        out = []
        if self.p.season is not None:
            for m in self.p.season.finditer(self.nt):
                s, e = self.view.to_original(m.start(), m.end())
                months = self.p.season_months[" ".join(m.group("season").split())]
                y = int(m.group("year"))
                out.append(DateMention(start=s, end=e, text=self.doc.text[s:e], calendar="gregorian",
                                       precision="season", year=y, months=months, form="season",
                                       year_part=self.part(m.start("year"), m.end("year"), y)))
        for m in self.p.decade.finditer(self.nt):
            first = int(m.group("tens")) * 10 if m.group("tens") else self.p.decade_words[" ".join(m.group("word").split())]
            s, e = self.view.to_original(m.start(), m.end())
            out.append(DateMention(start=s, end=e, text=self.doc.text[s:e], calendar="gregorian",
                                   precision="decade", year=first, form="decade"))
        return out

    def relatives(self) -> list[DateMention]:
        """"yesterday", "last year", `الشهر الماضي`: dates resolved from the publication date."""
        if self.p.relative is None or self.published is None:
            return []
        out = []
        for m in self.p.relative.finditer(self.nt):
            unit, offset = self.p.relative_units[" ".join(m.group("rel").split())]
            s, e = self.view.to_original(m.start("rel"), m.end("rel"))
            pub = self.published
            if unit == "day":
                d = pub + dt.timedelta(days=offset)
                fields = dict(precision="day", year=d.year, months=(d.month,), day=d.day)
            elif unit == "month":
                index = pub.year * 12 + pub.month - 1 + offset
                fields = dict(precision="month", year=index // 12, months=(index % 12 + 1,))
            else:
                fields = dict(precision="year", year=pub.year + offset)
            out.append(DateMention(start=s, end=e, text=self.doc.text[s:e], calendar="gregorian",
                                   year_inferred=True, form="relative", **fields))
        return out

    def weekdays(self, taken: list[tuple[int, int]]) -> list[DateMention]:
        """A weekday standing alone ("said on Friday", `الأربعاء الماضي`): in news copy the most
        recent such day up to the publication date, or the next one when a word says so."""
        if self.p.weekday is None or self.published is None:
            return []
        attached = {m.weekday.start for m in self._dated if m.weekday is not None}
        out = []
        for m in self.p.weekday.finditer(self.nt):
            s, e = self.view.to_original(m.start("wd"), m.end("wd"))
            if s in attached or any(a <= s < b for a, b in taken):
                continue
            number = self.p.weekday_numbers[" ".join(m.group("wd").split())]
            relation = None
            if self.p.relation_after is not None:
                ra = self.p.relation_after.match(self.nt, m.end())
                rb = self.p.relation_before.search(self.nt[max(0, m.start() - 16):m.start()])
                hit = ra or rb
                if hit:
                    relation = self.p.relation_words[" ".join(hit.group("rel").split())]
            pub = self.published
            if relation == "future":
                d = pub + dt.timedelta(days=(number - pub.isoweekday()) % 7 or 7)
            else:
                back = (pub.isoweekday() - number) % 7
                d = pub - dt.timedelta(days=back or (7 if relation == "past" else 0))
            out.append(DateMention(start=s, end=e, text=self.doc.text[s:e], calendar="gregorian",
                                   precision="day", year=d.year, months=(d.month,), day=d.day,
                                   year_inferred=True, relation=relation, form="weekday"))
        return out

    def qualify(self, m: DateMention) -> DateMention:
        """Read "since"/"until" and "early"/"mid"/"late" written before a mention."""
        ns = self.view.from_original(m.start)
        before = self.nt[max(0, ns - 40):ns]
        part = bound = None
        pos = len(before)
        yp = self.p.year_prefix_end.search(before)
        ends = [len(before)] + ([yp.start()] if yp else [])
        for pos in ends:
            part = bound = None
            for _ in range(2):
                hit = None
                for q in self.p.qualifier_before.finditer(before, 0, pos):
                    if before[q.end():pos].strip() == "":
                        hit = q
                if hit is None:
                    break
                kind = next(k for k, v in hit.groupdict().items() if v)
                if kind in ("since", "until"):
                    bound = bound or kind
                else:
                    part = part or kind
                pos = hit.start()
            if part or bound:
                break
        if part is None and bound is None:
            return m
        lead = self.view.to_original(ns - len(before) + pos, ns)[0]
        return DateMention(**{**m.__dict__, "part": part, "bound": bound, "bare_year": False, "lead": lead})

    def relative_days(self) -> list[RelativeDay]:
        if self.p.relative_day is None:
            return []
        out = []
        for m in self.p.relative_day.finditer(self.nt):
            s, e = self.view.to_original(m.start("rel"), m.end("wd"))
            wd = self.part(m.start("wd"), m.end("wd"), self.p.weekday_numbers[" ".join(m.group("wd").split())])
            out.append(RelativeDay(s, e, self.doc.text[s:e],
                                   self.p.relative_offsets[" ".join(m.group("rel").split())], wd))
        return out


def extract_date_mentions(doc: Document, facts) -> list[DateMention]:
    scanner = _Scanner(doc, facts)
    found = scanner.seasons_and_decades() + scanner.from_months() + scanner.numeric()
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[DateMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    out += scanner.years([(m.start, m.end) for m in out])
    taken = [(m.start, m.end) for m in out]
    out += [r for r in scanner.relatives() if not any(a < r.end and r.start < b for a, b in taken)]
    scanner._dated = out
    taken = [(m.start, m.end) for m in out]
    out += scanner.weekdays(taken)
    out.sort(key=lambda m: (m.start, m.end))
    return [scanner.qualify(m) for m in out]


def extract_relative_days(doc: Document, facts) -> list[RelativeDay]:
    return _Scanner(doc, facts).relative_days()


@lru_cache(maxsize=32)
def _range_patterns(lex: Lexicon):
    d = lex.section("dates", {})
    starts, links = _alt(d.get("range_starts", [])), _alt(d.get("range_links", []))
    if not starts or not links:
        return None
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:[{pro}])?" if pro else ""
    prefixes = _alt(d.get("year_prefixes", [])) or "(?!x)x"
    before = re.compile(rf"{_NOT_LETTER_BEFORE}{pre}(?:{starts}){_WS}*$")
    gap = re.compile(rf"{_WS}*(?:(?:{links}){_WS}*(?:(?:{prefixes}){_WS}*)?|[-–—]{_WS}*)")
    return before, gap


def extract_date_ranges(doc: Document, facts) -> list[DateRange]:
    """Pairs of adjacent dates, both with their years written, joined as a range."""
    pats = _range_patterns(doc.lexicon)
    if pats is None:
        return []
    before_rx, gap_rx = pats
    view = doc.normalized
    mentions = facts["date_mentions"]
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if a.year_part is None or b.year_part is None or a.calendar != b.calendar:
            continue
        gap = view.text[view.from_original(a.end):view.from_original(b.start)]
        if not gap_rx.fullmatch(gap):
            continue
        dash = not re.search(r"\w", gap)
        if dash:
            if a.precision != "year" or b.precision != "year" or gap.strip() != gap:
                continue  # only "2019–2017" written tight is read as a range of years
            out.append(DateRange(a, b, a.start, b.end, "dash"))
            continue
        na = view.from_original(a.start)
        hit = before_rx.search(view.text[max(0, na - 24):na])
        if hit is None:
            continue
        start = view.to_original(max(0, na - 24) + hit.start(), na)[0]
        out.append(DateRange(a, b, start, b.end, "words"))
    return out
