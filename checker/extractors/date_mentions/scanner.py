"""Reading dates around month names and dates written with digits, over the normalised view of
one document. Offsets named ``ns``/``ne`` are normalised; every fact maps back to the original."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from checker.core.document import Document
from checker.extractors.date_mentions.model import DateMention, Part
from checker.extractors.date_mentions.patterns import NUMERIC, NUMERIC_HINT, WORD_AFTER, date_patterns
from checker.extractors.keywords import finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.extractors.month_mentions import MonthMention, MonthPair
from checker.language.calendars import infer_year
from checker.language.matching import WS, finditer_near, matched_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_OPEN_BRACKET = compiled(rf"{WS}*\({WS}*")
_CLOSE_BRACKET = compiled(rf"{WS}*\)")
_FOUR_DIGITS = compiled(r"\d{4}")

#: The patterns :meth:`Scanner.scan` reads over a whole text that are tried only where the
#: keyword pass found one of the words they start from (a group of its own: its starts are where
#: its words start, after two proclitics at most); the others where their finder finds them.
_SCANNED = {name: register(f"date_mentions.{name}", lambda lex, name=name: date_patterns(lex).finder_words.get(name, ()),
                           own_starts=True)
            for name in ("weekday", "relative_day", "relative", "year_prefixed", "season")}

_SENTENCE_LEAD = compiled(r"[.!?؟\n]|\s[-–—]\s")   # what ends the words before a date in its sentence


class Number(NamedTuple):
    """A number of a date (day or year) at normalised ``[start, end)``."""

    start: int
    end: int
    value: int


class MonthExpression(NamedTuple):
    """A month name, or a gloss pair of two, at normalised ``[start, end)``."""

    start: int
    end: int
    mentions: list[MonthMention]
    is_pair: bool


class _Around(NamedTuple):
    """What is written around a month name: the date's extent, its day, year, calendar marker
    and a year given by words ("March of last year")."""

    start: int
    end: int
    day: Number | None
    year: Number | None
    marker: str | None
    year_offset: int | None


class Scanner:
    """The date patterns of a document's language, applied to its normalised text."""

    def __init__(self, doc: Document, facts):
        self.doc = doc
        self.view = doc.normalized
        self.text = self.view.text          # the normalised text
        self.p = date_patterns(doc.lexicon)
        self.facts = facts
        self.published = doc.published

    def scan(self, name: str):
        """The matches over the whole normalised text of the date pattern ``name`` (a field of
        :class:`Patterns`), tried only where the words it starts from stand."""
        group = _SCANNED.get(name)
        if group is None:
            return finditer_near(getattr(self.p, name), self.p.finders.get(name), self.text)
        return finditer_at(getattr(self.p, name), self.text, keyword_starts(self.doc, group), 2)

    def part(self, ns: int, ne: int, value: int) -> Part:
        s, e = self.view.to_original(ns, ne)
        return Part(s, e, self.doc.text[s:e], value)

    def original(self, ns: int, ne: int) -> tuple[int, int]:
        return self.view.to_original(ns, ne)

    def weekday_part(self, m: re.Match, base: int = 0) -> Part:
        """The weekday matched as group ``wd`` of ``m`` (on text starting at ``base``)."""
        return self.part(base + m.start("wd"), base + m.end("wd"), self.p.weekday_numbers[matched_key(m.group("wd"))])

    def relation_at(self, m: re.Match, base: int = 0) -> tuple[str, tuple[int, int]]:
        """The relation ('past', 'future', 'current') of the word matched as group ``rel``, and
        its original span."""
        return (self.p.relation_words[matched_key(m.group("rel"))],
                self.original(base + m.start("rel"), base + m.end("rel")))

    def weekday_before(self, ns: int) -> Part | None:
        """A weekday right before normalised offset ``ns`` ("الاثنين 5 مارس", "Monday, March 5")."""
        if self.p.weekday is None:
            return None
        base = max(0, ns - 40)
        window = self.text[base:ns]
        best = None
        for m in self.p.weekday.finditer(window):
            if self.p.weekday_gap.match(window[m.end():]):
                best = m
        return self.weekday_part(best, base) if best is not None else None

    def weekday_after(self, ne: int) -> Part | None:
        """A weekday in brackets right after a date: "5 مارس (الاثنين)"; or set off by a comma and a
        word of ``weekday_apposed`` before a comma or the sentence's end: "on Oct. 9, a Thursday,"."""
        if self.p.weekday is None:
            return None
        m = _OPEN_BRACKET.match(self.text[ne:ne + 6])
        if not m and self.p.weekday_apposed is not None and (a := self.p.weekday_apposed.match(self.text, ne)):
            w = self.p.weekday.match(self.text, a.end())
            return self.weekday_part(w) if w and re.match(r"\s*(?:[,،.;؛]|$)", self.text[w.end():w.end() + 3]) else None
        if not m:
            return None
        w = self.p.weekday.match(self.text, ne + m.end())
        if not w or not _CLOSE_BRACKET.match(self.text[w.end():w.end() + 4]):
            return None
        return self.weekday_part(w)

    def weekday_near(self, ns: int, ne: int) -> Part | None:
        return self.weekday_before(ns) or self.weekday_after(ne)

    def marker_after(self, ne: int) -> str:
        """The normalised word after a number, less a final full stop or comma (a marker such as هـ,
        `للهجرة،`)."""
        mk = WORD_AFTER.match(self.text[ne:ne + 9])
        return normalize_text(mk.group(1)).rstrip(".,،؛;") if mk else ""

    # --- month names ----------------------------------------------------------------------
    def month_expressions(self) -> list[MonthExpression]:
        """Each month name or gloss pair, in text order."""
        pairs: list[MonthPair] = self.facts["month_pairs"]
        in_pair = set()
        out = []
        for pr in pairs:
            in_pair.update((pr.first.start, pr.second.start))
            out.append(MonthExpression(self.view.from_original(pr.start), self.view.from_original(pr.end),
                                       [pr.first, pr.second], True))
        for m in self.facts["month_mentions"]:
            if m.start not in in_pair:
                out.append(MonthExpression(self.view.from_original(m.start), self.view.from_original(m.end),
                                           [m], False))
        out.sort(key=lambda x: x.start)
        return out

    def from_months(self) -> list[DateMention]:
        out = []
        expressions = self.month_expressions()
        for i, expression in enumerate(expressions):
            mention = self._month_date(expression, expressions[i + 1] if i + 1 < len(expressions) else None)
            if mention is not None:
                out.append(mention)
        return out

    def _around(self, ns: int, ne: int) -> _Around:
        """The day before ("5 مارس") or after ("March 5") a month name, the year after it, and
        a year written as words ("March of last year") when no year is."""
        before = self.text[max(0, ns - 24):ns]
        day = year = marker = year_offset = None
        start, end = ns, ne
        db = self.p.day_before.search(before)
        if db:
            g = "day" if db.group("day") else "worded"   # digits, or an ordinal word (`الخامس من آب`)
            ds = ns - len(before) + db.start(g)
            value = int(db.group(g)) if g == "day" else self.p.day_words.get(matched_key(db.group(g)), 0)
            day = Number(ds, ds + len(db.group(g)), value)
            start = ns - len(before) + db.start()
        after_pos = ne
        if day is None:
            da = self.p.day_after.match(self.text, ne)
            if da and not _FOUR_DIGITS.match(self.text[da.start("day"):]):
                day = Number(da.start("day"), da.end("day"), int(da.group("day")))
                after_pos = da.end()
        ya = self.p.year_after.match(self.text, after_pos)
        if ya:
            year = Number(ya.start("year"), ya.end("year"), int(ya.group("year")))
            marker = ya.groupdict().get("marker")
            end = ya.end()
        elif day is not None and day.start >= ne:
            end = day.end
        if ya is None and self.p.year_relative is not None:
            yr = self.p.year_relative.match(self.text, end)
            if yr:
                year_offset = self.p.year_relative_offsets[matched_key(yr.group("rel"))]
                end = yr.end()
        if day is not None and not 1 <= day.value <= 31:
            day = None
        return _Around(start, end, day, year, marker, year_offset)

    def _relation(self, ns: int, ne: int, around: _Around) -> tuple[str | None, tuple[int, int] | None, _Around]:
        """The relation word after the date or the month ("مارس 2019 الماضي", "مارس الماضي
        2019", which also gives the year) or, for a date without a day, before it ("last
        March")."""
        if self.p.relation_after is not None:
            for pos in dict.fromkeys((around.end, ne)):
                ra = self.p.relation_after.match(self.text, pos)
                if ra:
                    if pos == ne and around.year is None:
                        ya = self.p.year_after.match(self.text, ra.end())
                        if ya and not ya.groupdict().get("marker"):
                            around = around._replace(
                                year=Number(ya.start("year"), ya.end("year"), int(ya.group("year"))), end=ya.end())
                    return *self.relation_at(ra), around
        if self.p.relation_before is not None and around.day is None:
            base = max(0, ns - 16)
            rb = self.p.relation_before.search(self.text[base:ns])
            if rb:
                return *self.relation_at(rb, base), around
        if self.p.this_year_before is not None and around.day is None and around.year is None:
            base = max(0, ns - 16)
            rb = self.p.this_year_before.search(self.text[base:ns])
            if rb:   # "this July": the publication's year, no relation to its day
                return None, self.original(base + rb.start("rel"), base + rb.end("rel")), around._replace(year_offset=0)
        return None, None, around

    def _told_as_done(self, start: int) -> str | None:
        """'past' when a verb that tells an event as done leads to the date ("was killed on
        Monday, March 4"): its year, left out, is the last one of that date, not the next."""
        rx = self.p.told_as_done
        if rx is None:
            return None
        return "past" if rx.search(self.text[max(0, start - 40):start]) else None

    def _sentence_year(self, ns: int) -> int | None:
        """The year a phrase opening the date's sentence puts it in ("Next year's edition will run
        from Friday, Sept 5", `وفي العام المقبل تقام الدورة من 5 أيلول`); not one further on, which
        may date another clause ("Sales rose last year, the company said on March 3")."""
        rx = self.p.year_relative_in
        if rx is None:
            return None
        lead = _SENTENCE_LEAD.split(self.text[max(0, ns - 120):ns])[-1]   # after a dateline too
        m = rx.search(lead)
        opening = m is not None and len(lead[:m.start()].split()) <= 1   # at most a word before it ("In", `وفي`)
        return self.p.year_relative_offsets[matched_key(m.group("rel"))] if opening else None

    def _capitalised_month(self, ns: int, ne: int, following: MonthExpression | None = None) -> bool:
        """An ambiguous name written capitalised right after a preposition of time ("in May"), no
        capitalised word after it (not "in May Ruiz's house"), or right before "to" and a month name
        that is no ambiguous one ("spent March to July")."""
        rx, to = self.p.capitalised_before, self.p.capitalised_before_month
        ranged = to is not None and following is not None and 0 < following.start - ne <= 10 and not all(
            m.ambiguous for m in following.mentions) and to.match(self.text, ne, following.start) is not None
        if not ranged and (rx is None or rx.search(self.text, max(0, ns - 16), ns) is None):
            return False
        s, e = self.original(ns, ne)
        word, after = self.doc.text[s:e], self.doc.text[e:e + 3].lstrip()
        return word[:1].isupper() and word[1:2].islower() and not after[:1].isupper()

    def _month_date(self, expression: MonthExpression, following: MonthExpression | None = None) -> DateMention | None:
        ns, ne, mentions, is_pair = expression
        lunar = all(m.lunar for m in mentions)
        solar = [m for m in mentions if not m.lunar] if not lunar else mentions
        months = tuple(dict.fromkeys(m.number for m in solar))
        around = self._around(ns, ne)
        if around.marker and normalize_text(around.marker) in self.p.hijri_markers and not lunar:
            return None  # a solar month with a Hijri year: not a date we can read
        relation, relation_span, around = self._relation(ns, ne, around)
        day, year = around.day, around.year
        ambiguous = all(m.ambiguous for m in mentions) and not is_pair
        context = self.p.context_before is not None and self.p.context_before.search(self.text[max(0, ns - 16):ns]) \
            or ambiguous and self._capitalised_month(ns, ne, following)
        if lunar and day is None and year is None:
            return None
        if ambiguous and day is None and year is None and relation is None and not context \
                and around.year_offset is None:
            return None
        if year is not None and not (1000 <= year.value <= 2200):
            return None
        year_value = year.value if year else None
        inferred = False
        if year_value is None and self.published is not None and not lunar:
            offset = around.year_offset if around.year_offset is not None else self._sentence_year(ns)
            if offset is not None:  # "March this year", "مارس من العام الماضي", "Next year's … Sept 5"
                year_value = self.published.year + offset
            elif dt.MINYEAR < self.published.year < dt.MAXYEAR:
                side = relation or self._told_as_done(around.start)
                year_value = infer_year(months[0], day.value if day else None, self.published, side)
            else:
                return None  # the nearest year may lie past an end of the calendar: no date
            if not dt.MINYEAR <= year_value <= dt.MAXYEAR:
                return None
            inferred = True
        s, e = self.original(around.start, around.end)
        return DateMention(
            start=s, end=e, text=self.doc.text[s:e], calendar="hijri" if lunar else "gregorian",
            precision="day" if day else "month", year=year_value, months=months,
            day=day.value if day else None, year_inferred=inferred, relation=relation,
            weekday=self.weekday_near(around.start, around.end),
            day_part=self.part(*day) if day else None,
            month_parts=tuple(Part(m.start, m.end, m.text, m.number) for m in mentions),
            year_part=self.part(*year) if year else None, relation_span=relation_span)

    # --- digits -------------------------------------------------------------------------------
    def _numeric_day_month(self, order: str, a: int, b: int) -> tuple[int, int] | None:
        """(day, month) of a date written with digits, or None when it is impossible or its
        order cannot be told (03/04/2018 where the language also writes the month first)."""
        candidates = []
        if order == "ymd":
            candidates.append((a, b))
        else:
            if 1 <= b <= 12:
                candidates.append((a, b))
            if self.p.numeric_month_first and 1 <= a <= 12 and a != b:
                candidates.append((b, a))
        candidates = [(d, mo) for d, mo in candidates if 1 <= d <= 31 and 1 <= mo <= 12]
        return candidates[0] if len(candidates) == 1 else None

    def numeric(self) -> list[DateMention]:
        out = []
        if not NUMERIC_HINT.search(self.text):
            return out  # no two separators between digits: no numeric date (a cheap scan)
        for rx, order in NUMERIC:
            for m in rx.finditer(self.text):
                a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
                hijri = self.marker_after(m.end()) in self.p.hijri_markers
                found = self._numeric_day_month(order, a, b)
                if found is None or not (1000 <= y <= 2200):
                    continue
                d, mo = found
                s, e = self.original(m.start(), m.end())
                out.append(DateMention(
                    start=s, end=e, text=self.doc.text[s:e], calendar="hijri" if hijri else "gregorian",
                    precision="day", year=y, months=(mo,), day=d,
                    weekday=self.weekday_near(m.start(), m.end()),
                    day_part=self.part(m.start("a"), m.end("a"), d),
                    month_parts=(self.part(m.start("b"), m.end("b"), mo),),
                    year_part=self.part(m.start("y"), m.end("y"), y), form="numeric"))
        return out


def shifted(date: dt.date, days: int) -> dt.date | None:
    """``date`` moved by ``days``; None past either end of the calendar (years 1 to 9999)."""
    try:
        return date + dt.timedelta(days=days)
    except OverflowError:
        return None


def relative_weekday(published: dt.date, number: int, relation: str | None) -> dt.date | None:
    """The date of ISO weekday ``number`` named alone in news copy published on ``published``:
    the most recent such day up to publication, the one before it for "last", the next one for
    "next"; None past either end of the calendar."""
    if relation == "future":
        return shifted(published, (number - published.isoweekday()) % 7 or 7)
    back = (published.isoweekday() - number) % 7
    return shifted(published, -(back or (7 if relation == "past" else 0)))
