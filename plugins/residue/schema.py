"""The schema of the residue family's language data: ``[residue.<category>]`` (phrases and
patterns of leftovers) and ``[residue_structure]`` (the parts of calls to action and link lines)."""

from typing import Literal

from pydantic import ConfigDict, Field, RootModel

from checker.language.schema import Int, Section, Str, Words


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


class ResidueStructure(Section):
    """``[residue_structure]``: the parts of a call to action or a link line, recognised by its
    structure (an imperative or a label first, what it offers, the networks it names)."""

    #: A segment longer than this many words is running text, not a call to action.
    max_words: Int = 16
    verbs: Words = []
    #: Imperatives that read the same as a past tense: they count less.
    verbs_weak: Words = []
    labels: Words = []
    section_labels: Words = []
    addressee: Words = []
    possessives: Words = []
    addressee_enclitics: Words = []
    objects: Words = []
    #: Offers that count only with a pronoun attached (حسابنا, not حساب).
    owned_objects: Words = []
    networks: Words = []
    fillers: Words = []
    bar_words: Words = []
    #: Final letters written otherwise before an attached pronoun (ة → ت).
    construct_: dict[Str, Str] = Field(default={}, alias="construct")


SCHEMAS = {"residue": Residue, "residue_structure": ResidueStructure}
