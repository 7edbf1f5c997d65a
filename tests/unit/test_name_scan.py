"""The scanning behind name mentions: the words of a text and the text between them, where a
word opens a sentence or a quotation, titles and role forms found only where their words stand,
and mentions made without the constructor."""

from __future__ import annotations

import bisect
import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.core.engine import Engine
from checker.core.models import Article
from checker.extractors.name_mentions.builder import Tokens, word_counts
from checker.extractors.name_mentions.data import names_lexicon
from checker.extractors.name_mentions.model import NameMention, new_mention
from checker.extractors.name_mentions.with_capitals import _FIRST, _OPENED, _OPENERS
from checker.extractors.keywords import finditer_at
from checker.extractors.keywords import starts as keyword_starts
from checker_plugins.names.role_sets import FORMS, role_sets_data

ENGINE = Engine()
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# where a word opens a sentence, a quotation or a line, as one scan of the whole text finds it
OPENING = re.compile(r"(?:\A|[" + re.escape(_OPENERS) + r"]|(?:^|(?<=\s))[\"'])[ \t]*")
PIECES = st.lists(st.sampled_from(list("ab'’-\"\n\r “‘«(:[—–\t5_.,é") + ["ال", "Xy"]), max_size=16)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_the_words_and_the_text_between_them_cover_the_text(parts):
    text = "".join(parts)
    t = Tokens(text, tuple(range(len(text))), len(text))
    found = list(WORD.finditer(text))
    assert t.norm == [m.group() for m in found]
    assert (t.ns, t.ne) == ([m.start() for m in found], [m.end() for m in found])
    assert "".join(g + w for g, w in zip(t.gaps, t.norm + [""])) == text
    assert len(t) == len(found)


def test_the_original_span_of_a_word_runs_from_its_first_letter_to_its_last():
    doc = ENGINE.document(Article(id="t", text="قالَ مُحمّد", lang="ar"))
    view = doc.normalized
    t = Tokens(view.text, view.offsets, view.original_length)
    assert t.norm == ["قال", "محمد"]
    assert [doc.text[s:e] for s, e in zip(t.s, t.e)] == ["قال", "مُحمّد"]   # marks inside kept


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_a_word_opens_a_sentence_where_the_scan_of_the_whole_text_says(parts):
    text = "".join(parts)
    t = Tokens(text, tuple(range(len(text))), len(text))
    scanned = set()
    for m in OPENING.finditer(text):
        i = bisect.bisect_left(t.ns, m.end())
        if i < len(t) and t.ns[i] == m.end():
            scanned.add(i)
    opened = {i for i in range(len(t)) if _OPENED.search(t.gaps[i]) or (i == 0 and _FIRST.fullmatch(t.gaps[0]))}
    assert opened == scanned


TITLE_PIECES = ["وزير الإعلام", "الرئيس", "والرئيس", "ورئيس", "وللرئيس", "الرئيسي", "د.", "Mr ", "Dr.", "mr",
                "president", "Prime  Minister", " ", "، ", "\n", "ا", "x", "judge", "القاضي", "والحكم", "referee"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["ar", "en"]), st.lists(st.sampled_from(TITLE_PIECES), max_size=10))
def test_titles_and_role_forms_are_the_matches_of_a_scan_of_the_whole_text(lang, parts):
    doc = ENGINE.document(Article(id="t", text="".join(parts), lang=lang))
    vt = doc.normalized.text
    nm = names_lexicon(doc.lexicon)
    spans = [(m.start(), m.end(), m.group("w")) for m in nm.title_matches(doc)]
    assert spans == [(m.start(), m.end(), m.group("w")) for m in nm.titles.finditer(vt)]
    data = role_sets_data(doc.lexicon)
    near = [m.span("w") for m in finditer_at(data.forms, vt, keyword_starts(doc, FORMS), 2)]
    assert near == [m.span("w") for m in data.forms.finditer(vt)]


def test_a_mention_made_without_the_constructor_is_the_same_value():
    fields = dict(start=0, end=3, text="Kay", tokens=("kay",), spans=((0, 3),), surname="kay", key="kay",
                  full=False, person=True, title="mr", title_start=None, title_end=None, cue="title",
                  speaker=False, cluster=0)
    made = new_mention(dict(fields))
    assert made == NameMention(**fields) and hash(made) == hash(NameMention(**fields))
    assert repr(made) == repr(NameMention(**fields)) and pickle.loads(pickle.dumps(made)) == made


def test_a_documents_words_are_counted_once_for_the_mentions_and_the_rules():
    doc = ENGINE.document(Article(id="t", text="Kowalski said. Mr Kowalski's deputy, Kowlaski, said.", lang="en"))
    counts = word_counts(doc)
    assert counts == {"kowalski": 1, "said": 2, "mr": 1, "kowalski's": 1, "deputy": 1, "kowlaski": 1}
    assert word_counts(doc) is counts
    other = ENGINE.document(Article(id="u", text=doc.text, lang="en"))
    assert word_counts(other) is not counts and word_counts(other) == counts
