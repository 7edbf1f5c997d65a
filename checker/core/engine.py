"""The engine: loads plugins once, then checks any number of articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Protocol

from checker.core.config import Config, ConfigError
from checker.core.document import Document, detect_language
from checker.core.facts import FactError, Facts
from checker.core.fields import Composition, compose, moved_findings, order_key, suppressed_by, touches_field
from checker.core.limits import CheckTimeout, time_limit
from checker.core.manager import Registry, build_registry, make_plugin_manager
from checker.core.models import Article, ArticleResult, Finding, ItemError
from checker.core.rules import Rule, RuleContext
from checker.language.lexicon import LexiconSet
from checker.language.regexes import flush as flush_patterns

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
    ``observe``: called with the article, the document the rules read (its headline and standfirst
    composed before the body, which starts at ``doc.body_start``) and its facts once the rules have
    run on them (what else needs those facts reads them without extracting them again)."""

    skip: frozenset[str] = frozenset()
    time_limit: float | None = None
    slot: RuleSlot | None = None
    observe: Callable[[Article, Document, Facts], Any] | None = None


DEFAULT_OPTIONS = CheckOptions()


class Reading(NamedTuple):
    """What the rules read of one article: ``doc``, its body with its headline and standfirst
    composed before it (``comp``; None without them or with headlines off, when ``doc`` is
    ``body``), the body's own document, and the lazy facts of ``doc``."""

    doc: Document
    body: Document
    comp: Composition | None
    facts: Facts


class Engine:
    """Load plugins once; ``check_article`` many times. Deterministic: the same input, config and
    plugins give the same findings in the same order."""

    def __init__(self, config: Config | None = None, *, plugins: Iterable[tuple[str, Any]] = (),
                 entry_points: bool = True):
        self.config = config or Config()
        plugins = list(plugins)
        # what was asked for, beside the configuration: the result cache tells by them whether
        # this engine is the one a run of the command line would build (checker.run.fingerprint)
        self.entry_points = entry_points
        self.given_plugins = tuple(name for name, _ in plugins)
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

    def read(self, article: Article) -> Reading:
        """What the rules read of an article (see :class:`Reading`). Its publication date, when
        neither the input nor the configuration gives one, is read from the body's own text (a
        dateline opens the body); a failure of that extractor is in ``facts.failures``."""
        body = self.document(article)
        comp = compose(article) if self.config.headlines else None
        doc = comp.document(body) if comp is not None else body
        facts = Facts(doc, self.registry.extractors)
        if doc.published is None and PUBLICATION_DATE in facts:
            try:
                doc.published = body.published = facts.over(body)[PUBLICATION_DATE]
            except FactError:
                pass
        return Reading(doc, body, comp, facts)

    def rule_at(self, index: int) -> Rule | None:
        """The rule at ``index`` in :attr:`rules` order (as written to a :class:`RuleSlot`)."""
        rules = list(self.rules.values())
        return rules[index] if 0 <= index < len(rules) else None

    def check_article(self, article: Article, options: CheckOptions = DEFAULT_OPTIONS) -> ArticleResult:
        """Check one article. Raises :class:`CheckTimeout` when ``options.time_limit`` strikes.
        The patterns first compiled for it are then written to the derived-data cache, for the
        next process (:func:`checker.language.regexes.flush`: at most every few seconds)."""
        with time_limit(options.time_limit):
            result = self._check(article, options.skip, options.slot or _Slot(), options.observe)
        flush_patterns()
        return result

    def _check(self, article: Article, skip: frozenset[str], slot: RuleSlot, observe=None) -> ArticleResult:
        """The findings of the body, and of its headline and standfirst composed before it in one
        document (:mod:`checker.core.fields`), less what the article's ``suppress`` names."""
        result, found = self._check_text(article, skip, slot, observe)
        kept = [f for f in found if not suppressed_by(f, article.suppress)]
        kept.sort(key=order_key)
        return result.model_copy(update={"findings": tuple(kept),
                                         "suppressed": result.suppressed + len(found) - len(kept)})

    def _check_text(self, article: Article, skip: frozenset[str], slot: RuleSlot,
                    observe=None) -> tuple[ArticleResult, list[Finding]]:
        """Run the rules once over the article (its fields composed before the body unless
        headlines are off): the result (its findings left out) and the findings, moved to the
        parts they lie in, inline suppressions applied."""
        lang = article.lang or self.config.lang
        if lang and lang not in self.lexicons.languages:
            return ArticleResult(id=article.id, path=article.path, lang=lang, errors=(ItemError(
                code="unknown-language", message=f"no language data for '{lang}' "
                f"(available: {', '.join(self.lexicons.languages)})"),)), []
        doc, body, comp, facts = self.read(article)
        errors: list[ItemError] = []
        _report_failures(facts, errors, None)
        published_source = ("input" if article.published else "config" if self.config.published
                            else "text" if doc.published else None)
        findings = self._run_rules(article, doc, facts, skip, slot, errors)
        if observe is not None:
            observe(article, doc, facts)
        suppressions = comp.suppressions(article) if comp is not None else article.suppressions
        kept, dropped = _apply_suppressions(findings, suppressions)
        if comp is not None:
            kept, lost = moved_findings(comp, body, kept)
            dropped = [f for f in dropped if f.span.start >= comp.body_start]  # counted as in the body alone
            if lost:   # a field took part in a finding of the body: the body's own, from the body alone
                more: list[ItemError] = []
                alone = self._run_rules(article, body, Facts(body, self.registry.extractors), skip, slot, more)
                alone, dropped = _apply_suppressions(alone, article.suppressions)
                seen = {(f.rule, f.span.start, f.span.end) for f in alone}
                kept = [f for f in kept if touches_field(f) and (
                    f.span.field is not None or (f.rule, f.span.start, f.span.end) not in seen)] + alone
                errors += [e for e in more if e not in errors]
        return ArticleResult(id=article.id, path=article.path, lang=doc.lang,
                             published=doc.published, published_source=published_source,
                             errors=tuple(errors), suppressed=len(dropped)), kept

    def _run_rules(self, article: Article, doc: Document, facts: Facts, skip: frozenset[str], slot: RuleSlot,
                   errors: list[ItemError]) -> list[Finding]:
        """Every enabled rule's findings on ``doc``; a failing rule or extractor is added to
        ``errors`` and loses no other rule's findings."""
        findings: list[Finding] = []
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
        return findings

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


def _apply_suppressions(findings: list[Finding], suppressions: list[tuple[str, int, int]]
                        ) -> tuple[list[Finding], list[Finding]]:
    """The findings kept and those an inline suppression covers."""
    if not suppressions:
        return findings, []
    kept, dropped = [], []
    for f in findings:
        hit = any((prefix == "ALL" or f.rule.startswith(prefix)) and start <= f.span.start < end
                  for prefix, start, end in suppressions)
        (dropped if hit else kept).append(f)
    return kept, dropped
