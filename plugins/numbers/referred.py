"""NUM001's reading of a sum told back: an amount that refers to one told before — after a
determiner ("the €3.6m was routed …") or after a noun that names a sum (`المبلغ المختلس، والمقدّر
بـ٣٫٤ مليون دينار`, language data ``[figures] sum_nouns``) — held to the only other amount in
its currency in the article, whatever noun each is said of. A market report's many prices, or
two sums of one currency before it, leave it silent."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, figures_data, stopwords
from .restated import compatible

_LEAD = 40          # characters before an amount where the noun of a sum may stand
_MAX_RATIO = 3.0    # a mistyped sum stays within this factor of the first
_NEXT = re.compile(r"[^\S\n]+([^\W\d_]+)")   # the word right after an amount, across spaces only


def find_referred(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, the noun of a sum) for a sum told back with another figure."""
    by_unit: dict[str, list] = collections.defaultdict(list)
    for q in quantities:
        if q.unit not in (None, "%") and not q.vague and not q.subset:
            by_unit[q.unit].append(q)
    lead = _lead_rx(ctx.lexicon)
    word = next(iter(figures_data(ctx.lexicon).get("sum_nouns", [])), None)   # "sum", `المبلغ`: for the message
    for unit, qs in by_unit.items():
        if len(qs) != 2:
            continue   # one sum, or several: no telling which one a sum told back is
        a, b = qs
        if sents.index(a.start) == sents.index(b.start) or b.update or compatible(a, b) or dated(a, b):
            continue
        lo, hi = sorted((abs(a.value), abs(b.value)))
        if lo <= 0 or hi / lo > _MAX_RATIO:
            continue
        after = _NEXT.match(ctx.doc.text, b.end)
        if after is not None and normalize_text(after.group(1)) not in stopwords(ctx.lexicon):
            continue   # "near the 150 yen level": the determiner is the noun's after it, no sum told back
        k = sents.index(b.start)
        start = max(sents.items[k].start, b.start - _LEAD) if k is not None else b.start
        if lead is not None and lead.search(normalize_text(ctx.doc.text[start:b.start])):
            yield a, b, word


@lru_cache(maxsize=32)
def _lead_rx(lex) -> re.Pattern | None:
    """A determiner right before an amount ("the €3.6m"), or a noun of a sum shortly before it."""
    f = figures_data(lex)
    definite = "|".join(re.escape(normalize_text(w)) for w in f.get("definite", []))
    sums = alternation_rx(f.get("sum_nouns", []))
    parts = ([rf"(?<![^\W\d_])(?:{definite})\s*$"] if definite else []) + ([sums.pattern] if sums is not None else [])
    return re.compile("|".join(parts)) if parts else None
