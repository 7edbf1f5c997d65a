"""NUM002's reading of two shares of one vote: "71 percent of drivers voted to reject the offer, while
44 percent voted to accept it", `صوّت 71% من السائقين لصالح الإضراب، فيما صوّت 44% ضده`. In one sentence,
the only two percentages, the first told "of" a whole (``[figures] of``) and each the subject of a
verb of a vote (``[figures.shares] vote_verbs``) right after it (or right before it, where the verb
comes first), the second of no whole of its own: they cannot make more than 100%. The verbs may differ
when the second tells the question back ("backed the merger, while 49 percent opposed it":
``[figures.shares] vote_back``). Two candidates' shares of the votes, one set against the other and the
second told for a candidate, cannot either ("61 percent of the valid votes, against 52 percent for
Shobaki")."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, figures_data
from .shares import TOLERANCE, _rate_rx

_WORD = re.compile(r"[^\W\d_]+")
_REACH = 60   # characters after a share (past its whole) where its verb stands
_PAST_WHOLE = 7   # words after a share, its whole told with a relative clause, where its verb may stand


@lru_cache(maxsize=32)
def _data(lex) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    f = figures_data(lex)
    return (frozenset(normalize_text(w) for w in f.get("shares", {}).get("vote_verbs", [])),
            frozenset(normalize_text(w) for w in f.get("of", []) if " " not in w),
            frozenset(normalize_text(w) for w in f.get("shares", {}).get("vote_back", [])))


@lru_cache(maxsize=32)
def _candidates(lex) -> tuple:
    """The nouns of the votes cast, the words that set one candidate's share against another's
    (``[figures.tally] links``), the words (or attached letters) before the candidate a share is
    told for ("for Shobaki", `للشوبكي`), and words of another time or vote ("last year", `السابقة`)."""
    sh = figures_data(lex).get("shares", {})
    norm = lambda ws: tuple(normalize_text(w) for w in ws)  # noqa: E731
    return (frozenset(norm(sh.get("vote_nouns", []))), frozenset(norm(figures_data(lex).get("tally", {}).get("links", []))),
            norm(sh.get("candidate_words", [])), norm(sh.get("candidate_prefixes", [])),
            frozenset(norm(sh.get("other_vote", []))))


def _for_candidates(ctx, view, a: Quantity, b: Quantity) -> bool:
    """Two shares of the votes cast, set against each other, the second told for a candidate: "won 61
    percent of the valid votes, against 52 percent for Shobaki", `بنسبة 61 في المائة من الأصوات الصحيحة،
    مقابل … للشوبكي بنسبة 52 في المائة`."""
    nouns, links, words, prefixes, other = _candidates(ctx.lexicon)
    first, second = (_WORD.findall(view.text, view.from_original(q.end), view.from_original(q.end) + _REACH) for q in (a, b))
    if not first or first[0] not in _data(ctx.lexicon)[1]:
        return False   # (the first told of a whole: "of the valid votes")
    gap = _WORD.findall(view.text, view.from_original(a.end), view.from_original(b.start))
    near = second[:2] + gap[-3:]   # (the candidate after the share, or right before it)
    return bool(nouns) and any(w in nouns for w in first[1:5]) and any(w in links for w in gap) and any(
        w in words or any(w.startswith(p) and len(w) > len(p) + 3 for p in prefixes) for w in near) \
        and not any(w in other for w in second[:8] + gap[-3:])   # (not "against 52 percent for the party last year")


def _bare(lex, word: str) -> str:
    """A word without a conjunction attached before it (`وصوت` → `صوت`)."""
    return word[1:] if len(word) > 3 and word[0] in lex.proclitics else word


def vote_shares(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield the two shares of one vote when they make more than 100%."""
    verbs, of, back = _data(ctx.lexicon)
    if not verbs or not of:
        return
    view = ctx.doc.normalized
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.unit == "%" and q.low == q.high and (i := sents.index(q.start)) is not None:
            by_sentence.setdefault(i, []).append(q)
    rate = _rate_rx(ctx.lexicon)
    for told in by_sentence.values():   # (not a rate of its own: "on a turnout of 82 percent")
        if len(told) == 2 and told[0].value + told[1].value > 100 + TOLERANCE and _for_candidates(ctx, view, *told):
            yield told   # "61 percent of the valid votes, against 52 percent for Shobaki" (`بنسبة`: no rate of its own)
            continue
        qs = [q for q in told if rate is None or not rate.search(view.text, max(0, view.from_original(q.start) - 25),
                                                                 view.from_original(q.start))]
        if len(qs) != 2 or qs[0].value + qs[1].value <= 100 + TOLERANCE:
            continue
        first, second = (_WORD.findall(view.text, view.from_original(q.end), view.from_original(q.end) + _REACH)
                         for q in qs)
        lead_a, lead_b = ([_bare(ctx.lexicon, w) for w in _WORD.findall(view.text, max(0, view.from_original(q.start) - 12),
                                                                         view.from_original(q.start))][-1:] for q in qs)
        if not first or first[0] not in of or (second and second[0] in of):
            continue   # (the first of a whole; the second of none of its own: "44% of women" is another whole)
        voted = [w for w in first[1:4] if w in verbs][:1] or [w for w in lead_a if w in verbs]   # (the verb after it, or
        if voted and (second[:1] == voted or lead_b == voted):                                 # before it, `صوّت 71%`)
            yield qs
        elif (voted or [w for w in first[1:_PAST_WHOLE] if w in verbs][:1]) and second[:1] and second[0] in verbs \
                and second[1:2] and second[1] in back:
            yield qs   # "58 percent of the parents who responded backed the merger, while 49 percent opposed it":
            #            another verb of the vote, its object told back
