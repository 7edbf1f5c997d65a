"""NUM001's reading of a change told twice, as its two values and as a percentage: "consumption fell
from 180 to 135 cubic metres a month, a cut of 40 per cent" (25 %); `نزل من 180 متراً مكعباً إلى 135
متراً مكعباً في الشهر، أي بنسبة 40 في المئة`.

A word of ``[figures.change_shares] verbs`` ("fell", `نزل`) opens the change, a word of ``from``
and a figure follow it within a few words, then a word of ``to`` and a second figure; a percentage
after them in the same sentence, within a few words of the second and after nothing but a word of
``leads`` ("a cut of", `أي بنسبة`) or nothing, tells the same change. The change is the difference
over the first value; the two agree within a point and a half (a tenth of the percentage when it is
told "about"). Also a change told as a multiple of its first value (``factors``: "doubled", `تضاعفت`)
before "from" and its two values (:func:`change_factors`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import NEVER, alternation, prefixes
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data
from .heads import measures

_VERB_GAP = 6    # words between the verb and "from"
_SHARE_GAP = 60  # characters between the second value and the percentage


@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("change_shares", {})
    if not d.get("verbs") or not d.get("from") or not d.get("to"):
        return None
    verb = compiled(rf"(?<![^\W\d_])(?:{alternation(d['verbs'])})(?![^\W\d_])", re.I)
    frm = compiled(rf"(?<![^\W\d_])(?:{alternation(d['from'])})\s*$", re.I)
    to = compiled(rf"^\s*(?:[^\W\d_]+\s+){{0,3}}?(?:{alternation(d['to'])})\s*$", re.I)
    lead = compiled(rf"^[\s,،]*(?:(?:{alternation(d.get('leads', [])) or NEVER})\s*)?$", re.I)
    return verb, frm, to, lead


def change_shares(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (first value, second value, percentage, the change they make in %) for a change whose
    percentage does not fit its two values."""
    got = _data(ctx.lexicon)
    if got is None:
        return
    verb, frm, to, lead = got
    view = ctx.doc.normalized
    if not any(q.unit == "%" for q in quantities):
        return   # (no percentage: nothing to read)
    counts = [q for q in quantities if not q.vague]
    for i, a in enumerate(counts[:-2]):
        b, p = counts[i + 1], counts[i + 2]
        if a.unit == "%" or b.unit == "%" or p.unit != "%" or a.unit != b.unit or a.value <= 0:
            continue
        k = sents.index(a.start)
        if k is None or sents.index(p.start) != k:
            continue
        a_s, a_e, b_s, b_e = (view.from_original(x) for x in (a.start, a.end, b.start, b.end))
        before = view.text[max(0, a_s - 80):a_s]
        if not frm.search(before) or not _led_by_verb(verb, before):
            continue
        if not to.match(view.text[a_e:b_s]):
            continue
        p_s = view.from_original(p.start)
        if p_s - b_e > _SHARE_GAP or not lead.match(_between(view.text[b_e:p_s])):
            continue
        made = abs(b.value - a.value) / a.value * 100
        slack = max(1.5, 0.1 * p.value if p.qualifier else 0.0)
        if not p.low - slack <= made <= p.high + slack:
            yield a, b, p, round(made, 1)


def change_shares_after(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (first value, second value, percentage, the change they make) for a value told with its
    change and the value it changed from after it ("about 230 birds, a rise of 40 percent on last
    year's 180", `230 طائراً، بزيادة 40 في المئة على 180 في العام الماضي`): the percentage after a word of
    ``leads`` right after the value, then a word of ``on`` and a few words before the first value."""
    got, d = _data(ctx.lexicon), figures_data(ctx.lexicon).get("change_shares", {})
    if got is None or not d.get("on") or not any(q.unit == "%" for q in quantities):
        return
    lead = got[3]
    on = compiled(rf"^[\s,،]*(?:{alternation(d['on'])})\s+(?:[^\W\d_]+(?:['’]s)?\s+){{0,3}}$", re.I)
    view = ctx.doc.normalized
    counts = [q for q in quantities if not q.vague]
    for b, p, a in zip(counts, counts[1:], counts[2:]):
        if p.unit != "%" or a.unit == "%" or a.unit != b.unit or a.value <= 0 or (k := sents.index(b.start)) is None \
                or sents.index(a.start) != k:
            continue
        b_e, p_s, p_e, a_s = (view.from_original(x) for x in (b.end, p.start, p.end, a.start))
        if measures(ctx.lexicon, view.text, b_e) or measures(ctx.lexicon, view.text, view.from_original(a.end)):
            continue   # ("in the first three weeks of March, up 24% from 1,000": a time, not the value)
        if p_s - b_e > _SHARE_GAP or not lead.match(_between(view.text[b_e:p_s])) or not on.match(view.text[p_e:a_s]):
            continue
        made = abs(b.value - a.value) / a.value * 100
        slack = max(1.5, 0.1 * p.value if p.qualifier else 0.0)
        if not p.low - slack <= made <= p.high + slack:
            yield a, b, p, round(made, 1)


def _led_by_verb(verb, before: str) -> bool:
    words = before.split()
    return bool(verb.search(" ".join(words[-(_VERB_GAP + 2):])))


_UNIT_TAIL = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?(?=\s*[,،])")


def _between(text: str) -> str:
    """What stands between the second value and the percentage, past the second value's own unit
    and phrase up to a comma (`متراً مكعباً في الشهر، أي بنسبة`: `، أي بنسبة`)."""
    m = _UNIT_TAIL.match(text)
    return text[m.end():] if m else text


@lru_cache(maxsize=32)
def _factors(lex):
    """The words of a change told as a multiple (``[figures.change_shares] factors``: "doubled" = 2,
    `تضاعف` = 2, "halved" = 0.5), as one pattern and a table."""
    table = {normalize_text(k).lower(): float(v) for k, v in figures_data(lex).get("change_shares", {}).get("factors", {}).items()}
    if not table:
        return None
    return compiled(rf"(?<![^\W\d_]){prefixes(lex)}(?P<f>{alternation(list(table))})(?![^\W\d_])", re.I), table


_FACTOR_REACH = 70   # characters between the word of a multiple and the first value


def change_factors(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (first value, second value, the word's start, end, the multiple they make) for a change
    told as a multiple ("orders have doubled in a year, from 8,000 last year to 20,000", `تضاعفت …
    من 8 آلاف إلى 20 ألفاً`) that its two values do not make (15 % either way)."""
    got, fx = _data(ctx.lexicon), _factors(ctx.lexicon)
    if got is None or fx is None:
        return
    _, frm, to, _ = got
    rx, table = fx
    view = ctx.doc.normalized
    counts = [q for q in quantities if not q.vague and q.unit != "%"]
    for a, b in zip(counts, counts[1:]):
        if a.unit != b.unit or a.value <= 0 or (k := sents.index(a.start)) is None or sents.index(b.start) != k:
            continue
        a_s, a_e, b_s = (view.from_original(x) for x in (a.start, a.end, b.start))
        before = view.text[max(0, a_s - _FACTOR_REACH):a_s]
        if not frm.search(before) or not to.match(view.text[a_e:b_s]):
            continue
        hits = list(rx.finditer(before))
        if len(hits) != 1:
            continue
        factor = table[normalize_text(hits[0].group("f")).lower()]
        made = b.value / a.value
        if not factor / 1.15 <= made <= factor * 1.15:
            lo = max(0, a_s - _FACTOR_REACH)
            s, e = view.to_original(lo + hits[0].start(), lo + hits[0].end())
            yield a, b, s, e, round(made, 2)
