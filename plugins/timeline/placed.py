"""Whether a state names its place after it in its clause ("performed in Paris", `في باريس`): a word
of ``[timeline.places] before`` and, in a cased script, a capitalised word after it; a month is a
date, not a place."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import alternation, phrase_key
from checker.language.normalize import normalize_text

_TARGET_SPAN = 48     # characters after a state word where its place may start
_WHERE_SPAN = 128    # … where the town it holds in may start, in its clause


@lru_cache(maxsize=8)
def _before_rx(lex) -> list[tuple[re.Pattern, re.Pattern]]:
    """Per word of ``[timeline.places] before``: it and the word after it in the normalised text,
    and it before a capital in the original (compiled once per language)."""
    before = lex.section("timeline", {}).get("places", {}).get("before", [])
    return [(re.compile(r"(?:^|\s)" + re.escape(normalize_text(w)) + r"\s+([^\W\d_]+)"),
             re.compile(r"\b" + re.escape(w) + r"\s+[A-Z]")) for w in before]


def _clause(doc, end: int, limit: int) -> str:
    """The normalised words after a state, to the end of its clause."""
    return re.split(r"[,;:.،؛()]", normalize_text(doc.text[end:min(limit, end + _TARGET_SPAN)]), maxsplit=1)[0]


def place_word(doc, end: int, limit: int) -> str | None:
    """In a script without capitals, the word after a place preposition after a state in its
    clause (`… في القرية`): where the state holds; None when none is named."""
    if names_lexicon(doc.lexicon).capitals:
        return None
    text, calendar = _clause(doc, end, limit), names_lexicon(doc.lexicon).months
    found = [(m.start(), m.group(1)) for word_rx, _ in _before_rx(doc.lexicon) for m in word_rx.finditer(text)
             if phrase_key(m.group(1)) not in calendar]
    return phrase_key(min(found)[1]) if found else None


def placed_after(doc, end: int, limit: int) -> bool:
    """Whether a place is named after a state in its clause ("performed in Paris", `في باريس`):
    a word of ``[timeline.places] before`` and a word after it."""
    text = _clause(doc, end, limit)
    cased = doc.text[end:limit]
    script_cased = names_lexicon(doc.lexicon).capitals   # (in a cased script a place is capitalised)
    calendar = names_lexicon(doc.lexicon).months          # ("in December 2024" is a date)
    for word_rx, cased_rx in _before_rx(doc.lexicon):
        for m in word_rx.finditer(text):
            if phrase_key(m.group(1)) in calendar:
                continue
            if not script_cased or m.group(1)[:1].isupper() or cased_rx.search(cased):
                return True
            break
    return False


@lru_cache(maxsize=8)
def _where_rx(lex) -> re.Pattern | None:
    words = lex.section("timeline", {}).get("places", {}).get("where", [])
    if not words:
        return None
    alts = alternation(words)
    return re.compile(rf"(?:^|\s)(?:{alts})\s+([^\W\d_]+(?:[\s'’-]+[^\W\d_]+){{0,3}})")


def destination(doc, end: int, limit: int) -> str | None:
    """The town or country a move names right after its word ("moved back to Lindholm", "moving to
    southern Mexico", `انتقل إلى واشنطن`, past a noun that classes a place, `إلى مدينة`): in a cased
    script its capitalised words, in one without capitals the word; None when none is named there."""
    nm = names_lexicon(doc.lexicon)
    clause = re.split(r"[,;:.،؛()]", doc.text[end:min(limit, end + _TARGET_SPAN)], maxsplit=1)[0]
    words = re.findall(r"[^\W\d_]+", clause.split("'")[0].split("’")[0])
    if nm.capitals:   # (past one word in lower case before it: "southern Mexico", "a Lisbon suburb")
        names = []
        for k, w in enumerate(words):
            if not w[:1].isupper():
                if names or k > 0:
                    break
                continue
            names.append(w)
        place = " ".join(names)
    else:
        place = next((w for w in (normalize_text(w) for w in words[:2]) if phrase_key(w) not in nm.body_nouns), "")
    key = phrase_key(place) if place else ""
    return key if key and key not in nm.months and key not in nm.body_nouns else None


def where_named(doc, end: int, limit: int) -> str | None:
    """The town or country a state holds in: the name after a word of ``[timeline.places] where``
    in its clause ("ran the theatre in Damascus", `في دمشق`, `بمدينة هامبورغ`); in a cased script
    the capitalised words, in one without capitals the word (past a noun that classes a place or a
    body, `مدينة`); None when none is named (a noun of a body or a place alone, a date)."""
    rx = _where_rx(doc.lexicon)
    if rx is None:
        return None
    nm = names_lexicon(doc.lexicon)
    clause = re.split(r"[,;:.،؛()]", doc.text[end:min(limit, end + _WHERE_SPAN)], maxsplit=1)[0]
    for m in rx.finditer(clause.lower() if nm.capitals else normalize_text(clause)):
        if nm.capitals:   # the capitalised words as written there ("The Hague", "Norway's" → Norway)
            names = []
            for w in re.findall(r"[^\W\d_]+", clause[m.start(1):].split("'")[0].split("’")[0]):
                if not w[:1].isupper():
                    break
                names.append(w)
            place = " ".join(names) or None
        else:
            words = [w for w in m.group(1).split() if phrase_key(w) not in nm.body_nouns]
            place = words[0] if words else None
        if place and phrase_key(place) not in nm.months and phrase_key(place) not in nm.body_nouns:
            return phrase_key(place)
    return None
