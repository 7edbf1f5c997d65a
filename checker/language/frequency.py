"""Whether a word is an ordinary word of its language: one of the words written at least about
once per million words of text, from wordfreq's "small" word lists (Wikipedia, subtitles, news,
books and the web; 57,000 Arabic forms, 29,000 English). A misspelt name is seldom such a word
("Kowlaski", `مخمد`), and two names one letter apart that both are ("Iran", "Iraq"; `تراب`,
`ترامب`) are more often two words than one slip.

Words are compared in the checker's own fold (:func:`checker.language.normalize.normalize_text`:
case, Arabic alef and hamza forms, diacritics), so a word of a text's normalised view is looked
up as it is. A list is loaded once per process, on first use (about 12 MB for Arabic; wordfreq
itself is not imported, see :mod:`checker.language.wordlists`), from the derived-data cache
when an earlier process has folded it (0.01 s for Arabic, against 0.05 s to read and fold it). For a
language wordfreq does not cover, :func:`known_word` answers ``None``: rules then keep to what
they decide without it.
"""

from __future__ import annotations

import functools
from typing import Iterable

from checker.language import derived
from checker.language.normalize import normalize_text
from checker.language.wordlists import frequent_words, list_file, listed_words

_LIST = "small"
_KIND = "words-"


@functools.lru_cache(maxsize=None)
def word_list(lang: str) -> frozenset[str] | None:
    """The folded ordinary words of ``lang``, or ``None`` when wordfreq has no list for it. Kept
    folded in the derived-data cache (:mod:`checker.language.derived`), keyed by the list file's
    content and the fold's code."""
    source = list_file(lang, _LIST)
    digest = None
    if source is not None:
        try:
            digest = derived.key(_KIND, lang, _LIST, derived.file_digest(source),
                                 derived.code_digest([__name__, normalize_text.__module__]))
        except OSError:
            digest = None
        joined = derived.load(_KIND + lang, digest) if digest else None
        if isinstance(joined, str):
            return frozenset(joined.split("\n"))
    words = listed_words(lang, _LIST)  # read without importing wordfreq (checker.language.wordlists)
    if words is None:
        return None
    folded = _folded(words)
    if digest and not any("\n" in w for w in folded):
        derived.store(_KIND + lang, digest, "\n".join(sorted(folded)))
    return folded


def _folded(words: list[str]) -> frozenset[str]:
    """``normalize_text`` of every word: of all of them at once, one per line, when no word
    holds a line break (the fold reads one character at a time and keeps line breaks)."""
    if any("\n" in w for w in words):
        return frozenset(normalize_text(w) for w in words)
    return frozenset(normalize_text("\n".join(words)).split("\n"))


@functools.lru_cache(maxsize=None)
def common_words(lang: str, zipf: float = 4.0) -> frozenset[str]:
    """The folded words of ``lang`` used about ten times per million words or more (Zipf
    ``zipf``): a word so common that one written once one letter from it, no word itself, is
    likelier its slip than a rare word the list lacks (`نوفمير` for `نوفمبر`, not `المنتحبين`
    beside `المنتخبين`). Read on first use only; empty without a list."""
    words = frequent_words(lang, zipf)
    return _folded(words) if words else frozenset()


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
