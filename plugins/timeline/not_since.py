"""TIME001's acts told undone since a date and then done after it: "Mamerto Quichua, 81, who lost his
sight in 2019 and has not carved since" … "Quichua carved the doors himself last year"; "has not
been seen in public since March 2021" … "was seen at the market in June 2022"; `لم يزر القرية منذ
عام 2015` … `زار القرية عام 2019`.

A negation of ``[timeline.not_since] negations`` ("has not", "hasn't", "has never", `لم`), maybe
words of ``skips`` ("been able to"), then a verb and, in its clause, "since" (``since``) with a date
right after it, or at the clause's end or before words of ``since_then`` ("then", `ذلك الحين`), its
date then the one before the negation in the sentence.
The same verb (the same letters once the endings or prefixes of ``verb_endings`` /
``verb_prefixes`` are taken off) told without a negation in another sentence that names the same
person, with a date after the first: the two cannot both hold. When the negated clause names what
the act is done to ("has not visited the village since"; not past a word of ``prepositions``: "seen
in public"), the other must share one of its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_WORD = re.compile(r"[^\W\d_]+")
_REACH = 6       # words from the verb to "since"
_DATE_AFTER = 4  # words from "since" to its date


@dataclass(frozen=True)
class _Data:
    negation: re.Pattern
    since: frozenset[str]
    endings: tuple[str, ...]
    prefixes: tuple[str, ...]
    stop: frozenset[str]
    then: re.Pattern | None = None
    preps: frozenset[str] = frozenset()


@lru_cache(maxsize=32)
def _data(lex) -> _Data | None:
    d = lex.section("timeline", {}).get("not_since", {})
    if not d.get("negations") or not d.get("since"):
        return None
    skips = alternation(d.get("skips", []))
    skip = rf"(?:(?:{skips})\s+)?" if skips else ""
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics if len(normalize_text(p)) == 1)
    pro = f"[{pro}]?" if pro else ""   # (`ولم ينحت`)
    neg = compiled(rf"(?<![^\W\d_]){pro}(?:{alternation(d['negations'])})\s+{skip}(?P<verb>[^\W\d_]+)")
    stop = frozenset(normalize_text(w) for w in lex.section("stopwords", {}).get("words", []))
    then = alternation(d.get("since_then", []))
    return _Data(neg, frozenset(normalize_text(w) for w in d["since"]),
                 tuple(sorted((normalize_text(e) for e in d.get("verb_endings", [])), key=len, reverse=True)),
                 tuple(normalize_text(p) for p in d.get("verb_prefixes", [])), stop,
                 compiled(rf"\s+(?:{then})(?![^\W\d_])") if then else None,
                 frozenset(normalize_text(w) for w in d.get("prepositions", [])))


def _stem(data: _Data, word: str, negated: bool = False) -> str:
    """A verb without its ending; a negated one (`لم ينحت`) also without its prefix."""
    return strip_affixes(word, data.prefixes if negated else (), data.endings)


def strip_affixes(word: str, prefixes, endings, least: int = 3) -> str:
    """``word`` without the first of ``prefixes`` and then the first of ``endings`` it has, each
    leaving ``least`` letters or more."""
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= least:
            word = word[len(p):]
            break
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= least:
            return word[:-len(e)]
    return word


def not_since_conflicts(ctx, date_mentions, name_mentions):
    """Yield (negated start, end, anchor date, act start, end, act date, name) for an act told
    undone since a date and done after it by the same person."""
    data = _data(ctx.lexicon)
    if data is None or not date_mentions or not name_mentions:
        return
    doc, view = ctx.doc, ctx.doc.normalized
    dated = [m for m in date_mentions if m.interval() is not None]
    for m in data.negation.finditer(view.text):
        s, e = view.to_original(m.start(), m.end())
        sent = doc.sentence_at(s)
        if sent is None:
            continue
        got = _anchor(ctx, data, view, m, sent, dated)
        if got is None:
            continue
        anchor, obj = got
        who = _person(name_mentions, sent.start, s)
        if who is None:
            continue
        stem = _stem(data, m.group("verb"), negated=True)
        for act in _acts(ctx, data, stem, who, sent, name_mentions, dated, anchor, obj):
            yield (s, e, anchor, *act, who)
            break


def _anchor(ctx, data: _Data, view, m, sent, dated):
    """The date "since" points to in the negated clause, and the content words between the verb and
    "since" (what the act is done to)."""
    rest = list(_WORD.finditer(view.text, m.end(), view.from_original(sent.end)))[:_REACH + 1]
    at = next((i for i, w in enumerate(rest) if w.group() in data.since), None)
    if at is None:
        return None
    obj = set()
    for w in rest[:at]:   # what the act is done to, up to a preposition ("seen in public": none)
        if w.group() in data.preps:
            break
        if w.group() not in data.stop and len(w.group()) >= 3:
            obj.add(w.group())
    since_end = view.to_original(rest[at].start(), rest[at].end())[1]
    after = [d for d in dated if since_end <= d.start < sent.end and
             len(_WORD.findall(ctx.doc.text[since_end:d.start])) <= _DATE_AFTER]
    if after:
        return after[0], obj
    then = data.then.match(view.text, rest[at].end()) if data.then is not None else None
    if then or re.match(r"\s*[.,;:،؛]", ctx.doc.text[since_end:since_end + 3]) or since_end >= sent.end - 1:
        s = view.to_original(m.start(), m.start() + 1)[0]
        before = [d for d in dated if sent.start <= d.start < s]
        return (before[-1], obj) if before else None   # "lost his sight in 2019 and has not carved since"
    return None


def _forms(lex, word: str) -> set[str]:
    """A word, and without a proclitic (`ونحت`) where the language attaches them."""
    return {word} | {word[len(p):] for p in _proclitics(lex) if word.startswith(p) and len(word) - len(p) >= 3}


@lru_cache(maxsize=32)
def _proclitics(lex) -> tuple[str, ...]:
    return tuple(p for p in (normalize_text(p) for p in lex.proclitics) if p)


def _person(mentions, lo: int, hi: int):
    """The cluster of the name mentioned last before ``hi`` in its sentence (from ``lo``)."""
    near = [m for m in mentions if lo <= m.start < hi and m.cluster is not None]
    return near[-1].cluster if near else None


def _acts(ctx, data: _Data, stem: str, who, negated, name_mentions, dated, anchor, obj):
    """Sentences other than the negated one naming the person, with the verb told without a
    negation and a date after the anchor's: (start, end, date)."""
    doc, view = ctx.doc, ctx.doc.normalized
    sentences = {doc.sentence_at(m.start) for m in name_mentions if m.cluster == who}
    for sent in sorted((x for x in sentences if x is not None and x.start != negated.start), key=lambda x: x.start):
        s0, s1 = view.from_original(sent.start), view.from_original(sent.end)
        if data.negation.search(view.text, s0, s1):
            continue   # the sentence tells a negation too: "… has not returned since"
        words = list(_WORD.finditer(view.text, s0, s1))
        if obj and not obj & {w.group() for w in words}:
            continue
        hit = next((w for w in words if len(w.group()) >= 3 and stem in {_stem(data, f) for f in _forms(ctx.lexicon, w.group())}), None)
        if hit is None:
            continue
        later = [d for d in dated if sent.start <= d.start < sent.end and d.interval()[0] > anchor.interval()[1]]
        if later:
            hs, he = view.to_original(hit.start(), hit.end())
            yield hs, he, later[0]
