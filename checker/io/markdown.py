"""Markdown inputs: the analysed text is the source with everything that is not prose blanked
(each character but a line break replaced by a space), so offsets, lines and columns are exactly
those of the source file.

The document is parsed by markdown-it-py, a CommonMark parser: its block tokens carry source line
maps, so indented and fenced code, HTML blocks, link reference definitions and the lines of the
front matter are left out by line, whatever their line endings; only paragraphs and headings
are kept. Inline constructs carry no positions in markdown-it, so each inline rule is wrapped to
note where in the paragraph's text it matched (the parser's own position before and after the
rule); code spans of any backtick count, raw HTML, autolinks and the destination and title of
links and images are blanked there, and the paragraph's text is placed back on its source lines.
markdown-it's scanners are linear (backtick runs are cached, HTML is matched in place), so a
megabyte of repeated inline code or of unclosed comments is parsed in linear time.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

from checker.core.models import Article
from checker.io.suppressions import suppression_ranges

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                           re.S)
_EOL = re.compile(r"\r\n|\r|\n")   # the line breaks markdown-it normalises to "\n"
_NOT_EOL = re.compile(r"[^\r\n]")
_FRONT_FIELD = re.compile(r"^(title|summary|standfirst):[ \t]*(.*?)[ \t]*\r?$", re.M)
_SUPPRESS = re.compile(r"<!--\s*checker:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\s]+?)\s*-->")
_PROSE_BLOCKS = {"paragraph_open", "heading_open"}
_BLANKED_INLINE = {"backticks", "html_inline", "autolink"}   # blanked whole
_LINKS = {"link": (1, True), "image": (2, False)}            # label start offset, disableNested
_NOTED = "checker_ranges"   # key of the env dict: id of an inline text -> [(start, end)] to blank


def _noting(name: str, fn: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    """The inline rule ``fn``, noting in the environment where it matched (not when silent)."""
    if name not in _BLANKED_INLINE and name not in _LINKS:
        return fn

    def rule(state: StateInline, silent: bool) -> bool:
        start, count = state.pos, len(state.tokens)
        if not fn(state, silent):
            return False
        # backticks without their closing run are text: nothing to blank
        if not silent and (name != "backticks" or len(state.tokens) > count):
            state.env[_NOTED].setdefault(id(state.src), []).append(_blank_range(name, state, start))
        return True

    return rule


def _blank_range(name: str, state: StateInline, start: int) -> tuple[int, int]:
    """The part of a matched construct that is not prose: all of a code span, raw HTML or
    autolink; what follows the label of a link or image (destination, title, reference)."""
    if name in _LINKS:
        offset, nested = _LINKS[name]
        end = state.pos
        label_end = state.md.helpers.parseLinkLabel(state, start + offset - 1, nested)
        state.pos = end
        return (label_end + 1 if label_end >= 0 else start, end)
    return (start, state.pos)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    for r in md.inline.ruler.__rules__:
        r.fn = _noting(r.name, r.fn)
    md.inline.ruler.__cache__ = None
    return md


_MD = _parser()


def _place(piece: str, line: str, last: bool) -> int:
    """Where in its source ``line`` a line of a paragraph's text starts, or -1: the paragraph's
    text is its lines' ends (indentation and container marks cut), the last one right-stripped;
    a heading's is found in its line."""
    k = len(line.rstrip() if last else line) - len(piece)
    if k >= 0 and line.startswith(piece, k):
        return k
    return line.find(piece)


def _inline_blanks(token: Any, ranges: list[tuple[int, int]], starts: list[int], lines: list[str]) -> list[tuple[int, int]]:
    """The source ranges of ``ranges`` (offsets in the inline token's text)."""
    pieces = token.content.split("\n")
    offsets, at = [], 0   # (text offset of the piece, source offset of the piece)
    for j, piece in enumerate(pieces):
        n = token.map[0] + j
        k = _place(piece, lines[n].replace("\0", "\ufffd"), j == len(pieces) - 1) if n < len(lines) else -1
        if k < 0:
            return []   # not found where it must be: leave the line as it is
        offsets.append((at, starts[n] + k, len(piece)))
        at += len(piece) + 1
    out = []
    for a, b in ranges:
        for text_at, source_at, size in offsets:
            lo, hi = max(a, text_at), min(b, text_at + size)
            if lo < hi:
                out.append((source_at + lo - text_at, source_at + hi - text_at))
    return out


def _markup(source: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The source ranges to blank (all but prose), and those of HTML (where comments are read),
    from one walk over the parser's tokens."""
    starts = [0] + [m.end() for m in _EOL.finditer(source)]
    lines = _EOL.split(source)
    front = _FRONT_MATTER.match(source)
    # the front matter's lines are given to the parser empty, so its line numbers stay the source's
    src = "\n" * len(_EOL.findall(front.group())) + source[front.end():] if front else source
    env: dict[str, Any] = {_NOTED: {}}
    tokens = _MD.parse(src, env)
    keep = bytearray(len(lines))   # 1: a line of prose
    blanks: list[tuple[int, int]] = []
    html: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if tok.type in _PROSE_BLOCKS and tok.map:
            keep[tok.map[0]:tok.map[1]] = b"\1" * (tok.map[1] - tok.map[0])
        elif tok.type == "html_block" and tok.map:
            html.append((starts[tok.map[0]], starts[tok.map[1]] if tok.map[1] < len(starts) else len(source)))
        elif tok.type == "inline" and tok.map and tok.children is not None:
            noted = env[_NOTED].get(id(tok.content), [])
            if noted:
                mapped = _inline_blanks(tok, noted, starts, lines)
                blanks.extend(mapped)
                html.extend(r for r in mapped if source.startswith("<!--", r[0]))
    for n, kept in enumerate(keep):
        if not kept:
            blanks.append((starts[n], starts[n + 1] if n + 1 < len(starts) else len(source)))
    return blanks, html


def _blanked(source: str, blanks: list[tuple[int, int]]) -> str:
    """``source`` with every character of the ranges but a line break replaced by a space."""
    out, at = [], 0
    for a, b in sorted(blanks):
        if b <= at:
            continue
        a = max(a, at)
        out.append(source[at:a])
        out.append(_NOT_EOL.sub(" ", source[a:b]))
        at = b
    out.append(source[at:])
    return "".join(out)


def article_from_markdown(id: str, path: str, source: str) -> Article:
    """The analysed text is the Markdown source with front matter, code, HTML, link
    destinations and reference definitions replaced by spaces: offsets and lines are exactly
    those of the source file. Suppression comments are read from HTML comments only (never
    from code)."""
    blanks, html = _markup(source)
    text = _blanked(source, blanks)
    comments = [(m.start(), m.end(), m.group(1), m.group(2))
                for a, b in html for m in _SUPPRESS.finditer(source, a, b)]
    suppressions = suppression_ranges(text, sorted(comments), blank_line_ends=True)
    article = Article(id=id, text=text, path=path, suppressions=suppressions)
    _front_fields(article, source)
    return article


def _front_fields(article: Article, source: str) -> None:
    """The front matter's ``title:`` and ``summary:`` (or ``standfirst:``), checked against the
    body as the headline and standfirst."""
    front = _FRONT_MATTER.match(source)
    for key, value in _FRONT_FIELD.findall(front.group(0) if front else ""):
        value = value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value
        setattr(article, "summary" if key == "standfirst" else key, value or None)
