"""NUM001's reading of one amount written with its digits in another order: two figures of one
unit (a currency, a measure: `2.4 مليون دينار` … `4.2 مليون دينار`, "14,300 tonnes" … "13,400
tonnes") in two sentences that share a distinctive word besides the unit (the thing, its place or
source: `الخسائر … المديرية` … `الأضرار … المديرية`), whatever noun each is told with. A
transposition seldom happens by chance, so the same digits in another order are one figure
mistyped; figures a date sets apart, or of a unit told more than a few times (a table), are not
compared."""

from __future__ import annotations

import collections
import re

from .common import Sentences, transposed
from .heads import head_data
from .restated import _SentenceWords, guards, in_range

_MAX_UNIT = 6   # figures of one unit in an article, at most, for two of them to be one amount
_RARE = 3       # a word in at most this many sentences is distinctive


def _unit_of(q) -> str | None:
    """What a figure is measured in: its unit, else the measure noun right after it (`طن`)."""
    if q.unit is not None and q.unit != "%":
        return q.unit
    return f"~{q.group}" if q.unit is None and q.group else None


def _rate(view, rate, q) -> bool:
    """Whether a figure is a rate ("85,000 barrels a day", "$60 a barrel"): right after it or
    after its noun."""
    if rate is None:
        return False
    end = view.from_original(q.end)
    after = re.match(r"\s*[^\W\d_]+", view.text[end:end + 40])
    return bool(rate.match(view.text, end) or after and rate.match(view.text, end + after.end()))


def find_swapped(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, unit) for two figures of one unit with the same digits in another
    order, in sentences sharing a distinctive word, unless a date sets them apart."""
    _, joiner, split = guards(ctx.lexicon)
    by_unit: dict[str, list] = collections.defaultdict(list)
    view, rate = ctx.doc.normalized, head_data(ctx.lexicon).rate
    for i, q in enumerate(quantities):
        if q.subset or q.vague or q.value < 100 or (unit := _unit_of(q)) is None or _rate(view, rate, q):
            continue
        by_unit[unit].append((i, q))
    words = None
    for unit, qs in by_unit.items():
        if len(qs) < 2 or len(qs) > _MAX_UNIT:
            continue
        for x, (j, b) in enumerate(qs):
            for i, a in qs[:x]:
                if not transposed(a.value, b.value) or dated(a, b):
                    continue
                ka, kb = sents.index(a.start), sents.index(b.start)
                if ka is None or kb is None or ka == kb or in_range(ctx.doc, quantities, i, joiner, split) \
                        or in_range(ctx.doc, quantities, j, joiner, split):
                    continue
                words = words or _SentenceWords(ctx, sents)
                freq, unit_words = words.freq(), set(words.keys_of(unit.lstrip("~")))
                shared = {w for w in (words.sentence(ka) & words.sentence(kb)) - unit_words if freq[w] <= _RARE}
                if shared:
                    yield a, b, unit[1:] if unit.startswith("~") else None   # (a currency tells itself)
                    break
