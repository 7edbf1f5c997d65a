"""A statement restated with its polarity flipped: the same words in the same order, once with a
negation on the verb and once without it ("The agency did not renew the licence" … "the agency
renewed the licence"), or once with a word and once with its opposite ("support" / "oppose",
`ارتفع` / `انخفض`).

Two sentences are compared only when they share enough content words that are rare in the
article (blocking by shared keys, never all pairs), then lined up word by word with
:class:`rapidfuzz.distance.Indel`. They restate one statement when every difference between them
is one of these: words added by one side only at either end (an attribution, a relative clause),
an aside between commas, and exactly one flip — a negation on one side only, or one word swapped
for its opposite. Any other word replaced, any figure of one side only, or a word of the
``apart`` list (a time, a condition, a claim in dispute) on one side only makes them two
statements, and nothing is reported."""

from __future__ import annotations

import collections
import itertools
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .reading import MARK, NEG, Data, Sentence, Token

MAX_POSTING = 5     # a word in more sentences than this is too common to pair sentences by
_SHARE = 0.4         # share of the smaller bag of content words two paired sentences must share
_COVER = 0.75        # share of the shorter statement's content words the other must repeat


@dataclass(frozen=True)
class Flip:
    kind: str                 # "negation" or "antonym"
    a: int                    # the earlier sentence
    b: int                    # the later sentence
    span_a: tuple[int, int]   # normalised offsets of the restated stretch
    span_b: tuple[int, int]
    word_a: str
    word_b: str
    at_a: tuple[int, int] | None = None   # normalised offsets of the flipped word on each side
    at_b: tuple[int, int] | None = None


def candidate_pairs(bags: list[frozenset[str]], d: Data, sizes: list[int] | None = None) -> list[tuple[int, int]]:
    """Pairs of sentences (earlier first) whose bags of content words share ``min_shared`` or
    more, counted only over words that are rare in the article, and a good share of the smaller
    sentence's content words (``sizes``, the bags' own sizes by default)."""
    sizes = sizes or [len(b) for b in bags]
    postings: dict[str, list[int]] = collections.defaultdict(list)
    for k, bag in enumerate(bags):
        for key in bag:
            postings[key].append(k)
    shared = collections.Counter(itertools.chain.from_iterable(
        itertools.combinations(ks, 2) for ks in postings.values() if 1 < len(ks) <= MAX_POSTING))
    return sorted((i, j) for (i, j), n in shared.items()
                  if n >= d.min_shared and n >= _SHARE * min(sizes[i], sizes[j]))


def _strip(part: list[Token], inside: bool) -> list[Token]:
    """A gap's tokens without clause marks and, inside the statement, without an aside between
    two marks ("…, neither of which is a member, …")."""
    out: list[Token] = []
    aside = False
    for t in part:
        if t.kind == MARK:
            aside = inside and not aside
            continue
        if not aside:
            out.append(t)
    return out


def _event(pa: list[Token], pb: list[Token], d: Data):
    """The flip between two gaps' tokens: ("negation", token) when one side is only a negation,
    ("antonym", (ta, tb)) for one word against its opposite, None when nothing differs,
    False for any other difference."""
    if not pa and not pb:
        return None
    if not pa or not pb:
        side = pa or pb
        return ("negation", side[0]) if all(t.kind == NEG for t in side) else False
    if len(pa) == 1 and len(pb) == 1 and pa[0].kind == "w" and pb[0].kind == "w" \
            and frozenset((pa[0].key, pb[0].key)) in d.antonyms:
        return "antonym", (pa[0], pb[0])
    if len(pa) == 1 and len(pb) == 1 and pa[0].kind == "n" and pb[0].kind == "n":
        return "figure", (pa[0], pb[0])
    return False


