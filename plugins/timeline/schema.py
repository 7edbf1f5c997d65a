"""The schema of the timeline family's language data: ``[timeline]``."""

from typing import Literal

from pydantic import Field

from checker.language.schema import Section, Str, Words


class Exclusions(Section):
    """``[timeline.exclusions]``."""

    #: [group, group, scope]: two groups of states that cannot hold at once.
    pairs: list[tuple[Str, Str, Literal["counterpart", "any"]]] = []
    periods_only: Words = []


class Ending(Section):
    """``[timeline.ending]``: words before a state that say it ended."""

    words: Words = []


class Timeline(Section):
    """``[timeline]``: states an entity is in for a period."""

    with_: Words = Field(default=[], alias="with")
    states: dict[Str, Words] = {}
    exclusive: dict[Str, Words] = {}
    exclusions: Exclusions = Exclusions()
    ending: Ending = Ending()
    counterparts: dict[Str, Words] = {}


SCHEMAS = {"timeline": Timeline}
