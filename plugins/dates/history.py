"""DATE006's reading of a history told in years against the founding year: "over our 25-year
history" in an article whose company "was set up in 2009" (16 years to a 2025 publication date),
`تاريخها الممتد 40 عاماً` for a body founded in 2001. The phrases are language data
(``history_patterns`` of ``[durations]``, each with a group ``n``); the founding is DATE008's
``events`` fact of the class ``founding``. An anniversary counts the same years ("celebrated its
40th anniversary", `الذكرى الأربعين لتأسيسها`). Only an article that tells one founding year is
read: with two, which history is whose cannot be told; nor is a history whose sentence names
another year ("marked its 25th anniversary in 2014")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_SLACK = 1   # a year either way: the founding month is seldom told
_YEAR = compiled(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@dataclass(frozen=True)
class History:
    start: int
    end: int
    text: str
    years: int


@lru_cache(maxsize=32)
def _patterns(lex, key: str = "history_patterns") -> tuple[tuple[re.Pattern, ...], dict[str, int]]:
    """The language's history (or ``key``) patterns, {number} filled in, and its number words."""
    words = {normalize_text(k): int(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    number = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!x)x"
    rxs = tuple(compiled(p.replace("{number}", rf"(?:\d{{1,3}}|{number})"))
                for p in lex.section("durations", {}).get(key, []))
    return rxs, words


def histories(doc) -> list[History]:
    view = doc.normalized
    rxs, words = _patterns(doc.lexicon)
    out = []
    for rx in rxs:
        for m in rx.finditer(view.text):
            n = m.group("n")
            years = int(n) if n.isdigit() else words.get(n)
            if years:
                s, e = view.to_original(m.start(), m.end())
                out.append(History(s, e, doc.text[s:e], years))
    return sorted(out, key=lambda h: h.start)


def history_mismatches(doc, events):
    """Yield (history, founding event, years from the founding to publication) that disagree."""
    published = doc.published
    if published is None:
        return
    founded = [e for e in events if e.kind == "founding" and not e.again and e.date is not None
               and e.date.year and not e.date.year_inferred]
    if len({e.date.year for e in founded}) != 1:
        return
    first = founded[0]
    actual = published.year - first.date.year
    for h in histories(doc):
        sent = doc.sentence_at(h.start)
        years = {int(y) for y in _YEAR.findall(doc.normalized_slice(sent.start, sent.end))} if sent else set()
        if years - {first.date.year}:
            continue   # "marked its 25th anniversary in 2014": counted to another year than today's
        if actual >= 1 and abs(h.years - actual) > _SLACK:
            yield h, first, actual


def since_mismatches(doc):
    """Yield (the count, the year's original span, years from that year to publication) for a
    time told in years and the year it runs from, in one phrase (``since_patterns`` of
    ``[durations]``, groups ``n`` and ``year``): "has led the hospital for 12 years since her
    appointment in 2018" in an article of 2024, `منذ 12 عاماً، أي منذ عام 2018`."""
    published = doc.published
    if published is None:
        return
    view = doc.normalized
    rxs, words = _patterns(doc.lexicon, "since_patterns")
    for rx in rxs:
        for m in rx.finditer(view.text):
            n = m.group("n")
            years = int(n) if n.isdigit() else words.get(n)
            actual = published.year - int(m.group("year"))
            if years and actual >= 1 and abs(years - actual) > _SLACK:
                s, e = view.to_original(m.start("n"), m.end("n"))
                ys, ye = view.to_original(m.start("year"), m.end("year"))
                yield History(s, e, doc.text[s:e], years), (ys, ye), actual
