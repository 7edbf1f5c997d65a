"""Plugin discovery and registration with pluggy. A fresh manager per engine; nothing global."""

from __future__ import annotations

import importlib
import importlib.metadata as md
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable

import pluggy

from checker import builtin as core_plugin
from checker.core import hookspecs
from checker.core.config import Config
from checker.core.discovery import CORE, GROUP, declared_plugins
from checker.core.errors import PluginError
from checker.core.facts import Extractor
from checker.language.data_cache import CheckedData
from checker.language.lexicon import LanguageData, declared_schemas
from checker.language.schema import LanguageDataError
from checker.core.rules import Rule
from checker.core.version import DISTRIBUTION


@dataclass
class PluginInfo:
    name: str
    module: str
    distribution: str | None = None
    version: str | None = None
    rules: list[str] = field(default_factory=list)
    extractors: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    language_data: list[str] = field(default_factory=list)


@dataclass
class Registry:
    rules: dict[str, Rule]
    extractors: dict[str, Extractor]
    reporters: dict[str, type]
    language_data: list[LanguageData]
    plugins: list[PluginInfo]
    # rules run over a group of articles telling one story (checker_register_group_rules)
    group_rules: dict[str, Rule] = field(default_factory=dict)


def make_plugin_manager(extra_plugins: Iterable[tuple[str, Any]] = (), *,
                        entry_points: bool = True, blocked: Iterable[str] = ()) -> tuple[pluggy.PluginManager, list[PluginInfo]]:
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    for name in blocked:
        pm.set_blocked(name)
    infos: list[PluginInfo] = []
    pm.register(core_plugin, name=CORE)
    infos.append(PluginInfo(CORE, core_plugin.__name__, DISTRIBUTION, _version(DISTRIBUTION)))
    if entry_points:
        for declared in declared_plugins():
            ep, dist, version = declared.entry_point, declared.distribution, declared.version
            if pm.is_blocked(ep.name) or pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as e:  # noqa: BLE001 - turned into a start-up message
                origin = f", from {dist} {version}" if dist else ""
                raise PluginError(f"plugin '{ep.name}' ({ep.value}{origin}) failed to import: {e!r}") from e
            _register(pm, plugin, ep.name)
            infos.append(PluginInfo(ep.name, ep.value, dist, version))
    for name, plugin in extra_plugins:
        _register(pm, plugin, name)
        infos.append(PluginInfo(name, getattr(plugin, "__name__", type(plugin).__name__)))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as e:
        raise PluginError(f"plugin '{pm.get_name(e.plugin)}': {e}") from e
    if os.environ.get("CHECKER_TRACE_PLUGINS"):
        pm.trace.root.setwriter(lambda msg: sys.stderr.write(msg))
        pm.enable_tracing()
    return pm, infos


def _register(pm: pluggy.PluginManager, plugin: Any, name: str) -> None:
    try:
        pm.register(plugin, name=name)
    except pluggy.PluginValidationError as e:  # a hook implementation whose arguments are wrong
        raise PluginError(f"plugin '{name}': {e}".replace("\n", " ")) from e
    except ValueError as e:  # the same plugin object registered twice
        raise PluginError(f"plugin '{name}' cannot be registered: {e}") from e


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def _collect(pm: pluggy.PluginManager, hook_name: str, kwargs: dict[str, Any]) -> list[tuple[str, Any]]:
    """Call ``hook_name`` implementation by implementation, recording which plugin returned what."""
    out = []
    hook = getattr(pm.hook, hook_name)
    impls = sorted(hook.get_hookimpls(), key=lambda i: i.plugin_name)
    for impl in impls:
        args = {k: kwargs[k] for k in impl.argnames}
        try:
            result = impl.function(**args)
        except Exception as e:  # noqa: BLE001
            raise PluginError(f"plugin '{impl.plugin_name}' failed in {hook_name}: {e!r}") from e
        for item in result or ():
            out.append((impl.plugin_name, item))
    return out


