"""The tokens of one document and the mentions found in it before clustering, with the word
tests every way of finding names shares."""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from functools import cached_property
from typing import Callable

from rapidfuzz.distance import OSA

from checker.core.document import Document
from checker.extractors.name_mentions.data import NamesData, not_as_written, prefixed_forms
from checker.language.frequency import known_word, unknown_words
from checker.language.letters import LetterPattern
from checker.language.regexes import compiled

# a word: letters, or letters joined by an apostrophe or a hyphen; matched possessively (no
# letter is given back: none would let a match go on), split on in one pass
_SPLIT = LetterPattern(r"({L}++(?:['’\-]{L}++)*+)")
SPACE = compiled(r"[^\S\r\n]*[#_]?[^\S\r\n]*")           # words of one name: a space, a hashtag
COMMA = compiled(r"[^\S\r\n]*[،,][^\S\r\n]*[#_]?")      # a title, a comma, then the name


class Tokens:
    """The words of one document as parallel lists (no object per word): ``ns``/``ne`` their
    normalised start and end, ``norm`` the normalised word, ``s``/``e`` the original start and
    end (made on first use; :meth:`span` gives one word's); ``gaps[i]`` the normalised text
    before word ``i`` (``gaps[n]`` after the last)."""

    __slots__ = ("ns", "ne", "norm", "gaps", "_offsets", "_s", "_e")

    def __init__(self, vt: str, offsets, original_length: int):
        # one C-level split: text between words at even indices, words at odd ones; every
        # boundary is then a running sum of lengths
        parts = _SPLIT.on(vt).split(vt)
        self.norm: list[str] = parts[1::2]
        self.gaps: list[str] = parts[0::2]
        bounds = list(itertools.accumulate(map(len, parts)))
        self.ns: list[int] = bounds[0:-1:2]
        self.ne: list[int] = bounds[1::2]
        self._offsets = None if len(vt) == original_length else offsets   # None: nothing dropped
        self._s, self._e = (self.ns, self.ne) if self._offsets is None else (None, None)

    def __len__(self) -> int:
        return len(self.norm)

    def span(self, i: int) -> tuple[int, int]:
        """The original start and end of word ``i``: from its first character to its last (a
        word is never empty)."""
        if self._offsets is None:
            return self.ns[i], self.ne[i]
        return self._offsets[self.ns[i]], self._offsets[self.ne[i] - 1] + 1

    @property
    def s(self) -> list[int]:
        if self._s is None:
            self._s = list(map(self._offsets.__getitem__, self.ns))
        return self._s

    @property
    def e(self) -> list[int]:
        if self._e is None:
            self._e = list(map((1).__add__, map(self._offsets.__getitem__, map((-1).__add__, self.ne))))
        return self._e


_counted: tuple[object, collections.Counter] = (None, collections.Counter())


def word_counts(doc: Document, toks: Tokens | None = None) -> collections.Counter:
    """How often each word of ``doc`` (normalised, as name mentions read words) is written:
    counted once per document, for the name mentions and the rules that ask after them (the
    last document's counts are kept; do not change them)."""
    global _counted
    last = _counted
    if last[0] is doc:
        return last[1]
    if toks is None:
        view = doc.normalized
        toks = Tokens(view.text, view.offsets, view.original_length)
    counts = collections.Counter(toks.norm)
    _counted = (doc, counts)
    return counts


