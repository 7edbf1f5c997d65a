"""The ``quote_marks`` fact: every quotation mark and bracket of the text, with its family and its
role (opening or closing) as its position and the article's convention say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.language.regexes import compiled

from .schema import Quotes


# family -> (opening glyph, closing glyph); None marks a neutral glyph used both ways.
QUOTE_PAIRS = {"double": ("“", "”"), "guillemet": ("«", "»"), "single": ("‘", "’")}
NEUTRAL_QUOTES = {'"': "straight"}
BRACKETS = {"(": ")", "[": "]"}
CLOSING_BRACKETS = {v: k for k, v in BRACKETS.items()}

_OPENERS = set("([{«“‘")
_OPEN_BEFORE = _OPENERS | set(":\u200f\u200e")
_CLOSE_AFTER = set(".,;:!?،؛؟)]}»”’…-–—/\"'*")
_GLYPH_FAMILY = {ch: fam for fam, pair in QUOTE_PAIRS.items() for ch in pair}
# every glyph the scan below reads: one search per paragraph instead of a look at each character
_MARK_RE = compiled("[" + re.escape("".join([*_GLYPH_FAMILY, *NEUTRAL_QUOTES, *BRACKETS, *CLOSING_BRACKETS])) + "]")


@dataclass(frozen=True)
class Mark:
    """One quotation mark or bracket. ``role`` is 'open' or 'close' as written (the glyph), or
    'neutral'; ``pos`` is what its position says: 'open', 'close' or None."""

    start: int
    char: str
    family: str
    role: str
    pos: str | None
    paragraph: int


@dataclass(frozen=True)
class MarkProblem:
    kind: str            # unclosed | unopened | mismatched | reversed | swapped
    mark: Mark
    partner: Mark | None = None
    expected: str | None = None


def _is_space(c: str | None) -> bool:
    return c is None or c.isspace()


def _position(text: str, i: int, proclitics: tuple[str, ...]) -> str | None:
    """What the neighbours say of the mark at ``i``: 'open' (after a space, an opening bracket,
    a colon or an attached proclitic, and before a word), 'close' (after a word or a full stop
    and before a space or punctuation), or None when they say nothing clear."""
    prev = text[i - 1] if i > 0 else None
    prev2 = text[i - 2] if i > 1 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    after_word_start = prev in proclitics and (_is_space(prev2) or prev2 in _OPEN_BEFORE)
    opens = (_is_space(prev) or prev in _OPEN_BEFORE or after_word_start) and nxt is not None \
        and (nxt.isalnum() or nxt in _OPENERS)
    closes = not _is_space(prev) and prev not in _OPEN_BEFORE and (_is_space(nxt) or nxt in _CLOSE_AFTER)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _convention(marks: list[Mark], family: str) -> tuple[str, str]:
    """The article's own way round for a directional pair: (opening glyph, closing glyph).
    Standard (“…”) unless the article mostly writes it reversed (”…“). Families whose way round
    the language fixes (``[quotes] fixed_order``) are not asked."""
    o, c = QUOTE_PAIRS[family]
    fam = [m for m in marks if m.family == family]
    standard = sum(1 for m in fam if (m.char == o and m.pos == "open") or (m.char == c and m.pos == "close"))
    reverse = sum(1 for m in fam if (m.char == c and m.pos == "open") or (m.char == o and m.pos == "close"))
    return (c, o) if reverse > standard else (o, c)


def extract_marks(doc, facts=None) -> list[Mark]:
    """Every quotation mark and bracket, with what its glyph and its position say."""
    text = doc.text
    proclitics = doc.lexicon.proclitics
    # arrows that end web link segments ("Watch the interview »"), when a plugin finds them
    arrows = facts["link_arrows"] if facts is not None and "link_arrows" in facts else ()
    raw = []
    for pi, para in enumerate(doc.paragraphs):
        for hit in _MARK_RE.finditer(text, para.start, para.end):
            i = hit.start()
            ch = text[i]
            if ch in _GLYPH_FAMILY:
                if i not in arrows:
                    raw.append(Mark(i, ch, _GLYPH_FAMILY[ch], "", _position(text, i, proclitics), pi))
            elif ch in NEUTRAL_QUOTES:
                raw.append(Mark(i, ch, NEUTRAL_QUOTES[ch], "neutral", _position(text, i, proclitics), pi))
            else:
                raw.append(Mark(i, ch, "bracket", "open" if ch in BRACKETS else "close", None, pi))
    fixed = set(doc.lexicon.get(Quotes).fixed_order)
    conventions = {fam: QUOTE_PAIRS[fam] if fam in fixed else _convention(raw, fam) for fam in QUOTE_PAIRS}
    out = []
    for m in raw:
        if m.family in QUOTE_PAIRS:
            m = Mark(m.start, m.char, m.family, "open" if m.char == conventions[m.family][0] else "close",
                     m.pos, m.paragraph)
        out.append(m)
    return out
