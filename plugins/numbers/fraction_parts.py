"""NUM002 on a whole shared out in fraction words that add up to more than the whole: "Half of
the stored onions go to wholesale markets, a third to local traders and a quarter is kept as
seed" (1/2 + 1/3 + 1/4 = 13/12), `يذهب نصف البصل المخزن إلى أسواق الجملة، وثلثه إلى التجار،
فيما يُحفظ ربعه تقاوي`.

The first fraction names its whole (a fraction quantity of the core: "half of the onions",
`نصف البصل`); each later one in its sentence opens a clause (after a comma or an "and" word,
up to two words before it: `فيما يُحفظ ربعه`) and tells no whole of its own: bare and not
followed by "of" ("a third to local traders"), or holding the whole by a pronoun (`ثلثه`). The
clauses must share the whole out: a later fraction is followed by a word of ``[figures.shares]``
``fraction_links`` ("to", `إلى`) that the first clause holds too (the verb told once: "go to …, a
third to …"), or the sentence holds a word of the breakdown (``whole``: "split", `توزعت`).
Fractions that tell properties of one whole ("half have left, a third are unemployed") share
nothing out and are never added."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import WS, alternation, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import and_words, figures_data

_TOLERANCE = 2.0   # percentage points over 100, for "a third" written as 33.3
_BEFORE = 40       # characters before a later fraction searched for what opens its clause
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True, slots=True)
class Part:
    start: int
    end: int
    text: str
    value: float


@dataclass(frozen=True)
class _Data:
    part: re.Pattern
    shares: dict[str, float]
    numerators: dict[str, float]
    then: frozenset[str]
    links: frozenset[str]
    joiners: frozenset[str]
    attached: tuple[str, ...]
    whole: re.Pattern | None


@lru_cache(maxsize=32)
def _data(lex) -> _Data | None:
    q = lex.section("quantities", {})
    f = q.get("fractions", {})
    s = figures_data(lex).get("shares", {})
    shares = {phrase_key(k): float(v) for k, v in f.get("shares", {}).items()}
    links = frozenset(phrase_key(w) for w in s.get("fraction_links", []))
    if not shares or not links:
        return None
    numerators = {phrase_key(k): float(v) for k, v in f.get("numerators", {}).items()}
    numerators.update({phrase_key(k): float(v) for k, v in q.get("words", {}).items() if float(v) < 10})
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:[{pro}])?" if pro else ""
    suffix = alternation(s.get("fraction_pronouns", []))
    num = rf"(?:(?P<n>{alternation(numerators)})(?:{WS}*-{WS}*|{WS}+))?" if numerators else ""
    part = compiled(rf"(?<![^\W\d_]){pre}{num}(?P<f>{alternation(shares)})"
                    + (rf"(?P<p>{suffix})?" if suffix else "") + r"(?![^\W\d_-])")
    words, attached = and_words(lex)
    joiners = frozenset(words) | frozenset(phrase_key(w) for w in s.get("fraction_joiners", []))
    whole = [normalize_text(w) for w in s.get("whole", [])]
    return _Data(part, shares, numerators, frozenset(phrase_key(w) for w in f.get("then", [])), links, joiners,
                 attached, compiled(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, whole))})(?![^\W\d_])") if whole else None)


def _value(d: _Data, m: re.Match) -> float:
    return d.shares[phrase_key(m.group("f"))] * (d.numerators.get(phrase_key(m.group("n")), 1.0) if m.group("n") else 1.0)


def _opens_clause(d: _Data, before: str) -> bool:
    """Whether a comma or an "and" word stands right before a later fraction, or up to two words
    before it (`، فيما يُحفظ ربعه`, "and a quarter")."""
    tail = before.rstrip()
    if tail.endswith((",", "،")):
        return True
    words = _WORD.findall(tail)[-3:]
    for k, w in enumerate(reversed(words)):
        if w in d.joiners or k and any(w.startswith(a) and len(w) > len(a) + 2 for a in d.attached):
            return True   # (`ويُحفظ ربعه`: the "and" attached to the verb before it)
        if k < len(words) - 1 and re.search(r"[,،]\s*$", tail[:tail.rfind(w)]):
            return True   # `، يُحفظ ربعه`
    return False


def fraction_breakdowns(ctx, quantities, sents):
    """Yield the parts (:class:`Part`) of each sentence's fraction breakdown over 100 %, and their total."""
    d = _data(ctx.lexicon)
    if d is None:
        return
    view = ctx.doc.normalized
    nt = view.text
    seen: set[int] = set()
    for q in quantities:
        i = sents.index(q.start)
        if q.unit != "%" or i is None or i in seen:
            continue
        first = d.part.fullmatch(nt, view.from_original(q.start), view.from_original(q.end))
        if first is None:
            continue   # a figure, not a fraction word
        seen.add(i)
        parts, end = [first], view.from_original(sents.items[i].end)
        shared, linked = set(), False   # the words of the first clause; a later one shares out by one of them
        for m in d.part.finditer(nt, first.end(), end):
            after = _WORD.search(nt, m.end(), min(end, m.end() + 30))
            nxt, held = (phrase_key(after.group()) if after else ""), bool(m.groupdict().get("p"))
            if not (held or nxt in d.links or d.then and nxt not in d.then):
                break        # "a third of the men", `ثلث الرجال`: a whole of its own
            if not _opens_clause(d, nt[max(parts[-1].end(), m.start() - _BEFORE):m.start()]):
                break
            if len(parts) == 1:
                shared = set(_WORD.findall(nt[first.end():m.start()]))
            linked = linked or nxt in d.links and nxt in shared
            parts.append(m)
        if len(parts) > 1 and len(set(_YEAR.findall(nt, parts[0].start(), parts[-1].end() + 40))) > 1:
            continue   # "half went to market in 2023, a third to market in 2024": shares over time
        whole = d.whole is not None and d.whole.search(nt, view.from_original(sents.items[i].start), end)
        total = sum(_value(d, m) for m in parts)
        if len(parts) < 2 or not (linked or whole) or total <= 100 + _TOLERANCE:
            continue
        out = []
        for m in parts:
            a, b = view.to_original(m.start("n") if m.group("n") else m.start("f"), m.end())
            out.append(Part(a, b, ctx.text[a:b], round(_value(d, m), 1)))
        yield out, round(total, 1)


def fraction_shares(ctx, view, whole, end: int) -> list[Part]:
    """The fraction words between a count ``whole`` and ``end`` (a remainder) that tell no whole of
    their own ("Of the 60 hunters, about a third come from …, half from …"), each as its share of the
    whole; [] when there is none, or one names its own whole ("half of the women")."""
    d = _data(ctx.lexicon)
    if d is None:
        return []
    out = []
    for m in d.part.finditer(view.text, view.from_original(whole.end), view.from_original(end)):
        nxt = _WORD.search(view.text, m.end(), m.end() + 12)
        if nxt is not None and phrase_key(nxt.group()) in d.then and not m.groupdict().get("p"):
            return []   # ("half of the women": a whole of its own; not `ثلثهم من`, the whole's by a pronoun)
        s, e = view.to_original(m.start(), m.end())
        out.append(Part(s, e, ctx.doc.text[s:e], _value(d, m) / 100 * whole.value))   # (shares are percentages)
    return out
