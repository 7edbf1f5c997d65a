"""The ``timeline_statements`` fact: a subject in a state towards a counterpart over a period.

A *state statement* is a state word (``[timeline.states]``) in a sentence with a date that bounds
it (`منذ عام 2016` → from 2016 on; `حتى عام 2023` → up to 2023; "in 2018"), a counterpart
(``[timeline.counterparts]``, with aliases: `واشنطن`, "the US") and a subject: the nearest name
before the state word in its sentence, else the article's main subject (named most often).
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.keywords import finditer_at, register, starts as keyword_starts
from checker.language.matching import WS, alternation, matched_key, phrase_key as _key, prefixes, whole_word, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .arguments import article_homes, attributive, body_named, kin_near, kin_opens, people, period, quoted_near
from .placed import destination, place_word, placed_after, where_named
from .pronouns import UNKNOWN, previous_person
from .roles import body_words, bounded_body, role_hits
from .stays import since_event, stay_ranges
from .subjects import subject_of
from .grouping import by_group as _by_group, excludes as _excludes, same_place
from .targets import ended_later, past_subject, target_after, told_later


_DATE_GAP = 90      # characters between a state word and the date that bounds it
_GROUPED = r"\d{1,3}(?:[,،]\d{3})+"   # a number with thousands separators: one word between an act's head and complement


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
    places: tuple[str, ...] = ()  # where the state holds or what it is about (targets)
    named: bool = False          # the subject is named in the statement's own sentence
    where: str | None = None     # the town or country it holds in, named in its clause ("in Oslo")
    told: bool = False           # the subject is named, or a pronoun stands for them, in its sentence
    concurrent: bool = False     # its sentence tells posts held at once knowingly ("also", "while")
    body: frozenset[str] = frozenset()   # words naming a role's body (one bounded by a date, one acted in)
    whole: bool = False          # its period is one month or year told whole ("the whole of 2021", `طوال عام 2021`)


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
    acts: list[tuple[str, re.Pattern]]     # (class, head … complement pattern)
    markers: frozenset[str]
    home_classes: frozenset[str]
    local_classes: frozenset[str]
    lex: object = None
    home_offices: frozenset[str] = frozenset()
    club_classes: frozenset[str] = frozenset()
    club: re.Pattern | None = None     # a word that names a club or team
    kin: re.Pattern | None = None      # "his wife", "her predecessor": another's state
    construct: frozenset[str] = frozenset()   # classes whose target is a body named in construct (`مرصد باريس`)
    placed_groups: frozenset[str] = frozenset()   # groups of a pair of scope "elsewhere", "told_other", "moved" or "away": their town is read
    moves: frozenset[str] = frozenset()   # groups that move a person to a town (first of a pair of scope "moved")
    concurrent: re.Pattern | None = None   # words that tell two posts held at once knowingly
    keeping: frozenset[str] = frozenset()   # classes of acts that leave the state words inside them to their own classes


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

    def rx(words): return word_regex(lex, words)  # noqa: E704

    acts = []
    for cls, act in t.get("acts", {}).items():
        heads, comps = alternation(act.get("heads", [])), alternation(act.get("complements", []))
        if heads and comps and (ends := alternation(act.get("complement_endings", []))):   # "spent 2016 to 2020 driving …"
            told = alternation([w for ws in t.get("states", {}).values() for w in ws]) or "(?!x)x"   # (not a state word: "living")
            comps = f"{comps}|(?!(?:{told})(?![^\\W\\d_]))[^\\W\\d_]{{3,}}(?:{ends})(?![^\\W\\d_])"
        if heads and comps:
            gap, breaks = int(act.get("gap", 3)), alternation(act.get("breaks", []))
            breaks = f"(?!(?:{breaks})(?![^\\W\\d_]))" if breaks else ""
            acts.append((cls, compiled(whole_word(f"(?P<w>(?:{heads})(?:{WS}+{breaks}(?:{_GROUPED}|[^\\s.,;:،؛]+)){{0,{gap}}}?{WS}+"
                                                    f"{prefixes(lex, True)}(?:{comps}))", prefixes(lex)))))
    ex, places = t.get("exclusions", {}), t.get("places", {})
    return TimelineData(rx(state_class), state_class, group_of, rx(counterpart_of), counterpart_of, dict(cased),
                     rx(t.get("ending", {}).get("words", [])), rx(t.get("with", [])),
                     [tuple(p) for p in ex.get("pairs", [])], frozenset(ex.get("periods_only", [])),
                     acts, frozenset(ex.get("markers", [])), frozenset(places.get("home_classes", [])),
                     frozenset(places.get("local_classes", [])), lex,
                     frozenset(places.get("home_offices", [])), frozenset(places.get("club_classes", [])),
                     rx(places.get("club_words", [])),
                     rx(lex.section("names", {}).get("kin", []) + t.get("relations", [])),
                     frozenset(places.get("construct_classes", [])),
                     frozenset(g for p in ex.get("pairs", []) if p[2] in ("elsewhere", "told_other", "moved", "away") for g in p[:2]),
                     frozenset(p[0] for p in ex.get("pairs", []) if p[2] == "moved"), rx(t.get("concurrent", [])),
                     frozenset(cls for cls, act in t.get("acts", {}).items() if act.get("keeps")))


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


# every match of an act or a state word starts at most one proclitic before one of these words
_ACT_HEADS = register("timeline.act_heads", lambda lex: [
    h for act in lex.section("timeline", {}).get("acts", {}).values() for h in act.get("heads", [])])
_STATE_WORDS = register("timeline.states", lambda lex: [
    w for words in lex.section("timeline", {}).get("states", {}).values() for w in words])


@dataclass(frozen=True)
class _Hit:
    s: int      # original span
    e: int
    ns: int     # normalised span
    ne: int
    cls: str
    key: str = ""   # the role of a role statement
    body: frozenset[str] = frozenset()   # … and the words of its body, for one bounded by a date or acted in


def _hits(comp: TimelineData, view, ns: int, ne: int, roles, places) -> list[_Hit]:
    """The state words of a normalised range, and the states told by a head and a complement
    (``[timeline.acts]``); a state word inside such an act is left to the act (unless the act
    ``keeps`` it: "spent 2024 coaching"). ``places`` are
    where the acts' heads and the state words stand (the keyword pass)."""
    heads, words = places
    acts = []
    for cls, rx in comp.acts if heads else ():
        for m in finditer_at(rx, view.text, heads, 1, ns, ne):
            acts.append(_Hit(*view.to_original(m.start("w"), m.end("w")), m.start("w"), m.end("w"), cls))
    out = list(acts)
    if comp.states is not None and words:
        for m in finditer_at(comp.states, view.text, words, 1, ns, ne):
            if not any(a.ns <= m.start("w") < a.ne and a.cls not in comp.keeping for a in acts):
                s = _hyphened(view.text, m.start("w"))   # ("three-year suspension": from "three")
                out.append(_Hit(*view.to_original(s, m.end("w")), s, m.end("w"),
                                comp.state_class[matched_key(m.group("w"))]))
    for a, b, kind, key, *named in roles:
        if not ns <= a < ne:
            continue
        body = body_words(comp.lex, named[0] if named else bounded_body(comp.lex, view.text, a, b) if kind == "bounded" else " ".join(_OWNER.findall(view.text, a, b))
                          + " " + _CLAUSE.split(view.text[b:b + _BODY], 1)[0]) \
            if kind in ("bounded", "as") else frozenset()   # (acted in: its owner, "as Ferncliffe's deputy governor", the words after it)
        out.append(_Hit(*view.to_original(a, b), a, b, _ROLE_CLASS[kind], key, body))
    return sorted(out, key=lambda h: h.ns)


