"""The publication date written in the text itself: a dateline ("LONDON, March 4, 2024
(Reuters) -"), a labelled line ("Published: 12 November 2025", "نشر في 12 نوفمبر 2025"), or a
line holding nothing but a full date, near the top or the bottom of the article. Only a date
with its day, month and year all written counts.

The fact ``publication_date`` (a ``datetime.date`` or None); the engine takes it as the
article's publication date when neither the input nor the configuration gives one. It reads the
date mentions of the head and the tail of the text as documents of their own, with no
publication date, so that no year is inferred."""

from __future__ import annotations

import datetime as dt
import re

from checker.core.document import Document
from checker.core.facts import Facts
from checker.language.normalize import DIGITS, normalize_text
from checker.language.regexes import compiled

_HEAD, _TAIL = 400, 200
# after a dateline's date: an agency's short name, bare or between slashes, then a dash
_AGENCY = compiled(r"[^\S\n]*(?:/[^/\n]{1,20}/|[^\W\d_]{2,12})[^\S\n]*(?:--|[-–—])(?:\s|$)")
_DATELINE_LINES = 2   # lines before a dateline's: a headline and a blank line
_YEAR = compiled(f"[{DIGITS}]{{4}}")  # four digits of any script the normaliser reads


def _excerpt(doc: Document, text: str) -> Document:
    return Document(id=doc.id, text=text, lang=doc.lang, lexicon=doc.lexicon, title=doc.title, path=doc.path,
                    meta=doc.meta)


def _candidates(doc: Document, facts: Facts) -> list[tuple[int, object]]:
    text = doc.text
    out = []
    for offset, part in ((0, text[:_HEAD]), (max(_HEAD, len(text) - _TAIL), text[max(_HEAD, len(text) - _TAIL):])):
        if not part.strip() or not _YEAR.search(part):
            continue  # no year written: no full date to find
        for m in facts.over(_excerpt(doc, part))["date_mentions"]:
            if m.precision == "day" and m.year is not None and not m.year_inferred and m.calendar == "gregorian":
                out.append((offset, m))
    return out


def _dateline(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)``, on the line from ``line_start``, has a dateline's
    shape: at most 40 characters before it on its line, "(Agency) -" or a dash after it."""
    line_end = text.find("\n", end)
    before = normalize_text(text[line_start:start]).strip(" \t-–—:|•*,،")
    after = text[end:len(text) if line_end < 0 else line_end]
    parted = text[line_start:start].rstrip().endswith((",", "،", "-", "–", "—"))
    return len(before) <= 40 and (
        re.match(r"\s*\([^()\n]{1,40}\)\s*[-–—]", after) is not None        # "(Reuters) -"
        or (parted and re.match(r"\s*[-–—](?:\s|$)", after) is not None)  # "CITY, DATE -"
        or len(before.split()) <= 2 and _AGENCY.match(after) is not None)   # `جنين 14-5-2026 وفا-`,
    #                                             `تونس في 17 فبراير 2026 /كونا/ --`


#: A dateline in capitals, a comma and the country's name in capitalised words, then a comma, the
#: agency in brackets or a dash ("ORURO, Bolivia, July 9 (Wire) -", "RISSANI, Morocco (Wire) —").
_DATELINE_COUNTRY = re.compile(r"\s*[A-Z][A-Z .'-]{1,30},\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\s*[,(—–-]")


def dateline_country(text: str, body_start: int) -> re.Match | None:
    """The country a dateline opening the body names (group 1), or None: a place, no person."""
    return _DATELINE_COUNTRY.match(text, body_start)


def dateline_at(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` of ``text`` is a dateline's, with or without its
    year, on one of the first lines ("CHARLOTTETOWN, Oct 2 (Wire) -" under a headline): it dates
    the report, not the facts told after it."""
    last = -1   # the end of the last line a dateline may stand on (a few line breaks read, not the text)
    for _ in range(_DATELINE_LINES + 1):
        if (last := text.find("\n", last + 1)) < 0:
            break
    if 0 <= last < start:
        return False
    return _dateline(text, text.rfind("\n", 0, start) + 1, start, end)


def extract_publication_date(doc: Document, facts: Facts) -> dt.date | None:
    """The publication date stated in the text, or None."""
    labels = [normalize_text(w) for w in doc.lexicon.section("dates", {}).get("published_labels", [])]
    for offset, m in _candidates(doc, facts):
        start = offset + m.start
        line_start = doc.text.rfind("\n", 0, start) + 1
        line_end = doc.text.find("\n", start)
        line_end = len(doc.text) if line_end < 0 else line_end
        before = normalize_text(doc.text[line_start:start]).strip(" \t-–—:|•*,،")
        after = doc.text[offset + m.end:line_end]
        dates = m.dates()
        if len(dates) != 1:
            continue
        labelled = any(before.endswith(label) for label in labels)
        alone = not before and not re.search(r"\w", re.sub(r"[\d:.apmAPM\s|,،\-–—()]+", "", after))
        # "CITY, March 4, 2024 (Agency) -", `الرياض - 15 نيسان/أبريل 2025 -`: a dateline opens
        # the first paragraph
        dateline = offset == 0 and _dateline(doc.text, line_start, start, offset + m.end)
        if labelled or alone or dateline:
            return dates[0]
    return None
