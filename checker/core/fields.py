"""The headline and standfirst against the body.

An article's ``title`` and ``summary`` (its standfirst) are checked with the same rules as its
body: the engine checks the body alone, then a composed document — each of those fields on a
paragraph of its own, then the body — and keeps from the second check only the findings that
involve a field. Those findings' spans in a field are given relative to that field's text, with
:attr:`~checker.core.models.Span.field` set; their spans in the body are exactly the body's. A
finding that lies entirely inside the body therefore comes from the body's own check, the same
with or without a headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.core.document import Document, LineIndex
from checker.core.models import Article, Finding, Related, Span, Suggestion

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

    def article(self, article: Article, lang: str | None, published) -> Article:
        """The composed article: the body's language and publication date, its inline
        suppressions moved with the body (one covering the whole body covers the fields too)."""
        off, n = self.body_start, len(article.text)
        moved = [(rule, 0 if (s, e) == (0, n) else s + off, e + off) for rule, s, e in article.suppressions]
        return Article(id=article.id, text=self.text, lang=lang, published=published, path=article.path,
                       meta=article.meta, suppressions=moved)

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
            "related": tuple(Related(span=s, message=r.message) for s, r in related),
            "suggestions": tuple(Suggestion(span=s, replacement=g.replacement, description=g.description,
                                            safe=g.safe) for s, g in suggestions)})


def _touches_field(f: Finding) -> bool:
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


def field_findings(comp: Composition, body: Document, composed: list[Finding],
                   body_findings: list[Finding]) -> list[Finding]:
    """The findings of the composed check that involve a field, their spans moved. Left out: one
    whose primary span is in the body and that the body's own check already made (same rule and
    span), and one whose quotes of the field the body repeats (:func:`_echoes_body`)."""
    mapper = _Mapper(comp, body)
    seen = {(f.rule, f.span.start, f.span.end) for f in body_findings}
    out = []
    for f in composed:
        moved = mapper.finding(f)
        if moved is None or not _touches_field(moved) or _echoes_body(moved, body.text):
            continue
        if moved.span.field is None and (moved.rule, moved.span.start, moved.span.end) in seen:
            continue
        out.append(moved)
    return out


def order_key(f: Finding) -> tuple:
    """Findings in the order of the composed text: a field's before the body's, each by position."""
    rank = FIELDS.index(f.span.field) if f.span.field in FIELDS else len(FIELDS)
    return (rank, f.span.start, f.span.end, f.rule, f.message_id, f.message)


def suppressed_by(f: Finding, suppress: tuple[str, ...]) -> bool:
    """Whether an article's ``suppress`` entries name the finding: its fingerprint, its rule id,
    a prefix of it (``DATE``) or ``ALL``."""
    return any(s == f.fingerprint or s.upper() == "ALL" or f.rule.startswith(s.upper()) for s in suppress if s)
