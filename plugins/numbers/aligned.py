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

from rapidfuzz.distance import Indel

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, figures_data
from .heads import head_data, noun_key
from .restated import guards, in_range

_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[,;:()\[\]\"“”«»،؛—–]")
_SLOT = "\x00#"
_MARK = "\x00|"
_SHARED = 3        # content words matched at least, one of them on each side of the figure
_OVERLAP = 3       # … on each side, when each clause also runs on with words of its own
_MAX_GROUP = 12    # more figures share one neighbour word than this: a table, not a fact restated


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


@dataclass
class _Clause:
    keys: list[str]            # content-word keys, slots and clause marks, in order
    words: list[str]           # the normalised words, for the guards
    slots: dict[int, int]      # quantity index -> position in keys
    sentence: int = -1

    def around(self, i: int) -> tuple[int, int]:
        """The clause holding position ``i``: between the punctuation marks around it."""
        start = next((t + 1 for t in range(i - 1, -1, -1) if self.keys[t] == _MARK), 0)
        end = next((t for t in range(i + 1, len(self.keys)) if self.keys[t] == _MARK), len(self.keys))
        return start, end


def _clause(ctx, sents: Sentences, k: int, qs: list[tuple[int, Quantity]], d: _Data,
            vocabulary: frozenset[str]) -> _Clause:
    """The words of sentence ``k``; a conjunction is taken off a word whose bare form the
    article uses too ("وفازت" and "فازت", never "وزارة")."""
    view, s = ctx.doc.normalized, sents.items[k]
    spans = sorted((view.from_original(q.start), view.from_original(q.end), n) for n, q in qs)
    pos, end = view.from_original(s.start), view.from_original(s.end)
    c = _Clause([], [], {}, k)

    def add(text: str) -> None:
        for m in _TOKEN.finditer(text):
            w = m.group()
            if not w[0].isalnum():
                if c.keys and c.keys[-1] != _MARK:
                    c.keys.append(_MARK)
                    c.words.append(_MARK)
            elif w not in d.ignore and (len(w) > 1 or w.isdigit()):
                w = next((w[len(p):] for p in d.proclitics if w.startswith(p) and w[len(p):] in vocabulary), w)
                c.keys.append(w if w[0].isdigit() else noun_key(ctx.lexicon, w))
                c.words.append(w)
    for a, b, n in spans:
        add(view.text[pos:a])
        c.slots[n] = len(c.keys)
        c.keys.append(_SLOT)
        c.words.append(_SLOT)
        pos = max(pos, b)
    add(view.text[pos:end])
    return c


def _thing(c: _Clause, i: int) -> str | None:
    """The word after a figure, as written, for the message ("30 days", "10-inch")."""
    after = c.words[i + 1] if i + 1 < len(c.words) else ""
    return after if after and after[0].isalpha() else None


def _neighbours(c: _Clause, i: int) -> tuple[str, str]:
    before = c.keys[i - 1] if i > 0 else _MARK
    after = c.keys[i + 1] if i + 1 < len(c.keys) else _MARK
    return before, after


def _figures(ctx, quantities: list[Quantity], d: _Data) -> list[int]:
    view, out = ctx.doc.normalized, []
    joiner = guards(ctx.lexicon)[1]
    rate, change = head_data(ctx.lexicon).rate, head_data(ctx.lexicon).change_after
    for n, q in enumerate(quantities):
        if q.vague or q.update or q.subset or q.value <= 0 or in_range(ctx.doc, quantities, n, joiner):
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


