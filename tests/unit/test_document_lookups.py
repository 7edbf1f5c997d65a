"""Document look-ups by offset: the sentence and the paragraph that hold it, and the normalised
text of a range."""

from __future__ import annotations

import pytest

from checker.core.models import Article

TEXT = "First line here. Second one!\n\nقال الوزير إن الاتفاق سيوقع غداً. هل سيحضر الرئيس؟"


@pytest.fixture(scope="module")
def doc(engine):
    return engine.document(Article(id="t", text=TEXT, lang="ar"))


@pytest.mark.parametrize("offset, expected", [
    (0, "First line here."),
    (15, "First line here."),
    (17, "Second one!"),
    (TEXT.index("قال") + 3, "قال الوزير إن الاتفاق سيوقع غداً."),
    (TEXT.index("هل"), "هل سيحضر الرئيس؟"),
    (len(TEXT) - 1, "هل سيحضر الرئيس؟"),
])
def test_sentence_at_returns_the_sentence_holding_the_offset(doc, offset, expected):
    sent = doc.sentence_at(offset)
    assert sent is not None
    assert sent.text == expected
    assert TEXT[sent.start:sent.end] == expected


@pytest.mark.parametrize("offset", [16, 28, 29, len(TEXT), -1])
def test_sentence_at_is_none_between_sentences_and_outside_the_text(doc, offset):
    assert doc.sentence_at(offset) is None


def test_paragraph_at(doc):
    assert doc.paragraph_at(20).text == "First line here. Second one!"
    assert doc.paragraph_at(TEXT.index("هل")).start == TEXT.index("قال")
    assert doc.paragraph_at(29) is None
    assert doc.paragraph_at(len(TEXT)) is None


def test_normalized_slice_is_the_normalised_text_of_an_original_range(doc):
    start = TEXT.index("الاتفاق")
    assert doc.normalized_slice(start, start + len("الاتفاق سيوقع غداً")) == "الاتفاق سيوقع غدا"
    assert doc.normalized_slice(0, 5) == "first"
    assert doc.normalized_slice(7, 7) == ""
