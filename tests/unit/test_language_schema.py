"""The schemas of language data: every section of every data file is validated when the lexicons
are built, and a lexicon hands out only sections a schema declares."""

from __future__ import annotations

import importlib

import pytest

from checker_plugins.dates.schema import Durations
from checker_plugins.dates.schema import SCHEMAS as DATES_SCHEMAS
from checker_plugins.numbers.schema import SCHEMAS as NUMBERS_SCHEMAS
from checker_plugins.residue.schema import SCHEMAS as RESIDUE_SCHEMAS
from checker_plugins.timeline.schema import SCHEMAS as TIMELINE_SCHEMAS

#: The built-in families' own sections, as each family declares them with its data.
FAMILIES = {**DATES_SCHEMAS, **NUMBERS_SCHEMAS, **RESIDUE_SCHEMAS, **TIMELINE_SCHEMAS}
from checker.language.lexicon import LanguageData, Lexicon, LexiconSet, data_files, declared_schemas, merge
from checker.language.lexicons import SCHEMAS
from checker.language.schema import LanguageDataError, Section, UnknownSection, Words
from checker.language.sections import SHARED, Months, Names, Script, Weekdays
from tests.helpers import ROOT

def _error(data: dict, **kwargs) -> str:
    with pytest.raises(LanguageDataError) as e:
        LexiconSet([LanguageData("xx", "test:xx", data=data, **kwargs)])
    return str(e.value)


class Honours(Section):
    """A plugin's own section."""

    orders: Words = []


def test_every_data_file_of_the_checker_and_the_french_example_is_valid(engine, monkeypatch):
    sources = engine.lexicons.sources
    assert {s.path.parent.parent for s in sources if s.path} >= {ROOT / "checker" / "language" / "lexicons"}
    for s in sources:
        assert s.checked and set(s.load()) <= set(engine.lexicons.schemas), s.name
    monkeypatch.syspath_prepend(str(ROOT / "examples" / "checker-french"))
    french = importlib.import_module("checker_french").checker_language_data()
    assert [f.name for f in french] == ["french:fr/calendar.toml"]
    assert LexiconSet(french).get("fr").month_name(8, "gregorian") == "août"


def test_the_core_declares_only_the_shared_sections():
    assert SCHEMAS == SHARED
    assert not set(SCHEMAS) & set(DATES_SCHEMAS)


