"""A whole held by several holders, the passive of holding told once before the first figure and
each figure naming its holder right after it: the shares of one whole (:mod:`.shares`)."""

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
