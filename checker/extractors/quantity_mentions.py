"""Quantity facts shared by all rules: counts, money and percentages, with the interval their
qualifier makes ("more than 25" is (25, ∞)), their unit, and the thing counted. Years, dates, times,
ordinals, scores and phone-like numbers are not quantities. Every word — number words, scales,
currencies, qualifiers, update words, classes of things counted — is language data (``[quantities]``)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.core.document import Document
from checker.extractors.keywords import digits as digit_runs, finditer_at, register, starts as keyword_starts
from checker.extractors.plurals import plural_noun
from checker.extractors.spans import SpanIndex
from checker.language.lexicon import Lexicon
from checker.language.matching import WS as _WS, alternation as _alt, phrase_key as _key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .quantity_definite import counted_after, definite_counts
from .quantity_filters import FIRST_WORD as _FIRST_WORD, WORD as _WORD, attributive, counted_year, ends_definite_number, group_after, not_a_quantity, not_number_words
from .quantity_fractions import fraction_shares
from .quantity_numbers import parse_number

_THING_WINDOW = 6  # words either side of a number searched for the thing it counts

# a written figure starts where a run of digits starts, a number word after one proclitic at most
_NUMBER_WORDS = register("quantities.numbers", lambda lex: [
    *(q := lex.section("quantities", {})).get("words", {}), *q.get("vague", {})])
_STOP, _CLAUSE_CUT = compiled(r"[.!?؟;؛\n]"), compiled(r"[.!?؟;؛,،\n]")
_SENTENCE_STOP = compiled(r"[.!?؟;؛]")
_NONSPACE = compiled(r"\S+")
_COMMA = compiled(r"[,،]")


@dataclass(frozen=True)
class Quantity:
    """``value`` is the number as written (scaled); ``low``/``high`` the interval its qualifier
    makes (None when open); ``vague`` for "dozens"/`عشرات`. ``unit`` is a currency code, "%" or
    None; ``thing`` the class of what is counted (killed, injured, …) or None; ``thing_span``
    where that word is."""

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    unit: str | None = None
    thing: str | None = None
    thing_span: tuple[int, int] | None = None
    qualifier: str | None = None
    vague: bool = False
    update: bool = False
    subset: bool = False
    group: str | None = None   # the named group counted ("soldiers", `جنود`), None for people in general


@dataclass
class _Patterns:
    number: re.Pattern
    words: dict[str, float]
    tens: frozenset[str]
    vague: dict[str, tuple[float, float]]
    scales: dict[str, float]
    scale_after: re.Pattern | None
    currency_before: re.Pattern | None
    currency_after: re.Pattern | None
    currency_of: dict[str, str]
    percent_after: re.Pattern | None
    qualifier_before: re.Pattern | None
    qualifier_kind: dict[str, str]
    updates: re.Pattern | None
    subset: re.Pattern | None
    subset_clause: re.Pattern | None
    subset_after: re.Pattern | None
    additional: frozenset[str]
    not_group: frozenset[str]
    generic: frozenset[str]
    among: re.Pattern | None
    things: re.Pattern | None
    thing_class: dict[str, str]
    group: str
    decimal: str
    joiners: str
    joiner_words: tuple[str, ...] = ()
    attached: re.Pattern | None = None   # a count against the article after its class word: `ضحايا الزلزال الـ920`
    restating: re.Pattern | None = None  # "As reported earlier": a fact told again, no update
    attached_lead: int = 0   # characters from where ``attached`` matches to its digits (the article, a proclitic)
    scale_rest: re.Pattern = re.compile(r"(?!x)x")   # after a scale, a joiner and the rest: `ألفا و800`
    measure: re.Pattern = re.compile(r"(?!x)x")      # a unit of measure right after a figure
    short_decimal: str = ""   # group marks read as decimal marks before one or two final digits
    time: re.Pattern = re.compile(r"(?!x)x")   # a unit of time after a figure: a length or an age, no count
    prepositional: frozenset[str] = frozenset()   # qualifiers that are also prepositions ("under", "over")
    superseded: re.Pattern | None = None   # soon after a figure: a later one replaced it ("…, before it rose")
    subset_next: re.Pattern | None = None  # right before a figure: the first few of a whole ("the first two")
    scale_word_rest: re.Pattern = re.compile(r"(?!x)x")   # after a scale, a joiner and a number word: `آلاف وأربعمئة`


_SUPERSEDED_REACH = 30   # characters after a figure (its noun, a verb, a comma) before "before it rose"


@lru_cache(maxsize=32)
def _patterns(lex: Lexicon) -> _Patterns:
    q = lex.section("quantities", {})
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:[{pro}])?" if pro else ""
    words = {_key(k): float(v) for k, v in q.get("words", {}).items()}
    vague = {_key(k): (float(v[0]), float(v[1])) for k, v in q.get("vague", {}).items()}
    scales = {_key(k): float(v) for k, v in q.get("scales", {}).items()}
    group = "".join(re.escape(g) for g in q.get("group_marks", [","]))
    decimal = "".join(re.escape(d) for d in q.get("decimal_marks", ["."]))
    word_alt = _alt(list(words) + list(vague))
    joiners = _alt(q.get("joiners", [])) or "(?!x)x"
    short = "".join(q.get("short_decimal_marks", []))
    digits = rf"\d{{1,3}}(?:[{group}]\d{{3}})+(?:[{decimal}]\d+)?|" + \
        (rf"\d+[{re.escape(short)}]\d{{1,2}}(?![\d{group}{decimal}])|" if short else "") + rf"\d+(?:[{decimal}]\d+)?"
    # a short scale written against the digits ("£3.1m", "$2bn") counts only after a currency sign
    attached = _alt(k for k in (_key(k) for k in q.get("scales", {})) if len(k) <= 3 and k.isascii()) or "(?!x)x"
    # a currency written in letters against the digits ("RM18.5 million", "Rp500,000"): none but it before them
    letters = [_key(k) for k in q.get("attached_symbols", []) if _key(k).isalpha()]
    lead = "".join(rf"(?<=(?<![^\W\d_]){re.escape(k)})|" for k in letters)
    number = compiled(
        rf"(?:{lead}(?<![\d.,/:\-])(?<![A-Za-z])(?<![^\W\d_][^\W\d_]))(?P<num>{digits})(?!(?!(?:{attached})(?![^\W\d_]))(?:[\w/]|:\d)|[.,]\d)"
        + (rf"|(?<![^\W\d_]){not_number_words(q, _alt)}{pre}(?P<word>(?:{word_alt})(?:(?:{_WS}*-{_WS}*|{_WS}+(?:{joiners}){_WS}*)(?:{word_alt}))?)(?![^\W\d_])"
           if word_alt else ""))
    currency_of = {}
    for code, names in q.get("currencies", {}).items():
        for n in names:
            currency_of[_key(n)] = code
    symbols = [k for k in currency_of if not k[-1:].isalnum()] + letters   # "$", "US$", "€"; "RM"
    cur_words = [k for k in currency_of if k[-1:].isalnum()]            # "dollars", "دولار"
    currency_before = compiled(rf"(?:{_alt(symbols)}){_WS}*$") if symbols else None
    currency_after = compiled(rf"(?:{_WS}*|-)(?P<c>{_alt(cur_words, rf'(?:{_WS}+|-)')})(?![^\W\d_])") if cur_words else None   # ("-Canadian-dollar")
    percent_after = compiled(rf"{_WS}*(?P<p>{_alt(q.get('percent', []))})(?![^\W\d_])") if q.get("percent") else None
    qualifier_kind = {}
    for kind, ws in q.get("qualifiers", {}).items():
        for w in ws:
            qualifier_kind[_key(w)] = kind
    shut = "".join(rf"(?<!{re.escape(_key(c))}\s)" for c in q.get("qualifier_closers", []) + q.get("qualifier_not_after", []))  # `فما فوق`
    qualifier_before = compiled(rf"(?<![^\W\d_]){shut}{pre}(?P<q>{_alt(qualifier_kind)}){_WS}*$") if qualifier_kind else None
    updates = q.get("updates", {}).get("words", [])
    restating = q.get("updates", {}).get("restating", [])
    thing_class = {}
    for cls, ws in q.get("things", {}).items():
        for w in ws:
            thing_class.setdefault(_key(w), cls)
    article = normalize_text(lex.section("script", {}).get("article", ""))
    art = f"(?:{re.escape(article)})?" if article else ""
    things = compiled(rf"(?<![^\W\d_]){pre}{art}(?P<t>{_alt(thing_class)})(?![^\W\d_])") if thing_class else None
    return _Patterns(
        number, words, frozenset(_key(t) for t in q.get("tens", [])), vague, scales,
        compiled(rf"(?:{_WS}*|-)(?P<s>{_alt(scales)})(?![^\W\d_])") if scales else None,   # "2.1-billion-dollar"
        currency_before, currency_after, currency_of, percent_after, qualifier_before, qualifier_kind,
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(updates)})(?![^\W\d_])" + (rf"(?!.{{0,90}}(?<![^\W\d_])(?:{_alt(part)}){_WS}*$)" if (
            part := q.get("updates", {}).get("partitive")) else "") + (rf"(?!.{{0,90}}(?:{_alt(opened)})(?![^\W\d_]))" if (
            opened := q.get("updates", {}).get("new_clause")) else ""), re.S) if updates else None,   # (not "brought the last of 14")
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(q.get('subset', {}).get('words', []))}){_WS}*[^\s,،;؛.]*{_WS}*$")
        if q.get("subset", {}).get("words") else None,
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(q.get('subset', {}).get('clause', []))})(?![^\W\d_])")
        if q.get("subset", {}).get("clause") else None,
        compiled(rf"(?<![^\W\d_])(?:{_alt(q.get('subset', {}).get('after', []))})(?![^\W\d_])")
        if q.get("subset", {}).get("after") else None,
        frozenset(_key(w) for w in q.get("generic", {}).get("additional", [])),
        frozenset(_key(w) for w in lex.section("stopwords", {}).get("words", []))
        | frozenset(_key(w) for w in q.get("generic", {}).get("not_groups", [])),
        frozenset(_key(w) for w in q.get("generic", {}).get("words", [])),
        compiled(rf"{_WS}*(?:{_alt(q.get('generic', {}).get('among', []))}){_WS}+\S") if q.get("generic", {}).get("among") else None,
        things, thing_class, group, decimal, joiners, tuple(_key(j) for j in q.get("joiners", [])),
        compiled(rf"(?<![^\W\d_]){pre}{re.escape(article)}(?P<num>{digits})(?![\w.,]\d|[^\W\d_])")
        if article and things is not None else None,
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(restating)})(?![^\W\d_])") if restating else None,
        len(article) + 1, compiled(rf"{_WS}*(?:{joiners}){_WS}*(\d{{1,3}})(?![\d.,]\d|[^\W_])"),
        compiled(rf"{_WS}*(?:{_alt(q.get('measure_units', []))})(?![^\W\d_])") if q.get("measure_units") else re.compile(r"(?!x)x"),
        short,
        compiled(rf"(?:{_WS}*|-)(?:{_alt(q.get('time_units', []))})(?![^\W\d_])") if q.get("time_units") else re.compile(r"(?!x)x"),
        frozenset(_key(w) for w in q.get("prepositional_qualifiers", [])),
        compiled(rf"^[^.!?؟\n]{{0,{_SUPERSEDED_REACH}}}?(?<![^\W\d_])(?:{_alt(sup)})(?![^\W\d_])") if (
            sup := q.get("updates", {}).get("superseded")) else None,
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(nxt)}){_WS}+$") if (nxt := q.get("subset", {}).get("next_to")) else None,
        compiled(rf"{_WS}*(?:{joiners}){_WS}*(?P<w>{_alt(words)})(?![^\W\d_])") if words and q.get("joiners") else re.compile(r"(?!x)x"))


def _interval(value: float, kind: str | None, vague: tuple[float, float] | None) -> tuple[float | None, float | None]:
    if vague is not None:
        return vague
    if kind == "more":
        return value, None
    if kind == "at_least":
        return value, None
    if kind == "less":
        return None, value
    if kind == "at_most":
        return None, value
    if kind == "about":
        slack = max(1.0, 0.15 * value)
        return value - slack, value + slack
    return value, value


def extract_quantities(doc: Document, facts) -> list[Quantity]:
    p = _patterns(doc.lexicon)
    view = doc.normalized
    nt = view.text
    blocked = SpanIndex([(m.start, m.end) for m in facts["date_mentions"]] +
                       [(m.start, m.end) for m in facts["month_mentions"]])
    out = []
    places = sorted({*digit_runs(doc), *keyword_starts(doc, _NUMBER_WORDS)})
    matches = list(finditer_at(p.number, nt, places, 1))
    taken = 0   # the end of the last figure read: a number inside it (`ألفا و800`) is part of it
    for i, m in enumerate(matches):
        if m.start() < taken:
            continue
        written = m.group("num") or m.group("word")
        parsed = parse_number(written, p)
        if parsed is None:
            continue
        value, is_word, vague = parsed
        ns, ne = m.start("num") if m.group("num") else m.start("word"), m.end()
        if is_word and ends_definite_number(doc.lexicon, nt, ns) and not blocked.holds(view.to_original(max(0, ns - 2), ns)[0]):
            continue  # `طاقمها الأربعة عشر`: not ten (but `أمس الاثنين خمسة صيادين`: a weekday before the count)
        s, e = view.to_original(ns, ne)
        if blocked.cuts(s, e):
            continue  # a day, a year, a date
        if not is_word and not_a_quantity(doc.text, s, e, written, value, 1900 <= value <= 2100 and (
                unit_follows(doc.lexicon, nt, ne) or counted_year(doc.lexicon, nt, ns, ne))):
            continue
        unit, end = None, ne
        if (amount := _amount_after(p, nt, ne, value)) is not None:
            value, unit, end = amount
        start = ns
        if unit is None and p.currency_before is not None:
            cb = p.currency_before.search(nt[max(0, ns - 4):ns])
            if cb:
                unit = p.currency_of[_key(cb.group().strip())]
                start = ns - (len(nt[max(0, ns - 4):ns]) - cb.start())
        if not is_word and nt[ne:ne + 1].isalpha() and unit is None:
            continue  # "5m", "3bn" with no currency: a measure or a code, not a sum
        qualifier = None
        if p.qualifier_before is not None:
            qb = p.qualifier_before.search(nt[max(0, start - 30):start])
            if qb and not (_key(qb.group("q")) in p.prepositional and unit not in (None, "%")
                           and attributive(p, nt, end)):   # "under £23m repair plan": "under" the plan
                qualifier = p.qualifier_kind[_key(qb.group("q"))]
                start = start - (len(nt[max(0, start - 30):start]) - qb.start("q"))
        if is_word and unit is None and qualifier is None and value < 2 and vague is None:
            continue  # "one of the", "a"
        low, high = _interval(value, qualifier, vague)
        prev_end = matches[i - 1].end() if i else 0
        next_start = matches[i + 1].start() if i + 1 < len(matches) else len(nt)
        thing, thing_span = _thing(doc, p, view, ns, end, prev_end, next_start) if unit != "%" else (None, None)
        clause = nt[max(0, start - 60):start]
        if p.restating is not None:   # blanked in a wider window, so that a lead cut short still counts
            wide = p.restating.sub(lambda m: " " * len(m.group()), nt[max(0, start - 100):start])
            clause = wide[-len(clause):] if clause else clause
        cut = [m.end() for m in _STOP.finditer(clause)]
        clause = clause[cut[-1]:] if cut else clause
        update = p.updates is not None and bool(p.updates.search(clause)) or \
            p.superseded is not None and p.superseded.match(nt[end:end + _SUPERSEDED_REACH + 30]) is not None
        after_clause = " ".join(_CLAUSE_CUT.split(nt[end:end + 60], 1)[0].split()[:3])   # (not "… will be «among the …")
        first_after = _FIRST_WORD.match(nt, end, end + 30)
        subset = (p.subset is not None and bool(p.subset.search(nt[max(0, start - 24):start]))) or \
            (p.subset_next is not None and bool(p.subset_next.search(nt[max(0, start - 16):start]))) or \
            (p.subset_clause is not None and bool(p.subset_clause.search(clause))) or \
            (p.subset_after is not None and bool(p.subset_after.search(after_clause))) or \
            (first_after is not None and first_after.group(1) in p.additional)
        group_noun = group_after(p, nt, end, thing_span and view.from_original(thing_span[1]))
        (s, e), taken = view.to_original(start, end), end
        out.append(Quantity(s, e, doc.text[s:e], value, low, high, unit, thing, thing_span, qualifier,
                            vague is not None, update, subset, group_noun))
    attached = definite_counts(doc, view, lambda s, e, v, thing, span: Quantity(
        s, e, doc.text[s:e], v, v, v, None, thing, span), lambda ns, ne: _thing(doc, p, view, ns, ne, 0, ne))
    if p.attached is not None:
        attached += _attached(doc, p, view)
    if attached:
        inside = SpanIndex([(q.start, q.end) for q in attached])   # `الـ12 ألفا و300`: its 300 is in it
        out = sorted([q for q in out if not inside.cuts(q.start, q.end)] + attached, key=lambda q: q.start)
    return _with_fractions(doc, p, view, out)


def _with_fractions(doc, p: _Patterns, view, out: list[Quantity]) -> list[Quantity]:
    """The quantities with the article's fraction words added as shares ("two-thirds of the
    vote"), and without a number word that only counts a fraction ("two" of "two-thirds")."""
    def make(s, e, value, low, high, qualifier):
        return Quantity(s, e, doc.text[s:e], value, low, high, "%", qualifier=qualifier)

    shares = fraction_shares(doc, view, p.qualifier_before, p.qualifier_kind, _interval, make)
    if not shares:
        return out
    kept = [q for q in out if not any(f.start <= q.start < f.end for f in shares)]
    return sorted(kept + shares, key=lambda q: q.start)


