"""DATE007's reading of an offset counted from a named event: "two days after the vote, on 20
May" ("two days before the vote, on 16 May"), `بعد أسبوع من وصول السفينة الأولى، أي في 3 تشرين
الأول`. The event the offset counts from is dated by the one other sentence of the article that
names it — a word of the event's words, or a word derived like one (`الاقتراع` / `اقترع`) — and
holds one date to the day; the second date must fit the offset from that date. The date right
before in its paragraph is left to the reading of neighbours. An event named only after "after"
("evacuated after the collapse on April 6") was on that date or before it: a date counted back from
it ("three days before the collapse") cannot be after that date."""

from __future__ import annotations

import datetime as dt

import re
from functools import lru_cache

from checker.extractors.publication import dateline_at
from checker.language.matching import NEVER, alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .event_keys import _keys, _named_by
from .event_data import weekday_words
from .event_anchors import BESIDE, CLAUSE_MARK, WORD, event_date, first_after_event
from .order import Order, find_orders
from .verdicts import date_verdict, time_verdict

_EVENT_WORDS = 4   # words of the event named after "after"
_LINK_WORDS = 3    # words between the comma and the date ("i.e. on", `أي في`, `أي عند الساعة`)
_FROM_EVENT = {"after": "later", "before": "earlier"}   # "N after EVENT, on": the date N later
_COMMA_BEFORE = compiled(rf"[,،](?:\s*[^\s,،]+){{0,{_LINK_WORDS}}}\s*$")


@lru_cache(maxsize=32)
def _data(lex) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words that link a date (`أي`, "on"), stopwords, words telling an event again or of an
    earlier time ("second", "previous", `مجدداً`), and the pronouns an event may open with ("its")."""
    norm = lambda ws: frozenset(normalize_text(w).lower() for w in ws)  # noqa: E731
    c = lex.section("chronology", {})
    pronouns = [w for ws in lex.section("event_pronouns", {}).values() for w in ws]
    return (norm(c.get("date_links", [])), norm(lex.section("stopwords", {}).get("words", [])),
            norm(lex.section("event_again", {}).get("words", []) + c.get("other_time", [])), norm(pronouns))


_AGAIN_REACH = 4   # words from a word of the event to one that tells it again ("the second vote")


def _told_again(lex, text: str, keys: set[str], again: frozenset[str], stop: frozenset[str]) -> bool:
    """A word telling an event again or of an earlier time within a few words of a word of the event,
    with only stopwords between ("the previous election", `افتُتح مجدداً`; not "by the end of the second
    day" further on, nor "as second berth opens", where the word tells the thing)."""
    words = WORD.findall(text)
    at = [i for i, w in enumerate(words) if w in again]
    if not at:
        return False
    named = [i for i, w in enumerate(words) if w not in stop and _keys(lex, w, stop) & keys]
    return any(abs(i - j) <= _AGAIN_REACH and all(w in stop for w in words[min(i, j) + 1:max(i, j)])
               for i in at for j in named)   # (not "as second berth opens": the berth is the second)


def _placed_by(doc, k: int, keys: set[str], stop: frozenset[str], key: str = "relative_to") -> bool:
    """Every word of the event in sentence ``k`` stands right after a word that places other things
    by it (``[chronology] relative_to``: "moved before landfall", `قبل وصول`; or an offset from it,
    `قبل أيام من الاقتراع`): the sentence tells what happened around the event, not when it happened
    (``key``: another list of such words)."""
    rel = _relative_to(doc.lexicon, key)
    if not rel:
        return False
    text = doc.normalized_slice(*_bounds(doc, k)).lower()
    found = list(_WORD_OR_SHORT.finditer(text))
    words = [m.group() for m in found]
    at = [i for i, w in enumerate(words) if len(w) >= 3 and w not in stop and _keys(doc.lexicon, w, stop) & keys]
    ends = {o.end for o in find_orders(doc.lexicon, text)} if key == "relative_to" else set()   # `قبل أيام من الاقتراع`
    return bool(at) and all(i > 0 and (words[i - 1] in rel or i > 1 and words[i - 1] in stop and words[i - 2] in rel
                                       or any(0 <= found[i].start() - e <= 2 for e in ends)) for i in at)


def _since_dated(doc, k: int, keys: set[str], stop: frozenset[str], date_mentions) -> bool:
    """Sentence ``k`` dates the event after "since" (``[chronology] since``), the date right after it in its clause
    ("held since its detention on Sunday, April 21"); or after words opening a clause of their own (``clause_openers``),
    the event told by its verb and dated in that clause: `بعد أن افتتحها وزير الصحة في 22 شباط`."""
    since = _relative_to(doc.lexicon, "since") | _relative_to(doc.lexicon, "clause_openers")
    s, view = doc.sentences[k], doc.normalized
    base = view.from_original(s.start)
    text = doc.normalized_slice(s.start, s.end).lower()
    found = list(_WORD_OR_SHORT.finditer(text))
    words = [m.group() for m in found]
    ends = [base + m.end() for i, m in enumerate(found) if i and (words[i - 1] in since or i > 1 and (
        words[i - 1] in stop and words[i - 2] in since or f"{words[i - 2]} {words[i - 1]}" in since))
            and words[i] not in stop and _keys(doc.lexicon, words[i], stop) & keys]   # (past "its": "since its detention")
    starts = [view.from_original(d.start) for d in date_mentions if s.start <= d.start < s.end]
    return any(0 <= ds - e <= BESIDE and not CLAUSE_MARK.search(view.text, e, max(e, ds - _DATE_LEAD))
               for e in ends for ds in starts)   # (a comma setting off the date itself: "on Sunday, April 21")


@lru_cache(maxsize=32)
def _generic(lex, stop: frozenset[str]) -> frozenset[str]:
    """The keys of the nouns of an event of any kind (``[chronology] generic_events``)."""
    return frozenset(k for w in lex.section("chronology", {}).get("generic_events", [])
                     for k in _keys(lex, normalize_text(w).lower(), stop))


@lru_cache(maxsize=32)
def _relative_to(lex, key: str = "relative_to") -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("chronology", {}).get(key, []))


