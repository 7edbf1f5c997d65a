"""Executors: what checks the articles of a batch. One small protocol, three implementations:
:class:`InProcessExecutor` (this process), :class:`ProcessPoolExecutor` (``jobs`` worker
processes) and :class:`checker.run.dask.DaskExecutor` (a Dask cluster).

The batch (:class:`checker.run.batch.Batch`) submits numbered articles while the executor has
room (``busy() < capacity``) and collects finished results in any order; it puts them back in
input order itself.

The two local executors take an optional ``observe(article, doc, facts)``
(:attr:`checker.core.engine.CheckOptions.observe`): what it returns for an article checked where
its facts were extracted goes to ``extras[number]`` (``--across`` builds the article's profile
so, from the facts its own check extracted).
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from typing import Any, Callable, ContextManager, Protocol

from checker.core.engine import Engine
from checker.core.models import Article, ArticleResult
from checker.run.worker import (EngineSpec, Observer, Stop, adopt, attempt, check_with_limit, die_with_parent,
                                engine_for, finish_attempts, gives_up, options_after)

Done = list[tuple[int, ArticleResult]]


class Executor(Protocol):
    """Checks numbered articles; results come back in any order."""

    capacity: int
    """How many articles it takes at once (submitted and not yet collected)."""

    def busy(self) -> int:
        """Articles submitted and not yet collected."""

    def submit(self, idx: int, article: Article) -> None:
        """Start checking ``article``, number ``idx`` of the batch."""

    def collect(self, wake_fd: int | None) -> Done:
        """The results finished since the last call, waiting for at least one (or until
        ``wake_fd`` is readable: the batch was told to stop)."""

    def close(self, kill: bool = False) -> None:
        """Stop the workers (``kill``: at once, abandoning the articles in progress)."""


class InProcessExecutor:
    """Checks each article in this process, as it is submitted. ``guard`` wraps each check (the
    batch uses it to be interrupted by a signal only while a check runs)."""

    capacity = 1

    def __init__(self, engine: Engine, timeout: float | None,
                 guard: Callable[[], ContextManager[None]] = contextlib.nullcontext,
                 observe: Callable | None = None):
        self.engine = engine
        self.timeout = timeout
        self.guard = guard
        self.observe = observe
        self.extras: dict[int, Any] = {}
        self.done: Done = []

    def busy(self) -> int:
        return len(self.done)

    def submit(self, idx: int, article: Article) -> None:
        observer = Observer(self.observe) if self.observe is not None else None
        with self.guard():
            result = check_with_limit(self.engine, article, self.timeout, observer)
        if observer is not None and observer.value is not None:
            self.extras[idx] = observer.value
        self.done.append((idx, result))

    def collect(self, wake_fd: int | None) -> Done:
        out, self.done = self.done, []
        return out

    def close(self, kill: bool = False) -> None:
        self.done = []


# --- worker processes --------------------------------------------------------------------------


def _worker_main(conn, slot, spec: EngineSpec, parent_pid: int, observe: Callable | None = None) -> None:
    die_with_parent(parent_pid)                    # no orphan, even when the parent is killed
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    engine = engine_for(spec)     # forked: the parent's engine, already loaded
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        idx, article, skip = msg
        observer = Observer(observe) if observe is not None else None
        options = options_after([Stop(rule) for rule in skip], slot=slot, observe=observer)
        result = attempt(engine, article, options)
        try:
            conn.send((idx, result, observer.value if observer is not None else None))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    """One worker process and its pipe; ``slot`` (shared memory) holds the index of the rule it
    is running, which names the rule when the process has to be stopped from outside."""

    def __init__(self, ctx, spec: EngineSpec, observe: Callable | None = None):
        # multiprocessing loads for worker processes only: a start-up cost avoided in this process
        from multiprocessing.sharedctypes import RawValue

        self.slot = RawValue("i", -1)
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, self.slot, spec, os.getpid(), observe), daemon=True,
                                name="checker-worker")
        self.proc.start()
        child.close()
        self.conn = parent
        self.task: tuple[int, Article] | None = None
        self.deadline = 0.0

    def send(self, idx: int, article: Article, skip: list[str], timeout: float | None) -> None:
        self.task = (idx, article)
        self.slot.value = -1
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send((idx, article, skip))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            with contextlib.suppress(BrokenPipeError, OSError):
                self.conn.send(None)
        self.proc.join(timeout=None if kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class ProcessPoolExecutor:
    """``jobs`` worker processes, each checking one article at a time. Workers are forked from
    this process, whose engine they share (where fork is unavailable, each builds its engine from
    ``spec`` when it starts). A worker over its time limit is killed and replaced; its article is
    checked again without the rule that ran away. Workers die with this process, even when it is
    killed with SIGKILL (:func:`checker.run.worker.die_with_parent`)."""

    def __init__(self, engine: Engine, spec: EngineSpec, jobs: int, timeout: float | None,
                 observe: Callable | None = None):
        import multiprocessing  # for worker processes only: a start-up cost avoided in this process

        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        adopt(spec, engine)
        self.engine = engine
        self.spec = spec
        self.timeout = timeout
        self.capacity = jobs
        self.workers: list[_Worker] = []
        self.stops: dict[int, list[Stop]] = {}
        self.observe = observe
        self.extras: dict[int, Any] = {}

    def _idle(self) -> _Worker:
        for w in self.workers:
            if w.task is None:
                return w
        w = _Worker(self.ctx, self.spec, self.observe)
        self.workers.append(w)
        return w

    def busy(self) -> int:
        return sum(w.task is not None for w in self.workers)

    def submit(self, idx: int, article: Article) -> None:
        skip = [s.rule for s in self.stops.get(idx, []) if s.rule]
        self._idle().send(idx, article, skip, self.timeout)

    def collect(self, wake_fd: int | None) -> Done:
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return []
        wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        handles: list[Any] = [w.conn for w in busy]
        if wake_fd is not None:
            handles.append(wake_fd)
        from multiprocessing.connection import wait  # loaded with the workers (above)

        ready = wait(handles, timeout=None if wait_for == float("inf") else wait_for)
        out: Done = []
        for w in busy:
            if w.conn not in ready:
                continue
            try:
                _, result, extra = w.conn.recv()
            except (EOFError, OSError):
                w.proc.join(timeout=1)
                self._stopped(w, self._stop(w, "crash", w.proc.exitcode), out)
                continue
            idx, article = w.task
            w.task = None
            if extra is not None:
                self.extras[idx] = extra
            out.append((idx, finish_attempts(self.engine, article, self.timeout, self.stops.pop(idx, []), result)))
        now = time.monotonic()
        for w in list(self.workers):
            if w.task is not None and w.deadline <= now and not w.conn.poll(0):
                self._stopped(w, self._stop(w, "timeout"), out)
        return out

    def _stop(self, w: _Worker, kind: str, exitcode: int | None = None) -> Stop:
        rule = self.engine.rule_at(w.slot.value)
        return Stop(rule.id if rule else None, kind, exitcode)

    def _stopped(self, w: _Worker, stop: Stop, out: Done) -> None:
        """Replace the worker; check its article again without the rule that stopped, or give up."""
        idx, article = w.task
        w.stop(kill=True)
        self.workers.remove(w)
        stops = self.stops.setdefault(idx, [])
        if gives_up(stop, stops):
            self.stops.pop(idx, None)
            out.append((idx, finish_attempts(self.engine, article, self.timeout, stops, None, stop)))
        else:
            stops.append(stop)
            self.submit(idx, article)

    def close(self, kill: bool = False) -> None:
        for w in self.workers:
            w.stop(kill=kill or w.task is not None)
        self.workers = []
