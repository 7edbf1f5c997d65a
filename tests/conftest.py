from __future__ import annotations

import io
from pathlib import Path

import pytest

from checker.core.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory, monkeypatch):
    """`checker check` caches results by default: every test gets an empty cache of its own,
    never the user's."""
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path_factory.mktemp("checker-cache")))


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


def run_cli(*argv: str) -> tuple[int, str, str]:
    """``checker ARGV`` in this process: (exit code, stdout, stderr)."""
    from checker.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()
