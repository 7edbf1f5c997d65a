"""The value of a number as written: digits with the language's group and decimal marks
("12,800", `12٫5`), or number words (`خمسة وعشرين`, "twenty-five"), with the vague ones
("dozens") as intervals. The marks and words are the ``[quantities]`` language data, read by
quantity_mentions into the patterns passed here."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS as _WS, phrase_key as _key
from checker.language.regexes import compiled


@lru_cache(maxsize=32)
def _number_parts(group: str, decimal: str, joiners: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A language's group marks, decimal marks, and what parts a number of words."""
    split = rf"(?:{_WS}*-{_WS}*|{_WS}+(?:{joiners}){_WS}*|{_WS}+)"
    return compiled(f"[{group}]"), compiled(f"[{decimal}]"), compiled(split)


def parse_number(text: str, p) -> tuple[float, bool, tuple[float, float] | None] | None:
    """(value, is_word, vague interval) of a number as written, normalised."""
    t = text.strip()
    group, decimal, split = _number_parts(p.group, p.decimal, p.joiners)
    if t and t[0].isdigit():
        for mark in p.short_decimal:   # `11,4`: a decimal comma
            whole, _, frac = t.partition(mark)
            if frac and whole.isdigit() and frac.isdigit() and len(frac) <= 2:
                t = f"{whole}.{frac}"
        t = group.sub("", t)
        t = decimal.sub(".", t)
        try:
            return float(t), False, None
        except ValueError:
            return None
    if _key(t) in p.words:  # a number word of several words: `أحد عشر`
        return p.words[_key(t)], True, None
    parts = [w for w in split.split(t) if w]
    if len(parts) == 1 and _key(parts[0]) in p.vague:
        lo, hi = p.vague[_key(parts[0])]
        return lo, True, (lo, hi)
    second = _key(parts[1]) if len(parts) == 2 else ""
    second = next((second[len(j):] for j in p.joiner_words if second.startswith(j) and second[len(j):] in p.words), second)
    first = p.words.get(_key(parts[0]), 0) if len(parts) == 2 else 0
    hundreds = 100 <= first < 1000 and first % 100 == 0 and p.words.get(second, 100) < 100   # `مائة وخمسين`
    hundreds = hundreds or first == 1000 and p.words.get(second, 1000) < 1000   # `ألفاً ومئتي`: 1,200
    if len(parts) == 2 and not hundreds and (_key(parts[0]) not in p.tens or p.words.get(second, 10) >= 10) \
            and (_key(parts[1]) not in p.tens or p.words.get(_key(parts[0]), 10) >= 10):
        return None  # only tens and units combine: "twenty-five", `خمسة وعشرين` (not "One-Two-Go"),
        #              and hundreds with either

    total = 0.0
    for w in parts:
        k = _key(w)
        if k not in p.words:
            k = next((k[len(j):] for j in p.joiner_words if k.startswith(j) and k[len(j):] in p.words), None)
            if k is None:
                return None
        total += p.words[k]
    return total, True, None
