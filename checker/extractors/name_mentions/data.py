"""The ``[names]`` language data of a lexicon, compiled once: titles, verbs of saying, given
names, particles, stopwords; and the comparison key of a family name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.keywords import finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.matching import (
    NOT_LETTER_AFTER, NOT_LETTER_BEFORE, phrase_key, proclitic_letters, proclitic_prefix, trie_alternation,
)
from checker.language.normalize import fold_char, normalize_text
from checker.language.regexes import compiled


@dataclass
class NamesData:
    capitals: bool
    article: str
    nisba: tuple[str, ...]
    not_family_endings: tuple[str, ...]
    titles: re.Pattern | None
    construct: frozenset[str]
    title_forms: dict[str, str]     # every written form matched (contractions too) -> the title
    abbreviated: frozenset[str]
    verbs: frozenset[str]
    particles: frozenset[str]
    hyphen_particles: frozenset[str]   # particles read only before a hyphen ("as-Sadr", not "Dalby as Corrie")
    title_endings: tuple[str, ...]   # endings a title takes in a sentence (`رئيساً`)
    compound_first: frozenset[str]
    compound_last: frozenset[str]
    initials: frozenset[str]
    given: frozenset[str]
    given_ambiguous: frozenset[str]
    exact: dict[str, str]
    stop: frozenset[str]
    months: frozenset[str]          # month names: a given name too when a capitalised word follows ("Jan Kowalski")
    adjectives: frozenset[str]
    bodies: frozenset[str]          # bodies a title's complement may name, though they end names
    connectors: frozenset[str]
    possessive: tuple[str, ...]
    pronoun_endings: tuple[tuple[str, str], ...]   # (attached pronoun, what the noun ends with alone)
    proclitics: str
    conjunctions: str               # proclitics that mean "and": a name does not go on after them
    contractions: tuple[tuple[str, str], ...]
    place_nouns: frozenset[str]     # "مدينة", "منظمة": a place's or an organisation's name follows
    body_nouns: frozenset[str]      # place_nouns and institutions: nouns no person's name ends with
    dot_pairs: frozenset[frozenset[str]] = frozenset()   # two letters told apart only by their dots
    lineage: frozenset[str] = frozenset()    # "son of" (`بن`): an ambiguous given name before it is one
    sound_alike: tuple[tuple[str, str], ...] = ()   # letters one name's spellings put for each other
    title_lead: int = 0                      # proclitics a title may carry before its words
    kin: frozenset[str] = frozenset()        # words of kinship ("his brother Karim Haddad")
    apposition_close: frozenset[str] = frozenset()   # after a name set off by commas: the reported clause (`إن`)
    transliterations: tuple[tuple[str, str], ...] = ()   # two spellings of one sound, both ways ("ee", "i")
    agents: frozenset[str] = frozenset()     # "by" after a participle: the doer named after it is described
    post_nominals: frozenset[str] = frozenset()   # letters after a name, no part of it ("KC")

    def title_matches(self, doc) -> list[re.Match]:
        """The matches of ``titles`` in ``doc.normalized.text``, as ``titles.finditer`` gives
        them, found by trying the pattern only where the keyword pass found a title's first word
        (after two proclitics at most: the pattern starts that far before it)."""
        if self.titles is None:
            return []
        return list(finditer_at(self.titles, doc.normalized.text, keyword_starts(doc, TITLES), self.title_lead))


@lru_cache(maxsize=1 << 16)   # a word's marks do not depend on the article: the same words recur
def strip_marks(word: str) -> str:
    """``word`` with its accents folded ("Teotitlán" → "Teotitlan"), as a family name's key is."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=32)
