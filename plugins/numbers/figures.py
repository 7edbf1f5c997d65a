"""NUM001: the same quantity of the same thing stated twice with figures that cannot both be right."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker import Example, rule
from checker.language.matching import matched_key, phrase_key, word_regex
from checker.language.normalize import normalize_text
from checker.extractors.quantity_mentions import Quantity, overlap


@lru_cache(maxsize=32)
def _stopwords(lex) -> frozenset[str]:
    words = set(lex.section("stopwords", {}).get("words", []))
    for ws in lex.section("quantities", {}).get("things", {}).values():
        words.update(ws)
    return frozenset(normalize_text(w) for w in words)


def _content(doc, start: int, end: int, stop: frozenset[str]) -> set[str]:
    text = doc.normalized_slice(start, end)
    pf = _prefixes(doc.lexicon)
    return {t for t in re.findall(r"[^\W\d_]{3,}", text) if t not in stop and len(_bare(t, pf)) >= 3}


@rule(
    id="NUM001",
    name="conflicting-figures",
    severity="warning",
    languages=["*"],
    summary="The same quantity of the same thing (a death toll, a reward) given twice with figures that cannot both be right.",
    messages={
        "conflict": "{second} {thing} here, but {first} earlier in the article: the two figures cannot both be right.",
        "sources": "{second} {thing} here, but {first} earlier; both figures are attributed, so the sources may differ — "
                   "say so, or correct one.",
    },
    examples=[
        Example("وأدى تفجير الكنيسة إلى مقتل 25 شخصاً.\nوقالت الوزارة إن تفجير الكنيسة أسفر عن 20 قتيلاً.", "ar", True),
        Example("وأدى تفجير الكنيسة إلى مقتل 25 شخصاً.\nوارتفعت حصيلة تفجير الكنيسة إلى 30 قتيلاً.", "ar", False),
        Example("The church bombing killed 25 people.\nOfficials said the church bombing left more than 30 dead.", "en", True),
        Example("The church bombing killed more than 25 people.\nOfficials said the church bombing left 30 dead.", "en", False),
    ],
)
def conflicting_figures(ctx, quantities, date_mentions):
    """
    ## What it flags
    One quantity of one thing given twice with figures whose intervals cannot both hold: "25
    dead" and later "more than 30 dead", `مقتل 25 شخصاً` and `20 قتيلاً`, a $10 million reward
    and a $5 million one. The thing counted is recognised through a lexicon of words that name it
    (killed, dead, victims, `قتلى`, `ضحايا` are one class), qualifiers become intervals ("more than
    25" is 25 or more, "about 30" is 26 to 34, "dozens" 24 to 100), and the two sentences must
    name the same kind of event (an attack, a bombing, a crash, `تفجير`, `حادث`) and share a
    distinctive word beside it (the place, the target), and no different dates may set them apart,
    so that two events of one roundup or timeline are not taken for one.

    ## Why it matters
    A toll or an amount that changes within one story, without a word saying it was updated,
    tells the reader that at least one of the figures is wrong.

    ## Example
    `أدى تفجير الكنيسة إلى مقتل 25 شخصاً` … `أسفر تفجير الكنيسة عن 20 قتيلاً`.

    ## Not flagged
    A figure said to be updated ("the toll rose to 31", `ارتفعت الحصيلة`), compatible figures
    ("more than 25" and 30), part of a total ("25 dead, including 10 children", `بينهم`,
    "excluding"), counts of two different groups ("8 soldiers" and "14 militants"), figures of
    different things or different currencies, and figures in sentences that share no distinctive
    word. Two figures each attributed to a source ("police said", `بحسب`) are reported for
    information only: the sources may disagree, and the article should say so.
    """
    stop = _stopwords(ctx.lexicon)
    events_rx = _events_rx(ctx.lexicon)
    if events_rx is None:
        return
    groups: dict[tuple, list[Quantity]] = collections.defaultdict(list)
    for q in quantities:
        if q.thing is not None and not q.subset:
            groups[(q.thing, q.unit)].append(q)
    reported: set[int] = set()
    attribution = _attribution_rx(ctx.lexicon)
    freq: collections.Counter[str] | None = None
    for (thing, _unit), qs in groups.items():
        for i, a in enumerate(qs):
            for b in qs[i + 1:]:
                if b.start in reported or b.update or a.update or overlap(a, b):
                    continue
                pf = _prefixes(ctx.lexicon)
                if a.unit is None and (a.group or b.group) and (
                        not (a.group and b.group) or _bare(a.group, pf) != _bare(b.group, pf)):
                    continue  # "8 soldiers" and "14 militants", or "89 killed" and "5 Americans": two groups
                if freq is None:  # counted once, and only when two figures disagree
                    freq = collections.Counter()
                    for sent in ctx.doc.sentences:
                        freq.update(_bare(w, _prefixes(ctx.lexicon)) for w in _content(ctx.doc, sent.start, sent.end, stop))
                if not _same_event(ctx, a, b, events_rx, stop, freq, date_mentions):
                    continue
                sourced = attribution is not None and all(
                    attribution.search(_norm_sentence(ctx.doc, q.start)) for q in (a, b))
                reported.add(b.start)
                ctx.report("sources" if sourced else "conflict", b.start, b.end,
                           related=[ctx.related(a.start, a.end, "the same figure given earlier")],
                           severity="info" if sourced else None,
                           first=a.text, second=b.text, thing=_thing_word(ctx.doc, b))
                break


@lru_cache(maxsize=32)
def _attribution_rx(lex):
    return word_regex(lex, lex.section("quantities", {}).get("attribution", {}).get("words", []))


def _norm_sentence(doc, pos: int) -> str:
    s = doc.sentence_at(pos)
    return doc.normalized_slice(s.start, s.end) if s else ""


def _bare(token: str, prefixes: tuple[str, ...] = ()) -> str:
    """A word without an attached article or proclitic, for comparing two sentences' words."""
    for prefix in prefixes:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix):]
    return token


