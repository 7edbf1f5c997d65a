"""NAME001's reading of a name whose last letter is written two ways that the normaliser folds into
one (`الخوالدة` … `الخوالده`; the pairs of letters are language data, ``[variants]
folded_endings``). Only a word that is no word of the language counts: `مقابله` beside `مقابلة` is
a noun with a pronoun ("his interview"), `دوراليه` beside `دورالية` one name spelt two ways."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.language.frequency import known_word, word_list
from checker.language.letters import LetterPattern
from checker.language.normalize import normalize_text

_MIN_LETTERS = 5


@lru_cache(maxsize=8)
def _ending_rx(letters: str) -> LetterPattern:
    """Words of ``_MIN_LETTERS`` letters or more ending in one of ``letters`` (a letter tested by a
    table where the text allows it: :class:`LetterPattern`)."""
    return LetterPattern(rf"(?<!{{L}}){{L}}{{{_MIN_LETTERS - 1},}}[{re.escape(letters)}](?!{{L}})")


def _stem(w: str, prefixes: tuple[str, ...]) -> str:
    """A word less its last letter and an attached proclitic or article (`والبطاين` → `بطاين`)."""
    if w.startswith(prefixes):   # (most words open with none: one test in C)
        for p in prefixes:
            if w.startswith(p) and len(w) - len(p) >= _MIN_LETTERS - 1:
                return w[len(p):]
    return w


def folded_ending_slips(doc, pairs, prefixes: tuple[str, ...]) -> list[tuple[int, int, int, int, int]]:
    """(start, end) of the rarer spelling's first place, (start, end) of the other's, and how
    often the other is written, for each word written with both letters of a pair at its end."""
    ends = {a: b for x, y in pairs for a, b in ((x, y), (y, x))}
    if not ends or word_list(doc.lang) is None:
        return []   # no word list: nothing tells a name from a noun with a pronoun
    places: dict[tuple[str, str], list[tuple[int, int]]] = collections.defaultdict(list)
    text = doc.text
    # words of the original text by their last letter: a stem written with both letters of a
    # pair is rare, so one pass over the text finds the few to look at
    written = collections.defaultdict(list)
    for m in _ending_rx("".join(sorted(ends))).on(text).finditer(text):
        written[m.group()].append((m.start(), m.end()))
    stems = {w: w[:-1] for w in written}
    for w in [w for w in stems if w.startswith(prefixes)]:   # (a word opening with none is left as it is)
        stems[w] = _stem(w[:-1], prefixes)
    by_stem = collections.defaultdict(set)
    for w, stem in stems.items():
        by_stem[stem].add(w[-1])
    for w, spots in written.items():
        stem = stems[w]
        if len(by_stem[stem]) < 2 or known_word(normalize_text(w), doc.lang, folded=True):
            continue   # one ending only, or a word of the language (a noun with a pronoun)
        places[(stem, w[-1])] += spots
    for v in places.values():
        v.sort()
    out = []
    for (stem, last), here in places.items():
        other = places.get((stem, ends[last]), [])
        if not other or (len(here), -here[0][0]) > (len(other), -other[0][0]) or len(here) >= 2:
            continue   # report from the rarer (or later) spelling, written once
        out.append((*here[0], *other[0], len(other)))
    return sorted(out)
