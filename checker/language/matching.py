"""Regular expressions built from language data: whole words and phrases, matched on the
normalised view, with the attached prefixes a language writes (Arabic و ب ل ف ك and the
article ال). Shared by every extractor and rule that looks for words from a lexicon.

One function per job: :func:`phrase_key` normalises a word or phrase of the data,
:func:`matched_key` the text a pattern matched on the normalised view, :func:`phrase_table`
keys a table of the data by normalised phrase, :func:`alternation` builds the alternation of
words (:func:`trie_alternation` the same as a prefix tree, for long lists), :func:`optional_words`
an optional run of words before something, :func:`proclitic_prefix` the optional attached
prefixes, :func:`whole_word` and :func:`word_regex` a whole word, and :func:`punctuation_class`
a class of the language's sentence or clause punctuation. :func:`keyword_finder` and
:func:`finditer_near` run a pattern that opens with a look-behind only where its words stand.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

WS = r"[^\S\r\n]"                      # a space within a line
ANY_SPACE = r"\s+"                      # a run of spaces that may cross a line
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"    # a word starts here (a digit may touch it)
NOT_LETTER_AFTER = r"(?![^\W\d_])"      # a word ends here
NEVER = r"(?!x)x"                       # a pattern that matches nothing


def phrase_key(words: str) -> str:
    """The normalised form of a word or phrase, single-spaced: the key lexicon tables use."""
    return " ".join(normalize_text(words).split())


def matched_key(text: str) -> str:
    """The table key of text a pattern matched on the normalised view (already normalised):
    its runs of spaces made one space."""
    return " ".join(text.split())


def phrase_table(table: Mapping[str, Any] | Iterable[tuple[str, Any]],
                 convert: Callable[[Any], Any] | None = None, first: bool = False) -> dict[str, Any]:
    """A table of the data keyed by :func:`phrase_key`, its values passed through ``convert``.
    ``table`` is a mapping or (phrase, value) pairs; with ``first`` the first value of a key
    wins, else the last."""
    items = table.items() if isinstance(table, Mapping) else table
    out: dict[str, Any] = {}
    for phrase, value in items:
        key = phrase_key(phrase)
        if first and key in out:
            continue
        out[key] = convert(value) if convert is not None else value
    return out


def alternation(words: Iterable[str], space: str = WS + "+") -> str:
    """A regex alternation of normalised words and phrases, longest first; a space in a phrase
    matches ``space`` (default: any run of spaces within a line). Empty when there are no
    words."""
    # longest first, then in code point order: the same pattern in every process
    keys = sorted(sorted({phrase_key(w) for w in words if w and w.strip()}), key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", space) for k in keys)


def anchor(phrases: Iterable[str], flags: int = 0) -> re.Pattern | None:
    """A pattern of the longest word of each phrase (normalised, as :func:`alternation` writes
    it): a text it finds nothing in holds none of the phrases, so a costlier pattern built of them
    need not be run there. None when there are no phrases, or one holds no word."""
    words = set()
    for phrase in phrases:
        split = phrase_key(phrase).split()
        if not split:
            return None
        words.add(max(split, key=len))
    if not words:
        return None
    return compiled("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))), flags)


def trie_alternation(keys: Iterable[str], space: str = WS + "+") -> str:
    """The alternation of :func:`alternation` over keys already normalised (single-spaced),
    written as a prefix tree: ``jan(?:uary)?|ju(?:ne?|ly?)`` rather than one branch per key, so
    that the regex engine reads a character once where the keys share it instead of trying every
    key at every position. It matches what the flat alternation, longest first, matches: keys
    that share a prefix lie on one branch, where the longer continuation is tried first. A
    space in a key matches ``space``. Empty when there are no keys."""
    tree: dict = {}
    for key in sorted(keys):   # branches in code point order: the same pattern in every process
        if not key:
            continue
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def optional_words(alts: str, after: str = WS + "*") -> str:
    """An optional group of one of the words of alternation ``alts`` followed by ``after``
    (default: any spaces); empty when ``alts`` is."""
    return f"(?:(?:{alts}){after})?" if alts else ""


def proclitic_letters(lex) -> str:
    """The normalised proclitics of a language, one string of letters (empty when it has none)."""
    return "".join(normalize_text(p) for p in lex.proclitics)


def proclitic_prefix(lex, most: int = 1, group: str | None = None) -> str:
    """An optional group for the proclitics a language attaches before a word, at most ``most``
    of them. With ``group``, a named group that is present (and empty) even for a language
    without proclitics; without, an empty string then."""
    letters = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    count = "" if most == 1 else f"{{1,{most}}}"
    if group is not None:
        return f"(?P<{group}>[{letters}]{count})?" if letters else f"(?P<{group}>)"
    return f"(?:[{letters}]{count})?" if letters else ""


def prefixes(lex, article: bool = False) -> str:
    """An optional group for what a language attaches before a word: its proclitics (one or two)
    and, with ``article``, its definite article (``[script] article``)."""
    art = normalize_text(lex.section("script", {}).get("article", "")) if article else ""
    art_rx = f"(?:{re.escape(art)})?" if art else ""
    if not lex.proclitics:
        return art_rx
    return proclitic_prefix(lex, 2) + art_rx if article else proclitic_prefix(lex)


def whole_word(body: str, prefix: str = "") -> str:
    """``body`` (a pattern) as a whole word: no letter touches it on either side, ``prefix``
    (attached letters such as :func:`proclitic_prefix`) excepted."""
    return f"{NOT_LETTER_BEFORE}{prefix}{body}{NOT_LETTER_AFTER}"


def word_regex(lex, words: Iterable[str], group: str = "w", article: bool = False) -> re.Pattern | None:
    """Whole words or phrases from ``words`` (named group ``group``), with the language's attached
    prefixes before them; None when there are no words."""
    alts = alternation(words)
    if not alts:
        return None
    return compiled(whole_word(f"(?P<{group}>{alts})", prefixes(lex, article)))


def punctuation_marks(lex, kind: str = "sentence_end") -> str:
    """The punctuation marks of ``[punctuation] <kind>`` in a language's data, one string:
    ``sentence_end`` (marks that end a sentence), ``clause_end`` (marks that end a clause but
    not a sentence: semicolons), ``closing`` (closing quotation marks and brackets that may
    follow a sentence end), ``terminal`` (marks a line of hard-wrapped text may end with where
    its paragraph ends)."""
    return "".join(lex.section("punctuation", {}).get(kind, []))


def punctuation_class(lex, *kinds: str, extra: str = "") -> str:
    """A regex character class of the marks of the given ``[punctuation]`` kinds (see
    :func:`punctuation_marks`) and the characters ``extra``; a class that matches nothing when
    there are none."""
    marks = "".join(punctuation_marks(lex, k) for k in kinds) + extra
    return f"[{re.escape(marks)}]" if marks else NEVER


def keyword_finder(words: Iterable[str], extra: str = "", after: str = "") -> re.Pattern | None:
    """One pattern that finds where any of ``words`` (normalised like :func:`alternation`),
    followed by the pattern ``after``, or the pattern ``extra`` begins, written as a prefix tree
    so that it opens with a literal and the regex engine skips straight to the letters words
    start with. None when there is nothing to find. Used by :func:`finditer_near` to try a
    costlier pattern only where its words stand."""
    body = trie_alternation({phrase_key(w) for w in words if w and w.strip()})
    body = "|".join(b for b in ((f"(?:{body}){after}" if body else ""), extra) if b)
    return compiled(body) if body else None


def finditer_near(pattern: re.Pattern, finder: re.Pattern | None, text: str, lead: int = 1):
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only at each place
    ``finder`` finds one of its words and up to ``lead`` characters before it (an attached
    prefix). Gives the same matches as ``finditer`` when every match of ``pattern`` starts at
    most ``lead`` characters before a place ``finder`` matches; a pattern that opens with a
    look-behind is then not tried at every position of the text. (Empty matches are not given.)"""
    if finder is None:
        yield from pattern.finditer(text)
        return
    search, match = finder.search, pattern.match
    last = pos = 0
    while (k := search(text, pos)) is not None:
        h = k.start()
        for c in range(max(h - lead, last), h + 1):
            if c < last:
                continue
            m = match(text, c)
            if m is not None and m.end() > c:
                yield m
                last = m.end()
        pos = h + 1
