"""NUM001's silence on a figure its sentence tells place by place: two figures or more of one
kind, each told with where it holds, in parallel — the place before each (`نسبة النجاح في الفرع
العلمي 69.2 بالمئة، وفي الفرع الأدبي 48.7 بالمئة`) or after each ("69.2% in the science stream
and 48.7% in the arts stream"). Each is the figure of a part, not of the whole a figure elsewhere
gives."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data

_W = r"[^\W\d_]+"
_WORDS = rf"{_W}(?:[^\S\n]+{_W}){{0,3}}"      # a place: one to four words


@lru_cache(maxsize=32)
def _patterns(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
    """(before the first figure, between two figures placed before them, between two placed after
    them, after the last one), on the normalised text."""
    preps = [normalize_text(w) for w in figures_data(lex).get("place_prepositions", [])]
    joins = [normalize_text(w) for w in lex.section("names", {}).get("roles", {}).get("conjunctions", [])]
    if not preps or not joins:
        return None
    prep, conj = f"(?:{alternation(preps)})", f"(?:{alternation(joins)})"
    return (compiled(rf"(?<![^\W\d_]){prep}\s+{_WORDS}\s*$"),
            compiled(rf"^\s*(?:[,،]\s*)?(?:{conj}\s*)?{prep}\s+{_WORDS}\s*$"),
            compiled(rf"^\s*(?:{_W}\s+)?{prep}\s+{_WORDS}(?:\s*[,،]\s*(?:{conj}\s*)?|\s+{conj}\s*)$"),
            compiled(rf"^\s*(?:{_W}\s+)?{prep}\s+{_W}"))


def placed_figures(ctx, quantities, sents: Sentences) -> frozenset[int]:
    """The starts of the figures told place by place in their sentence."""
    rx = _patterns(ctx.doc.lexicon)
    if rx is None:
        return frozenset()
    before, between_b, between_a, after = rx
    by_sent: dict[int, list] = {}
    for q in quantities:
        if (i := sents.index(q.start)) is not None:
            by_sent.setdefault(i, []).append(q)
    out: set[int] = set()
    norm = ctx.doc.normalized_slice
    for i, qs in by_sent.items():
        qs.sort(key=lambda q: q.start)
        lo = sents.items[i].start
        for x, y in zip(qs, qs[1:]):
            if (x.unit, x.thing) != (y.unit, y.thing):
                continue   # ("killed 25 people in Mosul, and 12 were wounded": two things)
            gap = norm(x.end, y.start)
            lead = re.split(r"[,،;؛:]", norm(max(lo, x.start - 60), x.start))[-1]
            if (between_b.match(gap) and before.search(lead)) or \
                    (between_a.match(gap) and after.match(norm(y.end, min(sents.items[i].end, y.end + 60)))):
                out.update((x.start, y.start))
    return frozenset(out)