def names_lexicon(lex) -> NamesData:
    """The ``[names]`` language data of a lexicon, compiled once."""
    d = lex.section("names", {})
    offices = [f for group in d.get("offices", {}).values() if isinstance(group, dict)
               for forms in group.values() for f in forms]
    all_titles = list(d.get("titles", [])) + list(d.get("honorifics", [])) + \
        list(d.get("construct_titles", [])) + offices
    forms: dict[str, str] = {}
    for t in all_titles:
        k = phrase_key(t)
        if k:
            forms.setdefault(k, k)
            for v in lex.variants(k):
                forms.setdefault(v, k)
    titles = None
    keys = {phrase_key(f) for f in forms if f.strip()}   # as ``alternation`` would key them
    if forms:  # a title ends with a full stop ("Dr.") or where the word does
        titles = compiled(rf"{NOT_LETTER_BEFORE}{proclitic_prefix(lex, 2)}(?P<w>{trie_alternation(keys)})"
                          rf"(?:(?<=\.)|{NOT_LETTER_AFTER})")
    months = {phrase_key(m.name) for m in lex.month_names}
    ambiguous_months = {phrase_key(m.name) for m in lex.month_names if m.ambiguous}   # "رجب" is a name too
    weekdays = {phrase_key(w) for names in lex.section("weekdays", {}).values() if isinstance(names, list) for w in names}
    stop = {phrase_key(w) for w in d.get("stopwords", []) + d.get("not_names", []) + d.get("saying_verbs", [])
            + d.get("post_nominals", [])}
    stop |= (months - ambiguous_months) | weekdays
    return NamesData(
        capitals=bool(d.get("capitals", False)),
        article=phrase_key(d.get("article", "")),
        nisba=tuple(phrase_key(e) for e in d.get("nisba_endings", [])),
        not_family_endings=tuple(phrase_key(e) for e in d.get("not_family_endings", [])),
        titles=titles,
        construct=frozenset(phrase_key(t) for t in d.get("construct_titles", [])),
        title_forms=forms,
        abbreviated=frozenset(phrase_key(t) for t in all_titles if t.endswith(".")),
        verbs=frozenset(phrase_key(v) for v in d.get("saying_verbs", [])),
        particles=frozenset(phrase_key(p) for p in d.get("particles", [])),
        hyphen_particles=frozenset(phrase_key(p) for p in d.get("hyphen_particles", [])),
        title_endings=tuple(phrase_key(e) for e in d.get("title_endings", [])),
        compound_first=frozenset(phrase_key(p) for p in d.get("compound_first", [])),
        compound_last=frozenset(phrase_key(p) for p in d.get("compound_last", [])),
        initials=frozenset(phrase_key(p) for p in d.get("initials", [])),
        given=frozenset(phrase_key(g) for g in d.get("given_names", [])),
        given_ambiguous=frozenset(phrase_key(g) for g in d.get("given_names_ambiguous", [])),
        exact={phrase_key(w): w for w in d.get("exact_forms", [])},
        stop=frozenset(stop - months if d.get("capitals") else stop),
        months=frozenset(months | weekdays),
        adjectives=frozenset(phrase_key(a) for a in d.get("office_adjectives", [])),
        bodies=frozenset(phrase_key(a) for a in d.get("title_bodies", [])),
        connectors=frozenset(phrase_key(c) for c in d.get("connectors", [])),
        possessive=tuple(sorted((phrase_key(p) for p in d.get("possessive_endings", [])), key=len, reverse=True)),
        pronoun_endings=tuple(sorted(((phrase_key(a), phrase_key(b)) for a, _, b in
                                      (e.partition(">") for e in d.get("pronoun_endings", []))),
                                     key=lambda p: -len(p[0]))),
        proclitics=proclitic_letters(lex),
        conjunctions="".join(c for c in (phrase_key(w) for w in d.get("roles", {}).get("conjunctions", []))
                             if len(c) == 1 and c in proclitic_letters(lex)),
        contractions=tuple((phrase_key(a), phrase_key(b)) for a, b in lex.section("script", {}).get("contractions", [])),
        place_nouns=frozenset(phrase_key(w) for w in d.get("place_nouns", [])),
        body_nouns=frozenset(phrase_key(w) for w in d.get("place_nouns", []) + d.get("institutions", [])),
        dot_pairs=frozenset(frozenset((a, b)) for group in d.get("dot_letters", [])
                            for a in group for b in group if a != b),
        title_lead=2 if proclitic_letters(lex) else 0,
        lineage=frozenset(phrase_key(p) for p in d.get("lineage_particles", [])),
        sound_alike=tuple((normalize_text(a), normalize_text(b)) for a, b in (p[:2] for p in d.get("sound_alike", []) if len(p) >= 2)),
        kin=frozenset(phrase_key(w) for w in d.get("kin", [])),
        apposition_close=frozenset(phrase_key(w) for w in d.get("apposition_close", [])),
        transliterations=tuple(p for a, b in d.get("transliterations", [])
                               for p in ((phrase_key(a), phrase_key(b)), (phrase_key(b), phrase_key(a)))),
        agents=frozenset(phrase_key(w) for w in d.get("agent_words", [])),
        post_nominals=frozenset(phrase_key(w) for w in d.get("post_nominals", [])),
    )


