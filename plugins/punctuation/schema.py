"""The schema of the punctuation family's own language data (``data/<lang>/*.toml``):
``[quotes]``, how the language writes its quotation marks, and ``[speaker_tags]``, the words of a
speaker's tag."""

from typing import Literal

from checker.language.schema import Section, Words

Family = Literal["double", "guillemet", "single", "straight"]


class Quotes(Section):
    """``[quotes]`` (PUNCT001): quotation marks."""

    #: Families of directional marks the language writes one way round only (“…”, «…»): a pair
    #: written the other way round is an error even when the article does it throughout. For the
    #: other families the article's own convention decides (Arabic copy may write ”…“ throughout).
    fixed_order: list[Family] = []
    #: Families whose quotation, continued into the next paragraph, is reopened there: a closing
    #: mark that comes first in the next paragraph, with none opening it, does not close the
    #: quotation left open (both marks are reported). For the other families such a closing
    #: mark ends one quotation spanning the paragraph break.
    reopened: list[Family] = []


class SpeakerTags(Section):
    """``[speaker_tags]`` (PUNCT001): a speaker's tag ("…, said the minister."), which ends a
    quotation: found inside a quotation left open, it shows that a closing mark is missing."""

    #: Verbs of saying, in the forms a tag uses (past and present, both genders).
    verbs: Words = []
    #: Subject pronouns that may stand for the speaker before the verb ("…, he said.").
    pronouns: Words = []
    #: Whether the language writes names with a capital (a tag then names its speaker with one).
    cased: bool = False


SCHEMAS = {"quotes": Quotes, "speaker_tags": SpeakerTags}
