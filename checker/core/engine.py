"""The engine: loads plugins once, then checks any number of articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol

from checker.core.config import Config, ConfigError
from checker.core.document import Document, detect_language
from checker.core.facts import FactError, Facts
from checker.core.fields import compose, field_findings, order_key, suppressed_by
from checker.core.limits import CheckTimeout, time_limit
from checker.core.manager import Registry, build_registry, make_plugin_manager
from checker.core.models import Article, ArticleResult, Finding, ItemError
from checker.core.rules import Rule, RuleContext
from checker.language.lexicon import LexiconSet

PUBLICATION_DATE = "publication_date"


class RuleSlot(Protocol):
    """Where the engine writes the index (in :attr:`Engine.rules` order) of the rule it is
    running, -1 between rules: a shared-memory integer lets a watcher in another process name
    the rule when it stops the check from outside."""

    value: int


class _Slot:
    value = -1


@dataclass(frozen=True)
class CheckOptions:
    """How one check of an article runs.

    ``skip``: ids of rules not to run (one that ran out of time in an earlier attempt, say).
    ``time_limit``: seconds for the whole check; when it strikes, :class:`CheckTimeout` is raised
    naming the rule that was running (None: no limit). ``slot``: told which rule runs.
    ``observe``: called with the article, its body's document and facts once the rules have run
    on them (what else needs those facts reads them without extracting them again)."""

    skip: frozenset[str] = frozenset()
    time_limit: float | None = None
    slot: RuleSlot | None = None
    observe: Callable[[Article, Document, Facts], Any] | None = None


DEFAULT_OPTIONS = CheckOptions()


class Engine:
    """Load plugins once; ``check_article`` many times. Deterministic: the same input, config and
    plugins give the same findings in the same order."""

    def __init__(self, config: Config | None = None, *, plugins: Iterable[tuple[str, Any]] = (),
                 entry_points: bool = True):
        self.config = config or Config()
        self.pm, infos = make_plugin_manager(plugins, entry_points=entry_points)
        self.registry: Registry = build_registry(self.pm, infos, self.config)
        self.lexicons = LexiconSet(self.registry.language_data)
        self._validate_config()

    @property
    def rules(self) -> dict[str, Rule]:
        return self.registry.rules

    def _validate_config(self) -> None:
        every = {**self.rules, **self.registry.group_rules}
        ids = list(every)
        for key, pattern in self.config.rule_patterns():
            exact = key in ("severity", "options")
            if pattern.upper() == "ALL" and not exact:
                continue
            ok = pattern in ids if exact else any(i.startswith(pattern.upper()) for i in ids)
            if not ok:
                raise ConfigError(f"configuration '{key}' names unknown rule '{pattern}'"
                                  f" (known: {', '.join(ids) or 'none'})")
        for rid, opts in self.config.options.items():
            known = every[rid].options
            for k, v in opts.items():
                if k not in known:
                    raise ConfigError(f"configuration 'options.{rid}' has unknown option '{k}'"
                                      f" (known: {', '.join(known) or 'none'})")
                if not isinstance(v, type(known[k])):
                    raise ConfigError(f"configuration 'options.{rid}.{k}' must be of type "
                                      f"{type(known[k]).__name__}, got {v!r}")

    def document(self, article: Article) -> Document:
        lang = article.lang or self.config.lang or detect_language(article.text, self.lexicons) or "en"
        return Document(id=article.id, text=article.text, lang=lang, lexicon=self.lexicons.get(lang),
                        published=article.published or self.config.published, title=article.title,
                        path=article.path, source_map=article.source_map,
                        source_text=article.source_text, meta=article.meta)

    def rule_at(self, index: int) -> Rule | None:
        """The rule at ``index`` in :attr:`rules` order (as written to a :class:`RuleSlot`)."""
        rules = list(self.rules.values())
        return rules[index] if 0 <= index < len(rules) else None

    def check_article(self, article: Article, options: CheckOptions = DEFAULT_OPTIONS) -> ArticleResult:
        """Check one article. Raises :class:`CheckTimeout` when ``options.time_limit`` strikes."""
        with time_limit(options.time_limit):
            return self._check(article, options.skip, options.slot or _Slot(), options.observe)

    def _check(self, article: Article, skip: frozenset[str], slot: RuleSlot, observe=None) -> ArticleResult:
        """The body's findings, then those a headline or standfirst takes part in
        (:mod:`checker.core.fields`), less what the article's ``suppress`` names."""
        result, body_doc, found = self._check_text(article, skip, slot, observe)
        comp = compose(article) if body_doc is not None and self.config.headlines else None
        errors = list(result.errors)
        if comp is not None:
            composed, _, more = self._check_text(comp.article(article, result.lang, result.published), skip, slot)
            found += field_findings(comp, body_doc, more, found)
            errors += [e for e in composed.errors if e not in errors]
        kept = [f for f in found if not suppressed_by(f, article.suppress)]
        kept.sort(key=order_key)
        return result.model_copy(update={"findings": tuple(kept), "errors": tuple(errors),
                                         "suppressed": result.suppressed + len(found) - len(kept)})

    def _check_text(self, article: Article, skip: frozenset[str], slot: RuleSlot,
                    observe=None) -> tuple[ArticleResult, Document | None, list[Finding]]:
        """Run the rules on one text: the result (its findings left out), the document (None
        when the language is unknown) and the findings, inline suppressions applied."""
        lang = article.lang or self.config.lang
        if lang and lang not in self.lexicons.languages:
            return ArticleResult(id=article.id, path=article.path, lang=lang, errors=(ItemError(
                code="unknown-language", message=f"no language data for '{lang}' "
                f"(available: {', '.join(self.lexicons.languages)})"),)), None, []
        doc = self.document(article)
        published_source = "input" if article.published else "config" if doc.published else None
        facts = Facts(doc, self.registry.extractors)
        findings: list[Finding] = []
        errors: list[ItemError] = []
        if doc.published is None and PUBLICATION_DATE in facts:
            try:
                doc.published = facts[PUBLICATION_DATE]
            except FactError:
                doc.published = None
            _report_failures(facts, errors, None)
            published_source = "text" if doc.published else None
        for index, rule in enumerate(self.rules.values()):
            if rule.id in skip or not rule.applies_to(doc.lang) or not self.config.rule_enabled(rule.id, article.path):
                continue
            severity = self.config.severity.get(rule.id, rule.severity)
            options = {**rule.options, **self.config.options.get(rule.id, {})}
            ctx = RuleContext(rule, doc, severity, options, rule.id in self.config.severity)
            slot.value = index
            try:
                kwargs = {name: facts[name] for name in rule.fact_names}
                rule.check(ctx, **kwargs)
            except CheckTimeout as e:
                raise CheckTimeout(e.rule or rule.id) from None
            except FactError:
                continue  # reported below, once for the article
            except Exception as e:  # noqa: BLE001 - a failing plugin never loses other results
                errors.append(ItemError(code="plugin-error", plugin=rule.plugin, rule=rule.id,
                                        message=f"rule {rule.id} raised {type(e).__name__}: {e}"))
                continue
            finally:
                slot.value = -1
                _report_failures(facts, errors, rule.id)
            findings.extend(ctx.findings)
        if observe is not None:
            observe(article, doc, facts)
        kept, suppressed = _apply_suppressions(findings, article.suppressions)
        return ArticleResult(id=article.id, path=article.path, lang=doc.lang,
                             published=doc.published, published_source=published_source,
                             errors=tuple(errors), suppressed=suppressed), doc, kept

    def check(self, text: str, *, lang: str | None = None, published: dt.date | str | None = None,
              id: str = "<text>", title: str | None = None, summary: str | None = None,
              suppress: Iterable[str] = ()) -> ArticleResult:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return self.check_article(Article(id=id, text=text, lang=lang, published=published, title=title,
                                          summary=summary, suppress=tuple(suppress)))

    def check_items(self, items: Iterable[Article | ArticleResult]) -> Iterator[ArticleResult]:
        """Check a stream of loaded items; load errors (ArticleResult) pass through in order."""
        for item in items:
            yield item if isinstance(item, ArticleResult) else self.check_article(item)


def _report_failures(facts: Facts, errors: list[ItemError], rule: str | None) -> None:
    """One error entry for each fact extractor that failed since the last call (named with the
    rule that first asked for its facts): its facts are lost, other extractors' and rules' not."""
    for failure in facts.new_failures():
        ex, error = failure.extractor, failure.error
        errors.append(ItemError(code="plugin-error", plugin=ex.plugin, rule=rule,
                                message=f"fact extractor '{ex.name}' raised {type(error).__name__}: {error}"))


def _apply_suppressions(findings: list[Finding], suppressions: list[tuple[str, int, int]]) -> tuple[list[Finding], int]:
    if not suppressions:
        return findings, 0
    kept = []
    for f in findings:
        hit = any((prefix == "ALL" or f.rule.startswith(prefix)) and start <= f.span.start < end
                  for prefix, start, end in suppressions)
        if not hit:
            kept.append(f)
    return kept, len(findings) - len(kept)
