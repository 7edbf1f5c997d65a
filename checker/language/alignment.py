"""Two clauses compared word by word: the structure a family uses to tell that a later clause
restates an earlier one with one value (a figure, a date) changed.

A sentence becomes a :class:`Clause`: its content words reduced to keys (the family's key
function: a noun key, a derivation key), each value the family compares written as a slot, and
punctuation as clause marks. Candidate pairs are formed only between slots that share a
blocking key (:func:`candidate_pairs`: the word beside the slot, a content word of its clause),
so an article costs what its repeated contexts cost. :func:`align` lines the two clauses up
with :class:`rapidfuzz.distance.Indel` opcodes, and :func:`restates` is the "same place" test:
the two slots aligned, enough shared words around them, no word replaced or added inside.

Everything here is language-neutral: the words a family ignores, its negations and update words
and its proclitics are language data of that family, passed in."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from checker.language.regexes import compiled

TOKEN = compiled(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[,;:()\[\]\"“”«»،؛—–]")
SLOT = "\x00#"
MARK = "\x00|"


@dataclass
class Clause:
    keys: list[str]            # content-word keys, slots and clause marks, in order
    words: list[str]           # the normalised words, for the guards
    slots: dict[int, int]      # value index -> position in keys
    sentence: int = -1

    def around(self, i: int) -> tuple[int, int]:
        """The clause holding position ``i``: between the punctuation marks around it."""
        start = next((t + 1 for t in range(i - 1, -1, -1) if self.keys[t] == MARK), 0)
        end = next((t for t in range(i + 1, len(self.keys)) if self.keys[t] == MARK), len(self.keys))
        return start, end

    def neighbours(self, i: int) -> tuple[str, str]:
        """The keys either side of position ``i`` (a clause mark at the ends)."""
        before = self.keys[i - 1] if i > 0 else MARK
        after = self.keys[i + 1] if i + 1 < len(self.keys) else MARK
        return before, after


def vocabulary(text: str) -> frozenset[str]:
    """Every token of a text: a proclitic is taken off only where the bare word occurs too."""
    return frozenset(TOKEN.findall(text))


@dataclass(frozen=True)
class Words:
    """How a family reads words: its key function and the language data it passes in."""

    key: Callable[[str], str]
    ignore: frozenset[str] = frozenset()
    proclitics: tuple[str, ...] = ()
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    #: the keys already computed (word -> key), kept by the family across articles: a word's
    #: key is then one look-up; cleared past ``MEMO`` words
    memo: dict[str, str] | None = field(default=None, compare=False, hash=False)


MEMO = 200_000


def clause(text: str, start: int, end: int, slots: Iterable[tuple[int, int, int]], words: Words,
           sentence: int = -1, marks: bool = True) -> Clause:
    """The clause of ``text[start:end]`` with each ``(slot_start, slot_end, index)`` a slot; a
    conjunction is taken off a word whose bare form the text uses too ("وفازت" and "فازت",
    never "وزارة"). Without ``marks`` punctuation is skipped: the whole text is one clause."""
    c = Clause([], [], {}, sentence)
    keys, said = c.keys, c.words
    ignore, proclitics, vocab, key, memo = words.ignore, words.proclitics, words.vocabulary, words.key, words.memo
    findall = TOKEN.findall

    def add(a: int, b: int) -> None:
        for w in findall(text, a, b):
            if not w[0].isalnum():
                if marks and keys and keys[-1] != MARK:
                    keys.append(MARK)
                    said.append(MARK)
            elif w not in ignore and (len(w) > 1 or w.isdigit()):
                for p in proclitics:
                    if w.startswith(p) and w[len(p):] in vocab:
                        w = w[len(p):]
                        break
                if w[0].isdigit():
                    k = w
                elif memo is None:
                    k = key(w)
                else:
                    k = memo.get(w)
                    if k is None:
                        if len(memo) >= MEMO:
                            memo.clear()
                        k = memo[w] = key(w)
                keys.append(k)
                said.append(w)
    pos = start
    for a, b, n in sorted(slots):
        add(pos, a)
        c.slots[n] = len(c.keys)
        c.keys.append(SLOT)
        c.words.append(SLOT)
        pos = max(pos, b)
    add(pos, end)
    return c


def slot_neighbours(text: str, start: int, end: int, slots: Iterable[tuple[int, int, int]],
                    words: Words) -> dict[int, tuple[str, str]]:
    """For each slot index, the keys either side of it in :func:`clause` of the same arguments
    (``c.neighbours(c.slots[n])``), read from the words next to the slots alone: the cheap
    blocking key, so that only the sentences whose slots share one are read as clauses."""
    order = sorted(slots)
    gaps, pos = [], start
    for a, b, _n in order:
        gaps.append((pos, a))
        pos = max(pos, b)
    gaps.append((pos, end))
    out = {}
    for j, (_a, _b, n) in enumerate(order):
        before = _edge_key(text, *gaps[j], words, True) or (SLOT if j else MARK)
        after = _edge_key(text, *gaps[j + 1], words, False) or (SLOT if j + 1 < len(order) else MARK)
        out[n] = (before, after)
    return out


_WINDOW = 40


def _tokens_from_end(text: str, a: int, b: int) -> Iterator[str]:
    """The tokens of ``text[a:b]``, last first: those after a space near the end, then the rest
    (no token holds a space, so the text splits there as a whole scan splits it)."""
    cut = text.find(" ", b - _WINDOW, b) if b - a > _WINDOW else -1
    if cut < 0:
        yield from reversed(TOKEN.findall(text, a, b))
        return
    yield from reversed(TOKEN.findall(text, cut, b))
    yield from reversed(TOKEN.findall(text, a, cut))


def _edge_key(text: str, a: int, b: int, words: Words, last: bool) -> str | None:
    """The key :func:`clause` gives the last (``last``) or first word of ``text[a:b]`` it keeps
    (a clause mark for punctuation), None when it keeps none."""
    found = _tokens_from_end(text, a, b) if last else (m.group() for m in TOKEN.finditer(text, a, b))
    for w in found:
        if not w[0].isalnum():
            return MARK
        if w in words.ignore or not (len(w) > 1 or w.isdigit()):
            continue
        for p in words.proclitics:
            if w.startswith(p) and w[len(p):] in words.vocabulary:
                w = w[len(p):]
                break
        if w[0].isdigit():
            return w
        memo = words.memo
        if memo is None:
            return words.key(w)
        k = memo.get(w)
        if k is None:
            if len(memo) >= MEMO:
                memo.clear()
            k = memo[w] = words.key(w)
        return k
    return None


def candidate_pairs(groups: Iterable[list[int]], order: Callable[[int], Hashable],
                    max_group: int) -> Iterator[tuple[int, int]]:
    """Each pair of members of a blocking group once, earlier first; a group larger than
    ``max_group`` is a table of values, not a statement restated, and forms no pair."""
    seen: set[tuple[int, int]] = set()
    for members in groups:
        if len(members) > max_group:
            continue
        for x, i in enumerate(members):
            oi = order(i)
            for j in members[x + 1:]:
                pair = (i, j) if oi <= order(j) else (j, i)   # sorted((i, j), key=order): i first on a tie
                if pair not in seen:
                    seen.add(pair)
                    yield pair


_LONG_CORE = 8   # shared words of two clauses enough to need only two words told alike before them


@dataclass
class Alignment:
    """Two clauses lined up: ``wa``/``wb`` their keys, ``sa``/``sb`` the slots compared (within
    them), ``la``/``lb`` where the clauses begin in their sentences, ``matched`` the aligned
    positions, ``added_a``/``added_b`` (position, inside the shared stretch) of words on one side only."""

    wa: list[str]
    wb: list[str]
    sa: int
    sb: int
    la: int
    lb: int
    matched: list[tuple[int, int]]
    added_a: list[tuple[int, bool]]
    added_b: list[tuple[int, bool]]

    @property
    def same_place(self) -> bool:
        return (self.sa, self.sb) in self.matched

    def shared(self) -> tuple[int, int]:
        """Shared words (not numbers) before and after the slot."""
        left = sum(1 for x, _ in self.matched if x < self.sa and self.wa[x][0].isalpha())
        right = sum(1 for x, _ in self.matched if x > self.sa and self.wa[x][0].isalpha())
        return left, right


def align(ca: Clause, ia: int, cb: Clause, ib: int) -> Alignment:
    """The clause of position ``ia`` in ``ca`` lined up with that of ``ib`` in ``cb``."""
    (la, ra), (lb, rb) = ca.around(ia), cb.around(ib)
    wa, wb = ca.keys[la:ra], cb.keys[lb:rb]
    matched: list[tuple[int, int]] = []
    added_a: list[tuple[int, bool]] = []
    added_b: list[tuple[int, bool]] = []
    ops = Indel.opcodes(wa, wb)
    for n, op in enumerate(ops):
        inside = 0 < n < len(ops) - 1
        if op.tag == "equal":
            matched += [(op.src_start + t, op.dest_start + t) for t in range(op.src_end - op.src_start)]
        added_a += [(t, inside) for t in range(op.src_start, op.src_end) if op.tag != "equal"]
        added_b += [(t, inside) for t in range(op.dest_start, op.dest_end) if op.tag != "equal"]
    return Alignment(wa, wb, ia - la, ib - lb, la, lb, matched, added_a, added_b)


def restates(ca: Clause, ia: int, cb: Clause, ib: int, same: Callable[[int, int, int, int], bool],
             forbidden: frozenset[str], shared: int = 3, overlap: int = 3,
             right_alone: int = 0, told_before: int = 0) -> bool:
    """Whether the clause of slot ``ia`` in ``ca`` and that of slot ``ib`` in ``cb`` tell one
    statement: the shorter one's words all found in the other, in order, with the two slots in
    one place and enough shared words on both sides of them; the longer one may add words at
    its ends but none inside, and none of ``forbidden`` (negations, update words). ``same``
    says whether two other slots, by (sentence, position), hold the same value. With
    ``right_alone``, a value that opens its clause needs that many shared words after it and
    none before; with ``told_before``, two clauses that both follow others in their sentences
    tell one statement when what comes before them is the same too (at least that many words;
    the later sentence may open with words of its own: "As reported earlier, …")."""
    al = align(ca, ia, cb, ib)
    if not al.same_place:
        return False   # the values in other places
    lead = bool(told_before) and al.la > 0 and al.lb > 0 and _same_lead(ca, al.la, cb, al.lb, told_before,
                                                                        sum(al.shared()), same)
    if al.la > 0 and al.lb > 0 and not lead:
        return False   # two clauses that both lean on a subject told before them ("…, was
        #                jailed for three years")
    if any(al.wa[x] == SLOT and x != al.sa and not same(ca.sentence, al.la + x, cb.sentence, al.lb + y)
           for x, y in al.matched):
        return False   # other values of the two clauses differ too: two series, not one fact
    if any(inside for _, inside in al.added_a + al.added_b):
        return False   # a word added inside the shared words: "the unadjusted deficit" is another
    left, right = al.shared()
    alone = bool(right_alone) and not left and right >= right_alone and (al.sa == 0 or al.sb == 0)
    if left + right < shared or not left and not alone and not lead or \
            not right and (al.sa + 1 < len(al.wa) or al.sb + 1 < len(al.wb)):
        return False
    if al.added_a and al.added_b and (left < overlap or right < overlap):
        return False   # each clause with words of its own, and too few shared to be one statement
    words = [ca.words[al.la + t] for t, _ in al.added_a] + [cb.words[al.lb + t] for t, _ in al.added_b]
    return not any(w in forbidden for w in words)


def _same_lead(ca: Clause, la: int, cb: Clause, lb: int, least: int, core: int,
               same: Callable[[int, int, int, int], bool]) -> bool:
    """Whether the words before two clauses are the same, the longer adding words only at its
    start: "As reported earlier, Excluding special items, …" after "Excluding special items, …".
    Two words are enough before a long clause told alike (``_LONG_CORE`` shared words) when the
    values among them are the same too: the title "Fast & Furious 6," before "debuted to $117
    million over the four-day Memorial Day weekend in 2012", not "Fast & Furious 7,"."""
    n = min(la, lb)
    pa, pb = ca.keys[la - n:la], cb.keys[lb - n:lb]
    if pa != pb:
        return False
    words = sum(1 for k in pa if k not in (MARK, SLOT))
    if words >= least:
        return True
    return words >= 2 and core >= _LONG_CORE and all(
        same(ca.sentence, la - n + t, cb.sentence, lb - n + t) for t, k in enumerate(pa) if k == SLOT)
