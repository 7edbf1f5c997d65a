"""Walking directories: ``exclude`` (configuration and command line) and ``.gitignore`` files;
``--exit-zero``; ``--only-findings``."""

from __future__ import annotations

import json

import pytest

from checker.io.walk import Ignore, walk
from tests.helpers import run_cli as run

BRACKET = "The minister (who spoke for an hour said nothing new.\n"
CLEAN = "The council met on Tuesday.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for rel in ("news/a.txt", "news/drafts/b.txt", "news/old/c.txt", "news/old/keep.txt", "build/d.txt", "e.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(BRACKET, encoding="utf-8")
    return tmp_path


def names(root, ignore):
    return [p.relative_to(root).as_posix() for p in walk(root, {".txt", ".md"}, ignore)]


def test_gitignore_files_of_the_tree_and_above_it(tree):
    (tree / ".git").mkdir()
    (tree / ".gitignore").write_text("build/\n*.md\n", encoding="utf-8")
    (tree / "news" / ".gitignore").write_text("old/*\n!old/keep.txt\ndrafts\n", encoding="utf-8")
    assert names(tree, Ignore(tree)) == ["news/a.txt", "news/old/keep.txt"]
    # the walk starts below the .gitignore at the root of the work tree: it still applies
    assert [p.name for p in walk(tree / "news", {".txt"}, Ignore(tree))] == ["a.txt", "keep.txt"]
    assert len(names(tree, Ignore(tree, gitignore=False))) == 6


def test_a_file_under_an_ignored_folder_is_not_included_again(tree):
    (tree / ".gitignore").write_text("news/old\n!keep.txt\n", encoding="utf-8")
    assert "news/old/keep.txt" not in names(tree, Ignore(tree))


def test_exclude_patterns_are_relative_to_the_project_root(tree):
    assert names(tree, Ignore(tree, ["drafts/", "/news/old/c.txt", "*.md"])) == [
        "build/d.txt", "news/a.txt", "news/old/keep.txt"]


def test_exclude_from_config_and_command_line(tree):
    (tree / "checker.toml").write_text('exclude = ["old/"]\n', encoding="utf-8")
    rc, out, _ = run("check", ".", "--no-cache", "--exclude", "build", "--exclude", "drafts/")
    assert out.count(": warning PUNCT002") == 2 and "old/" not in out and "build/" not in out
    (tree / ".gitignore").write_text("news/\n", encoding="utf-8")
    rc, out, _ = run("check", ".", "--no-cache")
    assert "news/" not in out and out.endswith("2 articles; 2 findings; 2 warning\n")
    rc, out, _ = run("check", ".", "--no-cache", "--no-respect-gitignore")
    assert out.endswith("4 articles; 4 findings; 4 warning\n")
    rc, out, _ = run("check", "news/old/c.txt", "--no-cache")   # a file named is never left out
    assert out.endswith("1 article; 1 finding; 1 warning\n")


def test_exit_zero(tree):
    assert run("check", "news/a.txt", "--no-cache")[0] == 1
    assert run("check", "news/a.txt", "--no-cache", "--exit-zero")[0] == 0
    assert run("check", "missing.txt", "--no-cache", "--exit-zero")[0] == 2


def test_only_findings_lists_only_articles_with_findings(tree):
    (tree / "news" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    rc, out, _ = run("check", "news/a.txt", "news/clean.txt", "--no-cache", "--format", "json", "--only-findings")
    report = json.loads(out)
    assert [a["id"] for a in report["articles"]] == ["news/a.txt"] and report["summary"]["articles"] == 2
    (tree / "checker.toml").write_text("only-findings = true\n", encoding="utf-8")
    rc, out, _ = run("check", "news/a.txt", "news/clean.txt", "--no-cache", "--format", "html")
    assert "news/a.txt" in out and "news/clean.txt" not in out and "2 articles" in out
    rc, out, _ = run("check", "news/clean.txt", "--no-cache", "--format", "json", "--no-config")
    assert [a["id"] for a in json.loads(out)["articles"]] == ["news/clean.txt"]
