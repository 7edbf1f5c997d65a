"""Paths and helpers shared by the test tiers."""

from __future__ import annotations

import io
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
