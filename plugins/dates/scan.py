"""The token scan DATE008's two extractors share (:mod:`.events`, :mod:`.open_events`): each
sentence holding a year-bearing date or a weekday the publication date places (only
:mod:`.events` reads those), its tokens in the normalised view, and each token's once-only class
and derivation keys, computed once per article when first read (the extractors read only the
tokens a date can attach to)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from checker.language.regexes import compiled

from .derivation import deriver
from .event_data import phrasal_pair
from .events import _TOKEN, _data, _in_sentences, _kind


_SPLIT = compiled(f"({_TOKEN.pattern})")
_UNREAD = object()


_DAMMA = "\u064f"


class TokenKinds:
    """Per token of a sentence: (class or None, derivation keys), None for a stop word; each
    worked out when first read (``kinds[i]``), then kept."""

    __slots__ = ("_toks", "_data", "_der", "_got", "_doc")

    def __init__(self, toks: list, data, der, doc=None):
        self._toks, self._data, self._der, self._doc = toks, data, der, doc
        self._got = [_UNREAD] * len(toks)

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, i: int):
        got = self._got[i]
        if got is _UNREAD:
            tok = self._toks[i][2]
            got = self._got[i] = (self._data.phrasal[pair], frozenset({" ".join(pair)})) \
                if (pair := phrasal_pair(self._toks, i, self._data)) else \
                None if tok in self._data.stop else _kind(tok, self._data, self._der, self._passive(i, tok))
        return got

    def _passive(self, i: int, tok: str) -> bool:
        """A word of ``not_words`` written with a damma (`واكتُشف`): a passive verb."""
        if self._doc is None or tok not in self._data.not_words:
            return False
        s, e = self._doc.normalized.to_original(self._toks[i][0], self._toks[i][1])
        return _DAMMA in self._doc.text[s:e]

    def __iter__(self):
        return (self[i] for i in range(len(self._toks)))


@dataclass(frozen=True, slots=True)
class DatedSentence:
    index: int                 # the sentence's index in the document
    dates: list                # the year-bearing dates starting inside it
    toks: list                 # (start, end, lower-case token) in the normalised view
    kinds: TokenKinds          # per token: (class or None, derivation keys), None for a stop word


def dated_mentions(facts) -> list:
    """Gregorian dates with a written year (not an "until" bound, not in a range), and weekdays
    and days of a month the publication date places ("broke out on Monday", "died on Aug. 3")."""
    ranged = {id(x) for r in facts["date_ranges"] for x in (r.first, r.second)}
    return [m for m in facts["date_mentions"] if (year_bearing(m) or _placed(m) or m.precision == "decade")
            and m.bound != "until" and m.calendar == "gregorian" and id(m) not in ranged]


def _placed(m) -> bool:
    """A weekday or a day of a month whose year is not written, placed by the publication date."""
    return (m.form == "weekday" or m.precision == "day" and m.year_part is None) and bool(m.interval())


def same_day(a, b) -> bool:
    """One day of one month, one of the two told without its year ("one year since the Aug. 3
    collapse" … "collapsed on Aug. 3, 2023"): the year was left out, not changed."""
    return (a.year_part is None or b.year_part is None) and a.day is not None and a.day == b.day \
        and a.months == b.months


def year_bearing(m) -> bool:
    """A date whose year is written (not a weekday placed by the publication date)."""
    return m.year_part is not None and not m.year_inferred


def scan_dated_sentences(doc, facts) -> list[DatedSentence]:
    """The sentences holding a year-bearing date, tokenised once (each token classed once, when
    first asked)."""
    dated = dated_mentions(facts)
    if not dated:
        return []
    data = _data(doc.lexicon)
    der = deriver(doc.lexicon)
    view = doc.normalized
    out = []
    for n, (sent, in_sent) in enumerate(zip(doc.sentences, _in_sentences(doc.sentences, dated))):
        if not in_sent:
            continue
        ns, ne = view.from_original(sent.start), view.from_original(sent.end)
        # one split in C: the text between tokens at even indices, the tokens at odd ones, and
        # every boundary a running sum of their lengths
        parts = _SPLIT.split(view.text[ns:ne])
        bounds = list(itertools.accumulate(map(len, parts), initial=ns))
        toks = list(zip(bounds[1::2], bounds[2::2], map(str.lower, parts[1::2])))
        out.append(DatedSentence(n, in_sent, toks, TokenKinds(toks, data, der, doc)))
    return out
