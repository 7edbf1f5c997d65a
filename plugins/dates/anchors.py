"""Where the dates family's patterns may start, from the keyword pass
(:mod:`checker.extractors.keywords`): the words elapsed times open with."""

from __future__ import annotations

from checker.extractors.keywords import digits, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.normalize import normalize_text


def _elapsed_words(lex) -> list[str]:
    d = lex.section("durations", {})
    return [*d.get("units", {}), *(w for k in ("more", "less", "about", "ago_before", "after_before") for w in d.get(k, [])),
            *lex.section("numbers", {}).get("words", {})]


# an elapsed time starts at its qualifier, number or unit, or at the word before them (`قبل`,
# `بعد`, after one proclitic at most): one of these words, or one of the last three digits of a
# run (its number is one to three digits, then a space)
_MOST_DIGITS = 3
_ELAPSED = register("dates.elapsed", _elapsed_words)


def elapsed_places(doc) -> list[int] | None:
    """Where an elapsed time may start; None when the language's clitics are not all proclitics
    (the keyword pass finds words after proclitics only)."""
    clitics = {normalize_text(c) for c in doc.lexicon.section("durations", {}).get("after_before_clitics", [])}
    if not clitics <= {normalize_text(p) for p in doc.lexicon.proclitics}:
        return None
    return sorted({*digits(doc, last=_MOST_DIGITS), *keyword_starts(doc, _ELAPSED)})
