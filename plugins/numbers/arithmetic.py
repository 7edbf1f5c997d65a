"""NUM001's readings of arithmetic inside one statement, reported: a change told by its two values and
its percentage (:mod:`.change_shares`), a sum told with its quantity and price (:mod:`.revenues`), one
temperature told in Celsius and Fahrenheit (:mod:`.temperatures`)."""

from __future__ import annotations

from .change_shares import change_shares
from .common import Sentences
from .revenues import revenue_sums
from .temperatures import temperature_pairs


def report_arithmetic(ctx, quantities) -> None:
    """Report each figure that the others of its statement do not make."""
    for a, b, p, made in change_shares(ctx, quantities, Sentences(ctx.doc)):   # "fell from 180 to 135 …, a cut of 40%"
        ctx.report("change", p.start, p.end, related=[ctx.related(a.start, a.end, "the value it changed from"),
                   ctx.related(b.start, b.end, "the value it changed to")], share=p.text, first=a.text, second=b.text, made=made)
    for q, p, t, made in revenue_sums(ctx, quantities, Sentences(ctx.doc)):   # "3,400 kg at 25,000 francs a kilo, bringing in …"
        ctx.report("revenue", t.start, t.end, related=[ctx.related(q.start, q.end, "the quantity"), ctx.related(p.start, p.end, "the price")],
                   total=t.text, quantity=q.text, price=p.text, made=f"{made:,.0f}")
    for cs, ce, fs, fe, made in temperature_pairs(ctx):   # "280 degrees Celsius, roughly 420 degrees Fahrenheit"
        ctx.report("temperature", fs, fe, related=[ctx.related(cs, ce, "the same temperature in Celsius")],
                   celsius=ctx.text[cs:ce], fahrenheit=ctx.text[fs:fe], made=made)