def _attached(doc, p: _Patterns, view) -> list[Quantity]:
    """Counts written against the article after the class word they count, within two words, or before a
    noun: `ضحايا الزلزال الـ920`, `الـ37 مصاباً`, `الـ363 عائداً` (not `الدورة الـ25`, an ordinal)."""
    nt, out = view.text, []
    for m in finditer_at(p.attached, nt, digit_runs(doc), p.attached_lead):   # its digits start a run
        parsed = parse_number(m.group("num"), p)
        if parsed is None:
            continue
        value = parsed[0]
        before = list(_WORD.finditer(nt, max(0, m.start() - 40), m.start()))[-2:]
        hit = next((w.span() for w in reversed(before) if p.things.fullmatch(w.group())), None)
        after = counted_after(doc.lexicon, nt, m.start(), m.end("num"), p) if hit is None else None
        hit = after[0] if after is not None and after[1] else hit   # `إن الـ37 مصاباً`: its class word after it
        if hit is None:   # `موازنة الـ650 مليون دينار`: a sum, not an ordinal; `المتسابقين الـ64`: a count
            amount = _amount_after(p, nt, m.end("num"), value)
            if amount is None and (before and plural_noun(doc.lexicon, before[-1].group())
                                   or p.measure.match(nt, m.end("num"))):   # `الـ4600 طن`: a measure
                amount = value, None, m.end("num")
            if amount is not None:
                s, e = view.to_original(m.start("num"), amount[2])
                out.append(Quantity(s, e, doc.text[s:e], amount[0], amount[0], amount[0], amount[1]))
            elif after is not None:   # `أن الـ363 عائداً`: a count of the noun right after it
                s, e = view.to_original(m.start("num"), m.end("num"))
                out.append(Quantity(s, e, doc.text[s:e], value, value, value, None, group=nt[slice(*after[0])]))
            continue
        s, e = view.to_original(m.start("num"), m.end("num"))
        out.append(Quantity(s, e, doc.text[s:e], value, value, value, None,
                            p.thing_class[_key(p.things.fullmatch(nt, *hit).group("t"))], view.to_original(*hit)))
    return out


