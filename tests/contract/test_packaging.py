"""The wheel ships every module and data file: pyproject.toml lists packages by hand (the built-in
families live in plugins/ but install as checker_plugins), so a new folder must be listed there.
An editable install would hide a missing one; a wheel would not."""

from __future__ import annotations

import os
import tomllib

from tests.helpers import ROOT


def _folders_with_code_or_data() -> set[str]:
    found = set()
    for top, package in (("checker", "checker"), ("plugins", "checker_plugins")):
        for folder, dirs, files in os.walk(ROOT / top):
            dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
            if any(f.endswith((".py", ".toml")) for f in files):
                rel = os.path.relpath(folder, ROOT / top)
                found.add(package if rel == "." else f"{package}.{rel.replace(os.sep, '.')}")
    return found


def test_every_folder_with_modules_or_data_is_a_listed_package():
    with open(ROOT / "pyproject.toml", "rb") as f:
        listed = set(tomllib.load(f)["tool"]["setuptools"]["packages"])
    folders = _folders_with_code_or_data()
    assert sorted(folders - listed) == [], "folders missing from [tool.setuptools] packages"
    assert sorted(listed - folders) == [], "packages listed with no folder"


def _pyproject(path) -> dict:
    with open(path, "rb") as f:
        return tomllib.load(f)


def test_the_distribution_name_is_newscheck_and_the_command_checker():
    project = _pyproject(ROOT / "pyproject.toml")["project"]
    assert project["name"] == "newscheck"
    assert project["scripts"] == {"checker": "checker.cli:main"}
    # extras that pull other extras name the distribution, not the import package
    for extra in project["optional-dependencies"].values():
        assert not [r for r in extra if r.startswith("checker[")], extra
    assert "newscheck[serve]" in project["optional-dependencies"]["test"]
    # dateparser serves the benchmark only: never a runtime dependency
    assert not [r for r in project["dependencies"] if r.startswith("dateparser")]
    assert [r for r in project["optional-dependencies"]["bench"] if r.startswith("dateparser")]
    example = _pyproject(ROOT / "examples" / "checker-french" / "pyproject.toml")["project"]
    assert [r for r in example["dependencies"] if r.startswith("newscheck")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install newscheck" in readme and "pip install 'checker[" not in readme


def test_make_example_installs_the_runtime_only_and_make_test_the_test_stack(tmp_path):
    import shutil
    import subprocess

    make = shutil.which("make")
    if make is None:
        import pytest
        pytest.skip("no make on this machine")

    def commands(target):
        p = subprocess.run([make, "-n", "-B", target, f"VENV={tmp_path / 'v'}"], cwd=ROOT,
                           capture_output=True, text=True, check=True)
        return [line for line in p.stdout.splitlines() if "pip install" in line and "--upgrade pip" not in line]

    assert [c.rsplit("pip install", 1)[1].split() for c in commands("example")] == [["--quiet", "-e", "."]]
    test = commands("test")
    assert test[0].endswith("-e .") and test[-1].endswith("-e '.[test,test-batch,bench]'")