_WORD_OR_SHORT = compiled(r"[^\W\d_]+")
_MONTH_MINUTES = 28 * 1440   # an offset this long or longer places dates told to the month


def _head(lex, words: str, stop: frozenset[str]) -> str:
    """The word that names the event of a phrase after "after": its last content word, or its
    first where the language puts the head first (``event_head``): "the official opening", not
    "official" (which "port officials" would match); `وصول السفينة الأولى`."""
    found = [w for w in WORD.findall(words) if w.lower() not in stop]
    if not found:
        return words
    return found[0] if lex.section("chronology", {}).get("event_head") == "first" else found[-1]


def _named_offset(ctx, sentence_start: int, end: int):
    """The "N after EVENT, on" (or "N before EVENT, on") phrase right before a date (its order,
    read as "later" or "earlier", and the event's keys), or None."""
    lex = ctx.doc.lexicon
    text = ctx.doc.normalized_slice(sentence_start, end)
    if not _COMMA_BEFORE.search(text):
        return None   # no comma a word or two before the date: no "N after EVENT, on"
    orders = find_orders(lex, text)
    if not orders or orders[-1].kind not in _FROM_EVENT or orders[-1].minutes is None and not (
            orders[-1].kind == "after" and not text[:orders[-1].start].strip() or orders[-1].kind == "before"):
        return None   # (no offset: only "after" opening the sentence, "Following that report, on Oct. 9", and
        #              "before" of a length unsaid, "days before the collapse, on Feb. 24": it is never bare)
    o = orders[-1]
    # (the event inside the phrase: `قبل الافتتاح بثلاثة أيام، أي في`)
    m = re.match(r"([^,،]*)[,،](.*)$", text[o.end:] if o.event is None else text[slice(*o.event)] + text[o.end:], re.S)
    links, stop, _, pronouns = _data(lex)
    if m is None or not 1 <= _content_words(m.group(1), stop) <= _EVENT_WORDS or len(m.group(1).split()) > 2 * _EVENT_WORDS \
            or len(m.group(2).split()) > _LINK_WORDS \
            or any(w.lower() not in links for w in m.group(2).split()) or m.group(1).split()[0].lower() in pronouns:
        return None   # (nor "three days after its arrival": whose, the sentence before tells)
    if m.group(1).split()[-1].lower() in weekday_words(lex):
        return None   # "a week before the opening on Monday, March 23": the event dated here, its weekday first
    pointed = m.group(1).split()[0].lower() in _relative_to(lex, "demonstratives")   # `بعد يومين من ذلك الاجتماع`
    keys, head = _keys(lex, m.group(1), stop), _keys(lex, _head(lex, m.group(1), stop), stop)
    if not keys or keys & _keys(lex, text[:o.start], stop) and not (head and head <= _generic(lex, stop)):
        return None   # the event told in the sentence itself, before the offset: read there (not "the incident")
    if len(m.group(1).split()) > _EVENT_WORDS and head:
        keys = head   # a longer phrase ("the pouring of the deck") is named by its head word
    return (Order(o.start, o.end, _FROM_EVENT[o.kind], o.minutes, o.offset), keys, head, pointed)


