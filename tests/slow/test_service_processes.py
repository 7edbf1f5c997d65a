"""The service with real worker processes: a pool of two spawned workers gives the results of the
command line, and ``checker serve`` run as a command listens on the loopback interface."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import warnings

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")
pytest.importorskip("uvicorn", reason="the service needs the 'serve' extra")

import httpx  # noqa: E402
with warnings.catch_warnings():  # Starlette's test client asks for a renamed httpx; this one works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient  # noqa: E402

from checker.core.engine import Engine  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402
from tests.integration.test_service import BUDGET, PAIR, SEED, cli_json  # noqa: E402


def test_process_pool_gives_the_same_results():
    with TestClient(create_app(Engine(), ServeSettings(workers=2))) as c:
        svc = c.app.state.service
        assert svc.workers == 2
        res = c.post("/v1/check", json={"text": SEED}).json()
        expected = cli_json(SEED)["articles"][0]
        assert res["findings"] == expected["findings"]
        batch = c.post("/v1/check/batch", json={"articles": [{"text": t} for t in (SEED, BUDGET, SEED)],
                                                "options": {"select": ["DATE"]}}).json()
        assert [a["id"] for a in batch["articles"]] == ["1", "2", "3"]
        assert batch["articles"][0]["findings"] == batch["articles"][2]["findings"]
        assert all(f["rule"].startswith("DATE") for a in batch["articles"] for f in a["findings"])
        pids = {w.proc.pid for w in svc.pool.workers}
        assert len(pids) == 2 and os.getpid() not in pids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_checker_serve_listens_on_loopback(tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", str(port), "--workers", "1",
                             "--no-config"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "CHECKER_API_KEYS": ""})
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "the server did not start in 30 s"
                time.sleep(0.1)
        assert r.json()["workers"] == 1
        res = httpx.post(f"http://127.0.0.1:{port}/v1/check", json={"text": SEED}, timeout=10).json()
        assert PAIR in [f["span"]["text"] for f in res["findings"]]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    text = err.decode()
    assert f"http://127.0.0.1:{port}/" in text and "1 check worker" in text
