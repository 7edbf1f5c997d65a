"""The schema of the punctuation family's own language data (``data/<lang>/*.toml``):
``[quotes]``, how the language writes its quotation marks."""

from typing import Literal

from checker.language.schema import Section

Family = Literal["double", "guillemet", "single"]


class Quotes(Section):
    """``[quotes]`` (PUNCT001): quotation marks."""

    #: Families of directional marks the language writes one way round only (“…”, «…»): a pair
    #: written the other way round is an error even when the article does it throughout. For the
    #: other families the article's own convention decides (Arabic copy may write ”…“ throughout).
    fixed_order: list[Family] = []


SCHEMAS = {"quotes": Quotes}
