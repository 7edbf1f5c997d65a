"""NUM001's reading of a figure told with its change since an earlier time, against the figure the
article gives for that time: "The hutches now hold 1,450 rabbits, 600 more than last year" … "The
project ended last year with just 950 rabbits" (1,450 − 600 is 850); `بلغ 1450 أرنباً، بزيادة 600 أرنب
على العام الماضي` … `أنهت العام الماضي بـ950 أرنباً`.

A count of a noun, then (within its clause) a word of ``[figures.changed_by] more`` or ``less`` with
the change and a word of ``than`` before the earlier time, told in one to three words up to a comma or
the sentence's end ("last year", `العام الماضي`); in another sentence that names that time in the
same words, the one count of the same noun must be the figure less (or plus) the change, within 2 %."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS, alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import figures_data
from .heads import noun_key

_REACH = 50   # characters between the figure and the change after it


@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("changed_by", {})
    if not d.get("than") or not (d.get("more") or d.get("less")):
        return None
    more, less = alternation(d.get("more", [])) or "(?!x)x", alternation(d.get("less", [])) or "(?!x)x"
    # "600 more than last year", `بزيادة 600 أرنب على العام الماضي`: the change's word before or after its figure
    word = rf"(?:(?P<more>{more})|(?P<less>{less}))"
    than = rf"(?:{alternation(d['than'])}){WS}+(?P<when>[^\W\d_]+(?:{WS}+[^\W\d_]+){{0,2}}?)(?=[,،.;]|$)"
    after = word.replace('<more>', '<more2>').replace('<less>', '<less2>')
    return compiled(rf"[\s,،]*(?:{word}{WS}+)?(?P<d>\d[\d,]*)(?:{WS}+{after}|{WS}+[^\W\d_]+)?{WS}+{than}", re.I)


def changed_by(ctx, quantities, sents):
    """Yield (figure, change, earlier figure, the earlier figure they make) that do not agree."""
    lex, view = ctx.lexicon, ctx.doc.normalized
    if (rx := _data(lex)) is None:
        return
    nt = view.text
    counts = [q for q in quantities if q.unit is None and not q.vague and q.low == q.high and q.group]
    for q in counts:
        e = view.from_original(q.end)
        after = _after_noun(nt, e)
        m = rx.match(nt, after, min(len(nt), after + _REACH))
        if m is None or not (m.group("more") or m.group("less") or m.group("more2") or m.group("less2")):
            continue
        change = next((p for p in quantities if view.from_original(p.start) == m.start("d")), None)
        if change is None or change.value >= q.value:
            continue
        earlier = q.value - change.value if (m.group("more") or m.group("more2")) else q.value + change.value
        when = " ".join(m.group("when").split())
        key, k = noun_key(lex, normalize_text(q.group)), sents.index(q.start)
        told = [p for p in counts if p is not q and p is not change and sents.index(p.start) != k
                and noun_key(lex, normalize_text(p.group)) == key and when in " ".join(sents.norm(sents.index(p.start)).split())]
        if len(told) == 1 and abs(told[0].value - earlier) > 0.02 * earlier:
            yield q, change, told[0], earlier


def _after_noun(nt: str, end: int) -> int:
    """Past the noun right after a figure ("1,450 rabbits"): where its change may follow."""
    m = re.match(r"\s+[^\W\d_]+", nt[end:end + 30])
    return end + m.end() if m else end
