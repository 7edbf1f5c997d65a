"""The schema of the punctuation family's own language data (``data/<lang>/*.toml``):
``[quotes]``, how the language writes its quotation marks, and ``[speaker_tags]``, the words of a
speaker's tag."""

from typing import Literal

from checker.language.schema import Section, Words

Family = Literal["double", "guillemet", "single"]


class Quotes(Section):
    """``[quotes]`` (PUNCT001): quotation marks."""

    #: Families of directional marks the language writes one way round only (“…”, «…»): a pair
    #: written the other way round is an error even when the article does it throughout. For the
    #: other families the article's own convention decides (Arabic copy may write ”…“ throughout).
    fixed_order: list[Family] = []


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