class Builder:
    """The mentions of one document, as (token indices, title match, cue) before clustering."""

    def __init__(self, doc: Document, names: NamesData):
        self.doc = doc
        self.names = names
        self.view = doc.normalized
        self.toks = Tokens(self.view.text, self.view.offsets, self.view.original_length)
        self.counts = word_counts(doc, self.toks)   # each distinct word, in text order
        self.starts = self.toks.ns
        self.taken: set[int] = set()
        self.found: list[tuple[list[int], tuple[int, int, str] | None, str]] = []
        self.base: dict[int, str] = {}          # a word's form without its proclitic
        self.titles_at: dict[int, re.Match] = {}
        self.said: set[str] = set()   # words alone right after a title or a verb of saying ("وقال بنوتي")
        self._tables: dict[int, tuple[object, dict[str, str]]] = {}

    # --- helpers -------------------------------------------------------------------------
    def positions_of(self, known) -> list[int]:
        """The indices, in text order, of the tokens that are a word of ``known`` alone or after
        attached proclitics (what :meth:`strip_proclitic` finds), by set intersection."""
        words = self.counts.keys()
        return self.positions_in((words & known) | (words & self._prefixed(known).keys()))

    def positions(self, wanted: Callable[[str], bool]) -> list[int]:
        """The indices, in text order, of the tokens whose normalised word is ``wanted`` (asked
        once per distinct word)."""
        return self.positions_in({w for w in self.counts if wanted(w)})

    def positions_in(self, words: set[str]) -> list[int]:
        """The indices, in text order, of the tokens whose normalised word is one of ``words``
        (one pass in C; for three words or fewer, each word's places found by a search in C)."""
        if not words:
            return []
        norm = self.toks.norm
        if len(words) > 3:
            return list(itertools.compress(range(len(norm)), map(words.__contains__, norm)))
        out = []   # a few words: each one's places, as many as it is written, found in C
        for w in words:
            i = -1
            for _ in range(self.counts.get(w, 0)):
                i = norm.index(w, i + 1)
                out.append(i)
        return sorted(out)

    def joined(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with only a space (or a hashtag) between."""
        if not 0 < i < len(self.toks.norm):
            return False
        g = self.toks.gaps[i]
        return g == " " or SPACE.fullmatch(g) is not None

    def index_at(self, ns: int) -> int:
        return bisect.bisect_left(self.starts, ns)

    def is_def(self, w: str) -> bool:
        a = self.names.article
        return bool(a) and w.startswith(a) and len(w) > len(a) + 1

    def is_nisba(self, w: str) -> bool:
        return self.is_def(w) and len(w) >= len(self.names.article) + 3 and any(w.endswith(e) for e in self.names.nisba)

    def family_nisba(self, w: str) -> bool:
        """A nisba that can be a family name ("الطائي"): not feminine, no adjective of an office."""
        return self.is_nisba(w) and not w.endswith(self.names.not_family_endings) and w not in self.names.adjectives

    def stop(self, i: int) -> bool:
        w = self.toks.norm[i]
        nm = self.names
        if w in nm.exact:   # "علي" as written is Ali; "على", folded to it, is a preposition
            s, e = self.toks.span(i)
            return not_as_written(nm, w, self.doc.text[s:e])
        if w in nm.stop or len(w) < 2:
            return True
        if w[0] in nm.proclitics and w not in nm.given and w not in nm.given_ambiguous and \
                (w[1:] in nm.stop or self.is_def(w[1:]) or (w[1:] in self.counts and len(w) > 3)):
            return True  # "والخزانة", "فإن", "وآخرين": a proclitic and a word
        return any(w.startswith(short) and len(w) > len(short) + 1 for _, short in nm.contractions)   # "للرئاسة"

    def count(self, w: str) -> int:
        """How often ``w`` is written in the text, alone or after a proclitic."""
        n = self.counts.get(w, 0)
        for p in self.names.proclitics:
            n += self.counts.get(p + w, 0)
        for full, short in self.names.contractions:
            if w.startswith(full):
                n += self.counts.get(short + w[len(full):], 0)
        return n

    @cached_property
    def unknown(self) -> set[str] | None:
        """The text's words that are no ordinary word of its language (None: no word list)."""
        return unknown_words(self.counts.keys(), self.doc.lang)

    def possessed(self, w: str) -> bool:
        """``w`` is an ordinary noun with an attached pronoun (`مناشدته`: `مناشدة` and "his")."""
        for ending, alone in self.names.pronoun_endings:
            if w.endswith(ending) and len(w) > len(ending) + 2:
                return bool(known_word(w[:-len(ending)] + alone, self.doc.lang, folded=True))
        return False

    def compound_end(self, start: int) -> bool:
        """The word at normalised ``start`` follows the first word of a compound given name (`عبد`)."""
        i, toks = self.index_at(start), self.toks
        return 0 < i < len(toks) and toks.ns[i] == start and self.joined(i) and toks.norm[i - 1] in self.names.compound_first

    def common(self, w: str) -> bool:
        """The text also writes ``w`` with the article: an ordinary noun ("العمل"), not a name."""
        return bool(self.names.article) and not self.is_def(w) and self.count(self.names.article + w) > 0

    def family_name_at(self, idx: list[int]) -> str | None:
        """The family name a name ends with, unless its last words are one compound given name
        ("عبد السلام", "نور الدين") or a particle's word."""
        if len(idx) < 2:
            return None
        nm, toks = self.names, self.toks
        last, before = toks.norm[idx[-1]], toks.norm[idx[-2]]
        if before in nm.compound_first or before in nm.particles or last in nm.compound_last:
            return None  # "عبد السلام", "محمد بن سلمان": "السلام", "سلمان" alone are others
        return last

    def near_family_name(self, w: str) -> bool:
        """``w`` is one letter from the last word of a name already found ("غوتيرش", "غوتيريش"), or
        from a word alone after a title or a verb of saying (`طارق بنوني` … `وقال بنوتي`)."""
        return len(w) >= 4 and (any(OSA.distance(f, w) == 1 for f in self.said) or any(
            f is not None and OSA.distance(f, w) == 1 for f in (self.family_name_at(idx) for idx, _, _ in self.found)))

    def strip_proclitic(self, w: str, known) -> str | None:
        """``w`` itself, or ``w`` less attached proclitics (or a contraction), when that is in
        ``known``."""
        if w in known:
            return w
        return self._prefixed(known).get(w)

    def _prefixed(self, known) -> dict[str, str]:
        """The written forms of the words of ``known`` with proclitics, built once per set."""
        cached = self._tables.get(id(known))
        if cached is None or cached[0] is not known:
            cached = self._tables[id(known)] = (known, prefixed_forms(known, self.names))
        return cached[1]

    def add(self, idx: list[int], title, cue: str) -> None:
        if not idx or any(i in self.taken for i in idx):
            return
        self.taken.update(idx)
        self.found.append((idx, title, cue))