def article_given(nm: NamesData, w: str) -> bool:
    """``w`` is a known given name with the article, as the Maghreb and Sudan write some
    (`المهدي القادري`, `الطيب صالح`): a name's first word only where a title or a verb cues it."""
    a = nm.article
    return bool(a) and w.startswith(a) and (w[len(a):] in nm.given or w[len(a):] in nm.given_ambiguous)


def transliterated(w: str, names: NamesData) -> list[str]:
    """``w`` with one of the language's transliteration pairs written the other way ("Khamdee",
    "Khamdi")."""
    out = []
    for x, y in names.transliterations:
        i = w.find(x)
        while i >= 0:
            out.append(w[:i] + y + w[i + len(x):])
            i = w.find(x, i + 1)
    return out


#: every written form of a title (each starts with a letter, as the keyword pass reads words)
# every match of ``titles`` reads its first word whole (a full stop or no letter after it)
TITLES = register("names.titles", lambda lex: list(names_lexicon(lex).title_forms), own_starts=True, whole_words=True)


def dot_slip(w: str, c: str, nm: NamesData) -> bool:
    """``w`` is ``c`` with one letter written for another that differs from it only by its dots
    (`مخمد`, `محمد`)."""
    if not nm.dot_pairs or len(w) != len(c):
        return False
    diff = [(x, y) for x, y in zip(w, c) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in nm.dot_pairs


def letters(word: str) -> str:
    """``word`` as written, less what the normaliser drops (diacritics, tatweel, invisible marks)."""
    return "".join(c for c in word if fold_char(c))


def not_as_written(names: "NamesData", folded: str, written: str) -> bool:
    """Whether ``written`` (the original text of a word whose fold is ``folded``) is another word
    folded to a name that must be written exactly: `على` folds to `علي`, but only `علي` is Ali."""
    exact = names.exact.get(folded)
    return exact is not None and letters(written) != letters(exact)


def name_key(word: str, names: NamesData) -> str:
    """A normalised family name as compared: without an article or a particle, accents folded."""
    w = strip_marks(word)
    if "-" in w:
        head, _, rest = w.partition("-")
        if head in names.particles and rest:
            w = rest
    if names.article and w.startswith(names.article) and len(w) > len(names.article) + 2:
        w = w[len(names.article):]
    return w


_PREFIXED: dict[int, tuple[object, dict[str, str]]] = {}


def prefixed_forms(known, names: "NamesData") -> dict[str, str]:
    """Every written form of the words in ``known`` with one or two attached proclitics, or a
    contraction ("للرئاسة"), mapped to the word: built once per set of words."""
    cached = _PREFIXED.get(id(known))
    if cached is not None and cached[0] is known:
        return cached[1]
    table: dict[str, str] = {}
    pro = names.proclitics
    words = sorted(known)
    # where two readings give one written form, the first wins: one proclitic, then a contraction
    # ("للفولغا" is "ل" + "الفولغا"), then two proclitics; the same whatever the order of ``known``
    for k in words:
        if len(k) > 2:
            for p1 in pro:
                table.setdefault(p1 + k, k)
    for k in words:
        for full, short in names.contractions:
            if k.startswith(full):
                table.setdefault(short + k[len(full):], k)
    for k in words:
        if len(k) > 2:
            for p1 in pro:
                for p2 in pro:
                    table.setdefault(p1 + p2 + k, k)
    if isinstance(known, frozenset):  # a language's own sets live as long as its lexicon
        if len(_PREFIXED) > 256:
            _PREFIXED.clear()
        _PREFIXED[id(known)] = (known, table)
    return table


def titled_word(nm: NamesData, w: str) -> bool:
    """``w`` is a title as written, or with an ending of a title in a sentence (`رئيساً`)."""
    return w in nm.title_forms or any(w.endswith(e) and w[:-len(e)] in nm.title_forms for e in nm.title_endings)
