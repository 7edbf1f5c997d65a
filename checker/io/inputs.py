"""Input loading: .txt, .md, .html, .json, .jsonl, stdin and directories.

Each input item becomes either an :class:`Article` or, when it cannot be read, an
:class:`ArticleResult` carrying a per-item error, so the rest of a batch is still checked.
Items stream: a JSONL file of any size is read line by line.

One :class:`Loader` per format in :data:`LOADERS`, chosen by ``--input-format`` or by the file's
extension: a format is added by adding its loader there.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from checker.core.models import Article, ArticleResult
from checker.io.globs import expand
from checker.io.walk import Ignore, error_item, walk

MAX_CHARS = 2_000_000
ARTICLE_FIELDS = {"id", "text", "lang", "published", "title", "summary", "standfirst", "suppress", "meta"}

Item = Article | ArticleResult
_SURROGATE = re.compile("[\ud800-\udfff]")


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value: Any) -> dt.date | None:
    """The date of a record's ``published``: a string ``YYYY-MM-DD``, or an ISO 8601 date and time
    (``2024-11-20T08:00:00Z``), whole and valid; None for anything else (``2024-01-01garbage``,
    ``2024-01-01T99:99``, the number 20240101)."""
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).date() if value[10] in "T " else None
    except ValueError:
        return None


def iter_inputs(paths: list[str], input_format: str = "auto", stdin: IO[bytes] | None = None,
                ignore: Ignore | None = None) -> Iterator[Item]:
    """Every item of every path, in order. Directories are walked recursively (sorted, leaving
    out what ``ignore`` names; see :func:`walk_files`); a path that does not exist but holds a glob pattern (``*``, ``?``, ``[``;
    ``**`` for any depth) is expanded, sorted."""
    for p in expand_paths(paths):
        if p == "-":
            fmt = "txt" if input_format == "auto" else input_format
            stream = stdin or sys.stdin.buffer
            if fmt == "jsonl":
                yield from _jsonl_stream("<stdin>", stream)
                continue
            data = read_bounded(stream, max_bytes(fmt))
            if data is None:
                yield error_item("<stdin>", "<stdin>", "too-large", _too_many_bytes("standard input", fmt))
                continue
            yield from _load_bytes("<stdin>", "<stdin>", data, fmt)
            continue
        path = Path(p)
        if path.is_dir():
            for f in walk_files(path, ignore):
                if isinstance(f, ArticleResult):
                    yield f
                else:
                    yield from load_path(f, input_format)
        elif path.is_file():
            yield from load_path(path, input_format)
        else:
            yield error_item(p, p, "not-found", f"no such file or directory: {p}")


def max_bytes(fmt: str = "txt") -> int:
    """The size in bytes over which an input is rejected before it is read (a file, standard input,
    or one JSON Lines record). For text and Markdown, no file of :data:`MAX_CHARS` characters or
    fewer is larger in any encoding the loaders read (four bytes a character at most, and a
    byte-order mark); JSON may spend twelve bytes on one character (``\\ud83d\\ude00``) and
    gets room for its other fields; HTML's markup counts as text does."""
    if fmt in ("json", "jsonl"):
        return 12 * MAX_CHARS + (1 << 20)
    return 4 * MAX_CHARS + 4


def _too_many_bytes(what: str, fmt: str, size: int | None = None) -> str:
    has = f"has {size:,} bytes" if size is not None else f"has more than {max_bytes(fmt):,} bytes"
    return f"{what} {has}, over the limit of {max_bytes(fmt):,} bytes for a {fmt} input " \
           f"(articles of at most {MAX_CHARS:,} characters)"


def read_bounded(stream: IO[bytes], limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``stream`` (to its end), or None when it holds more: no more
    than ``limit + 1`` bytes are ever read."""
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > limit else b"".join(chunks)


def expand_paths(paths: list[str]) -> Iterator[str]:
    """The paths, with glob patterns that name no existing path expanded (sorted). A pattern
    that matches nothing stays as it is, to be reported as not found."""
    for p in paths:
        if p != "-" and glob.has_magic(p) and not os.path.lexists(p):
            matches = expand(p)   # ** descends through no linked directory (checker.io.globs)
            if matches:
                yield from matches
                continue
        yield p


def walk_files(root: Path, ignore: Ignore | None = None) -> Iterator[Path | ArticleResult]:
    """The input files (of :data:`SUFFIXES`) under ``root``: see :func:`checker.io.walk.walk`."""
    return walk(root, SUFFIXES, ignore)


def format_of(path: Path | str, input_format: str = "auto") -> str:
    """The format a file is read as: ``input_format``, or by its extension (default ``txt``)."""
    if input_format != "auto":
        return input_format
    return SUFFIXES.get(Path(path).suffix.lower(), "txt")


def load_path(path: Path, input_format: str = "auto") -> Iterator[Item]:
    """The items of one file."""
    name = str(path)
    loader = LOADERS[format_of(path, input_format)]
    if loader.from_file is not None:
        yield from loader.from_file(path)
        return
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes(loader.name):  # before reading: no article of the limit is so large
                yield error_item(name, name, "too-large", _too_many_bytes("the file", loader.name, size))
                return
            data = read_bounded(f, max_bytes(loader.name))
    except OSError as e:
        yield error_item(name, name, "unreadable", f"cannot read {name}: {e.strerror or e}")
        return
    if data is None:  # it grew while it was read
        yield error_item(name, name, "too-large", _too_many_bytes("the file", loader.name))
        return
    yield from _load_bytes(name, name, data, loader.name)


def decode(data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped) or BOM-marked UTF-16/32; raise ValueError otherwise."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise ValueError(f"not valid {enc.upper()}: {e.reason} at byte {e.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not valid UTF-8: {e.reason} at byte {e.start} "
                         f"({data[e.start:e.start + 4]!r}); convert the file to UTF-8") from None


def _load_bytes(id: str, path: str, data: bytes, fmt: str) -> Iterator[Item]:
    try:
        text = decode(data)
    except ValueError as e:
        yield error_item(id, path, "encoding", str(e))
        return
    yield from LOADERS[fmt].from_text(id, path, text)


def check_size(item: Item) -> Item:
    """The article, or an item error when it has no text or more than :data:`MAX_CHARS`."""
    if isinstance(item, Article):
        if not item.text.strip():
            return error_item(item.id, item.path, "empty", "the article has no text")
        if len(item.text) > MAX_CHARS:
            return error_item(item.id, item.path, "too-large",
                              f"the article has {len(item.text):,} characters; the limit is {MAX_CHARS:,}")
    return item


def _jsonl_file(path: Path) -> Iterator[Item]:
    name = str(path)
    try:
        f = open(path, "rb")
    except OSError as e:
        yield error_item(name, name, "unreadable", f"cannot read {name}: {e.strerror or e}")
        return
    with f:
        yield from _jsonl_stream(name, f)


def _jsonl_stream(name: str, f: IO[bytes]) -> Iterator[Item]:
    """The records of a JSON Lines stream, one line at a time; a line longer than
    :func:`max_bytes` is an item error, skipped without being held whole."""
    limit = max_bytes("jsonl")
    records = 0
    n = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            break
        n += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            records += 1
            yield error_item(f"{name}:{n}", name, "too-large",
                             f"line {n}: the record has more than {limit:,} bytes, over the limit of a "
                             f"jsonl input (articles of at most {MAX_CHARS:,} characters)", line=n)
            continue
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield error_item(f"{name}:{n}", name, "encoding", f"line {n}: not valid UTF-8 at byte {e.start}", line=n)
            records += 1
            continue
        for item in _jsonl_line(name, n, line):
            records += 1
            yield item
    if not records:
        yield error_item(name, name, "empty", "the file is empty")


def _jsonl_line(path: str, n: int, line: str) -> Iterator[Item]:
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        yield error_item(f"{path}:{n}", path, "malformed-json", f"line {n}: malformed JSON: {e.msg} at column {e.colno}", line=n)
        return
    yield article_from_record(obj, path, n)


def article_from_record(obj: Any, path: str | None, line: int | None, default_id: str | None = None) -> Item:
    """The article of a JSON object (``id``, ``text``, optional ``lang``, ``published``, ``title``,
    ``summary`` or ``standfirst``, ``suppress``, ``meta``; other keys go to ``meta``), or an item error naming what is wrong with it."""
    where = f"line {line}: " if line else ""
    fallback_id = f"{path}:{line}" if line else (default_id or path)
    if not isinstance(obj, dict):
        return error_item(fallback_id, path, "bad-record", f"{where}expected a JSON object, got {type(obj).__name__}", line)
    raw_id = obj.get("id", default_id if line is None else None)
    if raw_id is None or isinstance(raw_id, (dict, list, bool)) or str(raw_id) == "":
        return error_item(fallback_id, path, "bad-record", f"{where}missing 'id'", line)
    aid = str(raw_id)
    if _SURROGATE.search(aid):
        return error_item(fallback_id, path, "encoding", f"{where}'id' contains unpaired surrogate escapes", line)
    text = obj.get("text")
    if not isinstance(text, str):
        what = "missing 'text'" if text is None else f"'text' must be a string, got {type(text).__name__}"
        return error_item(aid, path, "bad-record", where + what, line)
    if _SURROGATE.search(text):
        return error_item(aid, path, "encoding", f"{where}'text' contains unpaired surrogate escapes", line)
    published = obj.get("published")
    if published is not None:
        published = iso_date(published)
        if published is None:
            return error_item(aid, path, "bad-record", f"{where}'published' is not an ISO date (YYYY-MM-DD, or "
                              f"a date and time): {obj['published']!r}", line)
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return error_item(aid, path, "bad-record", f"{where}'lang' must be a string", line)
    title = obj.get("title")
    summary = obj.get("summary", obj.get("standfirst"))
    suppress = obj.get("suppress", [])
    suppress = [suppress] if isinstance(suppress, str) else suppress
    if not isinstance(suppress, list) or not all(isinstance(s, str) for s in suppress):
        return error_item(aid, path, "bad-record", f"{where}'suppress' must be a list of fingerprints or "
                          f"rule ids", line)
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    meta = {**{k: v for k, v in obj.items() if k not in ARTICLE_FIELDS}, **meta}
    if line:
        meta["line"] = line
    return check_size(Article(id=aid, text=text, lang=lang or None, published=published,
                               title=title if isinstance(title, str) else None,
                               summary=summary if isinstance(summary, str) else None,
                               suppress=tuple(suppress), path=path, meta=meta))


# --- the loaders -----------------------------------------------------------------------------


def read_article(fmt: str, id: str, path: str | None, text: str) -> Item:
    """The one article of a text in a single-article format (``txt``, ``md`` or ``html``)."""
    if fmt == "md":
        from checker.io.markdown import article_from_markdown  # markdown-it: imported for Markdown inputs only

        return check_size(article_from_markdown(id, path, text))
    if fmt == "html":
        from checker.io.html import article_from_html  # its tokenizer's patterns: for HTML inputs only

        return check_size(article_from_html(id, path, text))
    return check_size(Article(id=id, text=text, path=path))


def _single(fmt: str) -> Callable[[str, str, str], Iterator[Item]]:
    def load(id: str, path: str, text: str) -> Iterator[Item]:
        yield read_article(fmt, id, path, text)
    return load


def _json_text(id: str, path: str, text: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        yield error_item(id, path, "malformed-json", f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}")
        return
    yield article_from_record(obj, path, None, default_id=id)


def _jsonl_text(id: str, path: str, text: str) -> Iterator[Item]:
    records = 0
    for n, line in enumerate(text.split("\n"), 1):
        for item in _jsonl_line(path, n, line):
            records += 1
            yield item
    if not records:
        yield error_item(id, path, "empty", "the file is empty")


@dataclass(frozen=True)
class Loader:
    """How one input format is read: ``from_text(id, path, text)`` gives the items of a decoded
    input; ``from_file(path)``, when set, streams the items of a file instead of reading it whole."""

    name: str
    suffixes: tuple[str, ...]
    from_text: Callable[[str, str, str], Iterator[Item]]
    from_file: Callable[[Path], Iterator[Item]] | None = None


LOADERS: dict[str, Loader] = {loader.name: loader for loader in (
    Loader("txt", (".txt", ".text"), _single("txt")),
    Loader("md", (".md", ".markdown"), _single("md")),
    Loader("html", (".html", ".htm"), _single("html")),
    Loader("json", (".json",), _json_text),
    Loader("jsonl", (".jsonl", ".ndjson"), _jsonl_text, _jsonl_file),
)}
SUFFIXES = {suffix: loader.name for loader in LOADERS.values() for suffix in loader.suffixes}
