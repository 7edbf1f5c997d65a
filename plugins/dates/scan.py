"""The token scan DATE008's two extractors share (:mod:`.events`, :mod:`.open_events`): each
sentence holding a year-bearing date or a weekday the publication date places (only
:mod:`.events` reads those), its tokens in the normalised view, and each token's once-only class
and derivation keys, computed once per article."""

from __future__ import annotations

from dataclasses import dataclass

from .derivation import deriver
from .events import _TOKEN, _data, _in_sentences, _kind


@dataclass(frozen=True, slots=True)
class DatedSentence:
    index: int                 # the sentence's index in the document
    dates: list                # the year-bearing dates starting inside it
    toks: list                 # (start, end, lower-case token) in the normalised view
    kinds: list                # per token: (class or None, derivation keys), None for a stop word


def dated_mentions(facts) -> list:
    """Gregorian dates with a written year (not an "until" bound, not in a range), and weekdays
    the publication date places ("broke out on Monday")."""
    ranged = {id(x) for r in facts["date_ranges"] for x in (r.first, r.second)}
    return [m for m in facts["date_mentions"] if (year_bearing(m) or m.form == "weekday" and m.interval())
            and m.bound != "until" and m.calendar == "gregorian" and id(m) not in ranged]


def year_bearing(m) -> bool:
    """A date whose year is written (not a weekday placed by the publication date)."""
    return m.year_part is not None and not m.year_inferred


def scan_dated_sentences(doc, facts) -> list[DatedSentence]:
    """The sentences holding a year-bearing date, tokenised and classed once."""
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
        toks = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(view.text, ns, ne)]
        out.append(DatedSentence(n, in_sent, toks, [None if tok in data.stop else _kind(tok, data, der) for _, _, tok in toks]))
    return out
