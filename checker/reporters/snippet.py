"""The source line of a finding with a caret line under its span, as a compiler prints it.

Widths are display widths (``wcwidth``: a wide CJK character takes two cells, an Arabic
diacritic or any other combining mark none), so the carets stand under the span's characters on
a terminal that shows a line in the order it is stored in. A tab is shown as four spaces and
other control characters are left out, each counted as it is shown. A line wider than ``width``
is cut around the span, with ``…`` where text was left out.

A line that holds right-to-left text (Arabic) is printed inside a first-strong isolate (FSI …
PDI) so that it cannot reorder the gutter before it. The carets count cells in stored order; a
terminal that reorders right-to-left text itself can show them away from the span, which is why
the text format also quotes the span's own text on the line after the carets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

FSI, PDI = "\u2068", "\u2069"
ELLIPSIS = "…"
_RTL = {"R", "AL", "RLE", "RLO", "RLI"}


@dataclass(frozen=True)
class Snippet:
    line: int          # 1-based line number in the shown text
    source: str        # the (possibly cut) line as printed, isolated when it holds right-to-left text
    carets: str        # spaces then carets, aligned under the span


def _narrow(ch: str) -> bool:
    """``ch`` lies in Latin-1, the Arabic block or the common general punctuation, where wcwidth
    gives a combining mark, the zero-width non-joiner and joiner no cell and any other character
    one (every character of them is tested against wcwidth)."""
    return ("\u00a0" <= ch <= "\u00ff" or "\u0600" <= ch <= "\u06ff" or "\u200c" <= ch <= "\u200d"
            or "\u2010" <= ch <= "\u2027" or "\u2030" <= ch <= "\u205e")


def _cell(ch: str) -> tuple[str, int]:
    """What one character is shown as, and how many cells that takes."""
    if " " <= ch <= "~":
        return ch, 1   # printable ASCII: one cell, as wcwidth says, without loading its tables
    if ch == "\t":
        return "    ", 4
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf") and ch not in "\u200c\u200d":
        return "", 0   # control and format characters (bidi marks among them) are not shown
    if _narrow(ch):
        return ch, 0 if category in ("Mn", "Me") or ch in "\u200c\u200d" else 1
    # wcwidth's tables load at the first character of no range above: a start-up cost (10 ms)
    # avoided for a text in ASCII, Arabic and the common punctuation
    from wcwidth import wcwidth

    w = wcwidth(ch)
    return ch, max(w, 0)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def line_bounds(text: str, offset: int) -> tuple[int, int, int]:
    """(line number, start, end) of the line holding ``offset``; ``end`` excludes the line break."""
    offset = max(0, min(offset, len(text)))
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if end > start and text[end - 1] == "\r":
        end -= 1
    return text.count("\n", 0, start) + 1, start, end


def snippet(text: str, start: int, end: int, width: int = 100) -> Snippet:
    """The line of ``text`` that holds ``start``, and carets under ``[start, end)`` (to the end of
    that line when the span goes on past it; one caret for an empty span)."""
    number, ls, le = line_bounds(text, start)
    end = min(max(end, start), le)
    cells = [_cell(ch) for ch in text[ls:le]]
    a, b = start - ls, end - ls
    first, last = _window(cells, a, b, width)
    shown, marks = [], []
    if first > 0:
        shown.append(ELLIPSIS)
        marks.append(" ")
    for i in range(first, last):
        s, w = cells[i]
        shown.append(s)
        marks.append(("^" if a <= i < b else " ") * w)
    if last < len(cells):
        shown.append(ELLIPSIS)
    carets = "".join(marks)
    if a >= b or "^" not in carets:   # an empty span, or one of characters that take no cell
        pad = sum(w for _, w in cells[first:min(a, last)]) + (1 if first > 0 else 0)
        carets = " " * pad + "^"
    source = "".join(shown)
    if has_rtl(source):
        source = FSI + source + PDI
    return Snippet(number, source, carets.rstrip())


def _window(cells: list[tuple[str, int]], a: int, b: int, width: int) -> tuple[int, int]:
    """The [first, last) characters to show: the whole line when it fits in ``width`` cells,
    else the span (its start at least) with as much context on each side as fits."""
    total = sum(w for _, w in cells)
    if total <= width:
        return 0, len(cells)
    budget = width - 2   # room for the two ellipses
    first = a
    last = a
    used = 0
    while last < len(cells) and (last < b or used < budget // 3 * 2) and used + cells[last][1] <= budget:
        used += cells[last][1]
        last += 1
    while first > 0 and used + cells[first - 1][1] <= budget:
        first -= 1
        used += cells[first][1]
    while last < len(cells) and used + cells[last][1] <= budget:
        used += cells[last][1]
        last += 1
    if last == a:   # not even the span's first character fits
        last = min(a + 1, len(cells))
    return first, last


def display_width(text: str) -> int:
    """Cells ``text`` takes on a terminal (as :func:`snippet` counts them)."""
    return sum(_cell(ch)[1] for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` display cells."""
    return text + " " * max(0, width - display_width(text))