def _content_words(text: str, stop: frozenset[str]) -> int:
    """How many words of ``text`` are not stopwords ("the pouring of the deck": two)."""
    return sum(w.lower() not in stop for w in text.split())


def _offset_after(ctx, sentence_start: int, sentence_end: int, end: int):
    """The ", N after EVENT" (or before) phrase right after a date ("approved it on March 11,
    three weeks after it was signed"): its order and the event's keys, or None."""
    lex = ctx.doc.lexicon
    text = ctx.doc.normalized_slice(sentence_start, sentence_end)
    pos = len(ctx.doc.normalized_slice(sentence_start, end))
    comma = re.match(r"\s*[,،]\s*(?:(\S+)\s+)?", text[pos:])
    if comma is None:
        return None
    reach = comma.end() if comma.group(1) and comma.group(1).lower() in _data(lex)[0] else comma.start(1) if comma.group(1) else comma.end()
    orders = [o for o in find_orders(lex, text) if pos <= o.start <= pos + reach + 2]   # (after a link: `، أي قبل`)
    bare = (m := _bare_rx(lex).match(text, pos + reach)) is not None
    if bare and not orders:
        orders = [Order(m.start(), m.end(), m.lastgroup, None)]   # `في 13 كانون الأول، قبل توقيعه`: no length told
    if not orders or orders[0].kind not in _FROM_EVENT or orders[0].minutes is None and not (bare and orders[0].start == m.start()):
        return None
    o = orders[0]
    words = re.split(r"[,،.;؛]", text[o.end:], maxsplit=1)[0].split() if o.event is None else text[slice(*o.event)].split()
    links, stop, _, pronouns = _data(lex)
    if words and words[0].lower() in pronouns:   # "after it was signed": the event told by its verb
        words = words[2:] if len(words) > 2 and words[1].lower() in stop else words[1:2]   # (or by the verb itself: "after it broke out")
    cut = next((i for i, w in enumerate(words) if w.lower() in links and _content_words(" ".join(words[:i]), stop)), None)
    told = " ".join(words[:cut])   # ("within two weeks of the test run on May 30": the test run)
    pointed = bool(words) and words[0].lower() in _relative_to(lex, "demonstratives")   # ("two days after that meeting")
    keys = _keys(lex, told, stop) if 1 <= _content_words(told, stop) <= _EVENT_WORDS and len(words) <= 2 * _EVENT_WORDS else set()
    if not keys or keys & _keys(lex, text[:pos], stop):
        return None
    head = _keys(lex, _head(lex, told, stop), stop)
    if len(words) > _EVENT_WORDS and head:
        keys = head   # a longer phrase ("the pouring of the deck", "of the test run on May 30") by its head word
    return (Order(o.start, o.end, _FROM_EVENT[o.kind], o.minutes, o.offset), keys, head, pointed)


