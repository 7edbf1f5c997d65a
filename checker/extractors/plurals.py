"""Whether a word is a plural noun, from the language's ``[quantities.plurals]`` data: a sound
plural by its ending (`المعلمين`, `الصالات`) or a broken plural by a shape of the data (`أعضاء` is
`اCCاء` once folded, or listed: `منازل`), after a pronoun ending is taken off (`بأعضائها`). A count written against
the article after a plural noun counts it (`المعلمين الـ15`); after a singular one it is an ordinal
(`الدورة الـ25`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

_CONSONANT = r"[^\W\d_اويى]"


@lru_cache(maxsize=32)
def _plural_data(lex) -> tuple[tuple[str, ...], re.Pattern | None, tuple[str, ...], tuple[str, ...]]:
    d = lex.section("quantities", {}).get("plurals", {})
    shapes = [_CONSONANT.join(re.escape(normalize_text(part)) for part in s.split("C")) for s in d.get("shapes", [])]
    article = normalize_text(lex.section("script", {}).get("article", ""))
    leads = tuple(sorted({normalize_text(p) + article for p in ["", *lex.proclitics]} - {""}, key=len, reverse=True))
    shapes += [re.escape(normalize_text(w)) for w in d.get("words", [])]
    return (tuple(normalize_text(e) for e in d.get("endings", [])),
            re.compile("|".join(shapes)) if shapes else None,
            tuple(sorted((normalize_text(e) for e in d.get("pronouns", [])), key=len, reverse=True)),
            leads + tuple(normalize_text(p) for p in lex.proclitics))


def plural_noun(lex, word: str) -> bool:
    """``word`` (normalised) is a plural noun by the language's endings and shapes."""
    endings, shapes, pronouns, leads = _plural_data(lex)
    if not endings and shapes is None:
        return False
    w = next((word[len(p):] for p in leads if word.startswith(p) and len(word) - len(p) >= 3), word)
    w = next((w[:-len(e)] for e in pronouns if w.endswith(e) and len(w) - len(e) >= 3), w)
    return w.endswith(endings) and len(w) >= 5 or shapes is not None and shapes.fullmatch(w) is not None