def _paired(pa: list[Token], pb: list[Token], d: Data):
    """The flip of an inner gap, or, when both sides hold as many tokens, the events of each place
    ("best $117" against "worst $30": an opposite and a figure); False when any place differs
    otherwise."""
    if len(pa) != len(pb) or len(pa) < 2:
        return _event(pa, pb, d)
    found = [_event([ta], [tb], d) for ta, tb in zip(pa, pb)]
    return False if any(f is False for f in found) else [f for f in found if f]


def _clause_edge(s: Sentence, a: int, b: int, first: int, last: int, before: bool) -> list[Token]:
    """The tokens of the end gap ``[a, b)`` that stay in the statement's clause: after the last
    clause mark before its ``first`` shared word, or up to the first one after its ``last``."""
    if before:
        a = max([a] + [n + 1 for n in range(a, first) if s.tokens[n].kind == MARK])
    else:
        b = min([b] + [n for n in range(last + 1, b) if s.tokens[n].kind == MARK])
    return [t for t in s.tokens[a:b] if t.kind != MARK]


def _edge(pa: list[Token], pb: list[Token], d: Data, before: bool):
    """A gap at an end of the statement: one side's extra words, or a flip next to the shared
    words with one side's extra words beyond it."""
    if not pa or not pb:
        side = pa or pb
        if side and side[-1 if before else 0].kind == NEG:
            return ("negation", side[-1]) if before else False   # "… said no" belongs to another clause
        return None
    ta, tb = (pa[-1], pb[-1]) if before else (pa[0], pb[0])
    ra, rb = (pa[:-1], pb[:-1]) if before else (pa[1:], pb[1:])
    if ra and rb:
        return False   # each side with words of its own: two statements
    rest = ra or rb
    if rest and rest[-1 if before else 0].kind == NEG:
        return False   # "did not fall" against "rose": the negation undoes the opposite
    found = _event([ta], [tb], d)
    return found or False


def _clause_figures(s: Sentence, first: int, last: int) -> int:
    """The figures of a sentence in the clauses its restated stretch ``[first, last]`` spans, asides
    included: a figure after a clause mark beyond the stretch belongs to another clause."""
    lo = max([0] + [n + 1 for n in range(first) if s.tokens[n].kind == MARK])
    hi = min([len(s.tokens)] + [n for n in range(last + 1, len(s.tokens)) if s.tokens[n].kind == MARK])
    return sum(t.kind == "n" for t in s.tokens[lo:hi])


def _numbers(sa: Sentence, sb: Sentence, matched: list[tuple[int, int]], words, swapped: int) -> bool:
    """Whether either statement holds a figure the other does not repeat in the same place
    (``swapped`` figures stand in the same place with another value)."""
    same = sum(sa.tokens[x].kind == "n" for x, _ in matched) + swapped
    (fa, fb), (la, lb) = words[0], words[-1]
    return max(_clause_figures(sa, fa, la), _clause_figures(sb, fb, lb)) > same


def compare(sa: Sentence, sb: Sentence, d: Data) -> tuple[str, Token, Token, tuple, tuple] | None:
    """The flip between two sentences that restate one statement, with the restated stretches
    (first and last token index in each); None when they are not one statement or agree."""
    ops = Indel.opcodes([t.key for t in sa.tokens], [t.key for t in sb.tokens])
    matched = [(op.src_start + t, op.dest_start + t) for op in ops if op.tag == "equal"
               for t in range(op.src_end - op.src_start)]
    words = [(x, y) for x, y in matched if sa.tokens[x].kind == "w"]
    if len(words) < d.min_shared:
        return None
    (fa, fb), (la, lb) = words[0], words[-1]
    events, extra_a, extra_b = [], 0, 0
    for (a0, a1, b0, b1) in _gaps(ops):
        pa, pb = sa.tokens[a0:a1], sb.tokens[b0:b1]
        if a1 <= fa and b1 <= fb or a0 > la and b0 > lb:
            before = a1 <= fa
            pa, pb = _clause_edge(sa, a0, a1, fa, la, before), _clause_edge(sb, b0, b1, fb, lb, before)
            found = _edge(pa, pb, d, before)
            extra_a += sum(t.kind == "w" for t in pa) - bool(found)
            extra_b += sum(t.kind == "w" for t in pb) - bool(found)
        else:
            found = _paired(_strip(pa, True), _strip(pb, True), d)
        if found is False:
            return None
        if isinstance(found, list):
            events += found
        elif found:
            events.append(found)
    figures = [e for e in events if e[0] == "figure"]
    events = [e for e in events if e[0] != "figure"]
    if figures and not (len(events) == 1 and events[0][0] == "antonym"):
        return None   # a figure changed beside a negation, or alone: another statement (NUM001's)
    if _numbers(sa, sb, matched, words, len(figures)):
        return None   # a figure told by one side only: two statements
    if len(events) != 1 or len(words) < _COVER * (len(words) + min(extra_a, extra_b)):
        return None   # no flip or several; or the shorter statement mostly words of its own
    kind, tok = events[0]
    ta, tb = tok if kind == "antonym" else ((tok, None) if tok in sa.tokens else (None, tok))
    return kind, ta, tb, (min(fa, _index(sa, ta, fa)), max(la, _index(sa, ta, la))), \
        (min(fb, _index(sb, tb, fb)), max(lb, _index(sb, tb, lb)))


