"""The name fact: one mention of a name, grouped with the others of the same entity."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NameMention:
    """One mention of a name. ``start``/``end`` cover the name as written (an attached Arabic
    proclitic and an English possessive ending excluded); ``tokens`` are its words, normalised;
    ``spans`` the original ``(start, end)`` of each word. ``surname`` is the normalised last word
    and ``key`` the same without an article or particle and with Latin accents folded (the form to
    compare spellings by). ``full`` is true for a given name with a family name, false for a
    family name alone; ``person`` is false for names joined by a connector ("Bank of England") and places.
    ``title`` is the normalised title before the name (``"وزير الاعلام السوري"``, ``"finance
    minister"``, ``"mr"``), with its span; ``cue`` says what showed the name: ``title``,
    ``verb`` (a verb of saying before it), ``given`` (a known given name), ``capitals``,
    ``surname`` (the last word of a full name found elsewhere), ``again`` (a full name found
    elsewhere, written again word for word), ``near`` (in a language without
    capitals, a word written once that is such a family name with two neighbouring letters
    swapped or a doubled letter written once or twice: a slip, `الشبريني` for `الشربيني`; or a
    word written once, no word of the language, one letter from a word of a name found) or
    ``place`` (in a language without capitals, the name after a common noun of places and
    organisations, `مدينة`, `منظمة`, and its other uses; never a person) or ``unknown`` (in a
    language without capitals, a word with the article that the text writes twice or more and
    that is no word of the language: a name of someone or something, not known to be a person).
    ``speaker`` is true next to a verb
    of saying. ``cluster`` is one id per entity: a full name, and its family name alone, with a
    title or with "Mr", share one."""

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    surname: str
    key: str
    full: bool
    person: bool
    title: str | None
    title_start: int | None
    title_end: int | None
    cue: str
    speaker: bool
    cluster: int



def new_mention(fields: dict) -> NameMention:
    """A :class:`NameMention` of ``fields`` (every field, by name): the object the constructor
    makes, without the frozen class's assignment of one field at a time (most of the cost of
    making one)."""
    m = object.__new__(NameMention)
    m.__dict__.update(fields)
    return m
