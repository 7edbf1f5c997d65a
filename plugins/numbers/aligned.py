"""A clause restated with its figure changed: "Kim's trial must begin within 14 days of the
indictment" … "Kim's trial must begin within 30 days of the indictment"; `تضم الشبكة 40 محطة
في المدينة` … `تضم الشبكة 25 محطة في المدينة`. Whatever the figure measures — a count, an amount,
a share, a size, a number of times — two clauses that say the same words around it, in the same
order, tell one fact, and two figures of that fact that cannot both hold contradict each other.

The clauses are compared word by word (their content words, reduced to the keys NUM001 compares
nouns by, each figure a slot): the two figures must sit in aligned places, the words around them
must match on both sides, and the later clause may add words (an attribution, a relative clause)
but never replace one — a different word beside the figure ("50% of men" … "60% of women", "last
year" … "this year") makes it another fact. Pairs are only formed between figures that share the
word beside them, so an article costs what its repeated contexts cost."""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.alignment import (MARK, SLOT, Clause, Words, candidate_pairs, clause, restates,
                                        slot_neighbours)
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, alternation_rx, change_by, compatible, figures_data, opens_another
from .heads import head_data, noun_key
from .restated import guards, in_range
from .speech_leads import lead_end

_MAX_GROUP = 12    # more figures share one neighbour word than this: a table, not a fact restated
_RIGHT_ALONE = 5   # words after a figure that opens its clause, enough to tell one statement
_TOLD_BEFORE = 3   # words told alike before two clauses that both follow others in their sentences


@dataclass(frozen=True)
class _Data:
    ignore: frozenset[str]
    negations: frozenset[str]
    updates: frozenset[str]
    previous: re.Pattern | None
    skip: re.Pattern | None
    proclitics: tuple[str, ...]


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    f = figures_data(lex).get("restated", {})
    upd = lex.section("quantities", {}).get("updates", {}).get("words", [])
    return _Data(frozenset(normalize_text(w) for w in f.get("ignore", [])),
                 frozenset(normalize_text(w) for w in f.get("negations", [])),
                 frozenset(normalize_text(w) for w in upd if " " not in w),
                 alternation_rx(figures_data(lex).get("previous", []), after=r"(?:\s+\S+){0,2}\s*$"),
                 alternation_rx(f.get("skip", [])),
                 tuple(normalize_text(p) for p in f.get("proclitics", [])))


def _span(ctx, sents: Sentences, k: int, qs: list[tuple[int, Quantity]]) -> tuple[int, int, list]:
    """Where the clause of sentence ``k`` runs in the normalised text, and its figures' slots."""
    view, s = ctx.doc.normalized, sents.items[k]
    spans = [(view.from_original(q.start), view.from_original(q.end), n) for n, q in qs]
    body = ctx.doc.body_start      # the dateline opens the body, after any headline
    opens = body <= s.start <= body + 8 and not ctx.doc.text[body:s.start].strip()
    start = s.start + _dateline(s.text) if opens else s.start
    lo = view.from_original(start)
    return lead_end(ctx.doc, lo, min(a for a, _, _ in spans)) if spans else lo, view.from_original(s.end), spans


_DATELINE = compiled(r"\s*([^\n.!?]{1,60}?)\s[-–—]{1,2}\s")


def _dateline(text: str) -> int:
    """The length of the dateline that opens an article's first sentence ("TOKYO (Reuters) - ",
    `القاهرة (وكالات) - `): a place and a source, not a clause the statement leans on."""
    m = _DATELINE.match(text)
    if m is None:
        return 0
    words = len(m.group(1).split())
    return m.end() if words <= 3 or "(" in m.group(1) and words <= 6 else 0


def _thing(c: Clause, i: int) -> str | None:
    """The word after a figure, as written, for the message ("30 days", "10-inch")."""
    after = c.words[i + 1] if i + 1 < len(c.words) else ""
    return after if after and after[0].isalpha() else None


def _figures(ctx, quantities: list[Quantity], d: _Data) -> list[int]:
    view, out = ctx.doc.normalized, []
    _, joiner, split = guards(ctx.lexicon)
    rate, change = head_data(ctx.lexicon).rate, head_data(ctx.lexicon).change_after
    for n, q in enumerate(quantities):
        if q.vague or q.subset or q.value <= 0 or in_range(ctx.doc, quantities, n, joiner, split):
            continue
        ns, ne = view.from_original(q.start), view.from_original(q.end)
        if d.previous is not None and d.previous.search(view.text[max(0, ns - 40):ns]):
            continue   # "up from 17", "down from October's £5bn": an earlier value
        if rate is not None and rate.match(view.text, ne) or \
                change is not None and change.search(view.text[ne:ne + 40]):
            continue   # "$60.96 a barrel": a price that moves; "215 mln against 204 mln": a change
        if d.skip is not None and d.skip.search(view.text[max(0, ns - 40):ne + 20]):
            continue   # an age: a property of a person, read by the dates family
        out.append(n)
    return out