@lru_cache(maxsize=32)
def _bare_rx(lex) -> re.Pattern:
    """A word of order alone, no length told, right after a date's comma (``[chronology] bare_after`` and
    ``bare_before``: "on Dec. 13, after the signing", `في 13 كانون الأول، قبل توقيعه`), before a definite noun
    (``bare_event``: not "after burning 300 hectares", the subject's own doing)."""
    c = lex.section("chronology", {})
    alts = [rf"(?P<{k}>{alternation([normalize_text(w) for w in c[f'bare_{k}']])})" for k in ("after", "before") if c.get(f"bare_{k}")]
    d = c.get("bare_event", {})   # the event a definite noun: "the signing", "its inauguration", `توقيعه`, `التوقيع`
    noun = "|".join([rf"(?:{alternation([normalize_text(w) for w in d['determiners']])})\s" if d.get("determiners") else NEVER,
                     rf"(?:{alternation([normalize_text(w) for w in d['prefixes']], '')})[^\W\d_]{{3}}" if d.get("prefixes") else NEVER,
                     rf"[^\W\d_]{{3,}}(?:{alternation([normalize_text(w) for w in d['suffixes']], '')})(?![^\W\d_])" if d.get("suffixes") else NEVER])
    return compiled(rf"(?:{'|'.join(alts)})(?=\s+(?:{noun}))" if alts else NEVER, re.I)


def _bounds(doc, k: int) -> tuple[int, int]:
    return doc.sentences[k].start, doc.sentences[k].end


def anchored_pairs(ctx, dates, date_mentions):
    """Yield (anchor date, date, order, verdict) for an offset from a named event that the
    event's date does not fit. The event must be named in one other sentence holding a date of
    any kind (a weekday, a month: "in a second vote on Monday" makes two), with one date to the
    day, and in no sentence told as happening again or before ("the previous election")."""
    for kind in ("date", "time"):   # "landed at 11.20 a.m., 50 minutes after the alarm" … "raised at 10.52 a.m."
        yield from _anchored(ctx, [d for d in dates if d.kind == kind and d.daily], date_mentions)
    # to the month, an offset of months or more ("approved … in September 2021" … "began in June 2021, three
    # months after the approval"): the two dates must be of the same month precision
    monthly = [d for d in dates if d.kind == "date" and not d.daily and d.m.precision == "month" and d.m.year is not None]
    yield from _anchored(ctx, monthly, date_mentions, _MONTH_MINUTES)


