"""NUM002: a count that does not match the list it announces, and the shares of one breakdown that
add up to well over 100%."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker import Example, rule
from checker.language.matching import alternation, word_regex
from checker.extractors.quantity_mentions import Quantity

_SHARE_TOLERANCE = 2.0   # percentage points over 100 allowed for rounding


@lru_cache(maxsize=32)
def _list_patterns(lex):
    q = lex.section("quantities", {})
    e = lex.section("enumerations", {})
    partial = alternation(e.get("partial", []), space=r"\ ")
    conj = alternation(e.get("and", []), space=r"\ ")
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
    for q in quantities:
        if q.unit is not None or q.low != q.high or q.value < 2 or q.value > 12:
            continue
        sent = ctx.doc.sentence_at(q.start)
        if sent is None:
            continue
        colon = text.find(":", q.end, sent.end)
        if colon < 0 or colon - q.end > 60 or re.search(r"[\"“«]", text[q.end:colon]):
            continue
        head = ctx.doc.normalized_slice(q.start, colon)
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
            sent = ctx.doc.sentence_at(q.start)
            if sent is not None:
                by_sentence[sent.start].append(q)
    for start, qs in by_sentence.items():
        if len(qs) < 3:
            continue
        sent = ctx.doc.sentence_at(start)
        norm = ctx.doc.normalized_slice(sent.start, sent.end)
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
