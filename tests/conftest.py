"""Fixtures shared by every tier. Tests under tests/slow are marked `slow`: the default loop
(`pytest`, whose `-m 'not slow'` leaves them out) does not even import them, `-m slow` runs them
alone, `make test` (`-m ""`) runs everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.core.engine import Engine

SLOW = Path(__file__).resolve().parent / "slow"


def pytest_ignore_collect(collection_path, config):
    """With the default `-m 'not slow'`, do not collect tests/slow at all: importing those modules
    (the OpenAPI fuzz builds the application, the browser and Dask tests import their stacks)
    would cost more than every other test's collection."""
    if config.getoption("markexpr", "").replace(" ", "") == "notslow" and \
            (collection_path == SLOW or SLOW in collection_path.parents):
        return True
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def _derived_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("checker-derived")


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory, monkeypatch, _derived_dir):
    """`checker check` caches results by default: every test gets an empty cache of its own,
    never the user's. Derived data (parsed language data, compiled patterns: see
    checker.language.derived) is shared by the tests of a session, in a folder of its own."""
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path_factory.mktemp("checker-cache")))
    monkeypatch.setenv("CHECKER_DERIVED_CACHE", str(_derived_dir))


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()
