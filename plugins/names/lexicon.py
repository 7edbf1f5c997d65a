"""What the names family reads of the ``[names]`` language data, compiled once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import NOT_LETTER_BEFORE, alternation, keyword_finder, phrase_key, prefixes
from checker.language.regexes import compiled

WORD = compiled(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@dataclass
class NamesData:
    min_length: int
    endings: tuple[str, ...]
    final_letters: frozenset[str]
    final_pairs: frozenset[frozenset[str]]     # last letters, as written, of one name's two spellings
    capitals: bool
    alternations: tuple[tuple[str, str], ...]
    given: frozenset[str]
    particles: frozenset[str]
    office_of: dict[str, tuple[str, str]]       # written form -> (group, office)
    office_name: dict[str, str]                 # office -> its first written form
    offices: re.Pattern | None
    change: re.Pattern | None
    change_finder: re.Pattern | None            # where a change word stands: ``change`` is tried only there
    change_near: re.Pattern | None
    conjunctions: frozenset[str]
    compatible: frozenset[frozenset[str]]
    skip: frozenset[str]
    article: str
    possessive: tuple[str, ...]
    kin: re.Pattern | None                      # kinship words: two people of one family name
    distinct_given: frozenset[frozenset[str]]   # given names one letter apart that are two names
    not_same: re.Pattern | None                 # words that tell two people apart outright
    given_vowels: frozenset[str]                # a letter that, added, makes another given name
    thing_min_length: int
    place_before: frozenset[str]
    word_endings: tuple[str, ...] = ()                      # pronoun and plural endings of words
    swapped_endings: frozenset[frozenset[str]] = frozenset()     # two final letters swapped: one word's two forms
    drop_kept: frozenset[str] = frozenset()                      # a letter left out that makes another form
    group_endings: tuple[str, ...] = ()                     # endings of a noun with the article naming a group
    end_kept: frozenset[str] = frozenset()                       # a last letter left out that makes another form
    dot_kept: frozenset[frozenset[str]] = frozenset()            # two runs a dot apart: one word's two forms


@lru_cache(maxsize=32)
def names_data(lex) -> NamesData:
    d = lex.section("names", {})
    nm = names_lexicon(lex)
    office_of, office_name = {}, {}
    for group, table in d.get("offices", {}).items():
        if not isinstance(table, dict):
            continue
        for office, forms in table.items():
            office_name.setdefault(office, forms[0] if forms else office)
            for f in forms:
                office_of.setdefault(phrase_key(f), (group, office))
    roles = d.get("roles", {})
    v = lex.section("variants", {})

    def rx(words):
        alts = alternation(words)
        if not alts:
            return None
        # a word ends at a non-letter, or right after a full stop ("Adm.")
        return compiled(rf"{NOT_LETTER_BEFORE}(?:{alts})(?:(?<=\.)|(?![^\W\d_]))")

    return NamesData(
        min_length=int(d.get("variant_min_length", 4)),
        endings=tuple(phrase_key(e) for e in d.get("variant_endings", [])),
        final_letters=frozenset(phrase_key(e) for e in d.get("variant_final_letters", [])),
        final_pairs=frozenset(frozenset(p) for p in d.get("variant_final_pairs", [])),
        capitals=nm.capitals,
        alternations=tuple((phrase_key(a), phrase_key(b)) for a, b in d.get("alternations", [])),
        given=nm.given | nm.given_ambiguous,
        particles=nm.particles | nm.compound_first | nm.compound_last | nm.initials,
        office_of=office_of,
        office_name=office_name,
        offices=rx(office_of),
        change=rx(roles.get("change_words", [])),
        change_finder=keyword_finder(roles.get("change_words", [])),
        change_near=rx(roles.get("change_words", []) + roles.get("change_before", [])),
        conjunctions=frozenset(phrase_key(c) for c in roles.get("conjunctions", [])),
        compatible=frozenset(frozenset(p) for p in roles.get("compatible", [])),
        skip=frozenset(phrase_key(w) for w in roles.get("apposition_skip", [])),
        article=nm.article,
        possessive=tuple(p for p in nm.possessive if len(p) > 1),
        kin=rx(lex.section("names", {}).get("kin", [])),
        distinct_given=frozenset(frozenset(phrase_key(x) for x in p) for p in v.get("distinct_given", [])),
        not_same=compiled(rf"{NOT_LETTER_BEFORE}{prefixes(lex)}(?:{alternation(v['not_same'])})(?![^\W\d_])")
        if v.get("not_same") else None,   # (`ولا تربطه`: with a proclitic)
        given_vowels=frozenset(phrase_key(x) for x in v.get("given_vowels", [])),
        thing_min_length=int(v.get("thing_min_length", 6)),
        place_before=frozenset(phrase_key(x) for x in v.get("place_before", [])),
        word_endings=tuple(sorted({phrase_key(x) for x in v.get("word_endings", [])}, key=len, reverse=True)),
        group_endings=tuple(phrase_key(x) for x in v.get("group_endings", [])),
        swapped_endings=frozenset(frozenset(phrase_key(x) for x in p) for p in v.get("swapped_endings", [])),
        drop_kept=frozenset(phrase_key(x) for x in v.get("drop_kept", [])),
        end_kept=frozenset(phrase_key(x) for x in v.get("end_kept", [])),
        dot_kept=frozenset(frozenset(phrase_key(x) for x in p) for p in v.get("dot_kept", [])),
    )
