"""RESIDUE001: web and CMS leftovers in the article body (comment forms, "back to top", share
prompts, related-article headings, wire markers, placeholders, calls to action, link arrows; :mod:`.publishing`). The phrases are language data in
``data/<lang>/residue.toml``; calls to action and link arrows are recognised by their structure
(:mod:`.structure`, words in ``data/<lang>/structure.toml``).
"""

from __future__ import annotations

from pathlib import Path

from checker.i18n import MessageCatalogue
from checker import Extractor, data_files, hookimpl

from .publishing import extract_link_arrows, extract_residue, publishing_residue
from .schema import SCHEMAS


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "residue", schemas=SCHEMAS)


@hookimpl
def checker_register_extractors():
    return [Extractor("residue", extract_residue, empty=list), Extractor("link_arrows", extract_link_arrows, empty=frozenset)]


@hookimpl
def checker_register_rules():
    return [publishing_residue]


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
