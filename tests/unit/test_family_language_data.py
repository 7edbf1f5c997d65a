"""Words the dates and numbers families read from their language data rather than from code: the
"and" of a list (``[enumerations] and``, split into words and attached letters by the language's
proclitics) and the words around an Arabic elapsed time (``[durations]``)."""

from __future__ import annotations

import pytest

from checker.core.engine import Engine
from checker.language.normalize import normalize_text
from checker_plugins.dates.durations import _compile
from checker_plugins.numbers.common import and_words
from checker_plugins.numbers.shares import _joins


@pytest.fixture(scope="module")
def lex():
    engine = Engine()
    return engine.lexicons.get


def test_and_is_a_word_in_english_and_an_attached_letter_in_arabic(lex):
    assert and_words(lex("en")) == (("and",), ())
    assert and_words(lex("ar")) == ((), ("و",))


@pytest.mark.parametrize("lang, before, opens", [
    ("en", "of voters, ", True), ("en", "of voters and ", True), ("en", "of the band ", False),
    ("en", "of voters: ", True), ("en", "of voters with ", False),
    ("ar", "من الناخبين، و", True), ("ar", "من الناخبين و", True), ("ar", "في الجو ", False),
])
def test_a_clause_of_a_breakdown_opens_after_a_comma_or_the_languages_and(lex, lang, before, opens):
    assert bool(_joins(lex(lang))[0].search(before)) is opens


@pytest.mark.parametrize("lang, gap, joined", [
    ("en", " of them and ", True), ("en", ", ", True), ("en", " of them with ", False),
    ("ar", " يؤيدون، ", True), ("ar", " يؤيدون و", True), ("ar", " يؤيدون بينما ", False),
    ("en", " و ", False),
])
def test_two_shares_are_joined_by_a_comma_or_the_languages_and(lex, lang, gap, joined):
    assert bool(_joins(lex(lang))[1].search(gap)) is joined


@pytest.mark.parametrize("text, match", [
    ("قبل عقد، في العراق", "قبل عقد"),
    ("قبل عقد من الزمن", "قبل عقد من الزمن"),
    ("قبل عقد من المفاوضات", None),
    ("قبل عام على الانتخابات", None),
    ("قبل عام الانتخابات", None),
    ("قبل عام 2015", None),
])
def test_an_arabic_elapsed_time_is_not_ago_when_the_data_says_what_follows_it(lex, text, match):
    m = _compile(lex("ar")).elapsed.search(normalize_text(text))
    assert (m.group(0) if m else None) == (normalize_text(match) if match else None)


@pytest.mark.parametrize("text, match", [
    ("وبعد عقدين من تأسيسها", "وبعد عقدين من"),
    ("فبعد عقدين من تأسيسها", "فبعد عقدين من"),
    ("بعد عقدين على تأسيسها", "بعد عقدين على"),
    ("بعد مرور عقدين على تأسيسها", "بعد مرور عقدين على"),
    ("بعد عقدين في تأسيسها", None),
])
def test_an_arabic_time_counted_from_a_year_takes_its_clitics_and_link_from_the_data(lex, text, match):
    m = _compile(lex("ar")).after.search(normalize_text(text))
    assert (m.group(0) if m else None) == (normalize_text(match) if match else None)
