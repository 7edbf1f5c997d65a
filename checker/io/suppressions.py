"""Suppression comments: ``<!-- checker: ignore DATE001 -->`` and ``ignore-file``, in Markdown
and HTML inputs, as (rule prefix, start, end) ranges of the analysed text."""

from __future__ import annotations

import re

_NON_SPACE = re.compile(r"\S")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"\n")


class _Next:
    """Where ``pattern`` next matches in ``text`` at or after a position, for positions that never
    go back: a search is reused while the position stays before the match it found, so many
    comments in a row cost one scan of the text, not one each."""

    def __init__(self, pattern: re.Pattern[str], text: str):
        self.pattern, self.text = pattern, text
        self.since = self.at = -1

    def __call__(self, pos: int) -> int:
        if not self.since <= pos <= self.at:
            m = self.pattern.search(self.text, pos)
            self.since, self.at = pos, m.start() if m else len(self.text)
        return self.at


def suppression_ranges(text: str, comments: list[tuple[int, int, str, str]], blank_line_ends: bool) -> list[tuple[str, int, int]]:
    """``ignore`` covers the paragraph after the comment (or the rest of its line when text
    follows it); ``ignore-file`` the whole document. Linear in the text however many comments
    it holds (given in order)."""
    out = []
    non_space = _Next(_NON_SPACE, text)
    stop = _Next(_PARAGRAPH_END if blank_line_ends else _LINE_END, text)
    for start, end, kind, ids in comments:
        rules = [r.strip().upper() for r in re.split(r"[,\s]+", ids) if r.strip()]
        rng = (0, len(text)) if kind == "ignore-file" else (start, stop(non_space(end)))
        out.extend((r, rng[0], rng[1]) for r in rules)
    return out
