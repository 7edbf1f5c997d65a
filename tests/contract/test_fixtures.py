"""The annotated fixtures under fixtures/ are tests of their own: the pytest plugin of the testing
kit (checker.testing.pytest_plugin) collects each one, configured by ``checker_fixtures`` in
pyproject.toml, exactly as a third-party plugin's fixtures are. These tests make sure it stays
that way: every fixture is collected, runs and passes."""

from __future__ import annotations

import tomllib

from checker.testing import discover

from tests.helpers import FIXTURES, ROOT

CASES = discover(FIXTURES)


def _ini() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["pytest"]["ini_options"]


def test_fixtures_exist():
    assert len(CASES) >= 10


def test_the_project_collects_its_fixtures_with_the_pytest_plugin():
    ini = _ini()
    assert ini["checker_fixtures"] == ["fixtures"]
    assert "fixtures" in ini["testpaths"], "pytest must walk fixtures/ for its fixtures to be collected"


def test_every_fixture_is_one_passing_test(pytester):
    """Run pytest on fixtures/ with the project's configuration: one passing item per fixture."""
    result = pytester.runpytest_inprocess(str(FIXTURES), "-c", str(ROOT / "pyproject.toml"),
                                          "--rootdir", str(ROOT), "-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=len(CASES))
    collected = pytester.runpytest_inprocess(str(FIXTURES), "-c", str(ROOT / "pyproject.toml"),
                                             "--rootdir", str(ROOT), "-p", "no:cacheprovider",
                                             "--collect-only", "-q")
    ids = {line.split("::")[0] for line in collected.stdout.lines if "::" in line}
    assert ids == {str(p.relative_to(ROOT)) for p in CASES}
