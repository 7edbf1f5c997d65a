"""Fact extractors shared by all rules."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document


@dataclass(frozen=True)
class MonthMention:
    """A month name in the text. ``start``/``end`` cover the name itself (an attached proclitic
    such as Arabic و is excluded); ``system`` is the naming system of the lexicon
    (gregorian, levantine, maghrebi, ...). ``ambiguous`` names are also ordinary words
    (Arabic آب, English May) and need context before they are taken as months."""

    start: int
    end: int
    text: str
    number: int
    system: str
    ambiguous: bool
    candidates: tuple[tuple[int, str], ...] = ()


def extract_month_mentions(doc: Document, facts=None) -> list[MonthMention]:
    lex = doc.lexicon
    pattern = lex.month_pattern
    if pattern is None:
        return []
    view = doc.normalized
    out = []
    for m in pattern.finditer(view.text):
        names = lex.month_lookup.get(lex.match_key(m.group("m")), [])
        if not names:
            continue
        start, end = view.to_original(m.start("m"), m.end("m"))
        first = names[0]
        out.append(MonthMention(start, end, doc.text[start:end], first.number, first.system,
                                any(n.ambiguous for n in names),
                                tuple(sorted({(n.number, n.system) for n in names}))))
    return out
