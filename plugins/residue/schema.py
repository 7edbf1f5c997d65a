"""The schema of the residue family's language data: ``[residue.<category>]``."""

from typing import Literal

from pydantic import ConfigDict, RootModel

from checker.language.schema import Section, Str, Words


class ResidueCategory(Section):
    """``[residue.<category>]``: one kind of leftover and the severity of its findings."""

    severity: Literal["error", "warning", "info"] = "warning"
    phrases: Words = []
    prefixes: Words = []
    #: Regular expressions.
    patterns: Words = []


class Residue(RootModel[dict[Str, ResidueCategory]]):
    """``[residue.<category>]``: publishing leftovers."""

    model_config = ConfigDict(defer_build=True)


SCHEMAS = {"residue": Residue}
