"""DATE007's reading of an ordinal day, week or month of something told with its range: "The course
ran from June 1 to July 3, and only in its twelfth week were the trainees allowed to paint" (the
course lasted under five weeks); `استمرت الدورة من 1 إلى 20 آذار، وفي أسبوعها السادس …`.

The range is a range of dates (:mod:`.lengths`' bounds: both ends days, or months told in words).
In its sentence after it, or in the next sentence, a phrase of ``[chronology] ordinal_units``
(regular expressions with ``{ordinal}``, an ordinal in words as ages are told, and a group ``u``,
a unit of ``[chronology.units]``: "in its twelfth week", `في أسبوعها السادس`) names a part of it. The
Nth unit begins N - 1 units after the range's first day; when that is after its last day (with a
day's margin), the two cannot both be right."""

from __future__ import annotations

from functools import lru_cache

from checker.language.matching import phrase_key
from checker.language.regexes import compiled

from .age_words import age_value, ordinal_rx
from .lengths import _bounds

_DAY = 1440


@lru_cache(maxsize=32)
def _data(lex):
    d = lex.section("chronology", {})
    units = {phrase_key(k): int(v[0]) for k, v in d.get("units", {}).items() if int(v[0]) >= _DAY}
    ordinal = ordinal_rx(lex).replace("(?P<age>", "(?P<n>")
    pats = [compiled(p.replace("{ordinal}", ordinal)) for p in d.get("ordinal_units", [])]
    return pats, units


def ordinal_beyond(ctx, date_ranges):
    """Yield (range, the phrase's start, end, the days from the range's start to that unit's start,
    the range's days) for an ordinal unit that begins after its range ends."""
    pats, units = _data(ctx.lexicon)
    if not pats or not units:
        return
    doc, view = ctx.doc, ctx.doc.normalized
    for r in date_ranges:
        if (bounds := _bounds(r)) is None:
            continue
        k = doc.sentence_index(r.start)
        if k < 0:
            continue
        lo = view.from_original(r.end)
        hi = view.from_original(doc.sentences[min(k + 1, len(doc.sentences) - 1)].end)
        for rx in pats:
            m = rx.search(view.text, lo, hi)
            if m is None:
                continue
            n, unit = age_value(ctx.lexicon, m.group("n")), units.get(phrase_key(m.group("u")))
            if not n or not unit or n < 2:
                continue
            begins = (n - 1) * unit / _DAY
            if begins > bounds[1] + 1:
                s, e = view.to_original(m.start(), m.end())
                yield r, s, e, int(begins), int(bounds[1])
            break
