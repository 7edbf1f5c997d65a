"""DATE009: a statement restated later in the article with its date changed — "Talks began on
4 March in Doha" … "talks began on 14 March in Doha"; `وقّعت الحكومة الاتفاق في آذار 2019` …
`الاتفاق الذي وقّعته الحكومة في آذار 2021`. Whatever happened, two sentences that tell it in
the same words, one with a date the other's cannot overlap, contradict each other.

Each sentence holding a date becomes a clause of the shared alignment core
(:mod:`checker.language.alignment`): its content words reduced to derivation keys (so a verb and
its form with a pronoun suffix match), each date a slot. Two dates are compared only when their
sentences share a content word (blocking: each pair of sentences costs only through the words
they share) and when all the words of the shorter statement are found in the longer one, with
the date in the same place (the same word before it or after it, or aligned), at least three
shared content words (and 40 % of the longer statement's, unless one telling is found entire
in the other with five shared words: a sentence run on after its date), and no word added inside
the shared stretch (a dateline, an attribution or a clause run on at either end is allowed). A
statement of two content words ("the bridge was built in 1936") is too short to tell apart.

The guards are language data (``[restated]``), each read where it tells something: a date not
introduced by a preposition ("the 2019 festival"); a negation, a repetition ("again", "re-",
`مجددا`) or an event that recurs ("every year", elections, "won the title") in the clause of
the date, between the punctuation marks around it, unless both clauses tell it word for word
with only the date changed, in sentences not side by side, with four content words besides the
guard words (a statement copied lower in the story is not a second occurrence); an update ("now", "later") or a qualifier
("new", "also") that one telling has and the other not (told by both, it is part of the
statement); and a change of date ("postponed", `تأجيل`; "moved" only before a date in its clause)
in a sentence from the first telling to the second that shares two words with both tellings,
unless both tellings tell that change alike ("was postponed until 2019")."""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.extractors.keywords import finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.alignment import MARK, SLOT, Clause, Words, align, candidate_pairs, clause
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .changes import STRIP as _STRIP, word_pattern
from .derivation import deriver
from .event_dates import _conflicts

_MIN_SHARED = 3     # content words the two statements share at least
_MIN_SHARE = 0.4    # … and at least this share of the longer statement's words
_OVERLAP = 5        # … when each telling also runs on with words of its own
_CHANGE_SHARED = 2  # words a sentence telling of a change of date shares with the two tellings
_VERBATIM = 4      # content words, guard words left out, of a guarded clause told word for word
_MAX_GROUP = 12     # more dated sentences share one word than this: the word blocks nothing


# every match of a change word starts where the run of non-space characters holding the word starts
_CHANGES = register("dates.restated.changes", lambda lex: [
    *lex.section("restated", {}).get("changes", []), *lex.section("restated", {}).get("weak_changes", [])])
_CLAUSE = compiled(r"[,;:()\[\]\"“”«»،؛—–]")   # what closes the clause a date stands in
_SENTENCE_END = compiled(r"[.!?؟\n]")
_CHANGE_REACH = 80   # characters from a weak change word to the date it moves ("moved to 4 June")


@dataclass(frozen=True)
class _Data:
    ignore: frozenset[str]
    introducers: frozenset[str]
    proclitics: tuple[str, ...]
    guards: re.Pattern | None       # negations, repetitions, recurring events: in the date's clause
    qualifiers: re.Pattern | None   # updates, qualifiers: when one telling has them, the other not
    changes: re.Pattern | None      # a word telling of a change of date, anywhere
    weak: re.Pattern | None         # … in a sentence that holds a date
    keys: dict = field(default_factory=dict, compare=False, hash=False, repr=False)   # word -> its key
    negations: frozenset[str] = frozenset()   # the negation words, also in ``guards``


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    r = lex.section("restated", {})
    norm = lambda k: frozenset(normalize_text(w) for w in r.get(k, []))  # noqa: E731
    proclitics = tuple(normalize_text(p) for p in r.get("proclitics", []))
    return _Data(norm("ignore"), norm("introducers"), proclitics,
                 word_pattern(norm("negations") | norm("again") | norm("series"), proclitics, norm("negations")),
                 word_pattern(norm("updates") | norm("qualifiers"), proclitics),
                 word_pattern(norm("changes"), proclitics), word_pattern(norm("weak_changes"), proclitics), negations=norm("negations"))


