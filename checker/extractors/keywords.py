"""One keyword pass per article, shared by the extractors that look for words of a lexicon.

An extractor registers a keyword group: a name and a function from a language's lexicon to
the words its patterns open with (or must hold). For each language one Aho-Corasick automaton
(pyahocorasick) holds the first word of every phrase of every group, built once; each article
is read by it once, on its normalised view, and the starts of every group's words are kept on
the document. An extractor whose group has no hit in an article returns at once; the others try
their pattern only where its words stand (:func:`finditer_at`).

A hit is a word that starts a word of the text (no letter before it) or follows one or two of
the language's proclitics that do, so the starts are a superset of the places a whole-word pattern
can match: a pattern run only there gives exactly what it gives over the whole text, provided
every match of it starts at most ``lead`` characters before one of its group's words (an
attached prefix), and none starts right after a letter but for a proclitic.
"""

from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import ahocorasick

from checker.core.document import Document
from checker.language import derived
from checker.language.matching import phrase_key
from checker.language.regexes import compiled

__all__ = ["register", "starts", "digits", "finditer_at", "KeywordGroups"]

_GROUPS: dict[str, Callable[[object], Iterable[str]]] = {}
_KIND = "keywords"
_OWN: set[str] = set()   # groups whose starts are their own words' (``own_starts``)
_WHOLE: set[str] = set()   # own-starts groups whose first words are found only whole (``whole_words``)
_DIGIT_RUN = compiled(r"\d+")


def register(name: str, words: Callable[[object], Iterable[str]], own_starts: bool = False,
             whole_words: bool = False) -> str:
    """Add the keyword group ``name``: ``words(lexicon)`` gives its words and phrases (language
    data, normalised here). Returns ``name``. Registering again replaces the group.

    Where one written form is a word of a group and, after a proclitic, another word (of any
    group), the groups' starts there are the later of the two. With ``own_starts`` the group's
    starts are where its own words start, and its words move no other group's starts. With
    ``whole_words`` as well, a first word counts only where it ends a word (no letter after it):
    for a group every match of whose pattern reads its first word whole (a title, "Dr." or
    `د.`, and not every word that opens with its letter)."""
    _GROUPS[name] = words
    (_OWN.add if own_starts else _OWN.discard)(name)
    (_WHOLE.add if own_starts and whole_words else _WHOLE.discard)(name)
    _automaton.cache_clear()
    return name


