"""The whole two complementary parts break down, told before their sentence: the parts follow
words that say what a thing is made of, after the noun of that thing ("the workforce, made up of
1,200 women and 550 men", `القوة العاملة، المكونة من 1200 امرأة و550 رجلاً`; language data
``[figures] made_of``), and the whole is the last count before them whose head noun is that noun
or one of its synonyms ("The cannery's 1,850 workers")."""

from __future__ import annotations

import bisect
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import alternation_rx, figures_data, stopwords
from .heads import head_of, noun_key

_REACH = 12        # counts before the parts searched for the whole
_NOUN_WORDS = 2    # words between the noun and the words that say what it is made of, at most


@lru_cache(maxsize=32)
def _prepositions(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("lists", {}).get("after_last", []))


@lru_cache(maxsize=32)
def _made_of_rx(lex):
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("made_of", [])], after=r"\s*$")


def told_before(ctx, counts: list[Quantity], first: Quantity, end: int) -> Quantity | None:
    """The count of the noun the parts starting at ``first`` say a thing is made of, told before;
    the parts' phrase (ending at ``end`` in the normalised view) ends, or goes on with a
    preposition ("… and 550 men from Lae")."""
    rx = _made_of_rx(ctx.lexicon)
    if rx is None:
        return None
    view = ctx.doc.normalized
    rest = view.text[end:end + 30].split()
    if rest and rest[0][:1].isalpha() and rest[0] not in _prepositions(ctx.lexicon):
        return None   # (not "… and 550 men were hired": the parts of a clause of their own)
    fs = view.from_original(first.start)
    m = rx.search(view.text, max(0, fs - 40), fs)
    if m is None:
        return None
    stop = stopwords(ctx.lexicon)
    before = [w for w in view.text[max(0, m.start() - 60):m.start()].replace("،", " ").replace(",", " ").split()
              if w.isalpha()][-_NOUN_WORDS - 1:]
    nouns = [w for w in before if w not in stop]
    if not nouns:
        return None
    key = noun_key(ctx.lexicon, nouns[-1])
    starts = [q.start for q in counts]
    lo = bisect.bisect_left(starts, first.start)
    for q in reversed(counts[max(0, lo - _REACH):lo]):
        qs, qe = view.from_original(q.start), view.from_original(q.end)
        head = head_of(ctx.lexicon, view.text, qs, qe, ctx.doc.text[max(0, q.start - 30):q.start])
        if head is not None and head.main == key:
            return q
    return None