def unit_follows(lex: Lexicon, nt: str, end: int) -> bool:
    """Whether a unit is written right after a figure ending at ``end`` of the normalised text: a
    scale, a currency, a percent sign or a unit of measure ("2000 tonnes", `2000 طن`). A number
    that could be a year is a quantity then, not a year."""
    p = _patterns(lex)
    return _amount_after(p, nt, end, 1.0) is not None or p.measure.match(nt, end) is not None


def _amount_after(p: _Patterns, nt: str, end: int, value: float) -> tuple[float, str | None, int] | None:
    """A scale with a currency, or a currency or percent sign, after a figure: its value, unit and
    end; None when neither follows."""
    sc = p.scale_after.match(nt, end) if p.scale_after is not None else None
    if sc:
        scale = p.scales[_key(sc.group("s"))]
        value, end = value * scale, sc.end()
        if (more := p.scale_rest.match(nt, end)) and float(more.group(1)) < scale \
                or (more := p.scale_word_rest.match(nt, end)) and p.words.get(_key(more.group("w")), scale) < scale:
            # `12 ألفا و800 طن`: 12,800; `ثمانية آلاف وأربعمئة`: 8,400
            rest, end = (float(more.group(1)) if more.re is p.scale_rest else p.words[_key(more.group("w"))]), more.end()
            if (sc2 := p.scale_after.match(nt, end)) and rest * (low := p.scales[_key(sc2.group("s"))]) < scale:
                rest, end = rest * low, sc2.end()   # `14 مليوناً و700 ألف جنيه`: 14.7 million
            value += rest
    if p.percent_after is not None and (pc := p.percent_after.match(nt, end)):
        return value, "%", pc.end()
    if p.currency_after is not None and (cu := p.currency_after.match(nt, end)):
        return value, p.currency_of[_key(cu.group("c").replace("-", " "))], cu.end()
    return (value, None, end) if sc else None


