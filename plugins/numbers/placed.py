"""NUM002's reading of a count broken down by place right after a comma: "The network has 18
stations, seven on high passes, six near villages and four at cattle posts", `ارتفع عدد المحطات إلى
27 محطة، نُصبت 11 منها في بساتين الوادي و9 في السهول و5 على الأطراف`. Three counts or more, each
told with where its part is (``[figures] place_prepositions``, after "of them" for the first:
`11 منها في`), listed from the comma that ends the count's noun, to the last joined by "and": parts
that make more than the whole are wrong; fewer, told for information (a part left out)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, alternation_rx, exact_counts, figures_data
from .of_them import _listed

_NOUN_REACH = 40   # characters from the count to the comma that ends its noun phrase
_LEAD = 2          # words between the comma and the first part (a verb: `، نُصبت 11 منها`)
_PARTS = 3         # parts at least
_MAX_PARTS = 12    # … and at most: more is a table
_WORDS = compiled(r"[^\W\d_]+")


def placed_lists(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts, fewer) for each count broken down by place after a comma whose parts do
    not make it (``fewer``: they make less)."""
    where, of_them = place_data(ctx.lexicon)
    if not where:
        return
    text, counts = ctx.doc.text, exact_counts(quantities, 2)
    starts = [q.start for q in counts]
    wholes = [q for q in quantities if q.unit is None and not q.vague and q.low is not None and q.high is not None
              and q.value >= 2]   # (a whole may be told "about": "About 640 families, 310 of them in …")
    for whole in wholes:
        k = sents.index(whole.start)
        comma = _opener(ctx.lexicon).search(text, whole.end, whole.end + _NOUN_REACH)   # a comma, "of them" (`منهم`)
        if k is None or comma is None or bisect.bisect_left(starts, whole.end) < bisect.bisect_left(starts, comma.start()) \
                or re.search(r"\d", text[whole.end:comma.start()]) or placed_part(text, whole, where, of_them):
            continue   # (a part itself: "91 في ريف دمشق، 32 في حماة، …")
        end = sents.items[k].end
        parts = counts[bisect.bisect_left(starts, comma.end()):bisect.bisect_left(starts, end)]
        parts = _listed(ctx, parts[:_MAX_PARTS + 1]) if parts else []
        if len(parts) < _PARTS or len(_WORDS.findall(text[comma.end():parts[0].start])) > _LEAD \
                or not all(placed_part(text, q, where, of_them) for q in parts) or whole.value == len(parts):
            continue   # (the count of the places: "640 families in three provinces, 310 of them in …")
        total = sum(q.value for q in parts)
        if not whole.low <= total <= whole.high:
            yield whole, parts, total < whole.low


def placed_part(text: str, q: Quantity, where: frozenset[str], of_them: frozenset[str] = frozenset(),
                noun: int = 0) -> bool:
    """The words right after a part tell where it is (after "of them": `11 منها في`, "310 of them in";
    after ``noun`` words of its noun: "1,020 displaced residents in Inanda")."""
    words = [normalize_text(w) for w in _WORDS.findall(text[q.end:q.end + 60])[:6]]
    for n in (2, 1):
        if " ".join(words[:n]) in of_them:
            words = words[n:]
            break
    return any(w in where for w in words[:noun + 1])


@lru_cache(maxsize=32)
def _opener(lex) -> re.Pattern:
    of_them = alternation_rx([normalize_text(w) for w in figures_data(lex).get("of_these", [])])
    return compiled(rf"[,،]|{of_them.pattern}" if of_them is not None else r"[,،]")


@lru_cache(maxsize=32)
def place_data(lex) -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell where a part is (``[figures] place_prepositions``), and "of them" (`منها`)."""
    f = figures_data(lex)
    return (frozenset(normalize_text(w) for w in f.get("place_prepositions", [])),
            frozenset(" ".join(normalize_text(w).split()) for w in f.get("of_these", [])))
