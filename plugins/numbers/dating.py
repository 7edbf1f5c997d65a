"""The dates of NUM001's figures: how far the date of a sentence reaches as the time of the figures
beside it, and whether two figures stand under dates that make them two facts."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, clause_bounds, figures_data, stopwords

_WORD_BEFORE = compiled(r"([^\W\d_]+)[^\S\n]+$")
_NEAR_AFTER_WORDS = 5   # words from a figure to a date after it that still dates it (``near_after``)


def named_year(doc, m) -> bool:
    """A year written alone right after a word that is no function word: part of a name ("Vision
    2040", `رؤية عمان 2040`), not a time of the facts beside it ("by 2020", "from 2006")."""
    if not m.bare_year:
        return False
    before = _WORD_BEFORE.search(doc.text[max(0, m.start - 40):m.start])
    return before is not None and normalize_text(before.group(1)) not in stopwords(doc.lexicon)


def date_reach(m, published):
    """The days a date mention covers as a time of the facts told beside it: a date opening a
    period ("the strongest since 2015", `منذ عام 2015`) reaches to the time of writing."""
    lo, hi = m.interval()
    if m.bound == "since":
        hi = max(hi, published or dt.date.max)
    return lo, hi


_PAST = dt.timedelta(days=60)   # a date this far before publication tells an earlier event
_DATE_REACH = 300   # characters before a figure in which a date sets its event apart


def date_guard(date_mentions, sents: Sentences | None = None):
    """Whether two figures stand under different dates: two events of a timeline, not one. With
    ``sents``, only a date of the figure's sentence or the one before it counts."""
    dated = [m for m in date_mentions if not m.bare_year and m.interval()]

    def nearest(pos: int):
        before = [m for m in dated if m.end <= pos and pos - m.end <= _DATE_REACH]
        if sents is not None and before and (k := sents.index(pos)) is not None:
            j = sents.index(before[-1].start)
            return before[-1] if j is not None and k - 1 <= j <= k else None
        return before[-1] if before else None

    def apart(a, b) -> bool:
        da, db = nearest(a.start), nearest(b.start)
        if da is None or db is None or da is db:
            return False
        ia, ib = da.interval(), db.interval()
        return ia[1] < ib[0] or ib[1] < ia[0]
    return apart


def own_dates_first(date_mentions, sents: Sentences, nearest, dated):
    """Two figures whose sentences both name dates are set apart by those dates alone ("… 15% …
    in 2003" told twice), not by a date told before either of them."""
    own = {sents.index(m.start) for m in date_mentions if m.interval()}

    def apart(a, b) -> bool:
        if sents.index(a.start) in own and sents.index(b.start) in own:
            return dated(a, b)
        return nearest(a, b)
    return apart


def sentence_dates(date_mentions, sents: Sentences, published=None, near_after: bool = False):
    """Whether the sentences of two figures name dates that cannot be one: the same count of two
    years ("cut 1,200 jobs in 2022 … 1,500 jobs in 2023") is two facts. ``near_after``: a date after a
    figure counts only a few words on ("the 289,000 tonnes it milled in 2022"; not "the 421,000 people
    the campaign reached will get a second dose early next year", the date of a later predicate)."""
    by_sentence: dict[int, list] = {}
    text = sents.doc.text
    when, opened, view = _when_rx(sents.doc.lexicon), _opened_rx(sents.doc.lexicon), sents.doc.normalized
    for m in date_mentions:
        i = sents.index(m.start)
        if i is not None and m.interval() and not named_year(sents.doc, m):
            # (the clause of when right after it tells that year's event: "since 2008, when three inmates were killed")
            told = when is not None and m.bound == "since" and when.match(text, m.end)
            by_sentence.setdefault(i, []).append((m.start, m.interval() if told else date_reach(m, published)))

    def own(q) -> list:   # not a date in a clause after the figure's ("…, the governor said on Tuesday")
        dates = [(s, r) for s, r in by_sentence.get(sents.index(q.start), [])
                 if s < q.start or not any(c in text[q.end:s] for c in ",،;؛")
                 and not (near_after and len(text[q.end:s].split()) > _NEAR_AFTER_WORDS)]
        lo = clause_bounds(text, q.start, q.end)[0]   # a date of its own clause before it dates it, not one of the
        inside = [r for s, r in dates if lo <= s < q.start]   # sentence's frame (`هذا العام، بعد عفو سابق في آذار شمل 60`)
        # (not a date of another reported clause: "sales had risen since January, and that her three trophies")
        return inside or [r for s, r in dates if opened is None or s > q.start
                          or not opened.search(view.text, view.from_original(s), view.from_original(q.start))]

    def apart(a, b) -> bool:
        da, db = own(a), own(b)
        if da and db:
            return not any(x[0] <= y[1] and y[0] <= x[1] for x in da for y in db)
        return published is not None and any(  # "a similar storm last January": another event
            all(x[1] < published - _PAST for x in d) for d in (da, db) if d)
    return apart


@lru_cache(maxsize=32)
def _opened_rx(lex):
    """An opening of another reported clause (``[quantities.updates] new_clause``: ", and that")."""
    words = lex.section("quantities", {}).get("updates", {}).get("new_clause", [])
    return compiled(alternation(words), re.I) if words else None


@lru_cache(maxsize=32)
def _when_rx(lex):
    """A comma and a word of when right after a date (``[figures] when``: ", when", `، حين`)."""
    words = figures_data(lex).get("when", [])
    return compiled(rf"[^\S\n]*[,،][^\S\n]*(?:{alternation(words)})(?![^\W\d_])", re.I) if words else None


def clause_dated(doc, date_mentions):
    """Whether a date mention lies in the clause of a figure (between the punctuation around it);
    given the ``earlier`` figure it is told back to, one of a time other than every date of that
    figure's clause ("the nine deaths recorded since the start of 2023" is dated as "Fourteen people
    have died … since January 2023": one count)."""
    dated_ms = sorted((m for m in date_mentions if m.interval()), key=lambda m: m.start)
    starts = [m.start for m in dated_ms]
    text = doc.text

    def within(q):
        lo, hi = clause_bounds(text, q.start, q.end)
        return dated_ms[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def dated(q, earlier=None) -> bool:
        own = within(q)
        if not own or earlier is None:
            return bool(own)
        theirs = [m.interval() for m in within(earlier)]
        return not theirs or any(not any(iv[0] <= t[1] and t[0] <= iv[1] for t in theirs)
                                 for iv in (m.interval() for m in own))
    return dated
