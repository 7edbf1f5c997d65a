"""Patterns over letters and digits that read most texts faster.

A :class:`LetterPattern` is written with ``{L}`` for a letter (what ``[^\\W\\d_]`` matches: a
letter or a number that is no decimal digit) and ``{D}`` for a decimal digit (``\\d``), and is
compiled twice: as written, and with both spelt out as the sets of the characters below U+0800
that they match (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana and N'Ko
letters and digits). Where every letter and digit of a text lies below U+0800, the two give the
same matches, and the second tests a character by a table instead of by its Unicode properties:
the pass over the text costs about a third less. Any other text is read by the first. Both are
compiled through the derived-data cache (:func:`checker.language.regexes.compiled`): the sets
spelt out, of a thousand characters, took a few milliseconds of every start to compile.
"""

from __future__ import annotations

import re

from checker.language.regexes import compiled

_LOW = 0x800   # the characters the spelt-out sets hold: those below it
_HIGH = re.compile("[^\x00-\u07ff]")


def _ranges(test) -> str:
    """The characters below ``_LOW`` that ``test`` holds for, as the ranges of a character set."""
    out, start = [], None
    for c in range(_LOW + 1):
        if c < _LOW and test(chr(c)):
            start = c if start is None else start
        elif start is not None:
            a, b = re.escape(chr(start)), re.escape(chr(c - 1))
            out.append(a if start == c - 1 else f"{a}-{b}")
            start = None
    return "".join(out)


LETTER, DIGIT = r"[^\W\d_]", r"\d"
_LOW_LETTER = f"[{_ranges(lambda ch: ch.isalnum() and not ch.isdecimal())}]"   # \w less \d and "_"
_LOW_DIGIT = f"[{_ranges(str.isdecimal)}]"

_last: tuple[str | None, bool] = (None, False)


def low_letters(text: str) -> bool:
    """Every letter and digit of ``text`` lies below U+0800 (the answer for the last text asked
    about is kept: the passes over one article ask about the same text)."""
    global _last
    if _last[0] is text:
        return _last[1]
    low = text.isascii() or not any(c.isalnum() for c in set(_HIGH.findall(text)))
    _last = (text, low)
    return low


class LetterPattern:
    """A pattern of ``{L}`` and ``{D}`` compiled both ways; :meth:`on` gives the one to read a text
    with."""

    __slots__ = ("full", "low")

    def __init__(self, template: str, flags: int = 0):
        def spelt(letter: str, digit: str) -> str:
            return template.replace("{L}", letter).replace("{D}", digit)

        self.full = compiled(spelt(LETTER, DIGIT), flags)
        self.low = compiled(spelt(_LOW_LETTER, _LOW_DIGIT), flags)

    def on(self, text: str) -> re.Pattern:
        return self.low if low_letters(text) else self.full
