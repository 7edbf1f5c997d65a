"""Linear time: the engine on articles that repeat one shape, and every regular expression of the
core and the built-in plugins on repeated text, cost in proportion to the length of the text.

Each measure is a ratio between two sizes (process time, best of a few runs), never a number of
seconds: ``growth`` is 1.0 for linear work and the size factor for quadratic work, and the limit
leaves generous room for noise. The 1 MB sizes are in ``tests/slow/test_growth_large.py``.
"""

from __future__ import annotations

import re

import pytest

from checker.core.engine import Engine
from tests.growth import PATTERN_UNITS, SHAPES, check_cost, compiled_patterns, cost, literal_units, repeat

SMALL, FACTOR = 2_000, 8
LIMIT = 2.5   # quadratic work gives FACTOR (8); linear work 1, or a little more with noise

SAMPLE = {
    "en": 'On Monday, March 4, 2024, Mayor John Smith said 25 people died in the floods and '
          '"we will rebuild" (in Paris). Mr. Smith, 45, was born in 1970. Yesterday 3 people were '
          "hurt, and turnout rose 12 percent to $4 million. He was minister from 2010 to 2014.\n"
          "At 10:30 a.m. the storm hit.",
    "ar": "قال الوزير محمد أحمد إن 25 شخصا قتلوا يوم الاثنين 4 آذار/مارس 2024. «سنعيد البناء» "
          "(في القاهرة). وفي 5 رمضان 1445 هـ ارتفعت الأسعار بنسبة 12 في المئة.\nوأمس أصيب 3 أشخاص.",
}


@pytest.fixture(scope="module")
def fresh_engine() -> Engine:
    return Engine()


def _growth(measure, small: int, factor: int) -> float:
    return measure(small * factor) / max(measure(small), 1e-9) / factor


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_an_article_of_one_repeated_shape_checks_in_linear_time(fresh_engine, shape):
    check_cost(fresh_engine, shape, SMALL, runs=1)   # language data and caches warm
    growth = _growth(lambda size: check_cost(fresh_engine, shape, size, runs=1), SMALL, FACTOR)
    if growth > LIMIT:   # measured again, best of three, before it counts
        growth = _growth(lambda size: check_cost(fresh_engine, shape, size, runs=3), SMALL, FACTOR)
    assert growth <= LIMIT, f"{shape.name}: {FACTOR}x the text costs {growth * FACTOR:.0f}x"


def _scan(pattern, text: str, times: int = 16) -> None:
    for _ in range(times):   # short texts scan in microseconds: enough of them to be measured
        for _ in pattern.finditer(text):
            pass


def _match(pattern, text: str, times: int = 16) -> None:
    for _ in range(times):
        pattern.match(text)


# A pattern that opens with a run of one class (spaces before a unit word, letters before a
# mark) is applied at one position (``match`` after what was found), never scanned: a scan of a
# long run with it would start again at every character of the run. For such a pattern one
# anchored match is what must stay linear; every other pattern is scanned.
OPENS_WITH_RUN = re.compile(r"^\^?(?:\\\.\?)?(?:\((?:\?:)?)?(?:\[[^\]]*\]|\\[sSw])(?:[*+]|\{\d+,\})")

# Applied only to a few dozen characters, where its quadratic match is bounded:
BOUNDED = (
    r"^[^\W\d_]*\s*(?:[^\W\d_]+\s+)?",   # numbers.heads: a change word after a figure, 40 characters
)


def pattern_growth(pattern, unit: str, runs: int) -> float:
    """Small sizes (64 and 512 characters), so that a pattern whose match costs the cube of the
    length (two unbounded runs of one class side by side) fails in a moment rather than hangs."""
    apply = _match if OPENS_WITH_RUN.match(pattern.pattern) else _scan

    def measure(size: int) -> float:
        text = repeat(unit, size)
        return cost(lambda: apply(pattern, text), runs)
    return _growth(measure, 64, FACTOR)


def test_the_sample_reaches_the_patterns_of_every_family():
    patterns = compiled_patterns(SAMPLE)
    assert len(patterns) > 200
    sources = " ".join(p.pattern for p in patterns.values())
    for word in ("killed", "mayor", "percent", "مليون", "المقبل"):   # number, name and date data of both
        assert word in sources.lower(), word


def test_every_pattern_reads_repeated_text_in_linear_time():
    """Each pattern the engine compiles (its modules' and its language data's) scans repeated
    spaces, letters, digits, marks, brackets, quotes, Arabic letters and its own words."""
    slow = []
    for pattern in compiled_patterns(SAMPLE).values():
        if pattern.pattern.startswith(BOUNDED):
            continue
        for unit in PATTERN_UNITS + literal_units(pattern.pattern):
            growth = pattern_growth(pattern, unit, runs=1)
            if growth > LIMIT:
                growth = pattern_growth(pattern, unit, runs=3)
            if growth > LIMIT:
                slow.append(f"{pattern.pattern[:120]!r} on {unit!r}: {growth * FACTOR:.0f}x")
    assert not slow, "\n".join(slow)
