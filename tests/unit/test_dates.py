"""Date facts and calendar arithmetic, checked against Python's calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.language.calendars import gregorian_to_hijri, hijri_to_gregorian, infer_year, nearest_weekday
from checker.core.engine import Engine
from checker.core.facts import Facts
from checker.core.models import Article

ENGINE = Engine()
AR = ENGINE.lexicons.get("ar")
EN = ENGINE.lexicons.get("en")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def mentions(text, lang, published=None):
    doc = ENGINE.document(Article(id="t", text=text, lang=lang, published=published))
    return Facts(doc, ENGINE.registry.extractors)["date_mentions"]


def _ar_forms(d: dt.date, wd: str, arabic_digits: bool):
    greg = AR.month_name(d.month, "gregorian")
    lev = AR.month_name(d.month, "levantine")
    day, year = str(d.day), str(d.year)
    if arabic_digits:
        day, year = day.translate(AR_DIGITS), year.translate(AR_DIGITS)
    return [
        f"وعقد الاجتماع {wd} {day} {greg} {year} في العاصمة.",
        f"وعقد الاجتماع يوم {wd} {day} {lev}/{greg} {year} في العاصمة.",
        f"وعقد الاجتماع يوم {wd} الموافق {day} من {greg} {year} في العاصمة.",
        f"وعقد الاجتماع {wd}، {day} {lev} ({greg}) {year} في العاصمة.",
        f"وعقد الاجتماع في {day} {greg} {year} ({wd}) في العاصمة.",
        f"وعقد الاجتماع {wd} {d.day:02d}/{d.month:02d}/{d.year} في العاصمة.",
    ]


def _en_forms(d: dt.date, wd: str):
    month = EN.month_name(d.month, "gregorian")
    return [
        f"The council met on {wd}, {month} {d.day}, {d.year}, officials said.",
        f"The council met on {wd} {d.day} {month} {d.year}, officials said.",
        f"The council met on {wd}, the {d.day}th of {month} {d.year}.",
        f"The council met on {wd}, {d.year}-{d.month:02d}-{d.day:02d}, officials said.",
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)),
       shift=st.integers(min_value=0, max_value=6), lang=st.sampled_from(["ar", "en"]),
       form=st.integers(min_value=0, max_value=5), arabic_digits=st.booleans())
def test_weekday_rule_agrees_with_the_calendar(date, shift, lang, form, arabic_digits):
    written = (date.isoweekday() - 1 + shift) % 7 + 1
    lex = AR if lang == "ar" else EN
    wd = lex.weekday_name(written)
    forms = _ar_forms(date, wd, arabic_digits) if lang == "ar" else _en_forms(date, wd)
    text = forms[form % len(forms)]
    result = ENGINE.check(text, lang=lang)
    found = [f for f in result.findings if f.rule == "DATE002"]
    if shift == 0:
        assert found == [], text
    else:
        assert len(found) == 1, text
        assert found[0].span.text == wd
        assert found[0].message_id == "mismatch"
        assert date.strftime("%A") in found[0].message


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1925, 1, 1), max_value=dt.date(2076, 12, 31)))
def test_hijri_conversion_round_trips(date):
    h = gregorian_to_hijri(date)
    assert h is not None
    assert hijri_to_gregorian(*h) == date


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2050, 12, 31)), st.integers(1, 12), st.integers(1, 28))
def test_inferred_year_is_the_nearest(published, month, day):
    year = infer_year(month, day, published)
    chosen = abs((dt.date(year, month, day) - published).days)
    for y in (published.year - 1, published.year, published.year + 1):
        assert chosen <= abs((dt.date(y, month, day) - published).days)
    past = infer_year(month, day, published, "past")
    assert dt.date(past, month, day) <= published


@given(st.dates(), st.integers(1, 7))
def test_nearest_weekday(date, weekday):
    try:
        near = nearest_weekday(date, weekday)
    except OverflowError:
        return
    assert near.isoweekday() == weekday
    assert abs((near - date).days) <= 3


@pytest.mark.parametrize("text,lang,published,expected", [
    ("في 14 أكتوبر/تشرين الأول 2018 أعلن", "ar", None, [("14 أكتوبر/تشرين الأول 2018", "day", 2018, (10,), 14, False, None)]),
    ("يوم الأحد الموافق الـ20 من شهر يونيو الماضي", "ar", dt.date(2018, 7, 1), [("الـ20 من شهر يونيو", "day", 2018, (6,), 20, True, "past")]),
    ("وصدر في 15 جمادى الأولى 1447 هـ", "ar", None, [("15 جمادى الأولى 1447 ه", "day", 1447, (5,), 15, False, None)]),
    ("في ٥ آذار ٢٠١٩ وقع", "ar", None, [("٥ آذار ٢٠١٩", "day", 2019, (3,), 5, False, None)]),
    ("منذ عام 2016 وحتى أواخر عام 2024", "ar", None, [("2016", "year", 2016, (), None, False, None), ("2024", "year", 2024, (), None, False, None)]),
    ("in May 2020 and on March 5th, 2019", "en", None, [("May 2020", "month", 2020, (5,), None, False, None), ("March 5th, 2019", "day", 2019, (3,), 5, False, None)]),
    ("You may go. He will march on.", "en", None, []),
    ("She spent March to July on leave.", "en", dt.date(2026, 8, 19),
     [("March", "month", 2026, (3,), None, True, None), ("July", "month", 2026, (7,), None, True, None)]),
    ("They march to July Square. May and June were dry.", "en", dt.date(2026, 8, 19),
     [("July", "month", 2026, (7,), None, True, None), ("May", "month", 2026, (5,), None, True, None),
      ("June", "month", 2026, (6,), None, True, None)]),
    ("Protesters will march to the square. They may and should.", "en", dt.date(2026, 8, 19), []),
    ("قصف مفاعل تموز وقال أب لثلاثة أطفال", "ar", None, []),
    ("last December, the bank said", "en", dt.date(2019, 2, 1), [("December", "month", 2018, (12,), None, True, "past")]),
    ("on 03/04/2018 and on 25/12/2018", "en", None, [("25/12/2018", "day", 2018, (12,), 25, False, None)]),
])
def test_date_mentions(text, lang, published, expected):
    got = [(m.text, m.precision, m.year, m.months, m.day, m.year_inferred, m.relation)
           for m in mentions(text, lang, published) if not m.bare_year]
    assert got == expected


def test_a_weekday_attaches_to_its_date_only_across_linking_words():
    ms = mentions("قال الوزير يوم الخميس إن 14 مارس 2019 موعد نهائي", "ar")
    assert [m.weekday for m in ms if m.precision == "day"] == [None]
    ms = mentions("وذلك يوم الخميس الموافق 14 مارس 2019", "ar")
    assert [m.weekday.text for m in ms if m.precision == "day"] == ["الخميس"]


def test_publication_date_is_read_from_a_dateline_or_a_label():
    r = ENGINE.check("Headline\n\nPARIS, 4 March 2024 (AFP) - The minister resigned.", lang="en")
    assert (r.published, r.published_source) == (dt.date(2024, 3, 4), "text")
    r = ENGINE.check("نشر في: 12 نوفمبر 2025\n\nقال الوزير إن الاتفاق سيوقع.", lang="ar")
    assert (r.published, r.published_source) == (dt.date(2025, 11, 12), "text")
    r = ENGINE.check("The minister resigned on 4 March 2024 after a vote.", lang="en")
    assert (r.published, r.published_source) == (None, None)
    r = ENGINE.check("PARIS, 4 March 2024 (AFP) - x", lang="en", published="2024-03-05")
    assert (r.published, r.published_source) == (dt.date(2024, 3, 5), "input")


@pytest.mark.parametrize("text,lang,expected", [
    ("عنوان الخبر\nالرياض - 15 نيسان/أبريل 2025 -\nقالت الشركة إن التداول سيبدأ.", "ar", dt.date(2025, 4, 15)),
    ("الرياض - 15 نيسان/أبريل 2025 - قالت الشركة إن التداول سيبدأ.", "ar", dt.date(2025, 4, 15)),
    ("الرياض، 15 أبريل 2025 (واس) - قالت الشركة إن التداول سيبدأ.", "ar", dt.date(2025, 4, 15)),
    ("Headline\nBERLIN, April 15, 2025 -\nThe company said trading would start.", "en", dt.date(2025, 4, 15)),
    ("جنين 14-5-2026 وفا- أعلنت وزارة الصحة، اليوم الخميس، ارتفاع عدد الإصابات.", "ar", dt.date(2026, 5, 14)),
    ("تونس في 17 فبراير 2026 /كونا/ -- دخل إضراب عمال الشركة يومه الثاني.", "ar", dt.date(2026, 2, 17)),
    # a date in the first sentence, not set off as a dateline
    ("Prices rose on 15 April 2025 sharply - traders said.", "en", None),
    ("الرياض - أعلنت الشركة في 15 نيسان/أبريل 2025 أن التداول سيبدأ.", "ar", None),
    ("Shares rose - on 15 April 2025 - after the listing, traders said.", "en", None),
])
def test_a_dateline_set_off_by_dashes_or_commas_is_the_publication_date(text, lang, expected):
    assert ENGINE.check(text, lang=lang).published == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("كان حتى عام 2023 مطلوباً", "ar", [("2023", "year", None, "until", (dt.date(2023, 1, 1), dt.date(2023, 12, 31)))]),
    ("بدأ منذ مطلع عام 2016", "ar", [("2016", "year", "early", "since", (dt.date(2016, 1, 1), dt.date(2016, 5, 1)))]),
    ("أطاحت به أواخر عام 2024", "ar", [("2024", "year", "late", None, (dt.date(2024, 9, 1), dt.date(2024, 12, 31)))]),
    ("في صيف 2019", "ar", [("صيف 2019", "season", None, None, (dt.date(2019, 6, 1), dt.date(2019, 8, 31)))]),
    ("خلال التسعينيات", "ar", [("التسعينيات", "decade", None, None, (dt.date(1990, 1, 1), dt.date(1999, 12, 31)))]),
    ("until the end of 2023", "en", [("2023", "year", "late", "until", (dt.date(2023, 9, 1), dt.date(2023, 12, 31)))]),
    ("in mid-2024", "en", [("2024", "year", "mid", None, (dt.date(2024, 5, 1), dt.date(2024, 9, 1)))]),
    ("in winter 2019", "en", [("winter 2019", "season", None, None, (dt.date(2018, 12, 1), dt.date(2019, 2, 28)))]),
    ("in the 1980s", "en", [("1980s", "decade", None, None, (dt.date(1980, 1, 1), dt.date(1989, 12, 31)))]),
    ("in the last week of August 2025", "en", [("August 2025", "month", "late", None, (dt.date(2025, 8, 21), dt.date(2025, 8, 31)))]),
    ("في الأسبوع الأول من أيار 2025", "ar", [("أيار 2025", "month", "early", None, (dt.date(2025, 5, 1), dt.date(2025, 5, 11)))]),
])
def test_parts_bounds_seasons_and_decades(text, lang, expected):
    got = [(m.text, m.precision, m.part, m.bound, m.interval()) for m in mentions(text, lang)]
    assert got == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("on Feb. 23, 2013 and Jan. 5", "en", [("Feb. 23, 2013", 2013, (2,), 23, False), ("Jan. 5", 2013, (1,), 5, True)]),
    ("May 16 this year and March of last year", "en", [("May 16 this year", 2013, (5,), 16, True), ("March of last year", 2012, (3,), None, True)]),
    ("last year, yesterday and next month", "en", [("last year", 2012, (), None, True), ("yesterday", 2013, (3,), 21, True), ("next month", 2013, (4,), None, True)]),
    ("وقال أمس إن الشهر الماضي شهد تحسناً", "ar", [("أمس", 2013, (3,), 21, True), ("الشهر الماضي", 2013, (2,), None, True)]),
    ("the minister said on Tuesday and will travel next Monday", "en", [("Tuesday", 2013, (3,), 19, True), ("Monday", 2013, (3,), 25, True)]),
    ("وقال الوزير الجمعة إنه سيسافر", "ar", [("الجمعة", 2013, (3,), 22, True)]),
])
def test_relative_dates_resolve_from_the_publication_date(text, lang, expected):
    got = [(m.text, m.year, m.months, m.day, m.year_inferred) for m in mentions(text, lang, dt.date(2013, 3, 22))]
    assert got == expected


def test_this_before_a_month_is_the_publication_year():
    """"this January" is January of the publication's year, told (not the nearest January, next month's),
    with no relation to the publication's month; "this" before a day is not read."""
    got = [(m.text, m.year, m.relation, m.relation_span) for m in mentions("It reopened this January, not on this May 2.",
                                                                          "en", dt.date(2013, 12, 22))]
    assert got == [("January", 2013, None, (12, 16)), ("May 2", 2014, None, None)]


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(1, 7),
       st.sampled_from([-1, 1]), st.lists(st.integers(1, 7), min_size=1, max_size=3))
