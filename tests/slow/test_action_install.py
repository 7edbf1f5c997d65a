"""The composite GitHub Action with its install step: a virtual environment made in RUNNER_TEMP,
the action's own copy of the project installed into it (dependencies from the package index),
put on GITHUB_PATH, then the check run with that checker (see tests/integration/test_action.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.integration.test_action import BAD, GOOD, run_action
from tests.slow.test_pre_commit import _project_copy

pytestmark = pytest.mark.slow


def test_the_action_installs_the_checker_and_annotates(tmp_path):
    action = _project_copy(tmp_path / "action")
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "bad.txt").write_text(BAD, encoding="utf-8")
    (ws / "good.txt").write_text(GOOD, encoding="utf-8")
    # python3 of this test's environment stands for the one actions/setup-python provides
    run = run_action(ws, tmp_path, {"python-version": ""}, action_path=action, skip=(),
                     path_prefix=str(Path(sys.executable).parent))
    if run.steps.get("install") is None or "checker" not in run.steps["install"]:
        pytest.skip(f"the checker could not be installed (no package index?): {run.log[-500:]}")
    venv_checker = Path(run.steps["install"]["checker"])
    assert venv_checker.parent.parent == tmp_path / "checker-venv" and venv_checker.exists()
    assert "::warning file=bad.txt,line=1,col=9" in run.log
    assert (run.status, run.outputs["exit-code"], run.used) == ("failure", "1", [])
