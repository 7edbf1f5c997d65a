"""A cache on disk of data derived from versioned files, so that a new process does not derive it
again: the parsed and validated language data (:mod:`checker.core.manager`), the folded word
lists (:mod:`checker.language.frequency`), the keyword automata
(:mod:`checker.extractors.keywords`), the code of compiled regular expressions
(:mod:`checker.language.regexes`) and of the methods dataclasses write
(:mod:`checker.run.classcode`).

Every entry is a pure function of its key: a digest of what it is derived from (the content of the
source files, the source of the code that derives it), the checker's version and the Python
build. A changed file or a new version is a new key; the old entry is never asked for again
(each kind keeps its few most recent files). Entries are plain data (strings, numbers, lists,
tables, compiled Python code) written with :mod:`marshal`, atomically (a temporary file renamed),
each behind a digest of its bytes that is checked on every read; data that is not plain (a TOML
date) is not kept.

It lies in the ``derived`` folder of the result cache's directory (``$CHECKER_CACHE_DIR``, else
``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``). ``$CHECKER_DERIVED_CACHE`` set to ``0``
(or ``off``, ``no``, ``false``) switches it off; set to a directory, it is kept there instead. It
never fails or changes a run: an entry that cannot be read, is damaged or was written for another
key is derived again, and a directory that cannot be written is left alone.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any, Iterable

from checker.core.version import __version__

ENV = "CHECKER_DERIVED_CACHE"
FORMAT = 1
_MAGIC = b"checker-derived\n"
_DIGEST = 32
_KEEP = 4          # files kept per kind (the most recent): other versions, other data
_OFF = {"0", "off", "no", "false"}


def directory() -> Path | None:
    """Where derived data is kept, or None when it is switched off."""
    env = os.environ.get(ENV)
    if env is not None and env.strip().lower() in _OFF | {""}:
        return None
    if env:
        return Path(env)
    # the result cache's directory (not with checker.run.cache: sqlite3 and the data model)
    from checker.run.cache_dir import default_cache_dir

    return default_cache_dir() / "derived"


def key(*parts: str | bytes) -> str:
    """A key made of ``parts``, the format, the checker's version and the Python build."""
    h = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version}\0{sys.implementation.cache_tag}".encode())
    for part in parts:
        h.update(b"\0" + (part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")))
    return h.hexdigest()


def file_digest(path: str | Path) -> str:
    """The digest of a file's content."""
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def code_digest(modules: Iterable[str]) -> str:
    """A digest of the source files of the (imported) ``modules``: derived data depends on the
    code that derives it, which an editable install changes without a new version."""
    h = hashlib.sha256()
    for name in sorted(set(modules)):
        path = getattr(sys.modules.get(name), "__file__", None)
        h.update(name.encode() + b"\0")
        if path:
            try:
                h.update(Path(path).read_bytes())
            except OSError:
                h.update(b"unreadable")
    return h.hexdigest()


def _path(kind: str, digest: str) -> Path | None:
    try:
        base = directory()
    except (OSError, RuntimeError, KeyError):   # no home directory to find a cache directory in
        return None
    return None if base is None else base / f"{kind}-{digest[:40]}.bin"


def load(kind: str, digest: str) -> Any | None:
    """The entry of ``kind`` under key ``digest`` (see :func:`key`), or None when there is none
    or it cannot be read (switched off, missing, damaged, written for another key)."""
    path = _path(kind, digest)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    head = _MAGIC + digest.encode() + b"\n"
    body = memoryview(raw)[len(head) + _DIGEST:]   # not a copy of the entry (megabytes, some)
    if not raw.startswith(head) or raw[len(head):len(head) + _DIGEST] != hashlib.sha256(body).digest():
        return None
    try:
        return marshal.loads(body)
    except Exception:  # noqa: BLE001 - whatever a damaged entry raises, it is derived again
        return None


def store(kind: str, digest: str, value: Any) -> bool:
    """Write ``value`` as the entry of ``kind`` under ``digest``, atomically; False (and nothing
    written) when derived data is switched off or the directory cannot be written."""
    path = _path(kind, digest)
    if path is None:
        return False
    try:
        body = marshal.dumps(value)
    except ValueError:  # not plain data
        return False
    data = _MAGIC + digest.encode() + b"\n" + hashlib.sha256(body).digest() + body
    # tempfile imports random and shutil: a start-up cost left to the processes that write
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent, kind, path.name)
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune(folder: Path, kind: str, kept: str) -> None:
    """Keep the ``_KEEP`` most recent entries of ``kind`` (``kept`` among them)."""
    try:
        others = [p for p in folder.glob(f"{kind}-*.bin") if p.name != kept]
        if len(others) < _KEEP:
            return
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for p in others[_KEEP - 1:]:
            p.unlink()
    except OSError:
        pass

