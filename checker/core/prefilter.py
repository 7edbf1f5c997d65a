"""What any match of a pattern must contain: a cheap substring test that tells, exactly, when a
pattern cannot match a text at all, so that a scan over many lines or articles can skip it."""

from __future__ import annotations

import re
from functools import lru_cache

try:    # Python >= 3.11
    from re import _constants as _c, _parser as _p
except ImportError:   # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


_REPEATS = tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", object())


def required(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings at least one of which occurs in every match of ``pattern`` (None: no such set
    is known, e.g. a case-insensitive pattern)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _needs(_p.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except Exception:   # noqa: BLE001 - an unexpected form: no filter, never a wrong one
        return None
    return tuple(sorted(found)) if found else None


@lru_cache(maxsize=1024)
def needs_of(pattern: re.Pattern) -> tuple[str, ...] | None:
    """:func:`required`, computed once per pattern."""
    return required(pattern)


def finditer(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)``, skipping the scan when the text lacks what any match holds."""
    return pattern.finditer(text) if may_match(needs_of(pattern), text) else iter(())


def may_match(needs: tuple[str, ...] | None, text: str) -> bool:
    """False only when no match of the pattern ``needs`` was computed for can occur in ``text``."""
    return needs is None or any(map(text.__contains__, needs))


def _needs(items) -> set[str] | None:
    """The best set of strings one of which every match of the sequence ``items`` holds."""
    best: set[str] | None = None
    runs: set[str] = {""}   # the literal text written since the last item that is not literal

    def consider(cand: set[str] | None) -> None:
        nonlocal best
        if cand and all(cand) and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    for op, av in items:
        if op is _c.LITERAL:
            runs = {r + chr(av) for r in runs}
            continue
        optional = _optional_literal(op, av)
        if optional is not None and len(runs) < _MAX_RUNS:
            runs = runs | {r + optional for r in runs}   # "0s" or "0's"
            continue
        consider(runs)
        runs = {""}
        if op is _c.SUBPATTERN:
            _group, add, _del, sub = av
            if not add & re.IGNORECASE:
                consider(_needs(sub))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                consider(_needs(sub))
        elif op is _ATOMIC:
            consider(_needs(av))
        elif op is _c.BRANCH:
            alts = [_needs(a) for a in av[1]]
            if alts and all(alts):
                consider(set().union(*alts))
    consider(runs)
    return best


_MAX_RUNS = 16


def _optional_literal(op, av) -> str | None:
    """The text of an item that is a literal written at most once (``'?``), else None."""
    if op not in _REPEATS or av[0] != 0 or av[1] != 1:
        return None
    sub = list(av[2])
    if sub and all(o is _c.LITERAL for o, _ in sub):
        return "".join(chr(a) for _, a in sub)
    return None
