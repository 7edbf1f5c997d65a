"""Baselines: accept the findings a batch has today, report only new ones from then on.

``--write-baseline FILE`` records every finding of the run by article id and fingerprint — the
rule and its normalised evidence (primary and related spans' text), not offsets — so a finding
keeps its identity when the article is edited elsewhere. ``--baseline FILE`` then hides each
recorded finding once: an article with the same finding twice and one recorded reports the
second. The summary's ``baselined`` counts what was hidden.

The file is JSON, written as the batch streams::

    {"version": 1, "tool": "checker", "articles": {
      "fixtures/articles/a.txt": [{"rule": "DATE001", "fingerprint": "…", "evidence": "…"}, …],
      …}}
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

VERSION = 1
_EVIDENCE = 80


class Baseline:
    """Recorded findings: article id -> a multiset of fingerprints."""

    def __init__(self, articles: dict[str, Counter]):
        self.articles = articles
        self.hidden = 0

    @classmethod
    def load(cls, path: str | Path) -> "Baseline":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=_merge_pairs)
        except OSError as e:
            raise ConfigError(f"cannot read baseline {path}: {e.strerror or e}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"baseline {path} is not valid JSON: {e}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("articles"), dict):
            raise ConfigError(f"baseline {path} is not a checker baseline (version {VERSION})")
        articles = {}
        for aid, entries in data["articles"].items():
            if not isinstance(entries, list):
                raise ConfigError(f"baseline {path}: article {aid!r} must hold a list of findings")
            articles[aid] = Counter(e["fingerprint"] for e in entries if isinstance(e, dict) and "fingerprint" in e)
        return cls(articles)

    def filter(self, result: ArticleResult) -> tuple[ArticleResult, int]:
        """``result`` without the recorded findings, and how many were hidden."""
        recorded = self.articles.get(result.id)
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

    def __init__(self, path: str | Path):
        """The findings go to a temporary file of a random name created exclusively (never through
        a planted link) beside ``path`` — beside the real file when ``path`` is a symbolic link —
        and renamed over it when the run completes."""
        self.path = Path(os.path.realpath(path))
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
        self.out.write(("\n" if self.first else ",\n") + json.dumps(result.id, ensure_ascii=False) + ": "
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
