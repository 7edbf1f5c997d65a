"""Dates written without a month name: years, seasons and decades, dates relative to the
publication date ("last year", "yesterday"), weekdays named alone; and the qualifiers
("since", "late") written before any date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from checker.extractors.date_mentions.model import DateMention, Part, RelativeDay
from checker.extractors.date_mentions.patterns import YEAR
from checker.extractors.date_mentions.scanner import Scanner, relative_weekday, shifted
from checker.extractors.keywords import digits, finditer_at
from checker.extractors.plurals import plural_noun
from checker.extractors.quantity_filters import counted_year
from checker.extractors.quantity_mentions import unit_follows
from checker.extractors.spans import SpanIndex
from checker.language.matching import matched_key, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


def years(sc: Scanner, taken: SpanIndex) -> list[DateMention]:
    """Years standing alone: after a year word (عام 2019, in 2019), or bare four-digit numbers
    (kept, but marked, for range rules)."""
    out = []
    prefixed = {m.start("year") for m in sc.scan("year_prefixed")}
    for m in finditer_at(YEAR, sc.text, digits(sc.doc), 0):   # a year starts a run of digits
        s, e = sc.original(m.start("y"), m.end("y"))
        if taken.holds(s):
            continue
        y = int(m.group("y"))
        if not 1000 <= y <= 2200:
            continue
        marker = sc.marker_after(m.end())
        hijri = marker in sc.p.hijri_markers
        bare = m.start("y") not in prefixed and not hijri and marker not in sc.p.gregorian_markers
        since = bare and _since_event(sc, m.start("y"))   # `منذ تشييده في 1868`: a year, whatever follows
        if bare and not since and (not (1900 <= y <= 2100 or _before_event(sc, m.start("y"), m.end("y")))
                                   or unit_follows(sc.doc.lexicon, sc.text, m.end("y")) or counted_year(sc.doc.lexicon, sc.text, m.start("y"), m.end("y"))):
            continue   # "2000 tonnes", `نحو 2000 طن`, "about 2100 workers": a quantity
        if not bare and not hijri and not 1900 <= y <= 2100 and _counted_elsewhere(sc.text, m.end("y")):
            continue   # `تقدم إلى الجائزة هذا العام 1350 عملاً` … `16 عملاً`: a count after a year word, no year
        out.append(DateMention(
            start=s, end=e, text=sc.doc.text[s:e], calendar="hijri" if hijri else "gregorian",
            precision="year", year=y, year_part=Part(s, e, sc.doc.text[s:e], y), form="year",
            bare_year=bare))
    return out



_SMALL = r"\d{1,3}"   # a figure of one to three digits


def _counted_elsewhere(text: str, end: int) -> bool:
    """The word after a figure is counted by a figure of fewer than four digits elsewhere in the text
    (`1350 عملاً` … `16 عملاً`): a count."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and re.search(rf"(?<![\d.,]){_SMALL}\s+{re.escape(after.group(1))}(?![^\W\d_])", text) is not None


def _before_event(sc: Scanner, start: int, end: int) -> bool:
    """An older year told between a word that makes a noun one thing ("its", "the": ``[dates]
    range_event_leads``) and a singular noun: "since its 1893 completion" (not "its 1500
    workers", a count, whose noun is plural)."""
    before = _LAST_WORD.search(sc.text, max(0, start - 12), start)
    after = _NEXT_WORD.match(sc.text, end)
    return before is not None and after is not None and before.group(1) in _leads(sc.doc.lexicon) \
        and not plural_noun(sc.doc.lexicon, after.group(1))


def _since_event(sc: Scanner, start: int) -> bool:
    """An older year told after "since", one word of an event and a word that links its date
    (`منذ تشييده في 1868`, ``[dates] since`` and ``past_event_links``): the event's year."""
    rx = _since_rx(sc.doc.lexicon)
    return rx is not None and rx.search(sc.text, max(0, start - 40), start) is not None


@lru_cache(maxsize=32)
def _since_rx(lex) -> re.Pattern | None:
    d = lex.section("dates", {})
    since, links = d.get("since", []), d.get("past_event_links", [])
    if not since or not links:
        return None
    alt = lambda ws: "|".join(re.escape(normalize_text(w)) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return compiled(rf"(?<![^\W\d_])(?:{alt(since)})\s+[^\W\d_]+\s+(?:{alt(links)})\s+$")


_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]{3,})(?![^\W\d_])")


@lru_cache(maxsize=32)
def _leads(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in lex.section("dates", {}).get("range_event_leads", []))


def seasons_and_decades(sc: Scanner) -> list[DateMention]:
    out = []
    if sc.p.season is not None:
        for m in sc.scan("season"):
            s, e = sc.original(m.start(), m.end())
            months = sc.p.season_months[matched_key(m.group("season"))]
            y = int(m.group("year"))
            out.append(DateMention(start=s, end=e, text=sc.doc.text[s:e], calendar="gregorian",
                                   precision="season", year=y, months=months, form="season",
                                   year_part=sc.part(m.start("year"), m.end("year"), y)))
    for m in sc.scan("decade"):
        first = int(m.group("tens")) * 10 if m.group("tens") else sc.p.decade_words[matched_key(m.group("word"))]
        s, e = sc.original(m.start(), m.end())
        out.append(DateMention(start=s, end=e, text=sc.doc.text[s:e], calendar="gregorian",
                               precision="decade", year=first, form="decade"))
    return out