def _anchored(ctx, daily, date_mentions, least: float = 0):
    """:func:`anchored_pairs` for the dates to the day, or the times of day, ``daily`` (or dates to the
    month, with offsets of ``least`` minutes or more)."""
    doc = ctx.doc
    offsets = {}
    for i, b in enumerate(daily):
        sb = doc.sentence_index(b.start)
        wd = b.m.weekday if b.kind == "date" else None   # ("on Friday, Aug. 1": the weekday leads the date)
        lead = wd.start if wd is not None and wd.start < b.start else b.start
        if sb >= 0 and (got := _named_offset(ctx, doc.sentences[sb].start, lead)) is not None:
            offsets[i] = (sb, got, True)
        elif sb >= 0 and (got := _offset_after(ctx, *_bounds(doc, sb), b.end)) is not None:
            offsets[i] = (sb, got, False)   # (after its date: no reading of neighbours sees it)
        if least and i in offsets and (offsets[i][1][0].minutes is None or offsets[i][1][0].minutes < least):
            del offsets[i]   # (to the month: an offset of months or more)
    if not offsets:
        return
    timed = daily[0].kind == "time"
    dated = {doc.sentence_index(m.start) for m in (daily if timed else date_mentions)}
    written = dated if timed else {doc.sentence_index(m.start) for m in date_mentions if m.form != "relative"}
    _, stop, again, _ = _data(doc.lexicon)
    words: dict[int, set[str]] = {}

    def keys_of(k: int) -> set[str]:
        if k not in words:
            s = doc.sentences[k]
            words[k] = _keys(doc.lexicon, doc.normalized_slice(s.start, s.end), stop)
        return words[k]
    counted = {sb for sb, got, _ in offsets.values() if got[0].offset is not None}   # dated by an offset: no event's own
    #   date (a word of order alone, "on Aug. 4, after a delay", dates the sentence's own event)
    for i, (sb, (order, keys, head, pointed), before) in offsets.items():
        b = daily[i]
        if head and head <= _generic(doc.lexicon, stop) and any(d is not b and doc.sentence_index(d.start) == sb and d.end <= b.start
                                                                for d in daily):
            continue   # "the incident happened at 5 p.m. …, an hour after the incident, at 6 p.m.": read in its sentence
        naming = [k for k in range(len(doc.sentences)) if k != sb and keys_of(k) & keys]
        told_again = {k for k in naming if _told_again(doc.lexicon, doc.normalized_slice(*_bounds(doc, k)).lower(), keys, again, stop)}
        if any(k < sb for k in told_again):
            continue   # the event told again, or an earlier one of its kind, before the offset names it
        naming = [k for k in naming if k not in told_again]   # (one told after it: not what the offset counts from)
        if pointed:
            naming = [k for k in naming if k < sb][-1:]   # "after that meeting": the last one told before
        found = [k for k in naming if k in dated and k not in counted and (
            not _placed_by(doc, k, head or keys, stop) or _since_dated(doc, k, head or keys, stop, date_mentions))]
        if not timed and order.direction < 0 and not any(doc.sentence_index(d.start) in found for d in daily):
            #   "evacuated after the collapse on April 6" … (no sentence dates the event to the day)
            yield from _before_bound(doc, b, order, daily, [   # "three days before the collapse, on April 9"
                k for k in naming if k in dated and k not in counted and _placed_by(doc, k, head or keys, stop, "after_event")],
                head or keys, stop)
            continue
        found = found if timed else _near_enough(doc, _within_one(doc, _past_only(doc, found, b, date_mentions), daily, date_mentions),
                                                 daily, b, order)
        if (pointed or head and head <= _generic(doc.lexicon, stop)) and not any(
                k != sb and k in dated and keys_of(k) & (head or keys) for k in (naming if pointed else range(len(doc.sentences)))):
            found = [max((k for k in written if 0 <= k < sb and k not in counted), default=-1)]   # "three days after the
            #   incident, on", `بعد يومين من ذلك الاجتماع`: an event no other sentence dates, from the last date before
            #   (written: not "today" in a quotation)
        if len(found) > 1 and len(near := [k for k in found if _dated_near(doc, k, keys, stop, date_mentions)]) == 1:
            found = near   # (not "charged with organising a clandestine sailing … serving since March 2022": another event's date)
        if len(found) > 1 and len(near := [k for k in found if _dated_near(doc, k, keys, stop, date_mentions, True)]) == 1:
            found = near   # `وقع التفجير فجر 14 فبراير`, not `استمعت المحكمة، أمس الثلاثاء، إلى … في قضية تفجير`: the
            #                date told right after the event's word, no mark between
        if len(found) > 1 and len(by_head := [k for k in found if keys_of(k) & head]) == 1:
            found = by_head   # "the official opening": the one sentence that tells the opening, not "officials"
        anchor = [d for d in daily if doc.sentence_index(d.start) in found and not dateline_at(doc.text, d.start, d.end)]
        if len(found) == 1 and len(anchor) > 1:   # `المعرض الذي افتُتح يوم السبت 2 آذار …، أمس الثلاثاء`:
            anchor = event_date(doc, anchor, _named_by(doc.lexicon, head, stop), _named_by(doc.lexicon, head or keys, stop))
            #   the date told right after the event's head, or the first after it in its clause (or the one right
            #   before its verb: `ليل 12 شباط وأغرقت سفينة`)
        if len(found) != 1 or len(anchor) != 1 or before and order.minutes is not None and \
                (i > 0 and anchor[0] is daily[i - 1] and doc.paragraph_at(anchor[0].start) is doc.paragraph_at(b.start)):
            continue   # no event or several told with a date; the date right before in the
            #            paragraph: read as neighbours
        verdict = time_verdict(anchor[0].t, b.t, order) if timed else date_verdict(anchor[0].m, b.m, order)
        if verdict is not None:
            yield anchor[0], b, order, verdict


