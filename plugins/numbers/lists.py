"""A count and the list it announces: "three ministers: A, B, C and D", `خمسة مستشفيات … هي
أ، وب، وج، ود`, "three new routes from the city, to Porto, Split, Tirana and Bergen". The list is
read by its separators: items joined one way (commas, or و before each) end where the joining
changes, and an English list ends with its item after "and"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, figures_data
from .heads import measures, named

_GAP_WORDS = 7       # words between a count and the opener of its list
_ITEM_WORDS = 4      # words of one item (a name, a place, `مستشفى منى الطوارئ`)


@dataclass(frozen=True)
class _Lists:
    openers: re.Pattern | None
    comma_opens: bool
    capitalised: bool
    lead: frozenset[str]
    stops: re.Pattern | None
    continues: re.Pattern | None
    partial: re.Pattern | None
    conj: tuple[str, ...]
    gap_reject: tuple[str, ...]
    and_ends: bool


@lru_cache(maxsize=32)
def _data(lex) -> _Lists:
    f = figures_data(lex).get("lists", {})
    e = lex.section("enumerations", {})
    openers = [o for o in f.get("openers", []) if o.strip(":")]
    return _Lists(
        alternation_rx(openers, after=r"(?![^\W\d_])\s*:?"),
        bool(f.get("comma_opens")), bool(f.get("items_capitalised")),
        frozenset(normalize_text(w) for w in f.get("lead", [])),
        alternation_rx(f.get("stops", [])),
        alternation_rx(f.get("continues", [])),
        alternation_rx(e.get("partial", [])),
        tuple(normalize_text(w) for w in e.get("and", [])),
        tuple(f.get("gap_reject_suffixes", [])), bool(f.get("and_ends")))


def _opening(d: _Lists, orig, nt: str, pos: int, end: int) -> int | None:
    """Where the list announced by a count ending at ``pos`` (normalised) starts, or None."""
    window = nt[pos:min(end, pos + 90)]
    colon = window.find(":")
    m = d.openers.search(window) if d.openers is not None else None
    cut = [i for i in (colon, m.start() if m else -1) if i >= 0]
    comma = re.search(r"[,،]", window)
    if cut:
        i = min(cut)
        gap = window[:i]
        start = m.end() if m is not None and i == m.start() else colon + 1
        if re.search(r"[,،]", gap.rstrip(" ,،")):
            return None
    elif d.comma_opens and comma:
        gap = window[:comma.start()]
        rest = window[comma.end():]
        lead = re.match(r"\s*([^\W\d_]+)\s+", rest)
        start = comma.end() + (lead.end() if lead and lead.group(1) in d.lead else 0)
        if re.search(r"\b[A-Z]", orig(pos, pos + comma.start())) or \
                any(w.endswith(x) for w in gap.split() for x in d.gap_reject):
            return None  # a name or a verb before the comma: the list is not the count's
    else:
        return None
    if len(gap.split()) > _GAP_WORDS or re.search(r"[\d\"“«»”]", gap) or (d.partial and d.partial.search(gap)):
        return None
    return pos + start


def _separators(d: _Lists, nt: str, start: int, end: int):
    """(item start, item end, how it is joined to the item before) over the text of a list."""
    conj = "|".join(re.escape(c) for c in d.conj) or "(?!x)x"
    sep = re.compile(rf"\s*(?:[,،]\s*(?:{conj})(?:\s+|(?=[^\W\d_]))|[,،]\s*|\s+(?:{conj})(?:\s+|(?=[^\W\d_])))")
    pos, kind = start, ""
    for m in sep.finditer(nt, start, end):
        yield pos, m.start(), kind
        g = m.group().strip()
        kind = "comma" if g in (",", "،") else ("comma-and" if g[:1] in ",،" else "and")
        pos = m.end()
    yield pos, end, kind


def read_list(d: _Lists, orig, nt: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """The items of a list starting at ``start`` of the normalised text, and whether its end is
    certain. Items end where the joining changes, after an item joined by "and" that follows
    commas, or (where the language says so) after any item joined by "and". The end is certain
    at the end of the sentence, or before a segment that cannot be an item (a clause, a figure,
    a word that ends a list); it is not where what follows could still be an item, or adds one
    ("as well as K")."""
    items: list[tuple[int, int]] = []
    joined, ended = None, False
    for s, e, kind in _separators(d, nt, start, end):
        raw = re.sub(r"\([^)]*\)", " ", nt[s:e]).strip().rstrip(".؟!").strip()
        item = _is_item(d, orig, raw, s)
        if ended or not item:
            return items, _clean_end(d, raw, item, kind, joined)
        last = kind == "and" and (joined == "comma" or d.and_ends)
        if joined is not None and kind != joined and not last:
            return items, False   # joined another way, and could be an item: unclear
        if items and joined is None:
            joined = kind
        while e > s and nt[e - 1] in " .؟!\n":
            e -= 1
        items.append((s, e))
        ended = last
    return items, True


def _is_item(d: _Lists, orig, raw: str, s: int) -> bool:
    return bool(raw) and len(raw.split()) <= _ITEM_WORDS and not re.search(r"\d", raw) and \
        not (d.stops is not None and d.stops.match(raw)) and \
        not (d.continues is not None and d.continues.match(raw)) and \
        not (d.capitalised and not orig(s, s + 1).isupper())


def _clean_end(d: _Lists, raw: str, item: bool, kind: str, joined: str | None) -> bool:
    if not raw:
        return True
    if d.continues is not None and d.continues.match(raw):
        return bool(re.search(r"\d", raw))   # "as well as K" adds an item; "plus 46 clinics" does not
    if item:
        return False   # after the last item, another one: where the list ends is unclear
    if (d.stops is not None and d.stops.match(raw)) or d.capitalised:
        return True   # a word that ends a list; a lower-case clause after English names
    return kind != joined   # a clause or a figure joined another way: the list has ended; joined
    # the same way, it may be the last item with the rest of the sentence ("… and the US in 2015")


def count_lists(ctx, quantities, sents: Sentences):
    """Yield (count, list start, list end, number of items) where they disagree."""
    d = _data(ctx.lexicon)
    view = ctx.doc.normalized
    nt, text = view.text, ctx.text

    def orig(s: int, e: int) -> str:
        a, b = view.to_original(s, e)
        return text[a:b]

    for q in quantities:
        if q.unit is not None or q.low != q.high or q.vague or not 2 <= q.value <= 12 or q.value != int(q.value):
            continue
        sent = sents.at(q.start)
        if sent is None:
            continue
        ns, ne = view.from_original(q.start), view.from_original(q.end)
        send = view.from_original(sent.end)
        if measures(ctx.lexicon, nt, ne) or named(ctx.lexicon, text[max(0, q.start - 30):q.start]):
            continue   # "two years after the war, France, …": not a count of things
        opening = _opening(d, orig, nt, ne, send)
        if opening is None:
            continue
        while opening < send and nt[opening] == " ":
            opening += 1
        items, certain = read_list(d, orig, nt, opening, send)
        if not certain or len(items) < 2 or len(items) == int(q.value):
            continue
        s, _ = view.to_original(items[0][0], items[0][0])
        _, e = view.to_original(items[-1][1], items[-1][1])
        yield q, s, e, len(items)