def relatives(sc: Scanner) -> list[DateMention]:
    """"yesterday", "last year", `الشهر الماضي`: dates resolved from the publication date."""
    if sc.p.relative is None or sc.published is None:
        return []
    out = []
    pub = sc.published
    for m in sc.scan("relative"):
        if (after := sc.p.relative_not_after) is not None and after.search(sc.text, max(0, m.start("rel") - 12), m.start("rel")):
            continue   # `ذلك اليوم`, "that day": a day the story has told, not the publication's
        unit, offset = sc.p.relative_units[matched_key(m.group("rel"))]
        s, e = sc.original(m.start("rel"), m.end("rel"))
        if unit == "day":
            d = shifted(pub, offset)
            if d is None:
                continue  # before the first day of the calendar or after its last: no date
            fields = dict(precision="day", year=d.year, months=(d.month,), day=d.day)
        elif unit == "month":
            index = pub.year * 12 + pub.month - 1 + offset
            fields = dict(precision="month", year=index // 12, months=(index % 12 + 1,))
        else:
            fields = dict(precision="year", year=pub.year + offset)
        if not dt.MINYEAR <= fields["year"] <= dt.MAXYEAR:
            continue
        out.append(DateMention(start=s, end=e, text=sc.doc.text[s:e], calendar="gregorian",
                               year_inferred=True, form="relative", **fields))
    return out


_WORD_BEFORE = compiled(r"([^\W\d_]+)[^\S\n]{1,3}$")
_WORD_AFTER = compiled(r"[^\S\n]{1,3}([^\W\d_]+)")


@lru_cache(maxsize=32)
def _named_days(lex) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in lex.section("dates", {}).get("named_days", []))


def _in_name(sc: Scanner, start: int, end: int) -> bool:
    """A weekday's word that a capitalised word right after it makes part of a name ("the Thu Bon
    river", "the Sunday Times"), where the script has capitals: not a month's name; or that ends a
    day's name ("Black Friday", ``named_days``)."""
    text = sc.doc.text
    named = _named_days(sc.doc.lexicon)
    before, after = _WORD_BEFORE.search(text, max(0, start - 30), start), _WORD_AFTER.match(text, end)
    if named and (before is not None and phrase_key(f"{before.group(1)} {text[start:end]}") in named
                  or after is not None and phrase_key(f"{text[start:end]} {after.group(1)}") in named):
        return True   # ("Black Friday", `الجمعة السوداء`)
    if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper():
        return False
    word = re.match(r"[^\W\d_]+", text[end + 1:end + 30])
    return word is not None and normalize_text(word.group()).lower() not in sc.doc.lexicon.month_lookup


def _lower_short(word: str) -> bool:
    """A short weekday form written in lower case where the script has capitals: a word ("sat by
    the door", "the sun"), not "Sat"."""
    return len(word) <= 3 and word.islower()


def weekdays(sc: Scanner, taken: SpanIndex, dated: list[DateMention]) -> list[DateMention]:
    """A weekday standing alone ("said on Friday", `الأربعاء الماضي`): in news copy the most
    recent such day up to the publication date, or the next one when a word says so. Weekdays
    attached to a date of ``dated`` are not."""
    if sc.p.weekday is None or sc.published is None:
        return []
    attached = {m.weekday.start for m in dated if m.weekday is not None}
    out = []
    for m in sc.scan("weekday"):
        s, e = sc.original(m.start("wd"), m.end("wd"))
        if s in attached or taken.holds(s) or _in_name(sc, s, e) or _lower_short(sc.doc.text[s:e]):
            continue
        number = sc.p.weekday_numbers[matched_key(m.group("wd"))]
        relation = relation_span = None
        if sc.p.relation_after is not None:
            base = max(0, m.start() - 16)
            ra = sc.p.relation_after.match(sc.text, m.end())
            rb = sc.p.relation_before.search(sc.text[base:m.start()])
            if ra:
                relation, relation_span = sc.relation_at(ra)
            elif rb:
                relation, relation_span = sc.relation_at(rb, base)
        d = relative_weekday(sc.published, number, relation)
        if d is None:
            continue
        out.append(DateMention(start=s, end=e, text=sc.doc.text[s:e], calendar="gregorian",
                               precision="day", year=d.year, months=(d.month,), day=d.day,
                               year_inferred=True, relation=relation, form="weekday",
                               relation_span=relation_span))
    return out


def qualify(sc: Scanner, m: DateMention) -> DateMention:
    """Read "since"/"until" and "early"/"mid"/"late" written before a mention (before its year
    word, when it has one: "منذ أواخر عام 2019")."""
    ns = sc.view.from_original(m.start)
    before = sc.text[max(0, ns - 40):ns]
    words = sc.p.finders.get("qualifier_before")
    if words is None or words.search(before) is None:
        return m    # no qualifier word before it
    part = bound = None
    pos = len(before)
    yp = sc.p.year_prefix_end.search(before)
    ends = [len(before)] + ([yp.start()] if yp else [])
    for pos in ends:
        part = bound = None
        for _ in range(2):
            hit = None
            for q in sc.p.qualifier_before.finditer(before, 0, pos):
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
    lead = sc.original(ns - len(before) + pos, ns)[0]
    return replace(m, part=part, bound=bound, bare_year=False, lead=lead)


def relative_days(sc: Scanner) -> list[RelativeDay]:
    """"yesterday (Monday)", `أمس الاثنين`."""
    if sc.p.relative_day is None:
        return []
    out = []
    for m in sc.scan("relative_day"):
        s, e = sc.original(m.start("rel"), m.end("wd"))
        out.append(RelativeDay(s, e, sc.doc.text[s:e], sc.p.relative_offsets[matched_key(m.group("rel"))],
                               sc.weekday_part(m)))
    return out
