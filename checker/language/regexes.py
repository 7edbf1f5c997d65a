"""Regular expressions built from language data, compiled once per Python build rather than once
per process.

The patterns made of a lexicon's words (alternations of hundreds of month names, titles, units,
phrases) took half of a first check's time to compile: Python's :mod:`re` parses each into a tree
and turns it into the code its matcher runs, in every new process. :func:`compiled` keeps that
code in the derived-data cache (:mod:`checker.language.derived`), keyed by the pattern and its
flags, and makes the pattern from it directly: a pattern equal to ``re.compile(pattern, flags)``
(equal patterns have the same code), in a few percent of the time. The constant patterns of the
modules an engine loads (its extractors, the rule families) are made the same way: about a hundred
of them, 12 ms of every start to compile.

The code is :mod:`re`'s own internal format, so it is kept per Python build (its version string
and the matcher's ``MAGIC`` and code size), and :func:`compiled` checks once per process that its
way of compiling gives what :func:`re.compile` gives; on a Python where it does not, it is
:func:`re.compile` itself. New patterns are written when the engine has checked an article
(:func:`flush`, at most every few seconds) and when the process exits.
"""

from __future__ import annotations

import atexit
import re
import sys
import time
from array import array

from checker.language import derived

try:
    import _sre   # the matcher re compiles for
    from re import _compiler, _parser
except ImportError:  # another Python's re: re.compile then
    _sre = _compiler = _parser = None

__all__ = ["compiled", "flush"]

KIND = "regexes"
# patterns kept on disk, and their size; past either, only those this process used
_MAX, _MAX_BYTES = 6000, 8 << 20
_EVERY = 5.0         # seconds between two writes of new patterns
_DEBUG = int(re.DEBUG)
# the matcher's code is kept as the bytes of an array of its code units
_TYPECODE = next((t for t in "IHLQ" if array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")

Entry = tuple  # (flags, code bytes, groups - 1, {name: group}, (name or None of each group))


def _code(pattern: str, flags: int) -> Entry:
    """What :func:`re.compile` hands the matcher for ``pattern``: its flags, its code, its number
    of groups and their names (as ``re._compiler.compile`` does)."""
    p = _parser.parse(pattern, flags)
    code = array(_TYPECODE, _compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _make(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_TYPECODE, code).tolist(), groups, groupindex, indexgroup)


def _usable() -> bool:
    """Whether this Python compiles patterns as :func:`_code` and :func:`_make` do: checked on a
    pattern with the constructs lexicon patterns use."""
    probe = r"(?<![^\W\d_])(?P<p>[وب]{1,2})?(?P<m>jan(?:uary)?|feb\.?|أيار)\s+(\d{1,2})(?![^\W\d_])"
    try:
        return all(_make(probe, _code(probe, f)) == re.compile(probe, f) for f in (0, int(re.IGNORECASE)))
    except Exception:  # noqa: BLE001 - another Python's internals: re.compile then
        return False


class _Store:
    """The patterns of this process's Python build: read from disk on first use."""

    def __init__(self) -> None:
        self.usable = _sre is not None and _usable()
        build = (str(getattr(_sre, "MAGIC", "")), str(getattr(_sre, "CODESIZE", "")), str(sys.maxunicode))
        self.digest = derived.key(KIND, *build)
        self.entries: dict[tuple[str, int], Entry] | None = None
        self.used: set[tuple[str, int]] = set()
        self.new = 0
        self.written: float | None = None

    def loaded(self) -> dict[tuple[str, int], Entry]:
        if self.entries is None:
            data = derived.load(KIND, self.digest)
            self.entries = data if isinstance(data, dict) else {}
        return self.entries


_STORE: _Store | None = None


def _store() -> _Store:
    global _STORE
    if _STORE is None:
        _STORE = _Store()
    return _STORE


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its code taken from the derived-data cache when a process
    has compiled the same pattern before. For patterns made from data (language data, a rule's
    word lists) or written in the code, never from an article's text: every pattern given is kept."""
    store = _store()
    flags = int(flags)
    if not store.usable or not isinstance(pattern, str) or flags & _DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entries = store.loaded()
    store.used.add(key)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _make(pattern, entry)
        except Exception:  # noqa: BLE001 - an entry of another shape: compiled again below
            pass
    entry = entries[key] = _code(pattern, flags)
    store.new += 1
    return _make(pattern, entry)


def flush(force: bool = False) -> None:
    """Write the patterns compiled since the last write (with those another process wrote
    meanwhile), unless the last write was less than a few seconds ago (``force``: even then).
    Never raises: a pattern not written is compiled again by the next process."""
    store = _STORE
    if store is None or not store.new:
        return
    now = time.monotonic()
    if not force and store.written is not None and now - store.written < _EVERY:
        return
    try:
        entries = dict(store.loaded())   # a copy: another thread may compile meanwhile
        on_disk = derived.load(KIND, store.digest)
        if isinstance(on_disk, dict):
            entries = {**on_disk, **entries}
        if len(entries) > _MAX or sum(len(p) + len(e[1]) for (p, _), e in entries.items()) > _MAX_BYTES:
            used = set(store.used)
            entries = {k: v for k, v in entries.items() if k in used}
        store.entries, store.new, store.written = entries, 0, now
        derived.store(KIND, store.digest, entries)
    except Exception:  # noqa: BLE001 - the cache never fails a run
        pass


atexit.register(flush, force=True)


def forget() -> None:
    """Forget the patterns read or compiled in this process: the next :func:`compiled` reads the
    derived-data cache again (for tests, and after the cache's directory changed)."""
    global _STORE
    _STORE = None
