"""DATE008's firsts: a thing told as the first of its kind and dated by a verb in its clause ("the
city's first traffic lights, installed at the Mwanjelwa junction in 2014", `أول مسح لأحوال الأسر
أجري فيها عام 2011`), told again with a year that cannot be the same ("where Mbeya's first traffic
lights went up in 2016", `المسح الأول الذي عرفته المحافظة سنة 2009`). The first of a kind happens
once, whatever verb tells it.

The ordinals are language data (``[event_ordinals]``: ``words`` on the side of their noun the
language writes them, ``before_noun`` the other way: `أول مسح`), and so are the nouns whose first
is no once-only thing ("the first time", `أول مرة`: ``not_firsts``) and the words that make a first
that of a period ("the first X since 1990", "this season's": ``recurring``). A date is the first
one after the phrase in its sentence, two words on at least (a verb tells it: not "the first
quarter of 2014", "the first case in 2014"); a first told with a capitalised owner ("Kenya's first
…") is not another owner's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_REACH = 90      # characters from the first's phrase to the date that dates it
_GAP_WORDS = 2   # words between the phrase and its date, at least
_LEAD_WORDS = 5  # words before the phrase read for an offset word
_WORD = compiled(r"[^\W\d_][\w\-’']*")
_OWNER = compiled(r"([A-Z][\w\-]*)['’]s\s+$")
_NEXT_WORD = compiled(r" ([a-z][a-z\-]+)\b")   # a cased script's next word, lower case
_VERB_ENDINGS = ("ed", "ing")


@dataclass(frozen=True)
class First:
    start: int
    end: int
    text: str
    date: object
    kind: str
    key: str
    owner: str | None
    sentence: int
    words: tuple[str, ...] = ()


@lru_cache(maxsize=32)
def _data(lex):
    d = lex.section("event_ordinals", {})
    article = lex.section("names", {}).get("article", "")
    after = d.get("object_side", "after") == "after"
    norm = [normalize_text(w) for w in d.get("words", [])]
    pre = [normalize_text(w) for w in d.get("before_noun", [])]
    word = r"([^\W\d_][\w\-’']*)"
    alts = []
    if after and norm:
        alts.append(rf"(?<![^\W\d_])(?:{alternation(norm)})\s+{word}")
    if not after and norm:
        alts.append(rf"(?<![\w\-’']){word}\s+(?:{alternation(norm)})(?![^\W\d_])")
    if pre:
        alts.append(rf"(?<![^\W\d_])(?:{alternation(pre)})\s+{word}")
    rx = compiled("|".join(f"(?:{a})" for a in alts), re.I) if alts else None
    return (rx, frozenset(normalize_text(w) for w in d.get("not_firsts", [])),
            [normalize_text(w) for w in d.get("recurring", [])], normalize_text(article),
            frozenset(normalize_text(w) for w in d.get("offset_words", [])))


def _key(word: str, article: str) -> str:
    w = normalize_text(word).lower()
    return w[len(article):] if article and w.startswith(article) and len(w) > len(article) + 2 else w


def firsts(ctx, date_mentions) -> list[First]:
    """The firsts of the article, each with the date its clause gives it."""
    rx, not_firsts, recurring, article, offsets = _data(ctx.lexicon)
    if rx is None:
        return []
    doc, view = ctx.doc, ctx.doc.normalized
    dated = sorted((m for m in date_mentions if m.year is not None and not m.year_inferred
                    and m.calendar == "gregorian" and m.interval() is not None), key=lambda m: m.start)
    out = []
    for m in rx.finditer(view.text):
        noun = next(g for g in m.groups() if g)
        key = _key(noun, article)
        if key in not_firsts:
            continue
        s, e = view.to_original(m.start(), m.end())
        if any(d.start <= s < d.end for d in date_mentions):
            continue   # a month's name, `ربيع الأول`, `جمادى الأولى`: part of a date
        if (more := _NEXT_WORD.match(doc.text, e)) and more.group(1).islower() and more.group(1) not in not_firsts \
                and not more.group(1).endswith(_VERB_ENDINGS):
            e = more.end()   # "the first traffic lights": the noun phrase's next word (not "went", "installed")
        sent = doc.sentence_at(s)
        if sent is None:
            continue
        date = next((d for d in dated if e <= d.start < min(sent.end, e + _REACH)), None)
        if date is None:
            continue
        if offsets & set(_WORD.findall(view.text[max(0, m.start() - 40):m.start()].lower())[-_LEAD_WORDS:]):
            continue   # "a week after the first ship docked, on 3 October": the date of another event
        gap = normalize_text(doc.text[e:date.start]).lower()
        if len(_WORD.findall(gap)) < _GAP_WORDS or any(w in gap for w in recurring) or rx.search(gap):
            continue   # "the first quarter of 2014", "the first case since 2010", another first on
        owner = _OWNER.search(doc.text, max(0, s - 30), s)
        out.append(First(s, e, doc.text[s:e], date, doc.text[s:e], key, owner.group(1) if owner else None,
                         doc.sentence_index(s), tuple(_WORD.findall(gap))))
    return out


def first_pairs(ctx, date_mentions):
    """Yield (earlier, later) tellings of one first whose dates cannot both hold."""
    told = firsts(ctx, date_mentions)
    for j, b in enumerate(told):
        for a in told[:j]:
            if a.key != b.key or a.sentence == b.sentence or a.owner and b.owner and a.owner != b.owner:
                continue
            ia, ib = a.date.interval(), b.date.interval()
            if ia[1] < ib[0] or ib[1] < ia[0]:
                yield a, b
                break
