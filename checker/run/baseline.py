"""Baselines: accept the findings a batch has today, report only new ones from then on.

``--write-baseline FILE`` records every finding of the run by article and fingerprint — the
rule and its normalised evidence (primary and related spans' text), not offsets — so a finding
keeps its identity when the article is edited elsewhere. ``--baseline FILE`` then hides each
recorded finding once: an article with the same finding twice and one recorded reports the
second. The summary's ``baselined`` counts what was hidden.

An article read from a file of its own is keyed by its path relative to the project root
(:func:`project_root`: the configuration file's folder, else the git work tree holding the
current directory, else the current directory), written with ``/``, so a run started from
another directory, or with the paths typed another way, still finds it; a record of a JSON or
JSON Lines file is keyed by its id. A baseline of which no article of the run is a part hides
nothing, and the run warns about it.

The file is JSON, written as the batch streams::

    {"version": 2, "tool": "checker", "articles": {
      "fixtures/articles/a.txt": [{"rule": "DATE001", "fingerprint": "…", "evidence": "…"}, …],
      …}}

Version 1 files, keyed by the paths as they were typed, still load: an article is looked up by
its project-relative key, then by its id as given.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import IO

from checker.core.config import ConfigError
from checker.core.models import ArticleResult

VERSION = 2
READS = (1, 2)
_EVIDENCE = 80


def project_root(config_source: str | None = None, cwd: str | Path | None = None) -> Path:
    """The folder baseline keys are relative to: the configuration file's, else the git work
    tree's that holds ``cwd`` (a ``.git`` directory or file), else ``cwd``."""
    if config_source:
        return Path(os.path.abspath(config_source)).parent
    here = Path(os.path.abspath(cwd if cwd is not None else os.getcwd()))
    for d in (here, *here.parents):
        if (d / ".git").exists():
            return d
    return here


def article_key(result: ArticleResult, root: Path | None) -> str:
    """The key of an article in a baseline: the path of a file article relative to ``root``
    (with ``/``), the id of a record or of standard input."""
    if root is None or not result.path or result.id != result.path or result.path == "<stdin>":
        return result.id
    return Path(os.path.relpath(os.path.abspath(result.path), root)).as_posix()


class Baseline:
    """Recorded findings: article key -> a multiset of fingerprints."""

    def __init__(self, articles: dict[str, Counter], root: Path | None = None):
        self.articles = articles
        self.root = root
        self.hidden = 0
        self.matched = 0     # articles of the run the baseline has entries for

    @classmethod
    def load(cls, path: str | Path, root: Path | None = None) -> "Baseline":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=_merge_pairs)
        except OSError as e:
            raise ConfigError(f"cannot read baseline {path}: {e.strerror or e}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"baseline {path} is not valid JSON: {e}") from None
        if not isinstance(data, dict) or data.get("version") not in READS or not isinstance(data.get("articles"), dict):
            raise ConfigError(f"baseline {path} is not a checker baseline (version {' or '.join(map(str, READS))})")
        articles = {}
        for aid, entries in data["articles"].items():
            if not isinstance(entries, list):
                raise ConfigError(f"baseline {path}: article {aid!r} must hold a list of findings")
            articles[aid] = Counter(e["fingerprint"] for e in entries if isinstance(e, dict) and "fingerprint" in e)
        return cls(articles, root)

    def filter(self, result: ArticleResult) -> tuple[ArticleResult, int]:
        """``result`` without the recorded findings, and how many were hidden."""
        recorded = self.articles.get(article_key(result, self.root))
        if recorded is None:
            recorded = self.articles.get(result.id)
        if recorded is not None:
            self.matched += 1
        if not recorded or not result.findings:
            return result, 0
        left = Counter(recorded)
        kept = []
        for f in result.findings:
            if left[f.fingerprint] > 0:
                left[f.fingerprint] -= 1
            else:
                kept.append(f)
        hidden = len(result.findings) - len(kept)
        self.hidden += hidden
        if not hidden:
            return result, 0
        return result.model_copy(update={"findings": tuple(kept)}), hidden


class BaselineWriter:
    """Streams a baseline file: one entry per article with findings, in input order."""

    def __init__(self, path: str | Path, root: Path | None = None):
        """Articles are keyed relative to ``root`` (:func:`article_key`). The findings go to a temporary file of a random name created exclusively (never through
        a planted link) beside ``path`` — beside the real file when ``path`` is a symbolic link —
        and renamed over it when the run completes."""
        self.path = Path(os.path.realpath(path))
        self.root = root
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            self.out: IO[str] = os.fdopen(fd, "w", encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"cannot write baseline {path}: {e.strerror or e}") from None
        self.tmp = Path(tmp)
        try:
            self.mode = self.path.stat().st_mode & 0o7777   # an existing baseline keeps its mode
        except OSError:
            self.mode = 0o666 & ~_umask()
        self.out.write('{"version": %d, "tool": "checker", "articles": {' % VERSION)
        self.first = True
        self.findings = 0

    def add(self, result: ArticleResult) -> None:
        if not result.findings:
            return
        entries = [{"rule": f.rule, "fingerprint": f.fingerprint, "evidence": _evidence(f.span.text)}
                   for f in result.findings]
        self.findings += len(entries)
        # the same id twice in one batch repeats the key; reading merges the lists
        self.out.write(("\n" if self.first else ",\n") + json.dumps(article_key(result, self.root), ensure_ascii=False) + ": "
                       + json.dumps(entries, ensure_ascii=False))
        self.first = False

    def close(self, complete: bool = True) -> None:
        try:
            self.out.write("\n}}\n")
            self.out.flush()
            os.fsync(self.out.fileno())
            self.out.close()
            if complete:
                os.chmod(self.tmp, self.mode)   # mkstemp's 0600 would hide it from the team
                self.tmp.replace(self.path)
        finally:
            if not self.out.closed:
                self.out.close()
            self.tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _merge_pairs(pairs):
    out: dict = {}
    for k, v in pairs:
        if k in out and isinstance(out[k], list) and isinstance(v, list):
            out[k] = out[k] + v
        else:
            out[k] = v
    return out


def _evidence(text: str) -> str:
    t = " ".join(text.split())
    return t if len(t) <= _EVIDENCE else t[:_EVIDENCE - 1] + "…"
