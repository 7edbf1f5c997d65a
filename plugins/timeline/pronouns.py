"""A person named once and then told by a subject pronoun ("Marco Soliz spent 2021 under house
arrest … He negotiated in person …", `… وهو يقود …`): the pronoun is a mention of that person,
so that a state told in the pronoun's sentence is theirs and the person counts as recurring.

A pronoun stands for the one person the sentence before it names, in the same paragraph, when
its own sentence names nobody; a run of such sentences goes on with the same person. The
pronouns are language data (``[timeline] subject_pronouns``)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import prefixes, whole_word
from checker.language.normalize import normalize_text


@lru_cache(maxsize=8)
def _pronoun_rx(lex) -> re.Pattern | None:
    words = lex.section("timeline", {}).get("subject_pronouns", [])
    if not words:
        return None
    alternation = "|".join(re.escape(normalize_text(w)) for w in words)
    return re.compile(whole_word(f"(?:{alternation})", prefixes(lex)), re.IGNORECASE)


UNKNOWN = "?"   # the key of a pronoun after a sentence that names several people: no one's for sure


def pronoun_mentions(doc, places: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """``(start, end, key, text)`` for each subject pronoun that stands for the one person the
    sentence before names (``places``: the people named, in order); ``text`` is that person's name.
    A pronoun after a sentence that names several people has the key :data:`UNKNOWN`."""
    rx = _pronoun_rx(doc.lexicon)
    if rx is None or not places:
        return []
    view = doc.normalized
    sents = doc.sentences
    named: dict[int, dict[str, str]] = {}
    for s, _, key, text in places:
        named.setdefault(doc.sentence_index(s), {}).setdefault(key, text)
    naming = set(named)
    out = []
    for m in rx.finditer(view.text):
        s, e = view.to_original(m.start(), m.end())
        i = doc.sentence_index(s)
        if i < 1 or i in naming:
            continue   # a sentence that names someone is about them
        before = named.get(i - 1, {})
        if not before or "\n" in doc.text[sents[i - 1].start:sents[i].start]:
            continue   # (the sentence before, in the same paragraph, names the person)
        key, text = next(iter(before.items())) if len(before) == 1 else (UNKNOWN, m.group())
        out.append((s, e, key, text))
        named.setdefault(i, {key: text})
    return out
