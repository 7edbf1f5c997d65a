"""The matching toolkit: one function per job, exact patterns."""

from __future__ import annotations

import re

from checker.language.lexicon import Lexicon
from checker.language.matching import (
    NEVER, WS, alternation, matched_key, optional_words, phrase_key, phrase_table, prefixes,
    proclitic_letters, proclitic_prefix, punctuation_class, punctuation_marks, whole_word, word_regex,
)

AR = Lexicon("ar", {"script": {"proclitics": ["و", "ب"], "article": "ال"},
                    "punctuation": {"sentence_end": [".", "؟"], "clause_end": ["؛"]}})
BARE = Lexicon("xx", {})


def test_phrase_key_and_matched_key():
    assert phrase_key("  Last   YEAR ") == "last year"
    assert phrase_key("أمسِ") == "امس"
    assert matched_key("last \t year") == "last year"


def test_phrase_table_converts_and_keeps_first_or_last():
    assert phrase_table({"Last  Year": ["year", "-1"]}, lambda v: (v[0], int(v[1]))) == {"last year": ("year", -1)}
    pairs = [("A", 1), ("a", 2)]
    assert phrase_table(pairs) == {"a": 2}
    assert phrase_table(pairs, first=True) == {"a": 1}


def test_alternation_longest_first_with_a_space_rule():
    assert alternation(["of", "of the", ""]) == f"of{WS}+the|of"
    assert alternation(["of the"], space=r"\s+") == r"of\s+the"
    assert alternation([]) == ""


def test_optional_words():
    assert optional_words("in|on") == f"(?:(?:in|on){WS}*)?"
    assert optional_words("in", after="-") == "(?:(?:in)-)?"
    assert optional_words("") == ""


def test_proclitic_prefix_forms():
    assert proclitic_letters(AR) == "وب"
    assert proclitic_prefix(AR) == "(?:[وب])?"
    assert proclitic_prefix(AR, 2) == "(?:[وب]{1,2})?"
    assert proclitic_prefix(AR, 2, group="p") == "(?P<p>[وب]{1,2})?"
    assert proclitic_prefix(BARE) == ""
    assert proclitic_prefix(BARE, 2, group="p") == "(?P<p>)"
    assert prefixes(AR) == "(?:[وب])?"
    assert prefixes(AR, article=True) == "(?:[وب]{1,2})?(?:ال)?"
    assert prefixes(BARE, article=True) == ""


def test_whole_word_and_word_regex():
    rx = re.compile(whole_word("(?:cat)"))
    assert rx.search("a cat.") and not rx.search("cats") and rx.search("3cat")
    wr = word_regex(AR, ["مكافاه"], article=True)
    m = wr.search("وبالمكافاه")
    assert (m.start("w"), m.end("w")) == (4, 10)
    assert word_regex(AR, []) is None


def test_punctuation_marks_and_class():
    assert punctuation_marks(AR) == ".؟"
    assert punctuation_marks(AR, "clause_end") == "؛"
    assert punctuation_class(AR, "sentence_end", "clause_end", extra="\n") == "[\\.؟؛\\\n]"
    assert punctuation_class(BARE, "sentence_end") == NEVER
    assert not re.search(NEVER, "x")
