"""The ordinary-word test NAME001 and the name facts rely on."""

from checker.language.frequency import known_word, unknown_words, word_list
from checker.language.normalize import normalize_text


def test_ordinary_words_are_known_in_any_case_and_fold():
    assert known_word("Treasury", "en") is True
    assert known_word("treasury", "en") is True
    assert known_word("القدس", "ar") is True
    assert known_word("محمد", "ar") is True
    assert known_word("أحمد", "ar") is True and known_word("احمد", "ar") is True   # hamza folded


def test_slips_are_not_words():
    assert known_word("Tleasury", "en") is False
    assert known_word("Kowlaski", "en") is False
    assert known_word("مخمد", "ar") is False
    assert known_word("الفلوحة", "ar") is False


def test_a_language_without_a_list_answers_none():
    assert known_word("word", "xx") is None
    assert word_list("xx") is None


def test_the_list_is_loaded_once():
    assert word_list("en") is word_list("en")


def test_unknown_words_are_those_no_list_holds():
    assert unknown_words(["treasury", "tleasury", "القدس", "مخمد"], "en") == {"tleasury", "القدس", "مخمد"}
    assert unknown_words(["القدس", "مخمد"], "ar") == {"مخمد"}
    assert unknown_words(["word"], "xx") is None


def test_common_words_are_the_frequent_bands_only():
    from checker.language.frequency import common_words
    ar, en = common_words("ar"), common_words("en")
    assert normalize_text("نوفمبر") in ar and normalize_text("الجثث") in ar
    assert normalize_text("المنتخبين") not in ar          # an ordinary word, not a common one
    assert normalize_text("المنتخبين") in word_list("ar")
    assert "november" in en and "the" in en and "kowalski" not in en
    assert ar < word_list("ar") and common_words("xx") == frozenset()
