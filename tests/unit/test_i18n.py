"""Findings in the reader's locale: rendering, plurals, digits, direction isolates, negotiation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from checker.i18n import FSI, PDI, Localizer, negotiate, plugin_catalogues
from checker.i18n.notes import match_note
from tests.helpers import FIXTURES

SEED = FIXTURES / "articles" / "seed-ar-sharaa.txt"
LATIN = re.compile(r"[A-Za-z]")


def _outside_isolates(text: str) -> str:
    return re.sub(f"{FSI}.*?{PDI}", "", text)


@pytest.fixture(scope="module")
def seed(engine):
    return engine.check(SEED.read_text(encoding="utf-8"))


def localizer(engine, locale="ar", digits="auto"):
    return Localizer(engine.rules, plugin_catalogues(engine.pm), locale, digits)


def test_the_seed_in_arabic_has_no_english_word(engine, seed):
    out = localizer(engine).result(seed)
    assert [f.rule for f in out.findings] == [f.rule for f in seed.findings]
    for f in out.findings:
        texts = [f.message] + [r.message for r in f.related] + [s.description for s in f.suggestions]
        for text in texts:
            assert not LATIN.search(text), (f.rule, text)


def test_the_seed_headline_reads_as_arabic_newsroom_language(engine, seed):
    out = localizer(engine).result(seed)
    time001 = next(f for f in out.findings if f.rule == "TIME001")
    assert time001.message == ("الشرع مطلوب لدى الولايات المتحدة حتى عام 2023، ومتحالف مع الولايات المتحدة "
                               "منذ عام 2016: الحالتان قائمتان معاً من عام 2016 إلى عام 2023.")
    assert time001.related[0].message == "متحالف مع الأميركيين منذ عام 2016"
    date001 = next(f for f in out.findings if f.rule == "DATE001")
    assert date001.message.startswith("«تشرين الثاني» يدل على شهر تشرين الثاني/نوفمبر")
    assert date001.related[1].message == "الاسم اللاتيني لشهر كانون الأول/ديسمبر"


def test_message_id_and_arguments_do_not_depend_on_the_locale(engine, seed):
    ar = localizer(engine).result(seed)
    en = localizer(engine, "en").result(seed)
    assert [(f.message_id, f.arguments) for f in ar.findings] == [(f.message_id, f.arguments) for f in en.findings]
    assert [f.message for f in ar.findings] != [f.message for f in en.findings]
    assert all(f.arguments for f in seed.findings)


def test_english_messages_isolate_arabic_fragments(engine, seed):
    en = localizer(engine, "en").result(seed)
    time001 = next(f for f in en.findings if f.rule == "TIME001")
    assert time001.message.startswith(f"{FSI}الشرع{PDI} is wanted by {FSI}الولايات المتحدة{PDI} until 2023")
    for f in en.findings:
        assert not re.search("[\u0600-\u06ff]", _outside_isolates(f.message)), f.message


def test_arabic_messages_isolate_latin_fragments(engine):
    result = engine.check("Jan Kowalski met the minister. Later Kowalski said the deal was done, and "
                          "Kowlaski left.", lang="en")
    out = localizer(engine).result(result)
    name001 = next(f for f in out.findings if f.rule == "NAME001")
    assert f"«{FSI}Kowlaski{PDI}»" in name001.message
    assert not LATIN.search(_outside_isolates(name001.message))


@pytest.mark.parametrize("days, words", [(1, "يوم واحد"), (2, "يومان"), (3, "3 أيام"), (10, "10 أيام"),
                                         (11, "11 يوماً"), (99, "99 يوماً"), (100, "100 يوم"), (0, "0 يوم")])
def test_arabic_plural_forms_of_a_count(engine, days, words):
    r = localizer(engine).renderer("ar")
    english = engine.rules["DATE003"].messages["mismatch"]
    args = {"hijri": "1 رمضان 1446", "converted": "1 March 2025", "gregorian": "1 April 2025", "days": days}
    assert r.message("DATE003", "mismatch", english, args).endswith(f"الفارق بينهما {words}.")


@pytest.mark.parametrize("value, arabic", [
    ("2 years", "سنتان"), ("1 year", "سنة واحدة"), ("5 years", "5 سنوات"), ("12 months", "12 شهراً"),
    ("14 October 2018", "14 تشرين الأول/أكتوبر 2018"), ("since 2016", "منذ عام 2016"),
    ("from 2016 to 2023", "من عام 2016 إلى عام 2023"), ("Sunday", "الأحد"), ("founding", "التأسيس"),
    ("wanted by", "مطلوب لدى"), ("more than 30", "أكثر من 30"), ("$2.4 billion", "2.4 مليار دولار"),
    ("barred from Beirut", f"ممنوع من دخول {FSI}Beirut{PDI}"), ("9–10 years", "ما بين 9 و10 سنوات"),
    ("said to have 'chaired'", f"قيل إنه «{FSI}chaired{PDI}»"), ("$3 billion", "3 مليارات دولار"),
    ("$1 billion", "مليار دولار"), ("3 times", "3 مرات"),
    ("in June 2021", "في حزيران/يونيو 2021"), ("on 15 July 2023", "في 15 تموز/يوليو 2023"),
    ("from 4 to 25 July 2023", "من 4 إلى 25 تموز/يوليو 2023"), ("since March 2018", "منذ آذار/مارس 2018"),
    ("from March 2018 to September 2019", "من آذار/مارس 2018 إلى أيلول/سبتمبر 2019"), ("in 2021", "في عام 2021"),
    ("said to have acted in person", "قيل إنه حضر بنفسه"), ("said to have competed", "قيل إنه نافس"),
    ("banned from competition", "ممنوع من المنافسة"), ("confined to bed", "طريح الفراش"), ("at sea", "في البحر"),
    ("living in Doha", f"مقيم في {FSI}Doha{PDI}"), ("working in Doha", f"يعمل في {FSI}Doha{PDI}"),
])
def test_words_of_arguments_are_rendered_in_arabic(engine, value, arabic):
    assert localizer(engine).renderer("ar").words(value) == arabic


def test_unknown_english_words_stay_isolated_rather_than_mixed(engine):
    r = localizer(engine).renderer("ar")
    assert r.words("Omar Haddad") == f"{FSI}Omar Haddad{PDI}"


def test_digits_follow_the_article_or_the_configuration(engine):
    text = "ولد الكاتب عام ١٩٧٠.\nوقال الكاتب، البالغ ٤١ عاماً، إن الكتاب جاهز."
    result = engine.check(text, lang="ar", published="2025-01-01")
    assert result.findings, "the age does not fit the birth year"
    auto = localizer(engine).result(result).findings[0].message
    latin = localizer(engine, digits="latin").result(result).findings[0].message
    assert "٢٠٢٥" in auto and "2025" not in auto
    assert "2025" in latin


def test_auto_renders_each_article_in_its_own_language(engine, seed):
    loc = localizer(engine, "auto")
    assert not LATIN.search(loc.result(seed).findings[0].message.replace(FSI, "").replace(PDI, ""))
    english = engine.check("Four ministers resigned: Smith, Jones and Brown.", lang="en")
    assert loc.result(english).findings[0].message == english.findings[0].message


@pytest.mark.parametrize("header, expected", [
    ("ar", "ar"), ("ar-SY,ar;q=0.9,en;q=0.5", "ar"), ("en-GB,en;q=0.9,ar;q=0.8", "en"), ("fr-FR,fr", "en"),
    ("fr;q=1, ar;q=0.5", "ar"), ("", "en"), ("ar;q=0", "en"), ("*", "en"),
])
def test_accept_language_negotiation(header, expected):
    assert negotiate(header, ["en", "ar"]) == expected


@given(st.text(max_size=40))
def test_negotiation_never_fails_and_answers_an_available_locale(header):
    assert negotiate(header, ["en", "ar"]) in ("en", "ar")


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="{}"),
                        min_size=1, max_size=12), min_size=2, max_size=2))
def test_a_note_is_recovered_from_its_rendering(parts):
    template = "called {title} here since {year}"
    text = template.format(title=parts[0].strip() or "x", year=parts[1].strip() or "y")
    found = match_note({"called": template}, text)
    assert found is not None and found[0] == "called"
    assert template.format(**found[1]) == text


def test_arabic_findings_on_the_fixtures_have_no_english_word_outside_quotations(engine):
    """Every message, note and suggestion on every Arabic fixture reads as Arabic in the Arabic locale."""
    import tomllib
    loc = localizer(engine)
    for path in sorted((FIXTURES / "rules").glob("*/*.toml")):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        if spec.get("lang") != "ar":
            continue
        result = engine.check(spec["text"], lang="ar", published=spec.get("published"))
        for f in loc.result(result).findings:
            for text in [f.message] + [r.message for r in f.related] + [s.description for s in f.suggestions]:
                assert not re.search("[A-Za-z]{3,}", _outside_isolates(text)), (path.name, text)
