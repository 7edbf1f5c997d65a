"""Tolls and other classed counts (killed, injured, arrested, a reward): two figures of one
class of thing, in sentences about one event — the same kind of event, and a distinctive word
in common or the later sentence naming the event as already told ("the floods, which killed",
`الانفجار الذي أسفر`) — and no different dates setting them apart."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity, overlap
from checker.language.matching import alternation, phrase_key, proclitic_letters, word_regex
from checker.language.regexes import compiled
from checker.language.normalize import normalize_text

from .restated import guards
from .common import CLAUSE_MARKS, Sentences, bare, content, figures_data, headline, prefixes, stopwords, written_digits


@lru_cache(maxsize=32)
def events_rx(lex):
    classes = {}
    for cls, words in lex.section("quantities", {}).get("events", {}).items():
        for w in words:
            classes.setdefault(phrase_key(w), cls)
    rx = word_regex(lex, classes, group="e", article=True)
    return (rx, classes) if rx is not None else None


@lru_cache(maxsize=32)
def _definite_rx(lex):
    """An event word told as already known: "the floods", `الانفجار`, "this attack"."""
    f = figures_data(lex)
    return frozenset(normalize_text(w) for w in f.get("definite", []))


_CANDIDATES = 32  # later figures of its class, of other values, each figure is weighed against


def _next_other(qs: list[Quantity]) -> list[int]:
    """For each figure, the index of the next one whose interval differs from its own (a run of
    equal figures, "25 dead" told again and again, is skipped in one step)."""
    out = [len(qs)] * len(qs)
    for j in range(len(qs) - 2, -1, -1):
        same = (qs[j].low, qs[j].high) == (qs[j + 1].low, qs[j + 1].high)
        out[j] = out[j + 1] if same else j + 1
    return out


def _later(qs: list[Quantity], i: int, nxt: list[int]):
    """The figures after ``qs[i]`` whose interval cannot hold with its own, in order, at most
    :data:`_CANDIDATES` of them: a toll is contradicted near where it is told, and a run of equal
    figures costs one step, so an article of any length is read in linear time."""
    a, j, n = qs[i], i + 1, 0
    while j < len(qs) and n < _CANDIDATES:
        if overlap(a, qs[j]):
            j = nxt[j]  # every figure of the run has this interval, and overlaps as well
            continue
        yield qs[j]
        n += 1
        j += 1


def find_toll_pairs(ctx, quantities: list[Quantity], sents: Sentences, near_date, clause_dated=None):
    """Yield (earlier, later) pairs of classed figures that cannot both be right. A count that
    refers back ("the 12 people arrested") is set apart only by a date in its own clause
    (``clause_dated``): "Of the 12 people arrested, four were freed on Friday" is the arrest."""
    rx = events_rx(ctx.lexicon)
    if rx is None:
        return
    stop = stopwords(ctx.lexicon)
    pf = prefixes(ctx.lexicon)
    groups: dict[tuple, list[Quantity]] = collections.defaultdict(list)
    previous, view = guards(ctx.lexicon)[0], ctx.doc.normalized
    counters = _counters(ctx.lexicon)
    part = _partitive_toll_rx(ctx.lexicon)
    parts = {q.thing_span for q in quantities if q.thing_span is not None and q.end <= q.thing_span[0]
             and part.match(ctx.doc.normalized_slice(q.end, q.thing_span[0]).lower())}
    of_another = _partitive_after_rx(ctx.lexicon)
    for q in quantities:
        if q.thing_span in parts:
            continue   # "Eleven of the dead were in Sava and six in …", `11 من القتلى`: parts of the toll
        if q.thing_span is not None and q.thing_span[1] <= q.start and of_another.match(ctx.doc.normalized_slice(q.end, q.end + 12).lower()):
            continue   # `بعد وفاة اثنين من المصابين`: a part of another count (the injured), told dying
        if q.thing is not None and not q.subset and not (previous is not None and previous.search(
                view.text[max(0, view.from_original(q.start) - 30):view.from_original(q.start)])):
            groups[(q.thing, q.unit)].append(q)   # (not "compared with 11 deaths last year": a figure to compare)
    reported: set[int] = set()
    freq: collections.Counter[str] | None = None
    head = headline(sents)
    updated = {q.value for q in quantities if q.update and q.unit is None}   # "the toll rose to five": the count now
    # … and a figure in the sentence of such an update is the count before it ("rose to five …,
    # having been three on Saturday", `ارتفعت الحصيلة إلى خمسة …، وكانت ثلاثة مساء السبت`)
    updating = {sents.index(q.start) for q in quantities if q.update and q.unit is None}
    for qs in groups.values():
        nxt = _next_other(qs)
        figured = sum(1 for q in qs if not q.vague and any(c.isdigit() for c in q.text))   # tolls written in figures
        for i, a in enumerate(qs):
            if a.update:
                continue
            for b in _later(qs, i, nxt):
                if b.start in reported or b.update or b.value in updated or \
                        a.value in updated and sents.index(b.start) in updating:
                    continue   # … "the five victims" tells the new count, not a slip of "three"
                ga, gb = (None if q.group in counters else q.group for q in (a, b))   # (`32 حالة`: the deaths)
                swapped = figured == 2 and _swapped(a, b)   # ("37 people detained" … "detained 73 supporters")
                told_back = ga and not gb and _refers_back(ctx, b) and a is qs[0] \
                    and all(q.group for q in qs if a.start < q.start < b.start)   # (parts between: "seven women")
                headlined = not ga and head is not None and sents.index(a.start) == head and head < sents.index(b.start) <= head + 3
                if a.unit is None and (ga or gb) and (not (ga and gb) and not swapped and not told_back and not headlined
                                                      or ga and gb and bare(ga, pf) != bare(gb, pf)):
                    continue  # "8 soldiers" and "14 militants", or "89 killed" and "5 Americans": two groups
                    #           (but "27 migrants" … "the 21 victims" tells that count back, and the body's opening
                    #           names the group a headline's toll leaves out: "…, injuring 14" … "injured 17 passengers")
                if freq is None:  # counted once, and only when two figures disagree
                    freq = collections.Counter()
                    for sent in ctx.doc.sentences:
                        freq.update(bare(w, pf) for w in content(ctx.doc, sent.start, sent.end, stop))
                same = swapped or _same_event(ctx, a, b, rx, stop, freq, sents, len(qs) == 2, headlined and all(
                    q is a or q is b or sents.index(q.start) > head + 3 for q in qs))   # (the only two of the opening)
                if not same and _refers_back(ctx, b) and (told_back or a is _told_last(ctx.doc.text, qs, b)):
                    if clause_dated is not None and clause_dated(b, a):
                        continue   # told back to, but dated in its own clause: another count
                elif not same or near_date(a, b):
                    continue
                reported.add(b.start)
                yield a, b, None
                break


@lru_cache(maxsize=32)
def _partitive_toll_rx(lex):
    """Between a figure and its class word, "of" and a determiner: the figure is a part of those."""
    f = figures_data(lex)
    of, det = (alternation(f.get(k, [])) or "(?!x)x" for k in ("of", "definite"))
    return compiled(rf"\s+(?:{of})\s+(?:(?:{det})\s+)?$")


@lru_cache(maxsize=32)
def _partitive_after_rx(lex):
    """Right after a figure, "of" and a determiner before a word: the figure is a part of that word's group."""
    f = figures_data(lex)
    of, det = (alternation(f.get(k, [])) or "(?!x)x" for k in ("of", "definite"))
    article = normalize_text(lex.section("script", {}).get("article", ""))
    art = rf"|{re.escape(article)}" if article else ""
    return compiled(rf"\s+(?:{of})\s+(?:(?:{det})\s+{art})(?=[^\W\d_])")


