"""Batch runs: stream any number of articles through the engine, in parallel, in input order.

``Batch(engine).results(items)`` takes the items of :func:`checker.io.inputs.iter_inputs` (articles,
or results carrying a load error) and yields one :class:`ArticleResult` per item, in input order.
Memory stays bounded: at most ``window`` items are read ahead of the last one written.

- ``jobs`` worker processes check the articles (``jobs=1``, or a single article: this process);
  see :mod:`checker.run.executors`.
- ``timeout`` seconds per article: a rule that runs longer is stopped — the worker process is
  killed and replaced; in-process, the check is interrupted — and the article is checked again
  without that rule, the rule reported as a ``timeout`` error of that article. The batch goes on
  (:mod:`checker.run.worker`).
- A result cache (:mod:`checker.run.cache`) answers articles checked before. Given a
  :class:`checker.run.lazy.LazyEngine`, the batch builds no engine and starts no executor until
  an article the cache does not answer comes.
- SIGINT (Ctrl-C) and SIGTERM stop the run: the results that finished are still yielded, then
  ``interrupted`` names the signal. Every article in flight has a result too: one whose check the
  signal cut short is reported in its place with an ``interrupted`` error, so the output has no
  hole.
- ``executor=DaskExecutor(...)`` checks the articles on a Dask cluster instead
  (:mod:`checker.run.dask`); any :class:`checker.run.executors.Executor` will do.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from checker.core.models import Article, ArticleResult, ItemError
from checker.run.cache import ResultCache, article_key
from checker.run.lazy import LazyEngine
from checker.run.spec import DEFAULT_TIMEOUT, EngineSpec, default_jobs

if TYPE_CHECKING:
    from checker.core.engine import Engine
    from checker.run.executors import Executor

ExecutorFactory = Callable[[EngineSpec, int, "float | None"], "Executor"]


class _Interrupted(BaseException):
    pass


class Batch:
    """Check a stream of items; see the module docstring."""

    def __init__(self, engine: Engine | LazyEngine, *, jobs: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 cache: ResultCache | None = None, spec: EngineSpec | None = None,
                 executor: ExecutorFactory | None = None, window: int | None = None,
                 handle_signals: bool = True, in_process: bool = False, observe: Callable | None = None):
        """``executor``: builds the executor from the spec, the number of jobs and the time limit
        (default: worker processes, or this process for a single article or with ``in_process``).
        ``observe``: given to the default executors (:mod:`checker.run.executors`); what it made of
        each article's facts is in ``extras`` by the article's number (none for an article the
        cache answered)."""
        self.jobs = jobs or default_jobs()
        self.timeout = timeout if timeout and timeout > 0 else None
        self.cache = cache
        lazy = isinstance(engine, LazyEngine)
        self.spec = spec or EngineSpec(engine.config, engine.plugins if lazy else ())
        self.source = engine if lazy else LazyEngine.of(engine, self.spec.plugins, cache)
        self.executor_factory = executor
        self.window = window or max(32, self.jobs * 8)
        self.handle_signals = handle_signals
        self.in_process = in_process
        self.observe = observe
        self.extras: dict[int, Any] = {}
        self.stop_signal: int | None = None
        self.checked = 0            # articles checked (not answered by the cache)
        self.read = 0               # items read from the input
        self._in_check = False
        self._executor: Executor | None = None    # made at the first article to check
        self._single = False                      # the run holds one article: checked in this process

    @property
    def engine(self) -> Engine:
        """The engine (built now if it was not)."""
        return self.source.engine

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
        config = self.source.config
        disabled: tuple[str, ...] = ()
        if config.per_path_ignores and article.path:
            disabled = tuple(r for r in self.source.rules if not config.rule_enabled(r, article.path))
        return article_key(self.source.fingerprint(), article, disabled)

    # the run ----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _checking(self) -> Iterator[None]:
        """Around a check in this process: a stop signal interrupts it (and one that came before
        it stops it from starting)."""
        self._in_check = True
        try:
            if self.stop_signal:
                raise _Interrupted()
            yield
        finally:
            self._in_check = False

    def _make_executor(self, single: bool) -> Executor:
        # the executors load the engine: imported when the first article is to be checked
        from checker.run.executors import InProcessExecutor, ProcessPoolExecutor

        if self.executor_factory is not None:
            return self.executor_factory(self.spec, self.jobs, self.timeout)
        if self.in_process or single:
            executor: InProcessExecutor | ProcessPoolExecutor = InProcessExecutor(
                self.engine, self.timeout, self._checking, self.observe)
        else:
            executor = ProcessPoolExecutor(self.engine, self.spec, self.jobs, self.timeout, self.observe)
        executor.extras = self.extras
        return executor

    def results(self, items: Iterable[Article | ArticleResult]) -> Iterator[ArticleResult]:
        """One result per item, in input order."""
        it = iter(items)
        # Peek: a run of one article is checked in this process, with nothing to start.
        head: list = []
        for item in it:
            head.append(item)
            if len(head) == 2:
                break
        self._single = len(head) < 2
        stream = _chain(head, it)
        with self._signals() as wake_fd:
            try:
                yield from self._run(stream, wake_fd)
            finally:
                if self._executor is not None:
                    self._executor.close(kill=self.interrupted)
                    self._executor = None
                if self.cache is not None:
                    self.cache.close()

    def _submit(self, idx: int, item: Article) -> None:
        """Check ``item``: the executor (and the engine) made at the first article to check."""
        if self._executor is None:
            self._executor = self._make_executor(self._single)
        self._executor.submit(idx, item)

    def _busy(self) -> int:
        return self._executor.busy() if self._executor is not None else 0

    def _room(self) -> bool:
        return self._executor is None or self._executor.busy() < self._executor.capacity

    def _run(self, stream: Iterator, wake_fd: int | None) -> Iterator[ArticleResult]:
        buffer: dict[int, ArticleResult] = {}
        keys: dict[int, tuple[str, Article]] = {}
        pending: dict[int, Article] = {}   # submitted, not yet collected
        next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and not self.stop_signal and self.read - next_out < self.window and self._room():
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
                        keys[idx] = (key, item)
                    pending[idx] = item
                    self._submit(idx, item)
                    self.checked += 1
                while next_out in buffer:
                    yield buffer.pop(next_out)
                    next_out += 1
                if self.stop_signal:
                    break
                if exhausted and self._busy() == 0:
                    break
                if self._executor is None or self._busy() == 0:
                    continue
                for i, r in self._executor.collect(wake_fd):
                    pending.pop(i, None)
                    self._store(keys, i, r)
                    buffer[i] = r
        except _Interrupted:
            pass
        if self.stop_signal:
            # write out what finished, in input order, the articles cut short in their place, and stop
            if self._executor is not None:
                self._executor.close(kill=True)
            for i in range(next_out, max([*buffer, *pending], default=-1) + 1):
                if i in buffer:
                    yield buffer.pop(i)
                elif i in pending:
                    yield interrupted_result(pending.pop(i), self.stop_signal)

    def _store(self, keys: dict[int, tuple[str, Article]], idx: int, result: ArticleResult) -> None:
        entry = keys.pop(idx, None)
        if entry is not None and self.cache is not None:
            self.cache.put(entry[0], result, entry[1])


def interrupted_result(article: Article, signum: int) -> ArticleResult:
    """The result of an article whose check a stop signal cut short."""
    try:
        name = signal.Signals(signum).name
    except ValueError:
        name = f"signal {signum}"
    return ArticleResult(id=article.id, path=article.path, lang=article.lang, errors=(ItemError(
        code="interrupted", message=f"the run was stopped by {name} while this article was checked; "
                                    "it has no findings"),))


def _chain(head: list, it: Iterator) -> Iterator:
    yield from head
    yield from it
