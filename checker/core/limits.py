"""Stopping a check that runs too long, and naming the rule it was in."""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator


class CheckTimeout(BaseException):
    """A check went over its time limit. ``rule`` is the id of the rule that was running when the
    limit struck, or None outside any rule. A BaseException, so that the engine's per-rule
    ``except Exception`` does not swallow it."""

    def __init__(self, rule: str | None = None):
        super().__init__(rule)
        self.rule = rule


def _raise_timeout(signum, frame):
    raise CheckTimeout()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`CheckTimeout` in this thread after ``seconds`` (None or 0: no limit): with
    SIGALRM on the main thread, else with an asynchronous exception (which stops Python code, not
    a call into C)."""
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
    import ctypes   # only off the main thread: not a cost of every start

    tid = threading.get_ident()
    lock = threading.Lock()
    done = False

    def fire():
        with lock:
            if not done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(CheckTimeout))

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
