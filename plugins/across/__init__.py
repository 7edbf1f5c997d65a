"""Rules across the articles of one story (``checker check --across``): ACROSS001 a toll told
differently by a later article without saying it was revised, ACROSS002 an event dated
differently, ACROSS003 a person named two ways, ACROSS004 a person given two offices. The core groups the articles; these rules run over
each group through the ``checker_register_group_rules`` hook, reading the same facts and
comparisons as the single-article families. Their words are language data in
``data/<lang>/across.toml``."""

from __future__ import annotations

from pathlib import Path

from checker import data_files, hookimpl
from checker.i18n import MessageCatalogue

from .dates import cross_article_dates
from .figures import cross_article_figures
from .names import cross_article_names
from .roles import cross_article_roles
from .schema import SCHEMAS


@hookimpl
def checker_register_group_rules():
    return [cross_article_figures, cross_article_dates, cross_article_names, cross_article_roles]


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "across", schemas=SCHEMAS)


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
