"""DATE007's reading of a later stage of something begun on a day: "Bidding opened on Feb. 10 and ran
for 23 rounds. After the fifth round, on Feb. 7, a fourth bidder withdrew" (a later round dated before
the opening); "Picking began on March 10 … Three weeks into the harvest, on March 17" (three weeks in
is about March 31); `بدأ الإضراب في 3 أيار … وفي اليوم الخامس من الإضراب، في 1 أيار`.

A stage is a phrase of ``[chronology] stage_patterns`` (regular expressions with ``{ordinal}``, an ordinal
in words as ages are told, or ``{number}``, a count; a group ``u``, the stage's unit, and a group ``into``
when the count tells how far in, "three weeks into the harvest"). Its day is the date to the day written
right after it in its sentence ("After the fifth round, on Feb. 7"), or right before it. What it is a
stage of began on the last day told with a word of a start (``[chronology] start_words``: "opened",
"began", `انطلق`) in its sentence or the one before. The Nth unit (the second round or later) cannot be
before that start; a count of days, weeks or months into it (``[chronology.units]``) lies that far after
the start, within a margin (a day, or a third of a unit beyond a day)."""

from __future__ import annotations

import bisect
from functools import lru_cache

from checker.language.matching import alternation, phrase_key, word_regex
from checker.language.normalize import normalize_text

from .age_words import age_value, ordinal_rx
from .history import filled

_DAY = 1440      # minutes
_REACH = 40      # characters between a stage (or a start word) and the day told of it
_START_REACH = 60   # characters before a day where the word of its start stands


@lru_cache(maxsize=32)
def _data(lex):
    d = lex.section("chronology", {})
    units = {phrase_key(k): int(v[0]) for k, v in d.get("units", {}).items()}
    words = {normalize_text(k): int(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    fill = {"{number}": rf"(?:\d{{1,2}}|{alternation(words)})" if words else r"\d{1,2}",
            "{ordinal}": ordinal_rx(lex).replace("(?P<age>", "(?P<n>")}   # (as history's phrases are filled)
    return filled(d.get("stage_patterns", []), fill), units, words, word_regex(lex, d.get("start_words", []))


def stage_disorder(doc, date_mentions):
    """Yield (stage start, end, start date, stage date, kind, offset text) for a stage whose day does
    not fit the day its thing began: kind ``then`` (before it) or ``offset`` (not that far in)."""
    pats, units, words, starts_rx = _data(doc.lexicon)
    if not pats or starts_rx is None:
        return
    view = doc.normalized
    days = sorted((m for m in date_mentions if m.precision == "day" and m.interval()), key=lambda m: m.start)
    if len(days) < 2:
        return
    at = [m.start for m in days]
    spans: list[list[int]] = []   # (a stage is read only in the sentence of a start word or the one after it)
    for w in starts_rx.finditer(view.text):
        k = doc.sentence_index(view.to_original(w.start(), w.start() + 1)[0])
        lo = view.from_original(doc.sentences[k].start) if k >= 0 else w.start()
        hi = view.from_original(doc.sentences[min(k + 1, len(doc.sentences) - 1)].end) if k >= 0 else len(view.text)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    for rx, (lo, hi) in ((rx, span) for rx in pats for span in spans):
        for hit in rx.finditer(view.text, lo, hi):
            s, e = view.to_original(hit.start(), hit.end())
            k = doc.sentence_index(s)
            told = _day_of(doc, days, at, s, e, k)
            begun = _begun(doc, view, starts_rx, days, at, s, k)
            if told is None or begun is None or told is begun:
                continue
            n = int(hit.group("n")) if hit.group("n").isdigit() else words.get(hit.group("n")) or age_value(doc.lexicon, hit.group("n"))
            into = "into" in rx.groupindex and hit.group("into") is not None
            if not n or not into and n < 2:
                continue
            first, second = begun.interval()[0], told.interval()[0]
            unit = units.get(phrase_key(hit.group("u")))
            if second < first:
                yield s, e, begun, told, "then", ""
            elif into and unit is not None and unit >= _DAY:
                expected = n * unit // _DAY
                margin = 1 if unit == _DAY else unit // _DAY // 3
                if abs((second - first).days - expected) > margin:   # ("three weeks": how far in)
                    o0, o1 = view.to_original(hit.start(), hit.end("u"))
                    yield s, e, begun, told, "offset", doc.text[o0:o1]


def _day_of(doc, days, at, s: int, e: int, k: int):
    """The day told of a stage: the first written right after it in its sentence, else right before it."""
    i = bisect.bisect_left(at, e)
    if i < len(days) and days[i].start - e <= _REACH and doc.sentence_index(days[i].start) == k:
        return days[i]
    j = bisect.bisect_left(at, s) - 1
    if j >= 0 and s - days[j].end <= _REACH and doc.sentence_index(days[j].start) == k and days[j].end <= s:
        return days[j]
    return None


def _begun(doc, view, starts_rx, days, at, s: int, k: int):
    """The last day before ``s``, in its sentence or the one before, told with a word of a start."""
    for j in range(bisect.bisect_left(at, s) - 1, -1, -1):
        m = days[j]
        if doc.sentence_index(m.start) < k - 1:
            return None
        ns = view.from_original(m.start)
        lo = max(view.from_original(doc.sentence_at(m.start).start), ns - _START_REACH)
        if starts_rx.search(view.text, lo, ns):
            return m
    return None
