"""NUM002's reports: each reading of a count that does not match its parts, reported once."""

from __future__ import annotations

import re
from itertools import chain

from .common import Sentences
from .votes import vote_shares
from .back_opened import back_opened_counts
from .distributed import distributed_counts, opened_counts, out_of_counts, tally_counts
from .each import each_counts
from .fraction_parts import fraction_breakdowns
from .lasts import last_of_series
from .lists import count_lists
from .told_back import told_back_lists
from .named_next import named_next
from .demonstrated import demonstrated_lists
from .apposed import apposed_lists
from .headed import headed_lists
from .origin_parts import origin_parts
from .results import results_before_games
from .listed_before import named_before
from .rests import remaining_counts
from .totals import made_up_counts
from .shares import over_100, remainders
from .described import described_counts
from .splits import short_colon_counts, split_sums
from .year_lists import year_lists


_RATIO = re.compile(r"\s+(?:to|إلى|الى|مقابل)\s+(?:one|1|واحد)(?![^\W\d_])", re.I)


def report_counts(ctx, quantities, date_mentions=(), name_mentions=()) -> None:
    """Report NUM002's findings: lists, the last of a series, shares over 100 %, sums, splits, tallies."""
    sents = Sentences(ctx.doc)
    nt = ctx.doc.normalized
    quantities = [q for q in quantities if not _RATIO.match(nt.text, nt.from_original(q.end))]   # "two to one": a ratio
    for q, start, end, n in chain(count_lists(ctx, quantities, sents, date_mentions, name_mentions), year_lists(ctx, quantities, sents),
                                   named_next(ctx, quantities, sents), told_back_lists(ctx, quantities, sents)):
        ctx.report("count", q.start, q.end, related=[ctx.related(start, end, f"{n} items")], count=q.text, items=n)
    for q, start, end, n in chain(named_before(ctx, quantities, name_mentions),   # "A, B, C and D were the three men"
                                  demonstrated_lists(ctx, quantities, sents),   # "A, B, C and D … these three"
                                  apposed_lists(ctx, quantities, sents)):   # "A, B, C and D — the five villages"
        ctx.report("listed", q.start, q.end, related=[ctx.related(start, end, f"{n} items")], count=q.text, items=n)
    for q, start, end, n in headed_lists(ctx, quantities, sents):   # "the towns of A, B, C and D" … "the three towns"
        ctx.report("headed", q.start, q.end, related=[ctx.related(start, end, f"{n} items")], count=q.text, items=n)
    for q, start, end, n in last_of_series(ctx, quantities, sents):   # "five schools" … "the sixth and last school"
        ctx.report("last", start, end, related=[ctx.related(q.start, q.end, "the count told here")], count=q.text, made=n)
    for qs in chain(over_100(ctx, quantities, sents), vote_shares(ctx, quantities, sents)):   # (two shares of one vote)
        ctx.report("shares", qs[0].start, qs[-1].end, related=[ctx.related(q.start, q.end, f"{q.value:g}%") for q in qs],
                   total=sum(q.value for q in qs))
    for parts, total in fraction_breakdowns(ctx, quantities, sents):   # "Half …, a third … and a quarter …"
        ctx.report("shares", parts[0].start, parts[-1].end, related=[ctx.related(p.start, p.end, f"{p.value:g}%") for p in parts],
                   total=total)
    told, ins = set(), (ctx, quantities, sents)
    for key, whole, parts in chain((("split", *x) for x in chain(split_sums(*ins), distributed_counts(*ins), described_counts(*ins))),
                                   (("out_of", *x) for x in chain(out_of_counts(*ins), opened_counts(*ins), back_opened_counts(*ins), origin_parts(*ins))), (("tally", *x) for x in tally_counts(*ins))):
        if (parts[0].start, parts[-1].end) not in told:
            told.add((parts[0].start, parts[-1].end))
            ctx.report(key, parts[0].start, parts[-1].end, related=[ctx.related(whole.start, whole.end, "the whole told here")]
                       + [_part(ctx, q) for q in parts], whole=whole.text, total=f"{sum(q.value for q in parts):,.0f}")
    for whole, parts in short_colon_counts(*ins):   # "450 lights: 200 along …, 150 in … and 80 around …"
        if (parts[0].start, parts[-1].end) not in told:
            ctx.report("short", parts[0].start, parts[-1].end, severity="info",
                       related=[ctx.related(whole.start, whole.end, "the whole told here")]
                       + [_part(ctx, q) for q in parts], whole=whole.text, total=f"{sum(q.value for q in parts):,.0f}")
    for whole, groups, each in each_counts(*ins):
        ctx.report("split", groups.start, each.end, related=[ctx.related(whole.start, whole.end, "the whole told here"),
                   _part(ctx, groups), _part(ctx, each)], whole=whole.text, total=f"{groups.value * each.value:,.0f}")
    for firsts, rest in remainders(ctx, quantities, sents):
        if any(f.span.start < rest.end and firsts[0].start < f.span.end for f in ctx.findings):
            continue   # (told already as shares over 100%)
        share = round(sum(q.value for q in firsts), 1)
        ctx.report("remainder", firsts[0].start, rest.end, related=[ctx.related(q.start, q.end, f"{q.value:g}%") for q in firsts]
                   + [ctx.related(rest.start, rest.end, f"{rest.value:g}%")], share=share, rest=rest.value, total=share + rest.value)
    for whole, parts, s, e, rest in remaining_counts(ctx, quantities, sents):   # "seven … the remaining four" of 12
        if any(f.span.start < e and s < f.span.end for f in ctx.findings):
            continue   # (told already by the parts "of them")
        ctx.report("rest", s, e, related=[ctx.related(whole.start, whole.end, "the whole told here")]
                   + [_part(ctx, q) for q in parts], whole=whole.text,
                   total=f"{sum(q.value for q in parts) + rest:,.0f}")
    for total, parts, made in chain(made_up_counts(ctx, quantities, sents),   # "six …, three … and one …, making up … 11"
                                    results_before_games(ctx, quantities, sents)):   # "three wins, … in 14 matches"
        if not any(f.span.start < total.end and total.start < f.span.end for f in ctx.findings):
            ctx.report("made_up", total.start, total.end, related=[_part(ctx, q) for q in parts],
                       whole=total.text, total=f"{made:,.0f}")


def _part(ctx, q):
    """A part's span, told by its value (a note every locale renders: "one part: 4", not the word "four")."""
    return ctx.related(q.start, q.end, f"one part: {q.value:g}")
