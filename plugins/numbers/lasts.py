"""NUM002's reading of the last of a series: a count of a noun ("five schools", `خمس مدارس`) and,
in another sentence, that noun told as the last of its series by an ordinal ("the sixth and last
school", `المدرسة السادسة والأخيرة`). The ordinal says how many there are; a count of the same
noun that is not that number contradicts it.

The ordinal is a word of the calendar's day words (``[dates] day_words``: "sixth", `السادس`, its
feminine with the ta marbuta) joined by "and" to a word of ``[figures.lasts] last`` ("last",
"final", `الأخيرة`), right after the noun where the head comes first (`المدرسة السادسة والأخيرة`)
or right before it ("the sixth and final school"). The count is the only count of that noun in the
article, told before the ordinal, and not told as a part ("of them") or as new ("five more schools")."""

from __future__ import annotations

import re
from itertools import islice
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import NEVER, alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, bare, figures_data, prefixes
from .heads import head_data, noun_key

_NEXT = re.compile(r"\s{1,3}([^\W\d_]+)")


_MOST = 30   # readings per article, at most (each reads the article's counts once)


@lru_cache(maxsize=32)
def _data(lex):
    last = frozenset(normalize_text(w) for w in figures_data(lex).get("lasts", {}).get("last", []))
    days = {normalize_text(k): int(v) for k, v in lex.section("dates", {}).get("day_words", {}).items()}
    conj = tuple(normalize_text(w) for w in figures_data(lex).get("lasts", {}).get("and", []))
    return last, days, conj


def _ordinal(word: str, days: dict[str, int]) -> int | None:
    """The number an ordinal word says (`السادسه` read as `السادس`)."""
    if word in days:
        return days[word]
    return days.get(word[:-1]) if word[-1:] in "ةه" else None


@lru_cache(maxsize=32)
def _last_rx(lex) -> re.Pattern:
    last, _, conj = _data(lex)
    joins = "|".join(rf"{re.escape(c)}\s+" if len(c) > 1 else re.escape(c) for c in conj) or NEVER   # (`و` attached)
    return compiled(rf"(?<![^\W\d_])(?:{joins})(?:{alternation(last) or NEVER})(?![^\W\d_])")


def _key(lex, word: str) -> str:
    return noun_key(lex, bare(word, prefixes(lex)))


def last_of_series(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (count, the ordinal's start, end, the number it says) for a noun told as the last of a
    series whose length is not the count of that noun told before."""
    last, days, conj = _data(ctx.lexicon)
    if not last or not days or not conj:
        return
    view, lex = ctx.doc.normalized, ctx.lexicon
    stop = head_data(lex).stop
    for m in islice(_last_rx(lex).finditer(view.text), _MOST):   # "and last", `والأخيرة`: then the ordinal before it
        window = view.text[max(0, m.start() - 60):m.start()]
        words = window.split()[-2:]
        if not words or not window[-1:].isspace() or (n := _ordinal(words[-1], days)) is None or n < 2:
            continue
        ordinal_start = m.start() - len(window) + len(window.rstrip()) - len(words[-1])
        after = _NEXT.match(view.text, m.end())
        # the noun: right before the ordinal where the head comes first, else right after "and last"
        nouns = {_key(lex, x) for x in (words[0] if len(words) == 2 else None, after.group(1) if after else None)
                 if x and x.isalpha() and x not in stop and len(x) >= 3}
        start, end = view.to_original(ordinal_start, m.end())
        k = sents.index(start)
        counts = [q for q in quantities if q.group is not None and q.unit is None and not q.subset and not q.vague
                  and q.start < start and _key(lex, normalize_text(q.group)) in nouns]
        if len(counts) != 1 or sents.index(counts[0].start) == k or counts[0].value == n or counts[0].update:
            continue
        yield counts[0], start, end, n
