"""STMT001's reading of statements: word keys, run-on sentences, blocking and the flip test."""

from __future__ import annotations

from checker import Article
from checker_plugins.statements.reading import blocking_words, read, statements_data
from checker_plugins.statements.restated import MAX_POSTING, candidate_pairs, compare, find_flips


def _doc(engine, text, lang="en"):
    return engine.document(Article(id="t", text=text, lang=lang))


def _sentences(engine, text, lang="en"):
    doc = _doc(engine, text, lang)
    d = statements_data(doc.lexicon)
    view = doc.normalized
    return [p for s in doc.sentences
            for p in read(text, view, view.from_original(s.start), view.from_original(s.end), d, frozenset())], d


def test_inflections_share_a_key(engine):
    d = statements_data(_doc(engine, "x").lexicon)
    assert d.key("charged") == d.key("charge")
    assert d.key("opposed") == d.key("oppose")
    ar = statements_data(_doc(engine, "نص عربي", "ar").lexicon)
    assert ar.key("توافق") == ar.key("وافقت")


def test_a_run_on_sentence_is_read_as_two(engine):
    sents, _ = _sentences(engine, "The port reopened the northern terminal on Sunday The union welcomed it.")
    assert len(sents) == 2


def test_sentences_are_paired_only_through_rare_shared_words(engine):
    text = " ".join(f"Inspectors visited farm number {n} in the valley district." for n in range(40))
    doc = _doc(engine, text)
    d = statements_data(doc.lexicon)
    bounds = [(s.start, s.end) for s in doc.sentences]
    bags, sizes = blocking_words(doc.normalized.text, bounds, d, MAX_POSTING)
    assert candidate_pairs(bags, d, sizes) == []   # a word in every sentence pairs none


def test_negation_and_opposite_flip_but_a_double_flip_agrees(engine):
    sents, d = _sentences(engine, "Tomato exports from the southern valley increased sharply. "
                                  "Tomato exports from the southern valley decreased sharply. "
                                  "Tomato exports from the southern valley did not decrease sharply.")
    assert compare(sents[0], sents[1], d)[0] == "antonym"
    assert compare(sents[0], sents[2], d) is None
    assert compare(sents[1], sents[2], d)[0] == "negation"
    assert [f.b for f in find_flips(sents, d)] == [1, 2]
