"""NUM001's reading of a measure joined to its unit by a hyphen ("a 150-megawatt solar farm",
"the 158-km stage"). Such figures are part of what a thing is and are not compared as counts (a
10-year and a 30-year bond are two bonds), except when two of them of one unit, in different
sentences, are written with the same digits in another order ("a 150-megawatt solar farm" …
"the 105-megawatt plant"): one figure mistyped, as a transposition seldom happens by chance; and
except against the one other measure of its unit in the article, told plainly in a sentence that
names the thing it measures ("A 200-megawatt solar plant" … "At 240 megawatts, the plant will";
"The Zahrani power station … can generate up to 470 megawatts" … "the 440-megawatt Zahrani
plant": "up to" with a verb of capacity tells the capacity itself). A unit may be written two ways ("MW",
"megawatt": ``[figures.measure_scale]``); among several measures of the unit, the one pair whose plain
figure's sentence names two words of the hyphenated one's noun phrase ("600 MW wind farm" … "a
650-megawatt wind farm"), or the one written with its digits in another order ("1.2 million tonnes
a year" … "the 2.1-million-tonne quota")."""

from __future__ import annotations

import collections
from functools import lru_cache

from checker.language.regexes import compiled

from .common import Sentences, compatible, figures_data, transposed, written_digits
from .heads import head_data, noun_key

_UNIT = compiled(r"-([^\W\d_]+)(?![\w-])")   # the unit right after the hyphen, one word ("-megawatt")
_WORDS = compiled(r"\s+([^\W\d_]+)")
_OWNER = compiled(r"([^\W\d_]+)['’]s\s+$")   # "the vessel's 1,580-tonne limit": the vessel


def find_transposed(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, unit) for two hyphenated measures of one unit whose digits are
    the same in another order, unless a date sets their sentences apart."""
    text = ctx.doc.text
    by_unit: dict[str, list] = collections.defaultdict(list)
    phrases = {}
    for q in quantities:
        m = _UNIT.match(text, q.end)
        if m is not None and q.value == int(q.value) and q.unit is None:
            by_unit[m.group(1).lower()].append(q)
            phrases[q.start] = _phrase(ctx, text, m.end())
    for unit, qs in by_unit.items():
        for i, b in enumerate(qs):
            for a in qs[:i]:
                pa, pb = phrases[a.start], phrases[b.start]
                if len(pa) >= 2 and len(pb) >= 2 and pa[0] != pb[0]:
                    continue   # "a 150-megawatt solar farm" … "the 105-megawatt hydro plant": two things
                if sents.index(a.start) != sents.index(b.start) and transposed(a.value, b.value) \
                        and not dated(a, b):
                    yield a, b, unit
                    break


def _phrase(ctx, text: str, end: int) -> list[str]:
    """The words of the noun phrase after a measure's unit, up to three, before a stop word."""
    stop, out = head_data(ctx.lexicon).stop, []
    for m in _WORDS.finditer(text, end, end + 60):
        if m.start() != (end if not out else out[-1][1]) or m.group(1).lower() in stop or len(out) == 3:
            break
        out.append((m.group(1).lower(), m.end()))
    return [w for w, _ in out]


