"""The worked third-party plugin, examples/checker-french, installed for real: a fresh virtual
environment gets checker and then the example package with pip, exactly as a user would, and the
installed ``checker`` command must discover, list, explain, configure and report its rule like
the built-in ones; the example's own test suite (the testing kit) must pass there too.

Slow-ish (a virtual environment and two package builds, well under two minutes). Skipped, with
the reason, only when pip cannot reach a package index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow

EXAMPLE = ROOT / "examples" / "checker-french"
_IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__", ".pytest_cache",
                                 ".hypothesis", "dist")
_OFFLINE = ("Could not find a version that satisfies", "No matching distribution found",
            "Failed to establish a new connection", "Temporary failure in name resolution",
            "Network is unreachable", "NewConnectionError", "ProxyError", "ConnectTimeout", "ReadTimeout")

ARTICLE = """Conseil municipal : le budget adopté

La séance, prévue le 31 avril (puis reportée, a finalement eu lieu lundi.
Le décret du 29 février 2023 reste en vigueur jusqu'au 1er juin.
"""


def _run(args, cwd=None, timeout=300):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env)


class Env:
    def __init__(self, root: Path):
        self.root = root
        self.bin = root / "venv" / "bin"
        self.work = root / "work"

    def checker(self, *args, cwd=None):
        return _run([self.bin / "checker", *args], cwd=cwd or self.work)


def _pip_install(python: Path, target: Path, scratch: Path) -> None:
    p = _run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", target])
    if p.returncode == 0:
        return
    # Failed: is it the package index that cannot be reached, or the package that is broken?
    probe = _run([python, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", scratch, "pluggy"])
    if probe.returncode != 0 and any(s in probe.stderr + probe.stdout for s in _OFFLINE):
        pytest.skip(f"pip cannot reach a package index: {probe.stderr.strip().splitlines()[-1:]}")
    pytest.fail(f"pip install {target.name} failed:\n{p.stdout}\n{p.stderr}")


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> Env:
    root = tmp_path_factory.mktemp("fresh")
    e = Env(root)
    # Copies, so that building the packages leaves nothing in the project's tree.
    project = shutil.copytree(ROOT, root / "checker", ignore=shutil.ignore_patterns(
        "examples", ".venv", ".git", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    example = shutil.copytree(EXAMPLE, root / "checker-french", ignore=_IGNORE)
    p = _run([sys.executable, "-m", "venv", root / "venv"])
    assert p.returncode == 0, p.stderr
    python = e.bin / "python"
    e.work.mkdir()
    (e.work / "article.txt").write_text(ARTICLE, encoding="utf-8")
    _pip_install(python, project, root)
    # Before the plugin: French is not a known language.
    e.before = e.checker("check", "article.txt", "--lang", "fr")
    _pip_install(python, Path(f"{example}[test]"), root)
    e.example = example
    return e


def test_without_the_plugin_french_is_unknown(env):
    assert env.before.returncode == 2
    assert "unknown language 'fr' (available: ar, en)" in env.before.stderr


def test_the_plugin_is_discovered_with_its_version_and_registrations(env):
    p = env.checker("plugins", "--format", "json")
    assert p.returncode == 0, p.stderr
    infos = {i["name"]: i for i in json.loads(p.stdout)}
    assert infos["french"] == {"name": "french", "module": "checker_french", "distribution": "checker-french",
                               "version": "0.1.0", "rules": ["FR001"], "extractors": [], "reporters": [],
                               "language_data": ["french:fr/calendar.toml"]}
    assert {"checker.core", "dates", "punctuation", "residue"} <= set(infos)
    p = env.checker("plugins")
    assert "french 0.1.0 (checker_french)\n    rules: FR001\n    language data: french:fr/calendar.toml\n" in p.stdout


def test_the_rule_is_listed_and_explained(env):
    p = env.checker("rules")
    assert p.returncode == 0, p.stderr
    line = next(line for line in p.stdout.splitlines() if line.startswith("FR001"))
    assert line.split()[1:4] == ["impossible-day-of-month", "error", "[fr]"]
    assert line.endswith("(french)")
    rules = {r["id"]: r for r in json.loads(env.checker("rules", "--format", "json").stdout)}
    assert rules["FR001"]["options"] == {"year_aware": True}
    assert "## FR001 impossible-day-of-month" in env.checker("rules", "--format", "markdown").stdout
    p = env.checker("explain", "FR001")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("FR001 impossible-day-of-month\n\nSeverity: error    Languages: fr    Plugin: french\n")
    for section in ("What it flags", "Why it matters", "Example", "Not flagged", "Options"):
        assert f"\n## {section}\n" in p.stdout
    assert "- [fr] fires: La réunion aura lieu le 31 avril à Lyon.\n" in p.stdout


def test_findings_are_reported_like_the_builtins(env):
    p = env.checker("check", "article.txt", "--lang", "fr")
    assert p.returncode == 1, p.stderr
    assert "article.txt:3:22: error FR001 [impossible-day-of-month]" in p.stdout
    assert "article.txt:3:31: warning PUNCT002 [unbalanced-bracket]" in p.stdout
    report = json.loads(env.checker("check", "article.txt", "--lang", "fr", "--format", "json").stdout)
    findings = report["articles"][0]["findings"]
    assert [(f["rule"], f["plugin"], f["severity"], f["span"]["text"], f["span"]["line"]) for f in findings] == [
        ("FR001", "french", "error", "31 avril", 3),
        ("PUNCT002", "punctuation", "warning", "(", 3),
        ("FR001", "french", "error", "29 février", 4)]
    assert findings[0]["message"] == "'31 avril' does not exist: April has 30 days."
    assert findings[2]["message_id"] == "not-leap"
    assert [r["span"]["text"] for r in findings[2]["related"]] == ["février", "2023"]
    assert report["summary"]["by_rule"]["FR001"] == 2


def test_select_ignore_and_checker_toml(env):
    def rules(*args, cwd=None):
        p = env.checker("check", "article.txt", "--format", "json", *args, cwd=cwd)
        assert p.returncode in (0, 1), p.stderr
        arts = json.loads(p.stdout)["articles"]
        return p.returncode, [(f["rule"], f["severity"]) for f in arts[0]["findings"]]

    assert rules("--lang", "fr", "--select", "FR001")[1] == [("FR001", "error"), ("FR001", "error")]
    assert rules("--lang", "fr", "--select", "FR")[1] == [("FR001", "error"), ("FR001", "error")]
    assert rules("--lang", "fr", "--ignore", "FR001")[1] == [("PUNCT002", "warning")]
    conf = env.work / "conf"
    conf.mkdir()
    shutil.copy(env.work / "article.txt", conf / "article.txt")
    (conf / "checker.toml").write_text(
        'lang = "fr"\nfail-on = "error"\nignore = ["PUNCT"]\n\n[severity]\nFR001 = "warning"\n\n'
        '[options.FR001]\nyear_aware = false\n', encoding="utf-8")
    assert rules(cwd=conf) == (0, [("FR001", "warning")])
    (conf / "checker.toml").write_text('lang = "fr"\n[options.FR001]\nyear_awar = false\n', encoding="utf-8")
    p = env.checker("check", "article.txt", cwd=conf)
    assert p.returncode == 2
    assert "has unknown option 'year_awar' (known: year_aware)" in p.stderr


def test_the_example_test_suite_passes_with_the_testing_kit(env):
    p = _run([env.bin / "python", "-m", "pytest", "-p", "no:cacheprovider", "-rA"], cwd=env.example)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "checker fixtures: fixtures" in p.stdout
    for fixture in ("fixtures/FR001/impossible-days-fr.toml::findings", "fixtures/FR001/leap-years-fr.toml::findings",
                    "fixtures/FR001/silent-fr.toml::silent", "fixtures/articles/conseil-municipal.txt::findings"):
        assert f"PASSED {fixture}" in p.stdout