def test_last_and_next_weekday_windows(published, weekday, offset, week_starts):
    """"last Friday" is the Friday before publication or the one of the week before ("next Friday"
    likewise after it), whatever day the week starts on: both ends of the window fall on that
    weekday, on the right side of the publication date, less than two weeks from it and at most a
    week apart."""
    from checker_plugins.dates.relative_phrases import RelativeExpression, window
    lo, hi = window(RelativeExpression(0, 0, "x", "weekday", offset, weekday, None), published, week_starts)
    assert lo.isoweekday() == hi.isoweekday() == weekday
    assert 0 <= (hi - lo).days <= 7
    for d in (lo, hi):
        assert 1 <= (published - d).days * -offset <= 13


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(1, 7),
       st.sampled_from([-1, 1]), st.lists(st.integers(1, 7), min_size=1, max_size=3))
def test_nearest_weekday_lies_in_the_window(published, weekday, offset, week_starts):
    """The strict reading of "last Friday" (the nearest Friday before the day of writing, the publication
    day or the one before) is that weekday, one to seven days from the day of writing, and the strict
    reading from the publication day is always inside the loose window."""
    from checker_plugins.dates.relative_phrases import RelativeExpression, nearest_weekdays, window
    expr = RelativeExpression(0, 0, "x", "weekday", offset, weekday, None)
    near = nearest_weekdays(expr, published)
    for written, d in zip((published, published - dt.timedelta(days=1)), near):
        assert d.isoweekday() == weekday and 1 <= (written - d).days * -offset <= 7
    lo, hi = window(expr, published, week_starts)
    assert lo <= near[0] <= hi


