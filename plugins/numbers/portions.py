"""NUM003: a part of a counted whole told twice, once as a share and once as a count, that do not
agree. "The cooperative has 64 members, three-quarters of them women" makes about 48 women, which
"the cooperative's 40 women" later cannot be; "420 stings, 84 of them in children" makes 20 % of
the stings, which "children, who account for 35 per cent of the stings" cannot be.

A whole is a count of a noun ("64 members", `420 حالة`). Its part is told right after it, in its
clause: a share of it (a fraction or a percentage followed by a word of ``[figures.portions]
of_them``, "three-quarters of them", `ثلاثة أرباعهم`, as the language data's ``fractions`` or as a
figure) and the noun it picks out ("women", `النساء`, past the words of ``skip``); or a count of
it (a part the quantities mark as a subset, "84 of them", `منها 84`) and the noun after its own
("in children", `لأطفال`). The other telling is in another sentence: a count of the part's noun
told as known ("the cooperative's 40 women", the article), or a percentage of the whole's noun
("35 per cent of the stings", `35 بالمائة من الحالات`) with the part's noun before it in its clause.
Both nouns are compared by NUM001's noun keys; figures agree within the share's own precision,
rounding and a point either side, and a qualifier ("about") widens them by a tenth."""

from __future__ import annotations

import re
from functools import lru_cache

from checker import Example, rule
from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, bare, figures_data, prefixes
from .counted_back import counted_back
from .heads import head_data, head_of, noun_key

_AFTER = 40      # characters after a whole where its part is told
_BEFORE = 8      # words before a percentage where the part's noun stands
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[.;!?؟؛:\n()]")
_COMMA = re.compile(r"[,،]")
_NOUN_AFTER = re.compile(r"[^\S\n]+[^\W\d_]+")


_MOST = 30   # readings per article, at most (each reads the article's counts once)


@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("portions", {})
    norm = lambda ws: tuple(sorted((normalize_text(w) for w in ws), key=len, reverse=True))   # noqa: E731
    fractions = {normalize_text(k): float(v) for k, v in d.get("fractions", {}).items()}
    return norm(d.get("of_them", [])), fractions, frozenset(norm(d.get("skip", []))), norm(d.get("of", []))


def _key(lex, word: str) -> str:
    return noun_key(lex, bare(word, prefixes(lex)))


def _keys(lex, words: list[str]) -> set[str]:
    """The noun keys of words, also without a one-letter proclitic (`لأطفال`: of children)."""
    out = set()
    for w in words:
        out.add(_key(lex, w))
        if w[:1] in lex.proclitics and len(w) > 4:
            out.add(_key(lex, w[1:]))
    return out


def _content(lex, text: str, skip: frozenset[str], n: int) -> list[str]:
    stop = head_data(lex).stop
    return [w for w in _WORD.findall(text) if w not in skip and w not in stop and len(w) >= 3][:n]


