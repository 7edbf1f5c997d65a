"""How TIME001 tells a period in its messages: as precisely as the article tells it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from checker_plugins.timeline.labels import when_label

D = dt.date


@pytest.mark.parametrize("since, until, label", [
    (D(2021, 1, 1), D(2021, 12, 31), "in 2021"),
    (D(2018, 1, 1), D(2019, 12, 31), "from 2018 to 2019"),
    (D(2021, 6, 1), D(2021, 6, 30), "in June 2021"),
    (D(2022, 12, 1), D(2022, 12, 31), "in December 2022"),
    (D(2018, 3, 1), D(2019, 9, 30), "from March 2018 to September 2019"),
    (D(2016, 3, 1), D(2016, 5, 31), "from March to May 2016"),
    (D(2017, 1, 1), D(2018, 10, 31), "from 2017 to October 2018"),
    (D(2023, 7, 15), D(2023, 7, 15), "on 15 July 2023"),
    (D(2023, 7, 4), D(2023, 7, 25), "from 4 to 25 July 2023"),
    (D(2023, 6, 4), D(2023, 7, 25), "from 4 June to 25 July 2023"),
    (D(2018, 1, 1), None, "since 2018"),
    (None, D(2019, 12, 31), "until 2019"),
    (D(2018, 1, 1), D(2024, 12, 4), "since 2018"),   # open to the day of publication
])
def test_a_period_is_told_as_precisely_as_written(since, until, label):
    assert when_label(since, until, published=D(2024, 12, 4)) == label


def test_a_role_ended_is_told_from_its_end():
    assert when_label(D(2013, 1, 1), D(2020, 12, 31), ended=True) == "since 2020"


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 4000))
def test_every_period_has_a_label_naming_its_years(start, days):
    end = start + dt.timedelta(days=days) if start + dt.timedelta(days=days) <= D(2100, 12, 31) else start
    label = when_label(start, end)
    assert label.split()[0] in ("in", "on", "from")
    assert str(start.year) in label or str(end.year) in label
    assert str(end.year) in label
