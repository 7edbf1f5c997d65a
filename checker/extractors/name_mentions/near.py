"""Words one letter apart: how two such words differ, and the spellings a slip in a word most
often takes (generated from the word, so that finding them is a look-up, not a comparison of all
pairs)."""

from __future__ import annotations

from functools import lru_cache


def edit_kind(a: str, b: str) -> str:
    """How two words one edit apart differ: ``swap`` (two neighbours swapped: "Kowalski",
    "Kowlaski"), ``double`` (a letter written once or twice over: "Farrelly", "Farelly"),
    ``drop`` (another letter left out or added) or ``change`` (one letter for another)."""
    if len(a) == len(b):
        i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
        if i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]:
            return "swap"
        if i + 2 < len(a) and a[i] == b[i + 2] and a[i + 2] == b[i] and a[i + 1] == b[i + 1] \
                and a[i + 3:] == b[i + 3:]:
            return "swap"   # two letters swapped across the one between them (`الحنيطي`, `الحطيني`)
        return "change"
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    i = next((k for k in range(len(short)) if long_[k] != short[k]), len(short))
    c = long_[i]
    if (i > 0 and long_[i - 1] == c) or (i + 1 < len(long_) and long_[i + 1] == c):
        return "double"
    return "drop"


GAP_SWAP_MIN = 5   # letters of a word in which a swap across one letter is looked for


@lru_cache(maxsize=1 << 16)
def slips_of(w: str) -> tuple[str, ...]:
    """The spellings of ``w`` with two neighbouring letters swapped, a doubled letter written once
    or a letter written twice: what a slip in it most often looks like (made once per word)."""
    out: dict[str, None] = {}
    for i in range(len(w) - 1):
        if w[i] != w[i + 1]:
            out[w[:i] + w[i + 1] + w[i] + w[i + 2:]] = None
        else:
            out[w[:i] + w[i + 1:]] = None
    for i in range(len(w)):
        out[w[:i + 1] + w[i:]] = None
    out.pop(w, None)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def gap_swaps_of(w: str) -> tuple[str, ...]:
    """The spellings of ``w`` with two letters swapped across the one between them (`الحنيطي`,
    `الحطيني`), the first letter kept: a rarer slip, and one that often makes another word where
    words share their root letters (`توفيق`, `توقيف`), so read only for names."""
    if len(w) < GAP_SWAP_MIN:
        return ()
    return tuple(dict.fromkeys(w[:i] + w[i + 2] + w[i + 1] + w[i] + w[i + 3:]
                               for i in range(1, len(w) - 2) if w[i] != w[i + 2]))


@lru_cache(maxsize=8)
def _swaps(pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Each letter of ``pairs`` and the letters it may be put for, either way."""
    out: dict[str, tuple[str, ...]] = {}
    for a, b in pairs:
        out[a], out[b] = out.get(a, ()) + (b,), out.get(b, ()) + (a,)
    return out


def sound_alikes_of(w: str, pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The spellings of ``w`` with one letter put for its like-sounding one (``pairs``, either way)."""
    swap = _swaps(pairs)
    return tuple(dict.fromkeys(w[:i] + o + w[i + 1:] for i, c in enumerate(w) for o in swap.get(c, ())))


def sound_alike_pair(a: str, b: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    """``a`` and ``b`` differ only by one letter put for its like-sounding one (``pairs``)."""
    diff = [(x, y) for x, y in zip(a, b) if x != y] if len(a) == len(b) else []
    return len(diff) == 1 and (diff[0] in pairs or diff[0][::-1] in pairs)
