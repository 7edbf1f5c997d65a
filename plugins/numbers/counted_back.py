"""NUM001's reading of a count written against the article after a noun the article counts
elsewhere (`نحو 350 قطعة` … `القطع الـ530 المعروضة`): the pieces told back, a count of them,
even where the noun's plural has no shape that tells it from a singular (after a singular noun
counted nowhere, `الدورة الـ25` stays an ordinal)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .heads import noun_key

_WORD = compiled(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _pattern(lex) -> re.Pattern | None:
    article = normalize_text(lex.section("script", {}).get("article", ""))
    if not article:
        return None
    return compiled(rf"(?<![^\W\d_]){re.escape(article)}(?P<num>\d{{2,7}})(?![\w.,]\d|[^\W\d_])")


def counted_back(ctx, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities with these counts added: each one after a noun whose key is that of a
    noun counted right after another figure of the article."""
    pattern = _pattern(ctx.lexicon)
    view = ctx.doc.normalized
    nt = view.text
    if pattern is None or not quantities:
        return quantities
    found = list(pattern.finditer(nt))
    if not found:
        return quantities
    taken = [(view.from_original(q.start), view.from_original(q.end)) for q in quantities]
    counted = set()
    for _, e in taken:
        w = _WORD.match(nt, e + 1) if nt[e:e + 1].isspace() else None
        if w is not None:
            counted.add(noun_key(ctx.lexicon, w.group()))
    added = []
    for m in found:
        s, e = m.start("num"), m.end("num")
        if any(a < e and s < b for a, b in taken):
            continue
        before = list(_WORD.finditer(nt, max(0, m.start() - 30), m.start()))
        if before and before[-1].end() < m.start() and noun_key(ctx.lexicon, before[-1].group()) in counted:
            os, oe = view.to_original(s, e)
            v = float(m.group("num"))
            added.append(Quantity(os, oe, ctx.doc.text[os:oe], v, v, v))
    return sorted([*quantities, *added], key=lambda q: q.start) if added else quantities
