"""DATE006's "ago": a time elapsed up to the publication date ("more than a decade ago", `قبل سبعين
عاماً`) against the year it refers to. In its own sentence, the year written next to it ("in 2016,
more than a decade ago"), or, none there, one told with a word of its event ("which was founded in Amman in
2004, … since its founding 12 years ago"). In a sentence that writes no year, the event it dates, told again with a
year in another sentence: "since the landing was swept away eight years ago" … "The ferry landing,
swept away by the river in 2014"; `منذ شقّها قبل سبعين عاماً` … `القناة التي شقّها أهالي البلدة عام
1968`; "when the nursery began, five years ago". The event is told by the words between "since"
(``[chronology] since``) or "when" (``[relative_dates] when``) and the elapsed time;
one of them (the same word, or its verb or noun, :mod:`.derivation`, or a word or two of the same
once-only class of DATE008: "set up" … "founded", `أنشأن` … `رأت النور`) is written within a few words of
the other sentence's year, and the two sentences share another content word; when the words after
"since" or "when" name what the event happened to ("the co-operative"), that sentence names it too.
Only one sentence may so tell it (the story's own date, in its dateline, is none). An elapsed time whose word may also tell a length
(``[durations] ago_length``: `منذ سبع سنوات`) is compared with its own sentence only."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .age_pairs import years_in
from .derivation import deriver
from .event_data import _data as event_data
from .events import _kind

_NEAR = 15      # characters between "a decade ago" and the year it refers to
_CLEAR = 40     # no other year this close to "a decade ago"
_LEAD = 5       # words between "since" and the elapsed time, where the event it dates is told
_REACH = 45     # characters between the other sentence's year and the event word
_WORD = re.compile(r"[^\W\d_]{3,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")


def _gap(m, e) -> int:
    return max(e.start - m.end, m.start - e.end, 0)


def _elapsed_range(m, published: dt.date) -> tuple[float, float] | None:
    iv = m.interval()
    if iv is None:
        return None
    return (published - iv[1]).days / 365.25, (published - iv[0]).days / 365.25


def check_ago(ctx, e, date_mentions, birth_years, published, name_mentions=()) -> None:
    """Report an elapsed time that does not fit the year it refers to."""
    sent = ctx.doc.sentence_at(e.start)
    if sent is None:
        return
    years = [m for m in years_in(date_mentions, sent.start, sent.end)
             if not any(s <= m.start < t for s, t in birth_years)]  # a birth year is not what "ago" counts
    if not years:
        m, (low, high) = _told_elsewhere(ctx, e, sent, date_mentions, birth_years, published, name_mentions) \
            or (None, (0, 0))
        if m is not None:
            _report(ctx, e, m, low, high, published)
        return
    near = [m for m in years if _gap(m, e) <= _NEAR]
    if not near and (got := _told_elsewhere(ctx, e, sent, date_mentions, birth_years, published, name_mentions,
                                            same=True)) is not None:
        _report(ctx, e, got[0], *got[1], published)   # "which was founded in 2004, … since its founding 12
        return                                        # years ago": its event told with a year in the sentence
    if len(near) != 1 or any(_gap(m, e) <= _CLEAR for m in years if m is not near[0] and m.year != near[0].year):
        return
    m = near[0]
    rng = _elapsed_range(m, published)
    if rng is None or rng[0] < 0:
        return  # a date after publication
    if rng[1] < e.low or (e.high is not None and rng[0] > e.high):
        _report(ctx, e, m, *rng, published)


def _report(ctx, e, m, low: float, high: float, published: dt.date) -> None:
    actual = f"{low:.0f}–{high:.0f} years" if round(low) != round(high) else f"about {low:.0f} years"
    ctx.report("ago", e.start, e.end, related=[ctx.related(m.start, m.end, "the year it refers to")],
               elapsed=e.text, year=m.text, published=published.isoformat(), actual=actual)


@lru_cache(maxsize=32)
def _data(lex) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """Stop words, words of an elapsed time that may tell a length, proclitics, and the words of
    "since" and "when" ("when the nursery began, five years ago")."""
    norm = lambda ws: frozenset(normalize_text(w) for w in ws)   # noqa: E731
    article = normalize_text(lex.section("script", {}).get("article", ""))
    pro = [normalize_text(p) for p in lex.proclitics if p]
    lead = {p + article for p in pro if article} | set(pro) | ({article} if article else set())
    return (norm(lex.section("stopwords", {}).get("words", [])),
            norm(lex.section("durations", {}).get("ago_length", [])), tuple(sorted(lead - {""}, key=len, reverse=True)),
            norm(lex.section("chronology", {}).get("since", []) + lex.section("relative_dates", {}).get("when", [])))


def _bare(word: str, lead: tuple[str, ...]) -> str:
    for p in lead:
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p):]
    return word


def _same_event(der, a: str, b: str, lead: tuple[str, ...], events=None) -> bool:
    """The same word (but for an attached proclitic), two of one root or stem (`تأسست`, `تأسيسها`;
    "completed", "completion"), or two words of one once-only class of DATE008 (`أسسن`, `رأت النور`)."""
    if _bare(a, lead) == _bare(b, lead):
        return True
    ra, rb = ({k.split(":")[0] for k in der.derive(w).keys} for w in (a, b))   # (a root, whatever its form)
    if ra & rb:
        return True
    if events is None:
        return False
    ka, kb = (_kind(w, events, der)[0] for w in (a, b))
    return ka is not None and ka == kb


def _root_kind(lex, word: str, classes, der) -> bool:
    """A word of a once-only class of DATE008 in any form of its root (the participle `المشيّد` of `شيّد`)."""
    if _kind(word, classes, der)[0] is not None:
        return True
    return not _class_roots(lex).isdisjoint(k.split(":")[0] for k in der.derive(word).keys)


@lru_cache(maxsize=32)
def _class_roots(lex) -> frozenset[str]:
    """The roots of the seeds of DATE008's once-only classes."""
    return frozenset(k.split(":")[0] for seeds in event_data(lex).classes.values() for k in seeds)


