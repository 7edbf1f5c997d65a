"""Signals and batch workers: the article in flight when SIGTERM or Ctrl-C stops a run is reported
as interrupted in its place (JSON Lines output keeps no hole), and SIGKILL of ``checker check``
leaves no worker process behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from checker.core.models import Article
from checker.run.batch import Batch
from tests.helpers import plugin_module

PLUGIN = '''
import time

from checker import hookimpl, rule


@rule(id="HANG001", name="hangs", severity="info", languages=["*"], summary="Hangs on HANGNOW.",
      messages={"m": "m"})
def hang(ctx):
    """Sleeps long on HANGNOW, spins forever on SPINNOW."""
    if "HANGNOW" in ctx.text:
        time.sleep(60)
    if "SPINNOW" in ctx.text:
        while True:
            pass


@hookimpl
def checker_register_rules():
    return [hang]
'''

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    yield from plugin_module(tmp_path, monkeypatch, "hang_rules", PLUGIN)


def _corpus(path: Path, texts: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")


def _start(corpus: Path, plugin: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "checker", "check", str(corpus), "--plugin", plugin,
                             "--no-cache", *extra], env=dict(os.environ), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(cond, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_the_article_in_flight_is_reported_interrupted_and_jsonl_keeps_no_hole(tmp_path, plugin, sig, code):
    corpus = tmp_path / "feed.jsonl"
    texts = ["Calm news."] * 3 + ["HANGNOW here."] + ["More calm news."] * 12
    _corpus(corpus, texts)
    out = tmp_path / "out.jsonl"
    proc = _start(corpus, plugin, "--format", "jsonl", "--output", str(out), "--jobs", "2", "--timeout", "0")
    try:
        # a0-a2 written, a3 hangs, the other worker finishes a4-a15 (held back for input order)
        assert _wait_for(lambda: out.exists() and out.read_text(encoding="utf-8").count("\n") >= 3)
        time.sleep(3)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code, err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in rows]
    assert ids == [f"a{i}" for i in range(len(ids))] and len(ids) >= 5
    assert [e["code"] for e in rows[3]["errors"]] == ["interrupted"]
    assert rows[3]["errors"][0]["message"] == (f"the run was stopped by {sig.name} while this article was "
                                               "checked; it has no findings")
    assert all(r["errors"] == [] for r in rows[:3] + rows[4:] if r["id"] != "a3")


def test_an_interrupted_in_process_check_is_reported(engine):
    batch = Batch(engine, jobs=1, in_process=True, handle_signals=False)

    def items():
        yield Article(id="first", text="Calm news.")
        yield Article(id="second", text="More calm news.")
        batch.stop_signal = signal.SIGINT   # as the handler sets it while the next check runs
        yield Article(id="third", text="Even more calm news.")

    results = list(batch.results(items()))
    assert [(r.id, [e.code for e in r.errors]) for r in results] == [
        ("first", []), ("second", []), ("third", ["interrupted"])]


@linux_only
def test_sigkill_of_checker_leaves_no_worker_behind(tmp_path, plugin):
    corpus = tmp_path / "feed.jsonl"
    _corpus(corpus, ["SPINNOW one.", "SPINNOW two.", "SPINNOW three."])
    proc = _start(corpus, plugin, "--format", "jsonl", "--jobs", "2", "--timeout", "0")
    workers: list[int] = []
    try:
        assert _wait_for(lambda: len(_children(proc.pid)) >= 2)
        workers = _children(proc.pid)
        time.sleep(0.5)
        proc.kill()
        proc.wait()
        assert _wait_for(lambda: not any(_alive(w) for w in workers), timeout=10), \
            [w for w in workers if _alive(w)]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for w in workers:   # whatever the outcome, leave no spinning process behind
            if _alive(w):
                os.kill(w, signal.SIGKILL)


@linux_only
def test_the_portable_fallback_ends_a_busy_worker_whose_parent_was_killed(tmp_path):
    script = textwrap.dedent('''
        import os, sys, time
        from checker.run.worker import die_with_parent
        parent = os.getpid()
        child = os.fork()
        if child == 0:
            die_with_parent(parent, poll=0.05, use_prctl=False)
            while True:
                pass
        print(child, flush=True)
        time.sleep(60)
    ''')
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = 0
    try:
        child = int(proc.stdout.readline())
        time.sleep(0.3)
        assert _alive(child)
        proc.kill()
        proc.wait()
        assert _wait_for(lambda: not _alive(child), timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if child and _alive(child):
            os.kill(child, signal.SIGKILL)
