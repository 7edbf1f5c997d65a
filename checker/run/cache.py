"""The result cache: re-checking an unchanged article costs a look-up.

A result is stored under a key made from everything that can change it: the article's text and
the fields the rules see (language, publication date, title, meta, inline suppressions, the HTML
source its spans point into, the rules enabled for its path) and the run's fingerprint
(:mod:`checker.run.fingerprint`): the configuration, and the plugins — each plugin's name,
distribution and version and a hash of its code and data files — plus the language data and the
checker's own code. Change any of them and the old entries are simply never asked for again. The
article's ``id`` and ``path`` are not part of the key: an unchanged article that moved is still a
hit, reported under its new id and path.

Beside the results, the cache keeps small *run records* by key (:meth:`ResultCache.run`): what a
fingerprint is made of beyond the plugins' packages, and what the reports need of the engine
(:mod:`checker.run.record`), so that a run the cache answers builds no engine
(:mod:`checker.run.lazy`). A record found under a key it was not made for is not served either.

Results with errors (a rule that raised, a time limit) are not stored. Each entry carries a
digest of its key and of the article's text and fields (:func:`entry_check`), compared on every
read: an entry under a key it was not made for is a miss, never served. The store is one SQLite
file in the cache directory: ``--cache-dir``, else ``$CHECKER_CACHE_DIR``, else
``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``. ``checker cache clear`` deletes it. Two
runs may share it at once (WAL journal, a busy timeout, writes gathered into short transactions).
A damaged file is rebuilt empty, with one warning; a cache that cannot be opened or written is
switched off with a warning; it never fails a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
import time
import zlib
from pathlib import Path
from typing import IO, Any

from checker.core.models import Article, ArticleResult
from checker.run.cache_dir import default_cache_dir  # noqa: F401 - re-exported

DB_NAME = "results.sqlite3"
_UNREAD = object()   # what _fetch answers when the database cannot be read
_COMMIT_EVERY = 200


def article_key(fingerprint: str, article: Article, disabled: tuple[str, ...] = ()) -> str:
    """The cache key of checking ``article`` with an engine whose fingerprint is given.
    ``disabled`` are the rules switched off for this article's path."""
    meta = {k: v for k, v in article.meta.items() if k != "line"}
    head = json.dumps([article.lang, str(article.published) if article.published else None, article.title,
                       meta, article.suppressions, list(disabled), article.summary, list(article.suppress)],
                      sort_keys=True, ensure_ascii=False, default=str)
    h = hashlib.sha256(fingerprint.encode())
    h.update(b"\0" + head.encode("utf-8", "surrogatepass"))
    h.update(b"\0" + article.text.encode("utf-8", "surrogatepass"))
    if article.source_text is not None:
        h.update(b"\0source\0" + article.source_text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def entry_check(key: str, article: Article) -> str:
    """What binds a stored entry to its key material: a digest of the key and of the article's
    text and fields, made apart from the key's own hash. Stored with the entry and compared on
    every read, so an entry found under a key it was not made for is never served."""
    h = hashlib.sha256(b"checker cache entry\0" + key.encode())
    h.update(article.text.encode("utf-8", "surrogatepass"))
    h.update(b"\0" + json.dumps([article.lang, str(article.published), article.title],
                                 ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


_TABLES = ("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, checksum TEXT NOT NULL, value BLOB NOT NULL)",
           "CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
_CORRUPT = {11, 26}       # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_TIMEOUT = 30.0      # seconds a write waits for another run's
_FLUSH_SECONDS = 2.0


def _corrupt(e: BaseException) -> bool:
    if isinstance(e, sqlite3.DatabaseError) and getattr(e, "sqlite_errorcode", None) in _CORRUPT:
        return True
    text = str(e)
    return "malformed" in text or "not a database" in text


class ResultCache:
    """Results by key in one SQLite file. Only the process that runs the batch touches it; other
    runs may share the file at the same time (WAL journal, a busy timeout, writes gathered into
    short transactions). A damaged file is rebuilt empty, once, with a warning."""

    def __init__(self, directory: str | os.PathLike | None = None, *, warn: IO[str] | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()
        self.path = self.directory / DB_NAME
        self.warn = warn
        self.hits = self.misses = self.stored = 0
        self.rejected = 0        # entries found under a key they were not made for
        self._queue: list[tuple[str, str, bytes]] = []
        self._runs: list[tuple[str, bytes]] = []
        self._flushed = time.monotonic()
        self._db = None
        self._rebuilt = False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except Exception as e:  # noqa: BLE001 - a cache never fails a run
            if _corrupt(e):
                self._rebuild(e)
            else:
                self._disable(f"cannot open the cache in {self.directory}: {e}")

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("BEGIN IMMEDIATE")
            db.execute("DROP TABLE IF EXISTS results")   # schema 1: entries without their check
            for table in _TABLES:
                db.execute(table)
            db.execute("COMMIT")
            db.execute("SELECT key FROM entries LIMIT 1").fetchall()
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, why: BaseException) -> None:
        """Replace a damaged file by an empty cache: a new database made in a temporary file
        created exclusively beside it, then renamed over it."""
        if self._db is not None:
            with contextlib.suppress(Exception):
                self._db.close()
        self._db = None
        if self._rebuilt:
            self._disable(f"the cache in {self.directory} is damaged again ({why})")
            return
        self._rebuilt = True
        try:
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=f".{DB_NAME}.", suffix=".tmp")
            os.close(fd)
            try:
                fresh = sqlite3.connect(tmp)
                for table in _TABLES:
                    fresh.execute(table)
                fresh.commit()
                fresh.close()
                for suffix in ("-wal", "-shm", "-journal"):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(str(self.path) + suffix)
                os.replace(tmp, self.path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
            self._db = self._open()
        except Exception as e:  # noqa: BLE001
            self._disable(f"cannot rebuild the damaged cache in {self.directory}: {e}")
            return
        if self.warn is not None:
            self.warn.write(f"checker: warning: the cache in {self.directory} was damaged ({why}); "
                            "rebuilt it empty\n")

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def _disable(self, why: str) -> None:
        if self.warn is not None:
            self.warn.write(f"checker: warning: {why}; continuing without the cache\n")
        if self._db is not None:
            with contextlib.suppress(Exception):
                self._db.close()
        self._db = None

    def _failed(self, doing: str, e: Exception) -> None:
        if _corrupt(e):
            self._rebuild(e)
        elif not _busy(e):     # another run holds the file: this entry waits for the next time
            self._disable(f"cannot {doing} the cache: {e}")

    def _fetch(self, sql: str, key: str):
        """The row ``sql`` selects for ``key`` (None when there is none), or ``_UNREAD`` when the
        database could not be read (reported once, through :meth:`_failed`)."""
        try:
            return self._db.execute(sql, (key,)).fetchone()
        except Exception as e:  # noqa: BLE001 - a failing cache is no cache, never a failed run
            self._failed("read", e)
            return _UNREAD

    def get(self, key: str, article: Article) -> ArticleResult | None:
        """The stored result for ``key``, reported under ``article``'s id and path; None (a miss)
        when there is none, or when the stored entry was not made for this key and article."""
        if self._db is None:
            return None
        row = self._fetch("SELECT checksum, value FROM entries WHERE key = ?", key)
        if row is _UNREAD:
            return None
        if row is None:
            self.misses += 1
            return None
        try:
            data: dict[str, Any] = json.loads(zlib.decompress(row[1]))
            if row[0] != entry_check(key, article) or data.pop("key", None) != key:
                self.rejected += 1
                raise ValueError("an entry of another key")
            result = ArticleResult.model_validate({**data, "id": article.id, "path": article.path})
        except Exception:  # noqa: BLE001 - a damaged or misplaced entry is a miss
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: ArticleResult, article: Article) -> None:
        """Store ``result`` of ``article`` under ``key`` (with what binds it to both); written in
        a short transaction with the others of the last moments."""
        if self._db is None or result.errors:
            return
        data = {**result.model_dump(mode="json", exclude={"id", "path"}), "key": key}
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"), 1)
        self._queue.append((key, entry_check(key, article), blob))
        self.stored += 1
        if len(self._queue) >= _COMMIT_EVERY or time.monotonic() - self._flushed >= _FLUSH_SECONDS:
            self.flush()

    def run(self, key: str) -> dict[str, Any] | None:
        """The run record stored under ``key`` (:mod:`checker.run.lazy`); None when there is none,
        or when the one stored was not made for this key."""
        if self._db is None:
            return None
        row = self._fetch("SELECT value FROM runs WHERE key = ?", key)
        if row is _UNREAD:
            return None
        try:
            data = json.loads(zlib.decompress(row[0])) if row is not None else None
            return data["record"] if isinstance(data, dict) and data.get("key") == key else None
        except Exception:  # noqa: BLE001 - a damaged record is no record
            return None

    def put_run(self, key: str, record: dict[str, Any]) -> None:
        """Store a run record under ``key``; written with the next results."""
        if self._db is None:
            return
        blob = json.dumps({"key": key, "record": record}, ensure_ascii=False).encode("utf-8", "surrogatepass")
        self._runs.append((key, zlib.compress(blob, 1)))

    def flush(self) -> None:
        """Write the stored entries not yet written; when another run holds the file past the busy
        timeout, they are kept for the next flush (at most a few batches' worth)."""
        self._flushed = time.monotonic()
        if self._db is None or not (self._queue or self._runs):
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO entries (key, checksum, value) VALUES (?, ?, ?)",
                                 self._queue)
            self._db.executemany("INSERT OR REPLACE INTO runs (key, value) VALUES (?, ?)", self._runs)
            self._db.execute("COMMIT")
            self._queue, self._runs = [], []
        except Exception as e:  # noqa: BLE001
            with contextlib.suppress(Exception):
                self._db.execute("ROLLBACK")
            if len(self._queue) > 4 * _COMMIT_EVERY:
                self._queue = self._queue[-_COMMIT_EVERY:]
            self._failed("write", e)

    def close(self) -> None:
        if self._db is None:
            return
        self.flush()
        with contextlib.suppress(Exception):
            self._db.close()
        self._db = None


def _busy(e: BaseException) -> bool:
    return isinstance(e, sqlite3.OperationalError) and ("locked" in str(e) or "busy" in str(e))


def clear(directory: str | os.PathLike | None = None) -> tuple[Path, int]:
    """Delete the cache file (and its journal). Returns the directory and the bytes freed."""
    d = Path(directory) if directory else default_cache_dir()
    freed = 0
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"):
        p = d / name
        if p.exists():
            freed += p.stat().st_size
            p.unlink()
    return d, freed


def info(directory: str | os.PathLike | None = None) -> dict[str, Any]:
    """Where the cache is, how many results it holds and its size on disk."""
    d = Path(directory) if directory else default_cache_dir()
    p = d / DB_NAME
    entries = 0
    size = sum((d / n).stat().st_size for n in (DB_NAME, DB_NAME + "-wal") if (d / n).exists())
    if p.exists():
        try:
            db = sqlite3.connect(p, timeout=10)
            try:
                entries = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            finally:
                db.close()
        except Exception:  # noqa: BLE001
            entries = 0
    return {"directory": str(d), "file": str(p), "entries": entries, "bytes": size}
