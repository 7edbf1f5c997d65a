"""A period told by a stay between two dates of one sentence: "left Ghana for Toronto in 2019 and
stayed there until he was extradited in November 2022", `غادر ليبيا في أغسطس 2023 وظل متوارياً في
تونس إلى أن سُلّم … في مايو 2025`. The words of a stay (``[timeline] stays``) and the words that end
it (``[timeline] stay_ends``) are language data; what the first date dates is a state word before
it (`left`, `غادر`) like any other period's. And a date told after "since" and an event (:func:`since_event`)."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from checker.extractors.date_mentions.model import DateRange
from checker.language.matching import alternation, prefixes, whole_word, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_GAP = 140   # characters between the two dates, at most


@lru_cache(maxsize=8)
def _stay_rx(lex):
    """The words of a stay and the words that end it, each a pattern (searched one after the other)."""
    t = lex.section("timeline", {})
    stays, ends = t.get("stays", []), t.get("stay_ends", [])
    if not stays or not ends:
        return None
    stay = whole_word(f"(?:{alternation([normalize_text(w) for w in stays])})", prefixes(lex))
    end = whole_word(f"(?:{alternation([normalize_text(w) for w in ends])})", prefixes(lex))
    return compiled(stay), compiled(end)


@lru_cache(maxsize=8)
def _event_end_rx(lex):
    """A period's opening word right before a date, and the gap to the date of the event that ends
    it ("from 1979 until his release in 1984": "until", up to five words)."""
    t = lex.section("timeline", {})
    starts, ends = t.get("range_starts", []), t.get("stay_ends", [])
    if not starts or not ends:
        return None
    start = whole_word(f"(?:{alternation([normalize_text(w) for w in starts])})", prefixes(lex)) + r"[^\S\n]{1,3}$"
    end = r"^[^\S\n]{0,3}[,،]?[^\S\n]{0,3}" + whole_word(f"(?:{alternation([normalize_text(w) for w in ends])})", prefixes(lex)) \
        + r"(?:[^\S\n]{1,3}[^\W\d_]+(?:-[^\W\d_]+)*){1,5}[^\S\n]{1,3}$"   # ("until his first-instance hearing in")
    return compiled(start), compiled(end)


def stay_ranges(doc, dated: list) -> list[DateRange]:
    """Ranges from a date to the next one in its sentence where a stay and its end stand between
    them, and nothing else dated; or where the first date opens a period ("from") that an event told
    with the second ends ("until his release in")."""
    rx, ev = _stay_rx(doc.lexicon), _event_end_rx(doc.lexicon)
    if rx is None and ev is None:
        return []
    view, out = doc.normalized, []
    for a, b in zip(dated, dated[1:]):
        if b.start - a.end > _GAP or a.end > b.start or doc.sentence_index(a.start) != doc.sentence_index(b.start):
            continue
        gap = view.text[view.from_original(a.end):view.from_original(b.start)]
        stay = rx[0].search(gap) if rx is not None else None
        if stay is not None and not re.search(r"[.!?؟;؛]", gap) and rx[1].search(gap, stay.end()):
            out.append(DateRange(a, b, a.start, b.end, "stay"))
        elif ev is not None and ev[1].search(gap) and ev[0].search(view.text, max(0, view.from_original(a.start) - 12),
                                                                  view.from_original(a.start)):
            out.append(DateRange(a, b, a.start, b.end, "stay"))
    return out


_SINCE_GAP = compiled(r"(?:\s+[^\W\d_]+){1,4}\s+(?:[^\W\d_]+\s+)?$")   # an event's words between "since" and its date


@lru_cache(maxsize=16)
def _since_event_rx(lex, key: str = "since_event"):
    return word_regex(lex, lex.section("timeline", {}).get(key, []))


def since_event(doc, date):
    """A date told after "since" and an event ("since his arrest in May 2019", `منذ القبض عليه في فبراير
    2021`: ``[timeline] since_event``) bounds a state from it on, like a date right after "since"; None
    when the event is a body's founding (``since_founding``: "the first woman to head it since its founding
    in 1996", `منذ تأسيسها`), a record over the body's whole history, not a state of the person's."""
    rx = _since_event_rx(doc.lexicon)
    if date.bound is not None or rx is None:
        return date
    before = doc.text[max(0, date.start - 48):date.start]
    hits = list(rx.finditer(before))
    if hits and _SINCE_GAP.fullmatch(before, hits[-1].end()):
        founding = _since_event_rx(doc.lexicon, "since_founding")
        if founding is not None and founding.search(normalize_text(before[hits[-1].end():])):
            return None
        return dataclasses.replace(date, bound="since")
    return date