def _told_elsewhere(ctx, e, sent, date_mentions, birth_years, published, name_mentions, same: bool = False):
    """(year mention, (low, high) years from it to publication) of the one other sentence that tells
    the event an elapsed time dates with a year that does not fit it (``same``: of its own sentence,
    the year told with a word of the event there, not beside the elapsed time), else None."""
    doc, lex = ctx.doc, ctx.lexicon
    view, der = doc.normalized, deriver(lex)
    stop, length, lead_words, since = _data(lex)
    if normalize_text(e.text).split()[0] in length:
        return None   # (`منذ سبع سنوات` may tell how long, not when)
    named = [(m.start, m.end) for m in name_mentions]
    s0 = view.from_original(sent.start)
    lead = [w for w in _WORD.finditer(view.text, s0, view.from_original(e.start))][-_LEAD - 1:]
    at = max((i for i, w in enumerate(lead) if w.group() in since), default=None)
    classes = event_data(lex)
    before = at is None and not same and len(lead) >= 3 and _root_kind(lex, lead[-1].group(), classes, der)
    if before:
        at = len(lead) - 3   # the thing and a word of its event right before it: `العقار المشيّد قبل 40 عاماً`
    if at is None:
        return None   # the event is told after "since": "since the landing was swept away eight years ago"
    since_at, e_end = lead[at].start(), view.from_original(e.end)   # (in its own sentence, no word of these counts)
    told = _ANY_WORD.findall(view.text, lead[at].end(), view.from_original(e.start))
    paired = {classes.phrasal.get(pair) for pair in zip(told, told[1:])} - {None}   # "set up", `رأت النور`
    lead = [w.group() for w in lead[at + 1:] if w.group() not in stop and not any(
        a <= view.to_original(w.start(), w.end())[0] < b for a, b in named)]   # (a name is no event)
    if not lead:
        return None
    own = {w for w in _WORD.findall(doc.normalized_slice(sent.start, sent.end)) if w not in stop}
    kinds = paired | {_kind(x, classes, der)[0] for x in lead} - {None}
    # the nouns told with the event after "since" or "when", but for its verb: what it happened to
    in_pairs = {w for pair in classes.phrasal for w in pair}
    things = {_bare(x, lead_words) for x in lead if _kind(x, classes, der)[0] is None and len(x) > 3
              and not (paired and x in in_pairs)} if kinds else set()
    found = []
    for m in years_in(date_mentions, *((sent.start, sent.end) if same else (0, len(doc.text)))):
        other = doc.sentence_at(m.start)
        if other is None or (other.start == sent.start) != same or any(s <= m.start < t for s, t in birth_years):
            continue
        if (iv := m.interval()) is not None and iv[0] <= published <= iv[1] and m.precision == "day":
            continue   # the story's own date (its dateline), which no elapsed time counts back to
        lo = max(0, view.from_original(m.start) - _REACH)
        window = view.text[lo:view.from_original(m.end) + _REACH]
        if same:   # the event's words after "since" are not the year's
            a, b = max(0, since_at - lo), max(0, e_end - lo)
            window = window[:a] + " " * (min(b, len(window)) - min(a, len(window))) + window[b:]
        near, every = _WORD.findall(window), _ANY_WORD.findall(window)
        hit = {w for w in near if w not in stop and any(_same_event(der, w, x, lead_words, classes) for x in (lead[-1:] if before else lead))}
        if kinds:   # a word or a seed of two words of the event's class (`رأت النور`, "set up")
            hit |= kinds & ({_kind(w, classes, der)[0] for w in near if w not in stop}
                            | {classes.phrasal.get(pair) for pair in zip(every, every[1:])})
        theirs = {w for w in _WORD.findall(doc.normalized_slice(other.start, other.end)) if w not in stop}
        shared = own & theirs
        if things and not any(_bare(w, lead_words) in things for w in theirs):
            continue   # what the event happened to (`التعاونية`, "the co-operative") is not told there
        if hit and len(shared | hit) >= 2:   # the event, and what it happened to or another word of it
            found.append(m)
    if len({m.year for m in found}) != 1:
        return None
    m = found[0]
    rng = _elapsed_range(m, published)
    if rng is None or rng[0] < 0:
        return None
    slack = max(1.0, 0.1 * e.bare) if e.bare is not None else 0.0   # (told plainly: "seventy years ago")
    low, high = (e.bare - slack, e.bare + slack) if e.bare is not None else (e.low, e.high)
    if rng[1] < low or (high is not None and rng[0] > high):
        return m, rng
    return None