def build_registry(pm: pluggy.PluginManager, infos: list[PluginInfo], config: Config) -> Registry:
    by_name = {i.name: i for i in infos}
    rules: dict[str, Rule] = {}
    for plugin, r in _collect(pm, "checker_register_rules", {"config": config}):
        if not isinstance(r, Rule):
            raise PluginError(f"plugin '{plugin}' registered {r!r}, which is not a checker Rule "
                              f"(make rules with the checker.rule decorator)")
        problems = [p for p in r.problems() if p.startswith(("rule id", "rule name", "no messages"))]
        if problems:
            raise PluginError(f"plugin '{plugin}' registered a bad rule {r.id}: {'; '.join(problems)}")
        if r.id in rules:
            raise PluginError(f"rule id {r.id} is registered by both '{rules[r.id].plugin}' and '{plugin}'")
        if r.plugin is None:
            r.plugin = plugin
        rules[r.id] = r
        by_name[plugin].rules.append(r.id)
    extractors: dict[str, Extractor] = {}
    for plugin, ex in _collect(pm, "checker_register_extractors", {"config": config}):
        if ex.name in extractors:
            raise PluginError(f"fact extractor '{ex.name}' is registered by both "
                              f"'{extractors[ex.name].plugin}' and '{plugin}'")
        extractors[ex.name] = Extractor(ex.name, ex.extract, plugin, getattr(ex, "empty", None))
        by_name[plugin].extractors.append(ex.name)
    reporters: dict[str, type] = {}
    for plugin, rep in _collect(pm, "checker_register_reporters", {}):
        if rep.name in reporters:
            raise PluginError(f"output format '{rep.name}' is registered twice (by '{plugin}')")
        reporters[rep.name] = rep
        by_name[plugin].reporters.append(rep.name)
    contributions = _collect(pm, "checker_language_data", {})
    for plugin, ld in contributions:
        by_name[plugin].language_data.append(ld.name)
    language_data = _checked_language_data(contributions)
    for r in rules.values():
        missing = [n for n in r.fact_names if n not in extractors]
        if missing:
            raise PluginError(f"rule {r.id} ({r.plugin}) asks for unknown facts: {', '.join(missing)}")
    group_rules = _group_rules(pm, config, rules, by_name)
    return Registry(dict(sorted(rules.items())), extractors, reporters, language_data, infos,
                    dict(sorted(group_rules.items())))


def _group_rules(pm: pluggy.PluginManager, config: Config, rules: dict[str, Rule],
                 by_name: dict[str, PluginInfo]) -> dict[str, Rule]:
    """The rules of ``checker_register_group_rules``, checked like article rules; their ids share
    one space with them."""
    out: dict[str, Rule] = {}
    for plugin, r in _collect(pm, "checker_register_group_rules", {"config": config}):
        if not isinstance(r, Rule):
            raise PluginError(f"plugin '{plugin}' registered {r!r} as a group rule, which is not a checker Rule")
        problems = [p for p in r.problems() if p.startswith(("rule id", "rule name", "no messages"))]
        if problems:
            raise PluginError(f"plugin '{plugin}' registered a bad group rule {r.id}: {'; '.join(problems)}")
        if r.id in rules or r.id in out:
            owner = (rules.get(r.id) or out[r.id]).plugin
            raise PluginError(f"rule id {r.id} is registered by both '{owner}' and '{plugin}'")
        r.plugin = r.plugin or plugin
        out[r.id] = r
        by_name[plugin].rules.append(r.id)
    return out


def _checked_language_data(contributions: list[tuple[str, LanguageData]]) -> list[LanguageData]:
    """Every contribution parsed and validated against the section schemas all plugins declare,
    so that a bad data file stops the start-up naming the plugin, the file and the key. Data files
    an earlier start validated against the same schemas come from the derived-data cache
    (:mod:`checker.language.data_cache`)."""
    try:
        schemas = declared_schemas(ld for _, ld in contributions)
    except LanguageDataError as e:
        raise PluginError(f"language data: {e}") from e
    given = [ld for _, ld in contributions]
    cache = CheckedData(given, schemas)
    kept = cache.load(given)
    out = []
    for (plugin, ld), done in zip(contributions, kept or given):
        try:
            out.append(done.checked_against(schemas))
        except LanguageDataError as e:
            raise PluginError(f"plugin '{plugin}' contributed bad language data: {e}") from e
    if kept is None:
        cache.store(out)
    return out


def import_plugin(spec: str) -> Any:
    """Import ``module`` or ``module:attr`` for ``--plugin``."""
    mod, _, attr = spec.partition(":")
    try:
        obj = importlib.import_module(mod)
    except Exception as e:  # noqa: BLE001
        raise PluginError(f"plugin '{spec}' failed to import: {e!r}") from e
    return getattr(obj, attr) if attr else obj
