"""Name mentions shared by all rules: the people (and, where capitals show them, organisations)
an article names, each mention grouped with the others of the same entity.

Arabic has no capital letters, so a name is found from the words around it: a title before it
(`الرئيس`, `وزير الإعلام السوري`, `العقيد`, `د.`), a verb of saying (`قال`, `أضاف`), or a known
given name (`حمزة المصطفى`); a name runs over given names, particles (`بن`, `أبو`, `آل`) and ends
with a family name (`الشملان`, `ترامب`). Every later use of a full name's last word is a mention
of that person (`وقال المصطفى`). Languages written with capitals take capitalised runs ("Jan
Kowalski", "Osama bin Laden", "Bank of England"), less the words capitalised for another reason
(a sentence's first word, months, weekdays, stopwords), with the title before them ("Finance
Minister", "Mr").

Every word is language data (``[names]`` in ``checker/lexicons/<lang>/names.toml``); ``capitals``
there says which of the two ways a language's names are found. Matching is done on the
normalised view and mapped back to exact offsets of ``doc.text``.
"""

from __future__ import annotations

from checker.core.document import Document
from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.clusters import mentions
from checker.extractors.name_mentions.data import NamesData, name_key, names_lexicon
from checker.extractors.name_mentions.model import NameMention
from checker.extractors.name_mentions.with_capitals import with_capitals
from checker.extractors.name_mentions.without_capitals import without_capitals

__all__ = ["NameMention", "NamesData", "extract_name_mentions", "name_key", "names_lexicon"]


def extract_name_mentions(doc: Document, facts=None) -> list[NameMention]:
    names = names_lexicon(doc.lexicon)
    if names.titles is None and not names.given and not names.capitals:
        return []
    b = Builder(doc, names)
    if names.capitals:
        with_capitals(b)
    else:
        without_capitals(b)
    return mentions(b)

