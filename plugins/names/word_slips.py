"""A word written once with two neighbouring letters swapped, or one letter left out, against a
word the article writes elsewhere ("the Kremlin" … "a Kermlin spokesman"; `الاستثمار` … `الاسثتمار`; `ماكرون` …
`ماركون`), where the swapped form is no word of the language. A swap of two letters seldom makes
another word, so it needs no reading of the word as a name: a surname after no title, a place, a
company or a common noun misspelt once are found alike.

Read from the article's tokens (one pass, a set lookup per neighbouring pair of letters), so an
article costs what its words cost."""

from __future__ import annotations

import collections
from typing import Iterator

from checker.language.frequency import word_list

MIN_LETTERS = 5   # shorter words swapped are too often another word or an abbreviation
MAX_LETTERS = 30  # no word is longer: a run of letters (a URL, a flood of text) is not looked at
DROP_MIN = 6      # letters of a word that one of its letters, left out, makes a slip of


def _forms(w: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> Iterator[str]:
    """``w`` and ``w`` less an attached proclitic or article, a pronoun ending, or both."""
    stems = [w] + [w[len(p):] for p in prefixes if w.startswith(p) and len(w) - len(p) >= 3]
    for s in stems:
        yield s
        yield from (s[:-len(e)] for e in suffixes if s.endswith(e) and len(s) - len(e) >= 3)


def _swaps(w: str) -> Iterator[tuple[int, str]]:
    """(position, word) for ``w`` with the letters at ``position`` and ``position + 1``
    exchanged; never the first two letters (an article or a prefix against its own letters:
    `السلكي`, `لاسلكي`)."""
    for i in range(1, len(w) - 1):
        if w[i] != w[i + 1]:
            yield i, w[:i] + w[i + 1] + w[i] + w[i + 2:]


def _drops(words, written, vowels: frozenset[str], prefixes: tuple[str, ...]) -> dict[str, set[str]]:
    """Each settled word (written twice or more, ``DROP_MIN`` letters or more) less one of its
    inner letters, to the words it comes from; never less a letter of ``vowels`` (the language
    data's letters whose absence makes another form of a word: `مذكرته`, `مذكراته`; `اغتال`,
    `اغتيال`; `يشركوا`, `يشتركوا`), nor a letter of an attached
    article or proclitic (`التواصل`, `أتواصل`)."""
    out: dict[str, set[str]] = {}
    for c in words:
        if DROP_MIN <= len(c) <= MAX_LETTERS and (words[c] >= 2 or written(c) >= 2) and c.isalpha():
            lead = next((len(p) for p in prefixes if c.startswith(p)), 0)
            for k in range(max(1, lead), len(c) - 1):
                if c[k] not in vowels and c[k] != c[k - 1]:
                    out.setdefault(c[:k] + c[k + 1:], set()).add(c)
    return out


def _dotted(w: str, twins: dict[str, str], kept: frozenset[frozenset[str]]) -> Iterator[str]:
    """``w`` with one letter after its first two written as a letter that differs from it only by
    its dots (`ناذي` → `نادي`, `تبظيم` → `تنظيم`), unless the two runs it ends are two forms of one
    word (``kept``: `متحدر`, `منحدر`)."""
    for i in range(2, len(w)):
        for x in twins.get(w[i], ""):
            if frozenset((w[i - 1:i + 1], w[i - 1] + x)) not in kept:
                yield w[:i] + x + w[i + 1:]


def word_slips(doc, prefixes: tuple[str, ...], suffixes: tuple[str, ...],
               endings: frozenset[frozenset[str]], vowels: frozenset[str] = frozenset(),
               capitals: bool = False, twins: tuple[dict[str, str], frozenset] | None = None) -> list[tuple[int, int, int, str]]:
    """(token of the slip, token of the word it slips from, times that word is written) for every
    word written once, of ``MIN_LETTERS`` letters or more, that is no word of the language in any
    of its forms and is one swap of neighbouring letters from exactly one word of the article
    that is a word of the language or written twice or more ("swap"), or one inner letter short
    of exactly one word written twice or more ("drop": "Rodick" for "Roddick", `مافظة` for
    `محافظة`; a doubled letter written once is a dropped one). A swap of two final letters that
    the language's data lists as two endings of one word (`عمليتا`, `عمليات`) is no slip."""
    known = word_list(doc.lang)
    if known is None:
        return []   # no word list: nothing tells a slip from a rare word
    toks = doc.tokens
    words = toks.words
    counts = collections.Counter(words)

    def places(w: str) -> list[int]:   # asked only of the few words a slip is found for
        return [i for i, x in enumerate(words) if x == w]

    def upper(i: int) -> bool:
        return doc.text[toks.original(i)[0]].isupper()

    def first(w: str, like: str) -> int | None:
        """The first place ``w`` is written, with the case of ``like`` where names are capitalised
        ("Herat" is no slip of "heart"; "aiport" is one of "airport", not of the film "Airport")."""
        if not capitals:
            return words.index(w)
        case = upper(words.index(like))
        return next((i for i in places(w) if upper(i) == case), None)

    after_prefix: collections.Counter = collections.Counter()   # a word's count after an attached proclitic
    by_first: dict[str, list[str]] = {}
    for p in prefixes:
        by_first.setdefault(p[0], []).append(p)
    for w, n in counts.items():
        for p in by_first.get(w[0], ()):
            if w.startswith(p) and len(w) > len(p):
                after_prefix[w[len(p):]] += n

    def written(w: str) -> int:   # alone or after an attached proclitic (`الكبعوري`, `والكبعوري`)
        return counts[w] + after_prefix[w]

    dropped = _drops(counts, written, vowels, prefixes)
    out = []
    for w, n in counts.items():
        if n != 1 or not MIN_LETTERS <= len(w) <= MAX_LETTERS or w in known or not w.isalpha():
            continue   # (most words are words of the language: the cheapest test first)
        near = [(i, c) for i, c in _swaps(w) if c in counts]
        longer = sorted(dropped.get(w, ()))
        dots = sorted({c for c in _dotted(w, *twins) if c in counts}) if twins and twins[0] else []
        if len(near) + len(longer) + len(dots) != 1 or written(w) != 1 or any(f in known for f in _forms(w, prefixes, suffixes)):
            continue
        if dots:
            if written(dots[0]) >= 2 and (c_at := first(dots[0], w)) is not None:   # a settled spelling
                out.append((words.index(w), c_at, written(dots[0]), "dot"))
            continue
        if longer:
            if (c_at := first(longer[0], w)) is not None:
                out.append((words.index(w), c_at, written(longer[0]), "drop"))
            continue
        i, c = near[0]
        if i == len(w) - 2 and frozenset((w[-2:], c[-2:])) in endings:
            continue
        times = written(c)
        if times < 2 and c not in known or (c_at := first(c, w)) is None:
            continue   # two rare spellings, neither settled: no telling which is the slip
        out.append((words.index(w), c_at, times, "swap"))
    return sorted(out)