def _wholes(ctx, quantities: list[Quantity]):
    """(whole, its noun keys, share low, share high, the share or part, the part's noun keys, counted)
    for each whole with a part told right after it; ``counted``: the part is a count, not a share."""
    lex, view = ctx.lexicon, ctx.doc.normalized
    of_them, fractions, skip, _ = _data(lex)
    if not of_them and not fractions:
        return
    for i, w in enumerate(quantities):
        if w.unit is not None or w.vague or w.subset or w.group is None or w.value < 4:
            continue
        ws, we = view.from_original(w.start), view.from_original(w.end)
        tail = _CLAUSE.split(view.text[we:we + _AFTER + 40])[0]
        comma = _COMMA.search(tail, 0, _AFTER)   # (the part's comma within a few words of the whole)
        if comma is None:
            continue
        at = we + comma.end()
        rest = view.text[at:we + len(tail)]
        lead = len(rest) - len(rest.lstrip())
        rest = rest.lstrip()
        told = next((o for o in of_them if rest.startswith(o + " ")), None)
        if told is not None:   # `منها 84 حالة`: "of them" before the part's count
            lead += len(told) + 1 + len(rest[len(told) + 1:]) - len(rest[len(told) + 1:].lstrip())
            rest = rest[len(told) + 1:].lstrip()
        head = head_of(lex, view.text, ws, we, ctx.doc.text[max(0, w.start - 30):w.start])
        whole = {_key(lex, normalize_text(w.group))} | ({head.main} if head is not None else set())   # ("420 scorpion stings")
        share = next((f for f in sorted(fractions, key=len, reverse=True) if rest.startswith(f)), None)
        if share is not None:   # "three-quarters of them women", `ثلاثة أرباعهم من النساء`
            low = high = fractions[share]
            part, after = None, rest[len(share):]
        else:
            nxt = next((q for q in quantities[i + 1:i + 3] if view.from_original(q.start) == at + lead), None)
            if nxt is None:
                continue
            ne = view.from_original(nxt.end)
            after = view.text[ne:we + len(tail)]
            if nxt.unit == "%":   # "75 per cent of them women"
                if not after.lstrip().startswith(of_them):
                    continue
                low, high, part = (nxt.low or 0) / 100, (100 if nxt.high is None else nxt.high) / 100, nxt
                #   (a bound, "at least 70% of them": up to all of them)
                after = after.lstrip()[len(next(o for o in of_them if after.lstrip().startswith(o))):]
            elif nxt.unit is None and nxt.value < w.value and (nxt.subset or told is not None
                                                               or after.lstrip().startswith(of_them)):   # "84 of them in children", `منها 84 حالة لأطفال`
                low = high = nxt.value / w.value
                part = nxt
                after = after.lstrip()
                for o in of_them:
                    after = after[len(o):] if after.startswith(o) else after
                if nxt.group is not None and _key(lex, normalize_text(nxt.group)) in whole:
                    after = after.lstrip()[len(_WORD.match(after.lstrip()).group()):] if _WORD.match(after.lstrip()) else after
            else:
                continue
        nouns = _keys(lex, _content(lex, after, skip, 1)) - whole
        if nouns:
            yield w, whole, low, high, part if share is None else (at + lead, at + lead + len(share)), nouns, \
                share is None and part is not None and part.unit is None


def find_portions(ctx, quantities: list[Quantity]):
    """Yield (message id, the later figure, the whole, the share or part (a Quantity, or the
    normalised span of a fraction word), the value the whole and its share make)."""
    lex, view = ctx.lexicon, ctx.doc.normalized
    sents = Sentences(ctx.doc)
    _, _, skip, of = _data(lex)
    for w, whole, low, high, part, nouns, counted in list(_wholes(ctx, quantities))[:_MOST]:
        k = sents.index(w.start)
        for q in quantities:
            if q.start <= w.start or sents.index(q.start) in (k, None) or q.vague:
                continue
            qs, qe = view.from_original(q.start), view.from_original(q.end)
            if q.unit == "%" and counted:   # "children, who account for 35 per cent of the stings"
                after = view.text[qe:qe + 30].lstrip()
                o = next((x for x in of if after.startswith(x)), None)
                if o is None or not whole & _keys(lex, _content(lex, after[len(o):], skip, 1)):
                    continue
                clause = _CLAUSE.split(view.text[max(0, qs - 80):qs])[-1]
                if not nouns & _keys(lex, _content(lex, clause, skip, 99)[-_BEFORE:]):
                    continue
                share = 100 * low
                slack = 1.5 + (0.1 * q.value if q.qualifier else 0)
                if not q.low - slack <= share <= q.high + slack:
                    yield "share", q, w, part, round(share, 1)
                    break
            elif q.unit is None and not counted and not q.subset:   # "the cooperative's 40 women", `النساء الـ40`
                head = head_of(lex, view.text, qs, qe, ctx.doc.text[max(0, q.start - 30):q.start])
                if head is None or not head.definite or not ({head.main} | _keys(lex, [head.word] if head.word else [])) & nouns:
                    continue
                lo, hi = low * w.low, high * w.high
                widen = 0.1 * hi if q.qualifier or w.qualifier else 0
                if not lo - 1 - widen <= q.value <= hi + 1 + widen:
                    yield "count", q, w, part, round((lo + hi) / 2)
                    break


