"""A whole held by several holders, the passive of holding told once before the first figure and
each figure naming its holder right after it; a stake named beside a holder's figure; a whole named
by its noun opening a sentence ("Of the candidates whose papers were annulled,"): readings of the
shares of one whole (:mod:`.shares`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import word_regex
from checker.language.normalize import normalize_text

from .common import figures_data


def held_by(lex, nt: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a passive of holding stands before the first figure and each figure names its holder
    right after it: "is owned 52% by the founding family, 38% by a pension fund and 24% by
    investors", `مملوكة بنسبة 52% للعائلة، و38% لصندوق التقاعد، و24% لمستثمرين`."""
    held, words, attached = _held_rx(lex)
    if held is None or not held.search(nt, max(0, spans[0][0] - 30), spans[0][0]):
        return False
    months = lex.month_lookup
    for _, end in spans:
        m = re.match(r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?", nt[end:end + 60])
        w = m.group(1) if m else ""
        holder = m.group(2) if w in words else w[1:] if any(w.startswith(p) and len(w) > len(p) + 2 for p in attached) else None
        if not holder or holder in months:
            return False   # (no holder, or a time: "held 40% by women, 45% by 2022")
    return True


@lru_cache(maxsize=32)
def _held_rx(lex):
    sh = figures_data(lex).get("shares", {})
    norm = lambda ws: frozenset(normalize_text(w) for w in ws)  # noqa: E731
    return word_regex(lex, [normalize_text(w) for w in sh.get("held_verbs", [])]), \
        norm(sh.get("holder_words", [])), tuple(norm(sh.get("holder_prefixes", [])))


def staked(lex, nt: str, start: int, end: int) -> bool:
    """Whether a stake word stands next to the figure ("a 51% stake in", `حصة 51% في`)."""
    stake = _stake_rx(lex)
    if stake is None:
        return False
    before = list(stake.finditer(nt, max(0, start - 12), start))
    return bool(before and not nt[before[-1].end():start].strip()) or \
        bool((m := stake.search(nt, end, end + 12)) and not nt[end:m.start()].strip())


@lru_cache(maxsize=32)
def _stake_rx(lex):
    return word_regex(lex, [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("stake_words", [])])


@lru_cache(maxsize=32)
def named_opener_rx(lex):
    """A sentence opening with the whole its figures split, named by its noun and set off by a comma:
    "Of the candidates whose papers were annulled,"."""
    words = [re.escape(normalize_text(w)) for w in figures_data(lex).get("shares", {}).get("whole_openers", [])]
    return re.compile(rf"(?:{'|'.join(words)})\s+[^\W\d_][^,،\d]{{0,80}}[,،]") if words else None
