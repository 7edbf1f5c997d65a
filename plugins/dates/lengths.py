"""DATE007's lengths: a stated length right before the range of days it runs over, which the
range does not fit — "The tour lasted 12 days, from Feb. 3 to Feb. 10" (eight days), `امتدت 12
يوماً بين 3 و10 شباط`. The length is a number (digits or a number word of ``[numbers] words``) and
a unit of ``[chronology.units]`` (a unit alone after a verb of length: "took a month", `استمرت أسبوعين`; with half
of one more: "a month and a half", ``half``), right before the range (or a clause of when between: "… when the river
rose, from Jan. 26") (its range word, "from", `بين`, is the
range's), at most a comma and one of ``[chronology] range_links`` words between (`في الفترة`); both ends of the range are days. Counted either way (the first
and last day in, or the days between), with a margin beyond a week (a day, or 15 %)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS, alternation, phrase_key, word_regex
from checker.language.regexes import compiled

from .begun_ended import _led

_DAY = 1440   # minutes
_WHEN = 6     # words of a clause of when between the length and the range ("when the river rose")
_LEAD = 3     # words before a unit alone where a verb of length stands
_REACH_BACK = 100   # characters before the range read for it


@lru_cache(maxsize=32)
def _length_rx(lex):
    d = lex.section("chronology", {})
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in d.get("units", {}).items() if int(v[0]) >= _DAY}
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    links = d.get("range_links", [])
    if not units:
        return None
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    link = rf"(?:(?:{alternation(links)}){WS}+)?" if links else ""
    whens = alternation(lex.section("relative_dates", {}).get("when", []))
    when = rf"(?:{WS}+(?:{whens})(?:{WS}+[^\W\d_]+){{1,{_WHEN}}})?" if whens else ""   # "… when the river rose"
    half = rf"(?P<half>{WS}+(?:{alternation(d['half'])})(?![^\W\d_]))?" if d.get("half") else ""   # "a month and a half"
    rx = compiled(rf"(?<![^\W\d_])(?:(?P<n>{num})(?:{WS}+|-))?(?P<u>{alternation(units)})(?![^\W\d_]){half}"
                  rf"{when}{WS}*[,،]?{WS}*{link}$", re.I)
    return rx, units, numbers, word_regex(lex, d.get("length_verbs", []) + d.get("length", []))


def length_mismatches(ctx, date_ranges, day_ranges):
    """Yield (range, the length's start, end, its days) for a stated length the range right after
    it does not fit (a range of dates, or of days without their year: `بين 3 و10 شباط`)."""
    found = _length_rx(ctx.lexicon)
    if found is None:
        return
    rx, units, numbers, leads = found
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
        n, (minutes, alone) = m.group("n"), units[phrase_key(m.group("u"))]
        if n is None and (leads is None or not _led(view, leads, max(0, r.start - _REACH_BACK), view.to_original(m.start(), m.start())[0], _LEAD)):
            continue   # a unit alone is a length after a verb of length only (`استغرق تركيبها شهراً`, "took a month")
        value = (float(n) if n.isdigit() else numbers.get(phrase_key(n))) if n else alone
        if not value:
            continue
        value += 0.5 if m.groupdict().get("half") else 0
        days = value * minutes / _DAY
        between = (iv[1] - iv[0]).days
        slack = 0 if days <= 7 else max(1.0, 0.15 * days)
        if not between - slack <= days <= between + 1 + slack:
            s, e = view.to_original(m.start(), m.end("half") if m.groupdict().get("half") else m.end("u"))
            yield r, s, e, between + 1