def _key(der, w: str) -> str:
    keys = der.derive(w).keys
    return min(keys) if keys else w


@lru_cache(maxsize=65536)
def _bare(w: str, proclitics: tuple[str, ...]) -> frozenset[str]:
    """``w`` and ``w`` without each proclitic it opens with (keeping three letters at least)."""
    return frozenset({w} | {w[len(p):] for p in proclitics if w.startswith(p) and len(w) > len(p) + 2})


def _introduced(ctx, m, d: _Data) -> bool:
    """Whether a word right before a date, or opening the words before it that the date
    mention takes in, introduces it ("in 1932", `في آذار`, `منذ عام 2019`)."""
    view = ctx.doc.normalized
    start = view.from_original(m.start)
    lead = view.from_original(m.lead) if m.lead is not None else start
    words = view.text[max(0, lead - 20):lead].split()[-1:] + view.text[lead:start].split()[:1]
    return any(_bare(w, d.proclitics) & d.introducers for w in words)


@dataclass
class _Sentence:
    clause: Clause
    dates: list          # the compared date mentions, in order, as slots 0..n-1
    guarded: list[bool]  # per date: a guard word in its clause, another kind of statement
    told: list[tuple[str, str] | None]   # per guarded date: its clause before it and after it
    qualifiers: frozenset[str]   # the update and qualifier words it holds
    content: frozenset[str]      # the keys of its content words


def _bare_words(found: list[str], proclitics: tuple[str, ...]) -> frozenset[str]:
    return frozenset(next((w[len(p):] for p in proclitics if w.startswith(p) and len(w) > len(p) + 2), w)
                     for w in found)


def _told(text: str) -> list[str]:
    """The words of ``text`` without the punctuation at their ends, dashes and other marks that
    are no word left out."""
    return [w.strip(_STRIP) for w in text.split() if any(ch.isalnum() for ch in w)]


def _guarded(text: str, a: int, spots, pattern: re.Pattern | None) -> list[tuple[str, str] | None]:
    """Per date (its start and end in the view), its clause before it and after it (between
    the punctuation marks around it) when a guard word stands in it, else None."""
    out: list[tuple[str, str] | None] = []
    for s, e in spots:
        s, e = s - a, e - a
        left = 0
        for m in _CLAUSE.finditer(text, 0, s):
            left = m.end()
        m = _CLAUSE.search(text, e)
        right = m.start() if m else len(text)
        guarded = pattern is not None and (pattern.search(text[left:s]) is not None
                                           or pattern.search(text[e:right]) is not None)
        out.append((text[left:s], text[e:right]) if guarded else None)
    return out


def _run_starts(text: str, places: list[int]) -> list[int]:
    """Where the run of non-space characters holding each place starts, in order."""
    out = set()
    for h in places:
        while h > 0 and not text[h - 1].isspace():
            h -= 1
        out.add(h)
    return sorted(out)


def _sentences(ctx, mentions, d: _Data, every) -> tuple[dict[int, _Sentence], list]:
    """Each sentence holding a compared date, as a clause with its guards; and each sentence
    telling of a change of date (a weak change word only before a date of ``every`` in its
    clause), with the keys of its words and the change words it holds."""
    doc, view, der = ctx.doc, ctx.doc.normalized, deriver(ctx.lexicon)
    starts = [s.start for s in doc.sentences]
    by: dict[int, list] = collections.defaultdict(list)
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.end <= doc.sentences[k].end:
            by[k].append(m)
    if len(by) < 2:
        return {}, []   # dates in one sentence at most: no statement told twice
    dated = sorted(m.start for m in every)
    words = Words(lambda w: _key(der, w), d.ignore, d.proclitics, doc.tokens.vocabulary if d.proclitics else frozenset(),
                  d.keys)
    told: dict[int, list[str]] = collections.defaultdict(list)
    places = _run_starts(view.text, keyword_starts(doc, _CHANGES))
    for pattern, weak in ((d.changes, False), (d.weak, True)):
        for m in finditer_at(pattern, view.text, places, 0) if pattern is not None and places else ():
            start, end = view.to_original(m.start(1), m.end(1))
            k = bisect.bisect_right(starts, start) - 1
            if not weak or _date_follows(doc.text, end, dated):
                told[k].append(m.group(1))
    changes = []
    for k in sorted(told):
        s = doc.sentences[k]
        a, b = view.from_original(s.start), view.from_original(s.end)
        changes.append((k, frozenset(clause(view.text, a, b, (), words, k, marks=False).keys),
                        _bare_words(told[k], d.proclitics)))
    out = {}
    for k in by:
        s = doc.sentences[k]
        a, b = view.from_original(s.start), view.from_original(s.end)
        text = view.text[a:b]
        ms = by[k]
        slots = [(view.from_original(m.start), view.from_original(m.end), n) for n, m in enumerate(ms)]
        c = clause(view.text, a, b, slots, words, k, marks=False)
        quals = _bare_words(d.qualifiers.findall(text), d.proclitics) if d.qualifiers else frozenset()
        spoken = _guarded(text, a, [x[:2] for x in slots], d.guards)
        out[k] = _Sentence(c, ms, [t is not None for t in spoken], spoken, quals,
                           frozenset(w for w in c.keys if _word(w)))
    return out, changes


