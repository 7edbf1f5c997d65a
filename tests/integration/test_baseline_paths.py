"""Baselines keyed by the path relative to the project root, so a run from another directory
still matches; a warning when a baseline matches nothing; version 1 files still load."""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli as run

BRACKET = "The minister (who spoke for an hour said nothing new.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = tmp_path / "desk"
    (root / "articles" / "world").mkdir(parents=True)
    (root / "articles" / "world" / "a.txt").write_text(BRACKET, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_a_baseline_written_at_the_root_matches_a_run_from_a_subdirectory(project, monkeypatch):
    (project / ".git").mkdir()
    rc, _, _ = run("check", "articles", "--write-baseline", "base.json", "--no-cache")
    assert rc == 1
    assert list(json.loads((project / "base.json").read_text(encoding="utf-8"))["articles"]) == ["articles/world/a.txt"]
    monkeypatch.chdir(project / "articles" / "world")
    rc, out, err = run("check", "a.txt", "--baseline", "../../base.json", "--no-cache")
    assert (rc, out, err) == (0, "1 article; 0 findings; 1 hidden by the baseline\n", "")
    monkeypatch.chdir(project.parent)
    rc, out, err = run("check", "desk/articles/world/a.txt", "--baseline", "desk/base.json", "--no-cache")
    assert (rc, out) == (1, out) and "1 finding" in out    # outside the git tree: keyed from the cwd
    assert "records no article of this run" in err


def test_the_configuration_file_folder_is_the_root(project, monkeypatch):
    (project / "checker.toml").write_text('ignore = ["DATE"]\n', encoding="utf-8")
    monkeypatch.chdir(project / "articles")
    run("check", "world/a.txt", "--write-baseline", "../base.json", "--no-cache")
    assert list(json.loads((project / "base.json").read_text(encoding="utf-8"))["articles"]) == ["articles/world/a.txt"]
    monkeypatch.chdir(project.parent)
    rc, out, err = run("check", "desk/articles/world/a.txt", "--baseline", "desk/base.json", "--no-cache")
    assert (rc, out, err) == (0, "1 article; 0 findings; 1 hidden by the baseline\n", "")


def test_a_baseline_that_matches_nothing_warns(project):
    (project / "base.json").write_text(json.dumps({"version": 2, "tool": "checker", "articles": {
        "elsewhere/a.txt": [{"rule": "PUNCT002", "fingerprint": "x"}]}}), encoding="utf-8")
    rc, out, err = run("check", "articles", "--baseline", "base.json", "--no-cache")
    assert rc == 1 and "1 finding" in out
    assert err.startswith("checker: warning: the baseline base.json records no article of this run")


def test_a_version_1_baseline_still_loads(project):
    run("check", "articles", "--write-baseline", "new.json", "--no-cache")
    entries = json.loads((project / "new.json").read_text(encoding="utf-8"))["articles"]["articles/world/a.txt"]
    (project / "old.json").write_text(json.dumps({"version": 1, "tool": "checker", "articles": {
        "articles/world/a.txt": entries}}), encoding="utf-8")
    rc, out, err = run("check", "./articles/world/a.txt", "--baseline", "old.json", "--no-cache")
    assert (rc, out, err) == (0, "1 article; 0 findings; 1 hidden by the baseline\n", "")
