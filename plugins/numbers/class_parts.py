"""NUM002's reading of a toll told out by place in a later sentence: a count "of the" class word
of a toll told before ("nine of the dead were in Patuakhali, five in Barguna and four in Bhola",
`تسعة من القتلى في باتواكالي، وخمسة في بارغونا، وأربعة في بولا`), then counts joined by commas and
"and", each before the word the first one's clause holds after it ("in"). They are parts of the
one toll of that class the article told before, so they cannot make more than it."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, and_words, counts_by_sentence, figures_data

_REACH = 6   # words of the first part's clause in which the word before the later parts is looked for


@lru_cache(maxsize=32)
def _of_words(lex) -> frozenset[str]:
    """The words between a part and its class word: "of", the definite words ("of the dead") and the
    article (`من القتلى`); empty where the language data gives no "of"."""
    f = figures_data(lex)
    of = {normalize_text(w) for p in f.get("of", []) for w in p.split()}
    if not of:
        return frozenset()
    return frozenset(of | {normalize_text(w).lower() for w in f.get("definite", [])} | {""}
                     | {normalize_text(lex.section("script", {}).get("article", ""))})


_WORDS = re.compile(r"[^\W\d_]+")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def class_parts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) where a toll's parts told by place make more than the toll."""
    of = _of_words(ctx.lexicon)
    if not of:
        return
    text = ctx.doc.text
    words, attached = and_words(ctx.lexicon)
    by = counts_by_sentence(quantities, sents, 1)
    told: dict[int, list[Quantity]] = {}   # the tolls of each sentence, by its index
    for q in quantities:
        if q.thing is not None and not q.subset and not q.update and (i := sents.index(q.start)) is not None:
            told.setdefault(i, []).append(q)
    before: dict[str, dict[float, Quantity]] = {}   # the tolls told before the sentence read, by class and value
    order, at = sorted(told), 0
    for k in sorted(by):
        while at < len(order) and order[at] < k:   # (one pass over the tolls' sentences in all)
            for q in told[order[at]]:
                before.setdefault(q.thing, {}).setdefault(q.value, q)
            at += 1
        counts = by[k]
        first = counts[0]
        if first.thing is None or first.thing_span is None or first.thing_span[0] < first.end \
                or not set(normalize_text(text[first.end:first.thing_span[0]]).lower().split()) <= of:
            continue   # "nine of the dead": a count, "of", and the class word
        whole = before.get(first.thing, {})
        parts = counts
        if len(whole) != 1 or len(parts) < 3:
            continue
        clause = _WORDS.findall(normalize_text(text[first.thing_span[1]:parts[1].start]).lower())[:_REACH]
        after = {(m.group(1).lower() if (m := _FIRST_WORD.match(normalize_text(text[q.end:q.end + 20]))) else None)
                 for q in parts[1:]}
        if len(after) != 1 or None in after or not after <= set(clause):
            continue   # each later part before the word the first one's clause holds: "were in …, five in …"
        last = normalize_text(text[parts[-2].end:parts[-1].start]).split()
        if not (last and (last[-1] in words or last[-1][:1] in attached)) and text[parts[-1].start - 1:parts[-1].start] not in attached:
            continue
        (total, toll), = whole.items()
        if sum(q.value for q in parts) > total:
            yield toll, parts