def find_aligned(ctx, quantities: list[Quantity], sents: Sentences, near_date, compatible):
    """Yield (earlier, later, the word after it) for a figure whose clause restates an earlier clause with
    a figure that cannot hold beside the earlier one."""
    d = _data(ctx.lexicon)
    by_sentence: dict[int, list[tuple[int, Quantity]]] = collections.defaultdict(list)
    for n, q in enumerate(quantities):
        k = sents.index(q.start)
        if k is not None:
            by_sentence[k].append((n, q))
    vocabulary = frozenset(_TOKEN.findall(ctx.doc.normalized.text)) if d.proclitics else frozenset()
    clauses = {k: _clause(ctx, sents, k, qs, d, vocabulary) for k, qs in by_sentence.items()}
    where = {n: k for k, qs in by_sentence.items() for n, _ in qs}
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for n in _figures(ctx, quantities, d):
        if n not in where:
            continue
        before, after = _neighbours(clauses[where[n]], clauses[where[n]].slots[n])
        unit = quantities[n].unit
        for key in (("<", before, unit), (">", after, unit)):
            if key[1] not in (_MARK, _SLOT):
                groups[key].append(n)
    pairs = _aligned_pairs(quantities, groups, where, clauses, d, compatible)
    degree = collections.Counter(n for pair in pairs for n in pair)
    for a, b in pairs:
        if degree[a] > 1 or degree[b] > 1:
            continue   # one clause told of three figures or more: a series of parallel facts
        qa, qb = quantities[a], quantities[b]
        if not compatible(qa, qb) and not near_date(qa, qb):
            yield qa, qb, _thing(clauses[where[b]], clauses[where[b]].slots[b])


def _aligned_pairs(quantities, groups, where, clauses, d, compatible) -> list[tuple[int, int]]:
    """Every pair of figures in two sentences whose clauses align around them."""
    at = {(where[n], pos): n for c in clauses.values() for n, pos in c.slots.items()}

    def same(ka: int, pa: int, kb: int, pb: int) -> bool:
        x, y = at.get((ka, pa)), at.get((kb, pb))
        return x is None or y is None or compatible(quantities[x], quantities[y])
    seen: set[tuple[int, int]] = set()
    out = []
    for members in groups.values():
        if len(members) > _MAX_GROUP:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = sorted((i, j), key=lambda n: quantities[n].start)
                if (a, b) in seen or where[a] == where[b]:
                    continue
                seen.add((a, b))
                ca, cb = clauses[where[a]], clauses[where[b]]
                if _restated(ca, ca.slots[a], cb, cb.slots[b], d, same):
                    out.append((a, b))
    return out


def _restated(ca: _Clause, ia: int, cb: _Clause, ib: int, d: _Data, same) -> bool:
    """Whether the clause of slot ``ia`` in ``ca`` and that of slot ``ib`` in ``cb`` tell one
    statement: the shorter one's words all found in the other, in order, with the two slots in
    one place and enough shared words on both sides of them; the longer one may add words at
    its ends or inside, but no negation, update word or other figure."""
    (la, ra), (lb, rb) = ca.around(ia), cb.around(ib)
    wa, wb = ca.keys[la:ra], cb.keys[lb:rb]
    sa, sb = ia - la, ib - lb
    matched: list[tuple[int, int]] = []
    added_a: list[tuple[int, bool]] = []   # (position, inside the shared stretch)
    added_b: list[tuple[int, bool]] = []
    ops = Indel.opcodes(wa, wb)
    for n, op in enumerate(ops):
        inside = 0 < n < len(ops) - 1
        if op.tag == "equal":
            matched += [(op.src_start + t, op.dest_start + t) for t in range(op.src_end - op.src_start)]
        added_a += [(t, inside) for t in range(op.src_start, op.src_end) if op.tag != "equal"]
        added_b += [(t, inside) for t in range(op.dest_start, op.dest_end) if op.tag != "equal"]
    if (sa, sb) not in matched or la > 0 and lb > 0:
        return False   # the figures in other places, or two clauses that both lean on a subject
        #                told before them ("…, was jailed for three years")
    if any(wa[x] == _SLOT and x != sa and not same(ca.sentence, la + x, cb.sentence, lb + y) for x, y in matched):
        return False   # other figures of the two clauses differ too: two series, not one fact
    if any(inside for _, inside in added_a + added_b):
        return False   # a word added inside the shared words: "the unadjusted deficit" is another
    left = sum(1 for x, _ in matched if x < sa and wa[x][0].isalpha())     # words, not years
    right = sum(1 for x, _ in matched if x > sa and wa[x][0].isalpha())
    if left + right < _SHARED or not left or not right and (sa + 1 < len(wa) or sb + 1 < len(wb)):
        return False
    if added_a and added_b and (left < _OVERLAP or right < _OVERLAP):
        return False   # each clause with words of its own, and too few shared to be one statement
    words = [ca.words[la + t] for t, _ in added_a] + [cb.words[lb + t] for t, _ in added_b]
    return not any(w in d.negations or w in d.updates for w in words)
