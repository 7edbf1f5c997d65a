"""DATE007's reading of a competition's rounds: a later round ("the semi-final", `نصف النهائي`) told
with a day before that of an earlier round ("the quarter-final on April 12" … "the semi-final on April
10"). The rounds are language data (``[chronology] rounds``: the words of each round, in the order
they are played); a round's day is the first date to the day written right after its word in its
sentence ("in the quarter-final on April 12", `في ربع النهائي يوم 12 نيسان`). Two rounds are compared
only when their days are at most two months apart (one draw), and an article is told once."""

from __future__ import annotations

import bisect
from functools import lru_cache

from checker.language.matching import phrase_key, word_regex

_REACH = 30    # characters from a round's word to the day told of it
_DRAW = 60     # days at most between two rounds of one draw


@lru_cache(maxsize=32)
def _rounds(lex):
    groups = lex.section("chronology", {}).get("rounds", [])
    rank = {phrase_key(w): k for k, words in enumerate(groups) for w in words}
    return (word_regex(lex, list(rank)) if rank else None), rank


def round_disorder(doc, date_mentions):
    """The first (later round, its date, earlier round, its date) whose days are in the wrong order,
    or None."""
    rx, rank = _rounds(doc.lexicon)
    if rx is None:
        return None
    view = doc.normalized
    days = sorted((m for m in date_mentions if m.precision == "day" and m.interval()), key=lambda m: m.start)
    starts = [m.start for m in days]
    told = []
    for hit in rx.finditer(view.text):
        s, e = view.to_original(hit.start(), hit.end())
        i = bisect.bisect_left(starts, e)
        if i < len(days) and days[i].start - e <= _REACH and doc.sentence_index(days[i].start) == doc.sentence_index(s):
            told.append((rank[phrase_key(hit.group())], s, e, days[i]))
    for x, (ra, sa, ea, da) in enumerate(told):
        for rb, sb, eb, db in told[x + 1:]:
            if ra == rb or da is db or abs((da.interval()[0] - db.interval()[0]).days) > _DRAW:
                continue
            later, early = ((sb, eb, db), (sa, ea, da)) if rb > ra else ((sa, ea, da), (sb, eb, db))
            if later[2].interval()[1] < early[2].interval()[0]:
                return later, early
    return None