def test_last_tuesday_nearest_of_a_thursday():
    from checker_plugins.dates.relative_phrases import RelativeExpression, nearest_weekdays
    last_tuesday = RelativeExpression(0, 0, "x", "weekday", -1, 2, None)
    assert nearest_weekdays(last_tuesday, dt.date(2024, 3, 14)) == (dt.date(2024, 3, 12), dt.date(2024, 3, 12))
    assert nearest_weekdays(last_tuesday, dt.date(2024, 3, 13)) == (dt.date(2024, 3, 12), dt.date(2024, 3, 5))


@pytest.mark.parametrize("week_starts, expected", [
    ((1,), (dt.date(2023, 9, 19), dt.date(2023, 9, 19))),           # a week from Monday: the coming Tuesday
    ((7,), (dt.date(2023, 9, 19), dt.date(2023, 9, 19))),           # … from Sunday: the same
    ((6, 7, 1), (dt.date(2023, 9, 19), dt.date(2023, 9, 26))),      # … from Saturday: next week's is the 26th
])
def test_next_weekday_from_a_saturday_by_where_the_week_starts(week_starts, expected):
    from checker_plugins.dates.relative_phrases import RelativeExpression, window
    tuesday_next = RelativeExpression(0, 0, "x", "weekday", 1, 2, None)
    assert window(tuesday_next, dt.date(2023, 9, 16), week_starts) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("اندلع الحريق في الخامس من آب.", "ar", ("الخامس من آب", 8, 5)),
    ("عثروا على الجرار في الثاني والعشرين من أيار.", "ar", ("الثاني والعشرين من أيار", 5, 22)),
    ("وفي الحادي عشر من شهر تموز وصلت السفينة.", "ar", ("الحادي عشر من شهر تموز", 7, 11)),
    ("The fire began on the fifth of August.", "en", ("fifth of August", 8, 5)),
    ("Talks resumed on the twenty-first of May.", "en", ("twenty-first of May", 5, 21)),
])
def test_day_told_as_an_ordinal_word(text, lang, expected):
    """A day of a month told as an ordinal word before the month's name is that day."""
    got = [(m.text, m.months[0], m.day) for m in mentions(text, lang, dt.date(2024, 9, 1))]
    assert got == [expected]


