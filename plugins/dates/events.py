"""DATE008: one event told twice with dates that cannot both be true — a founding, an opening, a
birth, a death, an independence, an assassination: things that happen once to their subject.

An event is an event word (language data, ``[events.<class>]``) with a date in its sentence;
two tellings are the same event when they share the class and their wording around the event
word matches (rapidfuzz over the normalised words, sharing a content word next to the event
word)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from checker import Example, rule
from checker.language.matching import matched_key, phrase_table, word_regex
from checker.language.normalize import normalize_text

_WINDOW = 6     # words either side of the event word that describe it
_MAX_GAP = 30   # characters between the event word and its date


@dataclass(frozen=True)
class Event:
    start: int
    end: int
    text: str
    kind: str
    date: object            # the DateMention in its sentence
    words: tuple[str, ...]  # normalised content words around the event word
    subject: tuple[str, ...]  # the content words naming what the event happened to


@lru_cache(maxsize=32)
def _compile(lex):
    classes = phrase_table((w, kind) for kind, entry in lex.section("events", {}).items()
                           for w in entry.get("words", []))
    if not classes:
        return None, classes, frozenset()
    rx = word_regex(lex, classes)
    stop = frozenset(normalize_text(w) for w in lex.section("stopwords", {}).get("words", []))
    return rx, classes, stop


def _content(tokens, stop, classes, months):
    return [t for t in tokens if len(t) >= 3 and t not in stop and t not in classes and not t.isdigit()
            and t not in months and not any(c.isdigit() for c in t)]


def _subject(before, after, stop, classes, months, side) -> tuple[str, ...]:
    """Up to two content words naming the subject, read on the language's side of the event
    word (Arabic: after it — `تأسيس حزب الوسط`, `اغتيل خليل الوزير`; English: before it — "the
    Riverside Museum opened"), stopping at the first stop word after a content word."""
    tokens = list(after) if side == "after" else list(reversed(before))
    out: list[str] = []
    for t in tokens:
        if t.isdigit() or any(c.isdigit() for c in t) or t in months:
            break
        if t in stop or t in classes or len(t) < 3:
            if out:
                break
            continue
        out.append(t)
        if len(out) == 2:
            break
    return tuple(out)


def _date_of(dates, s: int, e: int):
    """The event's date: the first after the event word ("opened in 2012", `تأسس عام 1996`), else
    one right before it ("its 2011 opening")."""
    after = [d for d in dates if 0 <= d.start - e <= _MAX_GAP]
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if 0 <= s - d.end <= _MAX_GAP // 2]
    return max(before, key=lambda d: d.end) if before else None


def extract_events(doc, facts) -> list[Event]:
    rx, classes, stop = _compile(doc.lexicon)
    if rx is None:
        return []
    view = doc.normalized
    months = frozenset(doc.lexicon.month_lookup)
    side = doc.lexicon.section("event_subject", {}).get("side", "before")
    dated = [m for m in facts["date_mentions"] if m.year_part is not None and not m.year_inferred]
    out = []
    for sent in doc.sentences:
        ns, ne = view.from_original(sent.start), view.from_original(sent.end)
        in_sent = [m for m in dated if sent.start <= m.start < sent.end]
        if not in_sent:
            continue
        for m in rx.finditer(view.text, ns, ne):
            s, e = view.to_original(m.start("w"), m.end("w"))
            date = _date_of(in_sent, s, e)
            if date is None:
                continue
            before = re.findall(r"\w+", view.text[ns:m.start("w")])
            after = re.findall(r"\w+", view.text[m.end("w"):ne])
            left = _content(before, stop, classes, months)[-_WINDOW:]
            right = _content(after, stop, classes, months)[:_WINDOW]
            subject = _subject(before, after, stop, classes, months, side)
            out.append(Event(s, e, doc.text[s:e], classes[matched_key(m.group("w"))], date,
                             tuple(left + right), subject))
    return out


@rule(
    id="DATE008",
    name="same-event-two-dates",
    severity="warning",
    languages=["*"],
    summary="One event that happens once (a founding, an opening, a birth, a death) given two incompatible dates.",
    messages={"conflict": "The {kind} is dated {second} here but {first} earlier in the article."},
    examples=[
        Example("The Riverside Museum opened in March 2012. Visitors have flocked to the Riverside "
                "Museum since its opening in 2011.", "en", True),
        Example("The Riverside Museum opened in March 2012. The Hillside Gallery opened in 2015.", "en", False),
        Example("تأسس حزب الوسط عام 1996. ومنذ تأسيس حزب الوسط عام 1998 شارك في الانتخابات.", "ar", True),
        Example("تأسس حزب الوسط عام 1996. ومنذ تأسيس حزب الوسط عام 1996 شارك في الانتخابات.", "ar", False),
    ],
)
def same_event_two_dates(ctx, events):
    """
    ## What it flags
    An event that can only happen once to its subject — founded, opened, born, died, became
    independent, assassinated (`تأسس`, `افتتح`, `ولد`, `توفي`, `استقلال`, `اغتيال`) — told twice
    in the article with dates that do not overlap: "The museum opened in March 2012" … "the
    museum, since its opening in 2011". Two tellings are taken as one event when the words
    naming its subject next to the event word are the same (Arabic: after it, `تأسيس حزب الوسط`;
    English: before it, "the Riverside Museum opened") and the wording around it matches.

    ## Why it matters
    A reader who meets both dates cannot know which is true; one was usually mistyped or
    copied from another story.

    ## Example
    `تأسس حزب الوسط عام 1996` … `منذ تأسيس حزب الوسط عام 1998`.

    ## Not flagged
    Two different subjects (two museums opening in two years), dates that overlap (2012 and
    March 2012), and tellings in the same sentence.
    """
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if a.kind != b.kind or a.date is b.date:
                continue
            sentence = ctx.doc.sentence_at(a.start)
            if sentence is not None and ctx.doc.sentence_at(b.start) is sentence:
                continue
            ia, ib = a.date.interval(), b.date.interval()
            if ia is None or ib is None or not (ia[1] < ib[0] or ib[1] < ia[0]):
                continue
            n = min(len(a.subject), len(b.subject))
            if n == 0 or a.subject[:n] != b.subject[:n]:
                continue  # different subjects (حزب الغد, حزب الوسط), or none that can be read
            similarity = fuzz.token_set_ratio(" ".join(a.words), " ".join(b.words)) / 100
            ctx.report("conflict", b.date.start, b.date.end,
                       related=[ctx.related(a.date.start, a.date.end, f"the {a.kind} dated here first"),
                                ctx.related(a.start, a.end, "first telling"),
                                ctx.related(b.start, b.end, "second telling")],
                       confidence=round(0.5 + similarity / 2, 2), kind=a.kind, first=a.date.text,
                       second=b.date.text)
