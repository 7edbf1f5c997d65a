"""Document analysis: paragraphs, sentences, language detection, normalised view, lexicons."""

from __future__ import annotations

from checker.core.document import LineIndex, detect_language
from checker.language.lexicon import LanguageData, LexiconSet, merge
from checker.language.normalize import NormalizedView, normalize_text


def _doc(engine, text, lang):
    from checker.core.models import Article

    return engine.document(Article(id="t", text=text, lang=lang))


def test_each_line_is_a_paragraph_in_ordinary_copy(engine):
    text = "العنوان\n\nالفقرة الأولى طويلة بما يكفي لتكون فقرة حقيقية في مقال إخباري.\nالفقرة الثانية.\n"
    doc = _doc(engine, text, "ar")
    assert [p.text for p in doc.paragraphs] == [
        "العنوان", "الفقرة الأولى طويلة بما يكفي لتكون فقرة حقيقية في مقال إخباري.", "الفقرة الثانية."]
    for p in doc.paragraphs:
        assert text[p.start:p.end] == p.text


def test_hard_wrapped_wire_copy_is_joined_into_paragraphs(engine):
    text = ("LONDON, March 3 - The Bank of England said on Tuesday that it\n"
            "would keep rates on hold for the rest of the quarter.\n"
            "    Economists had expected the decision, which was taken by a\n"
            "vote of seven to two.\n")
    doc = _doc(engine, text, "en")
    assert len(doc.paragraphs) == 2
    assert doc.paragraphs[0].text.startswith("LONDON") and doc.paragraphs[0].text.endswith("quarter.")
    assert doc.paragraphs[1].text.startswith("Economists")


def test_one_unwrapped_paragraph_leaves_wrapped_copy_wrapped(engine):
    wrapped = ("LONDON, March 3 - The Bank of England said on Tuesday that it\n"
               "would keep rates on hold for the rest of the quarter.\n"
               "    Economists had expected the decision, which was taken by a\n"
               "vote of seven to two.\n")
    pasted = "The ministry said 120 families had been moved from the flood zone, officials added on Tuesday.\n"
    doc = _doc(engine, wrapped + pasted, "en")
    assert doc.paragraphs[0].text.endswith("quarter.")
    # copy that is mostly long lines is not wrapped
    doc = _doc(engine, pasted + "\nShort line.\n\n" + pasted, "en")
    assert len(doc.paragraphs) == 3


def test_english_sentences_respect_abbreviations(engine):
    text = "Mr. Smith met Dr. Jones in the U.S. capital on Monday. They talked for 2.5 hours! Then they left."
    doc = _doc(engine, text, "en")
    assert [s.text for s in doc.sentences] == [
        "Mr. Smith met Dr. Jones in the U.S. capital on Monday.", "They talked for 2.5 hours!", "Then they left."]


def test_sentences_glued_without_a_space_are_split(engine):
    text = ('The plant opened last year.Officials said it was late. He said "it is over."Then he left. '
            'She said \u201cno.\u201dThen more. He said."We need it." Mr.Smith came. The U.S.Army said. '
            'Go to CNN.com now. It is 3.5 percent.')
    doc = _doc(engine, text, "en")
    assert [s.text for s in doc.sentences] == [
        "The plant opened last year.", "Officials said it was late.", 'He said "it is over."', "Then he left.",
        "She said \u201cno.\u201d", "Then more.", "He said.", '"We need it."', "Mr.Smith came.",
        "The U.S.Army said.", "Go to CNN.com now.", "It is 3.5 percent."]


def test_arabic_sentences_end_at_arabic_punctuation(engine):
    text = "قال الوزير إن الاتفاق سيوقع غداً. هل سيحضر الرئيس؟ لم يتأكد ذلك بعد"
    doc = _doc(engine, text, "ar")
    assert [s.text for s in doc.sentences] == [
        "قال الوزير إن الاتفاق سيوقع غداً.", "هل سيحضر الرئيس؟", "لم يتأكد ذلك بعد"]


def test_language_detection_by_script():
    assert detect_language("قال الوزير إن الاتفاق انتهى: the deal is off") == "ar"
    assert detect_language("The minister said الاتفاق") == "en"
    assert detect_language("2024 - 12 / 7") is None


def test_line_index_handles_every_line_break():
    idx = LineIndex("a\r\nb\rc\nd")
    assert [idx.position(i) for i in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert idx.offset(3, 1) == 5


def test_normalised_view_folds_arabic_and_maps_back():
    original = "أَعلنَ الـرئيس في ١٥ إبريل أنّ المدرسة"
    view = NormalizedView.build(original)
    assert view.text == "اعلن الرييس في 15 ابريل ان المدرسه"
    s = view.text.index("15")
    assert view.to_original(s, s + 2) == (original.index("١٥"), original.index("١٥") + 2)
    s = view.text.index("الرييس")
    a, b = view.to_original(s, s + len("الرييس"))
    assert original[a:b] == "الـرئيس"


def test_normalize_text_folds_alef_maqsura_and_ta_marbuta():
    assert normalize_text("مستشفى القاهرة") == "مستشفي القاهره"
    assert normalize_text("Persian ۱۲") == "persian 12"


def test_language_data_merges_per_language():
    data = merge({"months": {"ambiguous": ["a"]}}, {"months": {"ambiguous": ["b"], "x": 1}})
    assert data == {"months": {"ambiguous": ["a", "b"], "x": 1}}
    lex = LexiconSet([LanguageData("fr", "t", data={"months": {"gregorian": {"1": ["janvier"]}}})])
    assert lex.languages == ["fr"]
    assert [(m.number, m.name) for m in lex.get("fr").month_names] == [(1, "janvier")]


def test_a_language_added_as_data_feeds_the_month_facts():
    from checker import hookimpl
    from checker.core.engine import Engine
    from checker.core.facts import Facts
    from checker.core.models import Article

    class French:
        @hookimpl
        def checker_language_data(self):
            return [LanguageData("fr", "french", data={"months": {"gregorian": {"3": ["mars"], "4": ["avril"]}}})]

    engine = Engine(plugins=[("french", French())])
    doc = engine.document(Article(id="f", text="Le 3 mars et le 4 avril.", lang="fr"))
    mentions = Facts(doc, engine.registry.extractors)["month_mentions"]
    assert [(m.text, m.number) for m in mentions] == [("mars", 3), ("avril", 4)]
