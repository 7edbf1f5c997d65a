"""NUM002's reading of a list headed by its plural noun and told back later by that noun with a
definite count: "infections were confirmed in the towns of Aoulef, Tit, Zaouiet Kounta and Reggane" …
"the three towns", `سُجّلت في بلديات أولف وتيت وزاوية كنتة ورقان` … `البلديات الثلاث` (four named).

The head is a plural noun right before the list (``[figures.lists] headed``: the words that may stand
between them, "of"; none where the noun is in construct with the list); the list is read to a
certain end, each item of a few words. The count is a figure of no unit from 2 to 12 in a later
sentence, definite (``definite`` words right before it, "the"; an article attached to it, `الثلاث`),
whose noun is the head's (the word after it, or before it where the noun comes first). A noun told
with several counts, or heading several lists, is left alone: which is told back is unclear."""

from __future__ import annotations

from functools import lru_cache

from checker.extractors.plurals import plural_noun
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data, stopwords
from .heads import head_data, measures, noun_key
from .list_data import list_data, original_of
from .lists import read_list

_ITEM_WORDS = 3   # words of an item, at most: names of places, bodies, things
_WORD = compiled(r"[^\W\d_]+")
_NEXT = compiled(r"[^\S\n]+([^\W\d_]+)")
_LAST = compiled(r"([^\W\d_]+)[^\S\n]+$")


@lru_cache(maxsize=32)
def _links(lex) -> tuple[str, ...] | None:
    got = figures_data(lex).get("lists", {}).get("headed")
    return None if got is None else tuple(normalize_text(w).lower() for w in got)


def _heads(ctx, sents: Sentences, d, orig, links: tuple[str, ...], wanted: set[str]):
    """(noun key, list start, list end, items, sentence index) for every list right after a plural noun
    whose key is one of ``wanted``."""
    lex, view = ctx.lexicon, ctx.doc.normalized
    nt = view.text
    article = normalize_text(lex.section("script", {}).get("article", ""))
    stop = stopwords(lex)
    for k, sent in enumerate(sents.items):
        ns, ne = view.from_original(sent.start), view.from_original(sent.end)
        for w in _WORD.finditer(nt, ns, ne):
            noun = w.group().lower()
            if len(noun) < 4 or not links and article and noun.startswith(article):
                continue   # (in construct with the list, the noun has no article: `بلديات أولف …`, not `الصادرات عبر …`)
            pos = w.end()
            if links:
                m = _NEXT.match(nt, pos, ne)
                if m is None or m.group(1).lower() not in links:
                    continue
                pos = m.end()
            if noun_key(lex, noun) not in wanted or not plural_noun(lex, noun):
                continue
            opening = pos + len(nt[pos:ne]) - len(nt[pos:ne].lstrip())
            if nt[pos:opening] != " " or opening >= ne:
                continue
            if d.capitalised and not orig(opening, opening + 1).isupper() or (m := _WORD.match(nt, opening)) and m.group() in stop:
                continue   # (a list of names: "the towns of Aoulef, …", not "the towns of the north", `عبر …`)
            items, certain = read_list(d, orig, nt, opening, ne, _ITEM_WORDS)
            if certain is True and len(items) >= 2:
                yield noun_key(lex, noun), items[0][0], items[-1][1], len(items), k


def _told_back(ctx, q, definite: frozenset[str], article: str) -> str | None:
    """The noun key of a definite count told back ("the three towns", `البلديات الثلاث`), or None."""
    lex, view = ctx.lexicon, ctx.doc.normalized
    nt = view.text
    qs, qe = view.from_original(q.start), view.from_original(q.end)
    if head_data(lex).head_last:   # "the three towns": a definite word before it, the noun after
        before, after = _LAST.search(nt, max(0, qs - 30), qs), _NEXT.match(nt, qe)
        if before is None or before.group(1).lower() not in definite or after is None:
            return None
        return noun_key(lex, after.group(1).lower())
    while qs > 0 and nt[qs - 1].isalpha():
        qs -= 1
    if not article or not nt[qs:view.from_original(q.start)].startswith(article):
        return None   # `البلديات الثلاث`: the count carries the article, and so does its noun before it
    before = _LAST.search(nt, max(0, qs - 30), qs)
    if before is None or not before.group(1).startswith(article):
        return None
    return noun_key(lex, before.group(1))


def headed_lists(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where a definite count told back of a list's
    head noun differs from the number of items."""
    links = _links(ctx.lexicon)
    if links is None:
        return
    view = ctx.doc.normalized
    definite = frozenset(w.lower() for w in head_data(ctx.lexicon).definite)
    article = normalize_text(ctx.lexicon.section("script", {}).get("article", ""))
    counts: list[tuple[str, object]] = []   # the definite counts told back, by their noun's key
    for q in quantities:
        if q.unit is not None or q.vague or q.low != q.high or not float(q.value).is_integer() or not 2 <= q.value <= 12 \
                or measures(ctx.lexicon, view.text, view.from_original(q.end)):
            continue
        if (key := _told_back(ctx, q, definite, article)) is not None:
            counts.append((key, q))
    if not counts:
        return
    d, orig = list_data(ctx.lexicon), original_of(ctx)
    heads: dict[str, list] = {}
    for key, s, e, n, k in _heads(ctx, sents, d, orig, links, {key for key, _ in counts}):
        heads.setdefault(key, []).append((s, e, n, k))
    heads = {key: v[0] for key, v in heads.items() if len(v) == 1}
    told: dict[str, list] = {}
    for key, q in counts:
        if key in heads and (k := sents.index(q.start)) is not None and k > heads[key][3]:
            told.setdefault(key, []).append(q)
    for key, qs in told.items():
        s, e, n, _ = heads[key]
        if len({q.value for q in qs}) == 1 and qs[0].value != n and not _counted(quantities, qs, key, ctx):
            a, _ = view.to_original(s, s)
            _, b = view.to_original(e, e)
            yield qs[0], a, b, n


def _counted(quantities, told: list, key: str, ctx) -> bool:
    """Whether the head noun is counted elsewhere in the article, not told back (an indefinite "five
    towns"): the count told back may be of those."""
    view = ctx.doc.normalized
    nt = view.text
    ids = {id(q) for q in told}
    for q in quantities:
        if id(q) in ids or q.unit is not None:
            continue
        qe = view.from_original(q.end)
        after = _NEXT.match(nt, qe)
        before = _LAST.search(nt, max(0, view.from_original(q.start) - 30), view.from_original(q.start))
        if any(m is not None and noun_key(ctx.lexicon, m.group(1).lower()) == key for m in (after, before)):
            return True
    return False

