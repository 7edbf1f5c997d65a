"""Readings that set two tellings of one noun's figure apart as two statements: each names its own
ordinal ("the first patient" … "the second patient"), or one clause is negated and the other not
("approved 12 new schools" … "did not approve 10 new schools"); and the figures told as added
to another ("with three others", "another 40"), which make a sum, not the first told again."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, clause_bounds, figures_data, opens_another
from .heads import head_data


def ordered_apart(ctx, words, a, b) -> bool:
    """Each figure's sentence names an ordinal before the figure or in its clause, and not the
    same one: two things, each told once ("the first patient a 40% chance" … "the second patient
    a 70% chance"; not "a second berth" in a clause after the figure)."""
    ordinals = _ordinals(ctx.lexicon)
    if not ordinals:
        return False
    text = ctx.doc.text

    def named(m) -> set[str]:
        sent = words.sents.items[m.sentence]
        end = clause_bounds(text, m.q.start, m.q.end)[1]
        return set(re.findall(r"[^\W\d_]+", normalize_text(text[sent.start:end]))) & ordinals
    oa, ob = named(a), named(b)
    return bool(oa and ob) and oa != ob or opens_another(ctx, a.q, b.q)   # ("A second release … at two sites")


@lru_cache(maxsize=32)
def _ordinals(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("restated", {}).get("ordinals", []))


def contrasted(ctx, qa: Quantity, qb: Quantity) -> bool:
    """Whether the clause of one figure is negated and that of the other not: two statements
    ("approved 12 new schools" … "did not approve 10 new schools"); and the figures told as added
to another ("with three others", "another 40"), which make a sum, not the first told again."""
    neg, pro = _negations(ctx.lexicon)
    aims = _purposes(ctx.lexicon)
    text = ctx.doc.text

    def negated(q: Quantity) -> bool:
        start, end = clause_bounds(text, q.start, q.end)
        clause = normalize_text(text[start:q.start] + " " + text[q.end:end])   # (not its qualifier: `لا يتجاوز`)
        clause = aims.sub(" ", clause) if aims is not None else clause   # (nor an aim: `حتى لا يتكرر`)
        return any(t in neg or any(t.startswith(p) and t[len(p):] in neg for p in pro)
                   for t in re.findall(r"[^\W\d_]+", clause))
    return negated(qa) != negated(qb)


@lru_cache(maxsize=32)
def _purposes(lex) -> re.Pattern | None:
    """The negations of a purpose (``[figures.restated] purpose_negations``), as whole words."""
    words = figures_data(lex).get("restated", {}).get("purpose_negations", [])
    return compiled(rf"(?<![^\W\d_])(?:{alternation([normalize_text(w) for w in words])})(?![^\W\d_])") if words else None


@lru_cache(maxsize=32)
def _negations(lex) -> tuple[frozenset[str], tuple[str, ...]]:
    f = figures_data(lex).get("restated", {})
    return (frozenset(normalize_text(w) for w in f.get("negations", [])),
            tuple(normalize_text(p) for p in f.get("proclitics", [])))


def stances_apart(ctx, qa: Quantity, qb: Quantity) -> bool:
    """Whether one figure's sentence, up to the figure, tells one side of a bargain and the other's
    only the other side ("is demanding a bonus of 22 million pesos" … "offered a bonus of 15
    million pesos"): two figures, asked for and offered."""
    sides = _stances(ctx.lexicon)
    if not sides:
        return False
    doc = ctx.doc

    def told(q: Quantity) -> frozenset[str]:
        sent = doc.sentence_at(q.start)
        words = set(re.findall(r"[^\W\d_]+", normalize_text(doc.text[sent.start if sent else 0:q.start]).lower()))
        return frozenset(side for side, ws in sides.items() if words & ws)
    ta, tb = told(qa), told(qb)
    return len(ta) == 1 and len(tb) == 1 and ta != tb


_WORD = compiled(r"[^\W\d_]+")


def genders_apart(ctx, qa: Quantity, qb: Quantity) -> bool:
    """Whether the nouns right after two counts are the feminine and the masculine form of one
    person noun (`1200 طالب` … `700 طالبة`): the women alone and everyone, two groups."""
    fem, masc, prefixes = _genders(ctx.lexicon)
    if not fem:
        return False
    view = ctx.doc.normalized

    def noun(q: Quantity) -> str:
        m = _WORD.search(view.text, view.from_original(q.end), view.from_original(q.end) + 24)
        w = m.group() if m else ""
        return next((w[len(p):] for p in prefixes if w.startswith(p) and len(w) - len(p) >= 3), w)
    a, b = noun(qa), noun(qb)
    for f, m in ((a, b), (b, a)):
        stem = next((f[:-len(e)] for e in fem if f.endswith(e) and len(f) - len(e) >= 3), None)
        if stem is not None and any(m == stem + e for e in ("", *masc)):
            return True
    return False


_BASE_AFTER = 24   # characters from a part to the whole it is told out of ("11 of 16", `11 محطة من أصل 16`)


def left_of(bases: list[Quantity], qa: Quantity, qb: Quantity) -> bool:
    """Whether the later figure is what is left of a whole the earlier one is told out of right after
    it (`11 محطة من أصل 16` … `المحطات الخمس المتبقية`): the others, not the part told again."""
    return any(qa.end <= x.start <= qa.end + _BASE_AFTER and x.unit == qa.unit and qa.value + qb.value == x.value
               for x in bases)


@lru_cache(maxsize=32)
def _genders(lex) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    f = figures_data(lex)
    norm = lambda ws: tuple(sorted({normalize_text(w) for w in ws}, key=len, reverse=True))  # noqa: E731
    article = normalize_text(lex.section("script", {}).get("article", ""))
    prefixes = norm([*(p + article for p in lex.proclitics if article), article, *lex.proclitics] if article else [])
    return norm(f.get("feminine_endings", [])), norm(f.get("masculine_endings", [])), tuple(p for p in prefixes if p)


@lru_cache(maxsize=32)
def _stances(lex) -> dict[str, frozenset[str]]:
    f = figures_data(lex).get("restated", {})
    return {side: frozenset(normalize_text(w).lower() for w in ws) for side, ws in f.get("stances", {}).items()}


@lru_cache(maxsize=32)
def _corrections_rx(lex) -> re.Pattern | None:
    words = sorted({normalize_text(w) for w in figures_data(lex).get("corrected", [])}, key=lambda w: (-len(w), w))
    return compiled(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])") if words else None


