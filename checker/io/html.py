"""HTML inputs: the text of the page (scripts, styles and the head left out), each character
mapped back to its position in the source.

The page is read by a tokenizer of its own, in one pass: each construct is found with
``str.find`` or a regular expression anchored where it starts (no backtracking: possessive
repetition), and the scan never goes back, so the time is linear in the page whatever it holds.
It follows the HTML standard's tokenization where text extraction needs it: a comment left open
runs to the end of the page, a tag left open at the end of the page is dropped, quoted attribute
values may hold ``>``, ``script`` and ``style`` hold raw text up to their end tag, ``</`` not
followed by a letter is a bogus comment, character references are decoded as the standard's
table says.

Why not a library: the standard library's ``html.parser`` rescans the rest of the page at each
incomplete construct (``"<a "`` repeated: 40 KB in 27.6 s; ``"</"``: 1 MB in 183 s); the C
parsers (lexbor through selectolax, libxml2 through lxml, html5-parser) build a tree without the
position of each text node (lxml: a line number per element), so their text cannot be mapped back
to columns; tree-sitter's HTML grammar gives byte offsets, but took longer than ten minutes on
100 KB of ``"<!-- "`` repeated (error recovery); html5lib is pure Python with no offsets either.

Memory: the text is built in a character array and the map in two integer arrays (the
:class:`~checker.core.models.SourceMap`), about 12 bytes a character of text besides the source,
where a list of characters and a list of pairs took about 190.
"""

from __future__ import annotations

import html
import html.entities
import re
import sys
from array import array

from checker.core.models import Article, SourceMap
from checker.io.suppressions import suppression_ranges

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "blockquote", "section", "article", "header", "footer", "aside", "pre", "hr", "figure",
          "figcaption", "dd", "dt", "dl", "main", "nav", "form", "address", "td", "th"}
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_HEAD_CONTENT = {"head", "title", "meta", "link", "base", "script", "style", "noscript", "template"}
_RAW_END = {t: re.compile(rf"</{t}(?=[\t\n\f\r />]|\Z)", re.I) for t in ("script", "style")}

_MARKUP = re.compile(r"[<&]")
_RUNS = re.compile(r"\s+|\S+")   # \s is str.isspace()
_START_TAG = re.compile(r"""<([A-Za-z][^\t\n\r\f />\x00]*)"""
                        r"""(?:[^>"'=]++|=[\t\n\f\r ]*+"[^"]*+"|=[\t\n\f\r ]*+'[^']*+'|[="'])*+>?""")
_END_TAG = re.compile(r"</([A-Za-z][^\t\n\r\f />\x00]*)[^>]*+>?")
_REF = re.compile(r"&(?:#[xX]([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z][-.A-Za-z0-9]*))(;?)")
_SUPPRESS = re.compile(r"\s*checker:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\s]+?)\s*$")
_CHARS = "w" if sys.version_info >= (3, 13) else "u"   # a str of one code point per item


