"""Shares of a whole written as fraction words: "a third of its vegetables", "nearly two-thirds
of the vote", "half the staff", `نصف السكان`, `ثلثي الميزانية`, `ثلاثة أرباع المقاعد`. Each is a
quantity in percent, so that the rules comparing shares ("less than 10%" … "more than a third")
read them like figures.

A fraction word is read only where it names a part of something: in languages that write "of"
one of the ``[quantities.fractions]`` ``then`` words must follow ("a quarter of the seats",
never "half-time"), and never a ``not_then`` word ("a quarter of an hour"); after a ``not_after``
word it is a period ("the third quarter of the year", "the second half");
in languages whose construct state needs no "of" (Arabic), a word must follow that is not a
``not_then`` word (`نصف النهائي` is a semi-final, `نصف ساعة` half an hour, `نصف مليون` a number). A bare
fraction is approximate (a third is 30–37 %); a qualifier before it ("more than", "nearly") makes
the interval it makes for any figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.keywords import finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.lexicon import Lexicon
from checker.language.matching import WS, alternation, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_SLACK = 4.0   # percentage points either side of a bare fraction: "a third" is 29–37 %
_NEXT_WORD = compiled(rf"{WS}+([^\W\d_]+)")
_PREV_WORD = compiled(rf"([^\W\d_]+){WS}*$")


def _fraction_words(lex: Lexicon) -> list[str]:
    q = lex.section("quantities", {})
    f = q.get("fractions", {})
    return [*f.get("shares", {}), *f.get("numerators", {}), *(k for k, v in q.get("words", {}).items() if float(v) < 10)]


# a fraction starts with its numerator or its share word, after one proclitic at most
_FRACTION_WORDS = register("quantities.fractions", _fraction_words)


@dataclass(frozen=True)
class _Fractions:
    pattern: re.Pattern
    shares: dict[str, float]
    numerators: dict[str, float]
    then: re.Pattern | None
    not_then: frozenset[str]
    not_after: frozenset[str]


@lru_cache(maxsize=32)
def _fractions(lex: Lexicon) -> _Fractions | None:
    q = lex.section("quantities", {})
    f = q.get("fractions", {})
    shares = {phrase_key(k): float(v) for k, v in f.get("shares", {}).items()}
    if not shares:
        return None
    numerators = {phrase_key(k): float(v) for k, v in f.get("numerators", {}).items()}
    numerators.update({phrase_key(k): float(v) for k, v in q.get("words", {}).items() if float(v) < 10})
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:[{pro}])?" if pro else ""
    num = alternation(numerators)
    pattern = compiled(
        rf"(?<![^\W\d_]){pre}(?:(?P<n>{num})(?:{WS}*-{WS}*|{WS}+))?(?P<f>{alternation(shares)})(?![^\W\d_-])"
        if num else rf"(?<![^\W\d_]){pre}(?P<f>{alternation(shares)})(?![^\W\d_-])")
    then = alternation(f.get("then", []))
    return _Fractions(pattern, shares, numerators,
                      compiled(rf"{WS}+(?:{then})(?![^\W\d_])") if then else None,
                      frozenset(phrase_key(w) for w in f.get("not_then", [])),
                      frozenset(phrase_key(w) for w in f.get("not_after", [])))


def fraction_shares(doc, view, qualifier_before, qualifier_kind, interval, make) -> list:
    """Every fraction word of the article that names a share, as quantities in percent built by
    ``make(start, end, value, low, high, qualifier)`` (original offsets)."""
    fr = _fractions(doc.lexicon)
    if fr is None:
        return []
    places = keyword_starts(doc, _FRACTION_WORDS)
    if not places:
        return []
    nt, out = view.text, []
    for m in finditer_at(fr.pattern, nt, places, 1):
        share = fr.shares[phrase_key(m.group("f"))]
        count = fr.numerators.get(phrase_key(m.group("n")), 1.0) if m.group("n") else 1.0
        if not _names_a_part(nt, m.end(), fr) or _period(nt, m.start(), fr):
            continue
        value = round(share * count, 1)
        if value > 100:
            continue
        start = m.start("n") if m.group("n") else m.start("f")
        qualifier = None
        if qualifier_before is not None:
            qb = qualifier_before.search(nt[max(0, start - 30):start])
            if qb:
                qualifier = qualifier_kind[phrase_key(qb.group("q"))]
                start -= len(nt[max(0, start - 30):start]) - qb.start("q")
        low, high = interval(value, qualifier, None) if qualifier else (value - _SLACK, value + _SLACK)
        s, e = view.to_original(start, m.end())
        out.append(make(s, e, value, low, high, qualifier))
    return out


def _names_a_part(nt: str, end: int, fr: _Fractions) -> bool:
    """Whether the words after a fraction name the whole it is a part of."""
    if fr.then is not None:
        t = fr.then.match(nt, end)
        if not t:
            return False
        nxt = _NEXT_WORD.match(nt, t.end(), t.end() + 40)
        return not (nxt and phrase_key(nxt.group(1)) in fr.not_then)
    nxt = _NEXT_WORD.match(nt, end, end + 40)
    return bool(nxt) and phrase_key(nxt.group(1)) not in fr.not_then


def _period(nt: str, start: int, fr: _Fractions) -> bool:
    """A fraction after a ``not_after`` word is a period or a part of a match, not a share: "the
    third quarter of the year", "the second half of the game"."""
    prev = _PREV_WORD.search(nt, max(0, start - 30), start)
    return bool(prev) and phrase_key(prev.group(1)) in fr.not_after
