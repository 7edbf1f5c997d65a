"""Where a finding is in the input file, for the formats CI systems read (sarif, junit, github).

Spans index the analysed text. That text is the file itself for ``.txt`` and ``.md`` inputs
(Markdown markup is blanked, not removed), so a span's line and column are the file's. An HTML
span carries ``source``, its position in the HTML file. The text of a ``.json`` or ``.jsonl``
record is a string inside the file: a finding in a JSON Lines record is placed on the record's
line, at the columns of its span inside the raw line (:mod:`checker.reporters.records`); one in
a ``.json`` file is located by file and article id only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from checker.core.models import ArticleResult, Span
from checker.reporters.records import Record

_NOT_THE_TEXT = (".json", ".jsonl", ".ndjson", ".html", ".htm")


@dataclass(frozen=True)
class Position:
    line: int
    column: int | None = None    # None: the line is known, not the column (a JSON Lines record)
    end_line: int | None = None
    end_column: int | None = None
    offset: int | None = None      # code points from the start of the file
    length: int | None = None


def has_file(result: ArticleResult) -> bool:
    """The article came from a file (not standard input)."""
    return bool(result.path) and result.path != "<stdin>"


def text_is_file(result: ArticleResult) -> bool:
    """The analysed text is the file's text (not extracted from HTML, not a JSON string)."""
    return has_file(result) and result.id == result.path and not result.path.lower().endswith(_NOT_THE_TEXT)


def position(result: ArticleResult, span: Span, record: Record | None = None) -> Position | None:
    """The span's position in the input file, or None when it has none there; ``record``: the
    JSON Lines record the article came from, when known (its line, and the span's columns in
    it when they could be read again). A span in the headline or standfirst (``span.field``) is
    counted in that field, not in the file: None."""
    if span.field is not None:
        return None
    if record is not None:
        cols = record.columns_of(span)
        if cols is None:
            return Position(record.line)
        return Position(record.line, cols[0], record.line, cols[1])
    if span.source is not None:
        return Position(span.source.line, span.source.column, offset=span.source.start,
                        length=span.source.end - span.source.start)
    if text_is_file(result):
        return Position(span.line, span.column, span.end_line, span.end_column, span.start, span.end - span.start)
    return None


def file_uri(path: str) -> str:
    """A URI reference for a path as given: relative paths stay relative (with ``/``), absolute
    ones become ``file://`` URIs."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(path.replace(os.sep, "/"), safe="/-._~!$&'()*+,;=:@")


def label(result: ArticleResult) -> str:
    """The article as the text format names it: its path, or ``path[id]`` for a record."""
    if result.path and result.path != result.id and not result.path.endswith(result.id):
        return f"{result.path}[{result.id}]"
    return result.path or result.id