def _whole_text(ctx, w: Quantity) -> str:
    """The whole as written to its head noun ("64 members", "420 scorpion stings", `420 حالة`)."""
    view = ctx.doc.normalized
    head = head_of(ctx.lexicon, view.text, view.from_original(w.start), view.from_original(w.end),
                   ctx.doc.text[max(0, w.start - 30):w.start])
    end = w.end
    for _ in range(3):
        noun = _NOUN_AFTER.match(ctx.doc.text, end)
        if noun is None:
            break
        end = noun.end()
        if head is None or _key(ctx.lexicon, normalize_text(noun.group().strip())) == head.main:
            break
    return ctx.doc.text[w.start:end]


@rule(
    id="NUM003",
    name="share-of-whole",
    severity="warning",
    languages=["*"],
    summary="A part of a counted whole told as a share in one place and as a count in another, and the two do not agree.",
    messages={
        "count": "{count} '{thing}' here, but {share} of the {whole} told earlier make about {made}: the two cannot both be right.",
        "share": "{share} here, but {part} of the {whole} told earlier make {made:g}%: the two cannot both be right.",
    },
    notes={
        "whole": "the whole told here",
        "part": "its part told here",
    },
    examples=[
        Example("The cooperative has 64 members, three-quarters of them women. It sells honey in the capital.\n"
                "The cooperative's 40 women run the packing room.", "en", True),
        Example("The cooperative has 64 members, three-quarters of them women. It sells honey in the capital.\n"
                "The cooperative's 48 women run the packing room.", "en", False),
        Example("وسجلت الولاية 420 حالة لسع، منها 84 حالة لأطفال.\nويمثل الأطفال 35 بالمائة من الحالات المسجلة.", "ar", True),
        Example("وسجلت الولاية 420 حالة لسع، منها 84 حالة لأطفال.\nويمثل الأطفال 20 بالمائة من الحالات المسجلة.", "ar", False),
    ],
)
def share_of_whole(ctx, quantities):
    """
    ## What it flags
    A part of a counted whole told twice, once as a share of it and once as a count, or once as a
    count and once as a percentage, that do not agree: "The cooperative has 64 members,
    three-quarters of them women" (about 48) … "The cooperative's 40 women"; `وتضم الجمعية 64 عضواً،
    ثلاثة أرباعهم من النساء` … `نساء الجمعية الـ40`; "420 stings, 84 of them in children" (20 %) …
    "children, who account for 35 per cent of the stings"; `420 حالة لسع، منها 84 حالة لأطفال` …
    `ويمثل الأطفال 35 بالمائة من الحالات`. The part is told right after its whole, in its clause, by a
    fraction or a percentage followed by "of them" (`ثلاثة أرباعهم`, `نصفهم`), or by a count the
    article marks as a part of it ("84 of them", `منها`), and names its noun after that. The other
    telling is in another sentence: a count of that noun told as known ("the 40 women", a possessive,
    the article), or a percentage "of the" whole's noun with the part's noun before it in its clause.

    A share of the count told as a bound ("at least 70% of them Saudi nationals") runs from the bound up to all
    of them.

    ## Why it matters
    A share and a count of one group that cannot both hold tell that one of the figures, or the
    whole, is wrong.

    ## Example
    "The cooperative has 64 members, three-quarters of them women." … "The cooperative's 40 women …"

    ## Not flagged
    Figures that agree within the share's precision, rounding and a point either side ("three-quarters"
    is read as 71–79 %, "about" widens by a tenth); a count of the noun told as new ("40 women
    attended the meeting": a part of the part, maybe); a percentage of another whole; two tellings in
    one sentence.
    """
    view = ctx.doc.normalized
    for key, q, w, part, made in find_portions(ctx, counted_back(ctx, quantities)):   # (and `النساء الـ40`)
        if isinstance(part, Quantity):
            ps, pe, ptext = part.start, part.end, part.text
        else:
            ps, pe = view.to_original(*part)
            ptext = ctx.doc.text[ps:pe]
        whole = _whole_text(ctx, w)
        related = [ctx.related(w.start, w.end, "the whole told here"), ctx.related(ps, pe, "its part told here")]
        if key == "count":
            ctx.report("count", q.start, q.end, related=related, count=q.text, thing=q.group or "",
                       share=ptext, whole=whole, made=f"{made:,.0f}")
        else:
            ctx.report("share", q.start, q.end, related=related, share=q.text, part=ptext, whole=whole, made=made)
