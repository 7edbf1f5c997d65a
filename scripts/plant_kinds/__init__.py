"""Planting one inconsistency into a copy of an article.

A *kind* is a function ``plant(article, rng, data) -> Plant | None`` registered under a name with
:func:`kind`. It returns None when the article offers no place for that kind (no publication date,
no name used twice, ...). Templates and word lists live in ``plant_templates.toml``; this module
holds the shared machinery: where sentences and paragraphs end, rendering a template whose
evidence is marked ``⟦…⟧``, and inserting rendered pieces while keeping every evidence span exact.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

TEMPLATES = Path(__file__).resolve().parent.parent / "plant_templates.toml"
OPEN, CLOSE = "⟦", "⟧"


@dataclass
class Plant:
    """A planted copy: the new text and the evidence of its one inconsistency."""

    kind: str
    variant: str
    text: str
    spans: list[tuple[int, int]]
    evidence: list[str] = field(default_factory=list)

    def __post_init__(self):
        if not self.evidence:
            self.evidence = [self.text[s:e] for s, e in self.spans]

    def well_formed(self) -> bool:
        return bool(self.spans) and all(0 <= s < e <= len(self.text) and self.text[s:e] == ev
                                        for (s, e), ev in zip(self.spans, self.evidence))


KINDS: dict[str, Callable] = {}
KIND_LANGS: dict[str, tuple[str, ...]] = {}


def kind(name: str, langs: tuple[str, ...] = ("ar", "en")):
    def register(fn):
        KINDS[name] = fn
        KIND_LANGS[name] = langs
        return fn
    return register


def load_data(path: Path = TEMPLATES) -> dict:
    with open(path, "rb") as f:
        return tomllib.load(f)


# ------------------------------------------------------------------ dates and numbers ----------

def published(article) -> dt.date | None:
    p = article.get("published")
    try:
        return dt.date.fromisoformat(str(p)[:10]) if p else None
    except ValueError:
        return None


YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)")


def article_year(article) -> int:
    """The publication year, else the year the article names most often, else 2005."""
    pub = published(article)
    if pub:
        return pub.year
    years = YEAR.findall(article["text"])
    return int(max(sorted(set(years)), key=years.count)) if years else 2005


def fmt_int(n: int, lang: str, rng) -> str:
    if n >= 1000 and rng.random() < 0.7:
        return f"{n:,}"
    return str(n)


def other_figure(n: int, rng) -> int:
    """A figure that cannot be the same as n: digits swapped, or off by 15-60 %."""
    s = str(n)
    if len(s) >= 3 and rng.random() < 0.4:
        i = rng.randrange(len(s) - 1)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and t[0] != "0":
            return int(t)
    factor = rng.choice([0.6, 0.7, 0.75, 1.25, 1.3, 1.5, 1.6])
    m = max(1, round(n * factor))
    return m if m != n else n + max(2, n // 3)


# ------------------------------------------------------------------ templates ------------------

def render(template: str, values: dict) -> tuple[str, list[tuple[int, int]]]:
    """Fill {slots}, then strip the ⟦…⟧ evidence markers and return (text, spans in it)."""
    filled = template.format(**values)
    out, spans, start = [], [], None
    pos = 0
    for ch in filled:
        if ch == OPEN:
            start = pos
        elif ch == CLOSE:
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ------------------------------------------------------------------ where text can go ----------

# a sentence's final mark after a word of two letters at least (not "U.S." or "Mr."), before a space
# and a capital, an Arabic letter, a digit or a quotation mark
SENT_END = re.compile(r"(?<=[a-z\u0621-\u064A\d%)]{2})(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bSt)"
                      r"[.!?؟](?:[\"'”»’)])?(?= +[A-Z\u0621-\u064A\d\"“«])")


def paragraph_ends(text: str) -> list[int]:
    """Offsets of the line breaks that end a paragraph (after sentence punctuation), and the end."""
    ends = [m.start() for m in re.finditer(r"(?<=[.!?؟\"”»'’)])[ \t]*\n", text)]
    return ends + [len(text.rstrip())]


def sentence_ends(text: str) -> list[int]:
    """Offsets just after a sentence's final mark where another sentence follows on the line."""
    return [m.end() for m in SENT_END.finditer(text)]


@dataclass
class Piece:
    pos: int
    text: str
    spans: list[tuple[int, int]]


def piece_at(text: str, pos: int, sentence: str, spans, as_paragraph: bool) -> Piece:
    """A sentence placed at pos: as a new paragraph (pos is a paragraph end) or inside one."""
    lead = "\n" if as_paragraph else " "
    return Piece(pos, lead + sentence, [(s + len(lead), e + len(lead)) for s, e in spans])


def insert(text: str, pieces: list[Piece]) -> tuple[str, list[tuple[int, int]]]:
    out, spans, last, shift = [], [], 0, 0
    for p in sorted(pieces, key=lambda p: p.pos):
        out.append(text[last:p.pos])
        base = p.pos + shift
        spans += [(base + s, base + e) for s, e in p.spans]
        out.append(p.text)
        shift += len(p.text)
        last = p.pos
    out.append(text[last:])
    return "".join(out), spans


def slots(text: str, rng, where: str) -> tuple[int, bool]:
    """A place for a new sentence: (offset, as a new paragraph?). where: start, middle, end, any."""
    paras, sents = paragraph_ends(text), sentence_ends(text)
    n = len(text)
    zone = {"start": (0, 0.3), "middle": (0.3, 0.75), "end": (0.7, 1.01), "any": (0, 1.01)}[where]
    lo, hi = zone[0] * n, zone[1] * n
    cand_p = [p for p in paras if lo <= p < hi or (where == "end" and p == paras[-1])]
    cand_s = [s for s in sents if lo <= s < hi]
    if cand_s and (not cand_p or rng.random() < 0.5):
        return pick(rng, cand_s), False
    if cand_p:
        return pick(rng, cand_p), True
    return paras[-1], True


def place_pair(text: str, rng, first, second) -> tuple[str, list[tuple[int, int]], str]:
    """Two rendered sentences (text, spans): the first early, the second later, or both together
    as one new paragraph. Returns the new text, spans and a short name of the layout."""
    layout = pick(rng, ["apart", "apart", "apart", "together", "late"])
    if layout == "together":
        pos, para = slots(text, rng, "any")
        sep = " "
        joined = first[0] + sep + second[0]
        spans = first[1] + [(s + len(first[0]) + 1, e + len(first[0]) + 1) for s, e in second[1]]
        new, sp = insert(text, [piece_at(text, pos, joined, spans, para)])
        return new, sp, layout + ("/paragraph" if para else "/inline")
    a, pa = slots(text, rng, "start" if layout == "apart" else "middle")
    b, pb = slots(text, rng, "end")
    if b <= a:
        b, pb = paragraph_ends(text)[-1], True
    new, sp = insert(text, [piece_at(text, a, *first, pa), piece_at(text, b, *second, pb)])
    return new, sp, layout


def place_one(text: str, rng, sentence, where: str = "any") -> tuple[str, list[tuple[int, int]], str]:
    pos, para = slots(text, rng, where)
    new, sp = insert(text, [piece_at(text, pos, *sentence, para)])
    return new, sp, f"{where}/{'paragraph' if para else 'inline'}"


def swap_order(rng, first, second):
    """Half of the time the conflicting statement comes first."""
    return (second, first) if rng.random() < 0.5 else (first, second)


from . import derived, inserted  # noqa: E402,F401  (register the kinds)
