"""The progress line of a batch on a terminal, and counting the items of the inputs ahead."""

from __future__ import annotations

import time
from pathlib import Path
from typing import IO

from checker.core.models import ArticleResult
from checker.io.inputs import expand_paths, format_of, walk_files
from checker.io.walk import Ignore


class Progress:
    """A one-line status on a terminal: articles, articles/s, findings, errors, ETA.

    The line is redrawn in place (carriage return, erase line). A report written to the same
    terminal must not land on it: :meth:`hide` erases it before a report line is written, and the
    next :meth:`update` draws it again below what was written."""

    def __init__(self, stream: IO[str], total: int | None = None, interval: float = 0.2):
        self.stream = stream
        self.total = total
        self.interval = interval
        self.start = time.monotonic()
        self.last = 0.0
        self.articles = self.findings = self.errors = 0
        self.shown = False

    def update(self, result: ArticleResult) -> None:
        self.articles += 1
        self.findings += len(result.findings)
        self.errors += len(result.errors)
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.articles / elapsed
        parts = [f"{self.articles}" + (f"/{self.total}" if self.total else "") + " articles",
                 f"{rate:.0f}/s", f"{self.findings} findings", f"{self.errors} errors"]
        if self.total and rate > 0 and self.articles <= self.total:
            left = int((self.total - self.articles) / rate)
            parts.append(f"ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}")
        self.stream.write("\r\033[K" + " · ".join(parts))
        self.stream.flush()
        self.shown = True

    def hide(self) -> None:
        """Erase the line if it is on the screen (before other output is written)."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False
            self.last = 0.0   # drawn again at the next update, below the new output

    def close(self) -> None:
        self.hide()


def count_items(paths: list[str], input_format: str = "auto", ignore: Ignore | None = None) -> int | None:
    """How many items the inputs hold (JSON Lines records counted as lines), or None when that
    cannot be known ahead (standard input). Directories are walked leaving out what ``ignore``
    names, as the run does."""
    total = 0
    for p in expand_paths(paths):
        if p == "-":
            return None
        path = Path(p)
        files = walk_files(path, ignore) if path.is_dir() else [path]
        for f in files:
            if not isinstance(f, Path):  # an error item of the walk
                total += 1
                continue
            fmt = format_of(f, input_format)
            if fmt != "jsonl":
                total += 1
                continue
            try:
                with open(f, "rb") as fh:
                    n, last = 0, b"\n"
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        n += chunk.count(b"\n")
                        last = chunk[-1:]
                    total += n + (last != b"\n")
            except OSError:
                total += 1
    return total
