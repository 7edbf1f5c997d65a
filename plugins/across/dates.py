"""ACROSS002: an event a story tells once (a ceasefire, an election, a summit) dated differently
by two articles of the story. The event words are language data (``[story_events]``); the dates
are the date facts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker import Example, rule
from checker.language.matching import word_regex
from checker.language.normalize import normalize_text

from .common import place

_AFTER = 90     # characters from the event word to a date after it ("the truce between … took effect on")
_BEFORE = 25    # from a date to the event word after it ("the 12 March ceasefire")
_DISTINCT = 20  # characters around the event word read for "new", "second"


@dataclass(frozen=True)
class Dated:
    kind: str
    start: int          # the event word
    end: int
    date: object        # the DateMention


@lru_cache(maxsize=32)
def _events(lex):
    data = lex.section("story_events", {}) or {}
    classes = {normalize_text(w): cls for cls, words in data.get("classes", {}).items() for w in words}
    rx = word_regex(lex, classes, group="e", article=True)
    return rx, {" ".join(k.split()): v for k, v in classes.items()}, frozenset(normalize_text(w) for w in data.get("distinct", []))


def dated_events(member) -> list[Dated]:
    """Each event word of the article with the date attached to it in its sentence, a day
    written with its month (a weekday alone or a month alone may be another event), unless words around it make it another event of its kind ("a new truce")."""
    doc = member.doc
    rx, classes, distinct = _events(doc.lexicon)
    if rx is None:
        return []
    view = doc.normalized
    dates = [d for d in member.facts["date_mentions"]   # a day written with its month: "12 March"
             if d.precision == "day" and d.day_part is not None and d.month_parts and d.interval()]
    out = []
    for m in rx.finditer(view.text):
        start, end = view.to_original(m.start("e"), m.end("e"))
        around = set(view.text[max(0, m.start() - _DISTINCT):m.end() + _DISTINCT].split())
        if around & distinct:
            continue
        sent = doc.sentence_at(start)
        lo, hi = (sent.start, sent.end) if sent else (start - _BEFORE, end + _AFTER)
        near = [d for d in dates if lo <= d.start < hi and (0 <= d.start - end <= _AFTER or 0 <= start - d.end <= _BEFORE)]
        if near:
            date = min(near, key=lambda d: abs(d.start - end))
            out.append(Dated(classes[" ".join(m.group("e").split())], start, end, date))
    return out


def _first_by_kind(member) -> dict[str, Dated]:
    out: dict[str, Dated] = {}
    for ev in dated_events(member):
        out.setdefault(ev.kind, ev)
    return out


@rule(
    id="ACROSS002",
    name="cross-article-dates",
    severity="warning",
    languages=["*"],
    summary="Two articles of one story date an event the story tells once (a ceasefire, an "
            "election) differently.",
    messages={
        "conflict": "The {kind} is dated {second} here, but {first} in {other}, an article of the same story.",
    },
    notes={
        "date-in": "the date in {other}",
    },
    examples=[
        Example("published: 2024-04-02\nThe ceasefire took effect on 12 March 2024.\n---\n"
                "published: 2024-04-03\nSince the ceasefire began on 21 March 2024, few shots were fired.", "en", True),
        Example("published: 2024-04-02\nThe ceasefire took effect on 12 March 2024.\n---\n"
                "published: 2024-04-03\nA new ceasefire was agreed on 21 March 2024.", "en", False),
    ],
)
def cross_article_dates(ctx, group):
    """
    ## What it flags
    An event of a kind a story tells once — a ceasefire, an election, a summit, an inauguration,
    a verdict, a launch (language data, ``[story_events]``) — with a date attached to it in its
    sentence, when another article of the same story, in either language, attaches a date that
    cannot be the same day ("the ceasefire took effect on 12 March" in the explainer, "since the
    ceasefire began on 21 March" in the news story). The finding is on the later article.

    ## Why it matters
    Readers who follow a story across its articles see two dates for one event; at least one is
    wrong, and it is usually copied into the next update.

    ## Example
    Explainer: "The ceasefire took effect on 12 March 2024." News story, a day later: "Since the
    ceasefire began on 21 March 2024, …"

    ## Not flagged
    Another event of the kind ("a new truce", "the second round", `هدنة جديدة`); dates that
    are not a day with its month ("in June", "on Wednesday": often another vote or session); events with no date in their sentence; articles that are
    not one story.
    """
    for i, b in enumerate(group.members):
        for kind, eb in _first_by_kind(b).items():
            for a in reversed(group.members[:i]):
                ea = _first_by_kind(a).get(kind)
                if ea is None:
                    continue
                (a0, a1), (b0, b1) = ea.date.interval(), eb.date.interval()
                if a1 < b0 or b1 < a0:
                    ctx.report(b, "conflict", eb.date.start, eb.date.end,
                               related=[ctx.related(a, ea.date.start, ea.date.end, f"the date in {place(a)}")],
                               kind=kind, first=ea.date.text, second=eb.date.text, other=place(a))
                break
