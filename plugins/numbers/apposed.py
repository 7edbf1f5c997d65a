"""NUM002's reading of a count set beside the list it sums up, in apposition: "Residents of Vale do
Souto, Casal Novo, Pedreira and Barroca — the five villages ordered cleared — …" (four named),
`أصناف السكري والخلاص والبرحي والصقعي والمجدول، وهي الأصناف الأربعة …` (five).

The count is a figure of no unit from 2 to 12 right after a mark that sets it off (a comma or a dash)
and a word of ``[figures.lists] apposed`` ("the", `وهي`), maybe with the counted noun between where the
noun comes before its count (`الأصناف الأربعة`). The list ends right before the mark. Where it opens is
not told, so every word of the sentence before the mark may open it, except one that opens with the
word "and" (a list's later item): the count is held only when no such opening reads a list of as many
items as the count ("In Paris, Ali and Omar, the two brothers": Ali may open it)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, and_words, figures_data
from .heads import measures
from .list_data import list_data, original_of
from .lists import read_list

_ITEM_WORDS = 3   # words of an item, at most: names of places, bodies, things
_REACH = 200   # characters before the mark a list may open at
_WORD_START = compiled(r"(?<![^\W\d_])[^\W\d_]")


@lru_cache(maxsize=32)
def _lead(lex):
    """The pattern of a mark and an apposition word ending right before a count (or before the counted
    noun and its count)."""
    words = [normalize_text(w) for w in figures_data(lex).get("lists", {}).get("apposed", [])]
    if not words:
        return None
    return compiled(rf"(?P<mark>[,،]|[—–]|(?<=\s)-)\s*(?:{alternation(words)})\s+(?:[^\W\d_]+\s+)?$", re.I)


def apposed_lists(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where the list a count is set beside
    cannot be read as that many items from any of its openings."""
    rx = _lead(ctx.lexicon)
    if rx is None:
        return
    d, view, orig = list_data(ctx.lexicon), ctx.doc.normalized, original_of(ctx)
    nt = view.text
    words, attached = and_words(ctx.lexicon)
    article = normalize_text(ctx.lexicon.section("script", {}).get("article", ""))
    for q in quantities:
        if q.unit is not None or q.vague or q.low != q.high or not float(q.value).is_integer() or not 2 <= q.value <= 12 \
                or measures(ctx.lexicon, nt, view.from_original(q.end)):
            continue   # (not a measure: "Youssif, the 5-year-old boy")
        qs = end = view.from_original(q.start)
        while qs > 0 and (nt[qs - 1].isalpha() or nt[qs - 1] == "ـ"):
            qs -= 1   # (an article attached to the count: `الأربعة`)
        if article and nt[qs:end].rstrip("ـ") != article:
            continue   # (the count told again is definite: not `وهي أم لخمسة أطفال`)
        m = rx.search(nt, max(0, qs - 40), qs)
        if m is None:
            continue
        k = sents.index(q.start)
        if k is None:
            continue
        end = m.start("mark")
        while end > 0 and nt[end - 1] == " ":
            end -= 1
        lo = max(view.from_original(sents.items[k].start), end - _REACH)
        found, counts = None, set()
        for w in _WORD_START.finditer(nt, lo, end):
            word = nt[w.start():end].split(None, 1)[0].lower()
            if word in words or word.startswith(attached) and len(word) > 3:
                continue   # (a later item: "and Barroca", `والخلاص`)
            items, certain = read_list(d, orig, nt, w.start(), end, _ITEM_WORDS)
            if not certain or len(items) < 2 or items[-1][1] < end - 1:
                continue
            counts.add(len(items))
            if found is None or len(items) > len(found) or len(items) == len(found) and not (d.capitalised and _named(orig, nt, found)):
                found = items   # (the most items, from the latest opening, or the first name after a word in
                #                 lower case: "Vale do Souto", not "Residents of Vale do Souto" or "Souto")
        if found is not None and int(q.value) not in counts:
            s, _ = view.to_original(found[0][0], found[0][0])
            _, e = view.to_original(found[-1][1], found[-1][1])
            yield q, s, e, len(found)


_WORD_BEFORE = compiled(r"([^\W\d_]+)[^\S\n]+$")


def _named(orig, nt: str, items) -> bool:
    """Whether a list's first item opens with a capital right after a word in lower case ("of Vale")."""
    s = items[0][0]
    m = _WORD_BEFORE.search(nt, max(0, s - 30), s)
    return orig(s, s + 1).isupper() and m is not None and orig(m.start(1), m.start(1) + 1).islower()