def test_ordinal_word_without_a_month_is_no_date():
    """"the first of them", `الأول من نوعه`: an ordinal word with no month after it dates nothing."""
    assert mentions("It was the first of them, the fifth of the series.", "en", dt.date(2024, 9, 1)) == []
    assert mentions("وهو الأول من نوعه، والخامس من سلسلة.", "ar", dt.date(2024, 9, 1)) == []


@pytest.mark.parametrize("noun, verb", [
    ("suspension", "suspended"), ("expansion", "expanded"), ("decision", "decided"),
    ("conclusion", "concluded"), ("explosion", "exploded"), ("invasion", "invaded"),
    ("registration", "registered"), ("election", "elected"),
])
def test_a_noun_of_action_meets_its_verb(noun, verb):
    from checker_plugins.dates.derivation import deriver
    d = deriver(ENGINE.document(Article(id="d", text="x", lang="en")).lexicon)
    assert d.stem(noun) == d.stem(verb)


@pytest.mark.parametrize("a, b", [("discussion", "discount"), ("session", "set"), ("tension", "tend")])
def test_other_nouns_of_action_meet_no_other_verb(a, b):
    from checker_plugins.dates.derivation import deriver
    d = deriver(ENGINE.document(Article(id="d", text="x", lang="en")).lexicon)
    assert d.stem(a) != d.stem(b)


