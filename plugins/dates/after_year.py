"""DATE006's count forward from a year: "two decades after the company was founded in 2012" must
have passed by the publication date, or reach the year its sentence names ("In 2018, three decades
after … in 1995")."""

from __future__ import annotations

from .age_pairs import years_in

_AFTER_REACH = 80  # characters from "two decades after" to the year it counts from


def check_after(ctx, e, date_mentions, published) -> None:
    """"two decades after the company was founded in 2012": the year it counts from, written
    after it in its sentence, must leave the time to have passed by the publication date — or,
    when the sentence names the year it reaches ("In 2018, three decades after ... 1995"),
    must lie that far before it."""
    sent = ctx.doc.sentence_at(e.start)
    if sent is None:
        return
    if published is not None and any(m.year > published.year for m in years_in(date_mentions, sent.start, sent.end)):
        return  # told of the future ("until 2026, 15 years after ..."): nothing to count yet
    years = [m for m in years_in(date_mentions, e.end, min(sent.end, e.end + _AFTER_REACH))]
    if len({m.year for m in years}) != 1:
        return
    m = years[0]
    iv = m.interval()
    if iv is None:
        return
    reached = {r.year for r in years_in(date_mentions, sent.start, e.start) if e.start - r.end <= _AFTER_REACH}
    if len(reached) == 1:
        check_reached(ctx, e, m, reached.pop())
        return
    if published is None:
        return
    elapsed_max = (published - iv[0]).days / 365.25
    if e.low > elapsed_max + 1:
        ctx.report("after", e.start, e.end, related=[ctx.related(m.start, m.end, "the year it counts from")],
                   elapsed=e.text, year=m.text, published=published.isoformat(),
                   actual=f"{max(elapsed_max, 0):.0f} years")


def check_reached(ctx, e, m, reached: int) -> None:
    """"In 2018, three decades after ... in 1995": 23 years, not three decades. A round count
    of decades is allowed 15 % either way, other counts a year, unless qualified ("more than",
    "nearly")."""
    actual = reached - m.year
    if actual < 0:
        return
    low, high = e.low, e.high
    if (n := e.bare) is not None:
        slack = max(1.0, 0.15 * n) if n % 10 == 0 else 1.0   # "25 years": a year either way
        low, high = n - slack, n + slack
    if actual < low or (high is not None and actual > high):
        ctx.report("after_year", e.start, e.end, related=[ctx.related(m.start, m.end, "the year it counts from")],
                   elapsed=e.text, year=m.text, reached=reached, actual=f"{actual} years")
