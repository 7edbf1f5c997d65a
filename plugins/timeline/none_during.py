"""TIME001's nothing of a kind over a period, and one of it dated inside that period: "During the
drought of 2022, from February to October, the workshop bought no skins" … "In June 2022 the
workshop delivered 120 finished skins"; "its furnace has burned no coal since 2015" … "the winter of
2018, when he shovelled coal into this furnace"; `ولم تصنع الورشة تنوراً واحداً طوال صيف 2024` …
`تموز 2024 … حين سلّمن 60 تنوراً`.

The negated thing is the words after ``[timeline.none_during] markers`` ("no", "not a single", `لم
تسجل أي`) to the first stop word, through ``complements`` ("no teacher of English"), or the word before
``single_after`` in a negated clause (`تنوراً واحداً` after `لم`). The
period is the one date its sentence writes in full (a year, a season, a month), narrowed by a range
of bare months written beside it ("of 2022, from February to October"), or a range whose ends are
both written in full, or a date after a word of ``since`` ("since 2015", to the publication date).
Another sentence that writes every word of the thing (the same letters once the article, a proclitic
and the endings of ``endings`` are taken off) with no negation and a date inside the period, not the whole of
it, tells one of what the first said there was none of."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .not_since import strip_affixes

_WORD = re.compile(r"[^\W\d_]+")
_NOUN_WORDS = 3   # words after a marker read for the thing negated, at most
_NEG_REACH = 8    # words between a negation and the thing before `واحد`, at most
_SINCE_REACH = 8  # words between "since" and the date in its clause, at most


@dataclass(frozen=True)
class _Data:
    markers: re.Pattern | None       # "no" + the thing
    single: re.Pattern | None        # the thing + `واحد`, after a negation
    negation: re.Pattern
    since: frozenset[str]
    endings: tuple[str, ...]
    leads: tuple[str, ...]
    stop: frozenset[str]
    complements: frozenset[str]


@lru_cache(maxsize=32)
def _data(lex) -> _Data | None:
    d = lex.section("timeline", {}).get("none_during", {})
    if not d.get("negations") or not (d.get("markers") or d.get("single_after")):
        return None
    neg = alternation(d["negations"])
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics if len(normalize_text(p)) == 1)
    pro = f"[{pro}]?" if pro else ""
    markers = compiled(rf"(?<![^\W\d_])(?:{alternation(d['markers'])})\s+(?P<n>(?:[^\W\d_]+\s+){{0,{_NOUN_WORDS - 1}}}[^\W\d_]+)",
                       re.I) if d.get("markers") else None
    single = compiled(rf"(?<![^\W\d_])(?P<n>[^\W\d_]{{3,}})\s+(?:{alternation(d['single_after'])})(?![^\W\d_])") \
        if d.get("single_after") else None
    article = normalize_text(lex.section("script", {}).get("article", ""))
    leads = sorted({normalize_text(p) + article for p in ["", *lex.proclitics]} - {""}, key=len, reverse=True)
    return _Data(markers, single, compiled(rf"(?<![^\W\d_]){pro}(?:{neg})(?![^\W\d_])", re.I),
                 frozenset(normalize_text(w).lower() for w in d.get("since", [])),
                 tuple(sorted((normalize_text(e) for e in d.get("endings", [])), key=len, reverse=True)),
                 tuple(leads) + tuple(p for p in (normalize_text(p) for p in lex.proclitics) if p),
                 frozenset(normalize_text(w).lower() for w in lex.section("stopwords", {}).get("words", [])),
                 frozenset(normalize_text(w).lower() for w in d.get("complements", [])))


def _key(data: _Data, word: str) -> str:
    """A word as compared: lower case, without the article or a proclitic and an ending."""
    return strip_affixes(word.lower(), data.leads, data.endings)


def none_during_conflicts(ctx, date_mentions, date_ranges):
    """Yield (negated start, end, period start, period end, period text, thing's start, end, its
    date) for a thing told to be none over a period and told of at a date inside it."""
    data = _data(ctx.lexicon)
    if data is None or ctx.doc.published is None or not date_mentions:
        return
    doc, view = ctx.doc, ctx.doc.normalized
    dated = [m for m in date_mentions if m.interval() is not None]
    for s, e, keys in _negated(data, view, doc.text):
        sent = doc.sentence_at(s)
        period = _period(ctx, data, sent, dated, date_ranges) if sent is not None else None
        if period is None:
            continue
        lo, hi, text = period
        for other in doc.sentences:
            if other.start == sent.start or data.negation.search(view.text, view.from_original(other.start),
                                                                  view.from_original(other.end)):
                continue
            hit = _thing(data, view, doc.text, other, keys)
            when = [m for m in dated if other.start <= m.start < other.end and not m.year_inferred
                    and lo <= m.interval()[0] and m.interval()[1] <= hi and (m.interval()[1] - m.interval()[0]) < (hi - lo)]
            if hit is not None and len(when) == 1:
                yield s, e, lo, hi, text, *hit, when[0]
                break


def _negated(data: _Data, view, text: str):
    """(start, end, keys) of each thing told to be none, in the original text."""
    for rx in (data.markers, data.single):
        for m in rx.finditer(view.text) if rx is not None else ():
            start = _negated_before(data, view.text, m.start()) if rx is data.single else m.start()
            if start is None:
                continue   # (`تنوراً واحداً` after `لم` in its clause)
            words, end = [], m.start("n")
            for w in _WORD.finditer(view.text, m.start("n"), m.end("n")):
                if w.group().lower() in data.complements:
                    continue   # ("no teacher of English": both words)
                if w.group().lower() in data.stop:
                    break   # ("no skins and made no parchment": the thing ends at "and")
                if len(w.group()) >= 3:
                    words.append(w.group())
                    end = w.end()
            if not words:
                continue
            s, e = view.to_original(start, end if rx is data.markers else m.end())
            yield s, _marked(text, e), {_key(data, w) for w in words}


def _negated_before(data: _Data, nt: str, at: int) -> int | None:
    """Where a negation stands a few words before ``at`` in its clause, or None."""
    lo = max(0, at - 80)
    clause = lo + max((m.end() for m in re.finditer(r"[.,،;؛:!?\n]", nt[lo:at])), default=0)
    words = list(_WORD.finditer(nt, clause, at))[-_NEG_REACH - 1:]
    return next((w.start() for w in words if data.negation.fullmatch(w.group())), None)


def _thing(data: _Data, view, text: str, sent, keys: set[str]) -> tuple[int, int] | None:
    """The span of the first word of ``sent`` that writes one of ``keys``."""
    a, b = view.from_original(sent.start), view.from_original(sent.end)
    found = [w for w in _WORD.finditer(view.text, a, b) if _key(data, w.group()) in keys]
    if not found or {_key(data, w.group()) for w in found} != keys:
        return None   # (every word of the thing: not "a teacher of maths" for "no teacher of English")
    s, e = view.to_original(found[0].start(), found[0].end())
    return s, _marked(text, e)


def _marked(text: str, e: int) -> int:
    """``e`` past the marks written on the letter before it (`تنوراً`)."""
    return next((i for i in range(e, len(text)) if unicodedata.category(text[i]) != "Mn"), len(text))


def _period(ctx, data: _Data, sent, dated, ranges) -> tuple[dt.date, dt.date, str] | None:
    """The period a negated sentence tells: a range written in full, else its one date written in full
    (narrowed by a range of bare months beside it, or running to publication after "since")."""
    text = ctx.doc.text
    for r in ranges:
        if sent.start <= r.start < sent.end and not r.first.year_inferred and not r.second.year_inferred \
                and r.first.interval() and r.second.interval():
            return r.first.interval()[0], r.second.interval()[1], text[r.start:r.end]
    full = [m for m in dated if sent.start <= m.start < sent.end and not m.year_inferred]
    if len({m.interval() for m in full}) != 1 or full[0].precision not in ("year", "season", "month"):
        return None
    m = full[0]
    lo, hi = m.interval()
    clause = re.split(r"[,،;؛:]", text[sent.start:m.start])[-1]
    before = _WORD.findall(normalize_text(clause).lower())[-_SINCE_REACH:]
    if data.since & set(before):   # "since 2015"; "Since the gas pipeline reached the factory in 2015"
        at = max(text.lower().rfind(w, max(sent.start, m.start - len(clause)), m.start) for w in data.since)
        return lo, ctx.doc.published, text[at if at >= 0 else m.start:m.end]
    for r in ranges:   # "of 2022, from February to October"
        if sent.start <= r.start < sent.end and r.first.year_inferred and r.second.year_inferred \
                and m.precision == "year" and r.first.months and r.second.months and r.first.months[0] <= r.second.months[-1]:
            last = dt.date(m.year + r.second.months[-1] // 12, r.second.months[-1] % 12 + 1, 1) - dt.timedelta(days=1)
            return dt.date(m.year, r.first.months[0], 1), last, text[min(m.start, r.start):max(m.end, r.end)]
    return lo, hi, text[m.start:m.end]
