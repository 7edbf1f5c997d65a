"""Every annotated fixture: the exact set of (rule, span, related spans) and nothing more."""

from __future__ import annotations

import pytest

from checker.testing import check_fixture, discover, load_fixture

from .conftest import FIXTURES

CASES = discover(FIXTURES)


def test_fixtures_exist():
    assert len(CASES) >= 10


@pytest.mark.parametrize("path", CASES, ids=[str(p.relative_to(FIXTURES)) for p in CASES])
def test_fixture(engine, path):
    check_fixture(engine, load_fixture(path))
