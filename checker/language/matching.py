"""Regular expressions built from language data: whole words and phrases, matched on the
normalised view, with the attached prefixes a language writes (Arabic و ب ل ف ك and the
article ال). Shared by every extractor and rule that looks for words from a lexicon."""

from __future__ import annotations

import re
from typing import Iterable

from checker.language.normalize import normalize_text

WS = r"[^\S\r\n]"                      # a space within a line
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"    # a word starts here (a digit may touch it)
NOT_LETTER_AFTER = r"(?![^\W\d_])"      # a word ends here


def phrase_key(words: str) -> str:
    """The normalised form of a word or phrase, single-spaced: the key lexicon tables use."""
    return " ".join(normalize_text(words).split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of normalised words and phrases, longest first; a space in a phrase
    matches any run of spaces. Empty when there are no words."""
    keys = sorted({phrase_key(w) for w in words if w and w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", WS + "+") for k in keys)


def prefixes(lex, article: bool = False) -> str:
    """An optional group for what a language attaches before a word: its proclitics (one or two)
    and, with ``article``, its definite article (``[script] article``)."""
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    art = normalize_text(lex.section("script", {}).get("article", "")) if article else ""
    art_rx = f"(?:{re.escape(art)})?" if art else ""
    if not pro:
        return art_rx
    return f"(?:[{pro}]{{1,2}})?{art_rx}" if article else f"(?:[{pro}])?"


def word_regex(lex, words: Iterable[str], group: str = "w", article: bool = False) -> re.Pattern | None:
    """Whole words or phrases from ``words`` (named group ``group``), with the language's attached
    prefixes before them; None when there are no words."""
    alts = alternation(words)
    if not alts:
        return None
    return re.compile(rf"{NOT_LETTER_BEFORE}{prefixes(lex, article)}(?P<{group}>{alts}){NOT_LETTER_AFTER}")
