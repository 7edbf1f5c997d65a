"""TIME001's things out of use over a stated period and told in use within it: "The classroom block
stood empty and roofless from 2010 until 2021" … "In 2016 she taught deaf children in that same
block every weekday"; `وظل مخزن التقاوي الحكومي مغلقاً منذ فيضان عام 2020 حتى مطلع العام الجاري` …
`آخر ما اشتراه من مخزن التقاوي الحكومي كان … في موسم 2022`.

A word of ``[timeline.closures] states`` ("closed", "fenced off", "stood empty", `مغلقاً`,
`موصدة`; an act banned there, "banned all fishing in the lagoon", `منعت البلدية الصيد`; a machine that
did not run, "The mill did not turn at all") in a sentence with a period that bounds it: a range of dates, or a date opened by a word
of ``opens`` (`منذ فيضان عام 2020`, "from the 2019 avalanche") and a later one closed by a word of
``closes`` ("until it was rebuilt in 2023", `ولم يعد فتحها إلا في خريف 2023`). What is out of use
is told by the content words before the state word in its clause (and the few after it: "closed to
sesame sales"). Another sentence, dated by a year strictly inside the period (or "since" one), that
names the thing again — with a word of ``same`` beside it ("that same block", `المبنى نفسه`, `تلك
المدبغة`), after a preposition of place of ``at`` ("a vet at the clinic"), or by two of its words
a few content words apart (`مخزن التقاوي`), or, for a subject of one or two words that opens the
closure's sentence, by its noun told as known ("In 2021 the mill ground", `باعت الجمعية`) — and that tells no closure, no repair and no negation
(``not_use``) near the thing or in the clause of its date, tells it in use then; so does the rest of the closure's own sentence after its period ("…, but
records show he sold in 2022 from the same wadi's trees"). Who bans (``settings``: "council",
`البلدية`) is not the thing. A negation of
``absent`` over a period ("had no midwife at all between 2016 and 2022", `لم يُزرع القطن … من 2012
حتى 2022`) tells a thing absent, named by the words around it; two of them named again within a
few content words tell it present.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import word_regex
from checker.language.normalize import normalize_text

_WORD = re.compile(r"[^\W\d_]+")
_PERIOD_GAP = 120   # characters between a state word and the period that bounds it
_LEAD = 32          # characters before a date where the word that opens or closes the period stands
_BEFORE = 8         # words before the state word that tell the thing
_NEAR = 3           # words between a thing's word and a word of ``same``, or between two of its words
_ASIDE = 4          # words told before an aside between commas right before the state word
_AFTER = 6          # content words after a negation that tell what is absent
_APART = 6          # words between two words of a thing told absent, named again
_OBJECT = 3         # content words after a closure word that tell what it is closed to
_MOST = 30          # periods of things out of use read per article, at most
_USE_LEAD = 40      # characters before the thing's word or the date, where no negation nor repair stands


@dataclass(frozen=True)
class _Data:
    states: re.Pattern
    absent: re.Pattern | None
    opens: re.Pattern | None
    closes: re.Pattern | None
    not_use: re.Pattern | None
    same: frozenset[str]
    stop: frozenset[str]
    prefixes: tuple[str, ...]
    endings: tuple[str, ...]
    verb_prefixes: tuple[str, ...] = ()
    at: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()   # before a noun told as known ("the mill")
    article: str = ""                         # attached to a noun told as known (`الطاحونة`)


@lru_cache(maxsize=8)
def _data(lex) -> _Data | None:
    c = lex.section("timeline", {}).get("closures", {})
    states = word_regex(lex, c.get("states", []))
    if states is None:
        return None
    norm = lambda ws: frozenset(normalize_text(w) for w in ws)   # noqa: E731
    article = normalize_text(lex.section("script", {}).get("article", ""))
    pro = [normalize_text(p) for p in lex.proclitics if p]
    pre = {p + article for p in pro if article} | set(pro) | ({article} if article else set())
    return _Data(states, word_regex(lex, c.get("absent", [])), word_regex(lex, c.get("opens", [])), word_regex(lex, c.get("closes", [])),
                 word_regex(lex, c.get("states", []) + c.get("not_use", [])), norm(c.get("same", [])),
                 norm(lex.section("stopwords", {}).get("words", []) + c.get("opens", []) + c.get("closes", [])
                      + c.get("settings", [])),
                 tuple(sorted((p for p in pre if p), key=len, reverse=True)),
                 tuple(sorted(norm(c.get("endings", [])), key=len, reverse=True)),
                 tuple(norm(c.get("verb_prefixes", []))), norm(c.get("at", [])), norm(c.get("definite", [])), article)


def _forms(d: _Data, word: str, keep_stop: bool = False) -> frozenset[str]:
    """The forms a word is compared by: as written, without an attached article or proclitic, without
    a verb's prefix (`يزرع`), without an ending of ``endings`` (`كرمه`) — each where three letters or
    more remain; none for a stop word (unless ``keep_stop``: `لتلك` is `تلك`)."""
    if word in d.stop and not keep_stop:
        return frozenset()
    forms = {word} | {word[len(p):] for p in d.prefixes if word.startswith(p) and len(word) - len(p) >= 3}
    forms |= {f[len(p):] for f in list(forms) for p in d.verb_prefixes if f.startswith(p) and len(f) - len(p) >= 3}
    forms |= {f[:-len(e)] for f in list(forms) for e in d.endings if f.endswith(e) and len(f) - len(e) >= 3}
    return frozenset(forms if keep_stop else forms - d.stop)


def _within(items, starts: list[int], sent) -> list:
    """The items (sorted by start, their starts in ``starts``) that lie inside a sentence."""
    lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
    return [x for x in items[lo:hi] if x.end <= sent.end]


def _period(ctx, d: _Data, sent, dated, ranges, at: int):
    """(start, end, first year, last year) of the period that bounds a state word at ``at`` in its
    sentence; ``dated`` and ``ranges`` are (items, starts) pairs."""
    for r in _within(*ranges, sent):
        if r.interval() and min(abs(r.start - at), abs(r.end - at)) <= _PERIOD_GAP:
            return r.start, r.end, r.first.year, r.second.year
    view = ctx.doc.normalized
    inside = _within(*dated, sent)

    def led(rx, m, lo):
        if rx is None:
            return False
        a, b = view.from_original(max(lo, m.start - _LEAD)), view.from_original(m.start)
        return rx.search(view.text, a, b) is not None

    for i, first in enumerate(inside):
        if abs(first.start - at) > _PERIOD_GAP or not (first.bound == "since" or led(d.opens, first, sent.start)):
            continue
        for second in inside[i + 1:i + 2]:
            if second.bound == "until" or led(d.closes, second, first.end):
                return first.start, second.end, first.year, second.year
    return None


def _thing(ctx, d: _Data, sent, at: int) -> list[tuple[str, int, int]]:
    """The content words before a state word in its clause: (key, start, end), the nearest last."""
    view = ctx.doc.normalized
    a, b = view.from_original(sent.start), view.from_original(at)
    words = [w for w in _WORD.finditer(view.text, a, b)][-_BEFORE:]
    aside = re.search(r"[,،]\s*$", view.text[max(a, b - 3):b])
    opened = view.text.rfind("،", a, b - 3), view.text.rfind(",", a, b - 3)
    if aside and max(opened) > a:   # "مبنى المدرسة، الذي شيد …، مغلقاً": the thing before the aside
        words = [w for w in _WORD.finditer(view.text, a, max(opened))][-_ASIDE:] + words
    out = []
    for w in words:
        if forms := _forms(d, w.group()):
            out.append((forms, *view.to_original(w.start(), w.end())))
    return out


def _absent_thing(ctx, d: _Data, sent, end: int) -> list[tuple[str, int, int]]:
    """The content words after a negation to its clause's end: what is told absent ("no midwife at all")."""
    view = ctx.doc.normalized
    a = view.from_original(end)
    clause = re.split(r"[,،;؛.]", view.text[a:view.from_original(sent.end)], maxsplit=1)[0]
    out = []
    for w in _WORD.finditer(view.text, a, a + len(clause)):
        if forms := _forms(d, w.group()):
            out.append((forms, *view.to_original(w.start(), w.end())))
    return out[:_AFTER]


