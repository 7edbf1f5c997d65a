"""Input loading: .txt, .md, .html, .json, .jsonl, stdin and directories.

Each input item becomes either an :class:`Article` or, when it cannot be read, an
:class:`ArticleResult` carrying a per-item error, so the rest of a batch is still checked.
Items stream: a JSONL file of any size is read line by line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import html
import html.entities
import json
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any, Iterator

from checker.core.models import Article, ArticleResult, ItemError

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
                 ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MAX_CHARS = 2_000_000
ARTICLE_FIELDS = {"id", "text", "lang", "published", "title", "meta"}

Item = Article | ArticleResult
_SURROGATE = re.compile("[\ud800-\udfff]")


def error_item(id: str, path: str | None, code: str, message: str, line: int | None = None) -> ArticleResult:
    return ArticleResult(id=id, path=path, errors=(ItemError(code=code, message=message, line=line),))


def iter_inputs(paths: list[str], input_format: str = "auto", stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every item of every path, in order. Directories are walked recursively (sorted); a path
    that does not exist but holds a glob pattern (``*``, ``?``, ``[``; ``**`` for any depth) is
    expanded, sorted."""
    for p in expand_paths(paths):
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            fmt = "txt" if input_format == "auto" else input_format
            yield from _load_bytes("<stdin>", "<stdin>", data, fmt)
            continue
        path = Path(p)
        if path.is_dir():
            for f in walk_files(path):
                yield from load_path(f, input_format)
        elif path.is_file():
            yield from load_path(path, input_format)
        else:
            yield error_item(p, p, "not-found", f"no such file or directory: {p}")


def expand_paths(paths: list[str]) -> Iterator[str]:
    """The paths, with glob patterns that name no existing path expanded (sorted). A pattern
    that matches nothing stays as it is, to be reported as not found."""
    for p in paths:
        if p != "-" and glob.has_magic(p) and not os.path.lexists(p):
            matches = sorted(glob.iglob(p, recursive=True))
            if matches:
                yield from matches
                continue
        yield p