def _index(s: Sentence, t: Token | None, default: int) -> int:
    return s.tokens.index(t) if t is not None else default


def _gaps(ops) -> list[tuple[int, int, int, int]]:
    """The stretches between equal blocks: (a_start, a_end, b_start, b_end)."""
    out: list[tuple[int, int, int, int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if out and out[-1][1] == op.src_start and out[-1][3] == op.dest_start:
            a0, _, b0, _ = out.pop()
            out.append((a0, op.src_end, b0, op.dest_end))
        else:
            out.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return out


def _region(s: Sentence, last: int, d: Data) -> frozenset[str]:
    """The words of a sentence up to the end of the clause in which its restated stretch ends:
    what sets the statement apart stands before it, inside it or right after it. A word that
    sets apart only before a period ("last year") is left out before any other word ("the last
    film")."""
    stop = next((t.start for t in s.tokens[last + 1:] if t.kind == MARK), None)
    words = [(pos, w) for pos, w in s.words if stop is None or pos < stop]
    if not d.before_period:
        return frozenset(w for _, w in words)
    following = {}
    for (pos, _), (nxt, w) in zip(words, words[1:]):
        if nxt > pos:
            following.setdefault(pos, set()).add(w)
    return frozenset(w for pos, w in words
                     if w not in d.before_period or following.get(pos, set()) & d.periods)


def apart(sa: Sentence, la: int, sb: Sentence, lb: int, d: Data, event_words: set[str]) -> bool:
    """Whether a word of time, condition or dispute stands in one statement and not the other."""
    return bool(((_region(sa, la, d) ^ _region(sb, lb, d)) & d.apart) - event_words)


def find_flips(sents: list[Sentence], d: Data) -> list[Flip]:
    """Every later sentence that restates an earlier one with its polarity flipped (the first
    earlier one for each)."""
    out: list[Flip] = []
    done: set[int] = set()
    for i, j in candidate_pairs([frozenset() if s.question else s.content for s in sents], d):
        if j in done:
            continue
        got = compare(sents[i], sents[j], d)
        if got is None:
            continue
        kind, ta, tb, (a0, a1), (b0, b1) = got
        flipped = [t for t in (ta, tb) if t is not None]
        if any(t.quoted for t in flipped) or apart(sents[i], a1, sents[j], b1, d, {t.word for t in flipped}):
            continue   # a quotation against the narrator; two times, a condition, a dispute
        ra, rb = sents[i].tokens, sents[j].tokens
        done.add(j)
        out.append(Flip(kind, i, j, (ra[a0].start, ra[a1].end), (rb[b0].start, rb[b1].end),
                        ta.word if ta else "", tb.word if tb else "",
                        (ta.start, ta.end) if ta else None, (tb.start, tb.end) if tb else None))
    return out
