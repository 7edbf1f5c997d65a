"""Suppression comments: ``<!-- checker: ignore DATE001 -->`` and ``ignore-file``, in Markdown
and HTML inputs, as (rule prefix, start, end) ranges of the analysed text."""

from __future__ import annotations

import re


def suppression_ranges(text: str, comments: list[tuple[int, int, str, str]], blank_line_ends: bool) -> list[tuple[str, int, int]]:
    """``ignore`` covers the paragraph after the comment (or the rest of its line when text
    follows it); ``ignore-file`` the whole document."""
    out = []
    for start, end, kind, ids in comments:
        rules = [r.strip().upper() for r in re.split(r"[,\s]+", ids) if r.strip()]
        if kind == "ignore-file":
            rng = (0, len(text))
        else:
            rest = text[end:]
            m = re.search(r"\S", rest)
            first = end + (m.start() if m else len(rest))
            stop = re.compile(r"\n[ \t]*\n") if blank_line_ends else re.compile(r"\n")
            m2 = stop.search(text, first)
            rng = (start, m2.start() if m2 else len(text))
        out.extend((r, rng[0], rng[1]) for r in rules)
    return out