class _Extractor:
    def __init__(self, source: str):
        self.source = source
        self.chars = array(_CHARS)
        self.starts, self.ends = array("i"), array("i")   # inputs are far below 2**31 characters
        self.skip = 0
        self.in_head = False
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.comments: list[tuple[int, int, str, str]] = []

    def run(self) -> None:
        src, pos, n = self.source, 0, len(self.source)
        while pos < n:
            m = _MARKUP.search(src, pos)
            at = m.start() if m else n
            if at > pos:
                self.handle_data(src[pos:at], pos)
            pos = self._markup(at) if m else n

    def _markup(self, pos: int) -> int:
        """Read the construct at ``pos`` (``<`` or ``&``); the position after it."""
        src = self.source
        if src[pos] == "&":
            return self._ref(pos)
        if src.startswith("<!--", pos):
            return self._comment(pos)
        c = src[pos + 1:pos + 2]
        if c in ("!", "?"):   # doctype, CDATA, processing instruction: no text
            return _after(src, ">", pos + 2)
        if c == "/":
            m = _END_TAG.match(src, pos)
            if m is None:   # "</>" is nothing; "</" and something else a bogus comment
                return _after(src, ">", pos + 2) if pos + 2 < len(src) else self._literal(pos, 2)
            if m.group().endswith(">"):
                self.handle_endtag(m.group(1).lower(), pos)
            return m.end()   # an end tag open at the end of the page is dropped
        if c.isascii() and c.isalpha():
            m = _START_TAG.match(src, pos)
            if not m.group().endswith(">"):   # open at the end of the page: dropped
                return len(src)
            tag = m.group(1).lower()
            if m.group().endswith("/>"):
                self.handle_startendtag(tag, pos)
                return m.end()
            self.handle_starttag(tag, pos)
            if tag in _RAW_END:   # raw text: nothing in it is markup
                end = _RAW_END[tag].search(src, m.end())
                return end.start() if end else len(src)
            return m.end()
        return self._literal(pos, 1)

    def _literal(self, pos: int, size: int) -> int:
        self.handle_data(self.source[pos:pos + size], pos)
        return pos + size

    def _comment(self, pos: int) -> int:
        src = self.source
        for empty in ("<!-->", "<!--->"):
            if src.startswith(empty, pos):
                self.handle_comment("", pos)
                return pos + len(empty)
        end = src.find("-->", pos + 4)
        self.handle_comment(src[pos + 4:end] if end >= 0 else "", pos)
        return end + 3 if end >= 0 else len(src)   # a comment left open runs to the end

    def _emit(self, ch: str, start: int, end: int) -> None:
        chars = self.chars
        if ch.isspace() and ch != "\n":
            if not chars or chars[-1] in " \n":
                return
            ch = " "
        if ch == "\n":
            while chars and chars[-1] == " ":
                chars.pop()
                self.starts.pop()
                self.ends.pop()
            if not chars or chars[-1] == "\n":
                return
        chars.append(ch)
        self.starts.append(start)
        self.ends.append(end)

    def handle_starttag(self, tag: str, p: int) -> None:
        if self.in_head and tag not in _HEAD_CONTENT:  # </head> is optional in HTML5
            self.handle_endtag("head", p)
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
            self._emit("\n", p, p)

    def handle_startendtag(self, tag: str, p: int) -> None:
        if tag in _BLOCK and not self.skip:
            self._emit("\n", p, p)

    def handle_endtag(self, tag: str, p: int) -> None:
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
            self._emit("\n", p, p)

    def handle_data(self, data: str, p: int) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        for m in _RUNS.finditer(data):
            run, at = m.group(), p + m.start()
            if run[0].isspace():
                for i, ch in enumerate(run):
                    # a line break in the markup is white space, except in <pre>
                    self._emit(" " if ch in "\r\n" and not self.pre else ch, at + i, at + i + 1)
            else:   # a word goes in whole
                self.chars.fromunicode(run)
                self.starts.extend(range(at, at + len(run)))
                self.ends.extend(range(at + 1, at + 1 + len(run)))

    def _ref(self, p: int) -> int:
        m = _REF.match(self.source, p)
        if m is None:
            return self._literal(p, 1)
        hex_digits, digits, name, semi = m.groups()
        if name is not None:   # an unknown entity stays as written, ';' included
            ch = html.entities.html5.get(name + ";") or html.entities.html5.get(name)
        else:   # past the last code point (or thousands of digits): U+FFFD, as the standard says
            code = int(hex_digits, 16) if hex_digits and len(hex_digits) < 9 else \
                int(digits) if digits and len(digits) < 12 else 0x110000
            ch = html.unescape(f"&#{code};")
        if ch is None:
            self.handle_data(m.group(), p)
            return m.end()
        if self.in_title:
            self.title.append(ch)
        elif not self.skip:
            for c in ch:
                self._emit(c, p, m.end())
        return m.end()

    def handle_comment(self, data: str, p: int) -> None:
        m = _SUPPRESS.match(data)
        if m:
            out = len(self.chars)
            self.comments.append((out, out, m.group(1), m.group(2)))


def _after(src: str, what: str, pos: int) -> int:
    """The position after the next ``what`` from ``pos``, or the end of ``src``."""
    at = src.find(what, pos)
    return at + len(what) if at >= 0 else len(src)


def article_from_html(id: str, path: str, source: str) -> Article:
    parser = _Extractor(source)
    parser.run()
    chars = parser.chars
    while chars and chars[-1] in " \n":
        chars.pop()
        parser.starts.pop()
        parser.ends.pop()
    text = chars.tounicode()
    del parser.chars
    title = " ".join("".join(parser.title).split()) or None
    return Article(id=id, text=text, path=path, title=title, source_map=SourceMap(parser.starts, parser.ends),
                   source_text=source,
                   suppressions=suppression_ranges(text, parser.comments, blank_line_ends=False))