_BOUNDS = frozenset({"more", "at_least", "less", "at_most"})


def same_bound(a, b) -> bool:
    """Compatible figures, except one bound told twice in one clause with its figure changed
    ("more than 30 million tuned in" … "more than 38 million tuned in"): one of them is a slip."""
    if a.qualifier in _BOUNDS and a.qualifier == b.qualifier and a.value != b.value:
        return False
    return compatible(a, b)


def find_aligned(ctx, quantities: list[Quantity], sents: Sentences, near_date, compatible):
    """Yield (earlier, later, the word after it) for a figure whose clause restates an earlier clause with
    a figure that cannot hold beside the earlier one."""
    d = _data(ctx.lexicon)
    by_sentence: dict[int, list[tuple[int, Quantity]]] = collections.defaultdict(list)
    for n, q in enumerate(quantities):
        k = sents.index(q.start)
        if k is not None:
            by_sentence[k].append((n, q))
    figures = _figures(ctx, quantities, d)
    if len(figures) < 2:
        return   # a pair needs two figures
    words = _words(ctx, d)
    spans = {k: _span(ctx, sents, k, by_sentence[k])
             for k in {sents.index(quantities[n].start) for n in figures} - {None}}
    groups = _groups(ctx, quantities, spans, figures, words)
    order = lambda n: quantities[n].start  # noqa: E731
    if all(compatible(quantities[a], quantities[b]) for a, b in candidate_pairs(groups.values(), order, _MAX_GROUP)):
        return   # no two figures that share a neighbour word and cannot both hold: nothing to read
    # only the sentences of figures that share a neighbour word are read as clauses (with every figure they hold)
    needed = {sents.index(quantities[n].start) for members in groups.values() for n in members}
    clauses = {k: clause(ctx.doc.normalized.text, *spans[k], words, k) for k in by_sentence if k in needed}
    where = {n: k for k, qs in by_sentence.items() if k in needed for n, _ in qs}
    pairs = _aligned_pairs(ctx, quantities, groups, where, clauses, d, compatible)
    degree = collections.Counter(n for pair in pairs for n in pair)
    for a, b in pairs:
        if degree[a] > 1 or degree[b] > 1:
            continue   # one clause told of three figures or more: a series of parallel facts
        qa, qb = quantities[a], quantities[b]
        if not compatible(qa, qb) and not near_date(qa, qb) and not opens_another(ctx, qa, qb):   # ("A second plant, …")
            yield qa, qb, _thing(clauses[where[b]], clauses[where[b]].slots[b])


def _words(ctx, d: _Data) -> Words:
    return Words(lambda w: noun_key(ctx.lexicon, w), d.ignore, d.proclitics,
                 ctx.doc.tokens.vocabulary if d.proclitics else frozenset(), head_data(ctx.lexicon).keys)


def _groups(ctx, quantities, spans, figures, words: Words) -> dict[tuple, list[int]]:
    """The figures by the word before and after each (and its unit): the groups that two
    figures or more share, each in the order of its figures."""
    text, sides = ctx.doc.normalized.text, {}
    for bounds in spans.values():
        sides.update(slot_neighbours(text, *bounds, words))
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for n in figures:
        if n not in sides:
            continue
        before, after = sides[n]
        unit = quantities[n].unit
        for key in (("<", before, unit), (">", after, unit)):
            if key[1] not in (MARK, SLOT):
                groups[key].append(n)
    return {key: members for key, members in groups.items() if len(members) > 1}


def _new_value(ctx, q: Quantity) -> bool:
    """A figure told as a count's new value ("rose to 31", `بلغ`), not the size of a change ("by 150
    basis points"): two such figures in clauses told alike are one value told twice."""
    return q.update and not change_by(ctx, q)


def _aligned_pairs(ctx, quantities, groups, where, clauses, d, compatible) -> list[tuple[int, int]]:
    """Every pair of figures in two sentences whose clauses align around them."""
    at = {(where[n], pos): n for c in clauses.values() for n, pos in c.slots.items()}

    def same(ka: int, pa: int, kb: int, pb: int) -> bool:
        x, y = at.get((ka, pa)), at.get((kb, pb))
        return x is None or y is None or compatible(quantities[x], quantities[y])
    forbidden = d.negations | d.updates
    out = []
    for a, b in candidate_pairs(groups.values(), lambda n: quantities[n].start, _MAX_GROUP):
        ca, cb = clauses[where[a]], clauses[where[b]]
        if _new_value(ctx, quantities[a]) != _new_value(ctx, quantities[b]):
            continue   # "the toll reached 31" after "25 were killed": an update, not the fact told again
        if where[a] != where[b] and restates(ca, ca.slots[a], cb, cb.slots[b], same, forbidden,
                                             right_alone=_RIGHT_ALONE, told_before=_TOLD_BEFORE):
            out.append((a, b))
    return out