def _verbatim(ka: int, ca: tuple[str, str] | None, kb: int, cb: tuple[str, str] | None, d: _Data) -> bool:
    """Whether the guarded clauses of two dates are one clause told word for word with only
    its date changed (the longer may open with words of its own), in sentences ``ka`` and
    ``kb`` that do not stand side by side, with ``_VERBATIM`` content words besides the guard
    words: a recurring event told twice ("Federer won the Wimbledon title in 2003" … "in
    2004") tells little more than the guard words and stays silent."""
    if ca is None or cb is None or kb - ka < 2:
        return False   # told in two sentences side by side: two occurrences set in parallel
    ta, tb = (*_told(ca[0]), SLOT, *_told(ca[1])), (*_told(cb[0]), SLOT, *_told(cb[1]))
    if len(ta) > len(tb):
        ta, tb = tb, ta
    tb = tb[len(tb) - len(ta):]   # the longer may open with words of its own ("officials said that …")
    if not all(x == y or _bare(x, d.proclitics) & _bare(y, d.proclitics) for x, y in zip(ta, tb)):
        return False
    return sum(1 for w in ta if w != SLOT and w not in d.ignore and w[0].isalpha()
               and (d.guards is None or d.guards.search(w) is None)) >= _VERBATIM


def _date_follows(text: str, end: int, dated: list[int]) -> bool:
    """A date starts after ``end`` in the clause a weak change word stands in ("moved to June",
    not "moved to the Isle of Man")."""
    i = bisect.bisect_left(dated, end)
    if i == len(dated) or dated[i] - end > _CHANGE_REACH:
        return False
    return _CLAUSE.search(text, end, dated[i]) is None and _SENTENCE_END.search(text, end, dated[i]) is None


def _changed(changes, sa: _Sentence, sb: _Sentence) -> bool:
    """Whether a sentence from the first telling to the second tells of a change of date of
    what they tell: a change word in a sentence that shares two words with both tellings ("the
    government postponed the talks"; one word alone, "he" or "said", may tell of anything)."""
    ka, kb = sa.clause.sentence, sb.clause.sentence
    shared = {w for w in set(sa.clause.keys) & set(sb.clause.keys) if _word(w)}
    told = {k: words for k, _, words in changes if k in (ka, kb)}
    for k, keys, words in changes:
        if k in (ka, kb) and words <= told.get(kb if k == ka else ka, frozenset()):
            continue   # the change is part of the statement, told in both ("was postponed until 1993")
        if ka <= k <= kb and len(keys & shared) >= _CHANGE_SHARED:
            return True
    return False


def _word(k: str) -> bool:
    """A content word's key (derivation keys may open with the weak-letter mark), not a number."""
    return k not in (SLOT, MARK) and not k[0].isdigit()


def _compatible(a, b) -> bool:
    ia, ib = a.interval(), b.interval()
    return ia is None or ib is None or not (ia[1] < ib[0] or ib[1] < ia[0])


def _all_compatible(mentions) -> bool:
    """Whether every two date mentions with one bound can both hold (intervals on a line that
    meet two by two all share a day: one pass)."""
    meet: dict = {}
    for m in mentions:
        lo, hi = m.interval()
        if m.bound in meet and (hi := min(hi, meet[m.bound][1])) < (lo := max(lo, meet[m.bound][0])):
            return False
        meet[m.bound] = (lo, hi)
    return True