@pytest.mark.parametrize("written, value", [
    ("الثانية عشرة", 12), ("الخامسة عشرة", 15), ("العاشرة", 10), ("العشرين", 20),
    ("الخامسة والثلاثين", 35), ("الحادي والعشرين", 21), ("السابع عشر", 17), ("12", 12),
])
def test_an_age_in_ordinal_words_reads_its_value(written, value):
    from checker_plugins.dates.age_words import age_value
    assert age_value(ENGINE.document(Article(id="a", text="x", lang="ar")).lexicon, written) == value


def test_an_age_in_ordinal_words_dates_an_event_but_not_an_hour():
    text = "بدأت العمل على النول عام 1979 وهي في الثانية عشرة. ووصلت عام 1990 وهي في الثانية عشرة ظهراً."
    doc = ENGINE.document(Article(id="a", text=text, lang="ar"))
    ages, _ = Facts(doc, ENGINE.registry.extractors)["ages_and_births"]
    assert [(a.text, a.years, a.at) for a in ages] == [("الثانية عشرة", 12, True)]


@pytest.mark.parametrize("text, lang, expected", [
    ("He was held from April to July.", "en", (dt.date(2024, 4, 1), dt.date(2024, 7, 31))),
    ("احتُجز من نيسان/أبريل حتى تموز/يوليو.", "ar", (dt.date(2024, 4, 1), dt.date(2024, 7, 31))),
    ("He was held from November to February.", "en", (dt.date(2023, 11, 1), dt.date(2024, 2, 29))),
    # a month without its year takes the year written at the range's end
    ("He spent from June to September 2021 in hospital.", "en", (dt.date(2021, 6, 1), dt.date(2021, 9, 30))),
    ("أمضى الفترة من يونيو إلى سبتمبر 2021 في المستشفى.", "ar", (dt.date(2021, 6, 1), dt.date(2021, 9, 30))),
    ("The plant closed from October to March 2022.", "en", (dt.date(2021, 10, 1), dt.date(2022, 3, 31))),
])
def test_a_range_of_months_without_years_runs_forward(text, lang, expected):
    doc = ENGINE.document(Article(id="r", text=text, lang=lang, published=dt.date(2024, 10, 1)))
    ranges = Facts(doc, ENGINE.registry.extractors)["date_ranges"]
    assert [r.interval() for r in ranges] == [expected]


