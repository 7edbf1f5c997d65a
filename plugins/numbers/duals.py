"""NUM001's reading of a count told back by a definite dual noun, in languages that have one:
"ويضم المصنع ثلاث كسارات" … "وتعمل الكسارتان على نوبتين" (the two crushers: two, not three).

A dual is a word of the article after the definite article, ending in one of ``[figures.duals]
endings`` (the feminine ones, "تان", "تين": "ان" also ends broken plurals, `القفران`, `العرسان`);
the ``feminine`` ones stand for a singular in "ة" (`الكسارتان`: `كسارة`).
It tells back the one exact count (three or more) of its noun told before it — a sound feminine
plural of the singular (`كسارات`), or a noun of the same stem with the same first letter — unless
the dual is followed by a word with the article (a modifier picks out two of them: `الكسارتان
الجديدتان`) or by a figure, the article tells a part of two of that noun ("اثنتان منها"), or an attached
"and" joins the dual to the word before it, an item of a list (`مهند العبيدي والموظفتان رنا كاظم وهدى جاسم`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import and_words, figures_data
from .heads import noun_key

_JOINED = re.compile(r"[^\W\d_][^\S\n]+$")   # a word, then spaces, right before

@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("duals", {})
    article = normalize_text(lex.section("script", {}).get("article", ""))
    endings = tuple(sorted((normalize_text(e) for e in d.get("endings", [])), key=len, reverse=True))
    feminine = tuple(normalize_text(e) for e in d.get("feminine", []))
    plural = normalize_text(d.get("feminine_plural", ""))
    ta = normalize_text(d.get("ta", ""))
    clitics = tuple(normalize_text(p) for p in lex.proclitics)
    if not (article and endings):
        return None
    # one pass for the words that may be duals: the article (after a clitic), three letters, an ending
    pro = "".join(re.escape(c) for c in clitics)
    rx = re.compile(rf"(?<![^\W\d_])(?:[{pro}])?{re.escape(article)}[^\W\d_]{{3,}}?(?:{'|'.join(map(re.escape, endings))})(?![^\W\d_])"
                    if pro else rf"(?<![^\W\d_]){re.escape(article)}[^\W\d_]{{3,}}?(?:{'|'.join(map(re.escape, endings))})(?![^\W\d_])")
    return article, endings, feminine, plural, ta, clitics, rx


def _singular(d, word: str) -> str | None:
    """The singular a definite dual stands for (`الكسارتان` → `كساره`), or None."""
    article, endings, feminine, _, ta, clitics, _ = d
    w = word[1:] if word[:1] in clitics and word[1:].startswith(article) else word
    if not w.startswith(article):
        return None
    w = w[len(article):]
    for e in endings:
        if w.endswith(e) and len(w) - len(e) >= 3:
            stem = w[:-len(e)]
            return stem + ta if e in feminine else stem
    return None


def dual_conflicts(ctx, quantities):
    """Yield (count, dual start, end, noun) for a count told back by a dual that says two."""
    d = _data(ctx.lexicon)
    if d is None:
        return
    _, _, _, plural, ta, _, rx = d
    attached = tuple(and_words(ctx.lexicon)[1])
    view, lex = ctx.doc.normalized, ctx.lexicon
    counts = [q for q in quantities if q.unit is None and not q.vague and q.low == q.high and q.group
              and float(q.value).is_integer() and q.value >= 3 and not q.subset]
    if not counts:
        return
    twos = {noun_key(lex, normalize_text(q.group)) for q in quantities if q.value == 2 and q.group}
    nt = view.text
    told: set[int] = set()
    for m in rx.finditer(nt):
        single = _singular(d, m.group())
        if single is None or m.group()[:1] in attached and not m.group().startswith(d[0]) \
                and _JOINED.search(nt, max(0, m.start() - 4), m.start()):
            continue   # joined by an attached "and" to the word before it: a part of a list (`مهند العبيدي والموظفتان`)
        key = noun_key(lex, single)
        for q in reversed([q for q in counts if view.from_original(q.end) < m.start()]):
            g = normalize_text(q.group)
            if not (plural and g.endswith(plural) and g[:-len(plural)] + ta == single
                    or noun_key(lex, g) == key and g[:1] == single[:1] and len(key) >= 3):
                continue
            nxt = re.match(r"\s+(\S+)", nt[m.end():m.end() + 30])
            if key in twos or nxt and (nxt.group(1).startswith(d[0]) or any(c.isdigit() for c in nxt.group(1))) \
                    or any(p.value == 2 and ctx.doc.sentence_at(p.start) is ctx.doc.sentence_at(q.start) for p in quantities):
                break   # two of them told elsewhere or as a part ("اثنتان منها"), or picked out by a modifier or a figure
            if q.start not in told:
                told.add(q.start)
                s, e = view.to_original(m.start(), m.end())
                yield q, s, e, q.group
            break
