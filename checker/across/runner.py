"""Consistency across a batch: profile every article, group the ones that tell one story, run the
group rules over each group and add their findings to the articles' results.

``Across(engine).run(items, results)`` takes the items of a run (articles, or results carrying a
load error) and their per-article results in the same order, and returns the results with the
group findings added. Group rules come from the ``checker_register_group_rules`` hook; the
configuration selects, ignores and re-grades them like any rule."""

from __future__ import annotations

import dataclasses
from typing import Iterable, Mapping, Sequence

from checker.across.group import Group, GroupContext, Member
from checker.across.grouping import GroupingStats, group_profiles
from checker.across.profile import Profile, build_profile, profile_from_facts
from checker.core.engine import CheckOptions, Engine, PUBLICATION_DATE
from checker.core.facts import FactError, Facts
from checker.core.models import Article, ArticleResult, Finding, ItemError
from checker.core.rules import Rule
from checker.run.worker import Observer


def group_rules(engine: Engine) -> dict[str, Rule]:
    """The group rules every plugin registers, by id (the engine's registry collects them)."""
    return engine.registry.group_rules


class Across:
    """Group a run's articles and check each group (see the module docstring)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.rules = group_rules(engine)
        self.stats = GroupingStats()

    def member(self, index: int, article: Article) -> Member:
        doc = self.engine.document(article)
        facts = Facts(doc, self.engine.registry.extractors)
        if doc.published is None and PUBLICATION_DATE in facts:
            try:
                doc.published = facts[PUBLICATION_DATE]
            except FactError:
                pass
        return Member(index, article, doc, facts)

    def profile(self, index: int, article: Article) -> Profile:
        reading = self.engine.read(article)   # as the article's own check reads it
        return build_profile(index, article, reading.doc, reading.facts)

    def profiles(self, items: Sequence[Article | ArticleResult], known: Mapping[int, Profile] | None = None
                 ) -> list[Profile]:
        """The profile of every article that takes part in grouping: ``known[i]`` when given (built
        from the facts of the article's own check), else built here."""
        known = known or {}
        return [dataclasses.replace(known[i], index=i) if i in known else self.profile(i, a)
                for i, a in enumerate(items) if checkable(self.engine, a)]

    def groups(self, profiles: list[Profile]) -> list[tuple[int, ...]]:
        return group_profiles(profiles, self.stats)

    def check_group(self, items: Sequence[Article | ArticleResult], indices: Iterable[int]
                    ) -> list[tuple[int, Finding | ItemError]]:
        """Run every enabled group rule over the articles at ``indices``: (index, finding or
        error) in a deterministic order."""
        group = Group(self.member(i, items[i]) for i in indices)   # type: ignore[arg-type]
        config = self.engine.config
        out: list[tuple[int, Finding | ItemError]] = []
        for rule in self.rules.values():
            members = [m for m in group.members if rule.applies_to(m.lang)
                       and config.rule_enabled(rule.id, m.article.path)]
            if len(members) < 2:
                continue
            ctx = GroupContext(rule, config.severity.get(rule.id, rule.severity),
                               {**rule.options, **config.options.get(rule.id, {})},
                               rule.id in config.severity)
            try:
                rule.check(ctx, Group(members))
            except Exception as e:  # noqa: BLE001 - a failing plugin never loses other results
                out += [(m.index, ItemError(code="plugin-error", plugin=rule.plugin, rule=rule.id,
                                            message=f"rule {rule.id} raised {type(e).__name__}: {e}"))
                        for m in members]
                continue
            out += ctx.findings
        return out

    def run(self, items: Sequence[Article | ArticleResult], results: Sequence[ArticleResult],
            profiles: Mapping[int, Profile] | None = None) -> list[ArticleResult]:
        """``results`` (one per item, in order) with the group findings added; ``profiles``: those
        already built, by item number (see :meth:`profiles`)."""
        groups = self.groups(self.profiles(items, profiles)) if self.rules else []
        return merge(items, results, [x for g in groups for x in self.check_group(items, g)])


def checkable(engine: Engine, item) -> bool:
    """Whether an item takes part in grouping: a loaded article in a language with data."""
    if not isinstance(item, Article):
        return False
    lang = item.lang or engine.config.lang
    return lang is None or lang in engine.lexicons.languages


def merge(items: Sequence, results: Sequence[ArticleResult], extra: list[tuple[int, Finding | ItemError]]
          ) -> list[ArticleResult]:
    """Add group findings and errors to the results of their articles (suppression comments
    apply to them as to any finding)."""
    by_index: dict[int, list] = {}
    for i, x in extra:
        by_index.setdefault(i, []).append(x)
    out = list(results)
    for i, xs in sorted(by_index.items()):
        r = out[i]
        item = items[i]
        findings = [f for f in xs if isinstance(f, Finding)]
        kept = [f for f in findings if not _suppressed(f, item.suppressions)]
        errors = tuple(e for e in xs if isinstance(e, ItemError))
        merged = sorted(r.findings + tuple(kept), key=lambda f: (f.span.start, f.span.end, f.rule, f.message_id, f.message))
        out[i] = r.model_copy(update={"findings": tuple(merged), "errors": r.errors + errors,
                                      "suppressed": r.suppressed + len(findings) - len(kept)})
    return out


def _suppressed(f: Finding, suppressions: list[tuple[str, int, int]]) -> bool:
    return any((prefix == "ALL" or f.rule.startswith(prefix)) and start <= f.span.start < end
               for prefix, start, end in suppressions)


def check_across(articles: Iterable[Article | ArticleResult], *, engine: Engine | None = None) -> list[ArticleResult]:
    """Check every article on its own, then each group of articles that tell one story; one
    result per item, in input order (an item that failed to load passes through)."""
    engine = engine or Engine()
    items = list(articles)
    known: dict[int, Profile] = {}
    results = [x if isinstance(x, ArticleResult) else _check_observed(engine, i, x, known) for i, x in enumerate(items)]
    return Across(engine).run(items, results, known)


def _check_observed(engine: Engine, index: int, article: Article, known: dict[int, Profile]) -> ArticleResult:
    """Check an article, its profile built from the facts of that check into ``known``."""
    observer = Observer(profile_from_facts)
    result = engine.check_article(article, CheckOptions(observe=observer))
    if observer.value is not None:
        known[index] = observer.value
    return result
