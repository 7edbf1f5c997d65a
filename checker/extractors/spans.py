"""Ranges of offsets asked about in logarithmic time: whether a position or a span falls in any
of them. Extractors and rules test each mention against the mentions already taken; a list
scanned for every mention would make an article of many dates cost the square of its length."""

from __future__ import annotations

import bisect
import itertools
from typing import Iterable


class SpanIndex:
    """``[start, end)`` ranges (in any order, overlapping or not), fixed once built."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [s for s, _ in ranges]
        # reach[k]: the furthest end among the first k ranges by start
        self.reach = list(itertools.accumulate((e for _, e in ranges), max, initial=-1))

    def __len__(self) -> int:
        return len(self.starts)

    def holds(self, pos: int) -> bool:
        """Whether some range has ``start <= pos < end``."""
        return self.reach[bisect.bisect_right(self.starts, pos)] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range shares a position with ``[start, end)``: ``a < end and start < b``."""
        return self.reach[bisect.bisect_left(self.starts, end)] > start

    def cuts(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` starts or ends inside a range: ``a <= start < b`` or
        ``a < end <= b``."""
        return self.holds(start) or self.reach[bisect.bisect_left(self.starts, end)] >= end


def starting_in(items, start: int, end: int) -> list:
    """The items (sorted by their ``start``) that start in ``[start, end)``, found by bisection."""
    i = bisect.bisect_left(items, start, key=lambda x: x.start)
    j = bisect.bisect_left(items, end, lo=i, key=lambda x: x.start)
    return items[i:j]
