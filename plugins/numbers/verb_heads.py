"""What a count of people is, told by the verb before it: "will employ about 2,400 people" counts
workers, as "a workforce of 1,900" does (language data ``[figures] verb_heads``: a verb and the
noun its people are). Only a count whose noun is a word for people in general (``generic``) is
read so; a count with a noun of its own ("employ 2,400 engineers") keeps it."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import figures_data

_REACH = 3   # words before the figure searched for the verb


@lru_cache(maxsize=32)
def _verbs(lex, key: str = "verb_heads") -> dict[str, str]:
    return {normalize_text(k): normalize_text(v) for k, v in figures_data(lex).get(key, {}).items()}


def people_of_verb(lex, before: list[str], noun_key_of, generic: frozenset[str], after: str | None,
                   then: str | None = None) -> tuple[str, str] | None:
    """(the verb, the noun key of what the people it counts are) when the word ``after`` the figure
    is a word for people in general and one of the last words ``before`` it is such a verb, or the word
    ``then`` right after that noun is one of ``verb_after_heads`` ("a factory where 460 people work")."""
    verbs = _verbs(lex)
    if not (verbs or then) or after is None or noun_key_of(after) not in generic:
        return None
    for w in reversed(before[-_REACH:]):
        if w in verbs:
            return w, noun_key_of(verbs[w])
    if then is not None and (noun := _verbs(lex, "verb_after_heads").get(then)) is not None:
        return then, noun_key_of(noun)
    return None
