"""Quotation marks and brackets: unclosed, unopened, mismatched, or written the wrong way round.

PUNCT001 covers quotation marks, PUNCT002 brackets (:mod:`.rules`). Both scan paragraph by
paragraph with a stack (:mod:`.pairing`). A mark's role (opening or closing) is read from its
position first (a mark after a space and before a letter opens; one after a letter and before a
space or punctuation closes; an Arabic proclitic such as و may stand before an opening mark), and
from the state of the stack when the position says nothing (:mod:`.marks`). Which way round a
language writes its marks is language data in ``data/<lang>/quotes.toml``.
"""

from __future__ import annotations

from pathlib import Path

from checker.i18n import MessageCatalogue
from checker import Extractor, data_files, hookimpl

from .marks import extract_marks
from .rules import unbalanced_bracket, unbalanced_quotation
from .schema import SCHEMAS


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "punctuation", schemas=SCHEMAS)


@hookimpl
def checker_register_extractors():
    return [Extractor("quote_marks", extract_marks, empty=list)]


@hookimpl
def checker_register_rules():
    return [unbalanced_quotation, unbalanced_bracket]


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
