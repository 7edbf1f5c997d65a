"""pytest plugin: every annotated fixture article is a test.

Installed with checker (the ``pytest11`` entry point ``checker``), it is active in every pytest
run of an environment where checker is installed, and does nothing until configured::

    [tool.pytest.ini_options]
    testpaths = ["tests", "fixtures"]     # pytest must walk the fixture directory
    checker_fixtures = ["fixtures"]       # fixture files below these directories are tests
    checker_extra_plugins = ["my_plugin"] # optional: plugin modules to load besides installed ones

Every fixture file (see :mod:`checker.testing` for the format) below a ``checker_fixtures``
directory that pytest collects becomes one test item, marked ``checker_fixture``, that runs
:func:`checker.testing.check_fixture` with one engine shared by the whole session: the exact set
of (rule, span, related spans) must be found, and nothing more. ``--checker-fixtures DIR`` adds
a directory from the command line. The session-scoped pytest fixture ``checker_engine`` is that
engine, for a plugin's own tests. Disable the plugin with ``-p no:checker``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checker.core.engine import Engine
from checker.core.manager import PluginError, import_plugin

from checker.testing import (
    ARTICLE_SUFFIXES, FixtureCase, FixtureError, FixtureMismatch, check_fixture, is_fixture, load_fixture,
)

_DIRS = pytest.StashKey[list[Path]]()
_ENGINE = pytest.StashKey[Any]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("checker_fixtures", type="paths", default=[],
                  help="directories of annotated checker fixture articles: each fixture below them "
                       "is one test (the directories must also be collected, e.g. in testpaths)")
    parser.addini("checker_extra_plugins", type="linelist", default=[],
                  help="checker plugin modules (module or module:object) to load for fixture tests, "
                       "besides the installed entry points")
    group = parser.getgroup("checker", "checker fixture articles")
    group.addoption("--checker-fixtures", action="append", default=[], metavar="DIR",
                    help="also collect the checker fixtures below DIR")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "checker_fixture: a test made from an annotated checker fixture file")
    dirs = [Path(p) for p in config.getini("checker_fixtures")]
    dirs += [Path(p).absolute() for p in config.getoption("checker_fixtures", default=[]) or []]
    for d in dirs:
        if not d.is_dir():
            raise pytest.UsageError(f"checker_fixtures: {d} is not a directory")
    config.stash[_DIRS] = [d.resolve() for d in dirs]


def pytest_report_header(config: pytest.Config) -> str | None:
    dirs = config.stash.get(_DIRS, [])
    if not dirs:
        return None
    shown = []
    for d in dirs:
        try:
            shown.append(str(d.relative_to(config.rootpath)) or ".")
        except ValueError:
            shown.append(str(d))
    return f"checker fixtures: {', '.join(shown)}"


def pytest_report_collectionfinish(config: pytest.Config, items: list[pytest.Item]) -> list[str]:
    """Warn when pytest walked the test paths and a fixture directory gave no test: it is most
    likely missing from ``testpaths``."""
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return []
    seen = {item.path.resolve() for item in items if isinstance(item, FixtureItem)}
    return [f"checker fixtures: no fixture collected from {d} (is it in testpaths?)"
            for d in config.stash.get(_DIRS, []) if not any(p.is_relative_to(d) for p in seen)]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    dirs = parent.config.stash.get(_DIRS, [])
    if not dirs or file_path.suffix not in (".toml", *ARTICLE_SUFFIXES):
        return None
    resolved = file_path.resolve()
    if not any(resolved.is_relative_to(d) for d in dirs) or not is_fixture(file_path):
        return None
    return FixtureFile.from_parent(parent, path=file_path)


def engine_for(config: pytest.Config):
    """The engine shared by a pytest session: installed plugins plus ``checker_extra_plugins``."""
    if _ENGINE not in config.stash:
        specs = config.getini("checker_extra_plugins")
        config.stash[_ENGINE] = Engine(plugins=[(spec, import_plugin(spec)) for spec in specs])
    return config.stash[_ENGINE]


@pytest.fixture(scope="session")
def checker_engine(pytestconfig: pytest.Config):
    """A :class:`checker.Engine` with the installed plugins (and ``checker_extra_plugins``), loaded
    once per session: the engine the fixture tests use."""
    return engine_for(pytestconfig)


class FixtureFile(pytest.File):
    """A fixture file: one test item."""

    def collect(self):
        # A fixture that cannot be loaded is a failing test (named "fixture"), not a collection
        # error that would stop the whole run.
        try:
            case: FixtureCase | FixtureError = load_fixture(self.path)
        except FixtureError as e:
            case = e
        name = "fixture" if isinstance(case, FixtureError) else "silent" if not case.expected else "findings"
        yield FixtureItem.from_parent(self, name=name, case=case)


class FixtureItem(pytest.Item):
    """Runs one fixture and compares the findings with the expected ones, exactly."""

    def __init__(self, *, case: FixtureCase | FixtureError, **kwargs: Any):
        super().__init__(**kwargs)
        self.case = case
        self.add_marker("checker_fixture")

    def runtest(self) -> None:
        if isinstance(self.case, FixtureError):
            raise self.case
        check_fixture(engine_for(self.config), self.case)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FixtureError):
            return f"bad checker fixture: {excinfo.value}"
        if isinstance(excinfo.value, FixtureMismatch):
            return str(excinfo.value)
        if isinstance(excinfo.value, PluginError):
            return f"checker plugins could not be loaded: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        if isinstance(self.case, FixtureError):
            return self.path, None, f"checker fixture {self.path.name} (cannot be loaded)"
        rules = sorted({x.rule for x in self.case.expected})
        what = f"expects {', '.join(rules)}" if rules else "must stay silent"
        return self.path, None, f"checker fixture {self.path.name} ({what})"
