"""DATE007's reading of stages told one after another and the whole they make: "the hide is soaked a
week in lime, then left ten days in the tanning bath, then dried and oiled over two weeks, so that the
whole cycle never exceeds three weeks" (a week, ten days and two weeks make 31 days); `يُنقع أسبوعاً
كاملاً …، ثم يُترك عشرة أيام …، ثم يُجفف … على مدى أسبوعين، فلا تتجاوز الدورة كلها ثلاثة أسابيع`.

In one sentence, two lengths or more (a number and a unit of ``[chronology.units]`` of a day or more,
or a unit alone: "a week", `أسبوعاً`), each after the first opened by a word of ``[chronology]
stage_links`` ("then", `ثم`), and after them a word of ``stage_totals`` ("the whole", `كلها`, "in all")
with one more length within a few words: the total. A bound before the total ("never exceeds", `لا
تتجاوز`: ``at_most``; ``at_least``) makes it one; otherwise the stages must make it within 15 %.
Also a whole told right before a colon and its stages listed after it, each opening its item after a
comma or "and" (:func:`listed_stages`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WS, alternation, phrase_key, proclitic_prefix, word_regex
from checker.language.regexes import compiled

_DAY = 1440      # minutes
_REACH = 60      # characters after the word of a whole where its length is told
_LINK = 40       # characters before a stage where its word of sequence stands


@lru_cache(maxsize=32)
def _data(lex):
    d = lex.section("chronology", {})
    if not d.get("stage_links") or not d.get("stage_totals"):
        return None
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in d.get("units", {}).items() if int(v[0]) >= _DAY}
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    length = compiled(rf"{NOT_LETTER_BEFORE}(?:(?P<n>{num}){WS}+)?(?P<u>{alternation(units)}){NOT_LETTER_AFTER}", re.I)
    kinds = {phrase_key(w): k for k, key in (("most", "at_most"), ("least", "at_least")) for w in d.get(key, [])}
    return (length, units, numbers, word_regex(lex, d["stage_links"]), word_regex(lex, d["stage_totals"]),
            word_regex(lex, list(kinds)) if kinds else None, kinds)


def _days(m, units, numbers) -> float | None:
    minutes, alone = units[phrase_key(m.group("u"))]
    n = m.group("n")
    value = (float(n) if n.isdigit() else numbers.get(phrase_key(n))) if n else alone
    return value * minutes / _DAY if value else None


def stage_sums(ctx):
    """Yield (total's start, end, the stages' days, the total's days, the stages' spans) for stages
    told one after another that do not make the whole told after them."""
    d = _data(ctx.lexicon)
    if d is None:
        return
    length, units, numbers, links, totals, bound, kinds = d
    view = ctx.doc.normalized
    nt = view.text
    for w in totals.finditer(nt):
        sent = ctx.doc.sentence_at(view.to_original(w.start(), w.start())[0])
        if sent is None:
            continue
        ss = view.from_original(sent.start)
        total = length.search(nt, w.end(), min(w.end() + _REACH, view.from_original(sent.end)))
        stages = list(length.finditer(nt, ss, w.start()))
        if total is None or len(stages) < 2 or not all(links.search(nt, max(a.end(), b.start() - _LINK), b.start())
                                                       for a, b in zip(stages, stages[1:])):
            continue
        days = [_days(m, units, numbers) for m in stages]
        whole = _days(total, units, numbers)
        if not whole or not all(days):
            continue
        told = bound.search(nt, stages[-1].end(), total.start()) if bound is not None else None
        kind = kinds.get(phrase_key(told.groupdict().get("w") or told.group())) if told else None
        made = sum(days)
        if kind == "most" and made > whole * 1.05 or kind == "least" and made < whole * 0.95 \
                or kind is None and abs(made - whole) > max(1.0, 0.15 * whole):
            s, e = view.to_original(total.start(), total.end())
            yield s, e, round(made), round(whole), [view.to_original(m.start(), m.end()) for m in stages]


_COLON = compiled(r"[:：]")
_LEAD = 2   # words before a listed stage in its item, at most ("a last week")


def listed_stages(ctx):
    """Yield as :func:`stage_sums` for a whole told right before a colon and its stages listed after it,
    each opening its item ("the saddle takes about a month: three weeks for the frame, two weeks for
    the embroidery and a last week for the fittings", `يُنجز في نحو شهر: ثلاثة أسابيع …، وأسبوعان …،
    وأسبوع أخير …`), that make more or less than the whole, beyond 15 % (a quarter for a whole told
    "about")."""
    d = _data(ctx.lexicon)
    if d is None:
        return
    _, units, numbers = d[:3]
    length = _listed_length(ctx.lexicon)
    sep, about_rx = _list_words(ctx.lexicon)
    view = ctx.doc.normalized
    nt = view.text
    for c in _COLON.finditer(nt):
        sent = ctx.doc.sentence_at(view.to_original(c.start(), c.start())[0])
        if sent is None:
            continue
        ss, se = view.from_original(sent.start), view.from_original(sent.end)
        total = next((m for m in length.finditer(nt, max(ss, c.start() - 30), c.start())
                      if not nt[m.end():c.start()].strip()), None)
        if total is None:
            continue
        stages, at = [], c.end()
        for m in length.finditer(nt, c.end(), se):
            gap = nt[at:m.start()]
            if not stages and len(gap.split()) > _LEAD or stages and not _opens_item(sep, gap):
                break   # (each stage opens its item: "…, two weeks for …", "and a last week for …")
            stages.append(m)
            at = m.end()
        days = [_days(m, units, numbers) for m in stages]
        whole = _days(total, units, numbers)
        if len(stages) < 2 or not whole or not all(days):
            continue
        about = bool(about_rx.search(nt, max(ss, total.start() - 20), total.start()))
        made = sum(days)
        if abs(made - whole) > max(1.0, (0.25 if about else 0.15) * whole):
            s, e = view.to_original(total.start(), total.end())
            yield s, e, round(made), round(whole), [view.to_original(m.start(), m.end()) for m in stages]


@lru_cache(maxsize=32)
def _listed_length(lex):
    """A length as :func:`_data` reads it, also after a proclitic ("and": `وأسبوعان`)."""
    d = lex.section("chronology", {})
    units = {phrase_key(k) for k, v in d.get("units", {}).items() if int(v[0]) >= _DAY}
    numbers = [phrase_key(k) for k in lex.section("numbers", {}).get("words", {})]
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    return compiled(rf"{NOT_LETTER_BEFORE}{proclitic_prefix(lex)}(?:(?P<n>{num}){WS}+)?(?P<u>{alternation(units)}){NOT_LETTER_AFTER}", re.I)


@lru_cache(maxsize=32)
def _list_words(lex) -> tuple[re.Pattern, re.Pattern]:
    """Between listed stages: a comma or a word of "and" (``[quantities] joiners``, attached or
    not); and a word of ``[chronology] approx`` right before a whole ("about a month")."""
    joiners = [phrase_key(w) for w in lex.section("quantities", {}).get("joiners", [])]
    attached = "".join(re.escape(w) for w in joiners if len(w) == 1)
    sep = rf"[,،؛;]|{NOT_LETTER_BEFORE}(?:{alternation(joiners)}){NOT_LETTER_AFTER}" if joiners else r"[,،؛;]"
    if attached:
        sep += rf"|{NOT_LETTER_BEFORE}[{attached}](?=[^\W\d_])"
    approx = [phrase_key(w) for w in lex.section("chronology", {}).get("approx", [])]
    return compiled(sep, re.I), compiled(rf"(?:{alternation(approx)}){WS}*$" if approx else r"(?!x)x", re.I)


def _opens_item(sep: re.Pattern, gap: str) -> bool:
    """The words between two listed stages hold a separator (a comma, "and"), and two words at most
    after the last one ("and a last week")."""
    seps = list(sep.finditer(gap))
    return bool(seps) and len(gap[seps[-1].end():].split()) <= _LEAD


