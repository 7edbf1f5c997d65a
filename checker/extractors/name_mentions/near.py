"""Words one letter apart, found without comparing every pair: each word is filed under itself
and under every form of it with one letter left out, so two words within one edit (a letter
dropped, added, replaced or two neighbours swapped) share a file (a deletion neighbourhood)."""

from __future__ import annotations

import collections
from typing import Iterable

from rapidfuzz.distance import OSA


def _deletions(w: str) -> set[str]:
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


class NearIndex:
    """The words of a set one edit from a given word, in time linear in the word's length."""

    def __init__(self, words: Iterable[str]):
        self._by: dict[str, set[str]] = collections.defaultdict(set)
        for w in words:
            for d in _deletions(w):
                self._by[d].add(w)

    def near(self, w: str) -> list[str]:
        """The words of the set one edit (OSA distance 1) from ``w``, sorted."""
        found: set[str] = set()
        for d in _deletions(w):
            found |= self._by.get(d, set())
        return sorted(x for x in found if x != w and OSA.distance(x, w) == 1)


def edit_kind(a: str, b: str) -> str:
    """How two words one edit apart differ: ``swap`` (two neighbours swapped: "Kowalski",
    "Kowlaski"), ``double`` (a letter written once or twice over: "Farrelly", "Farelly"),
    ``drop`` (another letter left out or added) or ``change`` (one letter for another)."""
    if len(a) == len(b):
        i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
        if i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]:
            return "swap"
        return "change"
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    i = next((k for k in range(len(short)) if long_[k] != short[k]), len(short))
    c = long_[i]
    if (i > 0 and long_[i - 1] == c) or (i + 1 < len(long_) and long_[i + 1] == c):
        return "double"
    return "drop"


def slips_of(w: str) -> dict[str, str]:
    """The spellings of ``w`` with two neighbouring letters swapped, a doubled letter written once
    or a letter written twice, each mapped to ``w``: what a slip in it most often looks like."""
    out: dict[str, str] = {}
    for i in range(len(w) - 1):
        if w[i] != w[i + 1]:
            out[w[:i] + w[i + 1] + w[i] + w[i + 2:]] = w
        else:
            out[w[:i] + w[i + 1:]] = w
    for i in range(len(w)):
        out[w[:i + 1] + w[i:]] = w
    out.pop(w, None)
    return out
