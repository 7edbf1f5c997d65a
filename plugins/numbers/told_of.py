"""The names a figure is told of, where the language capitalises names: the places, teams and
people in its sentence, and a place named right after it ("£1,480 in England"). Two figures
told of different names are two values, not one told twice."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.sections import Weekdays

from .common import Sentences, figures_data


@lru_cache(maxsize=32)
def _place_after_rx(lex) -> re.Pattern | None:
    """A preposition of [figures] place_after and the capitalised name after it."""
    words = figures_data(lex).get("place_after", [])
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[^\S\n]+(?:{alts})[^\S\n]+([A-Z][\w'-]+(?:[^\S\n]+[A-Z][\w'-]+)*)") if alts else None


class Names:
    """Capitalised words inside each sentence (not the first word): the places, teams and people
    a figure is told of, where the language writes names so."""

    def __init__(self, doc, sents: Sentences):
        self.doc, self.sents = doc, sents

    def of(self, i: int) -> set[str]:
        s = self.sents.items[i]
        words = re.findall(r"[^\W\d_][\w'-]*", self.doc.text[s.start:s.end])[1:]
        weekdays = _weekdays(self.doc.lexicon)
        return {w for w in words if w[0].isupper() and not w.isupper()
                and normalize_text(w.split("'")[0]) not in weekdays}

    def places_after(self, a: Quantity, b: Quantity) -> bool:
        """A figure told of a name right after it, the other not of that name: "the average bill
        fell to £1,480 in England" … "was £1,390 in Wales"; "The average price fell to £180,226"
        (the country's) … "was £192,713 in England" (one part's)."""
        rx = _place_after_rx(self.doc.lexicon)
        if rx is None:
            return False
        x, y = rx.match(self.doc.text, a.end), rx.match(self.doc.text, b.end)
        return (x is not None or y is not None) and (x is None or y is None or x.group(1) != y.group(1))

    def apart(self, a, b) -> bool:
        """Two mentions whose sentences each name someone or somewhere, none in common."""
        na, nb = self.of(a.sentence), self.of(b.sentence)
        return bool(na and nb) and not na & nb


@lru_cache(maxsize=32)
def _weekdays(lex) -> frozenset[str]:
    """Weekday names: capitalised, but no place or person a figure is told of, and the days of one
    story ("Saturday's vote", "said on Sunday"). Month names still set two figures apart."""
    return frozenset(normalize_text(w) for names in lex.get(Weekdays).root.values() for w in names)
