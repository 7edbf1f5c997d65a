"""NUM001's reading of a measure joined to its unit by a hyphen ("a 150-megawatt solar farm",
"the 158-km stage"). Such figures are part of what a thing is and are not compared as counts (a
10-year and a 30-year bond are two bonds), except when two of them of one unit, in different
sentences, are written with the same digits in another order ("a 150-megawatt solar farm" …
"the 105-megawatt plant"): one figure mistyped, as a transposition seldom happens by chance."""

from __future__ import annotations

import collections

from checker.language.regexes import compiled

from .common import Sentences
from .restated import transposed

_UNIT = compiled(r"-([^\W\d_]+)(?![\w-])")   # the unit right after the hyphen, one word ("-megawatt")


def find_transposed(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, unit) for two hyphenated measures of one unit whose digits are
    the same in another order, unless a date sets their sentences apart."""
    text = ctx.doc.text
    by_unit: dict[str, list] = collections.defaultdict(list)
    for q in quantities:
        m = _UNIT.match(text, q.end)
        if m is not None and q.value == int(q.value) and q.unit is None:
            by_unit[m.group(1).lower()].append(q)
    for unit, qs in by_unit.items():
        for i, b in enumerate(qs):
            for a in qs[:i]:
                if sents.index(a.start) != sents.index(b.start) and transposed(a.value, b.value) \
                        and not dated(a, b):
                    yield a, b, unit
                    break
