"""The service's worker processes and the queue in front of them.

Each worker is a spawned process that loads the plugins once and then checks the jobs it is sent
over its own pipe, one at a time. A request is split into jobs (one per chunk of its articles);
its jobs wait in the queue of its client (the API key it was admitted with, else its address),
and a free worker takes the next job of the next client in turn (fair queueing), never more than
``client_concurrency`` jobs of one client at once. When a request runs out of time, or is given
up (the server shuts down), its queued jobs are dropped and every worker still computing one of
them is killed and replaced by a fresh process: an article that runs away costs its own request,
not the next one.

Workers die with the service: each asks the kernel for SIGKILL when the server goes (Linux), and
an idle one leaves when its pipe closes; :meth:`WorkerPool.close` kills the busy ones and waits
for all of them. No multiprocessing queue or lock is used, so shutdown leaves no semaphore."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import os
import signal
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from checker.run.worker import EngineSpec, die_with_parent, engine_for
from checker.service.pool import check_items


class WorkerGone(Exception):
    """The worker running a job died (not by the service's hand)."""


class Stopping(Exception):
    """The server is stopping: the job will not be checked."""


def worker_main(conn, spec: EngineSpec, parent: int) -> None:
    """A worker process: load the engine, say so, then check each job it is sent until its pipe
    closes or it is sent None. A job's failure is sent back, never raised."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C reaches the whole group; the server decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)   # ends at once if the server is already gone
    engine_for(spec)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        job_id, items, select, ignore, utf16 = msg
        try:
            reply = (job_id, True, check_items(items, select, ignore, utf16, spec))
        except Exception as e:  # noqa: BLE001 - sent back to the server, which answers 500
            reply = (job_id, False, f"{type(e).__name__}: {e}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


@dataclass(eq=False)
class Job:
    """One chunk of a request's articles, and the future of its results."""

    id: int
    client: str
    args: tuple
    future: asyncio.Future
    worker: _Worker | None = None


@dataclass(eq=False)
class _Worker:
    proc: Any
    conn: Any
    ready: bool = False
    job: Job | None = None
    started: asyncio.Future | None = field(default=None)


class WorkerPool:
    """``size`` worker processes for ``spec`` and the per-client queues in front of them."""

    def __init__(self, spec: EngineSpec, size: int, client_concurrency: int):
        self.spec, self.size, self.cap = spec, size, max(1, client_concurrency)
        self.ctx = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []
        self.queues: dict[str, deque[Job]] = {}   # insertion order is the turn order
        self.running: dict[str, int] = {}
        self.restarts = 0
        self.closed = False
        self._ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None

    # --- processes ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the missing workers (from the event loop's thread: the workers' parent)."""
        self._loop = asyncio.get_running_loop()
        while len(self.workers) < self.size and not self.closed:
            parent, child = self.ctx.Pipe()
            proc = self.ctx.Process(target=worker_main, args=(child, self.spec, os.getpid()), daemon=True,
                                    name="checker-service-worker")
            proc.start()
            child.close()
            w = _Worker(proc, parent, started=self._loop.create_future())
            self.workers.append(w)
            self._loop.add_reader(parent.fileno(), self._readable, w)

    async def wait_ready(self) -> None:
        await asyncio.gather(*(w.started for w in self.workers if w.started is not None))

    def _readable(self, w: _Worker) -> None:
        try:
            msg = w.conn.recv()
        except (EOFError, OSError):
            self._remove(w, kill=True)
            self.restarts += 1
            if w.started is not None and not w.started.done():
                w.started.set_exception(WorkerGone(f"a check worker exited while starting (code {w.proc.exitcode})"))
            if w.job is not None and not w.job.future.done():
                w.job.future.set_exception(WorkerGone(f"the check worker exited (code {w.proc.exitcode})"))
            self._finish(w.job)
            if w.ready:   # one that dies while starting (a plugin that fails to load) would again
                self.start()
            self._dispatch()
            return
        if msg[0] == "ready":
            w.ready = True
            if w.started is not None and not w.started.done():
                w.started.set_result(msg[1])
        else:
            job, w.job = w.job, None
            if job is not None and job.id == msg[0]:
                self._finish(job)
                if not job.future.done():
                    if msg[1]:
                        job.future.set_result(msg[2])
                    else:
                        job.future.set_exception(RuntimeError(msg[2]))
        self._dispatch()

    def _remove(self, w: _Worker, kill: bool) -> None:
        if w in self.workers:
            self.workers.remove(w)
        if self._loop is not None:
            with contextlib.suppress(Exception):
                self._loop.remove_reader(w.conn.fileno())
        if kill and w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)
        w.conn.close()

    # --- jobs --------------------------------------------------------------------------------

    def submit(self, client: str, args: tuple) -> Job:
        """Queue a job for ``client``; its future gives the worker's results."""
        job = Job(next(self._ids), client, args, asyncio.get_running_loop().create_future())
        self.queues.setdefault(client, deque()).append(job)
        self._dispatch()
        return job

    def _finish(self, job: Job | None) -> None:
        if job is not None and job.worker is not None:
            job.worker = None
            left = self.running.get(job.client, 1) - 1
            if left:
                self.running[job.client] = left
            else:
                self.running.pop(job.client, None)

    def _dispatch(self) -> None:
        """Give each idle worker the next job of the next client in turn under its cap."""
        idle = [w for w in self.workers if w.ready and w.job is None]
        while idle and not self.closed:
            client = next((c for c, q in self.queues.items() if q and self.running.get(c, 0) < self.cap), None)
            if client is None:
                return
            queue = self.queues.pop(client)
            job = queue.popleft()
            if queue:
                self.queues[client] = queue   # to the back of the turn
            if job.future.done():   # given up while it waited
                continue
            w = idle.pop()
            w.job, job.worker = job, w
            self.running[client] = self.running.get(client, 0) + 1
            try:
                w.conn.send((job.id, *job.args))
            except (BrokenPipeError, OSError):
                pass   # the reader sees the worker gone and fails the job

    def cancel(self, jobs: list[Job]) -> None:
        """Give up ``jobs``: drop those still queued, kill and replace the workers running the others."""
        killed = False
        for job in jobs:
            if not job.future.done():
                job.future.cancel()
            queue = self.queues.get(job.client)
            if queue is not None and job in queue:
                queue.remove(job)
                if not queue:
                    del self.queues[job.client]
            w = job.worker
            if w is not None and w.job is job:
                self._finish(job)
                w.job = None
                self._remove(w, kill=True)
                self.restarts += 1
                killed = True
        if killed:
            self.start()
        self._dispatch()

    # --- state -------------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        busy = sum(w.job is not None for w in self.workers)
        return {"workers": self.size, "ready": sum(w.ready for w in self.workers), "busy": busy,
                "queued": sum(len(q) for q in self.queues.values()), "restarts": self.restarts}

    def stop(self) -> None:
        """The server is stopping: every job waiting or running fails with :class:`Stopping` (its
        request is answered at once), busy workers are killed, idle ones told to leave."""
        self.closed = True
        jobs = [j for q in self.queues.values() for j in q]
        self.queues.clear()
        for w in self.workers:
            if w.job is not None:
                jobs.append(w.job)
                w.job.worker, w.job = None, None
                w.proc.kill()
            else:
                with contextlib.suppress(BrokenPipeError, OSError):
                    w.conn.send(None)
        for job in jobs:
            if not job.future.done():
                job.future.set_exception(Stopping("the server is stopping"))
        self.running.clear()

    def stop_soon(self) -> None:
        """:meth:`stop` from the event loop, called from any thread or a signal handler."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.stop)

    def close(self) -> None:
        """Stop every worker (:meth:`stop`) and wait for them."""
        self.stop()
        for w in list(self.workers):
            w.proc.join(timeout=2)
            self._remove(w, kill=True)