def walk_files(root: Path) -> Iterator[Path]:
    """The input files under ``root`` in sorted order (the order of sorting their paths), hidden
    entries skipped. Streams: only one directory's listing is held at a time per level."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        p = root / e.name
        if e.is_dir():
            yield from walk_files(p)
        elif e.is_file() and p.suffix.lower() in TEXT_SUFFIXES:
            yield p


def load_path(path: Path, input_format: str = "auto") -> Iterator[Item]:
    name = str(path)
    fmt = input_format if input_format != "auto" else TEXT_SUFFIXES.get(path.suffix.lower(), "txt")
    if fmt == "jsonl":
        yield from _load_jsonl(path)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield error_item(name, name, "unreadable", f"cannot read {name}: {e.strerror or e}")
        return
    yield from _load_bytes(name, name, data, fmt)


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
    if fmt == "jsonl":
        records = 0
        for n, line in enumerate(text.split("\n"), 1):
            for item in _jsonl_line(path, n, line):
                records += 1
                yield item
        if not records:
            yield error_item(id, path, "empty", "the file is empty")
        return
    if fmt == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield error_item(id, path, "malformed-json", f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}")
            return
        yield _article_from_obj(obj, path, None, default_id=id)
        return
    if fmt == "html":
        item = _article_from_html(id, path, text)
    elif fmt == "md":
        item = _article_from_markdown(id, path, text)
    else:
        item = Article(id=id, text=text, path=path)
    yield _check_size(item)


def _check_size(item: Item) -> Item:
    if isinstance(item, Article):
        if not item.text.strip():
            return error_item(item.id, item.path, "empty", "the article has no text")
        if len(item.text) > MAX_CHARS:
            return error_item(item.id, item.path, "too-large",
                              f"the article has {len(item.text):,} characters; the limit is {MAX_CHARS:,}")
    return item


def _load_jsonl(path: Path) -> Iterator[Item]:
    name = str(path)
    try:
        f = open(path, "rb")
    except OSError as e:
        yield error_item(name, name, "unreadable", f"cannot read {name}: {e.strerror or e}")
        return
    with f:
        records = 0
        for n, raw in enumerate(f, 1):
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
    yield _article_from_obj(obj, path, n)


def _article_from_obj(obj: Any, path: str, line: int | None, default_id: str | None = None) -> Item:
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
        try:
            published = dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            return error_item(aid, path, "bad-record", f"{where}'published' is not an ISO date: {published!r}", line)
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return error_item(aid, path, "bad-record", f"{where}'lang' must be a string", line)
    title = obj.get("title")
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    meta = {**{k: v for k, v in obj.items() if k not in ARTICLE_FIELDS}, **meta}
    if line:
        meta["line"] = line
    return _check_size(Article(id=aid, text=text, lang=lang or None, published=published,
                               title=title if isinstance(title, str) else None, path=path, meta=meta))


# --- Markdown -------------------------------------------------------------------------------

_MD_MASKS = [
    re.compile(r"\A---\n.*?\n---\n", re.S),               # front matter
    re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M),  # fenced code
    re.compile(r"`[^`\n]+`"),                               # inline code
    re.compile(r"<!--.*?-->", re.S),                       # comments (suppressions read first)
    re.compile(r"(?<=\])\([^()\s]*(?:\s+\"[^\"]*\")?\)"),  # link targets
    re.compile(r"<https?://[^>\s]+>"),                     # autolinks
    re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.M),     # reference definitions
    re.compile(r"<\/?[A-Za-z][^<>]*>"),                    # inline HTML tags
]
_MD_COMMENTS = 3
_SUPPRESS = re.compile(r"<!--\s*checker:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\s]+?)\s*-->")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _article_from_markdown(id: str, path: str, source: str) -> Article:
    """The analysed text is the Markdown source with code, link targets, comments and markup tags
    replaced by spaces: offsets and lines are exactly those of the source file."""
    text = source
    suppressions: list[tuple[str, int, int]] = []
    for i, pat in enumerate(_MD_MASKS):
        if i == _MD_COMMENTS:  # read suppressions once code is blanked, so code cannot hold one
            suppressions = _suppressions(text, [(m.start(), m.end(), m.group(1), m.group(2))
                                                for m in _SUPPRESS.finditer(text)], blank_line_ends=True)
        for m in list(pat.finditer(text)):
            text = _blank(text, m.start(), m.end())
    return Article(id=id, text=text, path=path, suppressions=suppressions)


def _suppressions(text: str, comments: list[tuple[int, int, str, str]], blank_line_ends: bool) -> list[tuple[str, int, int]]:
    """``ignore`` covers the paragraph after the comment (or the rest of its line when text
    follows it); ``ignore-file`` the whole document."""
    out = []
    for start, end, kind, ids in comments:
        rules = [r.strip().upper() for r in re.split(r"[,\s]+", ids) if r.strip()]
        if kind == "ignore-file":
            rng = (0, len(text))
        else:
            rest = text[end:]
            m = re.search(r"\S", rest)
            first = end + (m.start() if m else len(rest))
            stop = re.compile(r"\n[ \t]*\n") if blank_line_ends else re.compile(r"\n")
            m2 = stop.search(text, first)
            rng = (start, m2.start() if m2 else len(text))
        out.extend((r, rng[0], rng[1]) for r in rules)
    return out


# --- HTML -----------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "blockquote", "section", "article", "header", "footer", "aside", "pre", "hr", "figure",
          "figcaption", "dd", "dt", "dl", "main", "nav", "form", "address", "td", "th"}
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_HEAD_CONTENT = {"head", "title", "meta", "link", "base", "script", "style", "noscript", "template"}


class _Extractor(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.chars: list[str] = []
        self.map: list[tuple[int, int]] = []
        self.skip = 0
        self.in_head = False
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.comments: list[tuple[int, int, str, str]] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, ch: str, start: int, end: int) -> None:
        if ch.isspace() and ch != "\n":
            if not self.chars or self.chars[-1] in " \n":
                return
            ch = " "
        if ch == "\n":
            while self.chars and self.chars[-1] == " ":
                self.chars.pop()
                self.map.pop()
            if not self.chars or self.chars[-1] == "\n":
                return
        self.chars.append(ch)
        self.map.append((start, end))

    def handle_starttag(self, tag, attrs):
        if self.in_head and tag not in _HEAD_CONTENT:  # </head> is optional in HTML5
            self.handle_endtag("head")
        if tag in _SKIP:
            if tag == "head":
                if self.in_head:
                    return
                self.in_head = True
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK and not self.skip:
            self.pre += tag == "pre"
            p = self._pos()
            self._emit("\n", p, p)

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK and not self.skip:
            p = self._pos()
            self._emit("\n", p, p)

    def handle_endtag(self, tag):
        if tag == "head" and not self.in_head:
            return
        if tag in _SKIP:
            if tag == "head":
                self.in_head = False
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK and not self.skip:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            p = self._pos()
            self._emit("\n", p, p)

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        p = self._pos()
        for i, ch in enumerate(data):
            # a line break in the markup is white space, except in <pre>
            self._emit(" " if ch in "\r\n" and not self.pre else ch, p + i, p + i + 1)

    def _ref(self, raw: str, ch: str | None):
        p = self._pos()
        n = len(raw) + 1 if self.source.startswith(raw + ";", p) else len(raw)
        if ch is None:  # an unknown entity stays as written, ';' included
            if self.in_title:
                self.title.append(self.source[p:p + n])
            elif not self.skip:
                self.handle_data(self.source[p:p + n])
            return
        if self.in_title:
            self.title.append(ch)
            return
        if self.skip:
            return
        for c in ch:
            self._emit(c, p, p + n)

    def handle_entityref(self, name):
        ch = html.entities.html5.get(name + ";") or html.entities.html5.get(name)
        self._ref(f"&{name}", ch)

    def handle_charref(self, name):
        self._ref(f"&#{name}", html.unescape(f"&#{name};"))

    def handle_comment(self, data):
        m = re.match(r"\s*checker:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\s]+?)\s*$", data)
        if m:
            out = len(self.chars)
            self.comments.append((out, out, m.group(1), m.group(2)))


def _article_from_html(id: str, path: str, source: str) -> Article:
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    chars, smap = parser.chars, parser.map
    while chars and chars[-1] in " \n":
        chars.pop()
        smap.pop()
    text = "".join(chars)
    title = " ".join("".join(parser.title).split()) or None
    return Article(id=id, text=text, path=path, title=title, source_map=smap, source_text=source,
                   suppressions=_suppressions(text, parser.comments, blank_line_ends=False))
