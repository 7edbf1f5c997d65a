"""Words of a change of date ("the talks were postponed", `تأجيل الافتتاح`), DATE009's
(``[restated] changes``), and the sentences that hold them: two dates of one event with such a
sentence between them (or in either) are a plan and its change, not a contradiction."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

STRIP = ".,;:!?\"'()«»،؛"     # punctuation a word sheds at its ends before it is compared
_TOKEN = compiled(r"[^\W\d_]+")


def word_pattern(words: frozenset[str], proclitics: tuple[str, ...], short: frozenset[str] = frozenset()) -> re.Pattern | None:
    """A pattern finding a whitespace-delimited word that is one of ``words``, alone or after a
    proclitic (the rest three letters at least), with punctuation at its ends; its group is the
    word as written without the punctuation; a word of ``short`` takes a proclitic at any length (`ولم`)."""
    forms = set(words) | {p + w for w in words for p in proclitics if len(w) > 2 or w in short}
    if not forms:
        return None
    alts = "|".join(re.escape(w) for w in sorted(sorted(forms), key=len, reverse=True))
    punct = re.escape(STRIP)
    return compiled(rf"(?<!\S)[{punct}]*({alts})[{punct}]*(?!\S)")


@lru_cache(maxsize=32)
def _changes(lex) -> re.Pattern | None:
    r = lex.section("restated", {})
    return word_pattern(frozenset(normalize_text(w) for w in r.get("changes", [])),
                        tuple(normalize_text(p) for p in r.get("proclitics", [])))


class Changes:
    """The sentences of a document that hold a word of a change of date, read on first use."""

    def __init__(self, doc):
        self.doc = doc
        self._found: list[int] | None = None
        self._words: list[frozenset[str]] = []
        self._at: dict[int, list[int]] = {}

    def _read(self) -> list[int]:
        rx, view, doc = _changes(self.doc.lexicon), self.doc.normalized, self.doc
        hits = rx.finditer(view.text) if rx is not None else ()
        at: dict[int, list[int]] = {}
        for m in hits:
            pos = view.to_original(m.start(1), m.end(1))[0]
            at.setdefault(doc.sentence_index(pos), []).append(pos)
        at.pop(-1, None)
        found = sorted(at)
        self._at = at
        for k in found:
            s = doc.sentences[k]
            self._words.append(frozenset(_TOKEN.findall(doc.normalized_slice(s.start, s.end).lower())))
        return found

    def between(self, first: int, last: int, about: tuple[set[str], set[str]], own: tuple = ()) -> bool:
        """Whether a sentence from ``first`` to ``last`` (inclusive) tells of a change of date of
        what both tellings tell: it shares a word with the words around each (``about``). In the
        sentence of a telling whose (start, end) ``own`` gives by sentence, the change must be in
        that telling's clause ("…, when appointments were postponed" changes no programme)."""
        if self._found is None:
            self._found = self._read()
        spans = dict(own)
        i = bisect.bisect_left(self._found, first)
        while i < len(self._found) and self._found[i] <= last:
            k = self._found[i]
            if all(self._words[i] & words for words in about) and (k not in spans or self._in_clause(k, spans[k])):
                return True
            i += 1
        return False

    def _in_clause(self, k: int, span: tuple[int, int]) -> bool:
        text, (s, e) = self.doc.text, span
        lo = max(text.rfind(c, 0, s) for c in ",;:،؛")
        his = [j for j in (text.find(c, e) for c in ",;:،؛") if j >= 0]
        hi = min(his) if his else len(text)
        return any(lo < p < hi for p in self._at.get(k, ()))
