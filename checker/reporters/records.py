"""Where a finding of a JSON Lines record lies in its file: the record's line, and the column
inside that line where the record's ``text`` string holds the span.

The loader notes each record's line (``Article.meta["line"]``); :class:`RecordLines` keeps it
from the input stream until the record's result is reported, then reads that line of the file
again (forward, one file open at a time, only for records with findings) and maps each
character of the decoded ``text`` to its column in the raw line, escapes included (``\\n`` is
two columns, ``\\u00e9`` six, a surrogate pair twelve for one character). When the line no
longer holds the text the span quotes (the file changed, standard input), the column is left
out and the line alone is given.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from json.decoder import scanstring
from typing import IO, Iterable, Iterator

from checker.core.models import Article, ArticleResult, Span

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


@dataclass(frozen=True)
class Record:
    line: int
    text: str | None = None            # the record's text as read again from the line
    columns: tuple[int, ...] = ()      # 0-based column in the raw line of each text index, and of its end

    def columns_of(self, span: Span) -> tuple[int, int] | None:
        """1-based start and end columns of ``span`` in the raw line, or None when the line
        read again does not hold the span's text there."""
        if self.text is None or span.end >= len(self.columns) or self.text[span.start:span.end] != span.text:
            return None
        return self.columns[span.start] + 1, self.columns[span.end] + 1


def text_columns(line: str) -> tuple[str, tuple[int, ...]] | None:
    """The ``text`` string of the JSON object on ``line`` (the last, if written twice) and the
    raw column of each of its characters; None when the line is no such object."""
    pos = _WS.match(line, 0).end()
    if line[pos:pos + 1] != "{":
        return None
    found = None
    pos += 1
    while True:
        pos = _WS.match(line, pos).end()
        if line[pos:pos + 1] == "}" and found is None:
            return None
        if line[pos:pos + 1] != '"':
            return None
        try:
            key, pos = scanstring(line, pos + 1)
            pos = _WS.match(line, pos).end()
            if line[pos:pos + 1] != ":":
                return None
            start = _WS.match(line, pos + 1).end()
            _, pos = _DECODER.raw_decode(line, start)
        except ValueError:
            return None
        if key == "text" and line[start:start + 1] == '"':
            found = start
        pos = _WS.match(line, pos).end()
        if line[pos:pos + 1] == ",":
            pos += 1
            continue
        break
    return None if found is None else _string_columns(line, found)


def _string_columns(line: str, quote: int) -> tuple[str, tuple[int, ...]]:
    text: list[str] = []
    cols: list[int] = []
    i = quote + 1
    while line[i] != '"':
        cols.append(i)
        if line[i] != "\\":
            text.append(line[i])
            i += 1
        elif line[i + 1] != "u":
            text.append(_ESCAPES[line[i + 1]])
            i += 2
        else:
            cp = int(line[i + 2:i + 6], 16)
            i += 6
            if 0xD800 <= cp < 0xDC00 and line[i:i + 2] == "\\u" and 0xDC00 <= int(line[i + 2:i + 6], 16) < 0xE000:
                cp = 0x10000 + ((cp - 0xD800) << 10) + (int(line[i + 2:i + 6], 16) - 0xDC00)
                i += 6
            text.append(chr(cp))
    cols.append(i)
    return "".join(text), tuple(cols)


class RecordLines:
    """The line of each JSON Lines record in its file, noted as the input streams past (a
    reporter's ``inputs``) and handed over once, when the record's result is reported."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str | None, str], deque[int]] = defaultdict(deque)
        self._file: tuple[str, IO[bytes]] | None = None
        self._at = 0   # lines of the open file read so far

    def watch(self, items: Iterable) -> Iterator:
        for item in items:
            if isinstance(item, Article) and isinstance(item.meta.get("line"), int):
                self._lines[(item.path, item.id)].append(item.meta["line"])
            yield item

    def line_of(self, result: ArticleResult) -> int | None:
        key = (result.path, result.id)
        lines = self._lines.get(key)
        if not lines:
            return None
        line = lines.popleft()
        if not lines:
            del self._lines[key]
        return line

    def record_of(self, result: ArticleResult) -> Record | None:
        """The record's line, with the columns of its text when it has findings to place."""
        line = self.line_of(result)
        if line is None:
            return None
        if not result.findings or not result.path or result.path == "<stdin>":
            return Record(line)
        raw = self._read_line(result.path, line)
        mapped = text_columns(raw) if raw is not None else None
        return Record(line, *mapped) if mapped else Record(line)

    def _read_line(self, path: str, n: int) -> str | None:
        try:
            if self._file is None or self._file[0] != path or n <= self._at:
                self.close()
                self._file = (path, open(path, "rb"))
                self._at = 0
            f = self._file[1]
            raw = b""
            while self._at < n:
                raw = f.readline()
                if not raw:
                    return None
                self._at += 1
            return raw.decode("utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError):
            return None

    def close(self) -> None:
        if self._file is not None:
            self._file[1].close()
            self._file = None
