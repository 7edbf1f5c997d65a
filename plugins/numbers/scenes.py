"""NUM001's silence on a figure told in a sentence set at another place: a sentence that opens with
a preposition of place, a few words and a comma (`وفي صفاقس، أنقذت الوحدات 40 مهاجراً`, "In Sfax,
…") tells of that place, and its figures are not those of a sentence that does not name it."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import Sentences, figures_data

_MAX_WORDS = 3      # words of the place between the opener and its comma
_WORD = re.compile(r"[^\W\d_]+")
_OPENING = re.compile(r"\W{0,5}(\w[^,،.\n]{0,59})[,،]")   # a sentence's first words before a comma


@lru_cache(maxsize=32)
def _openers(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("restated", {}).get("scene_openers", []))


def _scene(ctx, sents: Sentences, k: int) -> frozenset[str]:
    """The words of the place a sentence opens with, or nothing."""
    text = sents.norm(k)
    m = _OPENING.match(text)
    if m is None:
        return frozenset()
    words = [w.lower() for w in _WORD.findall(m.group(1))]
    if len(words) < 2 or len(words) > _MAX_WORDS + 1 or words[0] not in _openers(ctx.lexicon):
        return frozenset()
    return frozenset(words[1:])


def scenes_apart(ctx, sents: Sentences, ka: int, kb: int) -> bool:
    """Either sentence opens at a place the other does not name."""
    for x, y in ((ka, kb), (kb, ka)):
        scene = _scene(ctx, sents, x)
        if scene and not scene & {w.lower() for w in _WORD.findall(sents.norm(y))}:
            return True
    return False