_NEAR_TIMES, _NEAR_DAYS = 3, 7   # an event's date within this many times its offset, and days, of the date counted from it
_NEAR_EVENT = 60   # characters between a word of the event and a date of its sentence that dates it
_BESIDE_EVENT = 20   # … from the start of the event's word to a date told right after it (`التفجير فجر 14 فبراير`)
_DATE_LEAD = 20    # characters next to a date where a mark sets off the date, not a clause


def _dated_near(doc, k: int, keys: set[str], stop: frozenset[str], date_mentions, beside: bool = False) -> bool:
    """A date of sentence ``k`` stands within a few words of a word of the event, either side, in its clause
    (``beside``: right after it, no mark between)."""
    s = doc.sentences[k]
    view = doc.normalized
    base = view.from_original(s.start)
    at = [base + m.start() for m in WORD.finditer(doc.normalized_slice(s.start, s.end).lower())
          if m.group() not in stop and _keys(doc.lexicon, m.group(), stop) & keys]
    spans = [(view.from_original(d.start), view.from_original(d.end)) for d in date_mentions if s.start <= d.start < s.end]
    if beside:
        return any(0 <= ds - a <= _BESIDE_EVENT and not CLAUSE_MARK.search(view.text, a, ds) for a in at for ds, _ in spans)
    return any(0 <= ds - a <= _NEAR_EVENT and not CLAUSE_MARK.search(view.text, a, ds - _DATE_LEAD)
               or 0 <= a - de <= _NEAR_EVENT and not CLAUSE_MARK.search(view.text, de + _DATE_LEAD, a)
               for a in at for ds, de in spans)   # (a comma that sets off the date itself: `، يوم الثلاثاء 18 حزيران`)


def _past_only(doc, found: list[int], b, date_mentions) -> list[int]:
    """Of the sentences naming an event with a date, those not dated only after the day of writing when
    the date counted from the event is before it ("confirmed on May 14, two days after the vote" … "will
    publish their report on the vote on June 9"): a past event is not dated by what is to come."""
    day = b.m.interval() if b.kind == "date" else None
    if doc.published is None or day is None or day[1] >= doc.published or len(found) < 2:
        return found
    ahead = {k: [(x := m.interval()) is not None and x[0] > doc.published
                 for m in date_mentions if doc.sentence_index(m.start) == k] for k in found}
    past = [k for k in found if not any(ahead[k])]
    return past if past and all(all(ahead[k]) for k in found if k not in past) else found
    #      (only where each sentence is dated wholly ahead or wholly not: `ستطلق الأحد المقبل، الأول من أيلول`
    #      dates the campaign to come in a sentence that tells the announcement of today too)


