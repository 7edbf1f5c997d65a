"""Date rules, one module per rule.

DATE001 a month glossed in two naming systems whose halves disagree (:mod:`.months`); DATE002 a
weekday that does not fit its date, or "yesterday, Tuesday" that does not fit the publication
date (:mod:`.weekdays`); DATE003 a Hijri date and its stated Gregorian equivalent that do not
convert to each other (:mod:`.hijri`); DATE004 a range whose end comes before its start
(:mod:`.ranges`); DATE005 a date whose "last"/"next"/"this month" word does not fit the
publication date (:mod:`.relative`); DATE006 an age or an elapsed time that does not fit the
year it names (:mod:`.durations`); DATE007 two dated events told in an order their years
contradict (:mod:`.chronology`); DATE008 one once-only event given two incompatible dates
(:mod:`.events`); DATE009 a statement restated with its date changed (:mod:`.restated`). The family's words are language data in ``data/<lang>/*.toml``.
"""

from __future__ import annotations

from pathlib import Path

from checker.i18n import MessageCatalogue
from checker import Extractor, data_files, hookimpl
from checker.extractors.date_mentions.ranges import extract_day_ranges

from .chronology import chronology_mismatch
from .durations import elapsed_time_mismatch, extract_ages, extract_elapsed
from .event_dates import same_event_two_dates
from .events import extract_events
from .hijri import hijri_gregorian_mismatch
from .months import month_pair_mismatch
from .since_told import extract_told_events
from .ranges import inverted_date_range
from .relative import relative_date_mismatch
from .restated_rule import restated_date
from .scan import scan_dated_sentences
from .schema import SCHEMAS
from .weekdays import weekday_date_mismatch


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "dates", schemas=SCHEMAS)


@hookimpl
def checker_register_extractors():
    return [Extractor("elapsed_times", extract_elapsed, empty=list),
            Extractor("ages_and_births", extract_ages, empty=lambda: ([], [])),
            Extractor("dated_sentences", scan_dated_sentences, empty=list),
            Extractor("events", extract_events, empty=list),
            Extractor("open_events", extract_told_events, empty=list),
            Extractor("day_ranges", extract_day_ranges, empty=list)]


@hookimpl
def checker_register_rules():
    return [month_pair_mismatch, weekday_date_mismatch, hijri_gregorian_mismatch, inverted_date_range,
            relative_date_mismatch, elapsed_time_mismatch, chronology_mismatch, same_event_two_dates,
            restated_date]


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