def _hyphened(text: str, start: int) -> int:
    """``start``, or the start of the word a hyphen joins to the word there ("three-year")."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    return start


_ENDED = ("role_ended", "role_bounded")
_ROLE_CLASS = {"ended": "role_ended", "bounded": "role_bounded", "as": "role_acted"}
_BODY, _CLAUSE = 48, compiled(r"[,،;؛.:]")   # characters after a role acted in where its body is named
_OWNER = compiled(r"([^\W\d_]+)['’]s(?![^\W\d_])")   # a body owning a role: "as Ferncliffe's deputy governor"


def _states_by_date(comp: TimelineData, hits: list[_Hit], in_sent, ranged=frozenset()) -> list[list[tuple]]:
    """The state words of one sentence grouped by the date that bounds them (the nearest date after
    the word, else before it, within ``_DATE_GAP``), each as ``(hit, date)``; undated ones left out."""
    by_date: dict[int, list] = collections.defaultdict(list)
    for h in hits:
        if h.cls not in comp.group_of:
            continue
        # a period bounds the state word right before it, not one that excludes that one; nor does any date
        # when one stands before the word (`من يناير حتى نهاية يونيو، معاراً إلى …، وأجرى بيده في أبريل`)
        before = [d for d in in_sent if 0 <= h.s - d.end <= _DATE_GAP]
        after = [d for d in in_sent if 0 <= d.start - h.e <= _DATE_GAP and not ((before or id(d) in ranged)
                 and any(h.e <= o.s < d.start and _excludes(comp, h, o) for o in hits))]
        if h.cls in _ENDED and not after:   # "منصب المدير … بين عامي 2013 و2018، قبل أن يعفى":
            before += [d for d in in_sent if h.s <= d.start and d.end <= h.e and id(d) in ranged]   # a period told before its end
        date = min(after, key=lambda d: d.start) if after else max(before, key=lambda d: d.end, default=None)
        if h.cls not in _ENDED:   # a date between an act's head and its complement: `قاد صيف 2018 مسيرات`
            date = next((d for d in in_sent if h.s < d.start and d.end < h.e), date)
        if date is None:
            continue
        by_date[id(date)].append((h, date))
    return list(by_date.values())


def _places(doc, comp: TimelineData, hits: list[_Hit], limit: int, homes: list[str], people=()) -> tuple[str, ...]:
    """Where the states of one statement hold, or what they are about: the name after each
    state (its target, past a subject named right after its verb), the article's home for a state
    whose place is the subject's home ("in exile") and for a state held locally that names no place."""
    out: list[str] = []
    for h in hits:
        if h.key:
            out.append(h.key)
            continue
        if h.cls in comp.home_classes:
            out += homes
            continue
        after = past_subject(doc, max(x.e for x in hits if x.s <= h.e + 2), people)
        target = quoted_near(doc, h.cls, h.s, after, limit) or target_after(doc, after, limit, h.cls in comp.construct) \
            or body_named(doc, h.cls, h.s, after, limit)
        if target and h.cls in comp.club_classes and (comp.club is None or comp.club.search(
                doc.normalized.text, doc.normalized.from_original(h.s),
                doc.normalized.from_original(min(limit, after + len(target) + 8))) is None):
            target = None  # "captained England": a national side, not a club
        if target:
            out.append(target)
        if h.cls in comp.local_classes:   # at home unless a place is named ("performed at the festival", a mayor)
            placed = h.cls not in comp.home_offices and placed_after(doc, h.e, limit)   # (`… في القرية`: there)
            out += ([w] if (w := place_word(doc, after, limit)) else []) if placed else homes
    return tuple(dict.fromkeys(out))


