"""Timelines. TIME001: one subject in two states that exclude each other (wanted by, allied with)
towards the same counterpart over overlapping periods.

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
from pathlib import Path

from checker import Example, Extractor, data_files, hookimpl, rule
from checker.language.matching import WS as _WS
from checker.language.matching import alternation
from checker.language.matching import phrase_key as _key
from checker.language.matching import word_regex
from checker.language.normalize import normalize_text

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
class _Compiled:
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
def _compile(lex) -> _Compiled:
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

    return _Compiled(rx(state_class), state_class, group_of, rx(counterpart_of), counterpart_of, dict(cased),
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
        key = " ".join(m.group("w").split())
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


def extract_statements(doc, facts) -> list[Statement]:
    comp = _compile(doc.lexicon)
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
        by_date: dict[int, list] = collections.defaultdict(list)
        for m in hits:
            s, e = view.to_original(m.start("w"), m.end("w"))
            cls = comp.state_class[" ".join(m.group("w").split())]
            if cls not in comp.group_of:
                continue
            in_sent = [d for d in dated if sent.start <= d.start < sent.end]
            after = [d for d in in_sent if 0 <= d.start - e <= _DATE_GAP]
            before = [d for d in in_sent if 0 <= s - d.end <= _DATE_GAP]
            date = min(after, key=lambda d: d.start) if after else max(before, key=lambda d: d.end, default=None)
            if date is None:
                continue  # an undated state cannot overlap anything
            by_date[id(date)].append((s, e, cls, m, date))
        for items in by_date.values():
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
            lo, hi = rng.interval() if rng is not None and rng.interval() else date.interval()
            since, until = lo, hi
            if rng is not None:
                pass  # "from 1998 to 2004": both ends written
            elif date.bound == "since":
                until = None if published is None else max(published, hi)
            elif date.bound == "until" or ending:
                since = None
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


_LABELS = {
    "wanted": "wanted by", "bounty": "under a bounty from", "sanctioned": "under sanctions of",
    "designated_terrorist": "designated a terrorist by", "at_war": "at war with",
    "imprisoned": "imprisoned by", "ally": "an ally of", "partner": "a partner of",
    "cooperating": "cooperating with", "coordinating": "coordinating with",
}


def _state(st: Statement) -> str:
    cls = st.classes[0]
    if cls == "imprisoned":
        return "in prison"
    if cls == "active":
        return f"said to have '{st.word}'"
    return _LABELS.get(cls, cls)


def _when(since: dt.date | None, until: dt.date | None) -> str:
    if since and until:
        return f"from {since.year} to {until.year}" if since.year != until.year else f"in {since.year}"
    if since:
        return f"since {since.year}"
    if until:
        return f"until {until.year}"
    return "at an unknown time"


def _overlap(a: Statement, b: Statement) -> tuple[dt.date, dt.date] | None:
    starts = [d for d in (a.since, b.since) if d]
    ends = [d for d in (a.until, b.until) if d]
    if not starts or not ends:
        return None  # an overlap open on one side cannot be told from a sequence
    lo, hi = max(starts), min(ends)
    return (lo, hi) if lo <= hi else None


@rule(
    id="TIME001",
    name="overlapping-exclusive-states",
    severity="warning",
    languages=["*"],
    summary="One subject in two states that exclude each other (wanted by and allied with one counterpart; in prison and active in person) over overlapping periods.",
    messages={
        "overlap": "{subject} is {first_state} {counterpart} {first_when}, and {second_state} {counterpart} "
                   "{second_when}: both hold {overlap}.",
        "conflict": "{subject} is {first_state} {first_when}, yet {second_state} {second_when}.",
    },
    examples=[
        Example("وكان القائد سالم الجبوري حتى عام 2023 على قائمة المطلوبين للولايات المتحدة.\n"
                "وقال مسؤولون إن الجبوري بدأ التعاون مع واشنطن منذ عام 2016.", "ar", True),
        Example("وكان القائد سالم الجبوري حتى عام 2016 على قائمة المطلوبين للولايات المتحدة.\n"
                "وقال مسؤولون إن الجبوري بدأ التعاون مع واشنطن منذ عام 2017.", "ar", False),
        Example("President Omar Haddad was on the US wanted list until 2023. Haddad had been a "
                "US ally since 2016, officials said.", "en", True),
        Example("President Omar Haddad was on the US wanted list until 2023. Haddad has been a "
                "Russian ally since 2016, officials said.", "en", False),
    ],
)
def overlapping_exclusive_states(ctx, timeline_statements):
    """
    ## What it flags
    The same subject in two states that exclude each other towards the same counterpart over
    periods that overlap: wanted by, under a bounty or sanctions of, designated a terrorist by
    or at war with the United States — and an ally of, a partner of, cooperating or
    coordinating with it. "Wanted by the US until 2023" and "cooperating with the US-led
    coalition since 2016" both hold from 2016 to 2023. Counterparts are recognised through
    their aliases (`واشنطن`, `الأميركيين`, `التحالف الدولي`, "the US", "Washington"). One finding
    per subject and counterpart, on the first hostile statement, with every overlapping
    friendly statement as a related span. Likewise a person said to be in prison for a period
    (from … to, since, until) and said to have chaired, attended, visited or met somewhere within
    it ("jailed from 1998 to 2004" … "chaired the party congress in Basra in 2001").

    ## Why it matters
    The story may mean it ("secretly, while wanted"), but the editor must see both statements
    side by side: either a date is wrong or the article owes the reader the explanation.

    ## Example
    `كان حتى عام 2023 موضوعاً على قائمة المطلوبين للولايات المتحدة` … `بدأ تعاوناً
    استخباراتياً غير معلن مع التحالف الدولي منذ عام 2016`.

    ## Not flagged
    States that follow each other (wanted until 2016, an ally from 2017), different counterparts,
    undated states, a state said to have ended (`رفع العقوبات`, "sanctions were lifted") before
    the other began, and two states whose overlap is open on one side ("until 2019" and "until
    2023").
    """
    comp = _compile(ctx.lexicon)
    for first_group, second_group, scope in comp.pairs:
        by_key: dict[tuple[str, str], list[Statement]] = collections.defaultdict(list)
        for st in timeline_statements:
            if st.group in (first_group, second_group):
                by_key[(st.subject, st.counterpart if scope == "counterpart" else "*")].append(st)
        for sts in by_key.values():
            _report_overlaps(ctx, [s for s in sts if s.group == first_group],
                             [s for s in sts if s.group == second_group], scope)


def _report_overlaps(ctx, firsts: list[Statement], seconds: list[Statement], scope: str) -> None:
    """One finding per subject (and counterpart): the first statement of the first group that
    overlaps any of the second, with every overlapping one as a related span."""
    for h in firsts:
        overlapping = [(f, _overlap(h, f)) for f in seconds]
        overlapping = [(f, ov) for f, ov in overlapping if ov]
        if not overlapping:
            continue
        f0 = overlapping[0][0]
        lo = max(o[0] for _, o in overlapping)
        hi = min(o[1] for _, o in overlapping)
        span = f"from {lo.year} to {hi.year}" if lo.year != hi.year else f"in {lo.year}"
        related = [ctx.related(f.start, f.end, f"{_state(f)} {f.counterpart_text} {_when(f.since, f.until)}".replace("  ", " "))
                   for f, _ in overlapping]
        if scope == "counterpart":
            ctx.report("overlap", h.start, h.end, related=related, subject=h.subject_text,
                       counterpart=h.counterpart_label, first_state=_state(h), first_when=_when(h.since, h.until),
                       second_state=_state(f0), second_when=_when(f0.since, f0.until), overlap=span)
        else:
            ctx.report("conflict", h.start, h.end, related=related, subject=h.subject_text,
                       first_state=_state(h), first_when=_when(h.since, h.until),
                       second_state=_state(f0), second_when=_when(f0.since, f0.until), overlap=span)
        return


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "timeline", "timeline.toml")





# --- one office, two holders ----------------------------------------------------------------

_OFFICE_GAP = 80   # characters between an office holder and the period of the office


@dataclass(frozen=True)
class Tenure:
    start: int
    end: int
    holder: int                # the entity (name cluster)
    holder_text: str
    office: tuple[str, str, str]   # (group, office, qualifier)
    office_text: str
    since: dt.date | None
    until: dt.date | None


def _qualifier(doc, role) -> str | None:
    """What tells whose office it is: a nisba after an Arabic office (`رئيس الوزراء العراقي`), a
    capitalised word before an English one ("Iraqi Prime Minister"), or "of X" after it."""
    view = doc.normalized
    vt = view.text
    ns, ne = view.from_original(role.start), view.from_original(role.end)
    article = normalize_text(doc.lexicon.section("script", {}).get("article", ""))
    names = doc.lexicon.section("names", {})
    nisba = tuple(normalize_text(e) for e in names.get("nisba_endings", []))
    after = re.match(r"[^\S\r\n]+([^\W\d_]+)", vt[ne:ne + 40])
    if article and nisba and after and after.group(1).startswith(article) and after.group(1).endswith(nisba):
        word = after.group(1)
        return next((word[:-len(e)] + nisba[0] for e in sorted(nisba, key=len, reverse=True) if word.endswith(e)), word)
    connectors = alternation(names.get("connectors", []))
    of = re.match(rf"[^\S\r\n]+(?:{connectors})[^\S\r\n]+([^\W\d_][\w.-]+)", vt[ne:ne + 40]) if connectors else None
    if of and doc.text[view.offsets[ne + of.start(1)]].isupper():
        return of.group(1)
    before = re.search(r"([^\W\d_][\w.-]*)[^\S\r\n]+$", vt[max(0, ns - 30):ns])
    if before and not article:
        s = view.offsets[max(0, ns - 30) + before.start(1)]
        names = doc.lexicon.section("names", {})
        common = {normalize_text(w) for w in names.get("stopwords", []) + names.get("not_names", [])}
        if doc.text[s].isupper() and before.group(1) not in common:
            return before.group(1)
    return None


def extract_tenures(doc, facts) -> list[Tenure]:
    roles = facts["name_roles"] if "name_roles" in facts else []
    if not roles:
        return []
    range_of = {}
    for r in facts["date_ranges"]:
        range_of[id(r.first)] = range_of[id(r.second)] = r
    dated = [m for m in facts["date_mentions"] if m.year_part is not None and not m.year_inferred]
    out = []
    for role in roles:
        if role.group not in ("head", "minister") or role.joint:
            continue
        qualifier = _qualifier(doc, role)
        if qualifier is None:
            continue  # "President X" and "President Y" may head two countries
        sent = next((s for s in doc.sentences if s.start <= role.start < s.end), None)
        if sent is None:
            continue
        lo, hi = min(role.start, role.mention.start), max(role.end, role.mention.end)
        near = [m for m in dated if sent.start <= m.start < sent.end and 0 <= m.start - hi <= _OFFICE_GAP
                and (id(m) in range_of or m.bound is not None)]
        if not near:
            continue
        m = near[0]
        rng = range_of.get(id(m))
        if rng is not None:
            iv = rng.interval()
            since, until, end = iv[0], iv[1], rng.end
        elif m.bound == "since":
            since, until, end = m.interval()[0], doc.published, m.end
        else:
            since, until, end = None, m.interval()[1], m.end
        out.append(Tenure(lo, end, role.mention.cluster, role.mention.text, (role.group, role.office, qualifier),
                          doc.text[role.start:role.end], since, until))
    return out


@rule(
    id="TIME002",
    name="one-office-two-holders",
    severity="warning",
    languages=["*"],
    summary="One office held by two people over overlapping periods (two Iraqi prime ministers in 2013).",
    messages={"overlap": "{first} and {second} are both given as {office} {overlap}."},
    examples=[
        Example("Iraqi Prime Minister Nouri al-Maliki held the post from 2006 to 2014. "
                "Iraqi Prime Minister Haider al-Abadi, in office from 2012 to 2018, said he would stay.", "en", True),
        Example("Iraqi Prime Minister Nouri al-Maliki held the post from 2006 to 2014. "
                "Iraqi Prime Minister Haider al-Abadi, in office from 2014 to 2018, said he would stay.", "en", False),
    ],
)
def one_office_two_holders(ctx, office_tenures):
    """
    ## What it flags
    Two people each given the same office of the same country — a head of state or government,
    a minister of one portfolio — over periods that overlap by more than a year: "Iraqi Prime
    Minister Nouri al-Maliki … from 2006 to 2014" and "Iraqi Prime Minister Haider al-Abadi … from
    2012 to 2018"; `رئيس الوزراء العراقي … بين عامي`. The office must say whose it is (a
    nationality or "of X") and each period must be written as a range or with since/until.

    ## Why it matters
    Such offices have one holder at a time: one of the two periods, or one of the names, is
    wrong.

    ## Example
    "Iraqi Prime Minister Haider al-Abadi, in office from 2012 to 2018" next to al-Maliki's
    2006–2014.

    ## Not flagged
    A handover within one year, offices that do not say whose they are ("President X" and
    "President Y" may head two countries), offices held jointly, and periods without a written
    range or bound.
    """
    for i, a in enumerate(office_tenures):
        for b in office_tenures[i + 1:]:
            if a.office != b.office or a.holder == b.holder:
                continue
            starts = [d for d in (a.since, b.since) if d]
            ends = [d for d in (a.until, b.until) if d]
            if len(starts) < 2 or not ends:
                continue
            lo, hi = max(starts), min(ends)
            if (hi - lo).days < 366:
                continue  # a handover within a year
            overlap = f"from {lo.year} to {hi.year}"
            ctx.report("overlap", b.start, b.end,
                       related=[ctx.related(a.start, a.end, f"{a.holder_text} as {a.office_text}")],
                       first=a.holder_text, second=b.holder_text, office=b.office_text, overlap=overlap)


@hookimpl
def checker_register_extractors():
    return [Extractor("timeline_statements", extract_statements), Extractor("office_tenures", extract_tenures)]


@hookimpl
def checker_register_rules():
    return [overlapping_exclusive_states, one_office_two_holders]
