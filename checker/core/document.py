"""Document analysis shared by every rule: line index, paragraphs, sentences, normalised view,
and the article's words (:class:`Tokens`). Built once per article, each part when first asked. Sentence punctuation is the language's ``[punctuation]`` data; language
detection lives in :mod:`checker.language.detect` (re-exported here)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from checker.core.models import SourcePosition, Span
from checker.language.detect import detect_language
from checker.language.letters import LetterPattern
from checker.language.matching import NEVER, punctuation_class, punctuation_marks
from checker.language.normalize import NormalizedView
from checker.language.regexes import compiled

if TYPE_CHECKING:
    from checker.language.lexicon import Lexicon

__all__ = ["Document", "LineIndex", "Segment", "Tokens", "detect_language"]


_LINE_END = compiled(r"\r\n|\r|\n")
_INDENTED = compiled(r"[ \t]{2,}\S")
_INITIAL = compiled(r"[a-z]\.")
_TOKEN = LetterPattern(r"{L}+|{D}+(?:[.,]{D}+)*")   # a word, or a number


class LineIndex:
    """Offset <-> 1-based (line, column) in code points. Lines end at \\n, \\r\\n or \\r."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} outside text of length {self.length}")
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


_HARD_WRAP_WIDTH = 100


@dataclass(frozen=True)
class _Punctuation:
    sentence_end: re.Pattern    # a sentence ends here (with the closing marks after it)
    terminal: re.Pattern        # a line that ends its paragraph in hard-wrapped copy


def _marks(marks: str) -> str:
    return f"[{re.escape(marks)}]" if marks else f"(?:{NEVER})"


#: A sentence glued to the next one without a space (copy pasted together, a scraped page): one
#: end mark after a lower-case letter or digit, before a capitalised word (opened by a quotation
#: mark or not). In scripts without capitals no such boundary is visible, and it is not looked for.
_GLUED = r"(?<=[a-z\u00df-\u00ff0-9)]{end})(?=[\"\u201c\u201d\u2018']?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"


