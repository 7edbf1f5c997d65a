"""The headline and standfirst against the body.

An article's ``title`` and ``summary`` (its standfirst) are checked with the same rules as its
body, in the same pass: the engine composes one document — each of those fields on a paragraph
of its own, then the body — extracts its facts and runs the rules on it once, then moves every
finding back to the part it lies in. Spans in a field are given relative to that field's text,
with :attr:`~checker.core.models.Span.field` set; spans in the body are exactly the body's (its
own offsets, lines and columns). The composed document knows where its body begins
(:attr:`~checker.core.document.Document.body_start`): the body's paragraphs are split as in the
body alone, and its language and publication date are the body's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.core.document import Document, LineIndex
from checker.core.models import Article, Finding, Span

#: The fields checked against the body, in the order they are composed before it.
FIELDS = ("title", "summary")
#: What separates the fields and the body in the composed text: a blank line, so each field is
#: a paragraph of its own.
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class FieldRange:
    """Where one field lies in the composed text."""

    name: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Composition:
    """An article's fields and body composed into one text, and where each part lies."""

    fields: tuple[FieldRange, ...]
    body_start: int
    text: str

    def document(self, body: Document) -> Document:
        """The composed document: the body's language, lexicon and publication date."""
        return Document(id=body.id, text=self.text, lang=body.lang, lexicon=body.lexicon, published=body.published,
                        title=body.title, path=body.path, meta=body.meta, body_start=self.body_start)

    def suppressions(self, article: Article) -> list[tuple[str, int, int]]:
        """The article's inline suppressions moved with the body (one covering the whole body
        covers the fields too)."""
        off, n = self.body_start, len(article.text)
        return [(rule, 0 if (s, e) == (0, n) else s + off, e + off) for rule, s, e in article.suppressions]

    def field_at(self, start: int, end: int) -> FieldRange | None | bool:
        """The field that holds ``[start, end)``; None when the range lies in the body; False when
        it lies across parts (or in a separator)."""
        if start >= self.body_start:
            return None
        for f in self.fields:
            if f.start <= start and end <= f.end:
                return f
        return False


def compose(article: Article) -> Composition | None:
    """The composition of an article with a non-blank ``title`` or ``summary``; None without."""
    parts = [(name, value) for name in FIELDS
             if isinstance(value := getattr(article, name), str) and value.strip()]
    if not parts:
        return None
    ranges, pos, chunks = [], 0, []
    for name, value in parts:
        ranges.append(FieldRange(name, pos, pos + len(value), value))
        chunks.append(value + SEPARATOR)
        pos += len(value) + len(SEPARATOR)
    return Composition(fields=tuple(ranges), body_start=pos, text="".join(chunks) + article.text)


class _Mapper:
    """Moves spans of the composed text to the field or the body they lie in."""

    def __init__(self, comp: Composition, body: Document):
        self.comp = comp
        self.body = body
        self.lines = {f.name: LineIndex(f.text) for f in comp.fields}

    def span(self, span: Span) -> Span | None:
        where = self.comp.field_at(span.start, span.end)
        if where is False:
            return None
        if where is None:
            off = self.comp.body_start
            return self.body.span(span.start - off, span.end - off)
        start, end = span.start - where.start, span.end - where.start
        line, col = self.lines[where.name].position(start)
        end_line, end_col = self.lines[where.name].position(end)
        return Span(start=start, end=end, line=line, column=col, end_line=end_line, end_column=end_col,
                    text=where.text[start:end], field=where.name)

    def finding(self, f: Finding) -> Finding | None:
        """The finding with its spans moved; None when one of them lies across parts."""
        primary = self.span(f.span)
        related = [(self.span(r.span), r) for r in f.related]
        suggestions = [(self.span(s.span), s) for s in f.suggestions]
        if primary is None or any(s is None for s, _ in related + suggestions):
            return None
        return f.model_copy(update={
            "span": primary,
            "related": tuple(r.model_copy(update={"span": s}) for s, r in related),
            "suggestions": tuple(g.model_copy(update={"span": s}) for s, g in suggestions)})


def touches_field(f: Finding) -> bool:
    """Whether a span of the finding lies in a field."""
    return any(s.field is not None for s in (f.span, *(r.span for r in f.related),
                                             *(g.span for g in f.suggestions)))


def _echoes_body(f: Finding, body: str) -> bool:
    """Whether a finding sets a field against the body while every piece of the field it quotes
    is also written in the body: the field repeats a statement of the body ("… posts $214 billion
    surplus" over "a surplus of $214 billion in April"), and the body's own check has judged that
    statement against the others."""
    spans = [f.span, *(r.span for r in f.related)]
    quoted = [s.text for s in spans if s.field is not None]
    return any(s.field is None for s in spans) and all(
        re.search(rf"(?<!\w){re.escape(q)}(?!\w)", body) for q in quoted)


def moved_findings(comp: Composition, body: Document, composed: list[Finding]) -> tuple[list[Finding], bool]:
    """The findings of the composed document, their spans moved to the field or the body they
    lie in, and whether one of the body's was left out because a field took part in it. Left
    out: one with a span across parts; one that involves a field while its primary span is in
    the body and a finding of the body alone has the same rule and span; one whose quotes of a
    field the body repeats (:func:`_echoes_body`).

    A finding in the body left out for a field ("'Marcon' looks like a slip for 'Macron'", with
    the headline's Macron as the name's first mention) is one the body would raise alone: its
    caller then takes the body's findings from a check of the body alone."""
    mapper = _Mapper(comp, body)
    moved = [(f, mapper.finding(f)) for f in composed]
    inside = [m for _, m in moved if m is not None and not touches_field(m)]
    seen = {(f.rule, f.span.start, f.span.end) for f in inside}
    out, lost = list(inside), False
    for f, m in moved:
        if m is not None and not touches_field(m):
            continue
        if m is None or _echoes_body(m, body.text):
            lost = lost or f.span.start >= comp.body_start
        elif m.span.field is not None or (m.rule, m.span.start, m.span.end) not in seen:
            out.append(m)
    return out, lost


def order_key(f: Finding) -> tuple:
    """Findings in the order of the composed text: a field's before the body's, each by position."""
    rank = FIELDS.index(f.span.field) if f.span.field in FIELDS else len(FIELDS)
    return (rank, f.span.start, f.span.end, f.rule, f.message_id, f.message)


def suppressed_by(f: Finding, suppress: tuple[str, ...]) -> bool:
    """Whether an article's ``suppress`` entries name the finding: its fingerprint, its rule id,
    a prefix of it (``DATE``) or ``ALL``."""
    return any(s == f.fingerprint or s.upper() == "ALL" or f.rule.startswith(s.upper()) for s in suppress if s)
