"""Date messages as an editor reads them, and the year of a date written without one when the
sentence tells the event as done."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.core.engine import Engine
from checker.core.models import Article


@pytest.fixture(scope="module")
def engine():
    return Engine()


def findings(engine, text, published, lang=None):
    return engine.check_article(Article(id="a", text=text, lang=lang, published=published)).findings


def test_naming_systems_are_capitalised_in_related_messages(engine):
    f, = findings(engine, "وقال مصدر حكومي إن الاتفاق وقع في تشرين الثاني/ديسمبر الماضي.\n", None, "ar")
    assert [r.message for r in f.related] == ["Levantine name of November", "Gregorian name of December"]


def test_yesterday_in_brackets_is_quoted_with_its_closing_bracket(engine):
    f, = findings(engine, "The talks ended yesterday (Sunday) after the envoy left.\n", dt.date(2025, 3, 6))
    assert f.message.startswith("'yesterday (Sunday)' does not fit the publication date 2025-03-06")


@pytest.mark.parametrize("verb", ["was killed", "died", "were arrested"])
def test_an_event_told_as_done_takes_the_last_year(engine, verb):
    # 4 March 2024 was a Monday; 4 March 2025, nearer to the publication date, a Tuesday
    text = f"A man {verb} on Monday, March 4, police said.\n"
    assert [f.rule for f in findings(engine, text, dt.date(2025, 1, 10))] == []


def test_an_event_still_ahead_keeps_the_nearest_year(engine):
    text = "The summit will open on Monday, March 4, officials said.\n"
    assert [f.rule for f in findings(engine, text, dt.date(2025, 1, 10))] == ["DATE002"]


def test_an_age_is_counted_from_the_publication_not_from_a_decade_in_its_sentence(engine):
    text = ("Among those back is Hagop Mardirossian, 71, an engraver whose family has kept a workshop "
            "in the souk since the 1920s.\n\nMardirossian, who was born in 1948, stayed through the war.\n")
    f, = [x for x in findings(engine, text, dt.date(2023, 5, 2), "en") if x.rule == "DATE006"]
    assert f.message == "An age of 71 does not fit a birth in 1948: in 2023 that person was 74 or 75."


def test_a_figure_in_thousands_after_a_comma_is_no_age(engine):
    text = ("Chief executive Wanjiru Muthoni will lead the firm, which has about 2.1 million borrowers, "
            "800,000 of them in Nairobi.\n\nMuthoni, 40, who was born in 1984, founded it.\n")
    assert [x.rule for x in findings(engine, text, dt.date(2024, 10, 1), "en")] == []


def test_a_first_is_named_by_its_word_as_written(engine):
    """A first's object is compared by its stem without its pronoun (`روايت`); the message names it
    as written (`روايته`)."""
    text = "وأصدر الكاتب روايته الأولى عام 1988، ثم توالت أعماله.\nوظل الكاتب وفياً للواقعية منذ صدور روايته الأولى عام 1991.\n"
    f, = [f for f in findings(engine, text, None, "ar") if f.rule == "DATE008"]
    assert f.message == "The first روايته is dated 1991 here but 1988 earlier in the article."
