"""Date facts shared by all rules: what dates the text states, where, and at what precision.

Nothing is invented: a day or a year that was not written stays ``None``; when a publication
date is known, a missing year may be *inferred* (the nearest year, or the nearest on the side
that "last"/"next" states) and is marked so. Matching runs over the normalised view, so Arabic
spelling variants and Arabic-Indic digits need no special cases; every offset maps back to the
original text. All words come from the ``[dates]``, ``[months]`` and ``[weekdays]`` language data.

Modules: ``model`` (the facts), ``patterns`` (compiled per language), ``scanner`` (dates around
month names and in digits), ``standalone`` (years, seasons, decades, relative dates, weekdays,
qualifiers), ``ranges`` (two dates as one period), ``same_month`` (a day told by the month of the
date before it: "the 14th of the same month").
"""

from __future__ import annotations

from checker.core.document import Document
from checker.extractors.date_mentions import standalone
from checker.extractors.date_mentions.model import DateMention, DateRange, Part, RelativeDay
from checker.extractors.date_mentions.ranges import extract_date_ranges
from checker.extractors.date_mentions.same_month import same_month_days
from checker.extractors.date_mentions.scanner import Scanner
from checker.extractors.spans import SpanIndex

__all__ = ["DateMention", "DateRange", "Part", "RelativeDay", "extract_date_mentions",
           "extract_date_ranges", "extract_relative_days"]


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    """The mentions, earliest (then longest) first, less those overlapping one kept before."""
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[DateMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def extract_date_mentions(doc: Document, facts) -> list[DateMention]:
    sc = Scanner(doc, facts)
    out = _without_overlaps(standalone.seasons_and_decades(sc) + sc.from_months() + sc.numeric())
    out += standalone.years(sc, SpanIndex((m.start, m.end) for m in out))
    taken = SpanIndex((m.start, m.end) for m in out)
    out += [r for r in standalone.relatives(sc) if not taken.overlaps(r.start, r.end)]
    out += standalone.weekdays(sc, SpanIndex((m.start, m.end) for m in out), out)
    out.sort(key=lambda m: (m.start, m.end))
    days = same_month_days(sc, out, SpanIndex((m.start, m.end) for m in out))   # "the 14th of the same month"
    out = [m for m in out if not any(d.start <= m.start and m.end <= d.end for d in days)] + days
    out.sort(key=lambda m: (m.start, m.end))
    return [standalone.qualify(sc, m) for m in out]


def extract_relative_days(doc: Document, facts) -> list[RelativeDay]:
    return standalone.relative_days(Scanner(doc, facts))
