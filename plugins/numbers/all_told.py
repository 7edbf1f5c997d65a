"""NUM001's reading of a whole told back with "all" ("Rescuers brought all 64 people down"): the
count of the people an earlier sentence told of ("leaving 86 skiers and sightseers suspended"),
when that is the one earlier count of people of its size. A count of people is one of people in
general, or of a noun with an ending of a person ("skiers", "passengers": language data
``[figures.all_told] person_endings``). Silent where two earlier counts of one sentence make the
whole ("162 passengers and 12 crew" … "all 174 people aboard"), where the earlier one is a rate,
a measure or bound to a word, and where dates set the two apart."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data
from .heads import head_data, measures, noun_key
from .swapped import _bound, _rate

_MAX_RATIO = 3.0   # the two counts stay within this factor of each other
_LEAST = 10        # a whole told back counts at least this many
_WORDS_BEFORE = compiled(r"([^\W\d_]+)\s*$")
_WORD_AFTER = compiled(r"\s*([^\W\d_]+)")


@lru_cache(maxsize=32)
def _data(lex) -> tuple[frozenset[str], tuple[str, ...]]:
    d = figures_data(lex).get("all_told", {})
    return (frozenset(normalize_text(w) for w in d.get("all", [])),
            tuple(normalize_text(w) for w in d.get("person_endings", [])))


def _person(lex, nt: str, end: int, endings: tuple[str, ...]) -> str | None:
    """The noun of people right after a count ending at ``end``: one of people in general, or one
    with an ending of a person; None otherwise."""
    m = _WORD_AFTER.match(nt, end)
    if m is None:
        return None
    w = m.group(1)
    return w if noun_key(lex, w) in head_data(lex).generic or (len(w) > 5 and w.endswith(endings)) else None


def find_all_told(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, noun) for a whole told back with "all" and the one earlier count of
    people it can be."""
    alls, endings = _data(ctx.lexicon)
    if not alls or not endings:
        return
    view, lex = ctx.doc.normalized, ctx.lexicon
    nt, rate = view.text, head_data(lex).rate
    counts = [q for q in quantities if q.unit is None and not q.vague and not q.subset and float(q.value).is_integer()]
    for n, b in enumerate(counts):
        bs, be = view.from_original(b.start), view.from_original(b.end)
        before = _WORDS_BEFORE.search(nt, max(0, bs - 12), bs)
        if b.value < _LEAST or before is None or before.group(1) not in alls or \
                _person(lex, nt, be, endings) is None:
            continue
        k = sents.index(b.start)
        earlier = [a for a in counts[:n] if sents.index(a.start) not in (None, k) and not a.update
                   and 1 / _MAX_RATIO <= a.value / b.value <= _MAX_RATIO
                   and not _rate(view, rate, a) and not _bound(ctx, a) and not measures(lex, nt, view.from_original(a.end))
                   and _person(lex, nt, view.from_original(a.end), endings) is not None]
        if len(earlier) != 1 or _made_of_parts(counts[:n], sents, b.value):
            continue
        a = earlier[0]
        if a.value != b.value and not dated(a, b):
            yield a, b, _person(lex, nt, be, endings)


def _made_of_parts(counts, sents: Sentences, whole: float) -> bool:
    """Whether two counts of one earlier sentence make the whole ("162 passengers and 12 crew")."""
    for i, a in enumerate(counts):
        for c in counts[i + 1:]:
            if sents.index(a.start) == sents.index(c.start) and a.value + c.value == whole:
                return True
    return False