@lru_cache(maxsize=32)
def _prefixes(lex) -> tuple[str, ...]:
    """What a language attaches before a word, longest first: Arabic وال بال لل ال …"""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    pro = [normalize_text(p) for p in lex.proclitics]
    forms = [p + article for p in pro if article] + [normalize_text(c) for _, c in
                                                      lex.section("script", {}).get("contractions", [])]
    forms += [article] if article else []
    return tuple(sorted({f for f in forms if f}, key=len, reverse=True))


@lru_cache(maxsize=32)
def _events_rx(lex):
    classes = {}
    for cls, words in lex.section("quantities", {}).get("events", {}).items():
        for w in words:
            classes.setdefault(phrase_key(w), cls)
    rx = word_regex(lex, classes, group="e", article=True)
    return (rx, classes) if rx is not None else None


def _nearest_date(date_mentions, pos: int):
    """The last date written before ``pos`` (within a few lines), or None."""
    before = [m for m in date_mentions if m.end <= pos and pos - m.end <= 300 and not m.bare_year and m.interval()]
    return before[-1] if before else None


def _same_event(ctx, a: Quantity, b: Quantity, events_rx, stop, freq, date_mentions) -> bool:
    """Two figures belong to one event when both sentences name the same kind of event, share a
    distinctive word beside it, and no different dates set them apart."""
    doc = ctx.doc
    sa, sb = doc.sentence_at(a.start), doc.sentence_at(b.start)
    if sa is None or sb is None or sa is sb:
        return False
    ta = doc.normalized_slice(sa.start, sa.end)
    tb = doc.normalized_slice(sb.start, sb.end)
    rx, classes = events_rx
    wa = {m.group("e") for m in rx.finditer(ta)}
    wb = {m.group("e") for m in rx.finditer(tb)}
    if not {classes[matched_key(w)] for w in wa} & {classes[matched_key(w)] for w in wb}:
        return False
    pf = _prefixes(doc.lexicon)
    ca = {_bare(w, pf) for w in _content(doc, sa.start, sa.end, stop)} - {_bare(w, pf) for w in wa}
    cb = {_bare(w, pf) for w in _content(doc, sb.start, sb.end, stop)} - {_bare(w, pf) for w in wb}
    if not {w for w in ca & cb if freq[w] <= 4}:
        return False
    da, db = _nearest_date(date_mentions, a.start), _nearest_date(date_mentions, b.start)
    if da is not None and db is not None and da is not db:
        ia, ib = da.interval(), db.interval()
        if ia[1] < ib[0] or ib[1] < ia[0]:
            return False  # figures under different dates: a timeline of events, not one event
    return True


def _thing_word(doc, q: Quantity) -> str:
    if q.thing_span is None:
        return q.thing or ""
    s, e = q.thing_span
    return f"'{doc.text[s:e]}'"
