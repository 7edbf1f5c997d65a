"""What an amount with no noun of its own measures, told by the verb right before it: "The regulator
raised $1.38 billion from its first auction" is the sum raised, which "the $1.18 billion raised in
the sale" tells back (language data ``[figures] amount_verbs``: verbs of money gained or spent,
written as their past participle after a definite amount)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import figures_data
from .heads import Head, head_data, noun_key

_REACH = 24   # characters before the amount read for its verb
_AFTER = 5    # words after an amount told as known read for its verb


@lru_cache(maxsize=32)
def _verbs(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("amount_verbs", []))


def verb_head(lex, nt: str, start: int, head: Head | None, amount: bool, end: int | None = None) -> Head | None:
    """The head of an amount: its own, else the verb right before it when that is a verb of money
    ("raised $1.38 billion", `جمعت 1.38 مليار دولار`), else, for an amount told as known, one a few words
    after it in its clause ("the £186,000 he is accused of taking"); None when none is told. The verb's
    key is a noun's (``synonyms``: "took" and "taking" one sum)."""
    if head is not None or not amount or not (verbs := _verbs(lex)):
        return head
    words = re.findall(r"[^\W\d_]+", nt[max(0, start - _REACH):start])
    if words and words[-1] in verbs and nt[:start].rstrip().endswith(words[-1]):
        verb, definite = words[-1], False
    elif end is not None and words and words[-1] in head_data(lex).definite:
        after = re.findall(r"[^\W\d_]+", re.split(r"[,،;؛.:!?]", nt[end:end + _REACH + 16], maxsplit=1)[0])[:_AFTER]
        verb, definite = next((w for w in after if w in verbs), None), True
        if verb is None:
            return None
    else:
        return None
    key = noun_key(lex, verb)
    return Head(main=key, keys=frozenset({key}), definite=definite, generic=False, word=verb)
