"""NUM002's reading of a sum split into its parts: a sentence that says a sum is split between
amounts ("the grant will be split between $800,000 for restoration and $750,000 for training",
`أن المنحة تتوزع بين 800 ألف دينار للترميم و750 ألف دينار للتدريب`, language data ``[figures]
split_words``) names every part, so the parts make the whole: the amount of that currency told
before the split word in its sentence, or the only one told earlier in the article."""

from __future__ import annotations

from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, figures_data

TOLERANCE = 0.02   # of the whole: parts rounded ("$1.4 million" split as "$750,000" and "$660,000")


def split_sums(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) where the parts a split word announces do not make the whole."""
    rx = _split_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    sums = [q for q in quantities if q.unit not in (None, "%") and not q.vague and q.low == q.high]
    seen = set()
    for m in rx.finditer(view.text) if len(sums) >= 3 else ():
        at = view.to_original(m.end(), m.end())[0]
        k = sents.index(at)
        if k is None or k in seen:
            continue
        seen.add(k)
        sent = sents.items[k]
        parts = [q for q in sums if at <= q.start < sent.end]
        if len(parts) < 2 or len({q.unit for q in parts}) != 1:
            continue
        unit = parts[0].unit
        before = [q for q in sums if q.unit == unit and sent.start <= q.start < at]
        earlier = [q for q in sums if q.unit == unit and q.start < sent.start]
        whole = before[-1] if before else earlier[0] if len(earlier) == 1 else None
        total = sum(q.value for q in parts)
        if whole is not None and abs(total - whole.value) > TOLERANCE * whole.value:
            yield whole, parts


@lru_cache(maxsize=32)
def _split_rx(lex):
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("split_words", [])])
