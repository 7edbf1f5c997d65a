"""The wholes that shares of one sentence name after "of" (`من المدارس`, "of state schools"): a
share told "of them" between two shares that name one whole is a share of that whole, not of the
share before it."""

from __future__ import annotations

from checker.extractors.quantity_mentions import Quantity
from checker.language.regexes import compiled

_WORD_AFTER = compiled(r"\s+[^\W\d_]+")


def whole_again(nt: str, view, of_rx, told: list[Quantity], k: int) -> bool:
    """The whole the first share names is named again after a share later than the ``k``-th."""
    first = of_rx.match(nt, view.from_original(told[0].end))
    if first is None:
        return False
    for q in told[k + 1:]:
        end = view.from_original(q.end)
        word = _WORD_AFTER.match(nt, end)   # (or after one word of stress: `9% فقط من المدارس`)
        for at in (end, word.end()) if word else (end,):
            if (m := of_rx.match(nt, at)) is not None and long_words(m.group(1)) & long_words(first.group(1)):
                return True
    return False


def long_words(words: str) -> set[str]:
    """The words of four letters or more of a whole (not "the")."""
    return {w for w in words.split() if len(w) >= 4}
