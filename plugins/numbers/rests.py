"""NUM002's reading of a whole split into parts and "the remaining" part: "work is finished on seven of
the 12 fountains and goes on at the remaining four" (11), `زارت الفرق 30 محجراً، منها 12 في مركز ببا و9
في مركز الفشن، أما الـ6 الباقية ففي مركز سمسطا` (27). A remainder says the parts before it are all the
others: together they make the whole.

The remainder is a count with a word of ``[figures.rests]`` — after it where the head comes first
(`الأربع الباقية`, `الـ6 المتبقية`, ``after``), before it otherwise ("the remaining four", "the other six",
``before``). The whole is the last count of a noun told before it, in its sentence or the one before,
larger than every part; the parts are the counts between the two, each of the whole's noun or of none
(`منها 12 في …`), at least one of them, or one part told before the whole it is "of" ("Two of the
cooperative's 19 members are men; the other 16 are women"). A whole told "about" is no exact sum, nor is a
part told as a bound ("boys under 12"). Where no count stands between the whole and the remainder, fraction words
that tell no whole of their own are its shares ("Of the 60 hunters, about a third come from …, half from … and the
remaining 15", `ثلثهم … ونصفهم`): with the remainder they must make the whole, within a twentieth of it."""

from __future__ import annotations

import re
from itertools import islice
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import NEVER, alternation, prefixes as word_prefixes
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, bare, figures_data, partitives, prefixes
from .fraction_parts import fraction_shares
from .heads import head_of, measures, noun_key


_MOST = 30   # readings per article, at most (each reads the article's counts once)
_SHARE_SLACK = 0.05   # of the whole: shares told "about" ("about a third" of 60 may be 19 or 21)


@lru_cache(maxsize=32)
def _rx(lex):
    d = figures_data(lex).get("rests", {})
    words = {normalize_text(k): float(v) for k, v in lex.section("numbers", {}).get("words", {}).items()}
    if not words or not (d.get("after") or d.get("before") or d.get("after_definite")):
        return None, words
    article = alternation(d.get('article', [])) or NEVER
    number = rf"(?:{article})?(?P<n>\d{{1,6}}|{alternation(words)})"
    alts = []
    if d.get("after"):
        alts.append(rf"(?<![^\W\d_]){number}\s+(?:{alternation(d['after'])})(?![^\W\d_])")
    if d.get("after_definite"):
        alts.append(rf"(?<![^\W\d_])(?:{article})(?P<d>\d{{1,6}}|{alternation(words)})\s+"
                    rf"(?:{alternation(d['after_definite'])})(?![^\W\d_])")
    if d.get("before"):
        alts.append(rf"(?<![^\W\d_])(?:{alternation(d['before'])})\s+{number.replace('<n>', '<m>')}(?![^\W\d_])")
    return compiled("|".join(alts)), words


_DECIMAL = re.compile(r"[.,٫]\d")


def _key(lex, group: str | None) -> str | None:
    return noun_key(lex, bare(normalize_text(group), prefixes(lex))) if group else None


def _noun(ctx, q: Quantity) -> str | None:
    """The key of the noun a count counts ("240 families"), none for a count with no noun of its own
    ("85 stocked a local barb", `منها 12 في …`)."""
    view = ctx.doc.normalized
    verbs = tuple(figures_data(ctx.lexicon).get("lists", {}).get("gap_reject_suffixes", []))
    if q.group is not None and verbs and normalize_text(q.group).endswith(verbs):
        return None   # ("85 stocked …": a verb after the count, no noun)
    if q.group is None:   # (no noun, `منها 12 في …`, unless a measure: "in the last four years")
        return "-" if measures(ctx.lexicon, view.text, view.from_original(q.end)) else None
    head = head_of(ctx.lexicon, view.text, view.from_original(q.start), view.from_original(q.end),
                   ctx.doc.text[max(0, q.start - 30):q.start])
    return head.main if head is not None else _key(ctx.lexicon, q.group)   # ("four years": another noun)