def corrected(ctx, q) -> bool:
    """A figure in a sentence that tells a correction, a verb of correcting in it ("first said
    attendance had passed 50,000, before they corrected the figure to 37,100", `قبل أن تصحح الرقم
    إلى`): the figure given up and the one it was corrected to, both told as such."""
    rx = _corrections_rx(ctx.lexicon)
    sent = ctx.doc.sentence_at(q.start)
    if rx is None or sent is None:
        return False
    return rx.search(ctx.doc.normalized_slice(sent.start, sent.end).lower()) is not None


def additions(ctx, quantities: list[Quantity], sents: Sentences) -> tuple[set[int], list[Quantity]]:
    """The sentences that add a figure to another ("with three others", `مع ثلاثة آخرين`, "another 40",
    `ثلاثة متهمين آخرين`: the word after the noun), and those figures."""
    d = head_data(ctx.lexicon)
    view, extra, out, figures = ctx.doc.normalized, d.additional, set(), []
    for q in quantities:
        qs, qe = view.from_original(q.start), view.from_original(q.end)
        w, b = re.findall(r"[^\W\d_]+", view.text[qe:qe + 30])[:2], view.text[max(0, qs - 30):qs].split()[-2:]
        # ("the other 27": the rest of a whole told, not more of it)
        before = bool(b) and b[-1] in extra and not (len(b) == 2 and b[0] in d.definite)
        if (extra.intersection(w) or before) and (k := sents.index(q.start)) is not None \
                and not (q.thing and any(x.thing and x.thing != q.thing and sents.index(x.start) == k for x in quantities)):
            out.add(k)   # (not a toll of another class: "killed three workers and injured seven others")
            figures.append(q)
    return out, figures


_COMPLEMENT = compiled(r"[^\S\n]{1,3}([^\W\d_]+)[^\S\n]{1,3}((?:[^\W\d_]+[^\S\n]{1,3}){0,3})")   # a head, a preposition, words


def complement_apart(ctx, words, a, b) -> bool:
    """A definite figure whose noun names what it is of after a preposition ("the 15 percent duty on
    cars"), none of whose words the other figure's sentence holds ("raised the import duty on sugar to
    20 percent"); or two figures whose nouns each name it, in words the other's sentence lacks ("hire
    500 teachers for village schools" … "will also hire 400 teachers for secondary schools"): two
    things of one noun. Read where the head comes last."""
    d = head_data(ctx.lexicon)
    if not d.head_last or not b.head.word:
        return False
    kb = _complement(ctx, words, d, b)
    if not kb:
        return False
    if b.head.definite:
        return not kb & words.sentence(a.sentence)
    ka = _complement(ctx, words, d, a, first=True) if a.head.word else set()
    kb = _complement(ctx, words, d, b, first=True)   # ("village schools", "secondary schools": the first words)
    return bool(ka and kb) and not ka & kb and not kb & words.sentence(a.sentence) and not ka & words.sentence(b.sentence)


def _complement(ctx, words, d, m, first: bool = False) -> set[str]:
    """The keys of the first words (with ``first``, of the first word) after the preposition that
    follows a figure's noun ("on cars")."""
    view = ctx.doc.normalized
    at = view.from_original(m.q.end)
    near = view.text[at:at + 40]
    c = _COMPLEMENT.match(view.text, at + near.find(m.head.word) + len(m.head.word)) if m.head.word in near else None
    if c is None or c.group(1) not in _links(ctx.lexicon):
        return set()
    told = list(itertools.takewhile(lambda w: w not in d.stop, [w for w in c.group(2).split() if w not in d.definite]))[:2]
    return set(words.keys_of(" ".join(told[:1] if first else told)))


@lru_cache(maxsize=32)
def _links(lex) -> frozenset[str]:
    """Prepositions between a noun and what it is of ("duty on", "grant for")."""
    return frozenset(normalize_text(w) for w in figures_data(lex).get("restated", {}).get("complement_links", []))
