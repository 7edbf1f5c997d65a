"""Order words between two dated events, and the offsets they state: "then", "a week later",
"three weeks after", "before that", `ثم`, `بعد أن`, `بعد يومين من`, `قبل ذلك بيومين`.

The phrases are the ``[chronology]`` language data (``data/<lang>/chronology.toml``), by what
they say of the second date: ``later`` and ``before`` put it after the first, ``earlier`` and
``after`` before it. ``{n}`` in a phrase stands for an offset: a number (digits or a number word
of ``[numbers] words``) and a unit of ``[chronology.units]``, or a unit alone (a singular or dual
counts itself, a plural states no length; a larger unit before it or a smaller one after it, with or
without "and", is part of it: "2 hours 41 minutes later", `بعد ساعتين و41 دقيقة`); ``{e}`` for the event the offset counts from, told
inside the phrase (`قبل الافتتاح بثلاثة أيام`, "before the opening by three days"). Phrases of ``ignore`` hold an order word but do not
order two events ("the then minister", `منذ ذلك الحين`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WS, alternation, anchor, phrase_key, prefixes, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_EVENT = rf"[^\W\d_]+(?:{WS}+[^\W\d_]+){{0,3}}"   # {e}: the one to four words that name an event
_COUNTED = compiled(r"\s+\d{1,3}(?:,\d{3})*(?![\d.,])\s+([^\W\d_]+)")   # a figure (no year) and its noun

KINDS = ("later", "earlier", "after", "before")
DIRECTION = {"later": 1, "before": 1, "earlier": -1, "after": -1}


@dataclass(frozen=True)
class Order:
    """An order phrase in a normalised text: ``direction`` +1 when the second date comes after the
    first, -1 before; ``minutes`` the stated offset (None when no length is stated), with its
    words at ``offset`` (start, end in the same text)."""

    start: int
    end: int
    kind: str
    minutes: float | None
    offset: tuple[int, int] | None = None   # where the offset words are, in the same text
    loose: bool = False   # "about four hours later", `بعد نحو أربع ساعات`: a rough offset
    bound: int = 0        # +1 "less than an hour later" (at most), -1 "more than" (at least)
    event: tuple[int, int] | None = None   # the event's words inside the phrase (`قبل الافتتاح بثلاثة أيام`)
    unit: float | None = None   # the minutes of a unit told with no number ("days after", `بعد أيام من`)

    @property
    def direction(self) -> int:
        return DIRECTION[self.kind]


@dataclass
class _Patterns:
    phrase: re.Pattern
    kinds: dict[str, str]
    offset: re.Pattern
    numbers: dict[str, float]
    units: dict[str, tuple[int, int]]
    ignore: re.Pattern | None
    anchor: re.Pattern | None = None   # a word of each phrase (:func:`anchor`): none in a text, no phrase
    head: re.Pattern | None = None   # a larger part of a compound offset before it: "2 hours" (41 minutes later)
    tail: re.Pattern | None = None   # … a smaller part after it: `ساعتين و41 دقيقة`
    most: re.Pattern | None = None   # a word of ``at_most`` opening a phrase ("within the hour"): a bound
    pointing: re.Pattern | None = None   # a demonstrative ending a phrase ("after that") …
    pointed: re.Pattern | None = None    # … that a noun after it makes a determiner ("after that meeting,")


@lru_cache(maxsize=32)
def _patterns(lex) -> _Patterns | None:
    d = lex.section("chronology", {})
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in d.get("units", {}).items()}
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    if not units:
        return None
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    approx = rf"(?P<ap>{alternation(d.get('approx', []))}){WS}+" if d.get("approx") else ""
    exact = rf"(?:(?:{alternation(d['exact'])}){WS}+)?" if d.get("exact") else ""   # "only ten days after"
    bounds = "|".join(rf"(?P<{g}>{alternation(d[k])}){WS}+" for g, k in (("most", "at_most"), ("least", "at_least")) if d.get(k))
    bound = rf"(?:{bounds})?" if bounds else ""
    filler = rf"(?:(?:{alternation(d['fillers'])}){WS}+)?" if d.get("fillers") else ""   # "five more days"
    half_core = rf"{WS}+(?:{alternation(d['half'])})(?![^\W\d_])" if d.get("half") else ""   # "an hour and a half"
    half = f"(?:{half_core})?" if half_core else ""
    whole = rf"(?:{WS}+(?:{alternation(d['whole_after'])})(?![^\W\d_]))?" if d.get("whole_after") else ""
    half += whole   # (`بعد أسبوع كامل من`: a unit stressed whole is the same offset)
    offset = rf"{exact}(?:{approx.replace('?P<ap>', '')})?{re.sub(r'[?]P<[a-z]+>', '', bound)}(?:{num}{WS}+)?{filler}(?:{alternation(units)}){NOT_LETTER_AFTER}{half}"
    phrases = [(p, k) for k in KINDS for p in d.get(k, [])]
    phrases.sort(key=lambda pk: ("{n}" in pk[0], len(pk[0])), reverse=True)
    alts, kinds = [], {}
    for i, (p, k) in enumerate(phrases):
        body = offset.join(rf"(?P<e{i}>{_EVENT})".join(_piece(y) for y in x.split("{e}")) for x in p.split("{n}"))
        alts.append(rf"(?P<k{i}>{body})")
        kinds[f"k{i}"] = k
    if not alts:
        return None
    phrase = compiled(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{'|'.join(alts)}){NOT_LETTER_AFTER}", re.I)
    offset_rx = compiled(rf"{exact}(?:{approx})?{bound}(?:(?P<num>{num}){WS}+)?{filler}(?P<unit>{alternation(units)}){NOT_LETTER_AFTER}"
                         + (f"(?P<half>{half_core})?" if half_core else "")
                         + whole, re.I)
    ignore = "|".join(filter(None, [alternation(w for w in d.get("ignore", []) if "{n}" not in w)]
                             + [offset.join(_piece(x) for x in w.split("{n}"))
                                for w in d.get("ignore", []) if "{n}" in w]))   # ("than a year earlier")
    ignore_rx = compiled(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{ignore}){NOT_LETTER_AFTER}", re.I) if ignore else None
    joiners = alternation(lex.section("quantities", {}).get("joiners", []))
    sp = r"[^\S\n]"   # (spaces bounded: the pattern reads runs of spaces in linear time)
    join = rf"(?:[,،]?{sp}{{0,3}}(?:{joiners}){sp}{{0,3}}|{sp}{{1,3}})" if joiners else rf"{sp}{{1,3}}"
    part = rf"(?:(?P<num>{num.replace(WS + '+', sp + '{1,3}')}){sp}{{1,3}})?(?P<unit>{alternation(units, sp + '{1,3}')}){NOT_LETTER_AFTER}"
    return _Patterns(phrase, kinds, offset_rx, numbers, units, ignore_rx,
                     anchor([p.replace("{n}", " ").replace("{e}", " ") for p, _ in phrases], re.I),
                     compiled(rf"{NOT_LETTER_BEFORE}{part}{join}$", re.I), compiled(rf"{join}{part}", re.I),
                     compiled(rf"(?:{alternation(d['at_most'])}){WS}", re.I) if d.get("at_most") else None,
                     *_pointing(lex, d))


def _pointing(lex, d) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A demonstrative of ``[chronology] demonstratives`` ending an order phrase, and what makes it a
    determiner of the noun after it: one or two words, the first no stopword, then a mark or the end
    ("two days after that meeting, on …", `بعد يومين من ذلك الاجتماع،`), not a clause ("after that the
    ministry approved")."""
    if not d.get("demonstratives"):
        return None, None
    stop = [normalize_text(w) for w in lex.section("stopwords", {}).get("words", [])]
    skip = rf"(?!(?:{alternation(stop)}){NOT_LETTER_AFTER})" if stop else ""
    return (compiled(rf"{NOT_LETTER_BEFORE}(?:{alternation(d['demonstratives'])})$", re.I),
            compiled(rf"[^\S\n]+{skip}[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*(?:[,،.;؛]|$)", re.I))


