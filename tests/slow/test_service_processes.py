"""The service with real worker processes: a pool of two spawned workers gives the results of the
command line, and ``checker serve`` run as a command listens on the loopback interface."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
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


# --- signals: no worker outlives the server ----------------------------------------------------

def children(pid: int) -> set[int]:
    """The child processes of ``pid`` (Linux)."""
    out: set[int] = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
            out |= {int(p) for p in f.read().split()}
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def serve_with_a_runaway_check(tmp_path):
    """``checker serve`` with two workers and a rule looping for ever on LOOPME, one such check in
    flight; the server process, its children, the thread waiting for the check's answer and the
    list it puts the answer's status in."""
    from tests.integration.test_service_workers import LOOP, LOOP_PLUGIN, PLUGIN

    (tmp_path / f"{PLUGIN}.py").write_text(LOOP_PLUGIN, encoding="utf-8")
    (tmp_path / "checker.toml").write_text("[serve]\ntime-limit = 60\n", encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", str(port), "--workers", "2",
                             "--plugin", PLUGIN], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "CHECKER_API_KEYS": "", "PYTHONPATH": str(tmp_path)})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the server did not start in 60 s"
        try:
            if httpx.get(f"{url}/healthz", timeout=2).json()["load"]["ready"] == 2:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    kids = children(proc.pid)
    answer: list = []
    waiter = threading.Thread(target=lambda: answer.append(_post(url, LOOP)), daemon=True)
    waiter.start()
    while httpx.get(f"{url}/healthz", timeout=2).json()["load"]["busy"] != 1:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return proc, kids, waiter, answer


def _post(url: str, text: str):
    try:
        return httpx.post(f"{url}/v1/check", json={"text": text}, timeout=30).status_code
    except httpx.TransportError as e:
        return type(e).__name__


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_no_worker_outlives_the_server(tmp_path, sig):
    proc, kids, waiter, answer = serve_with_a_runaway_check(tmp_path)
    assert len(kids) >= 2   # the two workers (and multiprocessing's resource tracker)
    t = time.monotonic()
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    # a graceful stop waits up to 5 s for the check in flight, then ends it
    assert time.monotonic() - t < 15
    deadline = time.monotonic() + 5
    while any(alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [k for k in kids if alive(k)]
    text = err.decode()
    assert "leaked" not in text and "Traceback" not in text, text
    # uvicorn stops cleanly, then ends by the signal it was sent (SIGINT: the command's "interrupted")
    expected = {signal.SIGTERM: (0, -signal.SIGTERM), signal.SIGINT: (2,), signal.SIGKILL: (-signal.SIGKILL,)}
    assert proc.returncode in expected[sig], text
    if sig != signal.SIGKILL:
        assert "Application shutdown complete." in text and "Cancel" not in text, text
    waiter.join(timeout=5)
    if sig != signal.SIGKILL:   # the check in flight was answered, not cut off
        assert answer == [503]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and /proc")
def test_ctrl_c_in_a_terminal_leaves_no_leaked_semaphore(tmp_path):
    """Ctrl-C reaches the server and every worker at once (the terminal signals the whole
    process group); the shutdown still ends cleanly, with no resource tracker warning."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", str(port), "--workers", "2"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "CHECKER_API_KEYS": ""})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            assert proc.poll() is None and time.monotonic() < deadline
            try:
                if httpx.get(f"{url}/healthz", timeout=2).json()["load"]["ready"] == 2:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        assert _post(url, "The minister (who spoke for an hour.") == 200
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = err.decode()
    assert "leaked semaphore" not in text and "resource_tracker" not in text and "Traceback" not in text, text
    assert "Application shutdown complete." in text, text
