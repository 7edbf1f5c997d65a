"""The composite GitHub Action (action.yml): its `run:` steps executed here as a runner would —
bash with `-eo pipefail`, the `env:` expressions evaluated, GITHUB_WORKSPACE, GITHUB_OUTPUT,
GITHUB_PATH, GITHUB_ACTION_PATH and RUNNER_TEMP set, step outputs passed on, `if:` conditions
honoured — with the `uses:` steps recorded instead of run. Here the install step is left out (the
checker of this environment is on PATH); tests/slow/test_action_install.py runs it too."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers import ROOT

yaml = pytest.importorskip("yaml", reason="reading action.yml needs PyYAML (installed with pre-commit, the test extra)")

ACTION = ROOT / "action.yml"
BAD = "He said \u201cthe talks would resume in March.\n"
GOOD = "The talks resumed on Monday.\n"
_EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_REF = re.compile(r"\b(inputs|steps|github)\.([A-Za-z0-9_.-]+)")


@dataclass
class Run:
    status: str = "success"
    steps: dict[str, dict[str, str]] = field(default_factory=dict)
    used: list[tuple[str, dict]] = field(default_factory=list)
    log: str = ""
    outputs: dict[str, str] = field(default_factory=dict)


def _lookup(ctx: dict, scope: str, path: str) -> str:
    if scope == "inputs":
        return ctx["inputs"].get(path, "")
    if scope == "github":
        return {"action_path": str(ctx["action_path"])}.get(path, "")
    step, _, rest = path.partition(".outputs.")
    return ctx["steps"].get(step, {}).get(rest, "")


def evaluate(expr: str, ctx: dict):
    """A GitHub expression of the few forms action.yml uses: references, string literals, ==, !=,
    &&, ||, !, always()."""
    py = _REF.sub(lambda m: repr(_lookup(ctx, m.group(1), m.group(2))), expr)
    py = py.replace("always()", "True").replace("&&", " and ").replace("||", " or ")
    py = re.sub(r"!(?!=)", " not ", py)
    return eval(py, {"__builtins__": {}}, {})  # noqa: S307 - the action's own expressions only


def substitute(value: str, ctx: dict) -> str:
    return _EXPR.sub(lambda m: str(evaluate(m.group(1), ctx)), str(value))


def run_action(workspace: Path, tmp: Path, inputs: dict[str, str], *, action_path: Path = ROOT,
               skip: tuple[str, ...] = ("install",), path_prefix: str | None = None) -> Run:
    """Run the action's steps in ``workspace`` as a runner would; ``skip``: ids of run steps left out."""
    spec = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    defaults = {k: str(v.get("default", "")) for k, v in spec["inputs"].items()}
    ctx = {"inputs": {**defaults, **inputs}, "steps": {}, "action_path": action_path}
    run = Run(steps=ctx["steps"])
    github_path = tmp / "github_path"
    github_path.write_text("")
    path = os.environ["PATH"] if path_prefix is None else f"{path_prefix}{os.pathsep}{os.environ['PATH']}"
    for n, step in enumerate(spec["runs"]["steps"]):
        cond = step.get("if")
        if cond is not None:
            ok = evaluate(cond, ctx) and (run.status == "success" or "always()" in cond)
        else:
            ok = run.status == "success"
        if not ok or step.get("id") in skip:
            continue
        if "uses" in step:
            run.used.append((step["uses"], {k: substitute(v, ctx) for k, v in step.get("with", {}).items()}))
            continue
        assert step["shell"] == "bash"
        out_file = tmp / f"output-{n}"
        out_file.write_text("")
        env = {**os.environ, "PATH": path, "GITHUB_WORKSPACE": str(workspace), "GITHUB_OUTPUT": str(out_file),
               "GITHUB_PATH": str(github_path), "GITHUB_ACTION_PATH": str(action_path), "RUNNER_TEMP": str(tmp),
               **{k: substitute(v, ctx) for k, v in step.get("env", {}).items()}}
        script = tmp / f"step-{n}.sh"
        script.write_text(step["run"])
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                              env=env, capture_output=True, text=True, timeout=900)
        run.log += done.stdout + done.stderr
        if step.get("id"):
            ctx["steps"][step["id"]] = dict(line.split("=", 1) for line in out_file.read_text().splitlines() if "=" in line)
        added = [p for p in github_path.read_text().splitlines() if p]
        if added:
            path = os.pathsep.join([*reversed(added), os.environ["PATH"]])
        if done.returncode != 0:
            run.status = "failure"
    run.outputs = {k: substitute(v["value"], ctx) for k, v in spec["outputs"].items()}
    return run


