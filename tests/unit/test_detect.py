"""Language detection driven by each language's [script] data."""

from __future__ import annotations

from checker.language.detect import CHARACTERISTIC_SHARE, detect_language, profile
from checker.language.lexicon import LanguageData, Lexicon, LexiconSet
from checker.builtin import checker_language_data

FRENCH = LanguageData("fr", "test:fr", data={"script": {
    "name": "latin", "letters": ["A-Z", "a-z", "\u00C0-\u024F"], "characteristic": ["é", "è", "ç", "à", "ê"]}})


def _core() -> LexiconSet:
    return LexiconSet(checker_language_data())


def test_core_languages_answer_as_before():
    assert detect_language("قال الوزير إن الاتفاق انتهى: the deal is off") == "ar"
    assert detect_language("The minister said الاتفاق") == "en"
    assert detect_language("hello مرحبا") == "ar"          # a tie goes to the right-to-left script
    assert detect_language("2024 - 12 / 7") is None
    assert detect_language("The minister said", _core()) == "en"


def test_a_language_added_as_data_is_detected():
    lexicons = LexiconSet([*checker_language_data(), FRENCH])
    assert detect_language("Le ministre a déclaré à la presse que l'accord était conclu.", lexicons) == "fr"
    assert detect_language("The minister told the press the deal was done.", lexicons) == "en"
    assert detect_language("قال الوزير", lexicons) == "ar"
    # one accented name in a long English text stays English
    text = "The minister told the press on Monday that the deal with José was done, and more."
    assert 1 < CHARACTERISTIC_SHARE * sum(c.isalpha() for c in text) < 2
    assert detect_language(text, lexicons) == "en"
    assert detect_language(text + " Crème brûlée à la française", lexicons) == "fr"


def test_profile_needs_letters():
    assert profile(Lexicon("xx", {})) is None
    p = profile(Lexicon("ar", {"script": {"letters": ["\u0600-\u06FF"], "direction": "rtl"}}))
    assert (p.script, p.rtl, p.characteristic) == ("ar", True, None)
    assert p.letters.pattern == "[\u0600-\u06FF]"