@lru_cache(maxsize=32)
def _punctuation(lex: "Lexicon") -> _Punctuation:
    """A sentence ends at a run of end marks (with the closing marks after it) before a space or
    the end, or at a break mark. The pattern opens with one class of both kinds of mark, so that
    the regex engine skips to them; which kind it read is asked right after."""
    end, brk = punctuation_marks(lex, "sentence_end"), punctuation_marks(lex, "sentence_break")
    closing = punctuation_class(lex, "closing")
    sentence_end = (rf"{_marks(end + brk)}(?:(?<={_marks(end)}){_marks(end)}*(?:{closing})*(?=\s|$)"
                    rf"|(?<={_marks(brk)})|{_GLUED.format(end=_marks(end))})")
    return _Punctuation(
        sentence_end=compiled(sentence_end),
        terminal=compiled(rf"{punctuation_class(lex, 'terminal')}\s*$"))


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]], terminal: re.Pattern) -> bool:
    """Wire copy broken at a fixed width, with blank lines or indentation between paragraphs."""
    nonblank = [(s, e) for s, e in lines if text[s:e].strip()]
    # A paragraph pasted unwrapped into wrapped copy leaves the rest of it wrapped.
    long_lines = sum(1 for s, e in nonblank if e - s > _HARD_WRAP_WIDTH)
    if len(nonblank) < 2 or long_lines > max(1, len(nonblank) // 20) or 2 * long_lines >= len(nonblank):
        return False
    separated = any(not text[s:e].strip() for s, e in lines[1:-1]) or \
        any(_INDENTED.match(text[s:e]) for s, e in nonblank[1:])
    if not separated:
        return False
    runs = sum(1 for (s, e), (s2, e2) in zip(lines, lines[1:])
               if text[s:e].strip() and text[s2:e2].strip() and not terminal.search(text[s:e])
               and not _INDENTED.match(text[s2:e2]))
    return runs >= max(1, 0.15 * len(nonblank))


def _split_paragraphs(text: str, terminal: re.Pattern) -> list[Segment]:
    """Paragraphs: each line, or in hard-wrapped text (lines broken at a fixed width) the runs of
    lines between blank lines and before indented lines (a line matching ``terminal`` may end a
    paragraph)."""
    lines = []
    pos = 0
    for m in _LINE_END.finditer(text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    wrapped = _is_hard_wrapped(text, lines, terminal)
    paras: list[Segment] = []
    cur: list[tuple[int, int]] = []

    def flush():
        if cur:
            s, e = cur[0][0], cur[-1][1]
            s += len(text[s:e]) - len(text[s:e].lstrip())
            e -= len(text[s:e]) - len(text[s:e].rstrip())
            if e > s:
                paras.append(Segment(s, e, text[s:e]))
            cur.clear()

    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            flush()
            continue
        if not wrapped or (cur and _INDENTED.match(line)):
            flush()
        cur.append((s, e))
        if not wrapped:
            flush()
    flush()
    return paras


def _last_word(text: str, start: int, pos: int) -> str:
    """The word (run of non-space characters) of ``text[start:pos + 1]`` that ends it, or that
    ends it before a final newline; "" when it ends with other space."""
    if text[pos] == "\n":
        end = pos
    elif text[pos].isspace():
        return ""
    else:
        end = pos + 1
    if end == start or text[end - 1].isspace():
        return ""
    lo = max(start, end - 32)
    _, space, word = text[lo:end].rpartition(" ")    # most words follow a plain space
    if (space or lo == start) and word.split() == [word]:
        return word
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:end]


_QUOTES = frozenset('"\u201d')


def _closes(text: str, start: int, end: int) -> bool:
    """Whether the quotation mark at ``end`` closes one opened in the sentence ``[start, end)``:
    a right double quotation mark always does; a straight one does after an odd number of them."""
    return text[end] == "\u201d" or text.count('"', start, end) % 2 == 1


def _split_sentences(text: str, paragraphs: list[Segment], abbreviations: frozenset[str],
                     sentence_end: re.Pattern) -> list[Segment]:
    out: list[Segment] = []
    for p in paragraphs:
        start = p.start
        for m in sentence_end.finditer(p.text):
            end = p.start + m.end()
            if end < p.end and text[end] in _QUOTES and _closes(text, start, end):
                end += 1            # a glued sentence's closing quotation mark is its own
            tok = _last_word(text, start, p.start + m.start()).lower()
            if tok in abbreviations or _INITIAL.fullmatch(tok):
                continue
            seg = text[start:end]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append(Segment(start + lead, end, text[start + lead:end]))
            start = end
        seg = text[start:p.end]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append(Segment(start + lead, p.end, text[start + lead:p.end]))
    return out


class Tokens:
    """The words and numbers of an article's normalised view, in order: ``words[i]`` the
    normalised token (a run of letters, or of digits with ``.``/``,`` between groups),
    ``nstarts[i]``/``nends[i]`` its range in the normalised text. Each part is read when first
    asked; a token's range in the original text and its sentence are asked per token
    (:meth:`original`, :meth:`sentence`)."""

    __slots__ = ("_doc", "_words", "_spans", "_vocabulary")

    def __init__(self, doc: "Document"):
        self._doc = doc
        self._words: list[str] | None = None
        self._spans: tuple[list[int], list[int]] | None = None
        self._vocabulary: frozenset[str] | None = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            text = self._doc.normalized.text
            self._words = _TOKEN.on(text).findall(text)
        return self._words

    def _offsets(self) -> tuple[list[int], list[int]]:
        if self._spans is None:
            text = self._doc.normalized.text
            spans = [m.span() for m in _TOKEN.on(text).finditer(text)]
            self._spans = [s for s, _ in spans], [e for _, e in spans]
        return self._spans

    @property
    def nstarts(self) -> list[int]:
        return self._offsets()[0]

    @property
    def nends(self) -> list[int]:
        return self._offsets()[1]

    def __len__(self) -> int:
        return len(self.words)

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every distinct token of the article."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.words)
        return self._vocabulary

    def original(self, i: int) -> tuple[int, int]:
        """The original ``[start, end)`` of token ``i``."""
        return self._doc.normalized.to_original(self.nstarts[i], self.nends[i])

    def sentence(self, i: int) -> int:
        """The index in ``doc.sentences`` of the sentence that holds token ``i``; -1 when none
        does."""
        return self._doc.sentence_index(self.original(i)[0])

    def between(self, nstart: int, nend: int) -> range:
        """The indices of the tokens inside the normalised range ``[nstart, nend)``."""
        return range(bisect.bisect_left(self.nstarts, nstart), bisect.bisect_right(self.nends, nend))


def _segment_at(segments: list[Segment], starts: list[int], offset: int) -> Segment | None:
    """The segment of ``segments`` (sorted, not overlapping; ``starts`` their starts) that holds
    ``offset``, in logarithmic time."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and segments[i].start <= offset < segments[i].end:
        return segments[i]
    return None


@dataclass
class Document:
    """One article as the rules see it."""

    id: str
    text: str
    lang: str
    lexicon: "Lexicon"
    published: dt.date | None = None
    title: str | None = None
    path: str | None = None
    source_map: list[tuple[int, int]] | None = None
    source_text: str | None = None
    meta: dict = field(default_factory=dict)
    #: Where the body begins: after the headline and standfirst composed before it
    #: (:mod:`checker.core.fields`), 0 for a body alone. The body's paragraphs are split as in
    #: the body alone, and what reads the top of an article (a dateline) reads from here.
    body_start: int = 0

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def normalized(self) -> NormalizedView:
        return NormalizedView.build(self.text)

    @cached_property
    def tokens(self) -> Tokens:
        """The article's words and numbers on the normalised view, with their offsets."""
        return Tokens(self)

    @cached_property
    def memo(self) -> dict:
        """Values computed once per article by the layers extractors share (the keyword pass),
        each under a key of its own."""
        return {}

    @cached_property
    def paragraphs(self) -> list[Segment]:
        terminal = _punctuation(self.lexicon).terminal
        if not self.body_start:
            return _split_paragraphs(self.text, terminal)
        off = self.body_start
        body = [Segment(p.start + off, p.end + off, p.text) for p in _split_paragraphs(self.text[off:], terminal)]
        return _split_paragraphs(self.text[:off], terminal) + body

    @cached_property
    def sentences(self) -> list[Segment]:
        return _split_sentences(self.text, self.paragraphs, self.lexicon.abbreviations,
                                _punctuation(self.lexicon).sentence_end)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _source_lines(self) -> LineIndex | None:
        return LineIndex(self.source_text) if self.source_text is not None else None

    def paragraph_at(self, offset: int) -> Segment | None:
        """The paragraph that holds ``offset`` (``start <= offset < end``); None between
        paragraphs or outside the text."""
        return _segment_at(self.paragraphs, self._paragraph_starts, offset)

    def sentence_at(self, offset: int) -> Segment | None:
        """The sentence that holds ``offset`` (``start <= offset < end``); None between sentences
        or outside the text."""
        return _segment_at(self.sentences, self._sentence_starts, offset)

    def sentence_index(self, offset: int) -> int:
        """The index in :attr:`sentences` of the sentence that holds ``offset``; -1 when none does."""
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        return k if k >= 0 and offset < self.sentences[k].end else -1

    def normalized_slice(self, start: int, end: int) -> str:
        """The normalised text (:attr:`normalized`) of the original range ``[start, end)``: what a
        pattern built from language data matches against."""
        view = self.normalized
        return view.text[view.from_original(start):view.from_original(end)]

    def span(self, start: int, end: int) -> Span:
        """A Span of ``[start, end)`` with line/column (and source position for extracted text)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        line, col = self.lines.position(start)
        end_line, end_col = self.lines.position(end)
        source = None
        if self.source_map is not None and self._source_lines is not None:
            s = self.source_map[start][0] if start < len(self.source_map) else len(self.source_text)
            e = self.source_map[end - 1][1] if end > start else s
            sl, sc = self._source_lines.position(s)
            source = SourcePosition(start=s, end=e, line=sl, column=sc)
        return Span(start=start, end=end, line=line, column=col, end_line=end_line,
                    end_column=end_col, text=self.text[start:end], source=source)
