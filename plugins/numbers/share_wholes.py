"""The wholes that shares of one sentence name after "of" (`من المدارس`, "of state schools"): a
share told "of them" between two shares that name one whole is a share of that whole, not of the
share before it; and a whole told after the first share that the later shares place, each in its
own part ("70% of the affected jobs were in steelmaking, 25% in the mills and 30% in administration")."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import alternation_rx, figures_data

_WORD_AFTER = compiled(r"\s+[^\W\d_]+")
_WORDS = compiled(r"[^\W\d_]+")
_OBJECT = compiled(r"\s*[^\W\d_]+\s+(\S+)")
_PLACED_REACH = 3   # words of the whole after "of" and before the verb, at most


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


def placed_parts(nt: str, spans: list[tuple[int, int]], after: list[str], of_rx, verbs: frozenset[str],
                 locatives: frozenset[str], months) -> bool:
    """Whether the first share names its whole after "of", a verb of being and a word of place,
    and each later share is told with that word alone: "70% of the affected jobs were in
    steelmaking, 25% in the mills and 30% in administration" place the parts of one whole (not
    "…, 45% in 2015": one whole over time; nor rates of places without a whole told before them:
    "69% of voters were in favour in Kensington, 65% in Westminster")."""
    if len(set(after[1:])) != 1 or after[1] not in locatives or (m := of_rx.match(nt, spans[0][1])) is None:
        return False
    words = _WORDS.findall(nt, m.end(), spans[1][0])
    at = next((k + 1 for k, w in enumerate(words[:_PLACED_REACH + 1]) if w in verbs and words[k + 1:k + 2] == [after[1]]), None)
    if at is None or after[1] in words[at + 1:]:
        return False   # (not "69% of the voters were in favour in Kensington, 65% in …": rates of places)
    return placed_apart(nt, [end for _, end in spans[1:]], locatives, months)


def placed_apart(nt: str, ends: list[int], locatives: frozenset[str], months) -> bool:
    """Whether each share ending at ``ends`` is told with one word of place and a place after it
    (", 37% in Northern Province and 29% in the coastal districts"), not a time ("by August")."""
    words = set()
    for end in ends:
        o = _OBJECT.match(nt, end)
        w = _WORDS.match(nt, end + len(nt[end:end + 3]) - len(nt[end:end + 3].lstrip()))
        if o is None or w is None or w.group() not in locatives or o.group(1)[:1].isdigit() \
                or re.sub(r"\W+$", "", o.group(1)) in months:
            return False
        words.add(w.group())
    return len(words) == 1


@lru_cache(maxsize=64)
def share_words(lex, key: str) -> frozenset[str]:
    """The words of ``[figures.shares] <key>``, normalised: ``locatives`` after each figure tell where
    it holds ("69% in Kensington, 65% in …": rates of places, not the shares of one whole);
    ``origins`` where its part comes from or goes ("41% from Europe, 38% from Asia"); ``fraction_links``
    link a part to where it goes or lies ("to", "on"); ``part_verbs`` tell what became of the parts
    ("were", "remained")."""
    return frozenset(normalize_text(w) for w in figures_data(lex).get("shares", {}).get(key, []))


_BASIS_REACH = 40   # characters after a share in which the basis it is measured on is told


@lru_cache(maxsize=32)
def _basis_rx(lex):
    """A word of ``basis`` and the basis named right after it (`من حيث الكمية`, "in terms of volume")."""
    return alternation_rx(figures_data(lex).get("shares", {}).get("basis", []), after=r"\s+([^\W\d_]+)")


def bases_apart(lex, view, told: list[Quantity]) -> bool:
    """Every share told with the basis it is measured on, and not all the same basis (`60 بالمائة من
    الصادرات من حيث الكمية و52 بالمائة من حيث القيمة`, "60% in terms of volume and 52% in terms of
    value"): shares of two wholes."""
    rx = _basis_rx(lex)
    if rx is None:
        return False
    bases = []
    for q in told:
        e = view.from_original(q.end)
        m = rx.search(view.text, e, e + _BASIS_REACH)
        if m is None:
            return False
        bases.append(m.group(1).lower())
    return len(set(bases)) > 1


@lru_cache(maxsize=32)
def of_these_rx(lex):
    words = [normalize_text(w) for w in figures_data(lex).get("of_these", [])]
    return compiled(rf"\s*(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?![^\W\d_])") if words else None


def of_these(lex, nt: str, end: int) -> bool:
    """A share told "of them" (`منها`): a part of the share before it, not of the whole."""
    rx = of_these_rx(lex)
    return rx is not None and rx.match(nt, end) is not None