class _Letters(dict):
    """``str.translate`` table keeping letters and making every other character a space."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = value = ch if ch.isalpha() else " "
        return value


_LETTERS = _Letters()
_ERRORS = "checker.keywords"
_OTHER = 0xFF   # the byte of every letter of an alphabet's text that is no letter of its words
# characters given a byte of their own after ASCII and the letters of the words: read without
# the error handler (Arabic, Latin-1, general punctuation)
_COMMON = (*range(0x600, 0x700), *range(0x80, 0x100), *range(0x2000, 0x2070))


def _unencodable(exc: UnicodeEncodeError) -> tuple[bytes, int]:
    """The bytes of characters an alphabet has none for: a letter's is ``_OTHER``, any other's a
    space."""
    run = exc.object[exc.start:exc.end]
    return bytes(_OTHER if c.isalpha() else 0x20 for c in run), exc.end


codecs.register_error(_ERRORS, _unencodable)


class _Alphabet:
    """A text's view for an automaton, one Latin-1 character for each of its characters: each
    letter of the automaton's words has a character of its own, every other letter is ``_OTHER``
    and everything else a space. The automaton, its words read the same way, finds in it exactly
    what it finds in the text with every character that is no letter made a space (``_LETTERS``),
    and the view is made by a codec's table in C, not character by character in Python.

    ``slots``: the character of each byte (256 of them); ``chars``: the letters of the words."""

    def __init__(self, slots: str, chars: str):
        self.slots, self.chars = slots, chars
        self.encoding = codecs.charmap_build(slots)
        letters = set(chars)
        self.table = bytes(b if slots[b] in letters else _OTHER if slots[b].isalpha() else 0x20 for b in range(256))

    @staticmethod
    def of(forms: Iterable[str]) -> "_Alphabet | None":
        """The alphabet of an automaton's words, or None when a word holds a character other than
        a space and letters below U+10000, or more than 127 letters beyond ASCII."""
        chars = set("".join(forms)) - {" "}
        if not all(c.isalpha() and ord(c) < 0x10000 for c in chars) or sum(ord(c) > 127 for c in chars) > 127:
            return None
        slots = [chr(b) for b in range(128)]
        for c in [*sorted(chars - set(slots)), *map(chr, _COMMON)]:
            if len(slots) < _OTHER and c not in slots:
                slots.append(c)
        slots.append(next(c for c in map(chr, range(0x100, 0x10000)) if c.isalpha() and c not in slots))
        return _Alphabet("".join(slots), "".join(sorted(chars)))

    def view(self, text: str) -> str:
        return codecs.charmap_encode(text, _ERRORS, self.encoding)[0].translate(self.table).decode("latin-1")


class KeywordGroups:
    """A language's automaton: the first word of every phrase of every group, at a word start
    or after one or two proclitics there, each tagged with its groups. The automaton is kept in
    the derived-data cache (:mod:`checker.language.derived`), keyed by the groups' words and the
    language's proclitics: a new process takes it from there instead of building it."""

    def __init__(self, lex):
        self.names = tuple(_GROUPS)
        tagged: dict[str, set[int]] = {}
        for n, name in enumerate(self.names):
            for w in _GROUPS[name](lex):
                key = phrase_key(w).translate(_LETTERS).split(" ", 1)[0] if w and w.strip() else ""
                if key:
                    tagged.setdefault(key, set()).add(n)
        self.automaton = None
        self.alphabet: _Alphabet | None = None
        # what each value the automaton stores stands for: (group, length of its word) pairs
        self.values: list[tuple[tuple[int, int], ...]] = []
        if tagged:
            self.automaton, self.alphabet, self.values = _cached_automaton(
                lex.lang, self.names, tagged, [phrase_key(p) for p in lex.proclitics])

    def scan(self, text: str) -> dict[str, list[int]]:
        """The sorted starts of each group's words in ``text`` (groups without a hit left out)."""
        if self.automaton is None:
            return {}
        found: list[list[int]] = [[] for _ in self.names]
        values = self.values
        # letters kept, everything else a space, and one space before the text: a word start
        # is a space followed by a letter, and an offset of the text is one less (and one after
        # it: a whole word's form ends with a space)
        alphabet = self.alphabet
        view = alphabet.view(" " + text + " ") if alphabet else " " + text.translate(_LETTERS) + " "
        for end, value in self.automaton.iter(view):
            for g, length in values[value]:
                found[g].append(end - length)
        return {self.names[g]: sorted(set(s)) for g, s in enumerate(found) if s}


Forms = tuple[dict[str, int], list[tuple[tuple[int, int], ...]]]


def _forms(names: tuple[str, ...], tagged: dict[str, set[int]], proclitics: list[str]) -> Forms:
    """Every form of every tagged word, alone or after one or two proclitics, behind a space,
    each with the index of its value: the groups it starts a word of, each with the length of
    the word (the shorter one when a form is one word and another after a proclitic: the later
    start; a group registered with ``own_starts`` keeps the length of its own word, and one
    registered with ``whole_words`` has the forms with a space after them, one longer)."""
    attached = {"", *proclitics, *(a + b for a in proclitics for b in proclitics)}
    shared: dict[str, tuple[int, set[int]]] = {}   # form -> (shortest key, groups)
    own: dict[str, dict[int, int]] = {}            # form -> {own-starts group: its shortest key}
    for key, groups in tagged.items():
        for pre in attached:
            form = f" {pre}{key}"
            for g in groups:
                if names[g] in _OWN:
                    whole = names[g] in _WHOLE
                    mine = own.setdefault(form + " " if whole else form, {})
                    mine[g] = min(mine.get(g, len(key) + whole), len(key) + whole)
                else:
                    length, gs = shared.get(form, (len(key), set()))
                    shared[form] = (min(length, len(key)), gs | {g})
    index: dict[tuple[tuple[int, int], ...], int] = {}
    forms = {}
    for form in sorted(shared.keys() | own.keys()):
        length, gs = shared.get(form, (0, set()))
        value = tuple(sorted([(g, length) for g in gs] + list(own.get(form, {}).items())))
        forms[form] = index.setdefault(value, len(index))
    return forms, list(index)