def remaining_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts, the remainder's start, end, its value) for a whole that its parts and the
    remaining one do not make."""
    rx, words = _rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    counts = [q for q in quantities if q.unit is None and not q.vague]
    partitive: dict[int, int] | None = None   # a part told before its whole ("Two of the cooperative's 19 members")
    for m in islice(rx.finditer(view.text), _MOST):
        got = m.groupdict()
        g = next(k for k in ("n", "m", "d") if got.get(k))
        rs, re_ = view.to_original(m.start(), m.end())
        ns = view.to_original(m.start(g), m.end(g))[0]
        told = next((q for q in quantities if q.start == ns), None)   # ("the remaining 1.2 million": its value)
        if told is not None and (told.unit is not None or told.vague):
            continue
        rest = told.value if told is not None else float(m.group(g)) if m.group(g).isdigit() else words.get(" ".join(m.group(g).split()))
        if not rest or told is None and _DECIMAL.match(view.text, m.end(g)):
            continue
        k = sents.index(rs)
        if k is None:
            continue
        before = [q for q in counts if q.end <= rs and sents.index(q.start) in (k, k - 1)]
        for i in range(len(before) - 1, -1, -1):
            whole = before[i]
            parts = [p for p in before[i + 1:] if sents.index(p.start) == k]   # (the parts: in the remainder's sentence)
            if parts and parts[0].value == before[i].value and parts[0].group is None:
                parts = parts[1:]   # (the whole told again before its parts: "Of those seven, four …")
            if not parts and i and sents.index(before[i - 1].start) == k:
                partitive = partitives(ctx, quantities)[1] if partitive is None else partitive
                parts = [before[i - 1]] if partitive.get(before[i - 1].start) == whole.start else []
            if not parts and whole.group is not None and not whole.subset and whole.value > rest and whole.qualifier is None \
                    and sents.index(whole.start) == k and (shares := fraction_shares(ctx, view, whole, rs)):
                made = sum(p.value for p in shares) + rest   # ("Of the 60 hunters, about a third …, half … and the remaining 15")
                if abs(made - whole.value) > max(1.0, _SHARE_SLACK * whole.value):
                    yield whole, shares, rs, re_, rest
                break
            if whole.group is None or whole.subset or whole.value <= rest or not parts:
                continue   # (a part of the whole's noun, nearest: "seven fountains … the remaining four";
                #            an exact one: not "boys under 12")
            key = _noun(ctx, whole)
            if any(p.subset or _noun(ctx, p) == key for p in before[i + 1:] if sents.index(p.start) != k):
                break   # (a part told in the whole's own sentence too: which parts there are is unsure)
            if all(p.value < whole.value and p.qualifier is None and _noun(ctx, p) in (None, key) for p in parts) \
                    and whole.qualifier is None and sum(p.value for p in parts) + rest != whole.value:
                yield whole, parts, rs, re_, rest
            break


_REST_REACH = 60   # characters after the last share where a word of the rest may stand ("…, 58% from the United States and the rest")


@lru_cache(maxsize=32)
def _rest_rx(lex) -> re.Pattern | None:
    words = [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("rest_words", [])]
    return compiled(rf"(?<![^\W\d_]){word_prefixes(lex, article=True)}(?:{alternation(words)})(?![^\W\d_])") if words else None


def rest_after(lex, nt: str, end: int, send: int) -> bool:
    """A word of the rest with no figure right after a share in its clause ("…, and the rest with
    peppers", `والباقي بالفلفل`: ``[figures.shares] rest_words``): the shares before it part one whole."""
    rx = _rest_rx(lex)
    m = rx.search(nt, end, min(send, end + _REST_REACH)) if rx is not None else None
    return m is not None and not re.search(r"\d", nt[end:min(send, m.end() + _REST_REACH)])
