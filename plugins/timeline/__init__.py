"""Timelines. TIME001: one subject in two states that exclude each other (wanted by, allied with)
towards the same counterpart over overlapping periods (:mod:`.states`, over the statements of
:mod:`.statements`). TIME002: one office held by two people over overlapping periods
(:mod:`.tenures`). The words are the family's language data, ``data/<lang>/timeline.toml``.
"""

from __future__ import annotations

from pathlib import Path

from checker.i18n import MessageCatalogue
from checker import Extractor, data_files, hookimpl

from .schema import SCHEMAS
from .statements import extract_statements
from .states import overlapping_exclusive_states
from .tenures import extract_tenures, one_office_two_holders


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "timeline", schemas=SCHEMAS)


@hookimpl
def checker_register_extractors():
    return [Extractor("timeline_statements", extract_statements, empty=list), Extractor("office_tenures", extract_tenures, empty=list)]


@hookimpl
def checker_register_rules():
    return [overlapping_exclusive_states, one_office_two_holders]


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
