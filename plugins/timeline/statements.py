"""The ``timeline_statements`` fact: a subject in a state towards a counterpart over a period.

A *state statement* is a state word (language data, ``[timeline.states]``) in a sentence with a
date that bounds it (`منذ عام 2016` → from 2016 on; `حتى عام 2023` → up to 2023; "in 2018"),
a counterpart (``[timeline.counterparts]``, with aliases: `واشنطن`, `التحالف الدولي`, "the US")
and a subject: the nearest name before the state word in its sentence, else the article's main
subject (the person its name facts mention most often).
"""

from __future__ import annotations

import collections
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import phrase_key as _key
from checker.language.matching import matched_key, word_regex


_DATE_GAP = 90      # characters between a state word and the date that bounds it
_MIN_NAME_COUNT = 2  # a name must recur to be taken as a subject


@dataclass(frozen=True)
class Statement:
    start: int
    end: int
    subject: str                 # the entity (name-fact cluster) of the subject
    subject_text: str
    counterpart: str             # counterpart key (us, russia, ...)
    counterpart_label: str       # its first name in the language data
    counterpart_text: str
    classes: tuple[str, ...]     # state classes named in the statement
    group: str                   # exclusive group (hostile | friendly)
    since: dt.date | None        # None: open to the past
    until: dt.date | None        # None: open to the future
    date_text: str
    word: str = ""               # the first state word as written


@dataclass
class TimelineData:
    states: re.Pattern | None
    state_class: dict[str, str]
    group_of: dict[str, str]
    counterparts: re.Pattern | None
    counterpart_of: dict[str, str]
    cased: dict[str, list[str]]   # aliases that must match their capitals ("US", not "us")
    ending: re.Pattern | None
    with_words: re.Pattern | None
    pairs: list[tuple[str, str, str]]
    periods_only: frozenset[str]


@lru_cache(maxsize=32)
def timeline_data(lex) -> TimelineData:
    t = lex.section("timeline", {})
    state_class = {}
    for cls, words in t.get("states", {}).items():
        for w in words:
            state_class.setdefault(_key(w), cls)
    group_of = {cls: group for group, classes in t.get("exclusive", {}).items() for cls in classes}
    counterpart_of, cased = {}, collections.defaultdict(list)
    for key, aliases in t.get("counterparts", {}).items():
        for a in aliases:
            for form in [_key(a)] + lex.variants(_key(a)):
                counterpart_of.setdefault(form, key)
            if any(c.isupper() for c in a):
                cased[_key(a)].append(" ".join(a.split()))

    def rx(words):
        return word_regex(lex, words)

    return TimelineData(rx(state_class), state_class, group_of, rx(counterpart_of), counterpart_of, dict(cased),
                     rx(t.get("ending", {}).get("words", [])), rx(t.get("with", [])),
                     [tuple(p) for p in t.get("exclusions", {}).get("pairs", [])],
                     frozenset(t.get("exclusions", {}).get("periods_only", [])))


def _names(facts) -> tuple[dict[str, int], list[tuple[int, int, str, str]]]:
    """The people the article names (the shared name facts), how often each is mentioned, and
    where: (start, end, entity key, text). Only people mentioned at least twice count."""
    mentions = [m for m in facts["name_mentions"] if m.person]
    counts = collections.Counter(str(m.cluster) for m in mentions)
    keep = {k for k, n in counts.items() if n >= _MIN_NAME_COUNT}
    return ({k: counts[k] for k in keep},
            [(m.start, m.end, str(m.cluster), m.text) for m in mentions if str(m.cluster) in keep])


def _counterparts(doc, comp, view, lo: int, hi: int):
    """(normalised start, end, key, original start, end) of every counterpart alias in a range."""
    out = []
    if comp.counterparts is None:
        return out
    for m in comp.counterparts.finditer(view.text, lo, hi):
        key = matched_key(m.group("w"))
        s, e = view.to_original(m.start("w"), m.end("w"))
        if key in comp.cased and " ".join(doc.text[s:e].split()) not in comp.cased[key]:
            continue  # "us" is not "US"
        out.append((m.start("w"), m.end("w"), comp.counterpart_of[key], s, e))
    return out


def _counterpart(doc, comp, view, ranges, state_end: int, near: int):
    """The counterpart of a state: the one right after "with"/`مع` following the state word
    (and none if what follows "with" is not a known counterpart), else one after a "with"
    elsewhere in the sentence or paragraph, else the nearest one."""
    with_after = comp.with_words.match(view.text, state_end + 1) if comp.with_words else None
    for lo, hi in ranges:
        found = _counterparts(doc, comp, view, lo, hi)
        if with_after is not None:
            after = [c for c in found if 0 <= c[0] - with_after.end() <= 24]
            return (after[0][2], after[0][3], after[0][4]) if after else None
        if not found:
            continue
        if comp.with_words is not None:
            withs = [c for c in found if comp.with_words.search(view.text[max(lo, c[0] - 8):c[0]])]
            if withs:
                c = min(withs, key=lambda c: abs(c[0] - near))
                return c[2], c[3], c[4]
        c = min(found, key=lambda c: min(abs(c[0] - near), abs(c[1] - near)))
        return c[2], c[3], c[4]
    return None


