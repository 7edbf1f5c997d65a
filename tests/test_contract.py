"""Contract checks: every hook documented, every rule complete, plugins isolated from each other."""

from __future__ import annotations

import inspect
import tomllib

import pytest

from checker import Example, Extractor, hookimpl, hookspecs, rule
from checker.engine import Engine
from checker.manager import PluginError
from checker.testing import discover, load_fixture

from .conftest import FIXTURES, ROOT

HOOKS = [f for name, f in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("checker_")]


def test_hooks_exist():
    assert {f.__name__ for f in HOOKS} == {
        "checker_register_rules", "checker_register_extractors", "checker_register_reporters",
        "checker_language_data"}


@pytest.mark.parametrize("hook", HOOKS, ids=lambda f: f.__name__)
def test_every_hook_documents_its_arguments(hook):
    doc = inspect.getdoc(hook) or ""
    assert len(doc) > 80, f"{hook.__name__} has no real docstring"
    for arg in inspect.signature(hook).parameters:
        assert f":param {arg}:" in doc, f"{hook.__name__} does not document {arg}"
    assert ":return:" in doc


def test_every_builtin_family_is_an_entry_point(engine):
    with open(ROOT / "pyproject.toml", "rb") as f:
        eps = tomllib.load(f)["project"]["entry-points"]["checker"]
    loaded = {p.name for p in engine.registry.plugins}
    assert set(eps) <= loaded
    plugin_modules = {p.stem for p in (ROOT / "plugins").glob("*.py") if p.stem != "__init__"}
    assert {v.split(".")[-1] for v in eps.values()} == plugin_modules


def test_core_knows_no_rule():
    for path in (ROOT / "checker").rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert "checker_plugins" not in src, f"{path} imports a built-in plugin"


def _rules():
    return list(Engine().rules.values())


@pytest.mark.parametrize("r", _rules(), ids=lambda r: r.id)
def test_rule_metadata_is_complete(r):
    assert r.problems() == []


@pytest.mark.parametrize("r", _rules(), ids=lambda r: r.id)
def test_rule_has_firing_and_silent_fixtures(r):
    fires = silent = False
    for path in discover(FIXTURES):
        case = load_fixture(path)
        selected = not case.select or any(r.id.startswith(s) for s in case.select)
        if any(x.rule == r.id for x in case.expected):
            fires = True
        elif selected and (case.lang is None or r.applies_to(case.lang)) and not case.expected:
            silent = True
    assert fires, f"{r.id} has no fixture that fires"
    assert silent, f"{r.id} has no fixture that must stay silent"


def _examples():
    return [(r, ex) for r in _rules() for ex in r.examples]


@pytest.mark.parametrize("r,ex", _examples(), ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(_examples())])
def test_rule_examples_behave_as_documented(engine, r, ex):
    result = engine.check(ex.text, lang=ex.lang, published=ex.published)
    fired = [f for f in result.findings if f.rule == r.id]
    assert bool(fired) == ex.fires, f"{r.id} example {'should' if ex.fires else 'should not'} fire: {ex.text!r}"


# --- plugin isolation -------------------------------------------------------------------------

class _Boom:
    @hookimpl
    def checker_register_rules(self):
        @rule(id="BOOM001", name="always-raises", severity="error", languages=["*"], summary="raises",
              messages={"x": "x"}, examples=[Example("a", "en", True), Example("b", "en", False)])
        def boom(ctx, month_mentions):
            """## What it flags\n## Why it matters\n## Example\n## Not flagged"""
            raise RuntimeError("kaput")
        return [boom]


class _BadFacts:
    @hookimpl
    def checker_register_extractors(self):
        def broken(doc, facts):
            raise ValueError("no facts today")
        return [Extractor("broken_facts", broken)]

    @hookimpl
    def checker_register_rules(self):
        @rule(id="BAD001", name="uses-broken-facts", severity="error", languages=["*"], summary="s",
              messages={"x": "x"})
        def uses(ctx, broken_facts):
            """doc"""
        return [uses]


SEEDISH = "قال إن التعاون بدأ في تشرين الثاني/ديسمبر الماضي.\nاترك تعليقاً\n"


def test_a_plugin_that_raises_becomes_an_error_and_other_findings_are_kept():
    engine = Engine(plugins=[("boom", _Boom())])
    result = engine.check(SEEDISH, lang="ar")
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001"}
    assert len(result.errors) == 1
    err = result.errors[0]
    assert (err.code, err.plugin, err.rule) == ("plugin-error", "boom", "BOOM001")
    assert "kaput" in err.message


def test_a_failing_extractor_is_reported_against_the_rule_that_needed_it():
    engine = Engine(plugins=[("badfacts", _BadFacts())])
    result = engine.check(SEEDISH, lang="ar")
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001"}
    assert [(e.code, e.plugin, e.rule) for e in result.errors] == [("plugin-error", "badfacts", "BAD001")]
    assert "no facts today" in result.errors[0].message


def test_duplicate_rule_ids_are_rejected_naming_both_plugins():
    class Dup:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="DATE001", name="dup", severity="error", languages=["*"], summary="s", messages={"x": "x"})
            def dup(ctx):
                """doc"""
            return [dup]

    with pytest.raises(PluginError, match=r"DATE001 is registered by both 'dates' and 'dup'"):
        Engine(plugins=[("dup", Dup())])


def test_a_rule_asking_for_unknown_facts_is_rejected():
    class Unknown:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="UNK001", name="unknown-facts", severity="error", languages=["*"], summary="s",
                  messages={"x": "x"})
            def unk(ctx, no_such_facts):
                """doc"""
            return [unk]

    with pytest.raises(PluginError, match="UNK001.*no_such_facts"):
        Engine(plugins=[("unknown", Unknown())])


def test_a_misspelt_hook_fails_at_start_up():
    class Misspelt:
        @hookimpl
        def checker_register_rulez(self):
            return []

    with pytest.raises(PluginError, match="misspelt"):
        Engine(plugins=[("misspelt", Misspelt())])


def test_a_bad_rule_id_is_rejected():
    class BadId:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="bad-id", name="bad", severity="error", languages=["*"], summary="s", messages={"x": "x"})
            def bad(ctx):
                """doc"""
            return [bad]

    with pytest.raises(PluginError, match="bad rule bad-id"):
        Engine(plugins=[("badid", BadId())])


def test_engine_loads_plugins_once_and_is_deterministic(engine):
    a = engine.check(SEEDISH, lang="ar")
    b = engine.check(SEEDISH, lang="ar")
    assert a.model_dump() == b.model_dump()
    assert [f.rule for f in a.findings] == ["DATE001", "RESIDUE001"]
