"""Kinds of one-letter slips in a name that are read as slips, not as another name: a letter lost
from a long word of the language, a last letter lost from a family name the article settles on,
a vowel changed in a long name. ``art`` is a :class:`.pairs.Article`."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from checker.extractors.name_mentions.near import GAP_SWAP_MIN, edit_kind

from .entities import content

_LOST_MIN = 7   # letters of a word of the language a name loses one of into no word: a slip


def lost_last(art, w: str, c: str, mentions) -> bool:
    """``w`` (no word of the language) is the family name ``c`` of a person the article names in
    full and writes twice or more, less its last letter, in a script with capitals: "Kyerematen"
    for "Yaw Kyeremateng" (not a vowel, a transliteration, nor a plural "s": "Carolinas")."""
    return art.data.capitals and len(c) == len(w) + 1 and len(w) >= _LOST_MIN and c.startswith(w) \
        and c[-1] not in art.data.drop_kept | art.data.end_kept and len(mentions) >= 2 \
        and any(m.full and m.person and content(m)[-1] == c for m in mentions)


def vowel_slip(w: str, c: str) -> bool:
    """``w`` and ``c`` differ by one vowel letter changed, dropped or doubled."""
    diff = [(x, y) for x, y in zip(w, c) if x != y] if len(w) == len(c) else []
    if diff:
        return len(diff) == 1 and all(ch in _VOWELS for ch in diff[0])
    short, long_ = sorted((w, c), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return long_[i] in _VOWELS


_VOWELS = frozenset("aeiouyاويى")
_LONG_ALEF = "ا"
_HAMZAS = frozenset("أإآءؤئ")


def pattern_swap(w: str, c: str, raw: str = "") -> bool:
    """``w`` and ``c`` differ by an alef swapped with a letter beside it (`زلازل`, `زلزال`): in
    Arabic the word's pattern changed (a broken plural, another derivation), not a slip of the hand.
    ``raw``, ``w`` as written when its letters are as many: an alef written with a hamza there is
    folded, not a long vowel (`األسلحة` for `الأسلحة`: a slip)."""
    if len(w) != len(c):
        return False
    diff = [k for k in range(len(w)) if w[k] != c[k]]
    if len(diff) != 2 or diff[1] != diff[0] + 1 or w[diff[0]] != c[diff[1]] or w[diff[1]] != c[diff[0]]:
        return False
    written = raw if len(raw) == len(w) else w
    return any(w[k] == _LONG_ALEF and written[k] == _LONG_ALEF and w[diff[0] + diff[1] - k] not in _HAMZAS for k in diff)


def lost_letter(art, w: str, c: str) -> bool:
    """``w`` (no word of the language) is ``c``, a long word of it, with one letter left out:
    "Melborne" for "Melbourne", "Britih": a slip, not another name."""
    return len(c) == len(w) + 1 and len(c) >= _LOST_MIN and art.ordinary(c) is True


def final_pair(art, ma, mb, p: int) -> bool:
    """Word ``p`` of two full names is written with two last letters of one name's two spellings
    in the language data, the rest alike (`شذى الكلابي`, `شذا الكلابي`)."""
    pairs, text = art.data.final_pairs, art.ctx.doc.text
    if not pairs:
        return False
    wa = {text[m.spans[p][0]:m.spans[p][1]] for m in ma}
    wb = {text[m.spans[p][0]:m.spans[p][1]] for m in mb}
    return any(len(u) == len(v) >= 3 and u[:-1] == v[:-1] and frozenset((u[-1], v[-1])) in pairs
               for u in wa for v in wb)


def added_letter(a: str, b: str) -> str | None:
    """The letter one of two words has and the other lacks, when they differ so."""
    if len(a) == len(b):
        return None
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    i = next((k for k in range(len(short)) if long_[k] != short[k]), len(short))
    return long_[i]


def short_settled(x: str, y: str, ma, mb, shortest: int) -> bool:
    """Family names one letter shorter than ``shortest``, of one length, the given name the same,
    one spelling written once against the other twice or more: one person (`منى السقا` … `منى الصقا`)."""
    return len(x) == len(y) == shortest - 1 and min(len(ma), len(mb)) == 1 and max(len(ma), len(mb)) >= 2


def gap_swap(a: str, b: str) -> bool:
    """Two letters swapped across the one between them in a long word (`الحنيطي`, `الحطيني`)."""
    return len(a) == len(b) >= GAP_SWAP_MIN and OSA.distance(a, b) == 2 and edit_kind(a, b) == "swap"
