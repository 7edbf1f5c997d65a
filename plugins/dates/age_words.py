"""Ages told as ordinal number words (`وهي في الثانية عشرة`, `في الخامسة والعشرين من عمره`):
the ``{ordinal}`` of an age pattern, from the ``[durations]`` language data ``age_ordinals``
(the units, one to ten, in every gender: `الثانية`, `الثاني`), ``age_teen`` (the word after a
unit that adds ten: `عشرة`), ``age_tens`` (`العشرين` = 20) and ``age_joiner`` (`و`, between a unit
and its tens)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS as _WS, alternation as _alt, phrase_key as _key


@lru_cache(maxsize=32)
def _words(lex) -> tuple[dict[str, int], frozenset[str], dict[str, int], str]:
    d = lex.section("durations", {})
    return ({_key(k): int(v) for k, v in d.get("age_ordinals", {}).items()},
            frozenset(_key(w) for w in d.get("age_teen", [])),
            {_key(k): int(v) for k, v in d.get("age_tens", {}).items()}, _key(d.get("age_joiner", "")))


def ordinal_rx(lex) -> str:
    """The pattern of an age in ordinal words, as the group ``age``; one that never matches
    where the language has none."""
    units, teen, tens, joiner = _words(lex)
    if not units:
        return r"(?P<age>(?!x)x)"
    u, tn = _alt(units), _alt(tens) if tens else "(?!x)x"
    teen_rx = rf"{_WS}+(?:{_alt(teen)})(?![^\W\d_])" if teen else "(?!x)x"
    join = rf"{_WS}+{re.escape(joiner)}(?:{tn})" if joiner else "(?!x)x"
    # a unit alone is no unit cut from its teen or tens ("الثانية" of "الثانية عشرة ظهراً")
    return rf"(?P<age>(?:{u})(?:{join}|{teen_rx}|(?![^\W\d_])(?!{teen_rx}|{join}))|{tn})(?![^\W\d_])"


def age_value(lex, written: str) -> int | None:
    """The value of an age written in digits or in the ordinal words of :func:`ordinal_rx`."""
    if written.isdigit():
        return int(written)
    units, teen, tens, joiner = _words(lex)
    words = _key(written).split()
    if len(words) == 1:
        return units.get(words[0], tens.get(words[0]))
    if len(words) == 2 and words[0] in units and words[1] in teen and units[words[0]] < 10:
        return units[words[0]] + 10
    if len(words) == 2 and words[0] in units and joiner and words[1].startswith(joiner) \
            and words[1][len(joiner):] in tens and units[words[0]] < 10:
        return units[words[0]] + tens[words[1][len(joiner):]]
    return None
