"""The schema of the names family's own language data: ``[variants]`` (what tells two people
from one name spelt two ways, NAME001), in ``data/<lang>/variants.toml``."""

from pydantic import Field

from checker.language.schema import Int, Pair, Section, Words


class Variants(Section):
    """``[variants]``: what says that two names one letter apart belong to two people or are two
    words, and how long a name must be for a slip in it to be looked for without a person's cue."""

    #: Words of kinship: two people of one family name told near them are two ("his brother").
    kin: Words = []
    #: Given names one letter apart that are two names, not one name spelt two ways.
    distinct_given: list[Pair] = []
    #: Letters whose presence or absence makes another given name (long vowels: `سعد`, `سعيد`).
    given_vowels: Words = []
    #: Letters of a name (without the article) that is not shown to be a person's, for a slip in
    #: it to be looked for (a place, an organisation, a product).
    #: Words before a place ("in", "from"): a word after them is not taken for a person's name.
    place_before: Words = []
    thing_min_length: Int = Field(default=6, ge=1)


SCHEMAS = {"variants": Variants}
