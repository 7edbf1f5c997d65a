"""The pattern of the role forms of ``[role_sets]``: phrases factored by their common beginnings,
the longest winning, with an optional attached proclitic."""

from __future__ import annotations

import re

from checker.language.matching import NOT_LETTER_BEFORE, phrase_key, proclitic_letters


def _trie(keys) -> str:
    """An alternation of phrases factored by their common beginnings (fast to try at every
    position); the longest phrase wins; a space matches a run of spaces."""
    root: dict = {}
    for k in keys:
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"[^\S\r\n]+" if ch == " " else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def forms_rx(words, lex=None) -> re.Pattern | None:
    alts = _trie({phrase_key(w) for w in words if w and w.strip()})
    if not alts:
        return None
    pro = f"[{re.escape(proclitic_letters(lex))}]?" if lex is not None and proclitic_letters(lex) else ""
    return re.compile(rf"{NOT_LETTER_BEFORE}{pro}(?P<w>{alts})(?:(?<=\.)|(?![^\W\d_]))")
