"""DATE009's reading of one distinctive figure told twice with two years: "those of 2023, when
Bangladesh recorded 1,705 dengue deaths" … "The record epidemic of 2022, which killed 1,705 people".

A figure of four significant digits or more (1,705; 12,480; 3.705 million; not 1,700 nor 321,000:
round figures recur by chance) told exactly twice in the article, in two sentences, each with a year
the nearest date of its clause, is one fact told twice: two years that cannot both hold are one
too many. A sentence that says the value held again or stayed the same (``[restated]
same_value``: "again", "unchanged", `مجددا`) tells two facts; a year in a range (from … to) dates
no single fact."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.language.matching import word_regex
from checker.language.normalize import normalize_text

_SIGNIFICANT = 4   # significant digits that make a figure distinctive
_NEAR = 80         # characters between a figure and the year that dates it, in its clause
_CLAUSE = re.compile(r"[.;:!?؛؟\n]")


@lru_cache(maxsize=32)
def _same_value(lex):
    words = lex.section("restated", {}).get("same_value", [])
    return word_regex(lex, [normalize_text(w) for w in words]) if words else None


def _distinctive(q) -> bool:
    """A whole figure of four significant digits or more."""
    v = q.value
    if q.vague or q.low != q.high or v is None or v != v or abs(v) >= 1e15 or v != int(v):
        return False
    return len(str(int(abs(v))).rstrip("0")) >= _SIGNIFICANT


def _year_of(doc, q, years):
    """The year-bearing date nearest the figure in its clause (within ``_NEAR`` characters), or None."""
    best, gap = None, _NEAR + 1
    for d in years:
        lo, hi = (d.end, q.start) if d.end <= q.start else (q.end, d.start) if q.end <= d.start else (0, -1)
        if hi < lo or _CLAUSE.search(doc.text, lo, hi):
            continue
        if hi - lo < gap:
            best, gap = d, hi - lo
    return best


def figure_years(ctx, quantities, date_mentions, date_ranges):
    """Yield (first year, second year, first figure, second figure) for a distinctive figure told
    twice with two years that cannot both hold."""
    doc = ctx.doc
    ranged = {id(m) for r in date_ranges for m in (r.first, r.second)}
    years = [m for m in date_mentions if m.year is not None and id(m) not in ranged and m.interval() is not None]
    dated = [(m.start, m.end) for m in date_mentions]
    groups = collections.defaultdict(list)
    for q in quantities:
        if _distinctive(q) and not any(s < q.end and q.start < e for s, e in dated):
            groups[(q.value, q.unit)].append(q)
    same = _same_value(ctx.lexicon)
    for told in groups.values():
        if len(told) != 2:
            continue
        qa, qb = told
        ka, kb = doc.sentence_index(qa.start), doc.sentence_index(qb.start)
        if ka == kb or ka < 0 or kb < 0:
            continue
        in_sentence = [[d for d in years if doc.sentence_index(d.start) == k] for k in (ka, kb)]
        ya, yb = _year_of(doc, qa, in_sentence[0]), _year_of(doc, qb, in_sentence[1])
        if ya is None or yb is None:
            continue
        (a0, a1), (b0, b1) = ya.interval(), yb.interval()
        if not (a1 < b0 or b1 < a0):
            continue   # years that meet: one fact, one date
        if same is not None and any(same.search(doc.normalized_slice(doc.sentences[k].start, doc.sentences[k].end))
                                    for k in (ka, kb)):
            continue   # "deaths again topped 1,705", "unchanged at 1,705": the value told of two years
        yield ya, yb, qa, qb
