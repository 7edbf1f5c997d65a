"""NAME001's reading of a name whose last letter is written two ways that the normaliser folds into
one (`الخوالدة` … `الخوالده`; the pairs of letters are language data, ``[variants]
folded_endings``). Only a word that is no word of the language counts: `مقابله` beside `مقابلة` is
a noun with a pronoun ("his interview"), `دوراليه` beside `دورالية` one name spelt two ways."""

from __future__ import annotations

import collections

from checker.language.frequency import known_word

_MIN_LETTERS = 5


def folded_ending_slips(doc, pairs, prefixes: tuple[str, ...]) -> list[tuple[int, int, int, int, int]]:
    """(start, end) of the rarer spelling's first place, (start, end) of the other's, and how
    often the other is written, for each word written with both letters of a pair at its end."""
    ends = {a: b for x, y in pairs for a, b in ((x, y), (y, x))}
    if not ends or known_word("", doc.lang) is None:
        return []
    toks = doc.tokens
    places: dict[tuple[str, str], list[tuple[int, int]]] = collections.defaultdict(list)
    for i, folded in enumerate(toks.words):
        s, e = toks.original(i)
        last = doc.text[e - 1:e]
        if last in ends and len(folded) >= _MIN_LETTERS and not known_word(folded, doc.lang, folded=True):
            stem = next((folded[len(p):] for p in prefixes if folded.startswith(p) and len(folded) - len(p) >= _MIN_LETTERS), folded)
            places[(stem, last)].append((s, e))
    out = []
    for (stem, last), here in places.items():
        other = places.get((stem, ends[last]), [])
        if not other or (len(here), -here[0][0]) > (len(other), -other[0][0]) or len(here) >= 2:
            continue   # report from the rarer (or later) spelling, written once
        out.append((*here[0], *other[0], len(other)))
    return sorted(out)