@lru_cache(maxsize=32)
def near_bound_rx(lex) -> re.Pattern | None:
    """A word that sets the date right after it near, ending a text ("… five hours later, shortly after", `بُعيد`:
    ``[chronology] near_bounds``)."""
    words = lex.section("chronology", {}).get("near_bounds", [])
    return compiled(rf"{NOT_LETTER_BEFORE}(?:{alternation(words)}){WS}*$", re.I) if words else None


def _piece(words: str) -> str:
    """A piece of a phrase around {n}, with the spaces that separate it from the offset."""
    if not words.strip():
        return ""
    key = re.escape(phrase_key(words)).replace(r"\ ", WS + "+")
    return (WS + "+" if words[0].isspace() else "") + key + (WS + "+" if words[-1].isspace() else "")


def find_orders(lex, text: str) -> list[Order]:
    """The order phrases of a normalised ``text``, leaving out those inside an ``ignore`` phrase."""
    p = _patterns(lex)
    if p is None or p.anchor is not None and p.anchor.search(text) is None:
        return []
    ignored = [(m.start(), m.end()) for m in p.ignore.finditer(text)] if p.ignore is not None else []
    out = []
    for m in p.phrase.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in ignored):
            continue
        kind = p.kinds[m.lastgroup]
        group = "e" + m.lastgroup[1:]
        event = m.span(group) if group in p.phrase.groupindex and m.group(group) else None
        start = m.start(m.lastgroup)
        skip = event[1] - start if event else 0   # the offset after the event's words, not a word of them
        phrase = m.group(m.lastgroup)[skip:]
        minutes, where = _offset(p, phrase)
        if minutes is None and kind in ("after", "before") and (n := _COUNTED.match(text, m.end())) \
                and phrase_key(n.group(1)) not in p.units:
            continue   # "after 24 overs", `بعد 24 شوطاً`: a count of things, no event to order by
        if minutes is None and kind in ("after", "before") and not text[m.end():].strip() \
                and (near := near_bound_rx(lex)) is not None and near.search(text, max(0, m.start() - 20), m.end()):
            continue   # "docking five hours later, shortly after 4am": the date right after it (where the
            #            text is cut) is its bound, no event to order by
        om = p.offset.search(phrase) if where else None
        found = om.groupdict() if om else {}
        span, end = ((start + skip + where[0], start + skip + where[1]) if where else None), m.end(m.lastgroup)
        if span is not None and minutes is not None:   # "2 hours 41 minutes later": the offset takes it all
            more, a, b = _compound(p, text, *span)
            minutes, span, start, end = minutes + more, (a, b), min(start, a), max(end, b)
        most = found.get("most") or p.most is not None and p.most.match(phrase) is not None   # ("within the hour")
        unit = p.units[phrase_key(om.group("unit"))][0] if om is not None and minutes is None and not om.group("num") else None
        if kind in ("later", "earlier") and p.pointed is not None and p.pointing.search(text, start, end) \
                and p.pointed.match(text, end):
            kind, end = ("after" if kind == "later" else "before"), p.pointing.search(text, start, end).start()
            while end > start and text[end - 1].isspace():
                end -= 1
            #   "two days after that meeting": counted from the meeting, told after it (`من ذلك الاجتماع`)
        out.append(Order(start, end, kind, minutes, span,
                         bool(found.get("ap")), 1 if most else -1 if found.get("least") else 0, event, unit))
    return out


