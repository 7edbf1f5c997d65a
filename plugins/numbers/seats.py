"""NUM002's reading of a body's seats shared out: a count of a body's members or seats ("the
25-member regional council", `المجلس المؤلف من 25 عضواً`, language data ``[figures] seat_wholes``)
and, after it in its sentence, the seats of each side, the first told with its noun and the others
gapped ("Fuerza Arequipeña holds 14 seats, Sur Unido 9 and independents 5", `14 مقعداً، والجنوب
الموحد 9 والمستقلون 5`; ``seat_parts``), the last after "and". Every side is told, so the seats
may not make more than the whole (fewer may leave seats vacant)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, and_words, exact_counts, figures_data


def seat_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) where the seats told of each side make more than the body has."""
    wholes_words, parts_words = _data(ctx.lexicon)
    if not wholes_words or not parts_words:
        return
    text = ctx.doc.text
    words, attached = and_words(ctx.lexicon)
    counts = exact_counts(quantities)
    for n, whole in enumerate(counts):
        if _word_after(text, whole.end) not in wholes_words or (sent := sents.at(whole.start)) is None:
            continue
        later = [q for q in itertools.takewhile(lambda q: q.start < sent.end, counts[n + 1:])]
        first = next((i for i, q in enumerate(later) if _word_after(text, q.end) in parts_words), None)
        if first is None:
            continue
        parts = [later[first]]
        for q in later[first + 1:]:
            nxt = _word_after(text, q.end)
            if nxt is not None and nxt not in words and not (nxt[:1] in attached and len(nxt) > 2):
                break   # a count of another thing ("two budget votes")
            parts.append(q)
        if len(parts) < 2 or sum(q.value for q in parts) <= whole.value:
            continue
        lead = normalize_text(text[parts[-2].end:parts[-1].start]).split()
        if any(w in words for w in lead) or any(w[:1] in attached and len(w) > 2 for w in lead[-2:]):
            yield whole, parts


def _word_after(text: str, end: int) -> str | None:
    """The word right after a figure, past one space or a hyphen ("25-member"), normalised."""
    rest = text[end:end + 30]
    stripped = rest[1:] if rest[:1] in " -\u00a0" else rest
    word = stripped.split(None, 1)[0] if stripped.strip() else ""
    word = "".join(c for c in word if c.isalpha())
    return normalize_text(word) if word and stripped[:1].isalpha() else None


@lru_cache(maxsize=32)
def _data(lex) -> tuple[frozenset[str], frozenset[str]]:
    f = figures_data(lex)
    return (frozenset(normalize_text(w) for w in f.get("seat_wholes", [])),
            frozenset(normalize_text(w) for w in f.get("seat_parts", [])))
