"""Linear time up to 1 MB: an article of any repeated shape checks in eight times the time of
one eight times shorter (a ratio, with the default tier's slack), so that a 1 MB article of any
shape costs in proportion to an ordinary one of that length.

About ten minutes on two cores, so it runs on demand only: ``CHECKER_GROWTH_LARGE=1 pytest -m slow
tests/slow/test_growth_large.py`` (``scripts/benchmark.py --growth`` prints the same figures). The
default tier's ``tests/unit/test_growth.py`` checks every shape at 2 KB and 16 KB."""

from __future__ import annotations

import os

import pytest

from checker.core.engine import Engine
from tests.growth import SHAPES, check_cost

SMALL, FACTOR, LIMIT = 131_072, 8, 2.5

pytestmark = pytest.mark.skipif(os.environ.get("CHECKER_GROWTH_LARGE") != "1",
                                reason="on demand: set CHECKER_GROWTH_LARGE=1 (about ten minutes)")


@pytest.fixture(scope="module")
def fresh_engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_a_1_mb_article_of_one_repeated_shape_checks_in_linear_time(fresh_engine, shape):
    check_cost(fresh_engine, shape, 4_000, runs=1)
    growth = check_cost(fresh_engine, shape, SMALL * FACTOR, runs=1) / \
        max(check_cost(fresh_engine, shape, SMALL, runs=2), 1e-9) / FACTOR
    assert growth <= LIMIT, f"{shape.name}: {FACTOR}x the text (1 MB) costs {growth * FACTOR:.0f}x"
