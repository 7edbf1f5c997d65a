"""NUM002's reading of a count's parts told in a sentence of their own by where each comes from or
is: "The cooperative now has 36 members … Twenty members come from Asrir and 22 from neighbouring
Taghjijt", `وتضم التعاونية ستاً وثلاثين منخرطة … وتتحدر 20 منخرطة من جماعة أسرير، و22 من جماعة
تغجيجت`. The first part is told with its noun and a word of place or origin after it (``[figures]
place_prepositions``, ``origin_prepositions``), each later one joined by "and" or a comma with the
noun left out and such a word right after it, the sentence's only counts. The whole is the one count
of the same noun the article tells elsewhere that can hold every part (no smaller than any: not the
nine founding members of a cooperative of 36 today), told before them; it cannot be smaller than
their sum."""

from __future__ import annotations

from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, and_words, counts_by_sentence, exact_counts, figures_data, stopwords
from .heads import noun_key
from .placed import place_data, placed_part

_WORD = compiled(r"[^\W\d_]+")
_PLACE = 50  # characters from one part to the next, its place between


@lru_cache(maxsize=32)
def _where(lex) -> frozenset[str]:
    where, _ = place_data(lex)
    return where | frozenset(normalize_text(w) for w in figures_data(lex).get("origin_prepositions", []))


def _noun(ctx, q) -> str | None:
    """The key of the noun right after a count; None where a preposition or a stop word follows it ("500
    in Kassala", "310 of them")."""
    view = ctx.doc.normalized
    m = _WORD.search(view.text, view.from_original(q.end))
    if m is None or m.start() - view.from_original(q.end) > 2:
        return None
    w = m.group().lower()
    return None if w in _where(ctx.lexicon) or w in stopwords(ctx.lexicon) else noun_key(ctx.lexicon, m.group())


def _one_clause(text: str, q, where: frozenset[str]) -> bool:
    """No comma between a part's count and the word that tells where it is."""
    for m in _WORD.finditer(text, q.end, q.end + _PLACE):
        if normalize_text(m.group()) in where:
            return not any(c in text[q.end:m.start()] for c in ",،")
    return False


def origin_parts(ctx, quantities, sents: Sentences):
    """Yield (whole, parts) where parts told place by place make more than the whole."""
    where = _where(ctx.lexicon)
    if not where:
        return
    text = ctx.text
    free, attached = and_words(ctx.lexicon)
    joins = {normalize_text(w) for w in (*free, *attached)}
    counts = exact_counts(quantities, 2)
    for k, qs in counts_by_sentence(quantities, sents).items():
        first = qs[0]   # (the parts are the sentence's only counts: the first of them opens the first part)
        if len(qs) < 2 or not placed_part(text, first, where, noun=2) or (key := _noun(ctx, first)) is None \
                or not _one_clause(text, first, where):
            continue   # (its noun, maybe a verb, then where: "Twenty members come from Asrir"; not a whole
            #            before its own parts: "16 firefighters, nine on the day shift")
        parts = [first]
        for q in qs[1:]:
            gap = normalize_text(text[parts[-1].end:q.start]).rstrip()
            joined = gap.endswith(("،", ",")) or any(gap.endswith((" " + j, "،" + j, "," + j)) for j in joins)
            if len(gap) > _PLACE or not joined or not placed_part(text, q, where):
                break   # (a part joined by "and" or a comma, where it is right after it: "and 22 from Taghjijt")
            parts.append(q)
        if len(parts) != len(qs):
            continue   # (the sentence's only counts: no whole of their own beside them)
        total, most = sum(q.value for q in parts), max(q.value for q in parts)
        same = [q for q in counts if sents.index(q.start) != k and _noun(ctx, q) == key and q.value >= most]
        if len(same) == 1 and same[0].start < first.start and same[0].value < total:
            yield same[0], parts   # the one count of the noun told before that can hold every part
