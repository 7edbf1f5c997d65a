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
