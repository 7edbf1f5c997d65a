"""Paths and helpers shared by the test tiers."""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def run_cli(*argv: str) -> tuple[int, str, str]:
    """``checker ARGV`` in this process: (exit code, stdout, stderr)."""
    from checker.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def plugin_module(tmp_path: Path, monkeypatch, name: str, source: str):
    """Yield ``name``, an importable plugin module written from ``source`` (for ``--plugin``),
    also on the PYTHONPATH of worker processes; forgotten afterwards."""
    d = tmp_path / "plug"
    d.mkdir()
    (d / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(d))
    monkeypatch.setenv("PYTHONPATH", str(d))
    sys.modules.pop(name, None)
    yield name
    sys.modules.pop(name, None)
