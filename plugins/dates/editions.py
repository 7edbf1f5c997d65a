"""A thing told in a later edition (`الطبعة الرابعة عشرة`, "its 14th edition"): it recurs, so
a start of it dated this year is the start of this edition, not its founding (DATE008)."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text

from .event_data import _data


@lru_cache(maxsize=32)
def _words(lex) -> tuple[frozenset[str], ...]:
    ords = lex.section("event_ordinals", {})
    norm = lambda ws: frozenset(normalize_text(w).lower() for w in ws)  # noqa: E731
    return (norm(ords.get("founding_objects", [])), norm(ords.get("later", [])),
            frozenset(ords.get("edition_classes", [])), norm(ords.get("ordinal_affixes", [])))


def recurs(ctx) -> bool:
    """Whether the article tells a later edition of something: an edition word with an ordinal
    past the first on the side the language writes ordinals (`[event_ordinals] later`, or
    figures)."""
    editions, later, _, affixes = _words(ctx.lexicon)
    if not editions or not later and not affixes:
        return False
    vocabulary = ctx.doc.tokens.vocabulary
    article = _data(ctx.lexicon).article
    if not (editions & vocabulary or article and {article + e for e in editions} & vocabulary):
        return False
    words = [w.lower() for w in ctx.doc.tokens.words]
    before = _data(ctx.lexicon).object_side == "after"   # the ordinal stands before its noun
    step = -1 if before else 1
    for i, w in enumerate(words):
        if w not in editions and not (article and w.startswith(article) and w[len(article):] in editions):
            continue
        j = i + step
        if 0 <= j < len(words) and words[j] in affixes:   # "14th", `الـ14`: the figure past its affix
            j += step
        near = words[j] if 0 <= j < len(words) else ""
        if near in later or near.isdigit() and int(near) >= 2:
            return True
    return False


def edition_starts(ctx, events) -> set[int]:
    """The ids of tellings that start this year's edition of a recurring thing: of a class in
    ``edition_classes``, dated without a year or in the publication's year."""
    _, _, classes, _ = _words(ctx.lexicon)
    published = ctx.doc.published
    starts = {id(ev) for ev in events if ev.kind in classes
              and (ev.date.year_part is None or published is not None and ev.date.year == published.year)}
    return starts if starts and recurs(ctx) else set()   # (the article's words read only for such a start)
