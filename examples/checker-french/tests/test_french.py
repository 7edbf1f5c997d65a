"""checker-french's own tests, written with checker's testing kit. The fixtures under fixtures/
are tests too, collected by checker's pytest plugin (see pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from checker import Article, Config
from checker.core.engine import Engine
from checker.core.facts import Facts
from checker.testing import contract_problems, discover, load_fixture

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_the_plugin_is_installed_and_registers_fr001(checker_engine):
    french = {p.name: p for p in checker_engine.registry.plugins}["french"]
    assert (french.distribution, french.version, french.rules) == ("checker-french", "0.1.0", ["FR001"])
    assert checker_engine.rules["FR001"].plugin == "french"
    assert "fr" in checker_engine.lexicons.languages


def test_french_month_names_feed_the_shared_month_facts(checker_engine):
    text = "Du 3 janv. au 14 février, puis en aout, en sept. et le 1er décembre."
    doc = checker_engine.document(Article(id="t", text=text, lang="fr"))
    mentions = Facts(doc, checker_engine.registry.extractors)["month_mentions"]
    assert [(m.text, m.number, m.system) for m in mentions] == [
        ("janv", 1, "gregorian"), ("février", 2, "gregorian"), ("aout", 8, "gregorian"),
        ("sept", 9, "gregorian"), ("décembre", 12, "gregorian")]


def test_fr001_meets_the_plugin_contract(checker_engine):
    cases = [load_fixture(p) for p in discover(FIXTURES)]
    assert contract_problems(checker_engine.rules["FR001"], cases) == []


def test_examples_behave_as_documented(checker_engine):
    for ex in checker_engine.rules["FR001"].examples:
        found = [f for f in checker_engine.check(ex.text, lang=ex.lang).findings if f.rule == "FR001"]
        assert bool(found) == ex.fires, ex.text


def test_the_year_aware_option():
    text = "Le décret du 29 février 2023 est abrogé."
    assert [f.rule for f in Engine().check(text, lang="fr").findings] == ["FR001"]
    engine = Engine(Config(options={"FR001": {"year_aware": False}}))
    assert engine.check(text, lang="fr").findings == ()


def test_other_languages_are_left_alone(checker_engine):
    assert checker_engine.check("The meeting is on 31 avril.", lang="en").findings == ()


def test_every_message_and_note_has_a_french_translation(checker_engine):
    from checker.i18n import Localizer, plugin_catalogues
    from checker.testing import translation_problems

    catalogue = next(c for c in plugin_catalogues(checker_engine.pm) if "fr" in c.locales)
    assert translation_problems([checker_engine.rules["FR001"]], catalogue, documentation=True) == []
    result = checker_engine.check("La réunion aura lieu le 31 avril à Lyon.", lang="fr")
    french = Localizer.for_engine(checker_engine, "fr").result(result)
    assert french.findings[0].message == "« 31 avril » n'existe pas : avril compte 30 jours."
    assert french.findings[0].related[0].message == "nom français du mois : avril"
