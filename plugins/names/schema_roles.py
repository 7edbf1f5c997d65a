"""The schema of the names family's ``[role_sets]`` language data (``data/<lang>/roles.toml``):
roles one person does not hold together in one story, grouped in sets by the scope they share (a
trial, a match, a city), and the words around a role that tie it to a name (NAME002)."""

from __future__ import annotations

from pydantic import Field

from checker.language.schema import Int, Pair, Section, Str, Words


class RoleSet(Section):
    """``[role_sets.sets.<set>]``: roles of one scope. Any two roles of a set exclude each other
    in one story, unless ``compatible`` lists the pair."""

    #: What the roles share, as a message names it ("trial", "match").
    scope: Str
    #: Role key to its written forms, matched before a name ("Referee Dean Whitcombe") or in an
    #: apposition after it ("Dean Whitcombe, the referee").
    roles: dict[Str, Words] = {}
    #: Pairs of role keys one person may hold together ("lawyer" and "defence").
    compatible: list[Pair] = []


class RoleSets(Section):
    """``[role_sets]``: exclusive roles and the words that tie a role to a name."""

    #: Honorifics between a role and the name it is given ("المستشار", "Dr").
    between: Words = []
    #: Words between a name, its comma, and the role after them ("the", "a").
    apposition_skip: Words = []
    #: Words that open a complement between a role and the name ("the manager of Rovers, Dean
    #: Whitcombe"); in a language without capitals, any words up to ``complement_words``.
    complement_openers: Words = []
    complement_words: Int = Field(default=0, ge=0, le=4)
    #: Words that say a role changed, besides ``[names.roles] change_words``, read only next to
    #: a role or a name ("now", "الحالي").
    change_words: Words = []
    #: Words that say one of two roles belongs to another case, match or city ("in a separate
    #: case", "في قضية أخرى").
    other_scope: Words = []
    #: Phrases that hold a role word but give no role of a set ("general manager", "Justice
    #: Department"): matched first, and ignored.
    not_roles: Words = []
    sets: dict[Str, RoleSet] = {}


SCHEMAS = {"role_sets": RoleSets}
