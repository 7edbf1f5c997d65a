"""DATE006's reading of a history told in years against the founding year: "over our 25-year
history" in an article whose company "was set up in 2009" (16 years to a 2025 publication date),
`تاريخها الممتد 40 عاماً` for a body founded in 2001. The phrases are language data
(``history_patterns`` of ``[durations]``, each with a group ``n``); the founding is DATE008's
``events`` fact of the class ``founding``. An anniversary counts the same years ("celebrated its
40th anniversary", `الذكرى الأربعين لتأسيسها`; in ordinal words, ``{ordinal}``: "its fifth anniversary"), to the
year it is told in ("in 2022", or relative to publication, ``history_years``: "last year", `العام الماضي`); a thing
entering its Nth year has N - 1 behind it ("as it enters its third year", `التي تدخل عامها الثالث`). Only an article that tells one founding year is
read: with two, which history is whose cannot be told; nor is a history whose sentence names
another year ("marked its 25th anniversary in 2014")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .age_words import age_value, ordinal_rx

_SLACK = 1   # a year either way: the founding month is seldom told
_AT = 12     # characters after a history where the year it is told in stands ("anniversary in 2022")
_FOUNDING = ("founding",)
_BUILT = ("construction", "opening")   # what a thing's anniversary counts from when no founding is told
_YEAR = compiled(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@dataclass(frozen=True)
class History:
    start: int
    end: int
    text: str
    years: int


@lru_cache(maxsize=32)
def _patterns(lex, key: str = "history_patterns") -> tuple[tuple[re.Pattern, ...], dict[str, int]]:
    """The language's history (or ``key``) patterns, {number} filled in (and {qual}, {unit}: the
    qualifiers and units of elapsed time of ``[durations]``), and its number words."""
    words = {normalize_text(k): int(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    d = lex.section("durations", {})
    fill = {"{number}": rf"(?:\d{{1,3}}|{_alt(words)})",
            "{qual}": _alt([w for kind in ("more", "less", "about") for w in d.get(kind, [])]),
            "{unit}": _alt(d.get("units", {})),
            "{ordinal}": ordinal_rx(lex).replace("(?P<age>", "(?P<n>")}   # "its fifth anniversary", `عامها الثالث`
    return filled(d.get(key, []), fill), words


def filled(patterns, fill: dict[str, str]) -> tuple[re.Pattern, ...]:
    """The language data's ``patterns`` with each placeholder of ``fill`` ("{number}") filled in,
    compiled."""
    rxs = []
    for p in patterns:
        for k, v in fill.items():
            p = p.replace(k, v)
        rxs.append(compiled(p))
    return tuple(rxs)


@lru_cache(maxsize=32)
def _since_tables(lex):
    """The units, qualifier kinds and plural units of ``[durations]``, and the words that count a
    time since a year to another day, read once per language."""
    d = lex.section("durations", {})
    return ({normalize_text(k): float(v) for k, v in d.get("units", {}).items()},
            {normalize_text(w): kind for kind in ("more", "less", "about") for w in d.get(kind, [])},
            {normalize_text(w) for w in d.get("plural_units", [])},
            _words_rx(tuple(d.get("since_not_before", []))), _words_rx(tuple(d.get("since_not_after", []))))


def _alt(words) -> str:
    """One alternation of normalised words, longest first (none: matches nothing)."""
    return "|".join(sorted((re.escape(normalize_text(w)) for w in words), key=len, reverse=True)) or "(?!x)x"


def histories(doc) -> list[History]:
    view = doc.normalized
    rxs, words = _patterns(doc.lexicon)
    out = []
    for rx in rxs:
        for m in rx.finditer(view.text):
            n = m.group("n")
            years = int(n) if n.isdigit() else words.get(n) or age_value(doc.lexicon, n)
            if years and "enter" in rx.groupindex and m.group("enter") is not None:
                years -= 1   # "as it enters its third year", `التي تدخل عامها الثالث`: two years done
            if years:
                s, e = view.to_original(m.start(), m.end())
                out.append(History(s, e, doc.text[s:e], years))
    return sorted(out, key=lambda h: h.start)


def history_mismatches(doc, events, date_mentions=()):
    """Yield (history, the date of the founding or the "since" date, years from it to the year reached, that year)
    that disagree: the publication's, or the one other year the history's sentence names. With no
    one founding told, a "since" year told before the history in its sentence is where it starts
    ("has been in service since 1987 … during its 28 years of operation")."""
    published = doc.published
    if published is None:
        return
    told_histories = list(histories(doc))

    def told(kinds):   # (not the founding an anniversary names: `بالذكرى الأربعين لتأسيسها عام 2022`)
        return [e for e in events if e.kind in kinds and not e.again and e.date is not None
                and e.date.year and not e.date.year_inferred and not any(h.start <= e.start < h.end + 2 for h in told_histories)]
    founded = told(_FOUNDING) or told(_BUILT)   # (a thing built, not founded: "the slipway built in 1978")
    for h in told_histories:
        sent = doc.sentence_at(h.start)
        since = [m for m in date_mentions if m.bound == "since" and m.year and not m.year_inferred
                 and sent is not None and sent.start <= m.start < h.start]
        first = founded[0].date if len({e.date.year for e in founded}) == 1 else since[-1] if since else None
        if first is None:
            continue
        years = {int(y) for y in _YEAR.findall(doc.normalized_slice(sent.start, sent.end))} if sent else set()
        other = years - {first.year}
        right = {int(y) for y in _YEAR.findall(doc.normalized_slice(h.end, h.end + _AT))}   # "… anniversary in 2022"
        if not right and (told_year := _relative_year(doc, h.end)) is not None:
            right = {told_year}   # "marked its fifth anniversary last year", `العام الماضي`
            other |= right - {first.year}
        if other and (len(other) > 1 or other != right):
            continue   # another year in the sentence, not the anniversary's own: which it counts to is unsure
        reached = other.pop() if other else published.year   # "marked its 40th anniversary in 2022": counted to 2022
        actual = reached - first.year
        if actual >= 1 and abs(h.years - actual) > _SLACK:
            yield h, first, actual, reached


@lru_cache(maxsize=32)
def _relative_years(lex) -> tuple[re.Pattern | None, dict[str, int]]:
    table = {normalize_text(k): int(v) for k, v in lex.section("durations", {}).get("history_years", {}).items()}
    return (compiled(rf"\s*,?\s*({_alt(table)})(?![^\W\d_])") if table else None), table


def _relative_year(doc, end: int) -> int | None:
    """The year a phrase right after a history names relative to publication ("last year")."""
    rx, table = _relative_years(doc.lexicon)
    if rx is None or doc.published is None:
        return None
    m = rx.match(doc.normalized.text, doc.normalized.from_original(end))
    return doc.published.year + table[m.group(1)] if m else None


def since_mismatches(doc):
    """Yield (the count, the year's original span, years from that year to publication) for a
    time told in years and the year it runs from, in one phrase (``since_patterns`` of
    ``[durations]``: groups ``n`` and ``year``, and optionally ``q``, a qualifier, and ``u``, a
    unit): "has led the hospital for 12 years since her appointment in 2018" in an article of
    2024, "has sat empty for almost two decades since production stopped in 1991", `منذ 12 عاماً،
    أي منذ عام 2018`. A clause told in the past perfect ("had been closed for 20 years since")
    counts to another day, and one that runs "until" a later time ends before the story (the words
    of ``since_not_before`` and ``since_not_after``)."""
    published = doc.published
    if published is None:
        return
    view = doc.normalized
    rxs, words = _patterns(doc.lexicon, "since_patterns")
    units, kinds, vague, before, after = _since_tables(doc.lexicon)
    for rx in rxs:
        for m in rx.finditer(view.text):
            got = m.groupdict()
            n, u = (got.get("n") or "").strip(), normalize_text(got.get("u") or "")
            if not n and (not u or u in vague):
                continue   # "for years since 1991": no number of years is stated
            count = (int(n) if n.isdigit() else words.get(n, 0)) if n else 1
            low, high = _bounds(count * units.get(u, 1.0), kinds.get(normalize_text(got.get("q") or "")))
            actual = published.year - int(m.group("year"))
            if actual < 1 or low - _SLACK <= actual <= high + _SLACK:
                continue
            sent = doc.sentence_at(view.to_original(m.start(), m.start() + 1)[0])
            s0 = view.from_original(sent.start) if sent else 0
            if before is not None and before.search(view.text, s0, m.start()):
                continue   # "had been closed for 20 years since 1991": counted to another day
            if after is not None and after.match(view.text, m.end()):
                continue   # "... since 1991 until it reopened": the time ends before the story
            first = next(g for g in ("q", "n", "u") if got.get(g))
            s, e = view.to_original(m.start(first), m.end("u") if u else m.end("n"))
            ys, ye = view.to_original(m.start("year"), m.end("year"))
            yield History(s, e, doc.text[s:e], round(count * units.get(u, 1.0))), (ys, ye), actual


def _bounds(years: float, kind: str | None) -> tuple[float, float]:
    """The interval a count of years makes with its qualifier: "more than 20", "almost 20"."""
    if kind == "more":
        return years, float("inf")
    if kind == "less":
        return 0.0, years
    slack = max(1.0, 0.2 * years) if kind == "about" else 0.0
    return years - slack, years + slack


@lru_cache(maxsize=32)
def _words_rx(words: tuple[str, ...]) -> re.Pattern | None:
    """A whole word of ``words`` (for ``since_not_after``: right after a match, a comma allowed)."""
    if not words:
        return None
    return compiled(rf"[\s,،]*(?<![^\W\d_])(?:{_alt(words)})(?![^\W\d_])")
