"""Whether two figures are close enough in size to be one figure told twice, one of them mistyped."""

from __future__ import annotations

from .common import transposed

_MAX_RATIO = 3.0     # a restated figure mistyped stays within this factor of the first


def close(a, b, ratio: float = _MAX_RATIO) -> bool:
    """Figures close enough in size to be one figure mistyped, or further apart when one is the other with its
    digits transposed ("299" and "929"); a bound ("not over 25,000") is held to the nearest end of the other's margin."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if (a.low is None or a.high is None) != (b.low is None or b.high is None) and lo > 0:
        bound, other = (a, b) if a.low is None or a.high is None else (b, a)
        lo, hi = sorted((bound.value, other.low if bound.high is not None else other.high))
    return lo > 0 and (hi / lo <= ratio or transposed(a.value, b.value))
