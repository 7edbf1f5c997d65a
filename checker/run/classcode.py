"""The code of the methods :mod:`dataclasses` writes for a class, compiled once per Python build
rather than once per process.

A dataclass's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and a frozen one's
``__setattr__`` and ``__delattr__``) are written as Python source and compiled when the class is
made: about 700 compilations in a process that checks one article (the checker's classes, the
data model's and its libraries'), about a fifth of its time. Inside :func:`class_code`, the module
compiles each such source once per Python build: the code is kept in the derived-data cache
(:mod:`checker.language.derived`), keyed by the source itself, and run instead of compiling the
source again. It is the code ``exec`` would have compiled (the same source, file name and
flags), so the classes are the same; a source not kept is compiled as before. What was compiled
anew is written when the block ends.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import sys
from collections.abc import Iterator
from types import CodeType

from checker.language import derived

__all__ = ["class_code"]

KIND = "classcode"
_MAX = 5000   # sources kept; past it, only those this process used
_NAME = "exec"   # the name dataclasses runs its sources with


class _Store:
    """The kept code, read from disk once per process."""

    def __init__(self) -> None:
        self.digest = derived.key(KIND, str(sys.flags.optimize))
        kept = derived.load(KIND, self.digest)
        self.codes: dict[str, CodeType] = kept if isinstance(kept, dict) else {}
        self.used: set[str] = set()
        self.new = 0

    def exec(self, source, globals, locals=None, /, **kwargs):
        """:func:`exec` as dataclasses calls it (a source and the globals to run it in), with the
        code of the source taken from the store; any other call is left to :func:`exec` itself."""
        if type(source) is not str or kwargs or type(globals) is not dict:
            return builtins.exec(source, globals, locals, **kwargs)
        code = self.codes.get(source)
        if type(code) is not CodeType:
            # what exec compiles for dataclasses: no __future__ flag of this module inherited
            code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            self.new += 1
        self.used.add(source)
        return builtins.exec(code, globals, locals)

    def write(self) -> None:
        """Keep what was compiled anew, with what another process kept meanwhile. Never raises."""
        if not self.new:
            return
        try:
            on_disk = derived.load(KIND, self.digest)
            codes = {**on_disk, **self.codes} if isinstance(on_disk, dict) else dict(self.codes)
            if len(codes) > _MAX:
                codes = {s: c for s, c in codes.items() if s in self.used}
            self.codes, self.new = codes, 0
            derived.store(KIND, self.digest, codes)
        except Exception:  # noqa: BLE001 - the cache never fails a run
            pass


_STORE: _Store | None = None


@contextlib.contextmanager
def class_code() -> Iterator[None]:
    """Inside the block, dataclasses made in this thread or another run the code kept for their
    methods (see the module docstring). Nested blocks are one block."""
    global _STORE
    if _NAME in vars(dataclasses):   # a block already open (or dataclasses has its own)
        yield
        return
    if _STORE is None:
        _STORE = _Store()
    store = _STORE
    setattr(dataclasses, _NAME, store.exec)
    try:
        yield
    finally:
        delattr(dataclasses, _NAME)
        store.write()


def forget() -> None:
    """Forget the code read or compiled in this process (for tests)."""
    global _STORE
    _STORE = None
