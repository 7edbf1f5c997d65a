"""The schema of the language data grouping reads: ``[transliteration]``, how the names of a
language are reduced to a key that a name written in another script reduces to as well."""

from checker.language.schema import Section, Str, Words


class Transliteration(Section):
    """``[transliteration]``: a consonant skeleton of a name. ``digraphs`` are replaced first
    (English "sh", "kh"), then every letter of ``letters`` by its Latin class; a letter not listed
    (a vowel, a long vowel, a hamza carrier) is dropped, and a doubled class is written once.
    ``prefixes`` (an article: ``ال``, "al-") are removed from the start of a word first, ``final`` letters from its end (the
    ta marbuta Arabic normalises to ``ه``, a Latin final "h")."""

    digraphs: dict[Str, Str] = {}
    letters: dict[Str, Str] = {}
    prefixes: Words = []
    final: Words = []


SCHEMAS = {"transliteration": Transliteration}