def _thing(doc, p: _Patterns, view, ns: int, ne: int, prev_end: int = 0, next_start: int | None = None):
    """The class of what a number counts: the nearest class word within a few words of it,
    preferring one after the number ("25 killed", `25 قتيلا`) to one before ("killing 25"), and
    never one nearer another number ("35 جثة وإنقاذ 67")."""
    if p.things is None or p.time.match(view.text, ne):
        return None, None   # (a length or an age: "(24 عاماً)", "after more than fifty years on stage")
    nt = view.text
    after_text = nt[ne:ne + 80]
    after_words = list(_NONSPACE.finditer(after_text))[:_THING_WINDOW]
    limit_after = ne + (after_words[-1].end() if after_words else 0)
    stop = _SENTENCE_STOP.search(after_text)
    limit_after = min(limit_after, ne + stop.start() if stop else limit_after, len(nt) if next_start is None else next_start)
    after = p.things.search(nt, ne, limit_after)
    before_text = nt[max(0, ns - 60):ns]
    words = list(_NONSPACE.finditer(before_text))
    lo = max(0, ns - 60) + (words[-_THING_WINDOW].start() if len(words) >= _THING_WINDOW else 0)
    stop = [m.end() for m in _SENTENCE_STOP.finditer(nt[lo:ns])]
    if stop:
        lo += stop[-1]
    if prev_end:
        # the words right after the previous number are its own ("35 جثة وإنقاذ 67")
        own = list(_NONSPACE.finditer(nt[prev_end:prev_end + 40]))[:1]
        lo = max(lo, prev_end + (own[-1].end() if own else 0))
    hits = list(p.things.finditer(nt, lo, ns)) if lo < ns else []
    before = hits[-1] if hits else None
    # the nearer of the two, the one after the number on a tie ("25 killed", `مقتل 25`), or when a joiner
    # ends the clause of the one before ("two men died and 17 people were injured")
    if after is not None and before is not None:
        joined = _COMMA.search(nt, before.end(), ns) or any(w in p.joiner_words for w in nt[before.end():ns].split())
        hit = after if after.start() - ne <= ns - before.end() or joined else before
    else:
        hit = after or before
    if hit is None:
        return None, None
    s, e = view.to_original(hit.start("t"), hit.end("t"))
    return p.thing_class[_key(hit.group("t"))], (s, e)


def overlap(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities' intervals can both be true."""
    lo = max(x for x in (a.low, b.low, -math.inf) if x is not None)
    hi = min(x for x in (a.high, b.high, math.inf) if x is not None)
    return lo <= hi
