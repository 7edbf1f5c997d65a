"""NUM001's reading of a measure joined to its unit by a hyphen ("a 150-megawatt solar farm",
"the 158-km stage"). Such figures are part of what a thing is and are not compared as counts (a
10-year and a 30-year bond are two bonds), except when two of them of one unit, in different
sentences, are written with the same digits in another order ("a 150-megawatt solar farm" …
"the 105-megawatt plant"): one figure mistyped, as a transposition seldom happens by chance."""

from __future__ import annotations

import collections

from checker.language.regexes import compiled

from .common import Sentences, transposed
from .heads import head_data

_UNIT = compiled(r"-([^\W\d_]+)(?![\w-])")   # the unit right after the hyphen, one word ("-megawatt")
_WORDS = compiled(r"\s+([^\W\d_]+)")


def find_transposed(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, unit) for two hyphenated measures of one unit whose digits are
    the same in another order, unless a date sets their sentences apart."""
    text = ctx.doc.text
    by_unit: dict[str, list] = collections.defaultdict(list)
    phrases = {}
    for q in quantities:
        m = _UNIT.match(text, q.end)
        if m is not None and q.value == int(q.value) and q.unit is None:
            by_unit[m.group(1).lower()].append(q)
            phrases[q.start] = _phrase(ctx, text, m.end())
    for unit, qs in by_unit.items():
        for i, b in enumerate(qs):
            for a in qs[:i]:
                pa, pb = phrases[a.start], phrases[b.start]
                if len(pa) >= 2 and len(pb) >= 2 and pa[0] != pb[0]:
                    continue   # "a 150-megawatt solar farm" … "the 105-megawatt hydro plant": two things
                if sents.index(a.start) != sents.index(b.start) and transposed(a.value, b.value) \
                        and not dated(a, b):
                    yield a, b, unit
                    break


def _phrase(ctx, text: str, end: int) -> list[str]:
    """The words of the noun phrase after a measure's unit, up to three, before a stop word."""
    stop, out = head_data(ctx.lexicon).stop, []
    for m in _WORDS.finditer(text, end, end + 60):
        if m.start() != (end if not out else out[-1][1]) or m.group(1).lower() in stop or len(out) == 3:
            break
        out.append((m.group(1).lower(), m.end()))
    return [w for w, _ in out]
