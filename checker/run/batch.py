"""Batch runs: stream any number of articles through the engine, in parallel, in input order.

``Batch(engine).results(items)`` takes the items of :func:`checker.io.inputs.iter_inputs` (articles,
or results carrying a load error) and yields one :class:`ArticleResult` per item, in input order.
Memory stays bounded: at most ``window`` items are read ahead of the last one written.

- ``jobs`` worker processes check the articles (``jobs=1``: this process). Workers are forked from
  a process whose plugins are already loaded (or, where fork is unavailable, build their engine
  once when they start).
- ``timeout`` seconds per article: a rule that runs longer is stopped — the worker process is
  killed and replaced; in-process, the check is interrupted — and the article is checked again
  without that rule, the rule reported as a ``timeout`` error of that article. The batch goes on.
- A result cache (:mod:`checker.run.cache`) answers articles checked before.
- SIGINT (Ctrl-C) and SIGTERM stop the run: the results that finished are still yielded, then
  ``interrupted`` names the signal.
- ``executor="dask"`` checks the articles on a Dask cluster instead (:mod:`checker.run.dask`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator

from checker.core.config import Config
from checker.core.models import Article, ArticleResult, ItemError

MAX_ATTEMPTS = 3
DEFAULT_TIMEOUT = 60.0


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class EngineSpec:
    """What is needed to build the same engine in another process: the resolved configuration
    and the ``--plugin`` modules (installed plugins are found through their entry points)."""

    config: Config
    plugins: tuple[str, ...] = ()

    def build(self):
        from checker.core.engine import Engine
        from checker.core.manager import import_plugin

        return instrument(Engine(self.config, plugins=[(p, import_plugin(p)) for p in self.plugins]))


# --- which rule is running, and stopping it --------------------------------------------------


class ArticleTimeout(BaseException):
    """Raised inside a check that went over its time limit (a BaseException, so that the engine's
    per-rule ``except Exception`` does not swallow it)."""


class _Slot:
    def __init__(self) -> None:
        self.value = -1


class _State(threading.local):
    def __init__(self) -> None:
        self.slot: Any = _Slot()        # index of the running rule, -1 when none (shared memory in a pool worker)
        self.skip: frozenset[int] = frozenset()
        self.timed_out = -1             # the rule that was running when the time limit struck


_state = _State()


def instrument(engine):
    """Wrap the engine's rules so the process knows which rule is running and can skip rules
    that ran out of time. Changes only this engine's rule table (copies of the rules)."""
    if getattr(engine, "_batch_instrumented", False):
        return engine
    rules = {}
    for i, (rid, rule) in enumerate(engine.registry.rules.items()):
        rules[rid] = dataclasses.replace(rule, check=_wrap(i, rule.check))
    engine.registry.rules = rules
    engine._batch_instrumented = True
    return engine


def _wrap(index: int, fn):
    @functools.wraps(fn)
    def check(ctx, *args, **kwargs):
        state = _state
        if index in state.skip:
            return None
        state.slot.value = index
        try:
            return fn(ctx, *args, **kwargs)
        except ArticleTimeout:
            state.timed_out = index
            raise
        finally:
            state.slot.value = -1
    return check


def _raise_timeout(signum, frame):
    raise ArticleTimeout()


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`ArticleTimeout` in this thread after ``seconds``: with SIGALRM on the main
    thread, else with an asynchronous exception (which stops Python code, not a call into C)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        old = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    import ctypes

    tid = threading.get_ident()
    lock = threading.Lock()
    done = False

    def fire():
        with lock:
            if not done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(ArticleTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        try:
            yield
        finally:
            with lock:
                done = True
            timer.cancel()
    finally:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)  # one that came too late


# --- one article -------------------------------------------------------------------------------


def _internal_error(article: Article, e: BaseException) -> ArticleResult:
    return ArticleResult(id=article.id, path=article.path, lang=article.lang, errors=(ItemError(
        code="internal-error", message=f"checking failed: {type(e).__name__}: {e}"),))


def attempt(engine, article: Article, skip: Iterable[int] = ()) -> ArticleResult:
    """One check of ``article`` skipping the rules at the indexes ``skip``; never raises an
    Exception (a bug outside any rule becomes an ``internal-error`` entry)."""
    _state.skip = frozenset(skip)
    try:
        return engine.check_article(article)
    except (Exception, SystemExit) as e:  # noqa: BLE001
        return _internal_error(article, e)
    finally:
        _state.skip = frozenset()
        _state.slot.value = -1


def _seconds(timeout: float) -> str:
    return f"{timeout:g} s"


@dataclass(frozen=True)
class Stop:
    """An attempt that did not finish: the time limit struck (``timeout``) or the worker process
    died (``crash``, with its exit code), while rule ``index`` ran (-1: outside any rule)."""

    index: int
    kind: str = "timeout"
    exitcode: int | None = None