def _subject(ctx, d: _Data, sent, thing) -> frozenset[str]:
    """The forms of a thing named by one or two words that open its sentence ("The mill did not
    turn", `ظلت الطاحونة متوقفة`): the subject, which a later sentence may name by its noun alone."""
    view = ctx.doc.normalized
    if not thing or len(thing) > 2:
        return frozenset()
    lead = view.text[view.from_original(sent.start):view.from_original(thing[0][1])]
    if len(_WORD.findall(lead)) > 2:
        return frozenset()
    return thing[-1][0]


def _told_again(ctx, d: _Data, sent, keys: frozenset[str], near: int = _NEAR, subject: frozenset[str] = frozenset()):
    """Where a sentence names the thing again: (start, end, forms), the span of its words and the word
    of ``same`` beside them (or the word of ``at`` before it: "at the clinic"), and the forms they
    matched; or None."""
    view = ctx.doc.normalized
    a, b = view.from_original(sent.start), view.from_original(sent.end)
    words = [(w.group(), _forms(d, w.group()) & keys, w.start(), w.end()) for w in _WORD.finditer(view.text, a, b)]
    content = [(i, n) for i, n in enumerate(words) if n[0] not in d.stop]   # (two words of the thing: content words apart)
    at = {i: c for c, (i, _) in enumerate(content)}
    for i, (word, k, s, e) in enumerate(words):
        if not k:
            continue
        beside = words[max(0, i - _NEAR):i] + words[i + 1:i + 1 + _NEAR]
        same = [n for n in beside if _forms(d, n[0], keep_stop=True) & d.same]
        c = at.get(i, 0)
        other = [n for _, n in content[max(0, c - near):c] + content[c + 1:c + 1 + near] if n[1] and not n[1] & k]
        placed = bool(d.at) and any(n[0] in d.at for n in words[max(0, i - 2):i])   # "a vet at the clinic"
        known = k & subject and (i and words[i - 1][0] in d.definite or d.article and word.startswith(d.article))
        if same or other or placed or known:   # (or the subject told as known: "In 2021 the mill ground")
            ends = [(s, e)] + [(n[2], n[3]) for n in same or other[:1] or [n for n in words[max(0, i - 2):i] if n[0] in d.at][:1]
                               or words[i - 1:i] * bool(known and not d.article)]
            return (*view.to_original(min(x for x, _ in ends), max(y for _, y in ends)), k | (other[0][1] if other else frozenset()))
    return None


