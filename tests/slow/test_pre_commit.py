"""The pre-commit hooks of .pre-commit-hooks.yaml, run by `pre-commit try-repo` on a sample
repository: pre-commit builds the hook's environment from a copy of this project (its
`language: python` installs the project, its dependencies coming from the package index)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow

BAD = "He said \u201cthe talks would resume in March.\n"
GOOD = "The talks resumed on Monday.\n"
RESIDUE = "The talks resumed on Monday.\n\nShare this article\n"


def _pre_commit() -> list[str]:
    exe = Path(sys.executable).with_name("pre-commit")
    if not exe.exists():
        pytest.skip("pre-commit is not installed (the test extra)")
    return [str(exe)]


def _git(cwd: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def _project_copy(dest: Path) -> Path:
    """This project's files (tracked and new, not ignored) committed in a repository of their own:
    what `pre-commit try-repo` installs, whatever the state of the working tree."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = ROOT / name
        if src.is_file() and not name.startswith(("tests/", "docs/")):
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-qm", "snapshot")
    return dest


@pytest.fixture(scope="module")
def repos(tmp_path_factory):
    base = tmp_path_factory.mktemp("pre-commit")
    project = _project_copy(base / "project")
    sample = base / "sample"
    sample.mkdir()
    (sample / "bad.txt").write_text(BAD, encoding="utf-8")
    (sample / "good.txt").write_text(GOOD, encoding="utf-8")
    (sample / "residue.txt").write_text(RESIDUE, encoding="utf-8")
    (sample / "notes.py").write_text("x = '\u201c'\n", encoding="utf-8")   # not an article: not passed
    _git(sample, "init", "-q")
    _git(sample, "add", "-A")
    _git(sample, "commit", "-qm", "articles")
    return project, sample, base / "home"


def try_repo(repos, hook: str, *files: str) -> subprocess.CompletedProcess:
    project, sample, home = repos
    which = ["--files", *files] if files else ["--all-files"]
    out = subprocess.run([*_pre_commit(), "try-repo", str(project), hook, *which, "--verbose"], cwd=sample,
                         capture_output=True, text=True, timeout=900,
                         env={**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"})
    if "An unexpected error has occurred" in out.stdout + out.stderr and "pip" in out.stdout + out.stderr:
        pytest.skip("pre-commit could not install the hook's environment (no package index?)")
    return out


def test_the_hook_fails_on_an_inconsistent_article_and_names_it(repos):
    out = try_repo(repos, "checker")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "bad.txt:1:9: warning PUNCT001" in out.stdout
    assert "residue.txt:3:1: warning RESIDUE001" in out.stdout
    assert "good.txt:" not in out.stdout and "notes.py" not in out.stdout


def test_the_hook_passes_on_consistent_articles(repos):
    out = try_repo(repos, "checker", "good.txt", "notes.py")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Passed" in out.stdout


def test_the_fix_hook_applies_safe_fixes(repos):
    _, sample, _ = repos
    out = try_repo(repos, "checker-fix", "residue.txt")
    assert out.returncode == 1   # it changed a file, so the commit stops for a look
    assert "Share this article" not in (sample / "residue.txt").read_text(encoding="utf-8")
    assert try_repo(repos, "checker-fix", "residue.txt").returncode == 0