@lru_cache(maxsize=32)
def _counters(lex) -> frozenset[str]:
    """Counting words after a toll that name no group (``[figures] toll_counters``: "cases")."""
    return frozenset(normalize_text(w) for w in figures_data(lex).get("toll_counters", []))


def _swapped(a: Quantity, b: Quantity) -> bool:
    """Two tolls of one class, the only two written in figures, with the same digits in another order
    ("with 37 people detained" … "had detained 73 supporters"): one toll mistyped."""
    figures = all(c.isdigit() or c in _SEPARATORS for q in (a, b) for c in q.text)
    return figures and a.value != b.value and len(written_digits(a)) >= 2 and written_digits(a) == written_digits(b)


_SEPARATORS = frozenset(",.،٬ ")   # between the digits of a figure written in figures


def _same_event(ctx, a: Quantity, b: Quantity, events, stop, freq, sents: Sentences, alone: bool = False,
                headlined: bool = False) -> bool:
    ia, ib = sents.index(a.start), sents.index(b.start)
    if ia is None or ib is None or ia == ib:
        return False
    ta, tb = sents.norm(ia), sents.norm(ib)
    rx, classes = events
    ma = {" ".join(m.group("e").split()): m for m in rx.finditer(ta)}
    mb = {" ".join(m.group("e").split()): m for m in rx.finditer(tb)}
    common = {classes[w] for w in ma} & {classes[w] for w in mb}
    if not common:
        return False
    if headlined:
        return True   # the only two of their kind in the headline and the body's opening, of one event's class
    if any(classes[w] in common and _told_before(ctx.lexicon, tb, m) for w, m in mb.items()):
        return True   # "the floods, which killed 30 people": the event already told
    if alone and (any(classes[w] in common and _told_before(ctx.lexicon, ta, m) for w, m in ma.items()) or
                  all(any(classes[w] in common and _definite(ctx.lexicon, t, m) for w, m in ms.items())
                      for t, ms in ((ta, ma), (tb, mb)))):
        return True   # the only two figures of their kind, one event told as known in either
        #               ("The floods, which killed 40 people" … "67 people were killed when
        #               flash floods swept …"), or as "the earthquake" in both
    doc = ctx.doc
    pf = prefixes(doc.lexicon)
    sa, sb = sents.items[ia], sents.items[ib]
    ca = {bare(w, pf) for w in content(doc, sa.start, sa.end, stop)} - {bare(w, pf) for w in ma}
    cb = {bare(w, pf) for w in content(doc, sb.start, sb.end, stop)} - {bare(w, pf) for w in mb}
    return bool({w for w in ca & cb if freq[w] <= 4})


