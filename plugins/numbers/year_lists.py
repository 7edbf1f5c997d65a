"""NUM002's reading of a count of occasions followed by their years: "three earlier premierships,
in 1987, 1994, 2003 and 2011", `ثلاثة ألقاب سابقة، في أعوام 1987 و1994 و2003`. The years after the
count's noun and a comma (``[figures.lists] year_lead`` between) name one occasion each, so they are
as many as the count."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, and_words, exact_counts, figures_data
from .heads import measures

_NOUN_WORDS = 3   # words of the count's noun phrase before its comma, at most


@lru_cache(maxsize=32)
def _rx(lex) -> re.Pattern | None:
    lead = [normalize_text(w) for w in figures_data(lex).get("lists", {}).get("year_lead", [])]
    words, attached = and_words(lex)
    if not lead or not (words or attached):
        return None
    alts = "|".join(re.escape(w) for w in sorted(lead, key=len, reverse=True))
    joins = [rf"\s+{re.escape(w)}\s+" for w in words] + [rf"\s+{re.escape(w)}" for w in attached]
    join = rf"(?:\s*[,،]\s*|\s*[,،]?(?:{'|'.join(joins)}))"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    return compiled(rf"(?:\s+[^\W\d_]+){{1,{_NOUN_WORDS}}}\s*[,،]\s*(?:{alts})\s+(?P<years>{year}(?:{join}{year})+)"
                      rf"(?=\s*(?:[,،.;؛)]|$))")


def year_lists(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of years) where they disagree."""
    rx = _rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    nt = view.text
    for q in exact_counts(quantities, 2):
        if q.value > 12 or sents.at(q.start) is None:
            continue
        end = view.from_original(q.end)
        m = rx.match(nt, end)
        if m is None or measures(ctx.lexicon, nt, end):
            continue   # ("three years, in 2001, …": a length)
        years = re.findall(r"\d{4}", m.group("years"))
        if len(years) >= 2 and len(set(years)) == len(years) and len(years) != q.value:
            s, e = view.to_original(m.start("years"), m.end("years"))
            yield q, s, e, len(years)
