"""Whether a word is an ordinary word of its language: one of the words written at least about
once per million words of text, from wordfreq's "small" word lists (Wikipedia, subtitles, news,
books and the web; 57,000 Arabic forms, 29,000 English). A misspelt name is seldom such a word
("Kowlaski", `مخمد`), and two names one letter apart that both are ("Iran", "Iraq"; `تراب`,
`ترامب`) are more often two words than one slip.

Words are compared in the checker's own fold (:func:`checker.language.normalize.normalize_text`:
case, Arabic alef and hamza forms, diacritics), so a word of a text's normalised view is looked
up as it is. A list is loaded once per process, on first use (about 0.05 s and 12 MB for
Arabic; wordfreq itself is not imported, see :mod:`checker.language.wordlists`). For a
language wordfreq does not cover, :func:`known_word` answers ``None``: rules then keep to what
they decide without it.
"""

from __future__ import annotations

import functools
from typing import Iterable

from checker.language.normalize import normalize_text
from checker.language.wordlists import listed_words

_LIST = "small"


@functools.lru_cache(maxsize=None)
def word_list(lang: str) -> frozenset[str] | None:
    """The folded ordinary words of ``lang``, or ``None`` when wordfreq has no list for it."""
    words = listed_words(lang, _LIST)  # read without importing wordfreq (checker.language.wordlists)
    if words is None:
        return None
    return frozenset(normalize_text(w) for w in words)


def known_word(word: str, lang: str, folded: bool = False) -> bool | None:
    """``word`` (any case, folded or not; ``folded``: already in the checker's fold, as the words
    of a normalised view are) is an ordinary word of ``lang``; ``None`` when the language has no
    word list."""
    words = word_list(lang)
    if words is None:
        return None
    return (word if folded else normalize_text(word)) in words


def unknown_words(words: Iterable[str], lang: str) -> set[str] | None:
    """The words of ``words`` (already in the checker's fold) that are no ordinary word of
    ``lang``, by one set difference; ``None`` when the language has no word list."""
    known = word_list(lang)
    if known is None:
        return None
    return set(words) - known
