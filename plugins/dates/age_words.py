"""Ages told in words: ordinal number words (`وهي في الثانية عشرة`, `في الخامسة والعشرين من
عمره`), the ``{ordinal}`` of an age pattern, and cardinal ones (`وهو ابن إحدى وعشرين سنة`), its
``{cardinal}``, from the ``[durations]`` language data ``age_ordinals`` / ``age_cardinals`` (the
units, one to ten, in every gender: `الثانية`, `الثاني`; `إحدى`, `واحد`), ``age_teen`` (the word
after a unit that adds ten: `عشرة`), ``age_tens`` / ``age_cardinal_tens`` (`العشرين` = 20,
`عشرين` = 20) and ``age_joiner`` (`و`, between a unit and its tens). Also an age told as a decade
of life ("in her seventies", `في العقد السابع من عمرها`): the ``{decade}`` and ``{part}`` of a
pattern, from ``age_decades`` (the decade to its first year) and ``age_decade_parts`` ("late" to
the years of the decade it covers)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS as _WS, alternation as _alt, phrase_key as _key

_KINDS = {"ordinal": ("age_ordinals", "age_tens"), "cardinal": ("age_cardinals", "age_cardinal_tens")}


@lru_cache(maxsize=64)
def _words(lex, kind: str = "ordinal") -> tuple[dict[str, int], frozenset[str], dict[str, int], str]:
    d = lex.section("durations", {})
    units, tens = _KINDS[kind]
    return ({_key(k): int(v) for k, v in d.get(units, {}).items()},
            frozenset(_key(w) for w in d.get("age_teen", [])),
            {_key(k): int(v) for k, v in d.get(tens, {}).items()}, _key(d.get("age_joiner", "")))


def ordinal_rx(lex, kind: str = "ordinal") -> str:
    """The pattern of an age in ordinal (or ``kind``) words, as the group ``age``; one that never
    matches where the language has none."""
    units, teen, tens, joiner = _words(lex, kind)
    if not units:
        return r"(?P<age>(?!x)x)"
    u, tn = _alt(units), _alt(tens) if tens else "(?!x)x"
    teen_rx = rf"{_WS}+(?:{_alt(teen)})(?![^\W\d_])" if teen else "(?!x)x"
    join = rf"{_WS}+{re.escape(joiner)}(?:{tn})" if joiner else "(?!x)x"
    # a unit alone is no unit cut from its teen or tens ("الثانية" of "الثانية عشرة ظهراً")
    return rf"(?P<age>(?:{u})(?:{join}|{teen_rx}|(?![^\W\d_])(?!{teen_rx}|{join}))|{tn})(?![^\W\d_])"


def age_value(lex, written: str) -> int | None:
    """The value of an age written in digits or in the ordinal or cardinal words of
    :func:`ordinal_rx`."""
    if written.isdigit():
        return int(written)
    words = _key(written).split()
    for kind in _KINDS:
        units, teen, tens, joiner = _words(lex, kind)
        if len(words) == 1 and (words[0] in units or words[0] in tens):
            return units.get(words[0], tens.get(words[0]))
        if len(words) == 2 and words[0] in units and words[1] in teen and units[words[0]] < 10:
            return units[words[0]] + 10
        if len(words) == 2 and words[0] in units and joiner and words[1].startswith(joiner) \
                and words[1][len(joiner):] in tens and units[words[0]] < 10:
            return units[words[0]] + tens[words[1][len(joiner):]]
    return None


@lru_cache(maxsize=32)
def decade_tables(lex) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """The decades of life to their first year ("seventies" = 70, `العقد السابع` = 60) and the
    parts of a decade to the years of it they cover ("late" = 5 to 9)."""
    d = lex.section("durations", {})
    return ({_key(k): int(v) for k, v in d.get("age_decades", {}).items()},
            {_key(k): (int(v[0]), int(v[1])) for k, v in d.get("age_decade_parts", {}).items()})


def decade_fill(lex) -> dict[str, str]:
    """The ``{decade}`` and ``{part}`` of an age pattern."""
    decades, parts = decade_tables(lex)
    return {"{decade}": rf"(?P<decade>{_alt(decades) if decades else '(?!x)x'})(?![^\W\d_])",
            "{part}": rf"(?P<part>{_alt(parts) if parts else '(?!x)x'})"}


def decade_value(lex, decade: str, part: str | None) -> tuple[int, int] | None:
    """(first year, width) of an age told as a decade of life ("in her late seventies": 75, 4)."""
    decades, parts = decade_tables(lex)
    base = decades.get(_key(decade))
    if base is None:
        return None
    lo, hi = parts.get(_key(part), (0, 9)) if part else (0, 9)
    return base + lo, hi - lo


def age_filled(lex, pattern: str) -> str:
    """An age pattern with its {ordinal}, {cardinal}, {decade} and {part} filled in."""
    cardinal = ordinal_rx(lex, "cardinal").replace("(?P<age>", r"(?P<age>\d{1,3}(?!\d)|", 1)   # digits or words
    pattern = pattern.replace("{ordinal}", ordinal_rx(lex)).replace("{cardinal}", cardinal)
    for k, v in decade_fill(lex).items():
        pattern = pattern.replace(k, v)
    return pattern


@lru_cache(maxsize=32)
def length_words(lex) -> tuple[dict[str, float], dict[str, float]]:
    """The units of elapsed time in years (``[durations] units``, "decade" = 10) and the number words
    (``[numbers] words``), each keyed by its phrase key: read once per language."""
    units = {_key(k): float(v) for k, v in lex.section("durations", {}).get("units", {}).items()}
    numbers = {_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    return units, numbers

