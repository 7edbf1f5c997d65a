"""The message catalogues stay complete and current: every string of every built-in rule has an
Arabic and an English translation, the compiled catalogues are those of the .po sources, the
English catalogues are the rules' metadata, and docs/rules.ar.md is what the Arabic catalogue
generates."""

from __future__ import annotations

import io

import pytest

from checker.cli.main import main
from checker.i18n import Catalogue, plugin_catalogues
from checker.testing import translation_problems
from tests.contract.test_docs import BUILTIN_PLUGINS
from tests.helpers import ROOT


def _builtin_rules(engine):
    """Every built-in rule: the article rules and the group rules of ``--across``."""
    every = [*engine.rules.values(), *engine.registry.group_rules.values()]
    return [r for r in every if r.plugin in BUILTIN_PLUGINS]


def _sources(engine):
    """Each built-in catalogue with the rules of its plugin."""
    out = []
    for source in plugin_catalogues(engine.pm):
        directory = source.directory.resolve()
        if ROOT.resolve() not in directory.parents:
            continue
        family = directory.parent.name
        rules = [r for r in _builtin_rules(engine) if r.plugin == family]
        out.append((source, rules))
    return out


def test_every_builtin_catalogue_declares_arabic_and_english(engine):
    sources = _sources(engine)
    assert {s.directory.parent.name for s, _ in sources} >= {r.plugin for r in _builtin_rules(engine)} | {"i18n"}
    for source, _ in sources:
        assert set(source.locales) == {"ar", "en"}, source


def test_every_message_note_and_document_of_a_builtin_rule_is_translated(engine):
    problems = []
    for source, rules in _sources(engine):
        problems += translation_problems(rules, source, documentation=True)
    assert problems == []


def test_a_missing_translation_is_reported(engine, tmp_path):
    source, rules = next((s, r) for s, r in _sources(engine) if r)
    rule = rules[0]
    rule_copy = type(rule)(**{**rule.__dict__, "messages": {**rule.messages, "brand-new": "A new {thing}."}})
    problems = translation_problems([rule_copy], source)
    assert f"ar: {rule.id} 'brand-new' has no translation" in problems
    assert f"en: {rule.id} 'brand-new' has no translation" in problems


def test_a_group_rule_without_a_translation_is_reported(engine):
    group_rules = engine.registry.group_rules
    assert {"ACROSS001", "ACROSS002", "ACROSS003", "ACROSS004"} <= set(group_rules)
    source, rules = next((s, r) for s, r in _sources(engine) if any(x.id in group_rules for x in r))
    assert {r.id for r in rules} >= {"ACROSS001", "ACROSS004"}
    rule = group_rules["ACROSS002"]
    rule_copy = type(rule)(**{**rule.__dict__, "messages": {**rule.messages, "brand-new": "A new {kind}."},
                              "notes": {**rule.notes, "new-note": "the new date in {other}"}})
    problems = translation_problems([rule_copy], source)
    assert problems == ["ar: ACROSS002 'brand-new' has no translation",
                        "ar: ACROSS002 'new-note' has no translation",
                        "en: ACROSS002 'brand-new' has no translation",
                        "en: ACROSS002 'new-note' has no translation"]


def test_the_compiled_catalogues_and_the_english_sources_are_current(engine):
    build = pytest.importorskip("checker.i18n.build", reason="Babel (the i18n extra) compiles the catalogues")
    stale = []
    for source, rules in _sources(engine):
        stale += build.sync(source, rules, check=True)
    assert stale == [], ("stale catalogues; regenerate them with\n    .venv/bin/python -m checker.i18n.build\n"
                         + "\n".join(stale))


def test_the_compiled_catalogues_read_back(engine):
    for source, _ in _sources(engine):
        for locale in source.locales:
            cat = Catalogue.read(source.path(locale))
            assert cat.entries, source.path(locale)
    ar = Catalogue.read(ROOT / "checker" / "i18n" / "locale" / "ar.mo")
    assert [ar.plural(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 111)] == [0, 1, 2, 3, 3, 4, 4, 5, 5, 4]


def test_rules_ar_md_is_up_to_date(engine):
    out = io.StringIO()
    assert main(["rules", "--format", "markdown", "--locale", "ar", "--no-config"], stdout=out) == 0
    expected = out.getvalue()
    path = ROOT / "docs" / "rules.ar.md"
    assert path.read_text(encoding="utf-8") == expected, (
        "docs/rules.ar.md is out of date: regenerate it with\n"
        "    .venv/bin/checker rules --format markdown --locale ar > docs/rules.ar.md")


def test_the_example_plugin_ships_a_complete_french_catalogue(monkeypatch):
    import importlib

    from checker.core.engine import Engine
    from checker.i18n import Localizer

    monkeypatch.syspath_prepend(str(ROOT / "examples" / "checker-french"))
    french = importlib.import_module("checker_french")
    engine = Engine(plugins=[("french", french)])
    [catalogue] = french.checker_message_catalogues()
    assert catalogue.locales == ("fr",)
    assert translation_problems([engine.rules["FR001"]], catalogue, documentation=True) == []
    result = engine.check("Le décret du 29 février 2023 est abrogé.", lang="fr")
    [finding] = Localizer.for_engine(engine, "fr").result(result).findings
    assert finding.message == ("« 29 février » n'existe pas : 2023 n'est pas une année bissextile, "
                               "février 2023 compte 28 jours.")
    assert [r.message for r in finding.related] == ["nom français du mois : février",
                                                   "2023 n'est pas une année bissextile"]


def test_every_note_a_builtin_rule_writes_is_one_of_its_declared_notes(engine):
    """A note or suggestion whose wording drifts from its rule's `notes` would stay in English
    in every other locale: each one the rules' examples produce must be recognised."""
    unknown = []
    for rule in _builtin_rules(engine):
        for ex in rule.examples:
            if not ex.fires:
                continue
            for f in engine.check(ex.text, lang=ex.lang, published=ex.published).findings:
                unknown += [(f.rule, r.message) for r in f.related if r.message_id is None]
                unknown += [(f.rule, s.description) for s in f.suggestions if s.message_id is None]
    assert unknown == []
