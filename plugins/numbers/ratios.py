"""NUM001's reading of a ratio of two groups against their counts: "At the workshop, women outnumber
men three to one" … "Its 24 women and 12 men work in two shifts" (two to one); `يفوق عدد النساء عدد
الرجال بنسبة ثلاثة إلى واحد` … `24 امرأة و12 رجلاً`.

A pattern of ``[figures.ratios] patterns`` gives the two groups (named groups ``a`` and ``b``, one
word each) and the ratio (``n``, digits or a number word of ``[quantities] words``, {number}), run
only where one of ``words`` is written; each
group's count is the one exact count of its noun in the article (a noun of the same stem), and
their ratio must be the one told, within 10 %."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import figures_data
from .heads import noun_key

_SLACK = 0.1


@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("ratios", {})
    words = {normalize_text(k).lower(): float(v) for k, v in lex.section("quantities", {}).get("words", {}).items()}
    num = rf"(?P<n>\d{{1,2}}|{alternation(list(words))})" if words else r"(?P<n>\d{1,2})"
    rxs = tuple(compiled(p.replace("{number}", num), re.I) for p in d.get("patterns", []))
    keys = tuple(normalize_text(w).lower() for w in d.get("words", []))
    return (rxs, words, keys) if rxs else None


def ratio_mismatches(ctx, quantities):
    """Yield (ratio start, end, count of a, count of b, the ratio they make) for a ratio of two
    groups that their counts do not make."""
    got = _data(ctx.lexicon)
    if got is None:
        return
    rxs, words, keys = got
    lex, view = ctx.lexicon, ctx.doc.normalized
    if keys and not any(k in view.text for k in keys):
        return   # (none of the words a ratio is told with: the patterns are not run)
    found = [m for rx in rxs for m in rx.finditer(view.text)]
    counts = [q for q in quantities if q.unit is None and not q.vague and q.low == q.high and q.group and q.value > 0] \
        if found else []
    if len(counts) < 2:
        return   # (no ratio told: the counts are not read)
    by_noun: dict[str, list] = {}
    for q in counts:
        by_noun.setdefault(noun_key(lex, normalize_text(q.group).lower()), []).append(q)
    for m in found:
        n = m.group("n")
        told = float(n) if n.isdigit() else words.get(" ".join(n.lower().split()))
        ka, kb = (noun_key(lex, m.group(g).lower()) for g in ("a", "b"))
        qa, qb = by_noun.get(ka, []), by_noun.get(kb, [])
        if not told or ka == kb or len({q.value for q in qa}) != 1 or len({q.value for q in qb}) != 1:
            continue   # (each group counted once, or with one figure)
        made = qa[0].value / qb[0].value
        if abs(made - told) > _SLACK * told:
            s, e = view.to_original(m.start(), m.end())
            yield s, e, qa[0], qb[0], round(made, 1)
