"""How the states of one sentence group for a statement: the groups that exclude each other, the
states one date bounds split by group, and a state told in a relative clause of another's place."""

from __future__ import annotations

from functools import lru_cache

from checker.language.matching import word_regex
from checker.language.normalize import normalize_text

_NEAR = 24   # characters between a relative word of a place and the state it opens, at most
_PLACE_REACH = 40   # … between the state before it and that word (the place it names between them)


def excludes(comp, a, b) -> bool:
    """The groups of two state words are a pair that cannot hold at once ("leads the protests" …
    "held in prison from April to July")."""
    ga, gb = comp.group_of.get(a.cls), comp.group_of.get(b.cls)   # (a marker takes the other: "full-time president")
    return ga is not None and gb is not None and not {ga, gb} & comp.markers \
        and any({ga, gb} == {x, y} for x, y, _ in comp.pairs)


@lru_cache(maxsize=8)
def _relative_rx(lex):
    """The words that open a relative clause of a place (``[timeline] same_place``: "where", `حيث`)."""
    return word_regex(lex, [normalize_text(w) for w in lex.section("timeline", {}).get("same_place", [])])


def same_place(comp, view, hits: list) -> list:
    """A sentence's state words without those told in a relative clause of an earlier state's place
    ("spent 2015 to 2017 living in Lima, where he ran a bookshop", `مغترباً في كندا حيث عمل في مصنع`):
    there, not elsewhere, so no change of state the two would otherwise tell."""
    rx = _relative_rx(comp.lex)
    if rx is None or len(hits) < 2:
        return hits
    out = [hits[0]]
    for h in hits[1:]:
        if not any(excludes(comp, o, h) and (m := rx.search(view.text, max(o.ne, h.ns - _NEAR), h.ns)) is not None
                   and m.start() - o.ne <= _PLACE_REACH for o in out):
            out.append(h)
    return out


def by_group(comp, items) -> list[list[tuple]]:
    """The states one date bounds, split by group: a marker group takes them all ("full-time
    president": a full-time post); two groups that exclude each other on one date are a change
    of state, not a claim, and give nothing (roles only when they are one role: "chaired the
    association until 2016, when he joined the ministry as director-general" ends one and acts in
    another)."""
    groups = {comp.group_of[h.cls] for h, _ in items}
    marked = groups & comp.markers
    if marked:
        return [[(h, d, min(marked)) for h, d in items]]
    out = []
    for g in sorted(groups):
        kept = [(h, d, g) for h, d in items if comp.group_of[h.cls] == g and not any(
            {g, comp.group_of[o.cls]} == {a, b} and not (h.key and o.key and h.key != o.key)
            for a, b, _ in comp.pairs for o, _ in items if comp.group_of[o.cls] != g)]
        if kept:
            out.append(kept)
    return out
