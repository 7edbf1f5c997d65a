"""How the states of one sentence group for a statement: the groups that exclude each other, and
the states one date bounds split by group."""

from __future__ import annotations


def excludes(comp, a, b) -> bool:
    """The groups of two state words are a pair that cannot hold at once ("leads the protests" …
    "held in prison from April to July")."""
    ga, gb = comp.group_of.get(a.cls), comp.group_of.get(b.cls)   # (a marker takes the other: "full-time president")
    return ga is not None and gb is not None and not {ga, gb} & comp.markers \
        and any({ga, gb} == {x, y} for x, y, _ in comp.pairs)


def by_group(comp, items) -> list[list[tuple]]:
    """The states one date bounds, split by group: a marker group takes them all ("full-time
    president": a full-time post); two groups that exclude each other on one date are a change
    of state, not a claim, and give nothing."""
    groups = {comp.group_of[h.cls] for h, _ in items}
    marked = groups & comp.markers
    if marked:
        return [[(h, d, min(marked)) for h, d in items]]
    out = []
    for g in sorted(groups):
        if any({g, o} == {a, b} for a, b, _ in comp.pairs for o in groups if o != g):
            continue
        out.append([(h, d, g) for h, d in items if comp.group_of[h.cls] == g])
    return out
