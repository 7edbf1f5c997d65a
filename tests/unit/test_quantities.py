"""Quantity facts: numbers rendered in every supported form parse back to the same value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.core.engine import Engine
from checker.core.facts import Facts
from checker.core.models import Article

ENGINE = Engine()
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
AR_UNITS = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_TENS = ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
AR_TEENS = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر",
            "ثمانية عشر", "تسعة عشر"]


def quantities(text, lang):
    doc = ENGINE.document(Article(id="q", text=text, lang=lang))
    return Facts(doc, ENGINE.registry.extractors)["quantities"]


def en_words(n: int) -> str:
    if n < 10:
        return EN_UNITS[n]
    if n < 20:
        return EN_TEENS[n - 10]
    return EN_TENS[n // 10] + ("-" + EN_UNITS[n % 10] if n % 10 else "")


def ar_words(n: int) -> str:
    if n < 10:
        return AR_UNITS[n]
    if n < 20:
        return AR_TEENS[n - 10]
    if n % 10 == 0:
        return AR_TENS[n // 10]
    return f"{AR_UNITS[n % 10]} و{AR_TENS[n // 10]}"


@settings(max_examples=120, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999), lang=st.sampled_from(["ar", "en"]),
       form=st.sampled_from(["plain", "grouped", "indic"]))
def test_digits_round_trip(n, lang, form):
    if 1900 <= n <= 2100:
        return  # read as a year
    written = {"plain": str(n), "grouped": f"{n:,}",
               "indic": f"{n:,}".replace(",", "٬").translate(AR_DIGITS)}[form]
    if form == "indic" and lang == "en":
        written = f"{n:,}"
    text = (f"وقالت الشرطة إن {written} شخصاً أصيبوا في الحادث." if lang == "ar"
            else f"Police said {written} people were injured in the crash.")
    qs = quantities(text, lang)
    assert [(q.value, q.low, q.high) for q in qs] == [(n, n, n)], text


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=2, max_value=99), lang=st.sampled_from(["ar", "en"]))
def test_number_words_round_trip(n, lang):
    text = (f"وقالت الشرطة إن {ar_words(n)} أشخاص أصيبوا." if lang == "ar"
            else f"Police said {en_words(n)} people were injured.")
    qs = quantities(text, lang)
    assert [q.value for q in qs] == [n], text


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=2, max_value=900), lang=st.sampled_from(["ar", "en"]),
       qualifier=st.sampled_from(["more", "at_least", "less", "about", None]),
       scale=st.sampled_from([None, "million", "billion"]), money=st.booleans())
def test_qualifiers_scales_and_currencies(n, lang, qualifier, scale, money):
    words = {"en": {"more": "more than", "at_least": "at least", "less": "less than", "about": "about"},
             "ar": {"more": "أكثر من", "at_least": "ما لا يقل عن", "less": "أقل من", "about": "نحو"}}[lang]
    scale_words = {"en": {"million": "million", "billion": "billion"}, "ar": {"million": "مليون", "billion": "مليار"}}[lang]
    factor = {None: 1, "million": 1e6, "billion": 1e9}[scale]
    parts = [words[qualifier]] if qualifier else []
    if money and lang == "en":
        parts.append(f"${n}" + (f" {scale_words[scale]}" if scale else ""))
    else:
        parts.append(str(n) + (f" {scale_words[scale]}" if scale else "") + (" دولار" if money else ""))
    phrase = " ".join(parts)
    text = f"وقالت الوزارة إن الكلفة بلغت {phrase} في العام." if lang == "ar" else f"The ministry said the cost was {phrase} this year."
    qs = quantities(text, lang)
    assert len(qs) == 1, text
    q = qs[0]
    value = n * factor
    assert q.value == value
    assert q.unit == ("USD" if money else None)
    if qualifier in ("more", "at_least"):
        assert (q.low, q.high) == (value, None)
    elif qualifier == "less":
        assert (q.low, q.high) == (None, value)
    elif qualifier == "about":
        assert q.low < value < q.high
    else:
        assert (q.low, q.high) == (value, value)


@pytest.mark.parametrize("text,lang", [
    ("In 2019 the vote was 2-1 at 10:30 on 5 March 2024, call 555-1234.", "en"),
    ("وفي عام 2019 انتهت المباراة 2-1 عند الساعة 10:30 في 5 مارس 2024.", "ar"),
    ("The 3rd and 21st cases, the F16 and the A380.", "en"),
])
def test_years_dates_times_scores_ordinals_are_not_quantities(text, lang):
    assert quantities(text, lang) == []


@pytest.mark.parametrize("text", ["تم التعرف على هويات الإثني عشر شهيدا.", "تعرفنا على الاثني عشر شهيدا.",
                                  "وصل طاقمها الأربعة عشر."])
def test_the_last_word_of_a_definite_compound_number_is_no_count_of_its_own(text):
    assert [q.value for q in quantities(text, "ar")] in ([], [12.0], [14.0])


@pytest.mark.parametrize("text, lang", [
    ("It is run by a team of 22: three neurologists and 19 nurses.", "en"),
    ("ويدير الوحدة فريق من 22: ثلاثة أطباء و19 ممرضاً.", "ar"),
])
def test_a_count_before_a_colon_and_a_space_is_a_quantity(text, lang):
    assert [q.text for q in quantities(text, lang)][:1] == ["22"]


def test_things_counted_and_vague_amounts():
    qs = quantities("At least 25 people were killed and dozens wounded, including 10 children.", "en")
    assert [(q.text, q.thing, q.vague, q.subset) for q in qs] == [
        ("At least 25", "killed", False, False), ("dozens", "injured", True, False), ("10", None, False, True)]
    qs = quantities("أدى الانفجار إلى مقتل 20 شخصاً وإصابة العشرات، بينهم 5 أطفال.", "ar")
    assert [(q.text, q.thing, q.subset) for q in qs][:1] == [("20", "killed", False)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The party took nearly two-thirds of the vote.", "en", [("nearly two-thirds", 66.7, "about")]),
    ("Traders handle more than a quarter of the imports.", "en", [("more than a quarter", 25.0, "more")]),
    ("Half the staff stayed home.", "en", [("Half", 50.0, None)]),
    ("Profits fell in the third quarter of the year and in the second half of it.", "en", []),
    ("The talks lasted half an hour; a quarter of a century had passed.", "en", []),
    ("وفاز الحزب بثلاثة أرباع المقاعد.", "ar", [("ثلاثة أرباع", 75.0, None)]),
    ("وتنتج المنطقة أكثر من ثلث خضار البلاد.", "ar", [("أكثر من ثلث", 33.3, "more")]),
    ("واستمر الاجتماع نصف ساعة وبلغ الفريق الدور نصف النهائي في الربع الأخير.", "ar", []),
])
def test_fraction_words_are_shares_in_percent(text, lang, expected):
    got = [(q.text, q.value, q.qualifier) for q in quantities(text, lang) if q.unit == "%"]
    assert got == expected


def test_a_bare_fraction_is_approximate_and_a_qualified_one_takes_its_qualifier():
    third, = quantities("Farmers sold a third of the crop.", "en")
    assert (third.low, third.high) == pytest.approx((29.3, 37.3))
    more, = quantities("Farmers sold more than a third of the crop.", "en")
    assert (more.low, more.high) == (33.3, None)


def test_a_word_that_reads_as_a_proclitic_and_a_number_word_is_no_quantity():
    # `كمية` ("a quantity") is not `ك` + `مية` ("as a hundred")
    text = "ضبطت الشرطة كمية من المخدرات، ثم ضبطت كميات أخرى ومئة كيلوغرام من الحشيش."
    assert [(q.text, q.value) for q in quantities(text, "ar")] == [("مئة", 100.0)]   # the one in `ومئة`


def test_a_qualifier_after_fama_closes_the_phrase_before_it():
    # `الستين فما فوق` ("sixty and over"): `فوق` qualifies no figure after it
    text = "ونسبة من هم في الستين فما فوق 22 في المئة، ونسبة من هم فوق 70 عاماً 9 في المئة."
    got = [(q.text, q.low, q.high) for q in quantities(text, "ar") if q.unit == "%"]
    assert got == [("22 في المئة", 22.0, 22.0), ("9 في المئة", 9.0, 9.0)]


@pytest.mark.parametrize("text, expected", [
    ("The 2.1-billion-dollar purchase", ("2.1-billion-dollar", 2.1e9, "USD")),
    ("a 10-dollar bill", ("10-dollar", 10.0, "USD")),
    ("a 3-million-strong army", ("3-million", 3e6, None)),
])
def test_an_amount_written_as_one_hyphenated_word(text, expected):
    assert [(q.text, q.value, q.unit) for q in quantities(text, "en")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("تراجعت الكميات المفرغة إلى 12 ألفا و800 طن.", [("12 ألفا و800", 12800.0)]),
    ("وأوضح أن الـ12 ألفا و300 طن التي أفرغت ذهبت إلى المصانع.", [("12 ألفا و300", 12300.0)]),
    ("وصدّرت الشركة 3 آلاف و500 رأس من الماشية.", [("3 آلاف و500", 3500.0)]),
    ("لافتاً إلى أن الـ4600 طن التي خرجت من المرفأ ذهبت إلى تركيا.", [("4600", 4600.0)]),
    # the rest is no part of the thousands when it is not smaller than a thousand, or another figure
    ("باعت 12 ألف تذكرة و1500 اشتراك.", [("12 ألف", 12000.0), ("1500", 1500.0)]),
    ("وحلت في المرتبة الـ12 عالمياً في الدورة الـ25.", []),
])
def test_thousands_and_rest_and_measures_after_the_article(text, expected):
    assert [(q.text, q.value) for q in quantities(text, "ar")] == expected


@settings(max_examples=60, deadline=None)
@given(whole=st.integers(min_value=0, max_value=999), frac=st.integers(min_value=0, max_value=99),
       width=st.sampled_from([1, 2]))
def test_arabic_decimal_comma_before_one_or_two_digits(whole, frac, width):
    """`11,4 بالمائة`: a comma followed by one or two final digits is a decimal comma in Arabic;
    followed by three it groups thousands, and English keeps it as no decimal mark."""
    frac %= 10 ** width
    written = f"{whole},{frac:0{width}d}"
    qs = quantities(f"وبلغت نسبة المشاركة {written} بالمائة.", "ar")
    assert [(q.text, q.value) for q in qs] == [(f"{written} بالمائة", float(f"{whole}.{frac:0{width}d}"))]
    lead = whole % 999 + 1
    grouped = quantities(f"وشارك {lead},{frac:03d} ناخب في التصويت.", "ar")
    assert [q.value for q in grouped] == [float(f"{lead}{frac:03d}")]
    assert all(q.value != float(f"{whole}.{frac:0{width}d}")
               for q in quantities(f"Turnout was {written}% on Sunday.", "en"))


@settings(max_examples=40, deadline=None)
@given(high=st.integers(min_value=1, max_value=99), rest=st.integers(min_value=1, max_value=999))
def test_arabic_scale_then_smaller_scale(high, rest):
    """`14 مليوناً و700 ألف جنيه`: a sum in millions with the thousands after it is one amount."""
    qs = quantities(f"وألزمت المحكمة المتهم برد {high} مليوناً و{rest} ألف جنيه.", "ar")
    assert [(q.value, q.unit) for q in qs] == [(high * 1e6 + rest * 1e3, "EGP")]


@pytest.mark.parametrize("text,lang,figures,years", [
    ("وأفرغت السفينة ٢٠٠٠ طن من القمح في 2019", "ar", [2000.0], ["2019"]),
    ("تتسع لـ1950 حاوية نمطية منذ 2021", "ar", [1950.0], ["2021"]),
    ("unloaded 2000 tonnes of maize in 2019", "en", [2000.0], ["2019"]),
    ("a 2010 report put it at 2040 dollars", "en", [2040.0], ["2010"]),
    ("في 2005 شهدت المدينة 2006 حادثاً", "ar", [], ["2005", "2006"]),   # no unit: a year
])
def test_year_like_figure_before_a_unit(text, lang, figures, years):
    """A number that could be a year is a quantity, not a year, with a unit of measure, a
    currency or a scale right after it."""
    doc = ENGINE.document(Article(id="q", text=text, lang=lang))
    facts = Facts(doc, ENGINE.registry.extractors)
    assert [q.value for q in facts["quantities"]] == figures
    assert [m.text for m in facts["date_mentions"]] == years


@pytest.mark.parametrize("text,lang,figures,years", [
    ("About 2100 workers walked out on Thursday", "en", [2100.0], []),
    ("more than 1950 people signed it in 2019", "en", [1950.0], ["2019"]),
    ("دخل نحو 2100 عامل في إضراب عام 2019", "ar", [2100.0], ["2019"]),
    ("وأصيب أكثر من ٢٠٠٠ شخص", "ar", [2000.0], []),
    ("Prices have doubled since about 2010 when the mine closed", "en", [], ["2010"]),
    ("Around 2015, the town had one clinic", "en", [], ["2015"]),
    ("Output returned to about 2019 levels by March", "en", [2019.0], []),   # (plural: read as a count)
    ("ارتفعت الأسعار منذ نحو 2010 بعد إغلاق المنجم", "ar", [], ["2010"]),
    ("وقالت إنه حتى حوالي 2030 لن يكتمل المشروع", "ar", [], ["2030"]),
    ("أضرب 1800 عامل. وقال: نحن 2100 عامل مضربون", "ar", [1800.0, 2100.0], []),   # the noun counted elsewhere
    ("Some 1,800 workers struck. We are 2100 workers, he said", "en", [1800.0, 2100.0], []),
    ("في 2010 عامل واحد فقط بقي", "ar", [], ["2010"]),   # (no other count of the noun: a year)
])
def test_year_like_figure_counting_a_noun(text, lang, figures, years):
    """A number that could be a year, after a qualifier ("about", `نحو`) or before a noun the text
    counts elsewhere with another figure, and before a noun it counts, is a count; a word of dates
    before the qualifier, or no counted noun after it, keeps it a year."""
    doc = ENGINE.document(Article(id="q", text=text, lang=lang))
    facts = Facts(doc, ENGINE.registry.extractors)
    assert [q.value for q in facts["quantities"]] == figures
    assert [m.text for m in facts["date_mentions"] if m.form == "year"] == years


@pytest.mark.parametrize("text, expected", [
    ("أضيئت الأبراج التسعة ليلاً.", [("تسعة", 9.0)]),
    ("غرقت المراكب الستة عشر في الميناء.", [("ستة عشر", 16.0)]),
    ("ووصل الوزراء الثلاثة إلى المطار.", [("ثلاثة", 3.0)]),
    ("عقدت قمة مجموعة الثمانية في المدينة.", []),     # after a noun without the article: a name
    ("انهارت الطبقة الثالثة من المبنى.", []),         # an ordinal
    ("بدأت الجلسة في الساعة التاسعة صباحاً.", []),
    ("تقود طالبات ثلاثة من الفرق الخمسة الأولى.", [("ثلاثة", 3.0)]),   # the first five: a choice
])
def test_definite_number_word_after_a_definite_noun(text, expected):
    got = [(q.text, q.value) for q in quantities(text, "ar")]
    assert got == expected


@given(st.integers(min_value=3, max_value=19))
@settings(max_examples=17, deadline=None)
def test_every_definite_count_word_reads_its_value(n):
    text = f"غادرت العائلات ال{ar_words(n)} المخيم."
    got = [(q.text, q.value) for q in quantities(text, "ar")]
    assert got == [(ar_words(n), float(n))]


AR_HUNDREDS = ["", "مائة", "مئتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"]


@settings(max_examples=60, deadline=None)
@given(h=st.integers(min_value=1, max_value=9), rest=st.sampled_from([0, 10, 20, 50, 90]))
def test_arabic_hundreds_and_tens_words(h, rest):
    """`ثلاثمائة وعشرين` is 320, `مائة وخمسين ألفاً` 150,000: hundreds combine with the tens after them."""
    words = AR_HUNDREDS[h] + (f" و{AR_TENS[rest // 10]}" if rest else "")
    qs = quantities(f"وقالت الشرطة إن {words} شخصاً أصيبوا في الحادث.", "ar")
    assert [q.value for q in qs] == [h * 100 + rest], words
    qs = quantities(f"وبلغ عدد الزوار {words} ألف زائر.", "ar")
    assert [q.value for q in qs] == [(h * 100 + rest) * 1000], words


def test_currency_symbol_in_letters_against_the_digits():
    """"RM18.5 million" and "Rp500,000" are sums of their currencies; letters of a word before
    digits ("Form18") are not a symbol."""
    got = [(q.text, q.value, q.unit) for q in quantities("The RM18.5 million ward, Rp500,000 a month and Form18.", "en")]
    assert got == [("RM18.5 million", 18_500_000.0, "MYR"), ("Rp500,000", 500_000.0, "IDR")]


def test_currency_words_joined_by_hyphens_as_an_attribute():
    """"a 1.6 billion-Canadian-dollar acquisition" is a sum in Canadian dollars, as "1.6 billion
    Canadian dollars" is; a weight in pounds stays no sum ("a 5-pound bag")."""
    got = [(q.text, q.value, q.unit) for q in quantities(
        "The 1.6 billion-Canadian-dollar acquisition and 2 billion Canadian dollars in debt.", "en")]
    assert got == [("1.6 billion-Canadian-dollar", 1_600_000_000.0, "CAD"),
                   ("2 billion Canadian dollars", 2_000_000_000.0, "CAD")]
    assert [q.unit for q in quantities("She carried a 5-pound bag of rice.", "en")] == [None]


@pytest.mark.parametrize("text, expected", [
    ("the half a million litres the plant cleans", [("half a million", 500_000.0, "litres")]),
    ("Half a dozen boats set out.", [("Half a dozen", 6.0, "boats")]),
    ("A dozen cars waited.", [("dozen", 12.0, "cars")]),
])
def test_half_of_a_scale_word_is_a_half(text, expected):
    assert [(q.text, q.value, q.group) for q in quantities(text, "en")] == expected


@pytest.mark.parametrize("text,value", [
    ("استقبلنا ثمانية آلاف وأربعمئة عداء", 8400),      # thousands and hundreds in words
    ("وصل ثلاثة آلاف وخمسمئة شخص", 3500),
    ("نقلت 12 ألفا و800 طن", 12800),                    # digits after the scale, as before
    ("تضم ستاً وثلاثين منخرطة", 36),                     # a feminine count in the accusative
    ("حصلت على خمساً وعشرين جائزة", 25),
    ("عرض ألفاً ومئتي مزارع", 1200),                      # a thousand and hundreds
    ("وصل ألف وخمسين زائراً", 1050),
])
def test_arabic_compound_number_words(text, value):
    assert [q.value for q in quantities(text, "ar")] == [value]
