"""NUM002's reading of a count told back by a demonstrative after its list: "Exports went to India,
Indonesia, Turkey and Malaysia. The company wants to rely less on these three markets", `وتوزعت
الصادرات على الهند وإندونيسيا وتركيا وماليزيا … هذه الأسواق الثلاث` (four named, three told back). The
count is a figure of no unit from 2 to 12 with a word of ``[figures.lists] demonstratives`` right
before it, or before its noun where the count follows the noun (`هذه الأسواق الثلاث`); the list is
the last one of the count's sentence before it or of the sentence before, opening right after a
preposition (``after_last``: "to", `على`) and read to a certain end. "These three" may stand for some
of the things listed only when fewer are listed, so only a list of more items than the count is held."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data
from .list_data import list_data, original_of
from .lists import read_list

_ITEM_WORDS = 3   # words of an item, at most: names of places, bodies, things
_WORDS_BEFORE = compiled(r"([^\W\d_]+)[^\S\n]+(?:([^\W\d_]+)[^\S\n]+)?$")
_PREP = compiled(r"(?<![^\W\d_])([^\W\d_]+)[^\S\n]+(?=[^\W\d_])")


@lru_cache(maxsize=32)
def _demonstratives(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("lists", {}).get("demonstratives", []))


def demonstrated_lists(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where a list names more things than the
    count told back by a demonstrative after it."""
    words = _demonstratives(ctx.lexicon)
    if not words:
        return
    d, view, orig = list_data(ctx.lexicon), ctx.doc.normalized, original_of(ctx)
    nt = view.text
    for q in quantities:
        if q.unit is not None or q.vague or q.low != q.high or not float(q.value).is_integer() or not 2 <= q.value <= 12:
            continue
        qs = view.from_original(q.start)
        while qs > 0 and nt[qs - 1].isalpha():
            qs -= 1   # (an article attached to the count: `الثلاث`)
        m = _WORDS_BEFORE.search(nt, max(0, qs - 40), qs)
        if m is None or not {m.group(1).lower(), (m.group(2) or "").lower()} & words:
            continue   # "these three", `هذه الأسواق الثلاث` (the demonstrative, then the noun)
        k = sents.index(q.start)
        if k is None:
            continue
        lo = view.from_original(sents.items[max(0, k - 1)].start)
        found = None
        for p in _PREP.finditer(nt, lo, m.start()):
            if p.group(1).lower() not in d.after_last:
                continue
            j = sents.index(view.to_original(p.start(), p.start())[0])
            end = min(m.start(), view.from_original(sents.items[j].end)) if j is not None else m.start()
            items, certain = read_list(d, orig, nt, p.end(), end)   # (within the preposition's sentence)
            if certain is True and len(items) >= 2 and all(len(nt[a:b].split()) <= _ITEM_WORDS for a, b in items):
                found = items   # the last list before the count
        if found is not None and len(found) > q.value:
            s, _ = view.to_original(found[0][0], found[0][0])
            _, e = view.to_original(found[-1][1], found[-1][1])
            yield q, s, e, len(found)
