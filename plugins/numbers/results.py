"""NUM002's reading of a record of results: a count of games, rounds or matches, then in its
sentence the counts of its results, each right before a word of one result ("11 rounds with seven
wins, three draws and two losses", `خاض 11 مباراة حقق فيها سبعة انتصارات وثلاثة تعادلات وهزيمتين`;
language data ``[figures.results]``: the words of each kind of result). Every game has one result,
so the results cannot make more than the games; with every kind told, they make them exactly."""

from __future__ import annotations

from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, counts_by_sentence, figures_data
from .of_them import _listed

_WORD = compiled(r"\s*([^\W\d_]+)")
_REACH = 8   # words from the count of games to its first result, at most


@lru_cache(maxsize=32)
def _kinds(lex) -> dict[str, str]:
    """Each word of a result, normalised, and the kind of result it tells."""
    kinds = figures_data(lex).get("results", {})
    return {normalize_text(w).lower(): kind for kind, words in kinds.items() for w in words}


def result_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (games, results) where the results cannot be those games."""
    kinds = _kinds(ctx.lexicon)
    if not kinds:
        return
    view = ctx.doc.normalized

    def kind(q: Quantity) -> str | None:
        m = _WORD.match(view.text, view.from_original(q.end))
        return kinds.get(m.group(1).lower()) if m else None
    for cs in counts_by_sentence(quantities, sents, 0).values():
        for i, games in enumerate(cs[:-2]):
            if kind(games) is not None or kind(cs[i + 1]) is None or games.low != games.high or games.vague:
                continue
            gap = view.text[view.from_original(games.end):view.from_original(cs[i + 1].start)].split()
            if not 1 <= len(gap) <= _REACH:
                continue
            results = _listed(ctx, cs[i + 1:])
            told = [kind(q) for q in results]
            if len(results) < 2 or None in told or len(set(told)) != len(told):
                continue
            total = sum(q.value for q in results)
            if total > games.value or total != games.value and len(told) == len(set(kinds.values())):
                yield games, results
