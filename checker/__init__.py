"""checker: a fact-consistency checker for news articles.

Public API::

    import checker
    result = checker.check("...", lang="ar", published="2025-11-12")
    engine = checker.Engine()            # loads plugins once
    engine.check(text)                   # -> ArticleResult
"""

from __future__ import annotations

from checker.core.hookspecs import hookimpl
from checker.core.version import __version__
from checker.core.config import Config, ConfigError
from checker.core.document import Document
from checker.core.engine import Engine
from checker.core.facts import Extractor, Facts
from checker.language.lexicon import LanguageData, data_files
from checker.core.models import (
    Article, ArticleResult, Finding, ItemError, Related, Report, Severity, Span, Suggestion, Summary,
)
from checker.core.rules import Example, Rule, RuleContext, rule

__all__ = [
    "Article", "ArticleResult", "Config", "ConfigError", "Document", "Engine", "Example",
    "Extractor", "Facts", "Finding", "ItemError", "LanguageData", "Related", "Report", "Rule",
    "RuleContext", "Severity", "Span", "Suggestion", "Summary", "__version__", "check", "data_files",
    "hookimpl", "rule",
]


_default_engine = None


def check(text: str, *, lang: str | None = None, published=None, config: Config | None = None,
          title: str | None = None, summary: str | None = None, suppress=()):
    """Check one article text and return its :class:`ArticleResult`. Plugins are loaded on the
    first call and reused. ``title`` and ``summary`` are checked against the text (their spans
    carry ``field``); ``suppress`` names findings not to report (fingerprints, rule ids, prefixes)."""
    global _default_engine
    fields = {"lang": lang, "published": published, "title": title, "summary": summary, "suppress": suppress}
    if config is not None:
        return Engine(config).check(text, **fields)
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine.check(text, **fields)
