"""A normalised view of a text for matching, with an exact map back to the original.

Arabic: alef forms (أ إ آ ٱ) -> ا, alef maqsura ى -> ي, ta marbuta ة -> ه, hamza on waw/ya
(ؤ ئ) -> و ي, tatweel and diacritics removed. Arabic-Indic and Persian digits -> ASCII.
Everything is case-folded only where it stays one code point (so offsets map 1:1 or drop).

The fold is the same for every language, and folds the digits of the Arabic scripts in code rather
than from each language's ``[script] digits``, on purpose: a normalised text must not depend on
which languages are loaded or which one an article is detected as (fingerprints, cache keys and
the spans of mixed-script quotations are computed from it, and an English article quoting
Arabic figures must read them), and the Extended Arabic-Indic digits of Persian and Urdu belong to
no language the checker ships. ``[script] digits`` serves the other direction: writing a number
as the text writes its own.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from checker.language.regexes import compiled

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ک": "ك",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended Arabic-Indic (Persian, Urdu)

#: Every character the fold reads as a digit: ASCII and the digits of the Arabic scripts.
DIGITS = "0123456789" + "".join(c for c, v in _FOLD.items() if v.isdigit())

# Removed entirely: tatweel, Arabic diacritics (harakat, shadda, sukun, superscript alef),
# Quranic marks, and invisible format characters (bidi marks, zero-width joiners).
_DROP = set("\u0640")
_DROP.update(chr(c) for c in range(0x064B, 0x0660))
_DROP.add("\u0670")
_DROP.update(chr(c) for c in range(0x06D6, 0x06EE))
_DROP.update("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def fold_char(ch: str) -> str:
    """Normalise one character: returns '' when it is dropped, else one character."""
    if ch in _DROP:
        return ""
    ch = _FOLD.get(ch, ch)
    low = ch.lower()
    return low if len(low) == 1 else ch


class _FoldTable(dict):
    """``str.translate`` table equal to :func:`fold_char`, filled as characters are met."""

    def __missing__(self, code: int):
        folded = fold_char(chr(code))
        value = folded or None
        self[code] = value
        return value


_TABLE = _FoldTable()
#: Every character :func:`fold_char` drops, one string.
DROPPED = "".join(sorted(_DROP))
_DROP_TABLE = {ord(c): None for c in _DROP}
_DROP_RE = compiled("[" + re.escape("".join(sorted(_DROP))) + "]")


# The characters whose lower case str.lower() writes otherwise than fold_char does: İ, whose lower
# case is two code points, and Σ, lowered to final sigma at the end of a word. A text without them
# may be lowered whole.
_LOWER_APART = compiled("[\u0130\u03a3]")
_FOLDS = tuple(_FOLD.items())
_LONG = 256


def normalize_text(text: str) -> str:
    """The normalised form of a string: :func:`fold_char` applied to every character. (A long
    text is lowered whole, then folded and stripped one character kind at a time: the same, as
    no character lowers into one that is folded or dropped.)"""
    if len(text) < _LONG or _LOWER_APART.search(text):
        return text.translate(_TABLE)
    out = text.lower()
    if out.isascii():
        return out
    for a, b in _FOLDS:
        if a in out:
            out = out.replace(a, b)
    return _DROP_RE.sub("", out)


def strip_dropped(text: str) -> str:
    """``text`` without the characters :func:`fold_char` drops (tatweel, diacritics, bidi marks)."""
    return text.translate(_DROP_TABLE)


@dataclass(frozen=True)
class NormalizedView:
    """``text`` is the normalised string; ``offsets[i]`` is the original index of ``text[i]``
    (a tuple, or ``range(original_length)`` when no character was dropped)."""

    text: str
    offsets: Sequence[int]
    original_length: int
    marks: frozenset[int] = frozenset()   # original indices of the dropped combining marks (vowel signs)

    @classmethod
    def build(cls, original: str) -> "NormalizedView":
        n = len(original)
        dropped = [m.start() for m in _DROP_RE.finditer(original)]
        if not dropped:   # each index its own: no tuple of every index is built
            offs: Sequence[int] = range(n)
        else:
            kept: list[int] = []
            prev = 0
            for d in dropped:
                kept.extend(range(prev, d))
                prev = d + 1
            kept.extend(range(prev, n))
            offs = tuple(kept)
            return cls(normalize_text(original), offs, n,
                       frozenset(d for d in dropped if unicodedata.category(original[d]) == "Mn"))   # (the vowel signs)
        return cls(normalize_text(original), offs, n)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to the original text. A non-empty range maps to
        the range from its first to its last kept character."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        last = self.offsets[end - 1] + 1
        while last in self.marks:   # the vowel signs written on the last letter (`مديراً`, not `مديرا`)
            last += 1
        return self.offsets[start], last

    def from_original(self, pos: int) -> int:
        """The normalised index of the first kept character at or after original ``pos``."""
        n = self.original_length
        if len(self.offsets) == n:   # nothing dropped: the same index (within the text)
            return pos if 0 <= pos <= n else 0 if pos < 0 else n
        return bisect.bisect_left(self.offsets, pos)
