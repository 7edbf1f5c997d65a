"""Whether two timeline statements clash: their periods' overlap, and the scopes of an exclusion
(the same place, other places or bodies, other towns, a move into another town)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from checker.language.matching import phrase_key

from .arguments import same_place
from .away import away
from .statements import Statement


def overlap(a: Statement, b: Statement) -> tuple[dt.date, dt.date] | None:
    starts = [d for d in (a.since, b.since) if d]
    ends = [d for d in (a.until, b.until) if d]
    if not starts or not ends:
        return None  # an overlap open on one side cannot be told from a sequence
    lo, hi = max(starts), min(ends)
    return (lo, hi) if lo <= hi else None


def ended_before(ended: Statement, acted: Statement) -> tuple[dt.date, dt.date] | None:
    """A role acted in a later year than the one it ended in."""
    if ended.until and acted.since and acted.since.year > ended.until.year:
        return acted.since, acted.until or acted.since
    return None


def acronym(a: str, b: str) -> bool:
    """Whether one name is the initials of the other ("NTU", "Northern Transport Union")."""
    short, long_ = sorted((a.replace(".", ""), b), key=len)
    words = [w for w in long_.split() if w[:1].isalpha()]
    return " " not in short and len(words) >= 2 and "".join(w[0] for w in words) in (short, short[:len(words)])


@lru_cache(maxsize=8)
def full_time_roles(lex) -> frozenset[str]:
    """The role keys of ``[timeline.roles] full_time``."""
    return frozenset(phrase_key(k) for k in lex.section("timeline", {}).get("roles", {}).get("full_time", []))


def in_scope(lex, scope: str, a: Statement, b: Statement, doc=None) -> bool:
    """Whether two statements' places fit the scope of their exclusion: ``place``, the same place
    (absent from Chile, mayor in Chile); ``other``, named places or bodies none of which is the
    other's (full-time in Lyon, a clinic in Dakar); ``told_other``, the same with the person told in
    both sentences, by name or by a pronoun; ``elsewhere``, two towns named in the statements' clauses;
    ``moved``, a move to one town and a state in another, the person told in both sentences;
    ``away``, a stay in a town named nowhere else and an act in person there is no place for
    (:mod:`.away`); ``acted_other``, a full-time role ([timeline.roles] full_time) acted in for a body
    the statement names, none of the other's words."""
    if scope == "away":
        return doc is not None and away(doc, a, b)
    if scope == "place":
        return any(same_place(lex, x, y) for x in a.places for y in b.places)
    if scope == "after":   # (a role bounded by a date only when both name its body in a word: "chaired the
        #                       fishermen's association … until 2016" … "as chairman of the fishermen's association")
        return bool(set(a.places) & set(b.places)) and ("role_bounded" not in a.classes + b.classes or bool(a.body & b.body)
                                                         or not any(x.body for x in (a, b) if "role_bounded" in x.classes))
        #   (or the bounded one names no body: "held the post of union head between 2013 and 2017" … "in 2019, as head of
        #   the journalists' union")
    if scope == "later":   # a death, then an act anywhere (the act's sentence names who did it)
        return True
    if scope == "elsewhere":   # two towns or countries named in the statements' clauses, and the
        #                         person in each statement's sentence (not taken for the article's main one)
        return bool(a.where and b.where and a.told and b.told) and not same_place(lex, a.where, b.where)
    if scope == "offices":   # two posts, each over a span of years ("deputy minister of mines from 2016 to 2021"
        #                         … "ran a copper smelter … as its general manager between 2018 and 2020"), a full
        #                         year or more of them at once, the person told in both sentences; not one office
        #                         told twice (the same word, a body of both), nor posts told as held at once knowingly
        both = overlap(a, b)
        return bool(a.told and b.told and both and both[0].year < both[1].year) and not (a.concurrent or b.concurrent) \
            and all(x.since and x.until and x.since.year < x.until.year for x in (a, b)) \
            and phrase_key(a.word) != phrase_key(b.word) and not any(
                same_place(lex, x, y) or acronym(x, y) for x in a.places for y in b.places)
    if scope == "moved":   # a move to a town and a state in another town, the person told in both sentences
        return bool(a.where and b.where and a.told and b.told) and not same_place(lex, a.where, b.where)
    if scope == "told_other":   # … the person told in each statement's sentence, by name or pronoun (a
        #                          statement naming no body is placed by its town: "in Nairobi as a full-time …")
        a, b = (x if x.places or not x.where else replace(x, places=(x.where,)) for x in (a, b))
        return a.told and b.told and in_scope(lex, "other", a, b)
    if scope == "acted_other":   # a role acted in for a body the statement names ("as Corrie's managing director
        #                             in 2019"), a full-time job, and a full-time post in a named body none of its words
        acted, held = (a, b) if "role_acted" in a.classes else (b, a)
        words = {w for p in held.places for w in p.split()}
        return bool(acted.body and held.places and acted.places) and acted.places[0] in full_time_roles(lex) \
            and not acted.body & words
    if scope == "other":
        return bool(a.places and b.places) and not any(
            same_place(lex, x, y) or acronym(x, y) for x in a.places for y in b.places)
    return True


def same_or_next(a: Statement, b: Statement) -> bool:
    """Two statements of one kind that are one told twice or one after the other, sharing only the
    year one ends and the next begins ("ambassador in Baghdad from 2016 to 2020 … then at the UN
    from 2020")."""
    if (a.since, a.until) == (b.since, b.until):
        return True
    return any(x.until is not None and y.since is not None and x.until.year == y.since.year
               for x, y in ((a, b), (b, a)))


def one_after_other(a: Statement, b: Statement) -> bool:
    """Two periods of different kinds, one ending the year the other begins ("director of training
    from 2016 to 2020" … "has chaired the cooperative full-time since 2020"): one after the other."""
    return all(x.since and x.until and x.since.year < x.until.year for x in (a, b)) and any(
        x.until.year == y.since.year for x, y in ((a, b), (b, a)))


def moved_within(move: Statement, state: Statement) -> tuple[dt.date, dt.date] | None:
    """A move told in a year strictly inside a stated period elsewhere ("full-time in Noordwijk from
    2012 to 2020" … "In 2016 she moved back to Lindholm"): a move in the year the period opens or
    ends may begin or close it."""
    if move.since and state.since and state.until and state.since.year < move.since.year < state.until.year:
        return move.since, move.until or move.since
    return None
