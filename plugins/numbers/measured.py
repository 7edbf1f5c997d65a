"""NUM001's reading of one thing's measure told twice: a figure in a unit of measure tied to the noun
it measures by the structure around it — the noun before it through words of ``[figures]
measure_links`` ("The footbridge, 120 metres long", `السور الذي يمتد على 7,5 كيلومترات`, `السور
البالغ طوله نحو ستة كيلومترات`), its owner ("the bridge's 85 metres"), the noun after "of" (``of``:
"42 km of canals", `٤٢ كيلومتراً من الترع`), or the noun phrase after a hyphened unit ("a 60-horsepower
outboard engine" … "the boat's 40-horsepower engine"). The only two measures of one unit told of one
noun, in two sentences, the later told as known (``definite``: "the", a possessive, the article
`ال`), with figures that cannot both be right, are one measure given two values — unless a date or
another instance of the thing sets them apart ("a second", "the new"). A unit of time is no measure
("a 10-year bond")."""

from __future__ import annotations

import collections
import re
from dataclasses import replace
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, bare, compatible, figures_data, measure_units, opens_another, prefixes
from .heads import head_data, noun_key
from .measures import tells_new

_WORD = re.compile(r"[^\W\d_]+|[,،]")
_BEFORE = 5     # words before a figure where its noun may stand, links included
_PHRASE = 3     # words of the noun phrase after a hyphened unit
_RATIO = 3.0    # the two values within this factor of each other
_UNIT = re.compile(r"-([^\W\d_]+)(?![\w-])")   # a unit joined by a hyphen ("-horsepower")
_OWNER = re.compile(r"([^\W\d_]+)['’]s\s+$")  # "the bridge's 85 metres": the bridge


@lru_cache(maxsize=32)
def _links(lex) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], str]:
    f = figures_data(lex)
    norm = lambda key: frozenset(normalize_text(w) for w in f.get(key, []))   # noqa: E731
    return (norm("measure_links"), norm("of"), norm("distance_words"), norm("definite"),
            normalize_text(lex.section("script", {}).get("article", "")))


@lru_cache(maxsize=32)
def _scale(lex) -> dict[str, tuple[str, float]]:
    """Unit key → (dimension, factor to its common unit), from ``[figures.measure_scale]``."""
    out = {}
    for unit, (dim, factor) in figures_data(lex).get("measure_scale", {}).items():
        for form in (normalize_text(unit), noun_key(lex, normalize_text(unit))):
            out.setdefault(form, (dim, float(factor)))
    return out


def _definite(word: str, before: str | None, definite: frozenset[str], article: str, pf) -> bool:
    """A noun told as known: after "the" or a possessive, or with the article attached (`الترع`)."""
    if before is not None and before in definite:
        return True
    if not article:
        return False
    return any(word.startswith(p) and article in p for p in pf if len(word) - len(p) >= 2)


def _key(lex, word: str, stop: frozenset[str]) -> str | None:
    """A noun's key, or None for a word that names nothing (a stop word, a unit)."""
    if word in stop or len(word) < 3:
        return None
    k = noun_key(lex, word)
    if len(k) < 3:
        k = bare(word, prefixes(lex))   # (`السور`: a stem of two letters is kept as written)
    return k if len(k) >= 3 and k not in stop else None


def _nouns(ctx, q: Quantity, data, stop) -> tuple[set[str], bool]:
    """The keys of what a figure measures, read from the words around it, and whether it is told as
    known."""
    links, of, distance, definite, article = data
    lex, text, view = ctx.lexicon, ctx.doc.text, ctx.doc.normalized
    pf = prefixes(lex)
    e, s = view.from_original(q.end), view.from_original(q.start)
    after = _WORD.findall(view.text[e:e + 50])
    before = _WORD.findall(view.text[max(0, s - 60):s])[-_BEFORE:]
    near = before[-3:] + after[1:3]
    if distance & (set(near) | {bare(w, pf) for w in near}):
        return set(), False   # "20 km north of", `على بعد 12 كيلومتراً`: a distance between places
    at = 1 if len(after) >= 3 and after[1] in of else 2 if len(after) >= 4 and after[2] in of else 0
    if at:   # "42 km of canals", "400 cubic metres of waste water": what "of" names is measured
        det = after[at + 1] if after[at + 1] in definite and len(after) >= at + 3 else None
        noun = after[at + 2] if det else after[at + 1]
        told = _definite(noun, det, definite, article, pf) or bool(before) and before[-1] in definite
        return {k for k in [_key(lex, noun, stop)] if k}, told
    owner = _OWNER.search(text, max(0, q.start - 30), q.start)
    if owner is not None:
        return {k for k in [_key(lex, normalize_text(owner.group(1)), stop)] if k}, True
    linked = 0
    while before and (before[-1] in links or bare(before[-1], pf) in links):
        before.pop()
        linked += 1
    if not before or not linked:
        return set(), False   # (no link word before the figure: its noun is not told there)
    found = [_key(lex, w, stop) for w in before[-2:]]   # the noun, or the noun and its adjective
    if not found[-1]:
        return set(), False
    told = _definite(before[-1], before[-2] if len(before) >= 2 else None, definite, article, pf)
    return {k for k in found if k}, told


