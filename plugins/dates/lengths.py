"""DATE007's lengths: a stated length right before the range of days it runs over, which the
range does not fit — "The tour lasted 12 days, from Feb. 3 to Feb. 10" (eight days), `امتدت 12
يوماً بين 3 و10 شباط`. The length is a number (digits or a number word of ``[numbers] words``) and
a unit of ``[chronology.units]``, right before the range (its range word, "from", `بين`, is the
range's), at most a comma and one of ``[chronology] range_links`` words between (`في الفترة`); both ends of the range are days. Counted either way (the first
and last day in, or the days between), with a margin beyond a week (a day, or 15 %)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS, alternation, phrase_key
from checker.language.regexes import compiled

_DAY = 1440   # minutes


@lru_cache(maxsize=32)
def _length_rx(lex):
    d = lex.section("chronology", {})
    units = {phrase_key(k): int(v[0]) for k, v in d.get("units", {}).items() if int(v[0]) >= _DAY}
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    links = d.get("range_links", [])
    if not units:
        return None
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    link = rf"(?:(?:{alternation(links)}){WS}+)?" if links else ""
    rx = compiled(rf"(?<![^\W\d_])(?P<n>{num})(?:{WS}+|-)(?P<u>{alternation(units)})(?![^\W\d_])"
                  rf"{WS}*[,،]?{WS}*{link}$", re.I)
    return rx, units, numbers


def length_mismatches(ctx, date_ranges, day_ranges):
    """Yield (range, the length's start, end, its days) for a stated length the range right after
    it does not fit (a range of dates, or of days without their year: `بين 3 و10 شباط`)."""
    found = _length_rx(ctx.lexicon)
    if found is None:
        return
    rx, units, numbers = found
    view = ctx.doc.normalized
    seen = set()
    for r in [*date_ranges, *day_ranges]:
        if (r.start, r.end) in seen:
            continue   # (a range of two full dates is read as both)
        seen.add((r.start, r.end))
        if r.first.precision != "day" or r.second.precision != "day" or (iv := r.interval()) is None:
            continue
        rs = view.from_original(r.start)
        m = rx.search(view.text, max(0, rs - 60), rs)
        if m is None:
            continue
        n = m.group("n")
        value = float(n) if n.isdigit() else numbers.get(phrase_key(n))
        if not value:
            continue
        days = value * units[phrase_key(m.group("u"))] / _DAY
        between = (iv[1] - iv[0]).days
        slack = 0 if days <= 7 else max(1.0, 0.15 * days)
        if not between - slack <= days <= between + 1 + slack:
            s, e = view.to_original(m.start(), m.start("u") + len(m.group("u")))
            yield r, s, e, between + 1