def _offset(p: _Patterns, phrase: str) -> tuple[float | None, tuple[int, int] | None]:
    m = p.offset.search(phrase)
    if m is None:
        return None, None
    length, count = p.units[phrase_key(m.group("unit"))]
    extra = length / 2 if m.groupdict().get("half") else 0   # ("an hour and a half": 90 minutes)
    if m.group("num"):
        n = m.group("num")
        value = float(n) if n.isdigit() else p.numbers.get(phrase_key(n))
        return (value * length + extra if value else None), m.span()
    return (count * length + extra if count else None), m.span()


def _compound(p: _Patterns, text: str, a: int, b: int) -> tuple[float, int, int]:
    """The rest of a compound offset at ``[a, b)``: a larger unit right before it ("2 hours 41
    minutes later"), or a smaller one right after it (`بعد ساعتين و41 دقيقة`), as (its minutes,
    where the whole offset starts and ends); (0, a, b) when none."""
    unit = p.offset.search(text, a, b)
    size = p.units[phrase_key(unit.group("unit"))][0] if unit else 0
    for m in (p.head.search(text, max(0, a - 40), a), p.tail.match(text, b)):
        if m is None:
            continue
        length, count = p.units[phrase_key(m.group("unit"))]
        n = m.group("num")
        value = (float(n) if n.isdigit() else p.numbers.get(phrase_key(n), 0)) if n else count
        if value and (length > size if m.end() == a else length < size):
            return value * length, min(a, m.start()), max(b, m.end())
    return 0, a, b