@pytest.fixture
def workspace(tmp_path):
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    (ws / "articles" / "bad.txt").write_text(BAD, encoding="utf-8")
    (ws / "articles" / "good.txt").write_text(GOOD, encoding="utf-8")
    return ws


BIN = str(Path(sys.executable).parent)


def test_annotations_mode_annotates_and_fails(workspace, tmp_path):
    run = run_action(workspace, tmp_path, {"paths": "articles"}, path_prefix=BIN)
    assert "::warning file=articles/bad.txt,line=1,col=9,endLine=1,endColumn=10,title=PUNCT001 " \
           "unbalanced-quotation::" in run.log
    assert "good.txt" not in run.log
    assert (run.status, run.outputs["exit-code"]) == ("failure", "1")
    assert run.used == [("actions/setup-python@v5", {"python-version": "3.12"})]   # no upload
    assert "checker found inconsistencies (exit status 1)" in run.log


def test_findings_need_not_fail_the_job(workspace, tmp_path):
    run = run_action(workspace, tmp_path, {"paths": "articles", "fail": "false"}, path_prefix=BIN)
    assert (run.status, run.outputs["exit-code"]) == ("success", "1")
    quiet = run_action(workspace, tmp_path, {"paths": "articles/good.txt"}, path_prefix=BIN)
    assert (quiet.status, quiet.outputs["exit-code"]) == ("success", "0")


def test_sarif_mode_writes_the_report_and_uploads_it(workspace, tmp_path):
    run = run_action(workspace, tmp_path, {"paths": "articles", "mode": "sarif", "args": "--select PUNCT"},
                     path_prefix=BIN)
    assert run.used[1:] == [("github/codeql-action/upload-sarif@v3", {"sarif_file": "checker.sarif", "category": "checker"})]
    sarif = json.loads((workspace / "checker.sarif").read_text(encoding="utf-8"))
    [result] = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert (result["ruleId"], location["artifactLocation"]["uri"], location["region"]["startLine"]) == \
        ("PUNCT001", "articles/bad.txt", 1)
    assert (run.status, run.outputs) == ("failure", {"exit-code": "1", "sarif-file": "checker.sarif"})
    lenient = run_action(workspace, tmp_path, {"paths": "articles", "mode": "sarif", "fail-on": "error"},
                         path_prefix=BIN)
    assert (lenient.status, lenient.outputs["exit-code"], len(lenient.used)) == ("success", "0", 2)


def test_an_item_that_cannot_be_checked_fails_even_without_fail(workspace, tmp_path):
    (workspace / "articles" / "broken.txt").write_bytes(b"\xc3\x28 not UTF-8")
    run = run_action(workspace, tmp_path, {"paths": "articles/broken.txt", "fail": "false"}, path_prefix=BIN)
    assert (run.status, run.outputs["exit-code"]) == ("failure", "2")


def test_a_bad_mode_is_refused(workspace, tmp_path):
    run = run_action(workspace, tmp_path, {"mode": "xml"}, path_prefix=BIN)
    assert run.status == "failure" and "mode must be annotations or sarif" in run.log


def test_expressions_reach_scripts_only_through_env():
    """No `${{ }}` inside a `run:` script: an input holding shell syntax cannot run as code."""
    spec = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    scripts = [s["run"] for s in spec["runs"]["steps"] if "run" in s]
    assert scripts and not any("${{" in s for s in scripts)


def test_an_input_with_shell_syntax_is_only_data(workspace, tmp_path):
    marker = tmp_path / "pwned"
    run = run_action(workspace, tmp_path, {"paths": f"articles/good.txt; touch {marker}", "fail": "false"},
                     path_prefix=BIN)
    assert not marker.exists() and run.outputs["exit-code"] == "2"   # "articles/good.txt;" is not found
