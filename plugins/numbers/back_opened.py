"""NUM002's reading of a sentence that opens with words telling back the count of the sentence
before ("Authorities have suspended 1,340 licences pending review. Of those, 820 were issued by
the Cluj centre and 690 by the centre in Bistrita": 1,510; language data ``[figures.shares]
back_openers``): its counts, a list joined by "and", are parts of that count and cannot make more.
Only where the sentence before tells one count, and each part is told with that count's noun or
none of its own."""

from __future__ import annotations

from functools import lru_cache

from .common import Sentences, alternation_rx, counts_by_sentence, figures_data
from .distributed import _heads, listed_over, whole_head
from .shares import _lead_end


@lru_cache(maxsize=32)
def _back_rx(lex):
    return alternation_rx(figures_data(lex).get("shares", {}).get("back_openers", []), after=r"(?![^\W\d_])\s*[,،]?")


def back_opened_counts(ctx, quantities, sents: Sentences):
    """Yield (whole, parts) where the counts after "Of those," make more than the count before."""
    rx = _back_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    by_sentence = counts_by_sentence([q for q in quantities if q.unit is None], sents, 1)
    for k, parts in by_sentence.items():
        before = by_sentence.get(k - 1, [])
        ns = view.from_original(sents.items[k].start)
        if len(parts) < 2 or len(before) != 1 or not (m := rx.match(view.text, _lead_end(view.text, ns))) \
                or view.text[m.end():view.from_original(parts[0].start)].strip():
            continue   # (the first part right after the opener: "Of those, 820 …")
        whole = before[0]
        if not listed_over(ctx, whole, parts):
            continue   # (a list joined by "and", making more than the whole)
        head, (keys, _) = whole_head(ctx, whole), _heads(ctx, parts)
        if head is not None and set(keys) <= {None, head.main}:
            yield whole, parts
