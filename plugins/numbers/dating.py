"""How far the date of a sentence reaches as the time of NUM001's figures beside it."""

from __future__ import annotations

import datetime as dt

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import stopwords

_WORD_BEFORE = compiled(r"([^\W\d_]+)[^\S\n]+$")


def named_year(doc, m) -> bool:
    """A year written alone right after a word that is no function word: part of a name ("Vision
    2040", `رؤية عمان 2040`), not a time of the facts beside it ("by 2020", "from 2006")."""
    if not m.bare_year:
        return False
    before = _WORD_BEFORE.search(doc.text[max(0, m.start - 40):m.start])
    return before is not None and normalize_text(before.group(1)) not in stopwords(doc.lexicon)


def date_reach(m, published):
    """The days a date mention covers as a time of the facts told beside it: a date opening a
    period ("the strongest since 2015", `منذ عام 2015`) reaches to the time of writing."""
    lo, hi = m.interval()
    if m.bound == "since":
        hi = max(hi, published or dt.date.max)
    return lo, hi
