"""checker-french: French month names and FR001, a day number the month does not have.

A third-party checker plugin, registered in the ``checker`` entry point group of this package's
pyproject.toml. It contributes

* language data: the French month names (``checker_french/data/fr/*.toml``), which the core's
  shared ``month_mentions`` facts then find in French articles, for any rule to use;
* one rule, FR001, that reads those facts.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path

from checker import Example, data_files, hookimpl, rule
from checker.i18n import MessageCatalogue
from checker.language.sections import Months

__version__ = "0.1.0"

# Days in each month; February has 29 unless a year written after it says otherwise.
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SPACE = r"[^\S\r\n]"
# A day number of one or two digits right before the month name ("31 avril", "1er mai"), not
# the end of a longer number or of a decimal ("2031 avril", "1,31 avril").
_DAY_BEFORE = re.compile(rf"(?<![\d.,/])(?P<day>\d{{1,2}})(?:er|ᵉʳ)?{_SPACE}*$")
_YEAR_AFTER = re.compile(rf"\.?{_SPACE}+(?P<year>\d{{4}})(?!\d)")


@rule(
    id="FR001",
    name="impossible-day-of-month",
    severity="error",
    languages=["fr"],
    summary="A French date whose day the month does not have (31 avril, 30 février, 29 février 2023).",
    messages={
        "impossible": "'{date}' does not exist: {month} has {days} days.",
        "not-leap": "'{date}' does not exist: {year} is not a leap year, February {year} has 28 days.",
    },
    # the related-span notes, so that they can be shown in French too (locale/fr.po)
    notes={"french-name": "French name of {month}", "not-leap-year": "{year} is not a leap year"},
    examples=[
        Example("La réunion aura lieu le 31 avril à Lyon.", "fr", True),
        Example("Le 30 février, les députés ont adopté le texte.", "fr", True),
        Example("Le décret du 29 février 2023 est abrogé.", "fr", True),
        Example("Le scrutin du 29 février 2024 a été annulé.", "fr", False),
        Example("La loi entre en vigueur le 1er avril, puis le 31 mai.", "fr", False),
        Example("Les 2031 avions commandés seront livrés en avril.", "fr", False),
    ],
    options={"year_aware": True},
)
def impossible_day(ctx, month_mentions):
    """
    ## What it flags
    A day number written right before a French month name that the month does not have:
    `31 avril`, `31 juin`, `31 sept.`, `30 février`, `32 janvier`, `0 mai`. When a year follows,
    `29 février` is flagged in a year that is not a leap year (`29 février 2023`). Month names
    come from the shared month facts, so abbreviations (`févr.`, `sept.`) and spellings without
    accents (`fevrier`, `aout`) count, and `1er` is read as the first.

    ## Why it matters
    A date that cannot exist is a typo in the day or the month; the reader cannot tell which,
    and every later reference to the event is in doubt. No fix is suggested: either half may
    be the wrong one.

    ## Example
    `La réunion aura lieu le 31 avril.` — April has 30 days.

    ## Not flagged
    Days the month has (`30 avril`, `29 février` with no year or in a leap year such as 2024),
    numbers that are not a day of that month (`les 2031 avions … en avril`, `1,31 avril`),
    month names without a day (`en avril`), and text in other languages.

    ## Options
    `year_aware` (default true): read a year written after the month (`29 février 2023`) to
    decide whether February has 28 or 29 days. When false, `29 février` is never flagged.
    """
    text = ctx.text
    for m in month_mentions:
        before = _DAY_BEFORE.search(text, max(0, m.start - 6), m.start)
        if not before:
            continue
        day = int(before.group("day"))
        days = _DAYS[m.number - 1]
        year_match = _YEAR_AFTER.match(text, m.end) if ctx.options["year_aware"] else None
        year = int(year_match.group("year")) if year_match else None
        if m.number == 2 and year is not None:
            days = calendar.monthrange(year, 2)[1]
        if 1 <= day <= days:
            continue
        start, end = before.start("day"), m.end
        month = calendar.month_name[m.number]
        related = [ctx.related(m.start, m.end, f"French name of {month}")]
        if m.number == 2 and day == 29 and year is not None:
            related.append(ctx.related(year_match.start("year"), year_match.end("year"),
                                       f"{year} is not a leap year"))
            ctx.report("not-leap", start, end, related=related, date=text[start:end], year=year)
        else:
            at_most = "at most " if m.number == 2 and year is None else ""
            ctx.report("impossible", start, end, related=related, date=text[start:end],
                       month=month, days=f"{at_most}{days}")


@hookimpl
def checker_register_rules():
    return [impossible_day]


@hookimpl
def checker_message_catalogues():
    # locale/fr.po translates every message and note of FR001 (checker.testing checks it);
    # locale/fr.mo is its compiled form, rebuilt with `python -m checker.i18n.build`.
    return [MessageCatalogue(Path(__file__).parent / "locale", ("fr",))]


@hookimpl
def checker_language_data():
    # The files add French names to the shared [months] section, whose schema the core declares:
    # naming it here states what the files hold, and every file is validated against it at
    # start-up. A section of the plugin's own would be declared the same way, with its own model
    # (a subclass of checker.language.schema.Section).
    return data_files(Path(__file__).parent / "data", "french", schemas={"months": Months})
