"""Whether two figures NUM001 holds against each other come from two sources: each sentence
attributes its figure ("police said", `بحسب`) and no person is named in both (the same official
quoted twice is one source, whose two figures are a plain conflict); and the word a message
names the thing by, as the article writes it."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import word_regex

from .common import Sentences


@lru_cache(maxsize=32)
def attribution_rx(lex):
    return word_regex(lex, lex.section("quantities", {}).get("attribution", {}).get("words", []))


def two_sources(ctx, sents: Sentences, a, b, name_mentions) -> bool:
    """Both figures attributed, and to no one person named in both their sentences."""
    rx = attribution_rx(ctx.lexicon)
    ka, kb = sents.index(a.start), sents.index(b.start)
    if rx is None or not all(rx.search(sents.norm(k)) for k in (ka, kb)):
        return False
    persons = {m.cluster for m in name_mentions if m.person}   # (and a family name alone of one)
    people = [(sents.index(m.start), m.cluster) for m in name_mentions if m.cluster in persons]
    return not {c for k, c in people if k == ka} & {c for k, c in people if k == kb}


def thing_word(doc, q, noun: str | None) -> str:
    if noun or q.thing_span is not None:
        return f"'{as_written(doc, q, noun)}'" if noun else f"'{doc.text[q.thing_span[0]:q.thing_span[1]]}'"
    return q.thing or ""


def as_written(doc, q, word: str) -> str:
    """The normalised ``word`` as the article writes it, nearest to the figure ``q`` (`الصافية`,
    not `الصافيه`); the word itself where it is not found."""
    view = doc.normalized
    ns, ne = view.from_original(q.start), view.from_original(q.end)
    lo = max(0, ns - 200)
    found = [m for m in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", view.text[lo:ne + 200])]
    if not found and len(word) >= 4:   # a noun owning a pronoun, read without it (`طاقتها`: `طاقه`): the word as written
        found = list(re.finditer(rf"(?<![^\W\d_]){re.escape(word[:-1])}[^\W\d_]{{1,3}}(?![^\W\d_])", view.text[lo:ne + 200]))
    if not found:
        return word
    m = min(found, key=lambda m: min(abs(lo + m.start() - ns), abs(lo + m.start() - ne)))
    start, end = view.to_original(lo + m.start(), lo + m.end())
    return doc.text[start:end]


_OPENS, _CLOSES = "“«", "”»"


def quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened in its paragraph: more curly or angle quotation
    marks opened than closed before it, or an odd number of straight ones."""
    para = text[text.rfind("\n", 0, pos) + 1:pos]
    opened = sum(para.count(c) for c in _OPENS) - sum(para.count(c) for c in _CLOSES)
    return opened > 0 or para.count('"') % 2 == 1
