"""Figures. NUM001: the same quantity of the same thing stated twice with figures that cannot both
be right. NUM002: a count that does not match the list it announces, and the shares of one
breakdown that add up to well over 100%."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from rapidfuzz import fuzz

from checker import Example, hookimpl, rule
from checker.language.matching import phrase_key, word_regex
from checker.language.normalize import normalize_text
from checker.extractors.quantity_mentions import Quantity, overlap

_SHARE_TOLERANCE = 2.0   # percentage points over 100 allowed for rounding


@lru_cache(maxsize=32)
def _stopwords(lex) -> frozenset[str]:
    words = set(lex.section("stopwords", {}).get("words", []))
    for ws in lex.section("quantities", {}).get("things", {}).values():
        words.update(ws)
    return frozenset(normalize_text(w) for w in words)


def _content(doc, start: int, end: int, stop: frozenset[str]) -> set[str]:
    view = doc.normalized
    text = view.text[view.from_original(start):view.from_original(end)]
    pf = _prefixes(doc.lexicon)
    return {t for t in re.findall(r"[^\W\d_]{3,}", text) if t not in stop and len(_bare(t, pf)) >= 3}


def _sentence(doc, pos: int):
    return next((s for s in doc.sentences if s.start <= pos < s.end), None)


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
    s = _sentence(doc, pos)
    view = doc.normalized
    return view.text[view.from_original(s.start):view.from_original(s.end)] if s else ""


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
    sa, sb = _sentence(doc, a.start), _sentence(doc, b.start)
    if sa is None or sb is None or sa is sb:
        return False
    view = doc.normalized
    ta = view.text[view.from_original(sa.start):view.from_original(sa.end)]
    tb = view.text[view.from_original(sb.start):view.from_original(sb.end)]
    rx, classes = events_rx
    wa = {m.group("e") for m in rx.finditer(ta)}
    wb = {m.group("e") for m in rx.finditer(tb)}
    if not {classes[" ".join(w.split())] for w in wa} & {classes[" ".join(w.split())] for w in wb}:
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


@lru_cache(maxsize=32)
def _list_patterns(lex):
    q = lex.section("quantities", {})
    e = lex.section("enumerations", {})
    partial = "|".join(re.escape(normalize_text(w)) for w in sorted(e.get("partial", []), key=len, reverse=True))
    conj = "|".join(re.escape(normalize_text(w)) for w in e.get("and", []))
    return (re.compile(rf"(?:{partial})") if partial else None,
            re.compile(rf"\s*(?:,|،|\s(?:{conj})\s|\s(?:{conj})(?=\S))\s*") if conj else re.compile(r"\s*[,،]\s*"),
            frozenset(q.get("words", {})))


@rule(
    id="NUM002",
    name="count-mismatch",
    severity="warning",
    languages=["*"],
    summary="A count that does not match the list it announces, or the shares of one breakdown adding up to well over 100%.",
    messages={
        "count": "The count '{count}' does not match the list that follows, which names {items}.",
        "shares": "These shares of one breakdown add up to {total:g}%.",
    },
    examples=[
        Example("Four ministers resigned on Monday: Ahmed Saleh, Rana Haddad and Omar Khalil.", "en", True),
        Example("Three ministers resigned on Monday: Ahmed Saleh, Rana Haddad and Omar Khalil.", "en", False),
        Example("Four ministers resigned, including Ahmed Saleh and Rana Haddad.", "en", False),
        Example("وأظهر الاستطلاع أن 55% يؤيدون الاتفاق، و40% يعارضونه، و15% لم يحددوا موقفهم.", "ar", True),
        Example("وأظهر الاستطلاع أن 45% يؤيدون الاتفاق، و40% يعارضونه، و15% لم يحددوا موقفهم.", "ar", False),
    ],
)
def count_mismatch(ctx, quantities):
    """
    ## What it flags
    A number that announces a list ("four ministers resigned: A, B and C", `اعتقال ثلاثة:
    أ و ب`) when the list after the colon names a different number of items; and percentages
    given as the shares of one breakdown — three or more in one sentence about a poll or a vote,
    each introducing its own clause ("55% support, 40% oppose and 15% are undecided") — that
    add up to more than 102%.

    ## Why it matters
    A count and its list that disagree mean a name was dropped or the number is stale; shares
    over 100% mean one of them is mistyped.

    ## Example
    "Four ministers resigned on Monday: Ahmed Saleh, Rana Haddad and Omar Khalil."

    ## Not flagged
    A partial list ("including", `بينهم`, "among them"), a list of the right length, and
    percentages of different things in one sentence when one of them rose or fell.
    """
    text = ctx.text
    partial, splitter, _words = _list_patterns(ctx.lexicon)
    view = ctx.doc.normalized
    for q in quantities:
        if q.unit is not None or q.low != q.high or q.value < 2 or q.value > 12:
            continue
        sent = _sentence(ctx.doc, q.start)
        if sent is None:
            continue
        colon = text.find(":", q.end, sent.end)
        if colon < 0 or colon - q.end > 60 or re.search(r"[\"“«]", text[q.end:colon]):
            continue
        head = view.text[view.from_original(q.start):view.from_original(colon)]
        if partial is not None and partial.search(head):
            continue
        raw = text[colon + 1:sent.end]
        lead = len(raw) - len(raw.lstrip())
        tail = raw.strip().rstrip(".؟!").rstrip()
        if not tail or re.search(r"\d", tail) or len(tail) > 200:
            continue
        items = [i for i in splitter.split(tail) if i.strip()]
        if len(items) < 2 or any(len(i.split()) > 4 for i in items):
            continue  # not a list of names
        if len(items) != int(q.value):
            list_start = colon + 1 + lead
            ctx.report("count", q.start, q.end,
                       related=[ctx.related(list_start, list_start + len(tail), f"{len(items)} items")],
                       count=text[q.start:q.end], items=len(items))
    _shares(ctx, quantities)


@lru_cache(maxsize=32)
def _share_rx(lex):
    """Words of change (a figure that rose is no share) and words of a poll or a vote."""
    q = lex.section("quantities", {})
    return (word_regex(lex, q.get("updates", {}).get("words", [])),
            word_regex(lex, q.get("breakdown", {}).get("words", [])))


def _shares(ctx, quantities) -> None:
    change_rx, breakdown_rx = _share_rx(ctx.lexicon)
    by_sentence: dict[int, list[Quantity]] = collections.defaultdict(list)
    for q in quantities:
        if q.unit == "%" and q.low == q.high:
            sent = _sentence(ctx.doc, q.start)
            if sent is not None:
                by_sentence[sent.start].append(q)
    view = ctx.doc.normalized
    for start, qs in by_sentence.items():
        if len(qs) < 3:
            continue
        sent = _sentence(ctx.doc, start)
        norm = view.text[view.from_original(sent.start):view.from_original(sent.end)]
        if change_rx is not None and change_rx.search(norm):
            continue
        if breakdown_rx is None or not breakdown_rx.search(norm):
            continue  # percentages of different things, not the shares of one whole
        gaps = [ctx.text[a.end:b.start] for a, b in zip(qs, qs[1:])]
        if any(len(g) > 60 or not re.search(r"[,،]|\b(?:and|و)\b|\sو", g) for g in gaps):
            continue
        total = sum(q.value for q in qs)
        if total > 100 + _SHARE_TOLERANCE:
            ctx.report("shares", qs[0].start, qs[-1].end,
                       related=[ctx.related(q.start, q.end, f"{q.value:g}%") for q in qs], total=total)


@hookimpl
def checker_register_rules():
    return [conflicting_figures, count_mismatch]