def closure_conflicts(ctx, date_mentions, date_ranges):
    """Yield (start, end, first year, last year, told start, end, date, thing, state word, absent) for a
    thing told out of use (or absent: "no midwife") over a period (the span from the thing to the
    period's end) and in use within it."""
    d = _data(ctx.lexicon)
    if d is None or not date_mentions:
        return
    doc, view = ctx.doc, ctx.doc.normalized
    dated = [m for m in date_mentions if m.year is not None and m.interval() is not None]
    if len(dated) < 3:
        return
    ranged = {id(x) for r in date_ranges for x in (r.first, r.second)}
    ranges = sorted((r for r in date_ranges if r.first.year is not None and r.second.year is not None),
                    key=lambda r: r.start)
    sources = (dated, [m.start for m in dated]), (ranges, [r.start for r in ranges])
    told_by: dict[int, list] = {}   # sentence index -> its dates that may date a use (no period's ends)
    for x in dated:
        if id(x) not in ranged and x.bound in (None, "since") and (k := doc.sentence_index(x.start)) >= 0:
            told_by.setdefault(k, []).append(x)
    found = 0
    hits = [(m, False) for m in d.states.finditer(view.text)]
    hits += [(m, True) for m in d.absent.finditer(view.text)] if d.absent is not None else []
    for m, absent in sorted(hits, key=lambda h: h[0].start()):
        s, e = view.to_original(m.start("w"), m.end("w"))
        k = doc.sentence_index(s)
        if k < 0:
            continue
        sent = doc.sentences[k]
        got = _period(ctx, d, sent, *sources, s)
        if got is None:
            continue
        ps, pe, since, until = got
        before = _thing(ctx, d, sent, s)
        if absent:   # (a negation's thing in its own clause: "…, said no buyer had come forward" names no "full-time")
            cut = max(ctx.text.rfind(c, sent.start, s) for c in ",،;؛")
            before = [w for w in before if w[1] > cut]
        thing = before + _absent_thing(ctx, d, sent, e)[:None if absent else _OBJECT]
        #   (after a closure, its object: "مغلقاً أمام بيع السمسم", "closed to pedestrians")
        if not thing or until - since < 2:
            continue
        found += 1
        if found > _MOST:
            return
        keys = frozenset().union(*(forms for forms, _, _ in thing))
        subject = _subject(ctx, d, sent, before) if not absent else frozenset()
        for j, dates in told_by.items():
            inside = [x for x in dates if since < x.interval()[0].year and x.interval()[1].year < until
                      and (j != k or x.start > pe)]
            if not inside:
                continue
            # (in its own sentence, only after the period: "… from 2020 to 2023, but … sold in 2022 from the same wadi")
            other = doc.sentences[j] if j != k else _After(pe, sent.end)
            told = _told_again(ctx, d, other, keys, _APART if absent else _NEAR, subject)
            if told is None or _not_use(d, view, told, inside[0], other):
                continue
            named = sorted({(a, b) for forms, a, b in thing if forms & told[2]})
            name = _label(doc.text, named)
            e = e + len(_MARKS.match(doc.text, e).group())
            yield min(s, ps, *(a for a, _ in named)), max(e, pe, *(b for _, b in named)), since, until, told[0], told[1], \
                inside[0], name, ctx.text[s:e], absent
            break