def test_a_misspelt_key_names_the_file_relative_to_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "calendar.toml").write_text('[months.gregorain]\n1 = ["January"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LanguageDataError) as e:
        LexiconSet(data_files(tmp_path, "test"))
    assert str(e.value) == "en/calendar.toml: months.gregorain: unknown key"


def test_a_file_outside_the_working_directory_is_named_by_its_path(tmp_path, monkeypatch):
    (tmp_path / "data" / "en").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    path = tmp_path / "data" / "en" / "script.toml"
    path.write_text("[script]\ndirection = 'up'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "elsewhere")
    with pytest.raises(LanguageDataError) as e:
        LexiconSet(data_files(tmp_path / "data", "test"))
    assert str(e.value) == f"{path}: script.direction: expected 'ltr' or 'rtl', got 'up'"


def test_a_file_that_is_not_toml_is_named(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.toml").write_text("[months\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LanguageDataError, match=r"^en/x\.toml: not valid TOML: "):
        LexiconSet(data_files(tmp_path, "test"))


def test_unknown_sections_and_keys_are_named_by_their_dotted_key():
    assert _error({"monthz": {}}) == "test:xx: monthz: unknown section"
    assert _error({"enumerations": {"and": ["and"], "or": ["or"]}}, schemas=FAMILIES) == (
        "test:xx: enumerations.or: unknown key")
    assert _error({"events": {"birth": {"word": ["born"]}}}, schemas=FAMILIES) == (
        "test:xx: events.birth.word: unknown key")
    assert _error({"residue": {"share": {"phrase": ["Share"]}}}, schemas=FAMILIES) == (
        "test:xx: residue.share.phrase: unknown key")
    assert _error({"timeline": {}}) == "test:xx: timeline: unknown section"
    assert _error({"names": {"roles": {"change_word": []}}}) == "test:xx: names.roles.change_word: unknown key"


def test_wrong_types_are_named_with_the_value_found():
    assert _error({"months": {"gregorian": {"1": "January", "2": ["February", 2]}}}) == (
        "test:xx: months.gregorian.1: expected an array, got 'January'; "
        "months.gregorian.2[1]: expected a string, got 2")
    assert _error({"quantities": {"words": {"one": "1"}, "vague": {"dozens": [24]}}}) == (
        "test:xx: quantities.words.one: expected a number, got '1'; quantities.vague.dozens[1]: missing item")
    assert _error({"names": {"capitals": "yes", "variant_min_length": 0}}) == (
        "test:xx: names.capitals: expected true or false, got 'yes'; "
        "names.variant_min_length: input should be greater than or equal to 1")
    assert _error({"timeline": {"with": "with", "exclusions": {"pairs": [["a", "b", "some"]]}}},
                  schemas=FAMILIES) == (
        "test:xx: timeline.with: expected an array, got 'with'; "
        "timeline.exclusions.pairs[0][2]: expected 'counterpart', 'any', 'place', 'other', 'told_other', 'elsewhere', 'offices', 'moved', 'after', 'later', 'away' or 'acted_other', got 'some'")
    assert _error({"script": "ltr"}) == "test:xx: script: expected a table, got 'ltr'"


def test_keys_that_are_numbers_or_codes_are_checked_and_quoted_when_not_bare():
    assert _error({"months": {"hijri": {"13": ["x"]}}, "weekdays": {"0": ["x"]}}) == (
        "test:xx: months.hijri.13: not a month number from 1 to 12; weekdays.0: not a weekday number from 1 to 7")
    assert _error({"quantities": {"currencies": {"usd": ["$"]}}}) == (
        "test:xx: quantities.currencies.usd: not a currency code (ISO 4217, or a shared name in capitals)")
    assert _error({"dates": {"relative": {"last year": ["yr", -1]}, "seasons": {"spring": [3, 13]}}}) == (
        "test:xx: dates.seasons.spring[1]: not a month number from 1 to 12; "
        "dates.relative.\"last year\"[0]: expected 'year', 'month' or 'day', got 'yr'")


def test_valid_data_passes_and_numbers_may_be_integers_or_floats():
    lex = LexiconSet([LanguageData("xx", "t", data={
        "numbers": {"words": {"one": 1, "half": 0.5}}, "durations": {"units": {"year": 1}},
        "dates": {"relative": {"last year": ["year", -1]}}, "script": {"contractions": [["al", "lil"]]},
    }, schemas=DATES_SCHEMAS)]).get("xx")
    assert lex.section("numbers") == {"words": {"one": 1, "half": 0.5}}
    assert lex.get(Durations).units == {"year": 1.0}


def test_a_plugin_declares_its_own_section_and_a_typo_in_it_fails():
    lex = LexiconSet([LanguageData("xx", "honours:xx", data={"honours": {"orders": ["OBE"]}},
                                   schemas={"honours": Honours})]).get("xx")
    assert lex.section("honours") == {"orders": ["OBE"]}
    assert lex.get(Honours) == Honours(orders=["OBE"])
    assert _error({"honours": {"order": ["OBE"]}}, schemas={"honours": Honours}) == (
        "test:xx: honours.order: unknown key")
    assert _error({"honours": {"orders": ["OBE"]}}) == "test:xx: honours: unknown section"


def test_data_files_declares_the_schemas_for_every_file(tmp_path):
    for lang in ("en", "fr"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "honours.toml").write_text("[honours]\norders = ['x']\n", encoding="utf-8")
    found = data_files(tmp_path, "honours", schemas={"honours": Honours})
    assert [(d.name, dict(d.schemas)) for d in found] == [("honours:en/honours.toml", {"honours": Honours}),
                                                         ("honours:fr/honours.toml", {"honours": Honours})]
    assert LexiconSet(found).get("fr").get(Honours).orders == ["x"]


def test_one_section_declared_with_two_schemas_is_an_error_and_the_same_schema_twice_is_not():
    class OtherMonths(Section):
        ambiguous: Words = []

    same = LanguageData("xx", "french:fr/calendar.toml", data={}, schemas={"months": Months})
    assert declared_schemas([same])["months"] is Months
    with pytest.raises(LanguageDataError) as e:
        LexiconSet([LanguageData("xx", "other:xx", data={}, schemas={"months": OtherMonths})])
    assert str(e.value) == ("other:xx: section 'months' is declared by the core with another schema "
                            "(Months, not OtherMonths)")
    a = LanguageData("xx", "a:xx", data={}, schemas={"honours": Honours})
    b = LanguageData("xx", "b:xx", data={}, schemas={"honours": OtherMonths})
    with pytest.raises(LanguageDataError, match=r"^b:xx: section 'honours' is declared by a:xx with another "):
        declared_schemas([a, b])


def test_a_lexicon_refuses_a_section_no_schema_declares(engine):
    lex = engine.lexicons.get("en")
    with pytest.raises(UnknownSection, match=r"^no schema declares the language-data section 'month' "
                                             r"\(declared: abbreviations, chronology, dates, "):
        lex.section("month", {})
    with pytest.raises(UnknownSection, match=r"^Honours is the schema of 0 language-data sections"):
        lex.get(Honours)
    with pytest.raises(UnknownSection):
        Lexicon("zz", {}).section("honours")


def test_plain_and_typed_access_give_the_same_data(engine):
    ar, en = engine.lexicons.get("ar"), engine.lexicons.get("en")
    assert en.section("months")["gregorian"]["5"] == ["May"] == en.get(Months).gregorian["5"]
    assert en.get(Weekdays).root["1"] == ["Monday", "Mon"]
    assert ar.get(Script).article == "ال" == ar.section("script")["article"]
    assert ar.get(Names).roles.conjunctions == ["و"]
    assert en.get(Months) is en.get(Months)
    assert engine.lexicons.get("zz").get(Months) == Months()
    assert engine.lexicons.get("zz").section("months", {"x": 1}) == {"x": 1}


def test_merging_copies_what_it_takes_from_a_contribution():
    first, second = {"months": {"ambiguous": ["May"]}}, {"months": {"ambiguous": ["March"]}}
    merged = merge(merge({}, first), second)
    assert merged == {"months": {"ambiguous": ["May", "March"]}}
    assert first == {"months": {"ambiguous": ["May"]}}
