"""The shared layers of an article: its tokens, and the keyword pass with patterns tried only
where their words stand."""

from __future__ import annotations

import re

import pytest

from checker.core.models import Article
from checker.extractors import keywords
from checker.language.matching import WS, alternation, prefixes, whole_word


@pytest.fixture(autouse=True)
def _own_groups(monkeypatch):
    """The groups a test registers are gone after it."""
    monkeypatch.setattr(keywords, "_GROUPS", dict(keywords._GROUPS))
    monkeypatch.setattr(keywords, "_OWN", set(keywords._OWN))
    yield
    keywords._automaton.cache_clear()


def _doc(engine, text, lang):
    return engine.document(Article(id="t", text=text, lang=lang))


def test_tokens_carry_normalised_and_original_offsets_and_sentences(engine):
    text = "وقالت الوزارةُ إن 1,250 شخصاً نزحوا. ثم عادوا."
    doc = _doc(engine, text, "ar")
    tok = doc.tokens
    assert tok.words[:4] == ["وقالت", "الوزاره", "ان", "1,250"]
    i = tok.words.index("الوزاره")
    s, e = tok.original(i)
    assert text[s:e] == "الوزارةُ"   # to its last kept letter and the vowel sign written on it
    assert doc.normalized.text[tok.nstarts[i]:tok.nends[i]] == "الوزاره"
    assert tok.sentence(0) == 0 and tok.sentence(len(tok) - 1) == 1
    assert "نزحوا" in tok.vocabulary and "." not in tok.vocabulary
    assert [tok.words[j] for j in tok.between(tok.nstarts[2], tok.nends[3])] == ["ان", "1,250"]
    assert doc.tokens is tok   # computed once


def test_a_group_without_hits_gives_no_places(engine):
    name = keywords.register("test.colours", lambda lex: ["crimson red", "teal"])
    doc = _doc(engine, "A teal boat and a crimson  red sail; no steal.", "en")
    assert keywords.starts(doc, name) == [2, 18]   # not inside "steal"
    ar = keywords.register("test.ar", lambda lex: ["موعد"])
    doc = _doc(engine, "الموعد وموعد، (موعد) وقت موعدها.", "ar")
    assert keywords.starts(doc, ar) == [8, 15, 25]   # at a word start or after a proclitic, not after the article
    none = _doc(engine, "Nothing of that colour here.", "en")
    assert keywords.starts(none, name) == []
    with pytest.raises(KeyError):
        keywords.starts(doc, "test.no_such_group")


def test_a_group_with_its_own_starts_moves_no_other_groups_starts(engine):
    # `لم` is a word of one group and, after the proclitic `ل`, `م` is a word of another
    shared = keywords.register("test.negation", lambda lex: ["لم"])
    mine = keywords.register("test.abbreviation", lambda lex: ["م"], own_starts=True)
    doc = _doc(engine, "قال إنه لم يحضر.", "ar")
    assert keywords.starts(doc, shared) == [8] and keywords.starts(doc, mine) == [9]
    keywords.register("test.abbreviation", lambda lex: ["م"])   # sharing: the later start for both
    doc = _doc(engine, "قال إنه لم يحضر.", "ar")
    assert keywords.starts(doc, shared) == [9] and keywords.starts(doc, mine) == [9]


def test_the_pass_runs_once_per_article(engine):
    name = keywords.register("test.once", lambda lex: ["boat"])
    doc = _doc(engine, "A boat.", "en")
    assert keywords.starts(doc, name) == [2]
    doc.memo.clear()
    doc.memo[keywords._automaton] = {name: [99]}
    assert keywords.starts(doc, name) == [99]


@pytest.mark.parametrize("lang,text", [
    ("en", "They clashed in 2001, then clashed again; the clash-ended talks clashed."),
    ("ar", "واشتبكت القوات مع المسلحين، ثم اشتبكت مجددا، وباشتباك ثالث. فاشتبكت"),
])
def test_patterns_tried_at_their_words_match_as_over_the_whole_text(engine, lang, text):
    doc = _doc(engine, text, lang)
    words = ["clashed", "clash", "اشتبكت", "اشتباك"]
    name = keywords.register(f"test.clash.{lang}", lambda lex: words)
    rx = re.compile(whole_word(f"(?P<w>{alternation(words)})(?:{WS}+\\S+)?", prefixes(doc.lexicon)))
    nt, places = doc.normalized.text, keywords.starts(doc, name)
    for pos, end in [(0, len(nt)), (5, len(nt) - 3), (len(nt) // 2, len(nt))]:
        want = [m.span() for m in rx.finditer(nt, pos, end)]
        assert [m.span() for m in keywords.finditer_at(rx, nt, places, 1, pos, end)] == want
    assert want


def test_matches_between_two_places_are_all_found():
    rx = re.compile(r"ab|b\w")
    text = "abbbx"
    assert [m.span() for m in keywords.finditer_at(rx, text, [3], lead=3)] == \
        [m.span() for m in rx.finditer(text)] == [(0, 2), (2, 4)]


def test_digit_places_once_per_article(engine):
    doc = _doc(engine, "In 2019, 12 of 345 left; 7.", "en")
    assert keywords.digits(doc) == [3, 9, 15, 25]
    assert keywords.digits(doc, last=3) == [4, 5, 6, 9, 10, 15, 16, 17, 25]   # "019", not "2019"
    assert keywords.digits(doc) is keywords.digits(doc)


def test_the_view_by_table_reads_letters_and_other_characters_as_the_letters_view(engine):
    name = keywords.register("test.mixed", lambda lex: ["teal", "موعد"])
    text = "teal\U0001d400teal \u0663teal, \u03a9teal\ud800teal \u3042teal وموعد، موعدx ّموعد\tteal"
    doc = _doc(engine, text, "ar")
    assert keywords._automaton(doc.lexicon).alphabet is not None
    assert keywords.starts(doc, name) == [0, 11, 23, 35, 41, 47, 52]   # not after a letter, even one without a byte of its own
