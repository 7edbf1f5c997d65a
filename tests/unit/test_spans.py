"""checker.extractors.spans.starting_in: the items that start in a range, by bisection."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from checker.extractors.spans import starting_in


def _items(starts):
    return [SimpleNamespace(start=s) for s in sorted(starts)]


def test_the_items_starting_in_a_range_keep_their_order():
    items = _items([3, 7, 7, 12, 20])
    assert [x.start for x in starting_in(items, 7, 20)] == [7, 7, 12]
    assert starting_in(items, 21, 30) == [] and starting_in(items, 0, 3) == []


@given(st.lists(st.integers(0, 50)), st.integers(0, 60), st.integers(0, 60))
def test_it_agrees_with_a_scan(starts, lo, hi):
    items = _items(starts)
    assert starting_in(items, lo, hi) == [x for x in items if lo <= x.start < hi]
