"""checker: a fact-consistency checker for news articles.

Public API::

    import checker
    result = checker.check("...", lang="ar", published="2025-11-12")
    engine = checker.Engine()            # loads plugins once
    engine.check(text)                   # -> ArticleResult

The names below are imported on first use (PEP 562), so that ``import checker.cli`` or one
submodule does not pay for the whole library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from checker.core.version import __version__

if TYPE_CHECKING:
    from checker.core.config import Config, ConfigError
    from checker.core.document import Document
    from checker.core.engine import Engine
    from checker.core.facts import Extractor, Facts
    from checker.core.hookspecs import hookimpl
    from checker.core.models import (
        Article, ArticleResult, Finding, ItemError, Related, Report, Severity, Span, Suggestion, Summary,
    )
    from checker.core.rules import Example, Rule, RuleContext, rule
    from checker.language.lexicon import LanguageData, data_files

# public name -> the module that defines it
_LAZY = {
    "hookimpl": "checker.core.hookspecs",
    **dict.fromkeys(("Config", "ConfigError"), "checker.core.config"),
    "Document": "checker.core.document",
    "Engine": "checker.core.engine",
    **dict.fromkeys(("Extractor", "Facts"), "checker.core.facts"),
    **dict.fromkeys(("LanguageData", "data_files"), "checker.language.lexicon"),
    **dict.fromkeys(("Article", "ArticleResult", "Finding", "ItemError", "Related", "Report", "Severity", "Span",
                     "Suggestion", "Summary"), "checker.core.models"),
    **dict.fromkeys(("Example", "Rule", "RuleContext", "rule"), "checker.core.rules"),
}

__all__ = [
    "Article", "ArticleResult", "Config", "ConfigError", "Document", "Engine", "Example",
    "Extractor", "Facts", "Finding", "ItemError", "LanguageData", "Related", "Report", "Rule",
    "RuleContext", "Severity", "Span", "Suggestion", "Summary", "__version__", "check", "data_files",
    "hookimpl", "rule",
]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


_default_engine = None


def check(text: str, *, lang: str | None = None, published=None, config: Config | None = None,
          title: str | None = None, summary: str | None = None, suppress=()):
    """Check one article text and return its :class:`ArticleResult`. Plugins are loaded on the
    first call and reused. ``title`` and ``summary`` are checked against the text (their spans
    carry ``field``); ``suppress`` names findings not to report (fingerprints, rule ids, prefixes)."""
    global _default_engine
    from checker.core.engine import Engine  # loaded on first use: see the module's docstring

    fields = {"lang": lang, "published": published, "title": title, "summary": summary, "suppress": suppress}
    if config is not None:
        return Engine(config).check(text, **fields)
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine.check(text, **fields)