Built = tuple[ahocorasick.Automaton, "_Alphabet | None", list[tuple[tuple[int, int], ...]]]


def _build(forms: dict[str, int], values: list) -> Built:
    """The automaton of ``forms`` (each word read through its alphabet, when it has one)."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    alphabet = _Alphabet.of(forms)
    for form, value in forms.items():
        automaton.add_word(alphabet.view(form) if alphabet else form, value)
    automaton.make_automaton()
    return automaton, alphabet, values


def _cached_automaton(lang: str, names: tuple[str, ...], tagged: dict[str, set[int]], proclitics: list[str]) -> Built:
    """The automaton of :func:`_forms`, from the derived-data cache when a process has built it
    before: kept as the state the automaton pickles itself as (its library's build is part of the
    key), with its values and its alphabet's characters."""
    material = repr((names, sorted(_OWN), sorted(_WHOLE), sorted((k, sorted(g)) for k, g in tagged.items()), proclitics))
    kind = f"{_KIND}-{lang}"
    digest = derived.key(kind, material, derived.code_digest([__name__]), derived.file_digest(ahocorasick.__file__))
    kept = derived.load(kind, digest)
    if isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], tuple) and isinstance(kept[1], list):
        try:
            alphabet = _Alphabet(*kept[2]) if kept[2] is not None else None
            return ahocorasick.Automaton(*kept[0]), alphabet, kept[1]
        except Exception:  # noqa: BLE001 - an entry of another shape: built again below
            pass
    automaton, alphabet, values = built = _build(*_forms(names, tagged, proclitics))
    state = automaton.__reduce__()[1]
    derived.store(kind, digest, (state, values, None if alphabet is None else (alphabet.slots, alphabet.chars)))
    return built


@lru_cache(maxsize=32)
def _automaton(lex) -> KeywordGroups:
    return KeywordGroups(lex)


def starts(doc: Document, group: str) -> list[int]:
    """The starts, in ``doc.normalized.text``, of the words of keyword group ``group`` (empty
    when the article has none). The whole keyword pass runs once per article."""
    if group not in _GROUPS:
        raise KeyError(f"no keyword group named {group!r}")
    hits = doc.memo.get(_automaton)
    if hits is None:
        hits = doc.memo[_automaton] = _automaton(doc.lexicon).scan(doc.normalized.text)
    return hits.get(group, [])


def digits(doc: Document, last: int = 0) -> list[int]:
    """Where each run of digits starts in ``doc.normalized.text``; with ``last``, where each of
    the last ``last`` digits of each run stands (where a pattern taking up to that many digits
    and then no digit may start). Found once per article."""
    key = (digits, last)
    if key not in doc.memo:
        spans = doc.memo.get(_DIGIT_RUN)
        if spans is None:   # the runs found once, whatever ``last`` each caller asks
            spans = doc.memo[_DIGIT_RUN] = [m.span() for m in _DIGIT_RUN.finditer(doc.normalized.text)]
        doc.memo[key] = [i for s, e in spans for i in range(max(s, e - last), e)] if last else [s for s, _ in spans]
    return doc.memo[key]


def finditer_at(pattern: re.Pattern, text: str, places: list[int], lead: int = 1,
                pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, found by trying ``pattern`` only
    at each of the sorted ``places`` and up to ``lead`` characters before it. Gives the same
    matches when every match starts at most ``lead`` characters before one of ``places``.
    (Empty matches are not given.)"""
    end = len(text) if endpos is None else min(endpos, len(text))
    match = pattern.match
    tried = pos   # every start before this one was tried (or lies inside a match given)
    n = len(places)
    i = bisect.bisect_left(places, pos)
    while i < n:
        h = places[i]
        i += 1
        c = h - lead
        if c >= end:
            break
        if c < tried:
            c = tried
        stop = h if h < end - 1 else end - 1
        while c <= stop:   # windows of places side by side overlap: each start is tried once
            m = match(text, c, end)
            if m is not None and m.end() > c:
                yield m
                c = m.end()
            else:
                c += 1
        if c > tried:
            tried = c
