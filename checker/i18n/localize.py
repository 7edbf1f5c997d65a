"""Findings, notes and interface strings in the reader's locale.

The engine reports every finding in English with its ``message_id`` and ``arguments`` (and, for a
note or suggestion that is one of the rule's ``notes``, its id and arguments too); the result
cache and the JSON output keep those. A :class:`Localizer` renders them again in the chosen
locale just before output: ``en``, ``ar``, or ``auto`` (each article's own language).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Mapping

from checker.core.models import ArticleResult, Finding, ItemError, Related, Suggestion
from checker.i18n.catalogues import Catalogue, Catalogues, MessageCatalogue
from checker.i18n.errors import error_detail
from checker.i18n.render import Renderer

LOCALE_DIR = Path(__file__).with_name("locale")
CORE = MessageCatalogue(LOCALE_DIR, ("ar", "en"))
AUTO = "auto"
DIGITS = ("auto", "latin", "arabic")
_ARABIC_INDIC = re.compile("[٠-٩]")


def plugin_catalogues(pm) -> list[MessageCatalogue]:
    """Every catalogue the loaded plugins ship (``checker_message_catalogues``; the core's is
    ``checker.core``'s), each once."""
    found: list[MessageCatalogue] = []
    for returned in pm.hook.checker_message_catalogues():
        for cat in returned or ():
            if cat not in found:
                found.append(cat)
    return found


def engine_catalogues(engine) -> list[MessageCatalogue]:
    """The catalogues of ``engine``'s plugins; one that stands for an engine not built yet
    (:class:`checker.run.lazy.LazyEngine`) gives them as its ``catalogues``."""
    known = getattr(engine, "catalogues", None)
    return list(known) if known is not None else plugin_catalogues(engine.pm)


def negotiate(header: str | None, available: Iterable[str], default: str = "en") -> str:
    """The best of ``available`` for an ``Accept-Language`` header (``ar-SY,ar;q=0.9,en;q=0.5``)."""
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if tag:
            ranked.append((-q, i, tag.strip().lower()))
    langs = set(available)
    for negq, _, tag in sorted(ranked):
        if negq < 0 and tag.split("-")[0] in langs:
            return tag.split("-")[0]
    return default


class Localizer:
    """Renders results in ``locale`` (``auto``: the article's language) from the catalogues of
    ``sources``, with the English templates of ``rules`` (id -> Rule) as the fallback."""

    def __init__(self, rules: Mapping[str, Any], sources: Iterable[MessageCatalogue] = (CORE,),
                 locale: str = "en", digits: str = "auto"):
        self.rules = rules
        self.sources = list(sources)
        self.locale = locale
        self.digits = digits
        self._renderers: dict[tuple[str, str], Renderer] = {}

    @classmethod
    def for_engine(cls, engine, locale: str | None = None, digits: str | None = None) -> "Localizer":
        cfg = engine.config
        rules = {**engine.rules, **engine.registry.group_rules}   # group rules (--across) too
        return cls(rules, engine_catalogues(engine), locale or getattr(cfg, "locale", None) or "en",
                   digits or getattr(cfg, "digits", None) or "auto")

    @property
    def locales(self) -> list[str]:
        out = ["en"]
        for s in self.sources:
            out += [loc for loc in s.locales if loc not in out]
        return out

    def locale_for(self, lang: str | None) -> str:
        if self.locale != AUTO:
            return self.locale
        return lang if lang in self.locales else "en"

    def batch_locale(self, langs: Iterable[str | None]) -> str:
        """The locale of a whole run's interface (the text format's summary line, the HTML
        report's page): the configured one; with ``auto``, the language of the batch when all its
        articles that have a language share one the catalogues have, else English."""
        if self.locale != AUTO:
            return self.locale
        seen = {lang for lang in langs if lang}
        return self.locale_for(next(iter(seen))) if len(seen) == 1 else "en"

    def renderer(self, locale: str, digits: str = "latin") -> Renderer:
        key = (locale, digits)
        if key not in self._renderers:
            cats = [Catalogue.read(s.path(locale)) for s in self.sources
                    if locale in s.locales and s.path(locale).is_file()]
            self._renderers[key] = Renderer(Catalogues(locale, cats), digits)
        return self._renderers[key]

    def text(self, context: str, msgid: str, locale: str, default: str, n: int | None = None, **args) -> str:
        """An interface string (``ui``, ``cli``, ``service`` contexts) in ``locale``."""
        found = self.renderer(locale).plain(context, msgid, n, **args)
        return found if found is not None else default.format(n=n, **args)

    def result(self, result: ArticleResult) -> ArticleResult:
        if result.errors and self.locale_for(result.lang) != "en":
            result = result.model_copy(update={"errors": tuple(self.error(e, self.locale_for(result.lang))
                                                               for e in result.errors)})
        if not result.findings:
            return result
        locale = self.locale_for(result.lang)
        digits = self.digits
        if digits == "auto":
            seen = any(_ARABIC_INDIC.search(f.span.text) for f in result.findings)
            digits = "arabic" if seen and locale == "ar" else "latin"
        r = self.renderer(locale, digits)
        return result.model_copy(update={"findings": tuple(self.finding(f, r) for f in result.findings)})

    def error(self, e: ItemError, locale: str) -> ItemError:
        """An item error with its detail in ``locale`` (its code unchanged) where a template of the
        catalogues' ``error`` context recognises it."""
        text = error_detail(self, locale, e.message)
        return e.model_copy(update={"message": text}) if text else e

    def finding(self, f: Finding, r: Renderer) -> Finding:
        rule = self.rules.get(f.rule)
        english = rule.messages.get(f.message_id, f.message) if rule else f.message
        notes = rule.notes if rule else {}
        message = r.message(f.rule, f.message_id, english, f.arguments) if f.arguments else None
        related = tuple(self._note(rel, f.rule, notes, r) for rel in f.related)
        suggestions = tuple(self._suggestion(s, f.rule, notes, r) for s in f.suggestions)
        return f.model_copy(update={"message": message or f.message, "related": related,
                                    "suggestions": suggestions})

    def _note(self, rel: Related, rule_id: str, notes: Mapping[str, str], r: Renderer) -> Related:
        if rel.message_id is None or rel.message_id not in notes:
            return rel
        text = r.message(rule_id, rel.message_id, notes[rel.message_id], rel.arguments or {})
        return rel.model_copy(update={"message": text}) if text else rel

    def _suggestion(self, s: Suggestion, rule_id: str, notes: Mapping[str, str], r: Renderer) -> Suggestion:
        if s.message_id is None or s.message_id not in notes:
            return s
        text = r.message(rule_id, s.message_id, notes[s.message_id], s.arguments or {})
        return s.model_copy(update={"description": text}) if text else s

    def result_dict(self, data: dict, locale: str | None = None) -> dict:
        """The same as :meth:`result` for a result already dumped to JSON-ready data (the
        service's, with UTF-16 offsets); ``locale`` overrides the localizer's."""
        findings = data.get("findings") or []
        if not findings:
            return data
        loc = locale if locale and locale != AUTO else self.locale_for(data.get("lang"))
        digits = self.digits
        if digits == "auto":
            seen = any(_ARABIC_INDIC.search(f["span"]["text"]) for f in findings)
            digits = "arabic" if seen and loc == "ar" else "latin"
        r = self.renderer(loc, digits)
        out = []
        for f in findings:
            rule = self.rules.get(f["rule"])
            english = rule.messages.get(f["message_id"], f["message"]) if rule else f["message"]
            notes = rule.notes if rule else {}
            f = dict(f)
            f["message"] = (r.message(f["rule"], f["message_id"], english, f.get("arguments") or {})
                            if f.get("arguments") else None) or f["message"]
            f["related"] = [self._note_dict(x, "message", f["rule"], notes, r) for x in f.get("related", [])]
            f["suggestions"] = [self._note_dict(x, "description", f["rule"], notes, r)
                                for x in f.get("suggestions", [])]
            out.append(f)
        return {**data, "findings": out}

    @staticmethod
    def _note_dict(x: dict, field: str, rule_id: str, notes: Mapping[str, str], r: Renderer) -> dict:
        nid = x.get("message_id")
        if nid is None or nid not in notes:
            return x
        text = r.message(rule_id, nid, notes[nid], x.get("arguments") or {})
        return {**x, field: text} if text else x

    def rule_text(self, rule, locale: str) -> tuple[str, str]:
        """A rule's summary and explain text in ``locale`` (English where untranslated)."""
        r = self.renderer(locale)
        return (r.template(rule.id, "@summary") or rule.summary,
                r.template(rule.id, "@explain") or rule.explain)