def _statement(doc, comp, view, sent, items, ctx) -> Statement | None:
    """The statement of the states one date bounds in a sentence, or None when it is not one."""
    ns, ne = view.from_original(sent.start), view.from_original(sent.end)
    date, group = items[0][1], items[0][2]
    hits = [h for h, _, _ in items]
    first = min(h.s for h in hits)
    near = min(h.ns for h in hits)
    ending = comp.ending is not None and comp.ending.search(view.text[max(ns, near - 30):near])
    rng = ctx["range_of"].get(id(date))
    date = since_event(doc, date) if rng is None else date   # ("since his arrest in May 2019")
    if date is None:
        return None   # ("since its founding in 1996": the body's whole history)
    if group in comp.periods_only and rng is None and date.bound is None:
        return None  # "jailed in 1998" is an event, not a period
    since, until = period(date, rng, doc.published, bool(ending) or group == "ended")
    if date.bound == "since" and rng is None and ended_later(doc, date.end, sent.end):
        until = max(since, date.interval()[1])   # `منذ عام 2004، وبقيت فيه حتى تسلمت إدارته`: it ended, when is not said
    if group in comp.periods_only and since is None:
        return None  # "in prison until 2019": when it began is not said
    last_state = max(h.ne for h in hits if h.ns == near)
    if comp.kin is not None and (kin_near(comp.kin, view, max(ns, near - _DATE_GAP // 3), last_state, doc)
                                 or kin_opens(comp.kin, view, ns, near, ctx["people"], doc)):
        return None   # "his wife Salma led marches", `قادت زوجته سلمى`: a relative's, not the subject's
    scopes = [(ns, ne)]
    para = doc.paragraph_at(sent.start)
    if para is not None:
        scopes.append((view.from_original(para.start), view.from_original(para.end)))
    by_counterpart = any(group in pair[:2] and pair[2] == "counterpart" for pair in comp.pairs)
    cp = _counterpart(doc, comp, view, scopes, last_state, near) if by_counterpart else None
    if cp is None and by_counterpart:
        return None
    cp = cp or ("*", first, first)
    main = previous_person(doc, sent, ctx["people"]) or (ctx["main"], ctx["main_text"])
    subject = subject_of(doc, sent, first, max(h.e for h in hits), ctx["people"], *main,
                         all(comp.group_of.get(h.cls) == "acted" or h.cls == "role_acted" for h in hits), ctx["others"])
    if subject is None or subject[0] == UNKNOWN:
        return None   # (a pronoun after a sentence that names several people)
    date_start = rng.start if rng is not None else date.lead if date.lead is not None else date.start
    date_end = rng.end if rng is not None else date.end
    if date_end <= first and told_later(doc, date_end, first):
        return None   # `من 2013 إلى 2021، قبل أن تتولى رئاسة`: told after the period, not in it
    inside = sent.start <= cp[1] < sent.end
    start = min([first, date_start] + ([cp[1]] if inside else []))
    end = max([max(h.e for h in hits), date_end] + ([cp[2]] if inside else []))
    label = doc.lexicon.section("timeline", {}).get("counterparts", {}).get(cp[0], [""])[0]
    places = () if by_counterpart else _places(doc, comp, hits, sent.end, ctx["homes"], ctx["people"])
    classes = sorted(dict.fromkeys(h.cls for h in hits), key=lambda c: comp.group_of.get(c) != group)
    named = any(sent.start <= s < sent.end and k == subject[0] and doc.text[s:e] == t   # (not by a pronoun)
                for s, e, k, t in ctx["people"])
    told = any(sent.start <= s < sent.end and k == subject[0] for s, _, k, _ in ctx["people"])
    where = (destination(doc, hits[0].e, sent.end) if group in comp.moves else where_named(doc, start, sent.end)) \
        if group in comp.placed_groups else None
    concurrent = comp.concurrent is not None and comp.concurrent.search(view.text, ns, ne) is not None
    return Statement(start, end, subject[0], subject[1], cp[0], label, doc.text[cp[1]:cp[2]], tuple(classes), group, since,
                     until, date.text, doc.text[hits[0].s:hits[0].e], places, named, where, told, concurrent,
                     frozenset().union(*(h.body for h in hits)) - body_words(comp.lex, normalize_text(subject[1] or "")),
                     rng is not None and rng.form == "whole")
    #   (the subject's own name is no body: `النقيب الأسبق ماجد الراوي، الذي شغل المنصب`)


def extract_statements(doc, facts) -> list[Statement]:
    comp = timeline_data(doc.lexicon)
    if comp.states is None and not comp.acts:
        return []
    view = doc.normalized
    range_of = {}
    days = [r for r in facts["day_ranges"] if (iv := r.interval()) and iv[0] <= iv[1]] if "day_ranges" in facts else []
    #   (days of one month told once, "from 4 to 25 July": the dates family's fact, when it is loaded)
    for r in facts["date_ranges"] + days + stay_ranges(doc, [m for m in facts["date_mentions"] if m.year is not None]):
        range_of.setdefault(id(r.first), r)
        range_of.setdefault(id(r.second), r)
    told = attributive(doc)
    dated = [m for m in facts["date_mentions"] if m.year is not None and m.interval()
             and (not m.bare_year or id(m) in range_of or told(m))]
    if not dated:
        return []
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    dates_by_sent: dict[int, list] = collections.defaultdict(list)
    for d in dated:
        first, last = bisect.bisect_right(starts, d.start) - 1, bisect.bisect_right(starts, d.end - 1) - 1
        dates_by_sent[first].append(d)
        if last != first:  # a date read across a sentence's end ("27 February. In 1987"): its year's too
            dates_by_sent[last].append(d)
    # states count only in a sentence with a date: only those sentences are read
    spans: list[list[int]] = []
    for k in sorted(k for k in dates_by_sent if k >= 0):
        ns, ne = view.from_original(sentences[k].start), view.from_original(sentences[k].end)
        if spans and ns <= spans[-1][1] + 2:
            spans[-1][1] = max(spans[-1][1], ne)
        else:
            spans.append([ns, ne])
    roles = role_hits(doc.lexicon, view, spans)
    places = (keyword_starts(doc, _ACT_HEADS), keyword_starts(doc, _STATE_WORDS))
    hits = [h for ns, ne in spans for h in _hits(comp, view, ns, ne, roles, places)]
    if not hits:
        return []
    by_sent: dict[int, list[_Hit]] = collections.defaultdict(list)
    for h in hits:
        by_sent[bisect.bisect_right(starts, h.s) - 1].append(h)
    if not (todo := [k for k in by_sent if k in dates_by_sent and k >= 0]):
        return []
    counts, named = people(doc, facts)
    # the main person: named in full at least once if anyone is ("Jordan" alone is no person)
    full = {str(m.cluster) for m in facts["name_mentions"] if m.person and m.full} & set(counts)
    main = max(full or counts, key=lambda k: (counts[k], -int(k))) if counts else None
    main_text = max((t for _, _, k, t in named if k == main), key=len, default=main)
    absent = {c for c, g in comp.group_of.items() if any(g == a for a, _, scope in comp.pairs if scope == "place")}
    homes = article_homes(doc) if any(h.cls in absent for h in hits) else []   # read only when a state needs it
    others = tuple(sorted((m.start, str(m.cluster), m.text, m.cue != "capitals") for m in facts["name_mentions"]
                          if m.person and (m.full or m.cue == "title") and str(m.cluster) not in counts))
    ctx = dict(range_of=range_of, people=named, main=main, main_text=main_text, homes=homes, others=others)
    ranged = frozenset(range_of)   # dates that end or open a stated period
    out = []
    for k in sorted(todo):
        sent = sentences[k]
        for by_date in _states_by_date(comp, same_place(comp, view, by_sent[k]), dates_by_sent[k], ranged):
            for items in _by_group(comp, by_date):
                st = _statement(doc, comp, view, sent, items, ctx)
                if st is not None:
                    out.append(st)
    return out
