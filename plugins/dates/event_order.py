"""DATE008's reading of two once-only events of one subject told in an order they cannot have: "The
market, built by the city council in 1992" … "since the day the market opened in 1986" (opened before
it was built), `أسسها جده عام 1961` … `عند افتتاح الورشة عام 1957`. The pairs of classes whose first
cannot come after the second (a thing is founded or built before it opens, opens before it closes;
a birth comes before a death) are language data (``[event_order] pairs``); the tellings must name
one subject, or one names it and the other's pronoun fits the one subject the article gives them."""

from __future__ import annotations

from functools import lru_cache

from .subjects import same_subject

_MAX_EVENTS = 60   # once-only events of the ordered classes in one article, at most (pairs stay cheap)


def disordered_pairs(lex, events):
    """Yield (earlier telling, later telling, first, then): ``first``'s class must not come after
    ``then``'s, yet its date is wholly after ``then``'s."""
    order = _order(lex)
    if not order:
        return
    kinds = {k for pair in order for k in pair}
    told = [ev for ev in events if ev.kind in kinds and not ev.again]
    if len(told) > _MAX_EVENTS:
        return   # (a table or a chronicle of many foundings and openings: no one subject's story)
    for j, b in enumerate(told):
        for a in told[:j]:
            if a.kind == b.kind or a.sentence == b.sentence:
                continue
            if (a.kind, b.kind) in order:
                first, then = a, b
            elif (b.kind, a.kind) in order:
                first, then = b, a
            else:
                continue
            i1, i2 = first.date.interval(), then.date.interval()
            if i1 is None or i2 is None or i1[0] <= i2[1]:
                continue
            subjects = [ev.subject for ev in told if ev.kind in (a.kind, b.kind) and ev.subject and "?" not in ev.subject]
            named = a.subject and b.subject or len(set(subjects)) == 1 and any(x.pronoun and not x.subject for x in (a, b))
            if named and same_subject(a, b, subjects):
                yield a, b, first, then
                break


@lru_cache(maxsize=32)
def _order(lex) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p) for p in lex.section("event_order", {}).get("pairs", []) if len(p) == 2)
