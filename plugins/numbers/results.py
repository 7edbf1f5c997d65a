"""NUM002's reading of a record of results: a count of games, rounds or matches, then in its
sentence the counts of its results, each right before a word of one result ("11 rounds with seven
wins, three draws and two losses", `خاض 11 مباراة حقق فيها سبعة انتصارات وثلاثة تعادلات وهزيمتين`;
language data ``[figures.results]``: the words of each kind of result), or each right after a verb of
one ("Over the 11 rounds, the hosts won eight matches, drew two and lost two"; ``[figures.result_verbs]``). Every game has one result,
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


@lru_cache(maxsize=32)
def _verbs(lex) -> dict[str, str]:
    """Each verb of a result told right before its count ("won eight", `تعادل في اثنتين`), and its kind."""
    kinds = figures_data(lex).get("result_verbs", {})
    return {normalize_text(w).lower(): kind for kind, words in kinds.items() for w in words}


_WORDS = compiled(r"[^\W\d_]+")
_CLAUSE_MARK = compiled(r"[,;:.،؛]")
_GAMES_AFTER = 3   # words from the last result to a count of the games told after them, at most
_VERB_GAP = 5   # words between two results told by their verbs, at most ("eight matches, drew two")


def _verb_listed(view, counts: list[Quantity], verb_kind) -> list[Quantity]:
    """The counts from the first that are results told each by its verb, one after another."""
    out = [counts[0]]
    for prev, q in zip(counts, counts[1:]):
        gap = view.text[view.from_original(prev.end):view.from_original(q.start)].split()
        if verb_kind(q) is None or len(gap) > _VERB_GAP:
            break
        out.append(q)
    return out


def _games_after(view, cs: list[Quantity], results: list[Quantity]) -> Quantity | None:
    """The count told right after a list of results (`و7 هزائم في 15 مباراة`, "… and seven losses in 15
    matches"): its games."""
    k = cs.index(results[-1]) + 1
    gap = view.text[view.from_original(results[-1].end):view.from_original(cs[k].start)] if k < len(cs) else ""
    if k < len(cs) and len(gap.split()) <= _GAMES_AFTER and not _CLAUSE_MARK.search(gap):
        return cs[k]   # (in the results' clause: not "…and three draws; Vostrany won nine")
    return None


def _kind_of(view, kinds: dict[str, str]):
    """The kind of result a count tells by the word right after it ("seven wins"), None when none."""
    def kind(q: Quantity) -> str | None:
        m = _WORD.match(view.text, view.from_original(q.end))
        return kinds.get(m.group(1).lower()) if m else None
    return kind


def _wrong(games: Quantity, results: list[Quantity], told: list, kinds: dict) -> bool:
    """Results that cannot be those games: more than them, or, with every kind told, not as many."""
    total = sum(q.value for q in results)
    return games.low == games.high and not games.vague and \
        (total > games.value or total != games.value and len(told) == len(set(kinds.values())))


def result_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (games, results) where the results cannot be those games."""
    kinds = _kinds(ctx.lexicon)
    if not kinds:
        return
    view = ctx.doc.normalized
    verbs = _verbs(ctx.lexicon)
    kind = _kind_of(view, kinds)

    def verb_kind(q: Quantity) -> str | None:   # "won eight", "drew two": a result told by its verb
        qs = view.from_original(q.start)
        before = _WORDS.findall(view.text, max(0, qs - 24), qs)[-2:]
        if view.text[qs - 1:qs].isalpha():
            return None   # (an article or a letter attached to the count)
        last = before[-1].lower() if before else ""
        if last not in verbs and len(last) <= 3 and len(before) == 2:
            last = before[0].lower()   # past a preposition: `تعادل في اثنتين`
        return verbs.get(last)
    for cs in counts_by_sentence(quantities, sents, 0).values():
        for i, games in enumerate(cs[:-2]):
            if kind(games) is not None or games.low != games.high or games.vague:
                continue
            by_verb = kind(cs[i + 1]) is None and verb_kind(cs[i + 1]) is not None
            if kind(cs[i + 1]) is None and not by_verb:
                continue
            gap = view.text[view.from_original(games.end):view.from_original(cs[i + 1].start)].split()
            if not 1 <= len(gap) <= _REACH:
                continue
            results = _verb_listed(view, cs[i + 1:], verb_kind) if by_verb else _listed(ctx, cs[i + 1:])
            told = [(verb_kind if by_verb else kind)(q) for q in results]
            if len(results) < 2 or None in told or len(set(told)) != len(told):
                continue
            if _games_after(view, cs, results) is not None:
                continue   # the games told right after their results (`… و7 هزائم في 15 مباراة`): the count before
                #            is another thing (`برصيد 14 نقطة`), read below
            if _wrong(games, results, told, kinds):
                yield games, results


def results_before_games(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (games, results, their sum) where results told first make other than the games told right
    after them ("three wins, five draws and seven defeats in 14 matches", `3 انتصارات و5 تعادلات و7 هزائم
    في 14 مباراة`)."""
    kinds = _kinds(ctx.lexicon)
    if not kinds:
        return
    view = ctx.doc.normalized
    kind = _kind_of(view, kinds)
    for cs in counts_by_sentence(quantities, sents, 0).values():
        for j, first in enumerate(cs[:-2]):
            if kind(first) is None or j and kind(cs[j - 1]) is not None:
                continue
            results = _listed(ctx, cs[j:])
            told = [kind(q) for q in results]
            if len(results) >= 2 and None not in told and len(set(told)) == len(told) \
                    and (games := _games_after(view, cs, results)) is not None and kind(games) is None \
                    and _wrong(games, results, told, kinds):
                yield games, results, sum(q.value for q in results)