def stop_error(engine, stop: Stop, timeout: float | None, retried: bool) -> ItemError:
    rules = list(engine.rules.values())
    r = rules[stop.index] if 0 <= stop.index < len(rules) else None
    then = "the article was checked again without it" if retried else "the article's findings are not reported"
    if stop.kind == "timeout":
        limit = f"the time limit of {_seconds(timeout or 0)}"
        what = f"rule {r.id} did not finish within {limit}" if r else f"checking did not finish within {limit}"
        code = "timeout"
    else:
        what = (f"rule {r.id} made the worker process exit (code {stop.exitcode})" if r
                else f"the worker process checking this article exited (code {stop.exitcode})")
        code = "worker-crashed"
    return ItemError(code=code, plugin=r.plugin if r else None, rule=r.id if r else None, message=f"{what}; {then}")


def finish_attempts(engine, article: Article, timeout: float | None, stops: list[Stop],
                    result: ArticleResult | None, last: Stop | None = None) -> ArticleResult:
    """The result of an article whose earlier attempts stopped in the rules ``stops`` (skipped by
    the next attempt): ``result`` of the last attempt with an error per stopped rule, or, when the
    last attempt stopped too (``last``), only the errors."""
    if result is not None:
        if not stops:
            return result
        errors = tuple(result.errors) + tuple(stop_error(engine, s, timeout, True) for s in stops)
        return result.model_copy(update={"errors": errors})
    errors = [stop_error(engine, s, timeout, True) for s in stops]
    errors.append(stop_error(engine, last or Stop(-1), timeout, False))
    return ArticleResult(id=article.id, path=article.path, lang=article.lang, errors=tuple(errors))


def check_with_limit(engine, article: Article, timeout: float | None) -> ArticleResult:
    """Check one article in this process within ``timeout`` seconds per attempt; a rule that runs
    out of time is skipped by the next attempt (at most :data:`MAX_ATTEMPTS` attempts)."""
    if not timeout:
        return attempt(engine, article)
    stops: list[Stop] = []
    while True:
        _state.timed_out = -1
        try:
            with time_limit(timeout):
                result = attempt(engine, article, [s.index for s in stops])
        except ArticleTimeout:
            stop = Stop(_state.timed_out)
            if stop.index < 0 or len(stops) + 1 >= MAX_ATTEMPTS:
                return finish_attempts(engine, article, timeout, stops, None, stop)
            stops.append(stop)
            continue
        return finish_attempts(engine, article, timeout, stops, result)


# --- executors ---------------------------------------------------------------------------------


class _Interrupted(BaseException):
    pass


class _InProcess:
    """Checks each article in this process, as it is submitted."""

    synchronous = True

    def __init__(self, engine, timeout: float | None, runner: "Batch"):
        self.engine = engine
        self.timeout = timeout
        self.runner = runner
        self.done: deque = deque()
        self.capacity = 1

    def busy(self) -> int:
        return len(self.done)

    def submit(self, idx: int, article: Article) -> None:
        self.runner._in_check = True
        try:
            if self.runner.stop_signal:
                raise _Interrupted()
            result = check_with_limit(self.engine, article, self.timeout)
        finally:
            self.runner._in_check = False
        self.done.append((idx, result))

    def collect(self, wake_fd: int | None) -> list[tuple[int, ArticleResult]]:
        out = list(self.done)
        self.done.clear()
        return out

    def close(self, kill: bool = False) -> None:
        pass


