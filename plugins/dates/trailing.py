"""DATE007's trailing offsets: an offset told right after the second date of a sentence, set off
by a comma, that says how long after the first date it came — "Work began in February and ended
in July, eight months later" (five months), `انطلقت الأشغال في فيفري وانتهت في جويلية، أي بعد
ثمانية أشهر`. The offset is an order phrase of ``[chronology]`` with a stated length
("{n} later", `بعد {n}`); right after the comma, a word of ``[chronology] restate`` ("that is",
`أي`) may say that it restates the time from the first date. The offset ends its clause (a word of
``stress_after``, `فحسب`, may follow it). An offset from a named event (`أي بعد يومين من نقل السفارة`) counts from that event, not
from the first date. No other date may
follow in the sentence before the clause ends: "in May, two weeks later, in June" orders the next
pair."""

from __future__ import annotations

from functools import lru_cache

from checker.language.matching import alternation, phrase_key
from checker.language.regexes import compiled

from .order import Order, find_orders

_REACH = 80   # characters after the second date that a trailing offset may take
_LEAD = compiled(r"\s*[,،]\s*")
_WORD = compiled(r"\s*([^\W\d_]+)")
_END = compiled(r"\s*(?:[.,;:،؛)\]»\"”]|$)")


@lru_cache(maxsize=32)
def _restate(lex):
    words = [phrase_key(w) for w in lex.section("chronology", {}).get("restate", [])]
    return compiled(rf"(?:{alternation(words)})(?![^\W\d_])[,،]?\s*") if words else None


def trailing_order(ctx, b_end: int, limit: int) -> Order | None:
    """The offset told right after a second date ending at original ``b_end`` (up to ``limit``,
    the next date or the sentence's end), as an order from the first date to it, its offsets
    counted from ``b_end``; none when there is no such offset."""
    text = ctx.doc.normalized_slice(b_end, min(limit, b_end + _REACH))
    lead = _LEAD.match(text)
    if lead is None:
        return None
    pos = lead.end()
    if (rx := _restate(ctx.doc.lexicon)) is not None and (m := rx.match(text, pos)):
        pos = m.end()   # ("…, that is, eight months later")
    o = next((o for o in find_orders(ctx.doc.lexicon, text) if o.start == pos), None)
    if o is None or o.minutes is None or o.bound:
        return None
    if o.kind != "later" or not _END.match(text, _past_stress(ctx.doc.lexicon, text, o.end)):
        return None   # ("…, two days later than planned"; `أي بعد يومين فحسب من نقل السفارة`: from another event)
    return o


def _past_stress(lex, text: str, at: int) -> int:
    """Past the words that stress an offset right after it (`فحسب`, "only")."""
    words = stress_words(lex)
    m = _WORD.match(text, at)
    return m.end() if m and phrase_key(m.group(1)) in words else at


@lru_cache(maxsize=32)
def stress_words(lex) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in lex.section("chronology", {}).get("stress_after", []))
