"""ACROSS001: the toll of one event, told by the articles of one story with figures that cannot
both hold, the later one not saying the figure was revised. Reads the quantity facts and compares
them with the numbers family's own interval test."""

from __future__ import annotations

from checker import Example, rule
from checker_plugins.numbers.restated import compatible
from checker_plugins.numbers.tolls import events_rx

from .common import place, sentence_norm


def _lead_tolls(member) -> dict[str, object]:
    """The first toll of each kind (killed, injured, ...) an article gives: the story's figure,
    told before any breakdown. A count of a named group ("8 soldiers") or a part ("including")
    is not the toll."""
    out: dict[str, object] = {}
    for q in member.facts["quantities"]:
        if q.thing and q.unit is None and not q.subset and not q.vague and q.group is None:
            out.setdefault(q.thing, q)
    return out


def _event_classes(member, q) -> set[str]:
    ev = events_rx(member.doc.lexicon)
    if ev is None:
        return set()
    rx, classes = ev
    return {classes[" ".join(m.group("e").split())] for m in rx.finditer(sentence_norm(member, q.start))}


@rule(
    id="ACROSS001",
    name="cross-article-figures",
    severity="warning",
    languages=["*"],
    summary="An article of a story gives a toll that an earlier article of the same story gave "
            "differently, without saying the figure was revised.",
    messages={
        "conflict": "The toll ({thing}) is {second} here, but {first} in {other}, an earlier article of "
                    "this story, and this one does not say the figure was revised.",
    },
    notes={
        "toll-in": "the toll given in {other}",
    },
    examples=[
        Example("published: 2024-03-04\nA car bomb killed 25 people in the port on Monday.\n---\n"
                "published: 2024-03-04\nThe car bomb in the port killed 20 people, police said.", "en", True),
        Example("published: 2024-03-04\nA car bomb killed 25 people in the port on Monday.\n---\n"
                "published: 2024-03-05\nThe toll of the car bomb rose to 31, police said.", "en", False),
    ],
)
def cross_article_figures(ctx, group):
    """
    ## What it flags
    A toll (killed, injured, arrested, missing, displaced) given by an article of a story —
    the first figure of its kind in the article, not a part ("including") or a named group
    ("8 soldiers") — that cannot hold together with the toll the most recent earlier article of
    the story gave ("25 dead" at 09:00, "20 dead" at 11:00), in any language of the story. The
    figures are intervals ("more than 25" holds with 30) compared as in NUM001.

    ## Why it matters
    An update that silently lowers or changes a toll tells readers of the first article and
    readers of the second two different stories; one of them is wrong.

    ## Example
    The 09:00 update: "The blast killed 25 people." The 11:00 update: "The blast killed 20
    people." The finding is on the 11:00 update, its related span in the 09:00 one.

    ## Not flagged
    A later figure said to be revised ("the toll rose to 31", "revised", `ارتفعت الحصيلة`); an
    earlier article, which could not know a later figure; tolls of two events (the sentences
    name different kinds of event); articles that are not one story (see grouping).
    """
    for b_index, b in enumerate(group.members):
        for thing, qb in _lead_tolls(b).items():
            earlier = [(a, _lead_tolls(a).get(thing)) for a in group.members[:b_index]
                       if group.could_know(b, a)]
            earlier = [(a, qa) for a, qa in earlier if qa is not None]
            if not earlier or qb.update:
                continue
            a, qa = earlier[-1]      # the figure as last told: a revision in between counts
            if compatible(qa, qb):
                continue
            if not _event_classes(a, qa) & _event_classes(b, qb):
                continue   # one event: both sentences name its kind ("bomb", `انفجار`)
            ctx.report(b, "conflict", qb.start, qb.end,
                       related=[ctx.related(a, qa.start, qa.end, f"the toll given in {place(a)}")],
                       first=qa.text, second=qb.text, thing=thing, other=place(a))