@dataclass(frozen=True)
class _After:
    """The rest of a sentence after a period, read as a sentence of its own."""
    start: int
    end: int


def _label(text: str, spans: list[tuple[int, int]]) -> str:
    """The words of a thing as written, joined by "…" where others stand between them."""
    out = text[spans[0][0]:spans[0][1]]
    for (_, pe), (a, b) in zip(spans, spans[1:]):
        out += (text[pe:a] if not text[pe:a].strip() else " … ") + text[a:b]
    return out


_CLAUSE = re.compile(r"[,،;؛.]")   # what ends the clause of a date
_MARKS = re.compile(r"[\u064B-\u065F\u0670]*")   # vowel marks that end a word (`مغلقاً`)


def _not_use(d: _Data, view, told, date, sent) -> bool:
    """Whether the clause that names the thing again and dates it tells a closure, a repair or a
    negation (from a little before the first of the two to the end of the last, and the clause of
    the date: "in 2015 no teacher could be found")."""
    lo = max(sent.start, min(told[0], date.start) - _USE_LEAD)
    hi = max(told[1], date.end)
    ds, de = view.from_original(date.start), view.from_original(date.end)
    clause = _CLAUSE.split(view.text[de:view.from_original(sent.end)], maxsplit=1)[0]
    return d.not_use.search(view.text, view.from_original(lo), view.from_original(hi)) is not None \
        or d.not_use.search(view.text, ds, de + len(clause)) is not None
