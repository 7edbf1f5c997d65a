"""DATE006's time since an event dated elsewhere: "in the three weeks since its opening" in a
story of 20 April about a bakery that "opened on Jan. 12" (fourteen weeks), `خلال الأسابيع الثلاثة
التي انقضت منذ افتتاحه`. The phrases are ``since_event_patterns`` of ``[durations]``, regular
expressions with groups ``n`` (a number, {number}), ``u`` (a unit of ``[chronology.units]``,
{unit}) and ``event`` (the word after "since"), and maybe ``t``, the whole time told (`الأسابيع
الثلاثة`); the event word's class is DATE008's (any derived
form: "opening" / "opened", `افتتاحه` / `افتُتح`), and the article must date one event of that class,
to the day or the month, once (to the year, for a time told in years: "In the 25 years since it
opened" against "opened in 2003"). Counted to the publication date: the time told may run a unit
short or long ("the three weeks since" of 25 days), with 15 % beyond; a time in years, a year
either way and no more."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation, phrase_key
from checker.language.normalize import normalize_text

from .derivation import deriver
from .event_data import _data
from .events import _kind
from .history import filled, since_mismatches

_DAY = 1440   # minutes
_YEAR = 525_000   # minutes, about: a unit this long or longer counts years


@lru_cache(maxsize=32)
def _compile(lex):
    d = lex.section("durations", {})
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in lex.section("chronology", {}).get("units", {}).items()
             if int(v[0]) >= _DAY}
    words = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    if not d.get("since_event_patterns") or not units:
        return None
    fill = {"{number}": rf"(?:\d{{1,3}}|{alternation(words)})", "{unit}": alternation(units)}
    return filled(d["since_event_patterns"], fill), units, words


def _phrasal(nt: str, m, data) -> str | None:
    """The class of a seed of two words the event word opens ("since he took over")."""
    nxt = _NEXT.match(nt, m.end("event"))
    return data.phrasal.get((m.group("event").lower(), nxt.group(1).lower())) if nxt else None


_NEXT = re.compile(r"\s+([^\W\d_]+)")


def since_event_mismatches(doc, events):
    """Yield (the time's original start, end, the event, days from its date to publication, the
    years between their years when the time is told in years, else None) for a time since an event
    that the event's one date does not fit."""
    found = _compile(doc.lexicon) if doc.published is not None and events else None
    if found is None:
        return
    rxs, units, words = found
    data, der = _data(doc.lexicon), deriver(doc.lexicon)
    view = doc.normalized
    for rx in rxs:
        for m in rx.finditer(view.text):
            n, u = m.group("n"), phrase_key(m.group("u"))
            minutes, alone = units[u]
            count = alone if not n else float(n) if n.isdigit() else words.get(phrase_key(n))
            kind = _kind(normalize_text(m.group("event")), data, der)[0] or _phrasal(view.text, m, data)
            if not count or kind is None:
                continue
            years = minutes >= _YEAR   # (a time told in years runs from an event dated to the year too)
            dated = {ev.date.interval(): ev for ev in events if ev.kind == kind and not ev.again
                     and ev.date.precision in (("day", "month", "year") if years else ("day", "month"))
                     and ev.date.interval() is not None}
            if len(dated) != 1:
                continue   # no date, or two: which one the time runs from cannot be told
            (lo_date, hi_date), ev = next(iter(dated.items()))
            lo, hi = (doc.published - hi_date).days, (doc.published - lo_date).days
            told = count * minutes / _DAY
            unit = minutes / _DAY
            if lo < 0 or years and told - unit <= hi and lo <= told + unit \
                    or not years and (told - unit) * 0.85 <= hi and lo <= (told + unit) * 1.15:
                continue   # (years: one either way, the day in the year unknown)
            ends = [(m.start(g), m.end(g)) for g in ("t", "n", "u") if m.re.groupindex.get(g) and m.group(g)]
            s, e = view.to_original(min(a for a, _ in ends), max(b for _, b in ends))
            yield s, e, ev, (doc.published - lo_date).days, doc.published.year - lo_date.year if years else None


def report_since(ctx, events) -> None:
    """Report DATE006's times since a year in one phrase (:func:`.history.since_mismatches`) and
    since an event dated elsewhere."""
    told = [(f.span.start, f.span.end) for f in ctx.findings]
    for h, (ys, ye), actual in since_mismatches(ctx.doc):   # "for 12 years since her appointment in 2018"
        if any(s < h.end and h.start < e for s, e in told):
            continue   # `منذ 12 عاماً، أي منذ عام 2018`, read already as a time ago
        ctx.report("after_year", h.start, h.end, related=[ctx.related(ys, ye, "the year it counts from")],
                   elapsed=h.text, year=ctx.text[ys:ye], reached=ctx.doc.published.year, actual=f"{actual} years")
    for s, e, ev, days, years in since_event_mismatches(ctx.doc, events):   # "in the three weeks since its opening"
        ctx.report("since_event" if years is None else "since_event_years", s, e,
                   related=[ctx.related(ev.date.start, ev.date.end, "the date of the event")],
                   elapsed=ctx.text[s:e], date=ev.date.text, days=days, years=years)
