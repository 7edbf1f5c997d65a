"""The pattern of the role forms of ``[role_sets]`` (phrases factored by their common beginnings,
the longest winning, with an optional attached proclitic), and the reading of a name of no known
given name next to a role."""

from __future__ import annotations

import re

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import NOT_LETTER_BEFORE, phrase_key, proclitic_letters
from checker.language.regexes import compiled


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
    return compiled(rf"{NOT_LETTER_BEFORE}{pro}(?P<w>{alts})(?:(?<=[.\-])|(?![^\W\d_]))")   # ("then-")


UNKNOWN = object()   # the "mention" of a name read by unknown_name


def unknown_name(r, words: list[re.Match]):
    """Two words next to a role with no known given name among them: a name only if another role
    of the article is given the same two words (kept or dropped by
    :func:`.role_sets.extract_role_claims`)."""
    if len(words) != 2 or any(r.data.forms.match(r.vt, w.start()) or w.group() in r.data.between for w in words) \
            or phrase_key(words[0].group()) in names_lexicon(r.doc.lexicon).body_nouns:
        return None   # (`محافظ بنك السودان`: a body's name, not a person's)
    s, _ = r.orig(words[0].start(), words[0].end())
    _, e = r.orig(words[1].start(), words[1].end())
    return (words[0].group(), words[1].group()), s, e, UNKNOWN


_WORD_THEN = compiled(r"[^\S\n]{1,3}([^\W\d_]+)")


def past_stops(r, pos: int, most: int = 2) -> int:
    """Past up to ``most`` stop words after normalised ``pos`` (an ordinal after a role's complement:
    `دفاع المتهم الأول، المحامي …`), where a mark follows them; else ``pos``."""
    at = pos
    for _ in range(most):
        w = _WORD_THEN.match(r.vt, at)
        if w is None or not r.is_stop(w.group(1)):
            break
        at = w.end()
    return at if at != pos and re.match(r"[^\S\n]*[,،]", r.vt[at:at + 4]) else pos


_COMMA = compiled(r"[^\S\r\n]*[,،][^\S\r\n]*")


def person_after_comma(r, m):
    """The person named in full right after a comma that follows the mention ``m`` of a body ("The
    governor of HMP Fenwick Moor, Denise Aldridge"), as a 4-tuple, or None."""
    g = _COMMA.match(r.vt, r.view.from_original(m.end))
    w = r.word(g.end()) if g is not None else None
    n = r.mention_over(*r.orig(w.start(), w.end())) if w is not None else None
    return (n.tokens, n.start, n.end, n) if n is not None and n.person and n.full else None

