"""HTML inputs: the text of the page (scripts, styles and the head left out), each character
mapped back to its position in the source."""

from __future__ import annotations

import html
import html.entities
import re
from html.parser import HTMLParser

from checker.core.models import Article
from checker.io.suppressions import suppression_ranges

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


def article_from_html(id: str, path: str, source: str) -> Article:
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
                   suppressions=suppression_ranges(text, parser.comments, blank_line_ends=False))
