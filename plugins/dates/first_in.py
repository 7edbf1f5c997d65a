"""A first of its kind "in a decade" against the last one the article dates: "the first rise in
water charges in a decade" … "charges were last raised in 2016" (published in 2022), `أول زيادة على
التعرفة منذ عقد كامل` … `آخر تعديل للتعرفة أُقر عام 2016`. The two are of one thing when their words
share a content word (the thing, "charges", `التعرفة`); the last one must lie at least that long
before the publication date (a fifth of the length either way, a year at least), or before the year
told after "since" ("the first rise since 2012")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import WS as _WS, alternation as _alt, phrase_key as _key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled
from checker.language.sections import Script

from .age_words import length_words

_WORDS = 6        # words between "first" and the length it is counted over, at most
_LAST_REACH = 70  # characters from "last" to the year it is dated by, at most
_WORD = compiled(r"[^\W\d_]+")
_CLAUSE = compiled(r"[,،;:؛.!?؟\n]")
_SENTENCE = compiled(r"[;:؛.!?؟\n]")   # a comma may set off the year of the last one ("the previous cut, in 2015")


@dataclass(frozen=True)
class FirstIn:
    start: int
    end: int
    text: str
    years: float | None    # the length ("a decade": 10); None when counted from a year
    since: int | None      # "the first rise since 2012": the year
    words: tuple           # the words between "first" and the length (:func:`_tokens`)


@dataclass
class _Data:
    first: re.Pattern | None
    last: re.Pattern | None
    units: dict[str, float]
    numbers: dict[str, float]
    generic: frozenset[str]
    side: int = -1   # where a modifier stands: -1 before its noun ("bus fares"), 1 after (`رسوم النقل البري`)
    article: str = ""   # the script's article (`ال`): an adjective after its noun carries it
    attached: re.Pattern | None = None   # an article or a proclitic written against a word (`للتعرفة`, `لدعم`)


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    d = lex.section("durations", {})
    f = d.get("first_in", {})
    units, numbers = length_words(lex)
    generic = frozenset(_key(w) for w in f.get("generic", []))
    if not (f.get("first") and f.get("leads") and f.get("last") and units):
        return _Data(None, None, units, numbers, generic)
    word = r"[^\W\d_][^\W\d_'’-]*"
    num = rf"(?:(?P<n>\d{{1,3}}|{_alt(numbers)}){_WS}+)?" if numbers else r"(?:(?P<n>\d{1,3})\s+)?"
    qual = rf"(?:(?P<q>{_alt(d['more'])}){_WS}+)?" if d.get("more") else ""
    fill = rf"(?:(?:{_alt(f['fill'])}){_WS}+)?" if f.get("fill") else ""
    year_lead = rf"(?:(?:{_alt(f['year_leads'])}){_WS}+)?" if f.get("year_leads") else ""
    since = rf"|(?:{_alt(f['since'])}){_WS}+{year_lead}(?P<y>\d{{4}})(?!\d)" if f.get("since") else ""
    first = compiled(rf"(?<![^\W\d_])(?:{_alt(f['first'])})(?P<w>(?:{_WS}+{word}){{1,{_WORDS}}}?){_WS}+"
                     rf"(?:(?:{_alt(f['leads'])}){_WS}+{fill}{qual}{num}(?P<u>{_alt(units)})(?![^\W\d_])(?!{_WS}*\d){since})")
    prefixes = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    not_after = rf"(?!{_WS}+(?:{_alt(f['not_after'])})(?![^\W\d_]))" if f.get("not_after") else ""   # "last year"
    last = compiled(rf"(?<![^\W\d_]){f'[{prefixes}]?' if prefixes else ''}(?:{_alt(f['last'])})(?![^\W\d_-]){not_after}")
    article = normalize_text(lex.get(Script).article)
    contracted = "".join(f"|{re.escape(normalize_text(c))}" for _, c in lex.get(Script).contractions)   # (`لل`)
    attached = compiled(rf"^(?:[{prefixes}]?{re.escape(article)}{contracted}|[{prefixes}])(?=...)") if article and prefixes else None
    return _Data(first, last, units, numbers, generic, 1 if f.get("modifiers") == "after" else -1, article, attached)


def _tokens(words: str, data: _Data, stop: frozenset[str]) -> tuple[frozenset[str] | None, ...]:
    """Per word, its forms (itself, without an attached article or preposition, `للتعرفة`: `تعرفه`,
    `لدعم`: `دعم`; without an English plural "s") or None for a word naming nothing."""
    out: list[frozenset[str] | None] = []
    for w in _WORD.findall(normalize_text(words).lower()):
        if len(w) < 3 or w in stop or w in data.generic:
            out.append(None)
            continue
        forms = {w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w}
        if data.attached is not None:
            forms.update(b for b in (data.attached.sub("", w, count=1),) if b != w and b not in stop)
        out.append(frozenset(forms))
    return tuple(out)


def _words(toks) -> frozenset[str]:
    return frozenset(f for t in toks if t for f in t)


def _told_apart(a, b, side: int, article: str = "") -> bool:
    """Whether a word the two phrases share carries a modifier in the last one's (``b``) that the
    first's lacks ("bus fares" … "ferry fares", "fares" … "ferry fares"; `رسوم النقل` … `رسوم النقل
    البحري`, an adjective with the article): another thing, or a part of it. ``side`` is -1 where a
    modifier goes before its noun, 1 after."""
    wa, wb = _words(a), _words(b)
    for i, t in enumerate(a):
        for j, u in enumerate(b):
            if not (t and u and t & u):
                continue
            x = a[i + side] if 0 <= i + side < len(a) else None
            y = b[j + side] if 0 <= j + side < len(b) else None
            if y and not y & wa and not (x and x & wb) and (side < 0 or bool(article) and any(f.startswith(article) for f in y)):
                return True
    return False


def firsts_in(doc, stop: frozenset[str]) -> list[FirstIn]:
    data = _data(doc.lexicon)
    if data.first is None:
        return []
    view, out = doc.normalized, []
    for m in data.first.finditer(view.text):
        if _CLAUSE.search(m.group("w")):
            continue
        s, e = view.to_original(m.start(), m.end())
        if m.group("y"):
            years, since = None, int(m.group("y"))
        else:
            n = m.group("n")
            count = 1.0 if n is None else float(n) if n.isdigit() else data.numbers.get(_key(n), 0.0)
            years, since = count * data.units[_key(m.group("u"))], None
            if m.group("q"):
                years = years + 1   # "in more than a decade": longer than that
            if not years:
                continue
        if _words(words := _tokens(m.group("w"), data, stop)):
            out.append(FirstIn(s, e, doc.text[s:e], years, since, words))
    return out


def first_in_conflicts(doc, date_mentions, stop: frozenset[str]):
    """(first, the last's word span, the last's year mention, the years between): a first "in N
    years" whose last one the article dates too recently."""
    published = doc.published
    firsts = firsts_in(doc, stop)
    if not firsts:
        return []
    data = _data(doc.lexicon)
    view = doc.normalized
    years = [m for m in date_mentions if m.year is not None and m.calendar == "gregorian" and not m.year_inferred
             and m.precision != "decade"]
    out = []
    for lm in data.last.finditer(view.text):
        ls, le = view.to_original(lm.start(), lm.end())
        after = next((y for y in years if 0 < y.start - le <= _LAST_REACH and not _SENTENCE.search(doc.text[le:y.start])), None)
        if after is None:
            continue
        before = " ".join(_CLAUSE.split(doc.text[max(0, ls - 40):ls])[-1].split()[-3:])   # "charges were last raised"
        words = _tokens(before, data, stop) + (None,) + _tokens(doc.text[le:after.start], data, stop)
        for f in firsts:
            if f.start <= ls < f.end or not _words(f.words) & _words(words) or _told_apart(f.words, words, data.side, data.article):
                continue
            if f.since is not None:
                if after.year > f.since:
                    out.append((f, (ls, le), after, None))
            elif published is not None and after.year <= published.year:
                gap = published.year - after.year
                if gap < f.years - max(1.0, 0.2 * f.years):
                    out.append((f, (ls, le), after, gap))
    return out