def _told_last(text: str, qs: list[Quantity], b: Quantity) -> Quantity | None:
    """The count of its class told last before ``b``, in one clause with its class word and not
    of a named group ("Of the 23 arrested, nine were freed": nine is not a count of arrests):
    what "the 12 people arrested" refers back to."""
    for q in reversed(qs):
        if q.start < b.start and not q.group and q.thing_span is not None:
            lo, hi = min(q.end, q.thing_span[1]), max(q.start, q.thing_span[0])
            if not any(c in CLAUSE_MARKS for c in text[lo:hi]):
                return q
    return None


def _refers_back(ctx, q: Quantity) -> bool:
    """A count told as already known, its class word after it: "the 12 people arrested", "these
    30 victims", `الموقوفين الـ12`, `الـ37 مصاباً` (the article written on the figure)."""
    if q.thing_span is None or q.group:
        return False
    text = ctx.doc.text
    article = ctx.lexicon.section("script", {}).get("article", "")
    if article and normalize_text(text[max(0, q.start - len(article) - 1):q.start]).rstrip("ـ").endswith(article):
        return q.thing_span[1] <= q.start or 0 < q.thing_span[0] - q.end <= 2   # (or right after it: `الـ37 مصاباً`)
    before = normalize_text(text[max(0, q.start - 12):q.start]).split()
    gap = text[q.end:q.thing_span[0]]
    return bool(before) and before[-1] in _definite_rx(ctx.lexicon) and q.thing_span[0] >= q.end \
        and len(gap.split()) <= 2 and not any(c.isdigit() or c in CLAUSE_MARKS for c in gap)


def _told_before(lex, text: str, m) -> bool:
    """An event word made definite and followed by a relative clause: "the floods, which",
    `الانفجار الذي`. (A definite word alone may open the story of another event.)"""
    f = figures_data(lex)
    if not _definite(lex, text, m):
        return False
    after = text[m.end():m.end() + 16].lstrip(" ,،").split()
    return bool(after) and after[0] in {normalize_text(w) for w in f.get("relative", [])}


def _definite(lex, text: str, m) -> bool:
    """An event word made definite: "the floods", "this attack", `الانفجار`."""
    before = text[max(0, m.start() - 12):m.start()].split()
    script = lex.section("script", {})
    article = script.get("article", "")
    word = m.group()
    return (bool(before) and before[-1] in _definite_rx(lex)) or \
        (bool(article) and word.lstrip(proclitic_letters(lex)).startswith(article)) or \
        any(word.startswith(normalize_text(written)) for _, written in script.get("contractions", []))