def _near_enough(doc, found: list[int], daily, b, order) -> list[int]:
    """Of several sentences naming the event with a date, the one whose day lies within a few times the
    offset of the date counted from it ("two days after the sinking, on 11 January" … "sank on Monday 13
    January", not "a barge sank in February 2023", an earlier one of its kind). Left as they are otherwise."""
    if len(found) < 2 or order.minutes is None or b.kind != "date" or (day := b.m.interval()) is None:
        return found
    reach = dt.timedelta(minutes=_NEAR_TIMES * order.minutes) + dt.timedelta(days=_NEAR_DAYS)
    near = [k for k in found if any(d.kind == "date" and (x := d.m.interval()) is not None and doc.sentence_index(d.start) == k
                                    and x[0] - reach <= day[0] and day[1] <= x[1] + reach for d in daily)]
    return near if len(near) == 1 else found


def _within_one(doc, found: list[int], daily, date_mentions) -> list[int]:
    """Of the sentences naming an event with a date, the one dating it to a day that every other
    one holds a looser date around ("a berth that opened last week" … "opened on Sept. 24"): one
    event told twice, not two; a sentence whose dates are all the publication's day (a dateline, "said on
    Wednesday") dates no event. Left as they are when no one sentence or several do so."""
    if len(found) < 2:
        return found
    spans = {k: [m.interval() for m in date_mentions if doc.sentence_index(m.start) == k] for k in found}
    today = (doc.published, doc.published)
    if len(dated := [k for k in found if any(x != today for x in spans[k])]) == 1:
        return dated   # the others dated by the report's own day alone ("…, port officials said on Wednesday")
    fits = []
    for k in found:
        days = [d.m.interval() for d in daily if doc.sentence_index(d.start) == k]
        if any(day is not None and all(any(x is not None and x[0] <= day[0] <= x[1] for x in spans[j])
                                       for j in found if j != k) for day in days):
            fits.append(k)
    return fits if len(fits) == 1 else found


def _before_bound(doc, b, order: Order, daily, placed: list[int], keys: set[str], stop: frozenset[str]):
    """An offset back from an event told only as what something came after, in one sentence with one
    date to the day (or one told right after the event's word): the event was on that date or before,
    so the date counted back from it cannot be after that date."""
    anchor = [d for d in daily if doc.sentence_index(d.start) in placed and not dateline_at(doc.text, d.start, d.end)]
    if len(placed) == 1 and len(anchor) > 1:   # the first date after the event's word ("… on Wednesday … after it
        anchor = first_after_event(doc, anchor, _named_by(doc.lexicon, keys, stop))   # collided … early on Monday, January 20")
    if len(placed) == 1 and len(anchor) == 1 and date_verdict(anchor[0].m, b.m, order) == "order":
        yield anchor[0], b, order, "order"


def timed_named(ctx, k: int, sentence_start: int, end: int) -> Order | None:
    """"The collision happened about 40 minutes after it left port, at 21:55": an offset from an
    event named after "after" right before a time, the event one the sentence ``k`` of the time
    before tells ("The ferry left the port of Kyllini at 21:40"): read as "later" by that offset."""
    lex = ctx.doc.lexicon
    text = ctx.doc.normalized_slice(sentence_start, end)
    orders = find_orders(lex, text)
    if not orders or orders[-1].kind != "after" or orders[-1].minutes is None:
        return None
    o, (_, stop, _, pronouns) = orders[-1], _data(lex)
    told = re.split(r"[,،]", text[o.end:], maxsplit=1)[0].split()
    told = [w for w in told if w.lower() not in pronouns]
    keys = _keys(lex, " ".join(told), stop)
    s = ctx.doc.sentences[k]
    if not keys or not keys & _keys(lex, ctx.doc.normalized_slice(s.start, s.end), stop):
        return None
    return Order(o.start, o.end, "later", o.minutes, o.offset) if _TIMED.fullmatch(text[o.end:]) else None


_TIMED = compiled(r"\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*[,،]\s*(?:[^\W\d_]+\s*){0,2}", re.S)   # "it left port, at"