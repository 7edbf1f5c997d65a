"""Which date of a sentence dates the event it names, when the sentence tells several (DATE007's
offsets from a named event, :mod:`.anchored`): the one told within a few words after the event's
head word, else the first after its last word in its clause, else the one that ends right before
one of its words (`ليل 12 شباط وأغرقت سفينة`). ``named`` tells whether a word (normalised, lower
case) is a word of the event."""

from __future__ import annotations

from typing import Callable

from checker.language.regexes import compiled

BESIDE = 45   # characters from a word of the event to the date told with it
_RIGHT_BEFORE = 3   # characters between a date and the event's word right after it (a space, "and" on the word)
WORD = compiled(r"[^\W\d_]{3,}")   # a word of three letters or more
CLAUSE_MARK = compiled(r"[,،;؛:]")   # ends a clause: a date past it is not the event's


def _event_words(doc, anchor: list, named: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The normalised spans of the words of the event in the sentence of ``anchor``'s dates."""
    s = doc.sentences[doc.sentence_index(anchor[0].start)]
    base = doc.normalized.from_original(s.start)
    return [(base + m.start(), base + m.end()) for m in WORD.finditer(doc.normalized_slice(s.start, s.end).lower())
            if named(m.group())]


def event_date(doc, anchor: list, head: Callable[[str], bool], named: Callable[[str], bool]) -> list:
    """Of several dates of one sentence, the one that dates the event (a list of one, or none)."""
    view = doc.normalized
    near = [d for d in anchor if any(0 <= view.from_original(d.start) - e <= BESIDE for _, e in _event_words(doc, anchor, head))]
    if len(near) == 1:
        return near   # told within a few words after the event's head word
    words = _event_words(doc, anchor, named)
    if after := first_after_event(doc, anchor, named, words):
        return after
    near = [d for d in anchor if any(0 <= a - view.from_original(d.end) <= _RIGHT_BEFORE for a, _ in words)]
    return near if len(near) == 1 else []


def first_after_event(doc, anchor: list, named: Callable[[str], bool], words: list[tuple[int, int]] | None = None) -> list:
    """Of the dates of a sentence, the first told after the last word of the event in it, in its clause
    (``words``: the event's words there, when already read)."""
    view = doc.normalized
    words = _event_words(doc, anchor, named) if words is None else words
    lead = {id(d): d.m.weekday.start if d.kind == "date" and d.m.weekday is not None and d.m.weekday.start < d.start
            else d.start for d in anchor}   # ("on Monday, January 20": from its weekday)
    return [d for d in anchor if words and view.from_original(lead[id(d)]) >= words[-1][1]
            and not CLAUSE_MARK.search(view.text, words[-1][1], view.from_original(lead[id(d)]))][:1]
