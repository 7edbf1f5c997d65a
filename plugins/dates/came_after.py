"""DATE007's reading of an event told as the subject of a verb of happening, an offset from another
event and that other event's date: "The vote came three days after the final interviews on Oct. 14"
(the vote dated Oct. 11 in another sentence), `وجاء القرار بعد يومين من اجتماع المجلس في 27 ديسمبر`.

The sentence opens with the event's noun (after a conjunction or an article, three words at most), then a
verb of ``[chronology] happened`` ("came", "took place", `جاء`), then an offset phrase of "after" or
"before" with its length, the other event in a few words and its date to the day. The subject's own date
is the one date to the day of the one other sentence that names it (a word of it, or one derived like
one: "vote" / "voted"), told within a few words of that word; it must fit the offset from the other date."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .anchored import _data, _dated_near
from .event_keys import _keys
from .order import Order, find_orders
from .verdicts import date_verdict

_SUBJECT_WORDS = 3   # words of the subject before the verb of happening
_EVENT_WORDS = 4     # words of the other event between the offset and its date
_FROM_EVENT = {"after": "later", "before": "earlier"}
_WORD = compiled(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _happened(lex) -> tuple[re.Pattern, re.Pattern] | None:
    """A verb of happening anywhere, and one ending a text."""
    words = [normalize_text(w) for w in lex.section("chronology", {}).get("happened", [])]
    if not words:
        return None
    return (compiled(rf"(?:{alternation(words)})(?![^\W\d_])", re.I),   # (after a conjunction too: `وجاء`)
            compiled(rf"(?<![^\W\d_])(?:{alternation(words)})\s+$", re.I))


def came_pairs(ctx, points, date_mentions):
    """Yield (the other event's date, the subject's date, order, verdict) where the subject's date does not
    fit the offset from the other event's."""
    doc, lex = ctx.doc, ctx.doc.lexicon
    verbs = _happened(lex)
    if verbs is None:
        return
    anywhere, verb = verbs
    daily = [p for p in points if p.kind == "date" and p.daily]
    links, stop, _, _ = _data(lex)
    for b in daily:
        k = doc.sentence_index(b.start)
        if k < 0:
            continue
        s = doc.sentences[k]
        text = doc.normalized_slice(s.start, b.start)
        got = _phrase(lex, text, verb, links, stop) if anywhere.search(text) else None   # (no verb of happening: none)
        if got is None:
            continue
        order, subject = got
        keys = _keys(lex, subject, stop)
        others = [j for j in range(len(doc.sentences)) if j != k
                  and keys & _keys(lex, doc.normalized_slice(doc.sentences[j].start, doc.sentences[j].end), stop)]
        if len(others) != 1 or not _dated_near(doc, others[0], keys, stop, date_mentions):
            continue
        own = [d for d in daily if doc.sentence_index(d.start) == others[0]]
        if len(own) != 1:
            continue
        verdict = date_verdict(b.m, own[0].m, order)
        if verdict is not None:
            yield b, own[0], order, verdict, s.start


def _phrase(lex, text: str, verb: re.Pattern, links: frozenset[str], stop: frozenset[str]):
    """(order, subject) of "SUBJECT came N after EVENT on" ending ``text``, or None."""
    orders = [o for o in find_orders(lex, text) if o.kind in _FROM_EVENT and o.minutes is not None and o.event is None]
    if not orders:
        return None
    o = orders[-1]
    between = _WORD.findall(text[o.end:])
    if not 1 <= len(between) <= _EVENT_WORDS + 1 or between[-1].lower() not in links or re.search(r"[,،;؛]", text[o.end:]):
        return None   # (the other event in a few words, then "on" right before its date)
    m = verb.search(text, 0, o.start)
    if m is not None:   # "The vote came …"
        told = text[:m.start()]
    elif (m := _verb_first(verb, text, o.start)) is not None:   # `وجاء القرار بعد …`: the verb first
        told = text[m.end():o.start]
    else:
        return None
    subject = [w for w in _WORD.findall(told) if w.lower() not in stop]
    if not 1 <= len(subject) <= _SUBJECT_WORDS or re.search(r"[,،;؛\"“”«»]", told):
        return None   # (the sentence opens with the subject: no clause before it)
    return Order(o.start, o.end, _FROM_EVENT[o.kind], o.minutes, o.offset), " ".join(subject)


def _verb_first(verb: re.Pattern, text: str, end: int):
    """A verb of happening opening the text (after a conjunction or a mark), its subject after it."""
    m = re.match(r"\W*(?:[وف](?=[^\W\d_]{2}))?([^\W\d_]+)\s+", text)
    return m if m is not None and m.end() < end and verb.fullmatch(m.group(1) + " ") else None
