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

from checker.language.frequency import common_words, word_list
from .letter_slips import pattern_swap

MIN_LETTERS = 5   # shorter words swapped are too often another word or an abbreviation
MAX_LETTERS = 30  # no word is longer: a run of letters (a URL, a flood of text) is not looked at
DROP_MIN = 6      # letters of a word that one of its letters, left out, makes a slip of
_LISTED = 3       # words from one name to the next, at most, for two names of one list


def _forms(w: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> Iterator[str]:
    """``w`` and ``w`` less an attached proclitic or article, a pronoun ending (or with the singular's
    ending for a plural's), or both."""
    stems = [w] + [w[len(p):] for p in prefixes if w.startswith(p) and len(w) - len(p) >= 3]
    for s in stems:
        yield s
        for e in suffixes:   # "ات>ة": the plural ending for the singular's (`قاطرات` is `قاطرة`)
            old, _, new = e.partition(">")
            if s.endswith(old) and len(s) - len(old) >= 3:
                yield s[:-len(old)] + new


def _swaps(w: str) -> Iterator[tuple[int, str]]:
    """(position, word) for ``w`` with the letters at ``position`` and ``position + 1``
    exchanged; never the first two letters (an article or a prefix against its own letters:
    `السلكي`, `لاسلكي`)."""
    for i in range(1, len(w) - 1):
        if w[i] != w[i + 1]:
            yield i, w[:i] + w[i + 1] + w[i] + w[i + 2:]


def _dropped_from(w: str, words, written, vowels: frozenset[str], prefixes: tuple[str, ...],
                  by_ends: dict[tuple[int, str, str], list[str]], named: frozenset[str] = frozenset()) -> list[str]:
    """The settled words (written twice or more, ``DROP_MIN`` letters or more) that ``w`` is one
    inner letter short of, sorted; never less a letter of ``vowels`` (the language data's
    letters whose absence makes another form of a word: `مذكرته`, `مذكراته`; `اغتال`, `اغتيال`;
    `يشركوا`, `يشتركوا`), nor a letter of an attached article or proclitic (`التواصل`,
    `أتواصل`). An inner letter left out keeps the first and the last, so only the words of
    ``by_ends`` with ``w``'s length plus one and its first and last letters are compared."""
    out = []
    for c in by_ends.get((len(w) + 1, w[0], w[-1]), ()):
        if not (DROP_MIN <= len(c) <= MAX_LETTERS and (words[c] >= 2 or written(c) >= 2 or c in named) and c.isalpha()):
            continue
        lead = next((len(p) for p in prefixes if c.startswith(p)), 0)
        if any(c[k] not in vowels and c[k] != c[k - 1] and c[:k] + c[k + 1:] == w
               for k in range(max(1, lead), len(c) - 1)):
            out.append(c)
    return sorted(out)


def _by_ends(words, wanted: set[tuple[int, str, str]]) -> dict[tuple[int, str, str], list[str]]:
    """The words of ``DROP_MIN`` letters or more by their length and first and last letters, for
    the keys of ``wanted`` only (the lengths looked at first: most words are passed over there)."""
    lengths = {n for n, _, _ in wanted}
    out: dict[tuple[int, str, str], list[str]] = {}
    for c in words:
        if len(c) in lengths and len(c) >= DROP_MIN and (key := (len(c), c[0], c[-1])) in wanted:
            out.setdefault(key, []).append(c)
    return out


def _dotted(w: str, twins: dict[str, str], kept: frozenset[frozenset[str]], within) -> Iterator[str]:
    """``w`` with one letter after its first two written as a letter that differs from it only by
    its dots (`ناذي` → `نادي`, `تبظيم` → `تنظيم`), where that form is one of ``within``, unless the
    two runs it ends are two forms of one word (``kept``: `متحدر`, `منحدر`)."""
    for i in range(2, len(w)):
        for x in twins.get(w[i], ""):
            c = w[:i] + x + w[i + 1:]
            if c in within and frozenset((w[i - 1:i + 1], w[i - 1] + x)) not in kept:
                yield c


def _tie(c: str, w: str, toks, written, known) -> tuple[int, int, int, str] | None:
    """Two spellings each written once and no word of the language, the later one a slip of the
    earlier one's letters (swapped, or a letter's dots): one name spelt two ways, neither settled
    (`علي فاعور` … `بأداء فاغور`); not two names listed side by side in one sentence (a team sheet)."""
    words = toks.words
    c_at, w_at = words.index(c), words.index(w)
    if written(c) == 1 and c not in known and c_at < w_at and (w_at - c_at > _LISTED or toks.sentence(c_at) != toks.sentence(w_at)):
        return w_at, c_at, 1, "tie"
    return None


def word_slips(doc, prefixes: tuple[str, ...], suffixes: tuple[str, ...],
               endings: frozenset[frozenset[str]], vowels: frozenset[str] = frozenset(),
               capitals: bool = False, twins: tuple[dict[str, str], frozenset] | None = None,
               named: frozenset[str] = frozenset()) -> list[tuple[int, int, int, str]]:
    """(token of the slip, token of the word it slips from, times that word is written) for every
    word written once, of ``MIN_LETTERS`` letters or more, that is no word of the language in any
    of its forms and is one swap of neighbouring letters from exactly one word of the article
    that is a word of the language or written twice or more ("swap"), or one inner letter short
    of exactly one word written twice or more ("drop": "Rodick" for "Roddick", `مافظة` for
    `محافظة`; a doubled letter written once is a dropped one). A swap of two final letters that
    the language's data lists as two endings of one word (`عمليتا`, `عمليات`) is no slip. The
    family name of a person named in full before the slip (``named``) is settled though written
    once: `الدكتور أمين زروقي` … `وكان زرقوي`, `علي فاعور` … `بأداء فاغور`."""
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

    def written(w: str) -> int:   # alone or after an attached proclitic (`الكبعوري`, `والكبعوري`)
        return counts.get(w, 0) + sum(counts.get(p + w, 0) for p in prefixes)

    def introduced(c: str, w: str) -> bool:   # a family name told in full before the slip
        return c in named and words.index(c) < words.index(w)

    # the words written once that are no word of the language (most words are: set differences
    # first, then the few left one by one)
    once = [w for w in counts.keys() - known
            if counts[w] == 1 and MIN_LETTERS <= len(w) <= MAX_LETTERS and w.isalpha()]
    by_ends = _by_ends(counts, {(len(w) + 1, w[0], w[-1]) for w in once}) if once else {}
    out = []
    for w in once:
        near = [(i, c) for i, c in _swaps(w) if c in counts]
        longer = _dropped_from(w, counts, written, vowels, prefixes, by_ends, named)
        dots = sorted(set(_dotted(w, *twins, counts))) if twins and twins[0] else []
        if not near and not longer and not dots and capitals and written(w) == 1 and w[0].isalpha() \
                and (c := _vowel_in_name(w, words, counts, places, vowels)) is not None and (c_at := first(c, w)) is not None:
            out.append((words.index(w), c_at, written(c), "vowel"))   # "the Kestral Vale Patients' Forum" after
            continue                                                  # "Kestrel Vale NHS Trust": one place's name
        if len(near) + len(longer) + len(dots) != 1 or written(w) != 1 or any(f in known for f in _forms(w, prefixes, suffixes)):
            continue
        if dots:
            if (written(dots[0]) >= 2 or dots[0] in common_words(doc.lang) or introduced(dots[0], w)) \
                    and (c_at := first(dots[0], w)) is not None:
                # a settled spelling, or a common word of the language (`نوفمبر` … `نوفمير`)
                out.append((words.index(w), c_at, written(dots[0]), "dot"))
            elif (tie := _tie(dots[0], w, toks, written, known)) is not None:
                out.append(tie)
            continue
        if longer:
            if (c_at := first(longer[0], w)) is not None:
                out.append((words.index(w), c_at, written(longer[0]), "drop"))
            continue
        i, c = near[0]
        if i == len(w) - 2 and frozenset((w[-2:], c[-2:])) in endings or not capitals and c not in named and pattern_swap(w, c, doc.text[slice(*toks.original(words.index(w)))]):
            continue   # (`زلازل` beside `زلزال`: an alef moved makes another pattern, a plural, not a slip; a person's
            #            family name told in full is no pattern: `الرواشدة` … `الراوشدة`)
        times = written(c)
        if times < 2 and c not in known and not introduced(c, w):
            if not capitals and (tie := _tie(c, w, toks, written, known)) is not None:
                out.append(tie)   # (two rare spellings, neither settled: told as a tie)
            continue
        if (c_at := first(c, w)) is None:
            continue
        out.append((words.index(w), c_at, times, "swap"))
    return sorted(out)


def _vowel_in_name(w: str, words, counts, places, vowels: frozenset[str]) -> str | None:
    """The one word written twice or more, one of ``vowels`` apart from ``w`` (written once), that some
    place writes before the same next word as ``w`` ("Kestral Vale" … "Kestrel Vale"): the name's settled
    spelling; None otherwise. The text is searched only for a word so settled (most have none)."""
    settled = {c for k, ch in enumerate(w) if ch in vowels for v in vowels
               if v != ch and counts.get(c := w[:k] + v + w[k + 1:], 0) >= 2}
    if not settled:
        return None
    at = words.index(w)
    nxt = words[at + 1] if at + 1 < len(words) else None
    if nxt is None or not nxt.isalpha():
        return None
    found = {c for c in settled if any(j + 1 < len(words) and words[j + 1] == nxt for j in places(c))}
    return found.pop() if len(found) == 1 else None
