"""NUM002's reading of a count broken down right after a comma by one word that describes each part:
"has bought a dozen buffalo for her funeral, seven black and six spotted" (13, not 12). Two to four
counts, each followed by one word and nothing else, the last joined by "and", the list closed by a
mark: parts that make more than the whole are wrong. A part's word that names a thing of its own (a
plural noun: "96 beds, 40 nurses and 60 doctors"; the language's ``[figures.described]
plural_endings`` and ``nouns``) makes no description, so such a list is left alone, and so is one
that makes fewer than the whole (some of the kinds)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, and_words, exact_counts, figures_data, stopwords

_NOUN_REACH = 50   # characters from the count to the comma that ends its noun phrase
_PARTS = (2, 4)    # parts in the list, at least and at most
_WORD = compiled(r"\s*([^\W\d_]+)\s*")
_CLOSE = compiled(r"\s*[,،.;؛]")
_COMMA = compiled(r"[,،]")


@lru_cache(maxsize=32)
def _data(lex) -> tuple[tuple[str, ...], frozenset[str]] | None:
    d = figures_data(lex).get("described", {})
    if not d:
        return None
    return (tuple(normalize_text(e).lower() for e in d.get("plural_endings", [])),
            frozenset(normalize_text(w).lower() for w in d.get("nouns", [])))


def described_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for each count whose parts, each told by one describing word after a
    comma, make more than it."""
    data = _data(ctx.lexicon)
    if data is None:
        return
    endings, nouns = data
    text, counts = ctx.doc.text, exact_counts(quantities, 1)
    starts = [q.start for q in counts]
    ands, stops = set(and_words(ctx.lexicon)[0]), stopwords(ctx.lexicon)
    for whole in exact_counts(quantities, 2):
        k = sents.index(whole.start)
        c = _COMMA.search(text, whole.end, whole.end + _NOUN_REACH)
        comma = c.start() if c else -1
        if k is None or comma < 0 or re.search(r"\d|[.;:؛]", text[whole.end:comma]):
            continue
        end = sents.items[k].end
        parts, at = [], comma + 1
        for q in counts[bisect.bisect_left(starts, at):bisect.bisect_left(starts, end)][:_PARTS[1] + 1]:
            lead = normalize_text(text[at:q.start]).lower().split()
            if lead not in ([], *([w] for w in ands)) and not (parts and lead == [","]):
                break   # (the parts follow one another: "seven black and six spotted")
            w = _WORD.match(text, q.end)
            word = normalize_text(w.group(1)).lower() if w else ""
            if not word or word in stops or word in ands or word in nouns or word.endswith(endings):
                parts = []
                break   # (a thing of its own: "40 nurses and 60 doctors"; no word: "seven, …")
            parts.append(q)
            at = w.end()
            if lead and lead[-1] in ands:
                break
        if not _PARTS[0] <= len(parts) <= _PARTS[1] or not _CLOSE.match(text, at) \
                or not normalize_text(text[parts[-2].end:parts[-1].start]).lower().split()[-1:] in ([a] for a in ands):
            continue   # (the list ends at a mark, its last part after "and")
        if sum(q.value for q in parts) > whole.value:
            yield whole, parts
