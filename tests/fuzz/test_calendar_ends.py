"""Cases the fuzzing found, kept as plain tests: dates at the ends of the calendar and figures
too large for a float lose nothing but themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.core.engine import Engine

ENGINE = Engine()


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 31)])
@pytest.mark.parametrize("text", [
    "The council met yesterday, Monday, and again in October to vote on the budget.",
    "The talks resumed on Sunday and will end tomorrow, officials said in March.",
    "The minister said last week that the vote on March 4 would go ahead.",
    "قال الوزير أمس الاثنين إن المحادثات ستستأنف في تشرين الأول/أكتوبر المقبل.",
])
def test_dates_at_the_ends_of_the_calendar_raise_nothing(published, text):
    r = ENGINE.check(text, published=published)
    assert [e.code for e in r.errors] == []


def test_figures_past_a_float_raise_nothing():
    big = "1" + "0" * 400
    r = ENGINE.check(f"The fire killed {big} people on Monday. Officials later said {big}1 people died in the fire.",
                     lang="en")
    assert [e.code for e in r.errors] == []
