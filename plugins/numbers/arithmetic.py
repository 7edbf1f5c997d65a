"""NUM001's readings of arithmetic inside one statement, reported: a change told by its two values and
its percentage (:mod:`.change_shares`), a sum told with its quantity and price (:mod:`.revenues`), one
temperature told in Celsius and Fahrenheit (:mod:`.temperatures`), a measure or a share restated in
another unit (:mod:`.conversions`), a ratio of two groups (:mod:`.ratios`), a figure told with its change
since an earlier time (:mod:`.changed_by`)."""

from __future__ import annotations

from .change_shares import change_factors, change_shares, change_shares_after
from .common import Sentences
from .conversions import conversion_pairs
from .ratios import ratio_mismatches
from .changed_by import changed_by
from .revenues import revenue_sums
from .temperatures import temperature_pairs


def report_arithmetic(ctx, quantities) -> None:
    """Report each figure that the others of its statement do not make."""
    for a, b, p, made in [*change_shares(ctx, quantities, Sentences(ctx.doc)),   # "fell from 180 to 135 …, a cut of 40%"
                          *change_shares_after(ctx, quantities, Sentences(ctx.doc))]:   # "230, a rise of 40% on last year's 180"
        ctx.report("change", p.start, p.end, related=[ctx.related(a.start, a.end, "the value it changed from"),
                   ctx.related(b.start, b.end, "the value it changed to")], share=p.text, first=a.text, second=b.text, made=made)
    for q, p, t, made in revenue_sums(ctx, quantities, Sentences(ctx.doc)):   # "3,400 kg at 25,000 francs a kilo, bringing in …"
        ctx.report("revenue", t.start, t.end, related=[ctx.related(q.start, q.end, "the quantity"), ctx.related(p.start, p.end, "the price")],
                   total=t.text, quantity=q.text, price=p.text, made=f"{made:,.0f}")
    for cs, ce, fs, fe, made in temperature_pairs(ctx):   # "280 degrees Celsius, roughly 420 degrees Fahrenheit"
        ctx.report("temperature", fs, fe, related=[ctx.related(cs, ce, "the same temperature in Celsius")],
                   celsius=ctx.text[cs:ce], fahrenheit=ctx.text[fs:fe], made=made)
    for (a, ae), (b, be), made in conversion_pairs(ctx, quantities, Sentences(ctx.doc)):   # "12,000 hectares, or about 12 km²"
        ctx.report("conversion", b, be, related=[ctx.related(a, ae, "the figure it restates")],
                   first=ctx.text[a:ae], second=ctx.text[b:be], made=made)
    for a, b, s, e, made in change_factors(ctx, quantities, Sentences(ctx.doc)):   # "doubled …, from 8,000 to 20,000"
        ctx.report("factor", s, e, related=[ctx.related(a.start, a.end, "the value it changed from"),
                   ctx.related(b.start, b.end, "the value it changed to")], word=ctx.text[s:e], first=a.text, second=b.text,
                   made=f"{made:g}")
    for s, e, a, b, made in ratio_mismatches(ctx, quantities):   # "women outnumber men three to one" … "24 women and 12 men"
        ctx.report("ratio", s, e, related=[ctx.related(a.start, a.end, "the first group's count"),
                   ctx.related(b.start, b.end, "the second group's count")], ratio=ctx.text[s:e], first=a.text,
                   second=b.text, made=f"{made:g}")
    for q, d, p, made in changed_by(ctx, quantities, Sentences(ctx.doc)):   # "1,450 rabbits, 600 more than last year" … "950"
        ctx.report("changed_by", p.start, p.end, related=[ctx.related(q.start, q.end, "the figure now"),
                   ctx.related(d.start, d.end, "the change")], earlier=p.text, now=q.text, change=d.text, made=f"{made:,.0f}")
