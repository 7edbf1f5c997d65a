"""Who a statement is about when a noun set off by commas stands between it and a name: "arrested a
58-year-old Italian man, Marco Ventresca, in …" (the name in apposition to the noun the age is told in)."""

from __future__ import annotations

import bisect

from checker.language.regexes import compiled

_ATTRIBUTE = 40    # characters from the statement to the name
_COMMA = compiled(r"[,،]")
_APPOSED_NOUN = compiled(r"[-\w]*(?:[^\S\n]+[^\W\d_][\w'’-]*){1,4}[,،][^\S\n]*")   # "-year-old Italian man, "
_SET_OFF_END = compiled(r"[^\S\n]*(?:[,،.]|$)")   # a name set off: a comma or the sentence's end after it


def apposed_next(people, end: int) -> int | None:
    """The person named in full right after a statement ending at ``end`` and a noun of a few words, set
    off by commas, in apposition ("a 58-year-old Italian man, Marco Ventresca, in …"); ``people``: the
    article's :class:`.persons.People`."""
    sent = people.sentence(end)
    i = bisect.bisect_left(people.starts, end)
    while sent is not None and i < len(people.mentions) and people.mentions[i].start < sent.end \
            and people.mentions[i].start - end <= _ATTRIBUTE:
        m = people.mentions[i]
        between = people.doc.text[end:m.start]
        if _COMMA.search(between):
            return m.cluster if _APPOSED_NOUN.fullmatch(between) and len(m.tokens) >= 2 \
                and _SET_OFF_END.match(people.doc.text, m.end, sent.end) else None
        i += 1   # (a word of the noun: "Italian")
    return None
