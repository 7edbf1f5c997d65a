"""DATE007's told spans: one sentence that tells when something began, when it ended and how long
it took, where the two dates do not fit the length — "The 18-month construction, which started in
March 2023 and ended last month" (32 months in December 2025), "The strike began on May 1 and ended
on May 20, lasting two weeks", `انطلقت الأشغال في مارس 2023 واكتملت في نوفمبر الماضي، واستغرقت 18
شهراً`.

A word of ``[chronology] begin_words`` stands up to four words before the first date, one of
``end_words`` up to four words before the second, with no other date in the sentence; or the second
date's act is joined to the first's by "and" right after it ("filled on May 20 and opened on Aug. 1",
`وُضعت فيها في 20 كانون الثاني وأُخرجت منها في 2 آذار`), and then only a length a verb tells counts. The length is
a number (digits or a word of ``[numbers] words``) and a unit of ``[chronology.units]`` (or a
singular or dual unit alone, `أسبوعين`), joined by a hyphen ("18-month", not "18-month-old") or after a word of ``length_verbs`` ("took", "lasted",
`استغرقت`, `دامت`) and maybe a word of ``approx``, ``at_most`` or ``at_least``; it is the sentence's
only one. The dates' own precision gives the span room (March to November is anything from seven to
nine months), and a length beyond a week has a margin of 15 % (30 % for a rough one); a bound is
checked on its one side."""

from __future__ import annotations

from dataclasses import replace

import bisect
from functools import lru_cache

from checker.language.matching import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WS, alternation, phrase_key, prefixes, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .order import opening_words

_DAY = 1440      # minutes
_LEAD = 4        # words from a begin or end word to its date
_TRIP_LEAD = 8   # words from a word of departure or arrival to its time
_SUBJECT = 3     # words between a length verb and its length (`أمضت البذور ثلاثة أشهر`, "took the crew two weeks")


