"""NUM002's reading of a group told back by its definite noun and listed ("The missing sailors were
A, B, …", `والبحارة المفقودون هم أ، وب، …`) after a count of that noun in an earlier sentence
("six sailors", `ستة بحارة`): a sentence that opens with the definite noun (a word or two of it) and a
word that equates it with what follows (``[figures.lists] told_back``). A part of the group may be
listed ("the rescued sailors were A and B"), so only a list of more items than the count contradicts
it; the count is the one earlier count of that noun, told as a figure of no unit."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data, stopwords
from .heads import head_data, noun_key
from .list_data import list_data, original_of
from .lists import read_list

_WORD = compiled(r"[^\W\d_]+")
_LEAD_WORDS = 6   # words of the definite noun phrase before the word that equates it, at most (with a modifier
#                   after the noun: "The townships under the order are")
_MODIFIER_WORDS = 3   # words of a modifier after the noun ("under the order")
_ITEM_WORDS = 6   # words of an item, a title before a name ("the skipper's son Karim Dib", `والبحارة عبد الله أيت باها`)


@lru_cache(maxsize=32)
def _told_back_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("lists", {}).get("told_back", []))


def _noun(lex, words: list[str]) -> str | None:
    """The noun of a definite phrase opening a sentence: after the article attached to it (the first
    word, `البحارة`), or after a determiner, the last word ("The missing sailors")."""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    conj = tuple(normalize_text(p) for p in lex.proclitics)
    first = words[0]
    if article:
        bare = first[1:] if first[:1] in conj and first[1:].startswith(article) else first
        return bare[len(article):] if bare.startswith(article) and len(bare) > len(article) + 2 else None
    if first not in head_data(lex).definite or len(words) < 2:
        return None
    stop = stopwords(lex)   # "The missing sailors": the last word; "The townships under the order": the word before
    cut = next((i for i in range(2, len(words)) if words[i] in stop), len(words))   # the modifier's preposition
    if cut == len(words):
        return words[-1]
    return words[cut - 2] if cut > 2 and len(words) - cut <= _MODIFIER_WORDS else None


def told_back_lists(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where the list told back is longer."""
    lex, view = ctx.lexicon, ctx.doc.normalized
    told = _told_back_words(lex)
    if not told:
        return
    d, orig = list_data(lex), original_of(ctx)
    for k, sent in enumerate(sents.items):
        ns, ne = view.from_original(sent.start), view.from_original(sent.end)
        words = list(_WORD.finditer(view.text, ns, min(ne, ns + 80)))[:_LEAD_WORDS + 1]
        at = next((i for i, m in enumerate(words) if i and m.group() in told), None)
        if at is None or (noun := _noun(lex, [m.group().lower() for m in words[:at]])) is None:
            continue
        key = noun_key(lex, noun)
        counts = [q for q in quantities if q.end <= sent.start and q.unit is None and not q.vague and q.value == int(q.value)
                  and (m := _WORD.match(view.text, view.from_original(q.end) + 1)) is not None
                  and noun_key(lex, m.group().lower()) == key]
        if len(counts) != 1:
            continue   # (no count of the noun before, or several: which is told back is unclear)
        opening = words[at].end()
        while opening < ne and view.text[opening] == " ":
            opening += 1
        items, certain = read_list(d, orig, view.text, opening, ne, _ITEM_WORDS)
        if certain and len(items) > counts[0].value >= 2:
            s, _ = view.to_original(items[0][0], items[0][0])
            _, e = view.to_original(items[-1][1], items[-1][1])
            yield counts[0], s, e, len(items)