@pytest.mark.parametrize("text, dates", [
    ("وصل الوفد اليوم إلى المعرض.", ["اليوم"]),
    ("ارتفع العدد بنهاية اليوم الثاني.", []),
    ("وعاد في اليوم التالي إلى المعرض.", []),
    ("وقع الحادث في اليوم نفسه.", []),
    ("وشحنت ثمار ذلك اليوم إلى أوروبا.", []),
    ("وتذكر تلك اليوم الذي وصل فيه.", []),
    ("وغادر المدينة في صباح ذلك اليوم.", []),
    ("وقال إن ذلك حدث اليوم.", ["اليوم"]),
])
def test_today_is_no_other_day(text, dates):
    doc = ENGINE.document(Article(id="t", text=text, lang="ar", published=dt.date(2024, 3, 6)))
    assert [m.text for m in Facts(doc, ENGINE.registry.extractors)["date_mentions"]] == dates


@pytest.mark.parametrize("text, lang, expected", [
    ("It signed on Jan. 26, and launched the site on the 14th of the same month.", "en",
     [("Jan. 26", (1, 26)), ("14th of the same month", (1, 14))]),
    ("وقّعت في 26 كانون الثاني/يناير، وأطلقت المنصة في العاشر من الشهر نفسه.", "ar",
     [("26 كانون الثاني/يناير", (1, 26)), ("العاشر من الشهر نفسه", (1, 10))]),
    ("It launched the site on the 14th of the same month.", "en", []),
])
def test_a_day_of_the_same_month_takes_the_month_of_the_date_before_it(text, lang, expected):
    doc = ENGINE.document(Article(id="s", text=text, lang=lang, published=dt.date(2025, 2, 19)))
    got = Facts(doc, ENGINE.registry.extractors)["date_mentions"]
    assert [(m.text, (m.months[0], m.day)) for m in got] == expected


def test_short_weekday_in_lower_case_is_a_word():
    """"sat by the door" is no Saturday; "on Sat" is one."""
    got = [m.text for m in mentions("He sat by the door. The market opens on Sat and closes early.", "en",
                                    dt.date(2013, 3, 22))]
    assert got == ["Sat"]


def test_a_first_told_by_a_verb_whose_key_is_no_word_is_named_as_the_event_first_done():
    text = ("The project, first announced in 2017, is due to be finished by 2018.\n\n"
            "The project, first announced in 2008, is due to be finished by 2018.")
    messages = [f.message for f in ENGINE.check(text, lang="en", published="2025-01-01").findings if f.rule == "DATE008"]
    assert messages == ["The event first announced is dated 2008 here but 2017 earlier in the article."]