@lru_cache(maxsize=32)
def _compile(lex, timed: bool = False):
    """The begin and end words, the length pattern and its tables: of days and longer, or with
    ``timed`` of hours and minutes, their words of departure and arrival."""
    d = lex.section("chronology", {})
    units = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in d.get("units", {}).items() if (int(v[0]) < _DAY) == timed}
    if timed:
        d = {**d, "begin_words": d.get("depart_words", []), "end_words": d.get("arrive_words", [])}
    numbers = {phrase_key(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    if not units or not d.get("begin_words") or not d.get("end_words") or not d.get("length_verbs"):
        return None
    num = rf"(?:\d{{1,3}}|{alternation(numbers)})" if numbers else r"\d{1,3}"
    kinds = {phrase_key(w): k for k, key in (("about", "approx"), ("most", "at_most"), ("least", "at_least"))
             for w in d.get(key, [])}
    qual = rf"(?:(?P<q>{alternation(kinds)}){WS}+)?" if kinds else ""
    unit = rf"(?P<u>{alternation(units)})"
    after = ""   # "after six months of storage", `إثر شهرين كاملين من التغذية`: a length before its noun
    if d.get("length_after") and d.get("length_of"):
        after = (rf"|{prefixes(lex)}(?P<la>(?:{alternation(d['length_after'])}){WS}+{qual.replace('<q>', '<aq>')}"
                 rf"(?P<an>{num}){WS}+{unit.replace('<u>', '<au>')}(?:{WS}+[^\W\d_]+)?{WS}+(?:{alternation(d['length_of'])}){NOT_LETTER_AFTER})")
    if d.get("length_in"):   # "in 40 days", `في أربعين يوماً`: the time it was done in, a number told
        after += (rf"|{prefixes(lex)}(?P<li>(?:{alternation(d['length_in'])}){WS}+{qual.replace('<q>', '<iq>')}"
                  rf"(?P<in>{num}){WS}+{unit.replace('<u>', '<iu>')}{NOT_LETTER_AFTER})")
    if d.get("length_restated"):   # ", or 10 hours", `، أي عشر ساعات`: the length restated after the two points
        after += (rf"|(?<=[,،]){WS}*(?P<lr>(?:{alternation(d['length_restated'])}){WS}+{qual.replace('<q>', '<rq>')}"
                  rf"(?P<rn>{num}){WS}+{unit.replace('<u>', '<ru>')}{NOT_LETTER_AFTER})")
    length = compiled(rf"{NOT_LETTER_BEFORE}(?:(?P<hn>{num})-{unit.replace('<u>', '<hu>')}(?![-\w])"
                      rf"|{prefixes(lex)}(?P<lv>(?:{alternation(d['length_verbs'])}){WS}+(?:[^\W\d_]+{WS}+){{0,{_SUBJECT}}}?{qual}(?:(?P<n>{num}){WS}+)?{unit}){NOT_LETTER_AFTER}"
                      rf"{after})")
    return (word_regex(lex, d["begin_words"]), word_regex(lex, d["end_words"]), length, units, numbers, kinds)


def span_mismatches(ctx, date_mentions):
    """Yield (first date, second date, the length's original start, end, the dates' span in days)
    for a sentence that tells a beginning, an end and a length that do not fit."""
    found = _compile(ctx.doc.lexicon)
    if found is None:
        return
    begin, end = found[:2]
    view = ctx.doc.normalized
    starts = [m.start for m in date_mentions]
    for a, b in zip(date_mentions, date_mentions[1:]):
        sent = ctx.doc.sentence_at(a.start)
        if sent is None or b.end > sent.end or not _alone(starts, sent, a, b):
            continue
        led = _led(view, begin, sent.start, a.start) and _led(view, end, a.end, b.start)
        if not led and not _joined(ctx.doc.lexicon, view, a.end, b.start):
            continue   # (or two acts joined by "and": "were placed in on Jan. 20 and taken out on March 2")
        ia, ib = a.interval(), b.interval()
        if ia is not None and ib is not None and ib[1] < ia[0] and a.year_inferred and a.year is not None \
                and a.precision == "month":
            ia = replace(a, year=a.year - 1).interval()   # "began in January and ended in June", told in July:
            #                                              the January before, not the next one
        if ia is None or ib is None or ib[1] < ia[0]:
            continue
        got = _told_length(view, found, sent, a, b)
        if got is None or not led and got[0].group("hn"):
            continue   # (none, two, or "lasted weeks": no length; for two acts joined, a length a verb tells,
            #            not "a 12-month contract signed on May 1 and approved on May 3")
        m, said, kind = got
        days = said / _DAY
        lo, hi = (ib[0] - ia[1]).days, (ib[1] - ia[0]).days + 1
        slack = 0 if days <= 7 else (0.3 if kind == "about" else 0.15) * days
        if (kind != "least" and days + slack < lo) or (kind != "most" and days - slack > hi):
            g = m.groupdict()
            s, e = view.to_original(next((m.start(k) for k in ("lv", "la", "li", "lr") if g.get(k)), m.start()), m.end())
            yield a, b, s, e, (ib[0] - ia[0]).days


def reversed_spans(ctx, date_mentions):
    """Yield (first date, second date, the end word's original start, end) for a sentence that tells
    something began on one date and ended on an earlier one ("began on Aug. 3 and was completed on
    July 12"); not when the second, its year not written, may fall in the next year before
    publication ("began on Dec. 20 and ended on Jan. 5")."""
    found = _compile(ctx.doc.lexicon)
    if found is None:
        return
    begin, end = found[:2]
    view, pub = ctx.doc.normalized, ctx.doc.published
    starts = [m.start for m in date_mentions]
    for a, b in zip(date_mentions, date_mentions[1:]):
        sent = ctx.doc.sentence_at(a.start)
        if sent is None or b.end > sent.end or not _alone(starts, sent, a, b):
            continue
        ia, ib = a.interval(), b.interval()
        if ia is None or ib is None or not ib[1] < ia[0] or not _led(view, begin, sent.start, a.start) \
                or not _led(view, end, a.end, b.start):
            continue
        if b.year_inferred and (pub is None or _next_year(ib[1]) <= pub):
            continue
        if a.year_inferred and (pub is None or ia[0] > pub or not b.year_inferred
                                or _told_length(view, found, sent, a, b) is None):
            continue   # (the first's year not written: it may be the year before, unless a length says how long)
        m = None
        for m in end.finditer(view.text, view.from_original(a.end), view.from_original(b.start)):
            pass
        if m is not None:
            yield a, b, *view.to_original(m.start(), m.end())


def _next_year(day):
    try:
        return day.replace(year=day.year + 1)
    except ValueError:   # 29 February
        return day.replace(year=day.year + 1, day=28)


def _told_length(view, found, sent, a, b):
    """The one length told in the sentence outside its two points ``a`` and ``b``: (its match, its
    minutes, its qualifier's kind); none when there is none, or two, or a unit with no number."""
    _, _, length, units, numbers, kinds = found
    s0, s1 = view.from_original(sent.start), view.from_original(sent.end)
    spans = [(view.from_original(p.start), view.from_original(p.end)) for p in (a, b)]
    told = [m for m in length.finditer(view.text, s0, s1) if not any(x < m.end() and m.start() < y for x, y in spans)]
    if len(told) != 1:
        return None
    m = told[0]
    g = m.groupdict()
    n, u = (m.group("hn"), m.group("hu")) if m.group("hn") else (g["an"], g["au"]) if g.get("an") \
        else (g["in"], g["iu"]) if g.get("in") else (g["rn"], g["ru"]) if g.get("rn") else (m.group("n"), m.group("u"))
    minutes, alone = units[phrase_key(u)]
    value = alone if n is None else float(n) if n.isdigit() else numbers.get(phrase_key(n))
    if not value:
        return None
    q = m.group("q") or g.get("aq") or g.get("iq") or g.get("rq")
    return m, value * minutes, kinds.get(phrase_key(q)) if q else None


_JOIN_WORDS = 6   # words from the first date to the second, two acts joined by "and"


def _joined(lex, view, a_end: int, b_start: int) -> bool:
    """The second date's act joined to the first's by "and" right after the first date, in few words
    ("filled on May 20 and opened on Aug. 1", `وُضعت في 20 كانون الثاني وأُخرجت في 2 آذار`)."""
    words = view.text[view.from_original(a_end):view.from_original(b_start)].replace(",", " ").replace("،", " ").split()
    if not words or len(words) > _JOIN_WORDS:
        return False
    openers = opening_words(lex)[0]
    first = words[0].lower()
    return first in openers and len(first) > 1 or first[:1] in openers and len(first) > 3


def _alone(starts, sent, a, b) -> bool:
    """No date but ``a`` and ``b`` in their sentence."""
    return bisect.bisect_left(starts, sent.start) == bisect.bisect_left(starts, a.start) and \
        bisect.bisect_left(starts, sent.end) == bisect.bisect_left(starts, b.start) + 1


def _led(view, words, lo: int, at: int, lead: int = _LEAD) -> bool:
    """A word of ``words`` among the few words (``lead``) right before original ``at`` (after ``lo``)."""
    s, e = view.from_original(lo), view.from_original(at)
    text = view.text[s:e]
    cut = len(text)
    for _ in range(lead + 1):
        cut = text.rfind(" ", 0, cut - 1) if cut > 0 else -1
        if cut < 0:
            break
    return words.search(text, max(0, cut)) is not None


@lru_cache(maxsize=32)
def _after_event_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("chronology", {}).get("after_event", []))


def _after_event(lex, lead: str) -> bool:
    """Whether one of the last two words of ``lead`` (the words before a length and its own first) is
    a word of ``[chronology] after_event`` ("after", `بعد`): the length is an offset from an event."""
    return bool(_after_event_words(lex) & {w.lower() for w in lead.split()[-2:]})


def time_span_mismatches(ctx, times):
    """Yield (first time, second time, the length's original start, end, minutes between) for a
    sentence that tells a departure, an arrival and the time the trip took, which the two times of
    day do not fit ("left at 6 a.m. … reached Gabes at 4 p.m., after a journey that lasted five
    hours", `غادر … على الساعة السادسة صباحاً ليصل … على الساعة الرابعة بعد الظهر، بعد رحلة دامت خمس
    ساعات`): words of ``depart_words`` and ``arrive_words``, the times counted forward round the clock,
    the length with a margin of a quarter of an hour or 15 % (30 % for a rough one)."""
    found = _compile(ctx.doc.lexicon, True)
    if found is None:
        return
    begin, end = found[:2]
    view = ctx.doc.normalized
    clock = [t for t in times if t.clock]
    starts = [t.start for t in clock]
    for a, b in zip(clock, clock[1:]):
        sent = ctx.doc.sentence_at(a.start)
        if sent is None or b.end > sent.end or not _alone(starts, sent, a, b):
            continue
        if not (_led(view, begin, sent.start, a.start, _TRIP_LEAD) and _led(view, end, a.end, b.start, _TRIP_LEAD)):
            continue   # (what left and where it went stand between: "left Metlaoui at 6 a.m.")
        got = _told_length(view, found, sent, a, b)
        if got is None:
            continue
        m, said, kind = got
        if m.start() < view.from_original(a.start) and _after_event(ctx.doc.lexicon, view.text[max(0, m.start() - 16):m.start()] + " " + m.group().split()[0]):
            continue   # (`بعد أربع ساعات من اندلاعها، أي عند الساعة 3:30، … حتى ظهر اليوم`: an offset to the
            #            first time from an event, no length of the trip)
        between = (b.minutes - a.minutes) % _DAY
        slack = max(15.0, (0.3 if kind == "about" else 0.15) * said)
        if (kind != "least" and said + slack < between) or (kind != "most" and said - slack > between):
            g = m.groupdict()
            s, e = view.to_original(next((m.start(k) for k in ("lv", "la", "li", "lr") if g.get(k)), m.start()), m.end())
            yield a, b, s, e, between
