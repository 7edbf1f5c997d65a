"""NUM001's reading of one measure restated in another unit in its own sentence: "about 12,000
hectares, or about 12 square kilometres" (12,000 hectares is 120 km²), `نحو 12 ألف هكتار، أي ما
يعادل 12 كيلومتراً مربعاً`, "40 centimetres tall, or some 26 inches"; and one share restated as a
percentage: "nearly two-thirds of its members …, or about 45 per cent".

The second figure follows a word of restatement (``[figures.conversions] links``: "or about",
"roughly", `أي ما يعادل`, `أي نحو`) set off by a comma, a dash or a bracket, and the first is the
nearest figure before it in the sentence, with no figure between. Both are measures of one dimension
in two units of ``[figures.measure_scale]`` (read from the words right after each figure), or both
shares (a fraction word and a percentage). They must agree within 15 % (a third more when either is
qualified, "about"); shares, within their intervals."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import figures_data
from .heads import noun_key
from .measured import _scale

_GAP = 160        # characters between the two figures, at most
_SLACK = 0.15     # relative difference allowed between a measure and its restatement
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _links(lex) -> re.Pattern | None:
    """A word of restatement right before the second figure, after a comma, a dash or a bracket."""
    links = figures_data(lex).get("conversions", {}).get("links", [])
    if not links:
        return None
    # (one word may end the measure's phrase: "40 centimetres tall, or some 16 inches")
    return compiled(rf"\s*(?:[^\W\d_]+\s*)?[,،(—–-]\s*(?P<w>{alternation([normalize_text(w) for w in links])})?\s*$")


def _unit(lex, scale, nt: str, end: int) -> tuple[str, float, int] | None:
    """The unit of measure written right after a figure (two words, else one): its dimension, its
    factor to the dimension's common unit, and where it ends in the normalised text."""
    words = list(_WORDS.finditer(nt, end, end + 40))[:2]
    if words and nt[end:words[0].start()].strip():
        return None   # (a unit is written right after its figure)
    for n in (2, 1):
        if len(words) >= n:
            key = " ".join(w.group() for w in words[:n])
            hit = scale.get(key) or scale.get(noun_key(lex, key))
            if hit is not None:
                return hit[0], hit[1], words[n - 1].end()
    return None


def conversion_pairs(ctx, quantities, sents):
    """Yield ((start, end) of the first measure, of the second, the second's value as the first
    makes it) for a restatement that does not agree with the figure it restates."""
    links = _links(ctx.lexicon)
    if links is None:
        return
    scale = _scale(ctx.lexicon)
    view = ctx.doc.normalized
    nt = view.text
    for k in range(1, len(quantities)):
        b = quantities[k]
        # the figure before it; for a share, the share before it ("two-thirds of its 380 members, or 45%")
        a = next((q for q in reversed(quantities[max(0, k - 3):k]) if q.unit == "%"), None) if b.unit == "%" \
            else quantities[k - 1]
        if a is None or b.start - a.end > _GAP or sents.index(a.start) != sents.index(b.start):
            continue
        bs = view.from_original(b.start)
        if not (told := links.search(nt, max(0, bs - 30), bs)):
            continue
        if a.unit == "%" and b.unit == "%":   # (a share restated after a word: "…, or about 45 per cent")
            if told.group("w") and _fraction(ctx.lexicon, a) != _fraction(ctx.lexicon, b) and (a.high < b.low or b.high < a.low):
                yield (a.start, a.end), (b.start, b.end), f"{a.value:g}%"
            continue
        if a.unit is not None or b.unit is not None or not (_digits(a) and _digits(b)):
            continue   # (a number word may be a fraction: `خُمس كيلومتر` is a fifth)
        ua = _unit(ctx.lexicon, scale, nt, view.from_original(a.end))
        ub = _unit(ctx.lexicon, scale, nt, view.from_original(b.end))
        if ua is None or ub is None or ua[0] != ub[0] or ua[1] == ub[1] or not b.value:
            continue   # (not two units of one dimension: "40 metres, or 50 metres" are alternatives)
        if not links.fullmatch(nt, ua[2], bs) or _sides(ctx.lexicon, nt, view.from_original(a.start), ub[2]):
            continue   # the restatement right after the measure it restates ("2 fedans, i.e. 8,400 m²",
            #            not "60 fedans, … two fedans, i.e. 8,400 m²"), of no side of a size ("1.5 by 2 metres")
        made = a.value * ua[1] / ub[1]
        slack = _SLACK * (1.33 if a.qualifier or b.qualifier else 1.0)
        if abs(made - b.value) > slack * max(made, b.value):
            unit_b = ctx.text[b.end:view.to_original(ub[2], ub[2])[0]].strip()
            yield (a.start, view.to_original(ua[2], ua[2])[0]), (b.start, view.to_original(ub[2], ub[2])[0]), \
                (f"{made:,.3g}" if made < 100 else f"{made:,.0f}") + f" {unit_b}"


def _digits(q) -> bool:
    return any(c.isdigit() for c in q.text)


def _sides(lex, nt: str, start: int, end: int) -> bool:
    """A side of a size: a word of ``[figures.conversions] sides`` ("by", `×`) right before the first
    measure or right after the second ("1.5 metres by 2 metres, about 5 feet by 6")."""
    sides = frozenset(normalize_text(w) for w in figures_data(lex).get("conversions", {}).get("sides", []))
    before, after = _WORDS.findall(nt[max(0, start - 30):start])[-2:], _WORDS.findall(nt[end:end + 20])[:1]
    return bool(sides & {*before, *after}) or "×" in nt[max(0, start - 30):start] + nt[end:end + 20]


def _fraction(lex, q) -> bool:
    """A share told by a fraction word ("two-thirds"), not as a percentage."""
    words = set(_WORDS.findall(normalize_text(q.text).lower()))
    return any(normalize_text(w).lower() in words for w in lex.section("quantities", {}).get("fractions", {}).get("shares", {}))
