"""The core's own contributions, registered as a plugin like any other: the shared language
data, the shared fact extractors and the built-in output formats. It knows no rule."""

from __future__ import annotations

from pathlib import Path

from . import hookimpl
from .facts import Extractor
from .dates import extract_date_mentions, extract_date_ranges, extract_relative_days
from .lexicon import data_files
from .months import extract_month_mentions, extract_month_pairs
from .names import extract_name_mentions
from .quantities import extract_quantities
from .reporters.html import HtmlReporter
from .reporters.github import GithubReporter
from .reporters.json import JsonLinesReporter, JsonReporter
from .reporters.junit import JunitReporter
from .reporters.sarif import SarifReporter
from .reporters.text import TextReporter


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "lexicons", "checker.core")


@hookimpl
def checker_register_extractors():
    return [Extractor("month_mentions", extract_month_mentions),
            Extractor("month_pairs", extract_month_pairs),
            Extractor("date_mentions", extract_date_mentions),
            Extractor("relative_days", extract_relative_days),
            Extractor("date_ranges", extract_date_ranges),
            Extractor("quantities", extract_quantities),
            Extractor("name_mentions", extract_name_mentions)]


@hookimpl
def checker_register_reporters():
    return [TextReporter, JsonReporter, JsonLinesReporter, HtmlReporter, SarifReporter, JunitReporter,
            GithubReporter]
