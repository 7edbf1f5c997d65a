"""The words that tell a name's place in a statement, read for :mod:`.persons`: a determiner before a
statement ("the 29-year-old"), a name that is a thing's or a place's ("the Umodzi club", "born in
Delft", "chairman of Castlebridge Town"), a word that brings in another person ("the 19-year-old
student who …"), and the language data's lists behind them."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_WORD = compiled(r"[^\W\d_]+")
_LAST_WORD = compiled(r"([^\W\d_]+)\s+$")
_NEXT_WORD = compiled(r"(,)|\s([^\W\d_]+)")   # after a name: a comma, or the word after it
_EXPANDED = compiled(r"((?:[^\W\d_][\w'’\-]{0,30}\s+){0,7})\(([^\W\d_]{2,8})\)")   # words before a bracketed acronym
_COMMA = compiled(r"[,،]")


def _determined(doc, start: int) -> bool:
    """A statement right after a determiner ("the 29-year-old", `event_subject` determiners)."""
    m = _LAST_WORD.search(doc.text, max(0, start - 8), start)
    return m is not None and m.group(1).lower() in determiners(doc.lexicon)


def _indefinite(doc, start: int) -> bool:
    """A statement right after an indefinite article ("a 19-year-old student"): someone new."""
    m = _LAST_WORD.search(doc.text, max(0, start - 8), start)
    return m is not None and m.group(1).lower() in _indefinites(doc.lexicon)


@lru_cache(maxsize=8)
def _indefinites(lex) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.section("event_subject", {}).get("indefinite", []))


def _a_thing(doc, start: int) -> bool:
    """A name after a determiner and up to two lower-case words ("for the centrist Sur Unido
    movement"): a body or a thing, not a person a pronoun stands for."""
    sent = doc.sentence_at(start)   # (in its own sentence: not "… watched the quarter grow. Tsewang Dolkar")
    before = doc.text[max(0, start - 40, sent.start if sent is not None else 0):start]
    words = re.split(r"[,،]", before)[-1].split()[-3:]   # (in its clause: not "The oldest member, Maura Zeledon")
    dets = determiners(doc.lexicon)
    if _spelt_out(doc.text, start):
        return True   # "the Transport and Allied Workers' Union (TAWU)": a body's name spelt out by its acronym
    if words and words[-1].lower() in _place_prepositions(doc.lexicon):
        return True   # "was born in Delft": a place
    return any(w.lower() in dets and all(x.islower() for x in words[k + 1:]) for k, w in enumerate(words))


def _spelt_out(text: str, start: int) -> bool:
    """The words from ``start`` up to a bracketed acronym right after them are the words it
    abbreviates, by their capitals ("Allied Workers' Union (TAWU)", a tail of the acronym)."""
    m = _EXPANDED.match(text, start)
    if m is None or not m.group(2).isupper():
        return False
    initials = "".join(w[0] for w in m.group(1).split() if w[0].isupper())
    return bool(initials) and m.group(2).endswith(initials)


@lru_cache(maxsize=8)
def _place_prepositions(lex) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.section("event_subject", {}).get("place_prepositions", []))


@lru_cache(maxsize=32)
def _owner_links(lex) -> frozenset[str]:
    """Words before a name that make it what a noun is of or where it is ("chairman of", "born in"):
    not the person the noun is."""
    return _place_prepositions(lex) | frozenset(normalize_text(w).lower() for w in lex.section("event_ordinals", {}).get("object_of", []))


def _modifier(doc, m) -> bool:
    """A name right after a determiner and right before a lower-case noun ("the Umodzi club"): the
    name of a thing, not a person."""
    last = _LAST_WORD.search(doc.text, max(0, m.start - 8), m.start)
    nxt = _NEXT_WORD.match(doc.text, m.end)
    return last is not None and last.group(1).lower() in determiners(doc.lexicon) \
        and nxt is not None and nxt.group(2) is not None and nxt.group(2).islower()


@lru_cache(maxsize=8)
def _breaks(lex) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.section("durations", {}).get("epithet_breaks", []))


def _brought_in(doc, end: int) -> bool:
    """Whether a word of ``epithet_breaks`` follows an age within three words ("the 19-year-old
    student who …"): another person, not the one told before; not after a comma ("The 31-year-old
    batter, who will stay on as a player": an aside about that person)."""
    words = _WORD.findall(_COMMA.split(doc.text[end:min(len(doc.text), end + 60)], maxsplit=1)[0])[:5]   # (past "-year-old")
    return any(w.lower() in _breaks(doc.lexicon) for w in words)


@lru_cache(maxsize=8)
def determiners(lex) -> frozenset[str]:
    """The determiners before a statement's subject (``event_subject``), in lower case."""
    return frozenset(w.lower() for w in lex.section("event_subject", {}).get("determiners", []))


@lru_cache(maxsize=32)
def _personal(lex) -> frozenset[str]:
    """The pronouns of a person ([event_pronouns] m and f), as written in lower case."""
    p = lex.section("event_pronouns", {})
    return frozenset(w.lower() for kind in ("m", "f") for w in p.get(kind, []))


@lru_cache(maxsize=32)
def described_rx(lex):
    """A noun that stands for a person just told (``[event_pronouns] described``: "the man", `الرجل`)."""
    words = lex.section("event_pronouns", {}).get("described", [])
    return word_regex(lex, [normalize_text(w) for w in words]) if words else None


@lru_cache(maxsize=32)
def _institutions(lex) -> frozenset[str]:
    """The words that make a name a body's, not a person's (``[names] institutions``), normalised."""
    return frozenset(normalize_text(w).lower() for w in lex.section("names", {}).get("institutions", []))


@lru_cache(maxsize=32)
def _plural_verbs(lex) -> frozenset[str]:
    """Verbs of a plural subject right after a name ([event_pronouns] plural_verbs): a team or a body."""
    return frozenset(w.lower() for w in lex.section("event_pronouns", {}).get("plural_verbs", []))