def _hyphened(ctx, q: Quantity, stop, definite) -> tuple[str, set[str], bool] | None:
    """(unit key, keys of the noun phrase and owner, told as known) of a figure joined to its unit by
    a hyphen; None for another figure or a unit of time ("a 10-year bond")."""
    text, lex = ctx.doc.text, ctx.lexicon
    m = _UNIT.match(text, q.end)
    if m is None or m.group(1).lower() in head_data(lex).stop:
        return None   # (a unit of time: "a 10-year bond")
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[m.end():m.end() + 40])[:_PHRASE]]
    keys = set()
    for w in words:
        if (k := _key(lex, w, stop)) is None:
            break
        keys.add(k)
    owner = _OWNER.search(text, max(0, q.start - 30), q.start)
    if owner is not None and (k := _key(lex, owner.group(1).lower(), stop)):
        keys.add(k)
    lead = re.findall(r"[^\W\d_]+", text[max(0, q.start - 20):q.start])
    return noun_key(lex, m.group(1).lower()), keys, owner is not None or bool(lead) and lead[-1].lower() in definite


def find_measured(ctx, quantities: list[Quantity], sents: Sentences, apart):
    """Yield (earlier, later, unit) for the only two measures of one unit told of one noun."""
    lex = ctx.lexicon
    data = _links(lex)
    if not data[0]:
        return
    scale = _scale(lex)
    units = frozenset(noun_key(lex, u) for u in measure_units(lex)) | frozenset(scale)
    stop = head_data(lex).stop | units
    groups: dict[tuple[str, str], list[Quantity]] = collections.defaultdict(list)
    known = set()   # the figures told of a thing already known ("the bridge's 85 metres")
    factors: dict[int, float] = {}   # each figure's factor to the common unit of its dimension
    for q in quantities:
        if q.unit is not None or q.vague or q.subset or q.value <= 0:
            continue
        got = _hyphened(ctx, q, stop, data[3])
        if got is None and q.group is not None and (unit := _unit(lex, q.group, scale, ctx.doc.normalized_slice(q.end, q.end + 30))) in units:
            got = (unit, *_nouns(ctx, q, data, stop))
        if got is None:
            continue
        if got[2]:
            known.add(q.start)
        dim, factor = scale.get(got[0], (got[0], 1.0))
        factors[q.start] = factor
        for noun in got[1]:
            groups[(dim, noun)].append(q)
    _merge_compounds(groups)
    done = set()
    for (unit, noun), found in sorted(groups.items(), key=lambda g: g[1][0].start):
        values = list(dict.fromkeys(q.value * factors[q.start] for q in found))
        if len(values) != 2 or len(found) > 4:
            continue   # (one value told again, as in a headline and its lede, is one figure)
        a = found[0]
        b = next(q for q in found if q.value * factors[q.start] != a.value * factors[a.start])
        if (a.start, b.start) in done:
            continue
        lo, hi = sorted((a.value * factors[a.start], b.value * factors[b.start]))
        if b.start not in known or sents.index(a.start) == sents.index(b.start) or hi / lo > _RATIO \
                or (compatible(a, b) if factors[a.start] == factors[b.start] else _close(a, b, factors)) \
                or apart(a, b) or opens_another(ctx, a, b) \
                or (k := sents.index(b.start)) is not None and tells_new(sents.norm(k), head_data(lex).novel, prefixes(lex)):
            continue
        done.add((a.start, b.start))
        yield _with_unit(ctx, a), _with_unit(ctx, b), _named(ctx, b, noun, stop)


_UNIT_AFTER = re.compile(r"-?[^\S\n]?(?:[^\W\d_]|[\u064B-\u065F\u0670])+")


def _with_unit(ctx, q: Quantity) -> Quantity:
    """The figure with the unit written after it ("1.2-kilometre", "900 metres", "400 cubic metres"):
    two units of one dimension are told in the message."""
    m = _UNIT_AFTER.match(ctx.doc.text, q.end)
    if m is None:
        return q
    two = _UNIT_AFTER.match(ctx.doc.text, m.end())
    if two is not None and " ".join(normalize_text(ctx.doc.text[q.end:two.end()]).split()) in _scale(ctx.lexicon):
        m = two
    return replace(q, end=m.end(), text=ctx.doc.text[q.start:m.end()])


def _named(ctx, q: Quantity, noun: str, stop) -> str:
    """The word of the noun measured as written nearest the figure (`الترع`, "canal")."""
    view = ctx.doc.normalized
    s = view.from_original(q.start)
    for w in sorted(re.findall(r"[^\W\d_]+", view.text[max(0, s - 60):s + 60]), key=len):
        if _key(ctx.lexicon, w, stop) == noun:
            return w
    return noun


def _unit(lex, group: str, scale, after: str = "") -> str:
    """The key of a figure's unit as written after it ("km", `كيلومترات`, "cubic metres": two words)."""
    two = " ".join(re.findall(r"[^\W\d_]+", after)[:2])
    if two in scale:
        return two
    g = normalize_text(group)
    return g if g in scale else noun_key(lex, g)


def _close(a: Quantity, b: Quantity, factors: dict[int, float]) -> bool:
    """Two measures in different units of one dimension that agree: their ranges in the common unit
    meet, a figure told with "about" widened by a tenth, one told plainly by a hundredth (rounding)."""
    def span(q):
        f, widen = factors[q.start], 0.1 if q.qualifier else 0.01
        return q.low * f * (1 - widen), q.high * f * (1 + widen)
    (la, ha), (lb, hb) = span(a), span(b)
    return max(la, lb) <= min(ha, hb)


def _merge_compounds(groups: dict[tuple[str, str], list[Quantity]]) -> None:
    """A noun that ends another of the same unit ("bridge", "footbridge") is that one told short."""
    for (unit, noun) in list(groups):
        if (unit, noun) not in groups:
            continue
        for (u2, longer) in list(groups):
            if u2 == unit and longer != noun and len(noun) >= 4 and longer.endswith(noun) \
                    and len(groups[(unit, noun)]) == 1 and len(groups[(u2, longer)]) == 1:
                groups[(u2, longer)] = sorted(groups[(u2, longer)] + groups.pop((unit, noun)), key=lambda q: q.start)
                break