def new_clause(lex, lead: str) -> bool:
    """After the first date, a comma and a conjunction open a clause of its own ("…, and its tanks
    were rebuilt"), which the order word that follows belongs to."""
    openers = opening_words(lex)[0]
    m = re.search(r"[,،]\s*(\S+)\s+\S", lead)
    return m is not None and (m.group(1).lower() in openers or m.group(1)[:1] in openers and len(m.group(1)) > 2)


def conjoined(lex, lead: str) -> bool:
    """The lead before an order word ends with a conjunction ("and", an attached `و`)."""
    openers = opening_words(lex)[0]
    words = lead.replace(",", " ").replace("،", " ").split()
    return bool(words) and words[-1].lower() in openers or bool(lead) and not lead[-1].isspace() and lead[-1] in openers


@lru_cache(maxsize=32)
def opening_words(lex) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may open a sentence before its order word ("And then"), and those that stand
    for the sentence before ("That was", `وجاء ذلك`)."""
    c = lex.section("chronology", {})
    return (frozenset(w.lower() for w in c.get("openers", [])),
            frozenset(normalize_text(w).lower() for w in c.get("anaphora", [])))


@lru_cache(maxsize=32)
def clause_link(lex):
    """A comma, and a word that stands for the main clause (`وذلك`), right before an order phrase."""
    words = [phrase_key(w) for w in lex.section("chronology", {}).get("clause_links", [])]
    return compiled(rf"[,،]\s*(?:(?:{alternation(words)})\s*)?$" if words else r"[,،]\s*$")


@lru_cache(maxsize=32)
def length_lead(lex):
    """Words right before an offset that make it a length ("for 12 years before"), not an order."""
    words = lex.section("chronology", {}).get("length", [])
    return compiled(rf"{NOT_LETTER_BEFORE}(?:{alternation([phrase_key(w) for w in words])})\s+$", re.I) if words else None


@lru_cache(maxsize=32)
def span_end_rx(lex):
    """A word that ends another span, right before the end of a text (``[chronology] span_ends``)."""
    words = lex.section("chronology", {}).get("span_ends", [])
    return compiled(rf"{NOT_LETTER_BEFORE}(?:{alternation([phrase_key(w) for w in words])})\s*$", re.I) if words else None


@lru_cache(maxsize=32)
def since_rx(lex):
    """Words after an order phrase that make the date after them where a length runs from."""
    return word_regex(lex, lex.section("chronology", {}).get("since", []))
