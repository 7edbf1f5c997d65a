"""DATE007's reading of an offset counted from a named event: "two days after the vote, on 20
May", `بعد أسبوع من وصول السفينة الأولى، أي في 3 تشرين الأول`. The event the offset counts from is
dated by the one other sentence of the article that names it — a word of the event's words, or a
word derived like one (`الاقتراع` / `اقترع`) — and holds one date to the day; the second date must
fit the offset from that date. The date right before in its paragraph is left to the reading of
neighbours."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .derivation import deriver
from .order import Order, find_orders
from .verdicts import date_verdict

_EVENT_WORDS = 4   # words of the event named after "after"
_LINK_WORDS = 2    # words between the comma and the date ("i.e. on", `أي في`)
_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=32)
def _data(lex) -> tuple[frozenset[str], frozenset[str]]:
    links = frozenset(normalize_text(w).lower() for w in lex.section("chronology", {}).get("date_links", []))
    stop = frozenset(normalize_text(w).lower() for w in lex.section("stopwords", {}).get("words", []))
    return links, stop


def _keys(lex, text: str, stop: frozenset[str]) -> set[str]:
    der = deriver(lex)
    out: set[str] = set()
    for w in _WORD.findall(text.lower()):
        if w not in stop:
            # a root of two weak letters or more (`*ل*`) says too little to name an event
            out |= {k for k in der.derive(w).keys if k.count("*") < 2} or {w}
    return out


def _named_offset(ctx, sentence_start: int, end: int):
    """The "N after EVENT, on" phrase right before a date (its order, read as "later", and the
    event's keys), or None."""
    lex = ctx.doc.lexicon
    text = ctx.doc.normalized_slice(sentence_start, end)
    orders = find_orders(lex, text)
    if not orders or orders[-1].kind != "after" or orders[-1].minutes is None:
        return None
    o = orders[-1]
    m = re.match(r"([^,،]*)[,،](.*)$", text[o.end:], re.S)
    links, stop = _data(lex)
    if m is None or not 1 <= len(m.group(1).split()) <= _EVENT_WORDS or len(m.group(2).split()) > _LINK_WORDS \
            or any(w.lower() not in links for w in m.group(2).split()):
        return None
    keys = _keys(lex, m.group(1), stop)
    return (Order(o.start, o.end, "later", o.minutes, o.offset), keys) if keys else None


def anchored_pairs(ctx, dates):
    """Yield (anchor date, date, order, verdict) for an offset from a named event that the
    event's date does not fit."""
    doc = ctx.doc
    daily = [d for d in dates if d.kind == "date" and d.daily]
    by_sentence: dict[int, list] = {}
    for d in daily:
        by_sentence.setdefault(doc.sentence_index(d.start), []).append(d)
    _, stop = _data(doc.lexicon)
    words: dict[int, set[str]] = {}
    offsets = {}
    for i, b in enumerate(daily):
        sb = doc.sentence_index(b.start)
        if sb >= 0 and (got := _named_offset(ctx, doc.sentences[sb].start, b.start)) is not None:
            offsets[i] = (sb, got)
    counted = {sb for sb, _ in offsets.values()}   # dated by an offset: no event's own date
    for i, (sb, (order, keys)) in offsets.items():
        b = daily[i]
        found = []
        for k, ds in by_sentence.items():
            if k == sb or k in counted or len(ds) != 1:
                continue
            if k not in words:
                s = doc.sentences[k]
                words[k] = _keys(doc.lexicon, doc.normalized_slice(s.start, s.end), stop)
            if words[k] & keys:
                found.append(ds[0])
        if len(found) != 1 or (i > 0 and found[0] is daily[i - 1]
                               and doc.paragraph_at(found[0].start) is doc.paragraph_at(b.start)):
            continue   # no event or several told with a date; the date right before in the
            #            paragraph: read as neighbours
        verdict = date_verdict(found[0].m, b.m, order)
        if verdict is not None:
            yield found[0], b, order, verdict
