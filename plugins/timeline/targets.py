"""What a state word of a timeline statement is about, and where its date stands: the subject a
verb may name before its object, the body a common noun names with the word after it, and the words
that put a state after the date told before it or end it at a time not told."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import alternation, prefixes, whole_word
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


def past_subject(doc, end: int, people) -> int:
    """Where a state's target may begin: in a script without capitals, where a verb may come
    before its subject, past a person named right after it (`وتدير عثمان مستشفى الخرطوم`); else
    at ``end`` ("has run Cobrenor": an object, whatever the name table holds)."""
    if doc.lexicon.section("names", {}).get("capitals", True):
        return end
    i = bisect.bisect_left(people, (end,))
    while i < len(people) and people[i][0] <= end + 2:
        if not doc.text[end:people[i][0]].strip():
            return people[i][1]
        i += 1
    return end


@lru_cache(maxsize=16)
def _words_rx(lex, key: str) -> re.Pattern | None:
    """The words of ``[timeline] <key>`` as one pattern on the normalised text."""
    words = lex.section("timeline", {}).get(key, [])
    return compiled(whole_word(alternation([normalize_text(w) for w in words]), prefixes(lex))) if words else None


def _said_between(doc, key: str, start: int, end: int) -> bool:
    rx, view = _words_rx(doc.lexicon, key), doc.normalized
    return rx is not None and rx.search(view.text, view.from_original(start), view.from_original(end)) is not None


def told_later(doc, start: int, end: int) -> bool:
    """Whether a word between a date and a state puts the state after the date ("…, before taking
    over", `قبل أن تتولى`; ``[timeline] later``)."""
    return _said_between(doc, "later", start, end)


@lru_cache(maxsize=8)
def _body_nouns(lex) -> tuple[frozenset[str], str]:
    """The nouns a body's or a place's name follows (the name facts' ``body_nouns``), and the proclitics."""
    return names_lexicon(lex).body_nouns, "".join(normalize_text(p) for p in lex.proclitics)


def body_noun(lex, word: str) -> str | None:
    """``word`` as the common noun a body's or a place's name follows (`مستشفى`), with or without
    a proclitic before it (`لمستشفى`), else None."""
    nouns, pro = _body_nouns(lex)
    if word in nouns:
        return word
    return word[1:] if word[:1] and word[0] in pro and word[1:] in nouns else None


def construct_head(lex, word: str) -> str | None:
    """``word`` without a proclitic when it is a noun without the article in a language that writes
    the article on the word (`مرصد` of `مرصد باريس`): the head of a construct, whose name follows it."""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    if not article:
        return None
    _, pro = _body_nouns(lex)
    w = word[1:] if len(word) > 3 and word[0] in pro and not word.startswith(article) else word
    return w if not w.startswith(article) and len(w) >= 3 else None


def ended_later(doc, start: int, end: int) -> bool:
    """Whether a word that ends a stay (``[timeline] stay_ends``: "until", `حتى`) follows a "since" date
    in its sentence: the period ended, at a time the sentence does not date (`منذ عام 2004، وبقيت فيه حتى
    تسلمت إدارته`)."""
    return _said_between(doc, "stay_ends", start, end)