def _extras(keys: list[str], added, matched: list[int], moved: collections.Counter) -> list[bool]:
    """Whether each word one side adds lies inside the shared stretch (between its first and
    last matched words), words told on both sides in another order (``moved``) left out."""
    moved = collections.Counter(moved)
    first, last = (min(matched), max(matched)) if matched else (0, 0)
    out = []
    for t, _ in added:
        if moved[keys[t]] > 0:
            moved[keys[t]] -= 1
        elif keys[t] != MARK:
            out.append(first < t < last)
    return out


def _restated(sa: _Sentence, na: int, sb: _Sentence, nb: int) -> bool:
    """Whether the statement around date ``na`` of ``sa`` is told again around date ``nb`` of
    ``sb``: the dates in the same place, the shared words many, words added only at the ends
    (an attribution, a dateline, a clause run on), other dates of the shared words alike."""
    ca, cb = sa.clause, sb.clause
    ia, ib = ca.slots[na], cb.slots[nb]
    la, ra = ca.neighbours(ia)
    lb, rb = cb.neighbours(ib)
    al = align(ca, ia, cb, ib)
    if la != lb and ra != rb and not al.same_place:
        return False   # the date beside other words: it dates another part of the statement
    pos_a = {p: n for n, p in ca.slots.items()}
    pos_b = {p: n for n, p in cb.slots.items()}
    if any(al.wa[x] == SLOT and x != al.sa and not _compatible(sa.dates[pos_a[x]], sb.dates[pos_b[y]])
           for x, y in al.matched):
        return False   # another date of the statement differs too: two statements
    moved = collections.Counter(al.wa[t] for t, _ in al.added_a) & collections.Counter(al.wb[t] for t, _ in al.added_b)
    moved.pop(SLOT, None)
    extra_a = _extras(al.wa, al.added_a, [x for x, _ in al.matched], moved)
    extra_b = _extras(al.wb, al.added_b, [y for _, y in al.matched], moved)
    if any(extra_a) or any(extra_b):
        return False   # a word added inside the statement: "the old bridge" may be another
    shared = sum(1 for x, _ in al.matched if _word(al.wa[x])) + sum(n for w, n in moved.items() if _word(w))
    longer = max(sum(1 for w in al.wa if w != MARK), sum(1 for w in al.wb if w != MARK))
    if extra_a and extra_b and shared < _OVERLAP:
        return False   # each telling runs on with words of its own, and too few shared
    whole = not al.added_a or not al.added_b   # one telling found entire in the other
    return shared >= _MIN_SHARED and (shared >= _MIN_SHARE * longer or whole and shared >= _OVERLAP)


def find_restated_dates(ctx, date_mentions, date_ranges, events, open_events=()):
    """Yield (earlier, later) date mentions of one statement told twice with dates that cannot both hold."""
    d = _data(ctx.lexicon)
    in_range = [(r.start, r.end) for r in date_ranges]
    mentions = [m for m in date_mentions if m.interval() is not None and m.year is not None
                and not any(s <= m.start < e for s, e in in_range)
                and _introduced(ctx, m, d)]
    if _all_compatible(mentions):
        return   # no two dates that cannot both hold: nothing to compare
    told = {x for a, b in [*_conflicts(ctx, events), *open_events] for x in (a.date.start, b.date.start)}
    sents, changes = _sentences(ctx, mentions, d, date_mentions)
    index = {(k, n): x for x, (k, n) in enumerate((k, n) for k, s in sents.items() for n in range(len(s.dates)))}
    slots = list(index)
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for x, (k, n) in enumerate(slots):
        for w in sents[k].content:
            groups[w].append(x)
    for x, y in candidate_pairs(groups.values(), lambda x: slots[x], _MAX_GROUP):
        (ka, na), (kb, nb) = slots[x], slots[y]
        sa, sb = sents[ka], sents[kb]
        if ka == kb or (sa.guarded[na] or sb.guarded[nb]) and not _verbatim(ka, sa.told[na], kb, sb.told[nb], d) \
                or sa.qualifiers != sb.qualifiers \
                or len(sa.content & sb.content) < _MIN_SHARED:
            continue
        ma, mb = sa.dates[na], sb.dates[nb]
        if _compatible(ma, mb) or ma.start in told and mb.start in told or ma.bound != mb.bound:
            continue   # two dates DATE008 tells of: one event given two dates
        if _restated(sa, na, sb, nb) and not _changed(changes, sa, sb):
            yield ma, mb
