"""NUM002's reading of a count broken down into two complementary parts: a whole, then after a
comma, a colon, a dash or "of them" two counts of the two sides of one partition — women and men,
girls and boys (language data ``[figures] complements``) — which together are the whole: "The
association counts 1,150 farmers in 23 villages, 700 women and 350 men", `يضم 1150 مزارعاً،
منهم 700 امرأة و350 رجلاً`, or with "of them" right after the whole's noun ("24 trainees of
whom 15 are men and 11 are women"). Their sum must make the whole; after a word that makes the breakdown
partial ("including 700 women and …"), others (children) may be left, so only a sum over the
whole counts. Left alone: parts that are the subject of a clause of their own ("Of 1,200
applicants, 700 women and 350 men were accepted"), a whole told with a preposition before it
("in 23 villages"), and a whole or a part told roughly."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, and_words, figures_data
from .composed import told_before

TOLERANCE = 0.02   # of the whole: parts told rounded
_WORDS = re.compile(r"[^\W\d_]+")
_ENDS = ",،.;:)—–-"   # what may follow the second part: the end of its phrase


@lru_cache(maxsize=32)
def _sides(lex) -> dict[str, tuple[int, int]]:
    """Each word of a partition's side to (partition, side)."""
    out: dict[str, tuple[int, int]] = {}
    for n, pair in enumerate(figures_data(lex).get("complements", [])):
        for side, words in enumerate(pair):
            for w in words:
                out.setdefault(normalize_text(w), (n, side))
    return out


@lru_cache(maxsize=32)
def _partial_rx(lex):
    """Words that make a list partial ("including"), but for those of a part told of the whole
    ("of them", `منهم`): with both sides counted, those tell the whole breakdown."""
    of = {normalize_text(w) for w in figures_data(lex).get("of_these", [])}
    return alternation_rx([w for w in (normalize_text(w) for w in lex.section("enumerations", {}).get("partial", []))
                           if w not in of])


@lru_cache(maxsize=32)
def _leads(lex) -> frozenset[str]:
    """Words that may stand between a count and its side's word: those of "of them" and the
    language's stopwords ("700 of them women", "700 are women")."""
    words = {w for p in figures_data(lex).get("of_these", []) for w in normalize_text(p).split()}
    return frozenset(words | {normalize_text(w) for w in lex.section("stopwords", {}).get("words", [])})


def _of_them_after_noun(lex, words: list[str]) -> bool:
    """The words between a whole and its first part are its noun and words of "of them" alone."""
    of = _of_words(lex)
    return len(words) >= 2 and all(w in of for w in words[1:])


@lru_cache(maxsize=32)
def _of_words(lex) -> frozenset[str]:
    return frozenset(w for p in figures_data(lex).get("of_these", []) for w in normalize_text(p).split())


@lru_cache(maxsize=32)
def _prepositions(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("lists", {}).get("after_last", []))


def complement_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, [part, part]) where two complementary parts do not make the whole."""
    sides = _sides(ctx.lexicon)
    if not sides:
        return
    view, (words, attached) = ctx.doc.normalized, and_words(ctx.lexicon)
    nt = view.text
    counts = [q for q in quantities if q.unit is None and not q.vague and q.low == q.high and q.value >= 1]
    by_sentence: dict[int, list[Quantity]] = {}
    for q in counts:
        if (k := sents.index(q.start)) is not None:
            by_sentence.setdefault(k, []).append(q)
    leads = _leads(ctx.lexicon)
    for cs in by_sentence.values():
        for i in range(len(cs) - 1):
            a, b = cs[i], cs[i + 1]
            (sa, ea), (sb, eb) = (_side(sides, leads, nt, view.from_original(q.end)) for q in (a, b))
            if sa is None or sb is None or sa[0] != sb[0] or sa[1] == sb[1]:
                continue
            gap = _WORDS.findall(nt[ea:view.from_original(b.start)])
            if not (gap and gap[-1] in words or nt[view.from_original(b.start) - 1:view.from_original(b.start)] in attached) \
                    or len(gap) > 1:
                continue   # (the second part joined by "and" right after the first)
            whole, partial = _whole(ctx, view, cs[:i], a) if _ends(nt, eb) else (None, False)
            if whole is None:
                # "the workforce, made up of 1,200 women and 550 men from Lae": its phrase may go on
                whole, partial = told_before(ctx, counts, a, eb), False
            if whole is None:
                continue
            off = a.value + b.value - whole.value
            if off > TOLERANCE * whole.value or not partial and -off > TOLERANCE * whole.value:
                yield whole, [a, b]   # (after "including", fewer may leave others: children)


def _side(sides, leads, nt: str, pos: int) -> tuple[tuple[int, int] | None, int]:
    """The side of a partition the word after a count names ("700 women", "700 of them women",
    "700 are women"), and where that word ends."""
    for m in list(_WORDS.finditer(nt, pos, min(len(nt), pos + 40)))[:3]:
        if (side := sides.get(m.group())) is not None:
            return side, m.end()
        if m.group() not in leads:
            break
    return None, pos


def _ends(nt: str, pos: int) -> bool:
    rest = nt[pos:pos + 3].lstrip(" ")
    return not rest or rest[0] in _ENDS or rest[0] == "\n"


def _whole(ctx, view, before: list[Quantity], first: Quantity) -> tuple[Quantity | None, bool]:
    """The count the parts break down: the nearest before them in the sentence with no preposition
    before it and a comma or a colon between; and whether a word between makes the parts a part
    ("including")."""
    nt = view.text
    preps, partial = _prepositions(ctx.lexicon), _partial_rx(ctx.lexicon)
    fs = view.from_original(first.start)
    for q in reversed(before):
        qs = view.from_original(q.start)
        prev = _WORDS.findall(nt[max(0, qs - 20):qs])[-1:]
        if prev and prev[0] in preps:
            continue   # "in 23 villages": where, not what
        between = nt[view.from_original(q.end):fs]
        cut = max(between.rfind(c) for c in ",،:—–-")   # (a dash too: "the 11 members of the jury -- six women …")
        if cut < 0 and _of_them_after_noun(ctx.lexicon, ws := _WORDS.findall(between)):
            cut = between.find(ws[1])   # `24 متدرباً منهم 15 شاباً و11 فتاة`: "of them" right after the whole's noun
        if cut < 0 or any(w not in _leads(ctx.lexicon) for w in _WORDS.findall(between[cut:])):
            return None, False   # (`قُبلت طلبات 310 نساء`: the parts of another clause)
        return q, partial is not None and partial.search(between) is not None
    return None, False
