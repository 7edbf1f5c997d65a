"""What an amount with no noun of its own measures, told by the verb right before it: "The regulator
raised $1.38 billion from its first auction" is the sum raised, which "the $1.18 billion raised in
the sale" tells back (language data ``[figures] amount_verbs``: verbs of money gained or spent,
written as their past participle after a definite amount)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import figures_data
from .heads import Head

_REACH = 24   # characters before the amount read for its verb


@lru_cache(maxsize=32)
def _verbs(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("amount_verbs", []))


def verb_head(lex, nt: str, start: int, head: Head | None, amount: bool) -> Head | None:
    """The head of an amount: its own, else the verb right before it when that is a verb of money
    ("raised $1.38 billion", `جمعت 1.38 مليار دولار`); None when neither is told."""
    if head is not None or not amount or not (verbs := _verbs(lex)):
        return head
    words = re.findall(r"[^\W\d_]+", nt[max(0, start - _REACH):start])
    if not words or words[-1] not in verbs or not nt[:start].rstrip().endswith(words[-1]):
        return None
    return Head(main=words[-1], keys=frozenset({words[-1]}), definite=False, generic=False, word=words[-1])
