"""The core's own contributions, registered as a plugin like any other: the shared language
data, the shared fact extractors and the built-in output formats. It knows no rule."""

from __future__ import annotations

from pathlib import Path

from checker.across.schema import SCHEMAS as ACROSS_SCHEMAS
from checker.core.hookspecs import hookimpl
from checker.i18n.localize import CORE
from checker.core.facts import Extractor
from checker.extractors.date_mentions import extract_date_mentions, extract_date_ranges, extract_relative_days
from checker.language.lexicon import data_files
from checker.extractors.month_mentions import extract_month_mentions, extract_month_pairs
from checker.extractors.name_mentions import extract_name_mentions
from checker.extractors.publication import extract_publication_date
from checker.extractors.quantity_mentions import extract_quantities
from checker.reporters import FORMATS, lazy_reporter


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "language" / "lexicons", "checker.core") + \
        data_files(Path(__file__).parent / "across" / "data", "checker.across", schemas=ACROSS_SCHEMAS)


def _no_date() -> None:
    return None


@hookimpl
def checker_register_extractors():
    return [Extractor("month_mentions", extract_month_mentions, empty=list),
            Extractor("month_pairs", extract_month_pairs, empty=list),
            Extractor("date_mentions", extract_date_mentions, empty=list),
            Extractor("relative_days", extract_relative_days, empty=list),
            Extractor("date_ranges", extract_date_ranges, empty=list),
            Extractor("quantities", extract_quantities, empty=list),
            Extractor("name_mentions", extract_name_mentions, empty=list),
            Extractor("publication_date", extract_publication_date, empty=_no_date)]


# The built-in output formats, each imported when a report in that format is made
# (checker.reporters.FORMATS).
REPORTERS = FORMATS


@hookimpl
def checker_register_reporters():
    return [lazy_reporter(*r) for r in REPORTERS]


@hookimpl
def checker_message_catalogues():
    return [CORE]
