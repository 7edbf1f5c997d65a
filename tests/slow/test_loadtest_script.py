"""scripts/loadtest.py: a bounded load test on loopback that prints requests/s and latency
percentiles (run here with a handful of requests; no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import ROOT

pytest.importorskip("uvicorn", reason="the service needs the 'serve' extra")
SCRIPT = ROOT / "scripts" / "loadtest.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def test_loadtest_starts_a_server_measures_and_stops_it():
    p = run("--requests", "12", "--concurrency", "3", "--workers", "1", "--warmup", "1", "--json")
    assert p.returncode == 0, p.stderr
    figures = json.loads(p.stdout)
    assert (figures["ok"], figures["failed"], figures["server_workers"]) == (12, 0, 1)
    assert figures["requests_per_second"] > 0
    assert 0 < figures["latency_ms"]["p50"] <= figures["latency_ms"]["p95"] <= figures["latency_ms"]["max"]
    assert figures["article"] == "seed-ar-sharaa.txt"


def test_loadtest_text_output():
    p = run("--requests", "4", "--concurrency", "2", "--workers", "0", "--warmup", "0")
    assert p.returncode == 0, p.stderr
    assert "requests/s" in p.stdout and "p95" in p.stdout


@pytest.mark.parametrize("url", ["http://10.0.0.1:8080", "http://example.com", "http://192.168.1.2"])
def test_loadtest_refuses_anything_but_loopback(url):
    p = run("--url", url, "--requests", "1")
    assert p.returncode == 2 and "not a loopback address" in p.stderr
