"""NUM001's reading of a sum told with the quantity and the price that make it, in one sentence: "sold
3,400 kilograms of husked fonio at 25,000 Guinean francs a kilo, bringing in 68 million francs"
(85 million); `باعت 3400 كيلوغرام بسعر 25 ألف فرنك للكيلوغرام، بعائد 68 مليون فرنك`.

Three counts follow one another in a sentence: a quantity, then a price after a word of
``[figures.revenues] at`` ("at", `بسعر`) and told per unit (a word of ``per`` before a word, "a kilo",
or ``per_prefix`` attached to it, `للكيلوغرام`), then a sum after a word of ``total`` ("bringing
in", `بعائد`). The quantity times the price is the sum, within 3 % (a tenth when a figure is told
"about")."""

from __future__ import annotations

from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import NEVER, alternation
from checker.language.regexes import compiled

from .common import Sentences, figures_data

_GAP = 60   # characters between two of the three figures, at most


@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("revenues", {})
    if not d.get("at") or not d.get("total") or not (d.get("per") or d.get("per_prefix")):
        return None
    alt = lambda ws: alternation(ws) or NEVER   # noqa: E731
    at = compiled(rf"(?<![^\W\d_])(?:{alt(d['at'])})\s*$")
    per = rf"(?:(?:{alt(d.get('per', []))})\s+[^\W\d_]+|(?:{alt(d.get('per_prefix', []))})[^\W\d_]+)"
    tail = compiled(rf"^\s*(?:[^\W\d_]+\s+){{0,3}}?{per}\s*[,،]?\s*(?:{alt(d['total'])})\s*$")
    return at, tail


def revenue_sums(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (quantity, price, sum, what the two make) for a sum the quantity and price do not make."""
    got = _data(ctx.lexicon)
    if got is None:
        return
    at, tail = got
    view = ctx.doc.normalized
    figures = [q for q in quantities if not q.vague and q.unit != "%"]
    for q, p, t in zip(figures, figures[1:], figures[2:]):
        if p.start - q.end > _GAP * 2 or t.start - p.end > _GAP * 2 or q.value <= 0 or p.value <= 0:
            continue   # (a first look on the original offsets)
        k = sents.index(q.start)
        if k is None or sents.index(t.start) != k:
            continue
        qe, ps, pe, ts = (view.from_original(x) for x in (q.end, p.start, p.end, t.start))
        if ps - qe > _GAP or ts - pe > _GAP or not at.search(view.text, max(qe, ps - 40), ps):
            continue
        if not tail.match(view.text[pe:ts]):
            continue
        made = q.value * p.value
        slack = 0.1 if q.qualifier or p.qualifier or t.qualifier else 0.03
        if abs(made - t.value) > slack * max(made, t.value):
            yield q, p, t, made

