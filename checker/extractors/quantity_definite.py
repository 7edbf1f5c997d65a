"""Counts written as number words that take the definite article after a definite noun, as
an adjective agreeing with it (`الأبراج التسعة`, `المراكب الستة عشر`): "the nine towers", a
count of the noun told back. The values that may be written so are the language's
``[quantities] article_counts`` data (a low and a high value: in Arabic the cardinals three to
nineteen, whose definite forms differ from the ordinals', `التاسعة` being "the ninth"; and a unit
and a ten joined by "and", each with the article: `السفن الثلاث والأربعين`, 43). A noun
made definite by a pronoun suffix (``article_count_owners``: `جوائزها الثلاث`) is counted so too. A
definite number word after a noun without the article belongs to a name (`مجموعة الثمانية`);
one before a word of rank (``article_count_ranks``: `الفرق الخمسة الأولى`, "the first five
teams") chooses from an order and counts no whole. A ten alone counts only after a plural noun
(`المقاعد الثلاثين`, "the thirty seats"; `الدورة الثلاثين` is "the thirtieth session"). A scale after the count multiplies it
(`الشتلات العشرة آلاف`, 10,000), and a singular scale of ``definite_scales`` with the article is a
count itself, with a number word joined to it by "and" (`الأشجار الألف وخمسمائة`, 1,500)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import WS as _WS, alternation as _alt, phrase_key as _key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .plurals import plural_noun

_LAST_WORD = compiled(rf"([^\W\d_]+){_WS}+$")
_NEXT_WORD = compiled(rf"{_WS}+([^\W\d_]+)")


@lru_cache(maxsize=32)
def _pattern(lex) -> tuple[re.Pattern | None, dict[str, float], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    q = lex.section("quantities", {})
    bounds = q.get("article_counts", [])
    article = normalize_text(lex.section("script", {}).get("article", ""))
    if len(bounds) != 2 or not article:
        return None, {}, (), frozenset(), ()
    lo, hi = float(bounds[0]), float(bounds[1])
    every = {_key(k): float(v) for k, v in q.get("words", {}).items()}
    words = {k: v for k, v in every.items() if lo <= v <= hi}
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:[{pro}])?" if pro else ""
    art = re.escape(article)
    # `السفن الثلاث والأربعين`: a unit and a ten, each with the article, joined by "and"
    ones = {k: v for k, v in every.items() if 1 <= v <= 9}
    tens = {k: v for k, v in every.items() if 20 <= v <= 90 and v % 10 == 0 and _key(k) in {_key(t) for t in q.get("tens", [])}}
    joiners = _alt(q.get("joiners", []))
    compound = rf"(?P<ones>{_alt(ones)}){_WS}+(?:{joiners}){art}(?P<tens>{_alt(tens)})|" if ones and tens and joiners else ""
    # `الأفدنة العشرة آلاف`: a scale after the count; `الأشجار الألف وخمسمائة`: a singular scale itself with
    # the article (``definite_scales``), and a number word joined to it by "and"
    scales = {_key(k): float(v) for k, v in q.get("scales", {}).items() if float(v) >= 1000}
    scale = rf"(?:{_WS}+(?P<scale>{_alt(scales)}))?" if scales else ""
    singular = {_key(w) for w in q.get("definite_scales", [])} & set(scales)
    big = rf"|(?P<big>{_alt(singular)})(?:{_WS}+(?:{joiners})(?P<rest>{_alt(every)}))?" if singular and joiners else ""
    alone = rf"|(?P<ten>{_alt(tens)})" if tens else ""   # `المقاعد الثلاثين`: a ten alone, after a plural only
    pattern = compiled(rf"(?<![^\W\d_]){pre}{art}(?:{compound}(?P<word>{_alt(words)}){scale}{big}{alone})(?![^\W\d_])")
    leads = tuple(sorted({normalize_text(p) + article for p in ["", *lex.proclitics]}, key=len, reverse=True))
    return pattern, {**words, **ones, **tens, **{k: v for k, v in every.items() if k not in words}, **scales}, leads, \
        frozenset(normalize_text(w) for w in q.get("article_count_ranks", [])), \
        tuple(normalize_text(w) for w in q.get("article_count_owners", []))


def definite_counts(doc, view, make, thing_of) -> list:
    """The counts of the article's definite number words after definite nouns, each made by
    ``make(start, end, value, thing, thing_span)`` with offsets in the original text; ``thing_of(ns,
    ne)`` gives the class of what a number at normalised ``[ns, ne)`` counts, kept only when its
    word is the noun right before the count (`القتلى السبعة`; not `لاجئ … في المخيمات الخمس`)."""
    pattern, words, leads, ranks, owners = _pattern(doc.lexicon)
    if pattern is None:
        return []
    nt, out = view.text, []
    for m in pattern.finditer(nt):
        before = _LAST_WORD.search(nt, max(0, m.start() - 40), m.start())
        if before is None or not any(before.group(1).startswith(p) and len(before.group(1)) - len(p) >= 3
                                     for p in leads) and not _owned(before.group(1), owners):
            continue   # not after a definite noun: a name (`مجموعة الثمانية`) or no count
        after = _NEXT_WORD.match(nt, m.end())
        if after is not None and after.group(1) in ranks:
            continue   # `الفرق الخمسة الأولى`: the first five of an order, not the whole
        thing, span = thing_of(m.start(), m.end())
        if span is None or span[1] != view.to_original(before.start(1), before.end(1))[1]:
            thing, span = None, None   # (the class word is not the noun the count follows)
        if m.group("word") is not None:
            s, e = view.to_original(m.start("word"), m.end())   # after the article, as `الـ604`
            times = words[_key(m.group("scale"))] if m.groupdict().get("scale") else 1.0
            out.append(make(s, e, words[_key(m.group("word"))] * times, thing, span))
        elif m.groupdict().get("ten") is not None:   # (a ten alone is an ordinal after a singular: `الدورة الثلاثين`)
            if plural_noun(doc.lexicon, before.group(1)):
                s, e = view.to_original(m.start("ten"), m.end())
                out.append(make(s, e, words[_key(m.group("ten"))], thing, span))
        elif m.groupdict().get("big") is not None:
            s, e = view.to_original(m.start("big"), m.end())
            rest = words[_key(m.group("rest"))] if m.group("rest") else 0.0
            out.append(make(s, e, words[_key(m.group("big"))] + rest, thing, span))
        else:
            s, e = view.to_original(m.start("ones"), m.end("tens"))
            out.append(make(s, e, words[_key(m.group("ones"))] + words[_key(m.group("tens"))], thing, span))
    return out


def _owned(word: str, owners: tuple[str, ...]) -> bool:
    """A noun made definite by a pronoun suffix (`جوائزها`): three letters or more before it."""
    return any(word.endswith(x) and len(word) - len(x) >= 3 for x in owners)


def owned_noun(lex, word: str) -> bool:
    """A normalised word made definite by a pronoun suffix of ``article_count_owners``."""
    return _owned(word, _pattern(lex)[4])


def counted_after(lex, nt: str, start: int, end: int, p) -> tuple[tuple[int, int], bool] | None:
    """The word right after a figure written against the article at normalised ``[start, end)``,
    as (its span, whether it is a class word of ``p.things``), when the figure counts it: a class word
    (`إن الـ37 مصاباً`: a count of it told back) or another noun (`أن الـ363 عائداً`), not a unit, a
    time, a scale or a word that names no group (``p.measure``, ``p.time``, ``p.scales``, ``p.not_group``).
    Never after a definite noun, where the figure is an ordinal (`الذكرى الـ15 لمقتل`; another noun only
    after a function word: not `دورته الـ12`), nor before "the others" or with them after the word, which
    make it a remainder (`الـ6 الباقية`, `الـ8 مصابين الآخرون`)."""
    article = _article(lex)
    before = _LAST_WORD.search(nt, max(0, start - 40), start)
    if before is not None and article and before.group(1).startswith(article):
        return None
    nxt = _NEXT_WORD.match(nt, end)
    if nxt is None or p.measure.match(nt, end) or p.time.match(nt, end) \
            or {_key(nxt.group(1))} & (p.not_group | p.scales.keys() | p.additional):
        return None
    other = _NEXT_WORD.match(nt, nxt.end())
    if other is not None and other.group(1) in p.additional:
        return None
    if p.things.fullmatch(nxt.group(1)):
        return nxt.span(1), True
    # another noun only after a function word (`أن الـ363 عائداً`): after a noun the figure is an ordinal (`دورته الـ12`)
    return (nxt.span(1), False) if before is None or _key(before.group(1)) in p.not_group else None   # (stop words)


@lru_cache(maxsize=32)
def _article(lex) -> str:
    return normalize_text(lex.section("script", {}).get("article", ""))

