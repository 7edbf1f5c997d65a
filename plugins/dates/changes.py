"""Sentences that tell of a change of date ("the talks were postponed", `تأجيل الافتتاح`): two
dates of one event with such a sentence between them (or in either) are a plan and its change,
not a contradiction. The words are DATE009's (``[restated] changes``)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.language.normalize import normalize_text

_TOKEN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _words(lex) -> tuple[frozenset[str], tuple[str, ...]]:
    r = lex.section("restated", {})
    return (frozenset(normalize_text(w) for w in r.get("changes", [])),
            tuple(normalize_text(p) for p in r.get("proclitics", [])))


class Changes:
    """The sentences of a document that hold a word of a change of date, read on first use."""

    def __init__(self, doc):
        self.doc = doc
        self._found: list[int] | None = None
        self._words: list[frozenset[str]] = []

    def _read(self) -> list[int]:
        words, pro = _words(self.doc.lexicon)
        out = []
        for k, s in enumerate(self.doc.sentences if words else ()):
            toks = _TOKEN.findall(self.doc.normalized_slice(s.start, s.end).lower())
            if any(t in words or any(t.startswith(p) and t[len(p):] in words for p in pro) for t in toks):
                out.append(k)
                self._words.append(frozenset(toks))
        return out

    def between(self, first: int, last: int, about: tuple[set[str], set[str]]) -> bool:
        """Whether a sentence from ``first`` to ``last`` (inclusive) tells of a change of date of
        what both tellings tell: it shares a word with the words around each (``about``)."""
        if self._found is None:
            self._found = self._read()
        i = bisect.bisect_left(self._found, first)
        while i < len(self._found) and self._found[i] <= last:
            if all(self._words[i] & words for words in about):
                return True
            i += 1
        return False
