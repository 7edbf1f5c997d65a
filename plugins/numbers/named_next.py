"""NUM002's reading of a count whose list is told in the next sentence, after a verb that names
the things counted by a pronoun ("Four of the men were admitted to hospital. The company named
them as Sipho Ndlovu, Thabo Mokoena and Pieter van Wyk": three names; language data ``[figures.lists]
named_next``). Only the one count of its sentence from 2 to 12, and a list whose end is certain."""

from __future__ import annotations

from functools import lru_cache

from .common import Sentences, alternation_rx, figures_data
from .heads import measures
from .list_data import list_data
from .lists import _COLON_ITEM_WORDS, read_list

_LEAD = 60   # characters from the next sentence's start to the end of its naming words, at most


@lru_cache(maxsize=32)
def _named_rx(lex):
    return alternation_rx(figures_data(lex).get("lists", {}).get("named_next", []))


def named_next(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where they disagree."""
    rx = _named_rx(ctx.lexicon)
    if rx is None:
        return
    d, view, text = list_data(ctx.lexicon), ctx.doc.normalized, ctx.text
    nt = view.text

    def orig(s: int, e: int) -> str:
        a, b = view.to_original(s, e)
        return text[a:b]

    by_sentence: dict[int, list] = {}
    for q in quantities:
        if (k := sents.index(q.start)) is not None:
            by_sentence.setdefault(k, []).append(q)
    for k, qs in by_sentence.items():
        counts = [q for q in qs if q.unit is None and not q.vague and q.low == q.high and float(q.value).is_integer()]
        if len(qs) != 1 or len(counts) != 1 or not 2 <= counts[0].value <= 12 or k + 1 >= len(sents.items):
            continue
        q, nxt = counts[0], sents.items[k + 1]
        if measures(ctx.lexicon, nt, view.from_original(q.end)) or by_sentence.get(k + 1):
            continue   # (a time or a measure; figures in the next sentence: whose list it is is unclear)
        ns, ne = view.from_original(nxt.start), view.from_original(nxt.end)
        m = rx.search(nt, ns, min(ne, ns + _LEAD))
        if m is None:
            continue
        opening = m.end() + len(nt[m.end():ne]) - len(nt[m.end():ne].lstrip())
        items, certain = read_list(d, orig, nt, opening, ne, _COLON_ITEM_WORDS)
        if certain is True and len(items) >= 2 and len(items) != int(q.value):
            s, _ = view.to_original(items[0][0], items[0][0])
            _, e = view.to_original(items[-1][1], items[-1][1])
            yield q, s, e, len(items)