def _worker_main(conn, engine, slot, spec) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if engine is None:
        engine = spec.build()
    _state.slot = slot
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        idx, article, skip = msg
        result = attempt(engine, article, skip)
        try:
            conn.send((idx, result))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx, engine, spec):
        from multiprocessing.sharedctypes import RawValue

        self.slot = RawValue("i", -1)
        parent, child = ctx.Pipe()
        fork = ctx.get_start_method() == "fork"
        self.proc = ctx.Process(target=_worker_main, args=(child, engine if fork else None, self.slot, spec),
                                daemon=True, name="checker-worker")
        self.proc.start()
        child.close()
        self.conn = parent
        self.task: tuple[int, Article, list[int]] | None = None
        self.deadline = 0.0

    def send(self, idx: int, article: Article, skip: list[int], timeout: float | None) -> None:
        self.task = (idx, article, skip)
        self.slot.value = -1
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send((idx, article, skip))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.proc.join(timeout=None if kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class _Pool:
    """``jobs`` worker processes, each checking one article at a time. A worker over its time
    limit is killed and replaced; its article is checked again without the rule that ran away."""

    def __init__(self, engine, spec: EngineSpec | None, jobs: int, timeout: float | None):
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        if self.ctx.get_start_method() != "fork" and spec is None:
            raise RuntimeError("parallel checking without fork needs an EngineSpec")
        self.engine = engine
        self.spec = spec
        self.timeout = timeout
        self.jobs = jobs
        self.capacity = jobs
        self.workers: list[_Worker] = []
        self.stops: dict[int, list[Stop]] = {}

    def _idle(self) -> _Worker:
        for w in self.workers:
            if w.task is None:
                return w
        w = _Worker(self.ctx, self.engine, self.spec)
        self.workers.append(w)
        return w

    def busy(self) -> int:
        return sum(w.task is not None for w in self.workers)

    def submit(self, idx: int, article: Article, skip: list[int] | None = None) -> None:
        self._idle().send(idx, article, skip or [], self.timeout)

    def _replace(self, w: _Worker) -> None:
        w.stop(kill=True)
        self.workers.remove(w)

    def collect(self, wake_fd: int | None) -> list[tuple[int, ArticleResult]]:
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return []
        wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        handles: list[Any] = [w.conn for w in busy]
        if wake_fd is not None:
            handles.append(wake_fd)
        ready = wait(handles, timeout=None if wait_for == float("inf") else wait_for)
        out: list[tuple[int, ArticleResult]] = []
        for w in busy:
            if w.conn not in ready:
                continue
            try:
                _, result = w.conn.recv()
            except (EOFError, OSError):
                w.proc.join(timeout=1)
                self._stopped(w, Stop(w.slot.value, "crash", w.proc.exitcode), out)
                continue
            idx, article, _ = w.task
            w.task = None
            out.append((idx, finish_attempts(self.engine, article, self.timeout, self.stops.pop(idx, []), result)))
        now = time.monotonic()
        for w in list(self.workers):
            if w.task is not None and w.deadline <= now and not w.conn.poll(0):
                self._stopped(w, Stop(w.slot.value, "timeout"), out)
        return out

    def _stopped(self, w: _Worker, stop: Stop, out: list) -> None:
        """Replace the worker; check its article again without the rule that stopped, or give up."""
        idx, article, _ = w.task
        self._replace(w)
        stops = self.stops.setdefault(idx, [])
        if stop.index < 0 or len(stops) + 1 >= MAX_ATTEMPTS:
            self.stops.pop(idx, None)
            out.append((idx, finish_attempts(self.engine, article, self.timeout, stops, None, stop)))
        else:
            stops.append(stop)
            self.submit(idx, article, [s.index for s in stops])

    def close(self, kill: bool = False) -> None:
        for w in self.workers:
            w.stop(kill=kill or w.task is not None)
        self.workers = []


# --- the batch -----------------------------------------------------------------------------


class Batch:
    """Check a stream of items; see the module docstring."""

    def __init__(self, engine, *, jobs: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 cache=None, spec: EngineSpec | None = None, executor: str = "local",
                 scheduler: str | None = None, window: int | None = None, handle_signals: bool = True,
                 dask_options: dict | None = None, in_process: bool = False):
        self.engine = instrument(engine)
        self.jobs = jobs or default_jobs()
        self.timeout = timeout if timeout and timeout > 0 else None
        self.cache = cache
        self.spec = spec or EngineSpec(engine.config)
        self.executor = executor
        self.scheduler = scheduler
        self.window = window or max(32, self.jobs * 8)
        self.handle_signals = handle_signals
        self.dask_options = dask_options or {}
        self.in_process = in_process
        self.stop_signal: int | None = None
        self.checked = 0            # articles checked (not answered by the cache)
        self.read = 0               # items read from the input
        self._in_check = False
        self._fingerprint: str | None = None

    @property
    def interrupted(self) -> bool:
        return self.stop_signal is not None

    # signals ----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _signals(self):
        if not self.handle_signals or threading.current_thread() is not threading.main_thread():
            yield None
            return
        r, w = os.pipe()
        os.set_blocking(w, False)

        def on_signal(signum, frame):
            first = self.stop_signal is None
            self.stop_signal = self.stop_signal or signum
            with contextlib.suppress(OSError):
                os.write(w, b"x")
            if not first:
                raise KeyboardInterrupt()
            if self._in_check:
                raise _Interrupted()

        old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield r
        finally:
            for s, h in old.items():
                signal.signal(s, h)
            os.close(r)
            os.close(w)

    # cache ------------------------------------------------------------------------------------

    def _key(self, article: Article) -> str | None:
        if self.cache is None or not self.cache.enabled:
            return None
        from checker.run.cache import article_key, engine_fingerprint

        if self._fingerprint is None:
            self._fingerprint = engine_fingerprint(self.engine)
        config = self.engine.config
        disabled: tuple[str, ...] = ()
        if config.per_path_ignores and article.path:
            disabled = tuple(r for r in self.engine.rules if not config.rule_enabled(r, article.path))
        return article_key(self._fingerprint, article, disabled)

    # the run ----------------------------------------------------------------------------------

    def _make_executor(self, single: bool):
        if self.executor == "dask":
            from checker.run.dask import DaskExecutor

            return DaskExecutor(self.spec, jobs=self.jobs, timeout=self.timeout, scheduler=self.scheduler,
                                **self.dask_options)
        if self.in_process or single:
            return _InProcess(self.engine, self.timeout, self)
        return _Pool(self.engine, self.spec, self.jobs, self.timeout)

    def results(self, items: Iterable[Article | ArticleResult]) -> Iterator[ArticleResult]:
        """One result per item, in input order."""
        it = iter(items)
        # Peek: a run of one article is checked in this process, with nothing to start.
        head: list = []
        for item in it:
            head.append(item)
            if len(head) == 2:
                break
        single = len(head) < 2
        stream = _chain(head, it)
        with self._signals() as wake_fd:
            executor = None
            try:
                executor = self._make_executor(single)
                yield from self._run(stream, executor, wake_fd)
            finally:
                if executor is not None:
                    executor.close(kill=self.interrupted)
                if self.cache is not None:
                    self.cache.close()

    def _run(self, stream, executor, wake_fd) -> Iterator[ArticleResult]:
        buffer: dict[int, ArticleResult] = {}
        keys: dict[int, str] = {}
        next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and not self.stop_signal and self.read - next_out < self.window \
                        and executor.busy() < executor.capacity:
                    try:
                        item = next(stream)
                    except StopIteration:
                        exhausted = True
                        break
                    idx = self.read
                    self.read += 1
                    if isinstance(item, ArticleResult):
                        buffer[idx] = item
                        continue
                    key = self._key(item)
                    if key is not None:
                        hit = self.cache.get(key, item)
                        if hit is not None:
                            buffer[idx] = hit
                            continue
                        keys[idx] = key
                    executor.submit(idx, item)
                    self.checked += 1
                    if getattr(executor, "synchronous", False):
                        for i, r in executor.collect(None):
                            self._store(keys, i, r)
                            buffer[i] = r
                while next_out in buffer:
                    yield buffer.pop(next_out)
                    next_out += 1
                if self.stop_signal:
                    break
                if exhausted and executor.busy() == 0:
                    break
                if executor.busy() == 0:
                    continue
                if hasattr(executor, "flush"):
                    executor.flush()
                for i, r in executor.collect(wake_fd):
                    self._store(keys, i, r)
                    buffer[i] = r
        except _Interrupted:
            pass
        if self.stop_signal:
            # write out what finished, in input order, and stop
            executor.close(kill=True)
            for i in sorted(buffer):
                yield buffer.pop(i)

    def _store(self, keys: dict[int, str], idx: int, result: ArticleResult) -> None:
        key = keys.pop(idx, None)
        if key is not None and self.cache is not None:
            self.cache.put(key, result)


def _chain(head: list, it: Iterator) -> Iterator:
    yield from head
    yield from it


# --- progress --------------------------------------------------------------------------------


class Progress:
    """A one-line status on a terminal: articles, articles/s, findings, errors, ETA."""

    def __init__(self, stream: IO[str], total: int | None = None, interval: float = 0.2):
        self.stream = stream
        self.total = total
        self.interval = interval
        self.start = time.monotonic()
        self.last = 0.0
        self.articles = self.findings = self.errors = 0
        self.shown = False

    def update(self, result: ArticleResult) -> None:
        self.articles += 1
        self.findings += len(result.findings)
        self.errors += len(result.errors)
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.articles / elapsed
        parts = [f"{self.articles}" + (f"/{self.total}" if self.total else "") + " articles",
                 f"{rate:.0f}/s", f"{self.findings} findings", f"{self.errors} errors"]
        if self.total and rate > 0 and self.articles <= self.total:
            left = int((self.total - self.articles) / rate)
            parts.append(f"ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}")
        self.stream.write("\r\033[K" + " · ".join(parts))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def count_items(paths: list[str], input_format: str = "auto") -> int | None:
    """How many items the inputs hold (JSON Lines records counted as lines), or None when that
    cannot be known ahead (standard input)."""
    from pathlib import Path

    from checker.io.inputs import TEXT_SUFFIXES, expand_paths, walk_files

    total = 0
    for p in expand_paths(paths):
        if p == "-":
            return None
        path = Path(p)
        files = walk_files(path) if path.is_dir() else [path]
        for f in files:
            fmt = input_format if input_format != "auto" else TEXT_SUFFIXES.get(f.suffix.lower(), "txt")
            if fmt != "jsonl":
                total += 1
                continue
            try:
                with open(f, "rb") as fh:
                    n, last = 0, b"\n"
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        n += chunk.count(b"\n")
                        last = chunk[-1:]
                    total += n + (last != b"\n")
            except OSError:
                total += 1
    return total
