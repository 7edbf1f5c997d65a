"""Names of places and organisations in languages written without capitals: the word after a
common noun such a name follows (`مدينة`, `منظمة`, `نادي`)."""

from __future__ import annotations

from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.data import name_key
from checker.extractors.name_mentions.near import slips_of
from checker.language.frequency import known_word

_NEAR_MIN = 4   # letters of a name (without the article) a slip of it is looked for in


def places(b: Builder, title_tokens: set[int]) -> None:
    """The word after a common noun a place's or an organisation's name follows (`مدينة`,
    `منظمة`, `نادي`), when the text writes it twice or more or it is no word of the language, and
    its other uses: a name that is not a person's, added with the cue ``place``."""
    nm, toks = b.names, b.toks
    if not nm.place_nouns:
        return
    found: set[str] = set()
    for i in b.positions_of(nm.place_nouns):
        k = i + 1
        if k >= len(toks) or not b.joined(k) or k in b.taken or k in title_tokens or b.stop(k):
            continue
        w = toks.norm[k]
        if w in nm.adjectives or b.is_nisba(w) or w in nm.place_nouns or len(name_key(w, nm)) < 3 \
                or b.strip_proclitic(w, nm.verbs) is not None:
            continue
        if b.count(w) >= 2:
            found.add(w)
        elif known_word(w, b.doc.lang) is False:
            found.add(w)
            found |= _written_right(b, w)
    if not found:
        return
    for i in b.positions_of(found):
        if i in b.taken or i in title_tokens:
            continue
        base = b.strip_proclitic(toks.norm[i], found)
        if base != toks.norm[i]:
            b.base[i] = base
        b.add([i], None, "place")


def _written_right(b: Builder, w: str) -> set[str]:
    """The one word of the text that ``w`` (a place's name that is no word of the language) is a
    slip of: two neighbouring letters swapped or a letter doubled, and no other such word
    (`محافظة إدبل` … `مدينة إدلب`): that word names the place too."""
    nm = b.names
    if len(name_key(w, nm)) < _NEAR_MIN:
        return set()
    near = {c for c in slips_of(w) if c in b.counts and c[:1] == w[:1]
            and c not in nm.stop and c not in nm.adjectives and not b.is_def(c) and not b.is_nisba(c)}
    return near if len(near) == 1 else set()
