"""NUM002's reading of a whole and the parts a word after a comma opens: "The ship carries 240
passengers, with 176 seats in the main cabin, 48 in an upper lounge and 24 in a premium section",
`تتسع لـ240 راكباً، بواقع 176 مقعداً في … و48 في … و24 في …` — parts told alike (the same word after
each, the first after its noun) that make more than their whole. The words that open the parts are
language data (``[figures] part_openers``)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, counts_by_sentence, figures_data
from .of_them import _listed

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _opener_rx(lex):
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("part_openers", [])],
                          before=r"[,،]\s*", after=r"\s*$")


def with_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for parts opened by a word after the whole's comma that make more."""
    rx = _opener_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    for cs in counts_by_sentence(quantities, sents).values():
        for i, whole in enumerate(cs[:-2]):
            if whole.qualifier or whole.vague or whole.low != whole.high:
                continue
            gap = view.text[view.from_original(whole.end):view.from_original(cs[i + 1].start)]
            if len(re.findall(r"[,،]", gap)) != 1 or not rx.search(gap):
                continue   # (the whole's noun phrase, one comma, the opener)
            parts = _listed(ctx, cs[i + 1:])
            if len(parts) >= 2 and sum(q.value for q in parts) > whole.value and _alike(view, parts):
                yield whole, parts


def _alike(view, parts: list[Quantity]) -> bool:
    """The same word after every part but the first, and within two words after the first."""
    after = [_WORD.findall(view.text, view.from_original(q.end), view.from_original(q.end) + 30)[:2] for q in parts]
    rest = {a[0] for a in after[1:] if a}
    return len(rest) == 1 and all(after[1:]) and bool(rest & set(after[0]))