def _states_by_date(comp: TimelineData, view, hits, in_sent) -> list[list[tuple]]:
    """The state words of one sentence grouped by the date that bounds them (the nearest date
    after the word, else before it, within ``_DATE_GAP``), each as ``(start, end, class, match,
    date)``; undated state words are left out, since they cannot overlap anything."""
    by_date: dict[int, list] = collections.defaultdict(list)
    for m in hits:
        s, e = view.to_original(m.start("w"), m.end("w"))
        cls = comp.state_class[matched_key(m.group("w"))]
        if cls not in comp.group_of:
            continue
        after = [d for d in in_sent if 0 <= d.start - e <= _DATE_GAP]
        before = [d for d in in_sent if 0 <= s - d.end <= _DATE_GAP]
        date = min(after, key=lambda d: d.start) if after else max(before, key=lambda d: d.end, default=None)
        if date is None:
            continue
        by_date[id(date)].append((s, e, cls, m, date))
    return list(by_date.values())


def _period(date, rng, published: dt.date | None, ending: bool) -> tuple[dt.date | None, dt.date | None]:
    """The period a state holds: both ends of a range ("from 1998 to 2004"); from a date on
    (`منذ`, up to the publication date at least); up to a date (`حتى`, or a word that ends the
    state); else the date itself."""
    lo, hi = rng.interval() if rng is not None and rng.interval() else date.interval()
    if rng is not None:
        return lo, hi
    if date.bound == "since":
        return lo, None if published is None else max(published, hi)
    if date.bound == "until" or ending:
        return None, hi
    return lo, hi


def extract_statements(doc, facts) -> list[Statement]:
    comp = timeline_data(doc.lexicon)
    if comp.states is None:
        return []
    view = doc.normalized
    counts, places = _names(facts)
    main = max(counts, key=lambda k: (counts[k], -int(k))) if counts else None
    main_text = max((t for _, _, k, t in places if k == main), key=len, default=main)
    range_of = {}
    for r in facts["date_ranges"]:
        range_of[id(r.first)] = range_of[id(r.second)] = r
    dated = [m for m in facts["date_mentions"] if m.year is not None and m.interval()
             and (not m.bare_year or id(m) in range_of)]
    published = doc.published
    out = []
    for sent in doc.sentences:
        ns, ne = view.from_original(sent.start), view.from_original(sent.end)
        hits = [m for m in comp.states.finditer(view.text, ns, ne)]
        if not hits:
            continue
        para = doc.paragraph_at(sent.start)
        for items in _states_by_date(comp, view, hits, [d for d in dated if sent.start <= d.start < sent.end]):
            date = items[0][4]
            groups = {comp.group_of[cls] for _, _, cls, _, _ in items}
            if len(groups) != 1:
                continue  # one date for a hostile and a friendly word: a change of state, not a claim
            group = groups.pop()
            first = min(s for s, _, _, _, _ in items)
            ending = comp.ending is not None and comp.ending.search(
                view.text[max(ns, view.from_original(first) - 30):view.from_original(first)])
            rng = range_of.get(id(date))
            if group in comp.periods_only and rng is None and date.bound is None:
                continue  # "jailed in 1998" is an event, not a period
            since, until = _period(date, rng, published, bool(ending))
            near = view.from_original(first)
            last_state = max(m.end("w") for _, _, _, m, _ in items if m.start("w") == near) if any(
                m.start("w") == near for _, _, _, m, _ in items) else near
            scopes = [(ns, ne)]
            if para is not None:
                scopes.append((view.from_original(para.start), view.from_original(para.end)))
            cp = _counterpart(doc, comp, view, scopes, last_state, near)
            if cp is None:
                if any(group in pair[:2] and pair[2] == "counterpart" for pair in comp.pairs):
                    continue
                cp = ("*", first, first)
            subject = None
            for s, e, key, text in places:
                if sent.start <= s < first:
                    subject = (key, text)
            if subject is None and main is not None:
                subject = (main, main_text)
            if subject is None:
                continue
            date_start = rng.start if rng is not None else date.lead if date.lead is not None else date.start
            date_end = rng.end if rng is not None else date.end
            start = min([first, date_start, cp[1]]) if sent.start <= cp[1] < sent.end else min(first, date_start)
            end = max([max(e for _, e, _, _, _ in items), date_end] + ([cp[2]] if sent.start <= cp[1] < sent.end else []))
            label = doc.lexicon.section("timeline", {}).get("counterparts", {}).get(cp[0], [""])[0]
            out.append(Statement(start, end, subject[0], subject[1], cp[0], label, doc.text[cp[1]:cp[2]],
                                 tuple(dict.fromkeys(cls for _, _, cls, _, _ in items)), group, since,
                                 until, date.text, doc.text[items[0][0]:items[0][1]]))
    return out
