"""Name mentions: what is a name, its words, its title, and which mentions are one entity."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.core.engine import Engine
from checker.core.facts import Facts
from checker.core.models import Article

from tests.helpers import FIXTURES

ENGINE = Engine()


def mentions(text, lang):
    doc = ENGINE.document(Article(id="t", text=text, lang=lang))
    return Facts(doc, ENGINE.registry.extractors)["name_mentions"]


def by_text(ms):
    out = {}
    for m in ms:
        out.setdefault(m.text, []).append(m)
    return out


def test_the_seed_article_two_people_who_share_a_family_name_are_two_entities():
    text = (FIXTURES / "articles" / "seed-ar-sharaa.txt").read_text(encoding="utf-8")
    ms = mentions(text, "ar")
    names = by_text(ms)
    hamza, = names["حمزة المصطفى"]
    muadh, = names["معاذ مصطفى"]
    assert hamza.cluster != muadh.cluster
    assert hamza.title == "وزير الاعلام السوري" and hamza.cue == "title"
    assert text[hamza.title_start:hamza.title_end] == "وزير الإعلام السوري"
    alone, = names["المصطفى"]
    assert alone.cluster == hamza.cluster and not alone.full and alone.speaker
    sharaa = names["أحمد الشرع"][0]
    assert sharaa.full and sharaa.tokens == ("احمد", "الشرع") and sharaa.key == "شرع"
    assert all(m.cluster == sharaa.cluster for m in names["الشرع"])
    assert any(m.title == "الرييس" for m in names["الشرع"])  # "الرئيس الشرع"
    assert names["ضرار الشملان"][0].title == "العقيد"
    assert names["دونالد ترامب"][0].title == "الرييس الاميركي"


def test_arabic_cues_given_names_verbs_particles_and_proclitics():
    text = ("وقال معاذ مصطفى، رئيس فريق الطوارئ، إن المساعدات وصلت. وأعلن ولي العهد محمد بن سلمان "
            "خطة جديدة. وكان أبو بكر البغدادي قد قتل، ونعى أنصاره البغدادي. والتقى وفد من الحكومة "
            "بالشرع، وقال الرئيس أحمد الشرع إن الانتخابات قريبة. وقال المسؤولون إن التعاون على أشده.")
    ms = mentions(text, "ar")
    names = by_text(ms)
    assert names["معاذ مصطفى"][0].cue == "verb" and names["معاذ مصطفى"][0].speaker
    assert names["محمد بن سلمان"][0].tokens == ("محمد", "بن", "سلمان")
    assert names["محمد بن سلمان"][0].surname == "سلمان"
    assert [m.cue for m in names["أبو بكر البغدادي"]] == ["given"]
    assert len(names["البغدادي"]) == 1
    assert names["البغدادي"][0].cluster == names["أبو بكر البغدادي"][0].cluster
    # the proclitic ب is not part of the mention
    assert names["الشرع"][0].text == "الشرع" and text[names["الشرع"][0].start - 1] == "ب"
    # "على" is the preposition, not the given name علي; "المسؤولون" after a verb is no name
    assert not any("على" in m.text or "المسؤولون" in m.text for m in ms)


def test_english_capitalised_runs_titles_particles_and_sentence_starts():
    text = ("WARSAW (Reuters) - Poland's Finance Minister Jan Kowalski said growth would pick up. "
            "Experts believe Kowalski's plan will work. \"We are on track,\" Mr Kowalski said, "
            "after meeting Bank of England Governor Mervyn King, Osama bin Laden's biographer and "
            "President Ahmed al-Sharaa. Al-Sharaa said nothing. George W. Bush and Mervyn King "
            "left on Monday.")
    ms = mentions(text, "en")
    names = by_text(ms)
    jan, = names["Jan Kowalski"]
    assert jan.title == "finance minister" and jan.tokens == ("jan", "kowalski") and jan.full
    assert text[jan.title_start:jan.title_end] == "Finance Minister"
    assert names["Kowalski"][0].cluster == jan.cluster          # "Kowalski's": the possessive left out
    assert text[names["Kowalski"][0].end:names["Kowalski"][0].end + 2] == "'s"
    assert names["Kowalski"][1].title == "mr" and names["Kowalski"][1].speaker
    assert "Experts" not in names
    assert names["Mervyn King"][0].title == "governor"
    assert names["Mervyn King"][1].cluster == names["Mervyn King"][0].cluster  # "King" is a name here
    assert not names["Bank of England"][0].person
    assert names["Osama bin Laden"][0].tokens == ("osama", "bin", "laden")
    assert names["Ahmed al-Sharaa"][0].key == "sharaa"
    assert names["Al-Sharaa"][0].cluster == names["Ahmed al-Sharaa"][0].cluster
    assert names["George W. Bush"][0].tokens == ("george", "w", "bush")


def test_common_words_that_are_particles_join_a_name_only_before_a_hyphen():
    text = ("The order was signed by Fergus Dalby as Corrie's managing director. Moqtada as-Sadr spoke. "
            "Dalby at Corrie said little.")
    names = by_text(mentions(text, "en"))
    assert "Fergus Dalby" in names and "Corrie" in names
    assert not any(" as " in n or " at " in n for n in names)
    assert names["Moqtada as-Sadr"][0].tokens == ("moqtada", "as-sadr")


def test_arabic_names_end_before_a_title_and_a_two_word_family_name_alone_is_the_person():
    text = ("صدر قرار بتعيين الدكتورة منى عبد الحفيظ رئيسةً لجامعة الدلتا، والدكتور سامي الجندي رئيساً لمجلسها. "
            "وعبد الحفيظ، البالغة من العمر 51 عاماً، أستاذة للهندسة.")
    names = by_text(mentions(text, "ar"))
    mona, = names["منى عبد الحفيظ"]
    assert "سامي الجندي" in names
    alone, = names["عبد الحفيظ"]   # (the proclitic `و` left out)
    assert alone.cluster == mona.cluster


def test_spellings_the_normaliser_folds_are_one_entity():
    ms = mentions("قال وزير المالية محمد المصطفى إن العجز تراجع. وأكد المصطفي أن الدين مستقر. "
                  "وأضاف مُحمّد المصطفى أن الإيرادات ارتفعت.", "ar")
    assert len({m.cluster for m in ms}) == 1 and len(ms) == 3


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["ar", "en"]), st.lists(st.sampled_from([
    "وقال الرئيس أحمد الشرع", " إن ", "والشرع", "معاذ مصطفى،", "\n", "Mr Kowalski", " said ",
    "Jan Kowalski's", "al-Sharaa", ". ", "“", "د.سحر نصر", "Bank of England", "#ترمب", " و",
    "الرئيس الأمريكي، دونالد ترامب،", "O'Brien", "von der Leyen"]), max_size=12))
def test_every_span_is_the_text_it_names(lang, parts):
    text = "".join(parts)
    for m in mentions(text, lang):
        assert m.text == text[m.start:m.end] and m.start < m.end
        assert m.spans[0][0] == m.start and m.spans[-1][1] == m.end
        assert all(m.start <= s < e <= m.end for s, e in m.spans)
        if m.title_start is not None:
            assert m.title_start < m.title_end <= m.start


def test_arabic_lineage_names_places_and_slips_where_a_name_stands():
    text = ("أعلن الشيخ سلطان بن حمد بن خالد آل عيسى، رئيس الهيئة، أن مدينة الزبارة ستستقبل الزوار. "
            "وقال مسؤول إن الزبارة تحتاج إلى طريق جديد، وإن الطريق إلى الزبارة سيفتح في الربيع. "
            "وأضاف الشيخ سلطام بن حمد أن التمويل متوفر.")
    ms = by_text(mentions(text, "ar"))
    assert [m.cue for m in ms["سلطان بن حمد بن خالد آل عيسى"]] == ["title"]
    assert [m.cue for m in ms["الزبارة"]] == ["place", "place", "place"]
    assert all(not m.person for m in ms["الزبارة"])
    # a slip in the given name, after a title and before a particle, is read as a name too
    assert ms["سلطام بن حمد"][0].cue == "title"


def test_an_arabic_family_name_is_never_the_noun_a_place_or_body_name_follows():
    # a verb before its subject: "and Othman runs Khartoum hospital"; the hospital is no family name
    text = ("وكانت سعاد عثمان قد عملت مديرة لمستشفى أم درمان بين عامي 2012 و2019. "
            "وتدير عثمان مستشفى الخرطوم التعليمي منذ عام 2016، كما تدير حسن مستشفى بحري.")
    ms = by_text(mentions(text, "ar"))
    assert "عثمان مستشفى" not in ms and "مستشفى" not in ms
    assert [(m.start, m.end, m.full) for m in ms["عثمان"]] == [(75, 80, False)]
    assert ms["عثمان"][0].cluster == ms["سعاد عثمان"][0].cluster


def test_an_arabic_family_name_after_a_verb_written_like_a_definite_noun_is_the_person():
    # `التحقت` (form VIII of a root opening with lam) is no noun with the article: the nisba after it
    # is the family name alone, not an adjective of it; a definite noun before a nisba still is one
    text = ("تتقاعد مديرة المتحف البحري مريم القاسمي في كانون الأول المقبل. "
            "والتحقت القاسمي بالمتحف عام 1997. وقال المتحف القاسمي إن المجموعة كبيرة.")
    ms = by_text(mentions(text, "ar"))
    alone = ms["القاسمي"]
    assert [(m.start, m.end, m.full) for m in alone] == [(text.index("القاسمي", 70), text.index("القاسمي", 70) + 7, False)]
    assert alone[0].cluster == ms["مريم القاسمي"][0].cluster


def test_an_alef_moved_is_another_pattern_not_a_slip():
    from checker_plugins.names.letter_slips import pattern_swap
    assert pattern_swap("زلازل", "زلزال")          # a broken plural beside its singular
    assert pattern_swap("كامل", "كمال")
    assert not pattern_swap("الاسثتمار", "الاستثمار")   # two consonants swapped: a slip
    # the article's alef and a hamza swapped, folded to the same letters: a slip, told by the word as written
    assert pattern_swap("االسلحه", "الاسلحه")
    assert not pattern_swap("االسلحه", "الاسلحه", raw="األسلحه")
    assert not pattern_swap("زلازل", "زلزالل")      # not one swap
