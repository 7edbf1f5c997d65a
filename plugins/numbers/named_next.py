"""NUM002's reading of a count whose list is told in the next sentence, after a verb that names
the things counted by a pronoun ("Four of the men were admitted to hospital. The company named
them as Sipho Ndlovu, Thabo Mokoena and Pieter van Wyk": three names; language data ``[figures.lists]
named_next``), or after a verb that gathers or covers them ("would merge four colleges. The merger
would bring together Westmere College, Holt Green College and Calder Bridge Sixth Form";
``[figures.lists] gathered_next``: the list opens with the first name after it), or right after the
counted noun told again (`في أربعة مستشفيات` … `وشمل الإضراب مستشفيات الرمثا والمفرق وعجلون وجرش
والشونة`). Only the one count of its sentence from 2 to 12, and a list whose end is certain; a list
that may name only some of them (after the noun, or "includes") is held only when it names more."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, alternation_rx, figures_data
from .heads import measures
from .list_data import list_data, original_of
from .lists import _COLON_ITEM_WORDS, read_list

_LEAD = 60   # characters from the next sentence's start to the end of its naming words, at most
_GATHER_GAP = 25   # characters from a gathering verb to the first name of its list, at most


@lru_cache(maxsize=32)
def _named_rx(lex):
    return alternation_rx(figures_data(lex).get("lists", {}).get("named_next", []))


@lru_cache(maxsize=32)
def _gathered_rx(lex):
    return alternation_rx(figures_data(lex).get("lists", {}).get("gathered_next", []))


_NAME = compiled(r"[A-Z][^\W\d_]")   # the first name after a gathering verb, where names have capitals
_NOUN = compiled(r"[^\S\n]{1,3}([^\W\d_]{3,})")


def named_next(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where they disagree."""
    rx, gathered = _named_rx(ctx.lexicon), _gathered_rx(ctx.lexicon)
    if rx is None and gathered is None:
        return
    d, view, orig = list_data(ctx.lexicon), ctx.doc.normalized, original_of(ctx)
    nt = view.text
    by_sentence: dict[int, list] = {}
    for q in quantities:
        if (k := sents.index(q.start)) is not None:
            by_sentence.setdefault(k, []).append(q)
    for k, qs in by_sentence.items():
        counts = [q for q in qs if q.unit is None and not q.vague and q.low == q.high and float(q.value).is_integer()
                  and 2 <= q.value <= 12]
        if len(counts) != 1 or k + 1 >= len(sents.items):
            continue
        q, nxt = counts[0], sents.items[k + 1]
        if measures(ctx.lexicon, nt, view.from_original(q.end)) or \
                any(x.unit is None and 2 <= x.value <= 12 for x in by_sentence.get(k + 1, ())):
            continue   # (a time or a measure; counts in the next sentence: whose list it is is unclear)
        ns, ne = view.from_original(nxt.start), view.from_original(nxt.end)
        if (got := _opening(ctx, d, rx if len(qs) == 1 else None, gathered, q, nt, ns, ne, view)) is None:
            continue
        opening, whole = got
        items, certain = read_list(d, orig, nt, opening, ne, _COLON_ITEM_WORDS)
        if certain is True and len(items) >= 2 and len(items) != int(q.value) and (whole or len(items) > q.value):
            s, _ = view.to_original(items[0][0], items[0][0])
            _, e = view.to_original(items[-1][1], items[-1][1])
            yield q, s, e, len(items)


def _opening(ctx, d, rx, gathered, q, nt: str, ns: int, ne: int, view) -> int | None:
    """Where the list of the next sentence (normalised ``[ns, ne)``) opens, and whether it names all
    the things counted: after words that name them, or, in a list of names, at the first name after
    a verb that gathers them (within a few words; a verb of ``gathered_partial``, "includes", may
    name some), or right after the counted noun told again (some, perhaps); None when it does not."""
    if rx is not None and (m := rx.search(nt, ns, min(ne, ns + _LEAD))) is not None:
        return m.end() + len(nt[m.end():ne]) - len(nt[m.end():ne].lstrip()), True
    if gathered is not None and (m := gathered.search(nt, ns, min(ne, ns + _LEAD))) is not None:
        whole = m.group().lower() not in _partial(ctx.lexicon)   # ("includes": some of them, perhaps)
        if not d.capitalised:
            return m.end() + len(nt[m.end():ne]) - len(nt[m.end():ne].lstrip()), whole
        a, _ = view.to_original(m.end(), m.end())
        name = _NAME.search(ctx.text, a, min(len(ctx.text), a + _GATHER_GAP))
        return (view.from_original(name.start()), whole) if name is not None else None
    noun = _NOUN.match(nt, view.from_original(q.end))   # (where names have no capitals: the noun after the count)
    if noun is not None and not d.capitalised and (at := nt.find(" " + noun.group(1) + " ", ns, min(ne, ns + _LEAD + 20))) >= 0:
        return at + len(noun.group(1)) + 2, False   # the counted noun told again, the names right after it (some, perhaps)
    return None


@lru_cache(maxsize=32)
def _partial(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("lists", {}).get("gathered_partial", []))