def find_attributed(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, unit) for a hyphenated measure and the one other measure of its unit
    in the article, told plainly in another sentence that names a word of the thing measured (its
    noun phrase, or its owner) or with the same digits in another order, with figures that cannot
    both be right."""
    text, lex = ctx.doc.text, ctx.lexicon
    stop, reached, extra = head_data(lex).stop, _reached(lex), head_data(lex).additional
    hyphened, plain = collections.defaultdict(list), collections.defaultdict(list)
    of_words = {w.lower() for w in figures_data(lex).get("of", []) if " " not in w}
    dets = {w.lower() for w in figures_data(lex).get("restated", {}).get("determiners", [])}
    for q in quantities:
        if q.unit is not None or q.value <= 0:
            continue
        if (m := _UNIT.match(text, q.end)) is not None:
            owner, phrase = _OWNER.search(text, max(0, q.start - 30), q.start), _phrase(ctx, text, m.end())
            words = set(phrase) | ({owner.group(1).lower()} if owner and len(phrase) <= 1 else set())
            #   (the owner of a property, "the vessel's 1,580-tonne limit"; not of a part, "the cave's 120-metre
            #   entrance shaft", whose measure is not the cave's)
            hyphened[_unit_key(lex, m.group(1))].append((q, words - stop))
        elif (m := _WORDS.match(text, q.end)) is not None and not q.vague:   # told plainly: "240 megawatts"
            before = text[max(0, q.start - 12):q.start].split()
            after = [w.lower() for w in text[m.end():m.end() + 24].split()[:2]]
            if len(after) == 2 and after[0] in of_words and after[1] in dets:
                continue   # "43 pages of his thesis were copied": a part of what the other measures (not
                #            "1,850 tonnes of cargo": what is measured)
            if not (before and (before[-1].lower() in reached or before[-1].lower() in extra)):
                # (not "expanded to 240 megawatts", nor "by another 18 km": an addition)
                plain[_unit_key(lex, m.group(1))].append(q)
    terms = frozenset(noun_key(lex, w) for w in figures_data(lex).get("term_units", []))
    for unit, hs in hyphened.items():
        if unit in terms or not (ps := plain.get(unit, [])):   # ("three-month deposits": a kind, not a length)
            continue
        told_in = {p.start: {w.lower() for w in _WORDS.findall(" " + text[sents.items[k].start:sents.items[k].end])}
                   for p in ps if (k := sents.index(p.start)) is not None}
        pairs = [(h, words, p) for h, words in hs for p in ps if p.start in told_in]
        if len(pairs) > 1:   # of several, the one pair whose plain figure's sentence names two words of the other's
            #                  noun phrase ("a 650-megawatt wind farm" … "600 MW wind farm", not "the 86-megawatt
            #                  Wadi Shaheen farm" nor "in two phases: 350 MW"), or the one written with its digits in
            #                  another order ("1.2 million tonnes a year" … "the 2.1-million-tonne quota")
            swapped = [x for x in pairs if transposed(x[0].value, x[2].value) and written_digits(x[0]) == written_digits(x[2])]
            pairs = swapped if len(swapped) == 1 else [x for x in pairs if len(x[1] & told_in[x[2].start]) >= 2]
        if len(pairs) != 1:
            continue   # (else which is which is unclear)
        h, words, p = pairs[0]
        told = told_in[p.start]
        if sents.index(p.start) == sents.index(h.start) or dated(h, p) or not words:
            continue
        if (words & told or transposed(h.value, p.value)) and not _fits(p, h):   # (or its digits in another order:
            #   "the 1,140-foot bridge" … "The span, which stretches some 1,410 feet": one figure mistyped)
            a, b = (h, p) if h.start < p.start else (p, h)
            yield a, b, _UNIT.match(text, h.end).group(1).lower()   # (the unit as the hyphen joins it)


def _unit_key(lex, unit: str):
    """A unit of measure as its dimension and scale ("MW" and "megawatt" are one), else its noun."""
    return tuple(scale) if (scale := figures_data(lex).get("measure_scale", {}).get(unit)) else noun_key(lex, unit.lower())


def _fits(plain, hyphened) -> bool:
    """The plain figure agrees with the attribute: compatible, or "up to" it as a capacity."""
    if plain.high is not None and plain.high == hyphened.value:
        return True
    return compatible(plain, hyphened) and plain.low == plain.high


@lru_cache(maxsize=32)
def _reached(lex) -> frozenset[str]:
    """Words right before a figure that make it a value reached, left or changed by ("to", "from",
    "by"): a change, no measure of the thing as it is."""
    f = figures_data(lex)
    return frozenset(w.lower() for w in [*f.get("reached_to", []), *f.get("changed_from", []), *f.get("change_by", [])])
