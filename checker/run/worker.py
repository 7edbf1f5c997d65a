"""What every worker shares, whichever executor runs it (this process, a forked or spawned
process of the pool, a Dask worker, a process of the service's pool): how a worker builds its
engine from an :class:`EngineSpec`, the one engine per process, and how one article is checked
within a time limit.

A rule still running when the time limit strikes is stopped and the article checked again
without it (at most :data:`MAX_ATTEMPTS` attempts); the rule is reported as a ``timeout`` error
of that article.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

from checker.core.engine import CheckOptions, Engine, RuleSlot
from checker.core.limits import CheckTimeout
from checker.core.models import Article, ArticleResult, ItemError
from checker.run.spec import DEFAULT_TIMEOUT, EngineSpec, default_jobs  # noqa: F401 - re-exported

MAX_ATTEMPTS = 3


_ENGINES: dict[str, Engine] = {}


def engine_for(spec: EngineSpec) -> Engine:
    """This process's engine for ``spec``, built on first use (plugins load once per process)."""
    engine = _ENGINES.get(spec.key)
    if engine is None:
        engine = _ENGINES[spec.key] = spec.build()
    return engine


def adopt(spec: EngineSpec, engine: Engine) -> None:
    """Make ``engine`` this process's engine for ``spec``: processes forked from here find it
    loaded instead of building their own."""
    _ENGINES[spec.key] = engine


def die_with_parent(parent_pid: int, poll: float = 0.5, use_prctl: bool = True) -> None:
    """Make this worker process end when its parent does, even killed by SIGKILL with a check in
    flight. On Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills it at once (whatever
    it runs, C code included). Elsewhere (or when ``prctl`` cannot be had), a daemon thread looks
    every ``poll`` seconds whether the parent is still its parent, and ends the process when not.
    A parent gone before the call ends it at once. (The kernel sends the signal when the thread
    that started the worker ends: the batch starts its workers from the thread that runs it.)"""
    if use_prctl and sys.platform.startswith("linux"):
        import ctypes   # a worker process's start, not every process's

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent_pid:   # the parent died before the call
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(poll)
        os._exit(1)

    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(target=watch, name="checker-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def start_worker(spec: EngineSpec) -> None:
    """The initializer of a worker process: load the plugins now, not on the first article."""
    engine_for(spec)


# --- one article -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stop:
    """An attempt that did not finish: the time limit struck (``timeout``) or the worker process
    died (``crash``, with its exit code), while rule ``rule`` ran (None: outside any rule)."""

    rule: str | None
    kind: str = "timeout"
    exitcode: int | None = None


def _internal_error(article: Article, e: BaseException) -> ArticleResult:
    return ArticleResult(id=article.id, path=article.path, lang=article.lang, errors=(ItemError(
        code="internal-error", message=f"checking failed: {type(e).__name__}: {e}"),))


def attempt(engine: Engine, article: Article, options: CheckOptions = CheckOptions()) -> ArticleResult:
    """One check of ``article``; never raises an Exception (a bug outside any rule becomes an
    ``internal-error`` entry). :class:`CheckTimeout` passes through."""
    try:
        return engine.check_article(article, options)
    except (Exception, SystemExit) as e:  # noqa: BLE001
        return _internal_error(article, e)


def stop_error(engine: Engine, stop: Stop, timeout: float | None, retried: bool) -> ItemError:
    r = engine.rules.get(stop.rule) if stop.rule else None
    then = "the article was checked again without it" if retried else "the article's findings are not reported"
    if stop.kind == "timeout":
        limit = f"the time limit of {timeout or 0:g} s"
        what = f"rule {r.id} did not finish within {limit}" if r else f"checking did not finish within {limit}"
        code = "timeout"
    else:
        what = (f"rule {r.id} made the worker process exit (code {stop.exitcode})" if r
                else f"the worker process checking this article exited (code {stop.exitcode})")
        code = "worker-crashed"
    return ItemError(code=code, plugin=r.plugin if r else None, rule=r.id if r else None, message=f"{what}; {then}")


def finish_attempts(engine: Engine, article: Article, timeout: float | None, stops: list[Stop],
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
    errors.append(stop_error(engine, last or Stop(None), timeout, False))
    return ArticleResult(id=article.id, path=article.path, lang=article.lang, errors=tuple(errors))


def gives_up(stop: Stop, stops: list[Stop]) -> bool:
    """Whether ``stop`` ends the article's attempts (outside any rule, or the last attempt)."""
    return stop.rule is None or len(stops) + 1 >= MAX_ATTEMPTS


def options_after(stops: list[Stop], timeout: float | None = None, slot: RuleSlot | None = None,
                  observe: Callable | None = None) -> CheckOptions:
    """The options of the next attempt: the rules that stopped earlier attempts are skipped."""
    return CheckOptions(skip=frozenset(s.rule for s in stops if s.rule), time_limit=timeout, slot=slot,
                        observe=observe)


class Observer:
    """What ``observe(article, doc, facts)`` made of the facts of the last check that finished
    (None before one did, or when ``observe`` failed): :attr:`CheckOptions.observe` for the
    executors that carry something built from an article's facts back with its result."""

    def __init__(self, observe: Callable[[Article, Any, Any], Any]):
        self.observe = observe
        self.value: Any = None

    def __call__(self, article: Article, doc, facts) -> None:
        try:
            self.value = self.observe(article, doc, facts)
        except Exception:  # noqa: BLE001 - the article's result stands; the value is made again where needed
            self.value = None


def check_with_limit(engine: Engine, article: Article, timeout: float | None,
                     observe: Callable | None = None) -> ArticleResult:
    """Check one article in this process within ``timeout`` seconds per attempt; a rule that runs
    out of time is skipped by the next attempt (at most :data:`MAX_ATTEMPTS` attempts).
    ``observe``: as :attr:`CheckOptions.observe`."""
    stops: list[Stop] = []
    while True:
        try:
            result = attempt(engine, article, options_after(stops, timeout, observe=observe))
        except CheckTimeout as e:
            stop = Stop(e.rule)
            if gives_up(stop, stops):
                return finish_attempts(engine, article, timeout, stops, None, stop)
            stops.append(stop)
            continue
        return finish_attempts(engine, article, timeout, stops, result)
