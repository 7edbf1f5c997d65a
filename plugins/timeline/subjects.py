"""The subject of a sentence's states (:func:`subject_of`): the person named before them, inside them,
right after an agent word, or the article's main person."""

from __future__ import annotations

import bisect

from checker.extractors.name_mentions import names_lexicon
from checker.language.regexes import compiled

_APPOSED = 60       # characters between a role in apposition and the subject named after it
# a clause's start (or a sentence's capitalised first word) and up to three lower-case words of a title before a name
# (or after a dateline's dash: "RISSANI, Morocco (Wire) — The craftsman Omar Benali")
_TITLED = compiled(r"(?:(?:^|[,،—–])[^\S\n]*|(?:^|[—–][^\S\n]*)[A-Z][\w'’-]*[^\S\n]+)(?:[a-z][\w'’-]*[^\S\n]+){0,3}$")
# a full name in capitals right after a role in apposition: a person named once, not the main one (cased scripts)
_OTHER_NAME = compiled(r"[^\S\n]*,[^\S\n]*(?:\w+[^\S\n]+)?[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+")
_SAID = compiled(r"[^\S\n]+([^\W\d_]+)[^\S\n]*[,،]")   # "…, Quint said," after a name
_AGENT = compiled(r"[^\S\n]+([^\W\d_]+)[^\S\n]+")   # one word between the state word and a name


def _attributing(text: str, s: int, e: int, verbs) -> bool:
    """A name set off by commas with a verb of saying right after it (", Quint said,"): an aside, not the subject."""
    m = _SAID.match(text, e)
    return m is not None and m.group(1).lower() in verbs and text[max(0, s - 2):s].strip() in (",", "،")


def _agent(doc, sent, last: int, places):
    """The person named right after the state word and an agent word ("chaired by Lindqvist"), or None."""
    agents = names_lexicon(doc.lexicon).agents
    for s, _, key, text in places:
        if last <= s <= last + 8 and sent.start <= s < sent.end:
            m = _AGENT.fullmatch(doc.text, last, s)
            if m is not None and m.group(1).lower() in agents:
                return key, text
    return None


def subject_of(doc, sent, first: int, last: int, places, main, main_text, apposed: bool = False, others=()):
    """The subject of states in a sentence: the last person named before them, else one named
    inside them (a verb before its subject: `ترأست الدكتورة سلمى حداد المجلس`), else, for a role
    in apposition ("as chair, Ortega signed", `وبصفته رئيسا للمجلس، وقع الشامي`), the first one
    named soon after it, else one named once with a title before them, else the article's main person. A
    doer named right after the state word and an agent word is its subject ("a tender committee chaired by
    Lindqvist as rector": Lindqvist, not the contract the sentence opens with)."""
    if (agent := _agent(doc, sent, last, places)) is not None:
        return agent
    subject = None
    verbs = names_lexicon(doc.lexicon).verbs
    for s, e, key, text in places:
        if sent.start <= s < first and sent.text[e - sent.start:e - sent.start + 2] not in ("'s", "’s") \
                and not _attributing(doc.text, s, e, verbs):
            subject = (key, text)   # (not a possessor: "Jordan's ambassador"; nor who says it: "…, Quint said, was …")
    if subject is None:   # (not the body owning the role: "as Halvergate's managing director, Brennan signed")
        subject = next(((key, text) for s, e, key, text in places if first <= s < last
                        and sent.text[e - sent.start:e - sent.start + 2] not in ("'s", "’s")), None)
    if subject is None and apposed:
        subject = next(((key, text) for s, _, key, text in places if last <= s < min(sent.end, last + _APPOSED)), None)
        if subject is None and _OTHER_NAME.match(sent.text, last - sent.start):
            return None  # "as chief executive, Anna Liu signed": someone the article names once
    if subject is None:
        once = others[bisect.bisect_left(others, (sent.start,)):bisect.bisect_left(others, (first,))]
        titled = [(k, t) for o, k, t, c in once if c or _TITLED.search(sent.text[:o - sent.start])]   # named once,
        #   with a title ("Her deputy, Ian Moller, attended") or found by another cue of a person (a given name; not
        #   capitals alone, which an organisation has too: `أما شريكه سامر خليل، الذي …، فتولى`)
        subject = titled[-1] if titled else (main, main_text) if main is not None else None
    return subject
