"""NUM002's reading of parts told first and their total after them, in one sentence: "Six workers tend
the kilns, three run the press and one drives the delivery truck, making up the plant's full staff of
11" (10); `يعمل ستة عمال في الأفران وثلاثة في المكبس وواحد في النقل، أي ما مجموعه 11 عاملاً` (10).

A word of ``[figures.totals] words`` ("making up", "for a total of", `أي ما مجموعه`) stands after the
parts; the total is the first count after it, within a few words. The parts are the counts of the
sentence before that word, two or more, each smaller than the total, none a share or a sum of money;
an item told with a word of ``[figures.lists] noun_articles`` ("and a driver") or of ``ones`` ("one drives",
`وواحد`) counts one. Parts
that do not make the total contradict it."""

from __future__ import annotations

from itertools import islice
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import alternation
from checker.language.regexes import compiled

from .common import Sentences, figures_data

_AFTER = 40   # characters after the word of a total where its count stands
_MOST = 30   # readings per article, at most (each reads the article's counts once)


@lru_cache(maxsize=32)
def _data(lex):
    f = figures_data(lex)
    words = alternation(f.get("totals", {}).get("words", []))
    if not words:
        return None, None
    articles, ones = alternation(f.get("lists", {}).get("noun_articles", [])), alternation(f.get("totals", {}).get("ones", []))
    alts = [rf"(?:,|\band)\s+(?:{articles})\s+[^\W\d_]+"] if articles else []
    alts += [rf"(?<![^\W\d_])(?:{ones})(?![^\W\d_])"] if ones else []
    return compiled(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])"), compiled("|".join(alts)) if alts else None


def made_up_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (total, parts, the parts' sum) for parts told before a word of a
    total in their sentence that do not make it."""
    rx, one = _data(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    counts = [q for q in quantities if q.unit is None and not q.vague]
    for m in islice(rx.finditer(view.text), _MOST):
        at, reach = view.to_original(m.start(), m.end())
        k = sents.index(at)
        total = next((q for q in counts if reach <= q.start <= reach + _AFTER and sents.index(q.start) == k), None)
        parts = [q for q in counts if q.end <= at and sents.index(q.start) == k]
        if total is None or len(parts) < 2 or total.qualifier is not None or any(p.value >= total.value for p in parts):
            continue
        ps = view.from_original(parts[0].start)
        ones = len(one.findall(view.text, ps, m.start())) if one is not None else 0   # "… and a driver"
        made = sum(p.value for p in parts) + ones
        if made != total.value:
            yield total, parts, made
