"""The result cache: re-checking an unchanged article costs a look-up.

A result is stored under a key made from everything that can change it: the article's text and
the fields the rules see (language, publication date, title, meta, inline suppressions, the HTML
source its spans point into, the rules enabled for its path), the configuration, and the
plugins — each plugin's name, distribution and version and a hash of its code and data files —
plus the language data and the checker's own code. Change any of them and the old entries are
simply never asked for again. The article's ``id`` and ``path`` are not part of the key: an
unchanged article that moved is still a hit, reported under its new id and path.

Results with errors (a rule that raised, a time limit) are not stored. The store is one SQLite
file in the cache directory: ``--cache-dir``, else ``$CHECKER_CACHE_DIR``, else
``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``. ``checker cache clear`` deletes it. A
cache that cannot be opened or written is switched off with a warning; it never fails a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import zlib
from pathlib import Path
from typing import IO, Any

from checker.core.models import Article, ArticleResult
from checker.core.version import __version__

DB_NAME = "results.sqlite3"
SCHEMA = 1
_COMMIT_EVERY = 200


def default_cache_dir() -> Path:
    env = os.environ.get("CHECKER_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "checker"


def _hash_tree(h, root: Path) -> None:
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".toml", ".json") and p.is_file() and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(root)).encode() + b"\0")
            h.update(p.read_bytes())


def _module_files(h, module_name: str, seen: set[str]) -> None:
    """Hash the code and data of the top-level package holding ``module_name`` (or of the module
    file itself when it is not in a package)."""
    top = module_name.partition(":")[0].split(".")[0]
    mod = sys.modules.get(top)
    if mod is None or top in seen:
        return
    seen.add(top)
    paths = list(getattr(mod, "__path__", []) or [])
    if paths:
        for p in paths:
            _hash_tree(h, Path(p))
    elif getattr(mod, "__file__", None):
        try:
            h.update(Path(mod.__file__).read_bytes())
        except OSError:
            pass


def engine_fingerprint(engine) -> str:
    """A hash of everything about the engine that can change a result."""
    h = hashlib.sha256(f"checker {__version__} cache {SCHEMA}\0".encode())
    h.update(json.dumps(engine.config.model_dump(mode="json"), sort_keys=True, default=str).encode())
    seen: set[str] = set()
    for info in engine.registry.plugins:
        h.update(f"\0plugin {info.name} {info.module} {info.distribution} {info.version}".encode())
        _module_files(h, info.module, seen)
    for rule in engine.rules.values():
        mod = getattr(rule.check, "__module__", None) or ""
        h.update(f"\0rule {rule.id} {rule.plugin} {mod} {rule.severity.value}".encode())
        h.update(json.dumps(rule.options, sort_keys=True, default=str).encode())
        _module_files(h, mod, seen)
    for ld in engine.registry.language_data:
        h.update(f"\0data {ld.lang} {ld.name}".encode())
        if ld.path is not None:
            try:
                h.update(Path(ld.path).read_bytes())
            except OSError:
                pass
        else:
            h.update(json.dumps(ld.data, sort_keys=True, default=str).encode())
    return h.hexdigest()


def article_key(fingerprint: str, article: Article, disabled: tuple[str, ...] = ()) -> str:
    """The cache key of checking ``article`` with an engine whose fingerprint is given.
    ``disabled`` are the rules switched off for this article's path."""
    meta = {k: v for k, v in article.meta.items() if k != "line"}
    head = json.dumps([article.lang, str(article.published) if article.published else None, article.title,
                       meta, article.suppressions, list(disabled)],
                      sort_keys=True, ensure_ascii=False, default=str)
    h = hashlib.sha256(fingerprint.encode())
    h.update(b"\0" + head.encode("utf-8", "surrogatepass"))
    h.update(b"\0" + article.text.encode("utf-8", "surrogatepass"))
    if article.source_text is not None:
        h.update(b"\0source\0" + article.source_text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ResultCache:
    """Results by key in one SQLite file. Only the process that runs the batch touches it."""

    def __init__(self, directory: str | os.PathLike | None = None, *, warn: IO[str] | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()
        self.path = self.directory / DB_NAME
        self.warn = warn
        self.hits = self.misses = self.stored = 0
        self._pending = 0
        self._db = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=10, isolation_level="DEFERRED")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            db.commit()
            self._db = db
        except Exception as e:  # noqa: BLE001 - a cache never fails a run
            self._disable(f"cannot open the cache in {self.directory}: {e}")

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def _disable(self, why: str) -> None:
        if self.warn is not None:
            self.warn.write(f"checker: warning: {why}; continuing without the cache\n")
        if self._db is not None:
            try:
                self._db.close()
            except Exception:  # noqa: BLE001
                pass
        self._db = None

    def get(self, key: str, article: Article) -> ArticleResult | None:
        """The stored result for ``key``, reported under ``article``'s id and path."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except Exception as e:  # noqa: BLE001
            self._disable(f"cannot read the cache: {e}")
            return None
        if row is None:
            self.misses += 1
            return None
        try:
            data: dict[str, Any] = json.loads(zlib.decompress(row[0]))
            result = ArticleResult.model_validate({**data, "id": article.id, "path": article.path})
        except Exception:  # noqa: BLE001 - a damaged entry is a miss
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: ArticleResult) -> None:
        if self._db is None or result.errors:
            return
        data = result.model_dump(mode="json", exclude={"id", "path"})
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"), 1)
        try:
            self._db.execute("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", (key, blob))
            self.stored += 1
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                self._db.commit()
                self._pending = 0
        except Exception as e:  # noqa: BLE001
            self._disable(f"cannot write the cache: {e}")

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.commit()
            self._db.close()
        except Exception as e:  # noqa: BLE001
            self._disable(f"cannot write the cache: {e}")
        self._db = None


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
                entries = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
            finally:
                db.close()
        except Exception:  # noqa: BLE001
            entries = 0
    return {"directory": str(d), "file": str(p), "entries": entries, "bytes": size}
