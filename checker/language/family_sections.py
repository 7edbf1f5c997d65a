"""Sections of language data that one rule family reads, kept here until the family declares them
itself. Each model names the family that owns it and depends only on
:mod:`checker.language.schema`, so moving it is moving the class into the family's package, removing
it from :data:`FAMILY_SECTIONS`, and declaring it with the family's data::

    data_files(Path(__file__).parent / "data", "durations", schemas={"durations": Durations})
"""



from typing import Literal

from pydantic import ConfigDict, Field, RootModel

from checker.language.schema import Number, Section, Str, Words


class Durations(Section):
    """``[durations]``, owned by the durations family: elapsed times and ages."""

    #: Unit word to its length in years ("decade" = 10); dual forms carry their number.
    units: dict[Str, Number] = {}
    #: Plural units that state no length without a number ("for years").
    plural_units: Words = []
    more: Words = []
    less: Words = []
    about: Words = []
    #: Words after an elapsed time that make it "ago" (English "ago") ...
    ago: Words = []
    #: ... or before it (Arabic "قبل").
    ago_before: Words = []
    #: Regular expressions with a group ``age`` / ``year``.
    age_patterns: Words = []
    birth_patterns: Words = []


class Numbers(Section):
    """``[numbers]``, owned by the durations family: number words before a unit of time."""

    words: dict[Str, Number] = {}


class Enumerations(Section):
    """``[enumerations]``, owned by the numbers family: a count followed by a list."""

    #: Words that make the list partial ("including").
    partial: Words = []
    #: Words joining the list's last item.
    and_: Words = Field(default=[], alias="and")


class EventWords(Section):
    """``[events.<kind>]``: the words that name one kind of event."""

    words: Words = []


class Events(RootModel[dict[Str, EventWords]]):
    """``[events.<kind>]``, owned by the events family: words naming events that happen once to
    their subject."""

    model_config = ConfigDict(defer_build=True)


class EventSubject(Section):
    """``[event_subject]``, owned by the events family: which side of the event word names what
    it happened to."""

    side: Literal["before", "after"] = "before"


class ResidueCategory(Section):
    """``[residue.<category>]``: one kind of leftover and the severity of its findings."""

    severity: Literal["error", "warning", "info"] = "warning"
    phrases: Words = []
    prefixes: Words = []
    #: Regular expressions.
    patterns: Words = []


class Residue(RootModel[dict[Str, ResidueCategory]]):
    """``[residue.<category>]``, owned by the residue family: publishing leftovers."""

    model_config = ConfigDict(defer_build=True)


class Exclusions(Section):
    """``[timeline.exclusions]``."""

    #: [group, group, scope]: two groups of states that cannot hold at once.
    pairs: list[tuple[Str, Str, Literal["counterpart", "any"]]] = []
    periods_only: Words = []


class Ending(Section):
    """``[timeline.ending]``: words before a state that say it ended."""

    words: Words = []


class Timeline(Section):
    """``[timeline]``, owned by the timeline family: states an entity is in for a period."""

    with_: Words = Field(default=[], alias="with")
    states: dict[Str, Words] = {}
    exclusive: dict[Str, Words] = {}
    exclusions: Exclusions = Exclusions()
    ending: Ending = Ending()
    counterparts: dict[Str, Words] = {}


#: Family sections by name; the comment names the owning family.
FAMILY_SECTIONS = {
    "durations": Durations,         # durations
    "numbers": Numbers,             # durations
    "enumerations": Enumerations,   # numbers
    "events": Events,               # events
    "event_subject": EventSubject,  # events
    "residue": Residue,             # residue
    "timeline": Timeline,           # timeline
}
