"""NUM001's reading of a sum told back: an amount that refers to one told before — after a
determiner ("the €3.6m was routed …") or after a noun that names a sum (`المبلغ المختلس، والمقدّر
بـ٣٫٤ مليون دينار`, language data ``[figures] sum_nouns``) — held to the only other amount in
its currency in the article, whatever noun each is said of. A market report's many prices, or
two sums of one currency before it, leave it silent. So is a measure told back with the article
and no noun of its own ("the 321,000 tonnes the company mined", `الـ4600 طن التي خرجت`): held to
an earlier measure in its unit written with the same digits in another order, or to the only
earlier one."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, compatible, figures_data, stopwords, transposed
from .heads import article_attached, head_data, noun_key
from .restated import guards, in_range

_LEAD = 40          # characters before an amount where the noun of a sum may stand
_MAX_RATIO = 3.0    # a mistyped sum stays within this factor of the first
_NEXT = re.compile(r"[^\S\n]+([^\W\d_]+)")   # the word right after an amount, across spaces only
_WORDS = re.compile(r"[^\W\d_]+")
_DETERMINED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s*$")   # the word right before an amount


def find_referred(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, the noun of a sum) for a sum told back with another figure."""
    by_unit: dict[str, list] = collections.defaultdict(list)
    for q in quantities:
        if q.unit not in (None, "%") and not q.vague and not q.subset:
            by_unit[q.unit].append(q)
    lead = _lead_rx(ctx.lexicon)
    word = next(iter(figures_data(ctx.lexicon).get("sum_nouns", [])), None)   # "sum", `المبلغ`: for the message
    determiners = _determiners(ctx.lexicon)
    for qs in by_unit.values():
        for n, b in enumerate(qs[1:], 1):
            # the only other sum of its currency, or among several the one written with its digits
            # in another order ("at an estimated $4.6 million" … "The $6.4 million, Khatib said")
            a = qs[0] if len(qs) == 2 else next((x for x in qs[:n] if transposed(x.value, b.value)), None)
            if len(qs) > 2 and any(compatible(x, b) for x in qs[:n]):
                continue   # the same sum told before: that is the one told back
            named = _named_before(ctx, sents, qs[:n], b) if a is None or len(qs) == 2 else None
            a = named or a   # "the $285 million transaction": the one earlier sum told in a sentence of a deal
            if a is None or sents.index(a.start) == sents.index(b.start) or b.update or compatible(a, b) or dated(a, b):
                continue
            lo, hi = sorted((abs(a.value), abs(b.value)))
            if lo <= 0 or hi / lo > _MAX_RATIO:
                continue
            k = sents.index(b.start)
            start = max(sents.items[k].start, b.start - _LEAD) if k is not None else b.start
            before = normalize_text(ctx.doc.text[start:b.start])
            found = lead.search(before) if lead is not None else None
            if found is None and article_attached(head_data(ctx.lexicon), before):
                yield a, b, word   # `أن الـ580 مليون ليرة التي أُنفقت`: the sum told before
                continue
            if found is None:
                if (own := _own_rx(ctx.lexicon)) is not None and (m := own.search(before)) is not None and \
                        _told_back(ctx.lexicon, ctx.doc.text, b.start - len(before) + m.start()) and \
                        (transposed(a.value, b.value) or named is a):
                    yield a, b, m.group().strip()   # `أن المشروع البالغة كلفته 64 مليار` after `46 مليار`; `الصفقة
                    #                                  البالغة قيمتها` after `صفقة` told with the only earlier sum
                continue
            told, after = found.group().strip(), _NEXT.match(ctx.doc.text, b.end)
            if named is not None and told in determiners:
                yield a, b, after.group(1)
                continue
            if told in determiners and after is not None and normalize_text(after.group(1)) not in stopwords(ctx.lexicon) \
                    and not transposed(a.value, b.value):
                continue   # "near the 150 yen level": the determiner is the noun's after it, no sum told back
                #            (but "the NZ$12.4 million bill" after "cost NZ$14.2 million": its digits swapped)
            yield a, b, word if told in determiners else told   # `المبلغ`: the word as told
    yield from _measures_told_back(ctx, quantities, sents, dated)


def _named_before(ctx, sents: Sentences, earlier: list, b):
    """The one earlier sum whose sentence names the thing a sum is told back of — the noun after
    it and a determiner before it, or the possessor of its value ("the deal, whose value") — or
    a word of its meaning ("for $312 million, … in a deal" … "of the $285 million transaction"),
    no other sum sharing that sentence; None when none or several do."""
    lex, text = ctx.lexicon, ctx.doc.text
    k = sents.index(b.start)
    before = normalize_text(text[max(sents.items[k].start if k is not None else 0, b.start - _LEAD):b.start])
    if (m := _DETERMINED.search(before)) is not None and normalize_text(m.group(1)) in _determiners(lex):
        after = _NEXT.match(text, b.end)
        noun = normalize_text(after.group(1)) if after is not None else ""
        more = _NEXT.match(text, after.end()) if after is not None else None
        if more is not None and normalize_text(more.group(1)) not in stopwords(lex):
            return None   # (a noun of one word: not "the $70 million tower programme")
    elif (own := _own_rx(lex)) is not None and (m := own.search(before)) is not None:
        noun = _told_back(lex, text, b.start - len(before) + m.start()) or ""
    else:
        return None
    if noun in stopwords(lex) or len(noun) < 4:
        return None
    key, found = noun_key(lex, noun), []
    for a in earlier:
        i = sents.index(a.start)
        if i is None or i == k or sum(sents.index(x.start) == i for x in earlier) > 1:
            continue
        words = _WORDS.findall(normalize_text(text[sents.items[i].start:sents.items[i].end]))
        if any(noun_key(lex, w) == key for w in words if len(w) >= 4):
            found.append(a)
    return found[0] if len(found) == 1 else None


def _measures_told_back(ctx, quantities, sents: Sentences, dated):
    """(earlier, later, unit) for a measure told back ("the 321,000 tonnes the company mined")
    and the earlier measure in its unit it tells again with another figure."""
    d, view, lex = head_data(ctx.lexicon), ctx.doc.normalized, ctx.lexicon
    if not d.substance:
        return
    previous, joiner, split = guards(lex)
    stop, lead = stopwords(lex), _lead_rx(lex)
    by_unit: dict[str, list] = collections.defaultdict(list)
    for i, q in enumerate(quantities):
        if q.unit is not None or q.vague or q.subset:
            continue
        ns, ne = view.from_original(q.start), view.from_original(q.end)
        unit = _NEXT.match(view.text, ne)
        key = noun_key(lex, unit.group(1)) if unit is not None else None
        before = view.text[max(0, ns - 30):ns]
        if key not in d.substance or in_range(ctx.doc, quantities, i, joiner, split) or \
                previous is not None and previous.search(before):
            continue
        if (rate := rate_after(lex)) is not None and rate.match(view.text, unit.end()):
            continue   # "85,000 barrels a day": a rate, not a quantity a later one tells back
        after = _NEXT.match(view.text, unit.end())
        back = lead is not None and lead.search(before) is not None or article_attached(d, before)
        own = after is not None and (after.group(1) in d.of or after.group(1) not in stop and not d.plural_ends)
        #     ("… tonnes of maize", `طن قمح`; not "the 26 tonnes sold this week": a plural ends its phrase)
        by_unit[key].append((q, back and not own, unit.group(1)))
    for told in by_unit.values():
        for n, (b, back, word) in enumerate(told):
            earlier = [a for a, _, _ in told[:n] if sents.index(a.start) != sents.index(b.start)]
            if not back or not earlier or any(compatible(a, b) for a, _, _ in told[:n]):
                continue   # (the same measure told before: "7,300 tonnes of phosphate" … "the 7,300 tonnes")
            swapped = [a for a in earlier if transposed(a.value, b.value)]
            a = swapped[0] if swapped else earlier[0] if len(earlier) == 1 else None
            if a is not None and not dated(a, b) and \
                    max(a.value, b.value) <= _MAX_RATIO * min(a.value, b.value):
                yield a, b, word


def _told_back(lex, text: str, pos: int) -> str | None:
    """The possessor of a sum told before ``pos`` where it is a bare definite noun right after a
    clause's start ("said the project, whose cost", `أن المشروع، الذي تبلغ كلفته`): the thing
    already told, not another one the words name (`المسبح الأولمبي الجديد البالغة كلفته`, "an
    expansion of Tanga port, its cost"); None otherwise."""
    d, stop = head_data(lex), stopwords(lex)
    skip = _possessor_skip(lex)
    words = re.findall(r"[^\W\d_]+|[,،]", normalize_text(text[max(0, pos - 60):pos]))
    while words and (words[-1] in skip or words[-1] in ",،"):
        words.pop()
    if not words or words[-1] in stop:
        return None
    k = 1 if any(words[-1].startswith(p) for p in d.prefixes) else 2   # `المشروع`; "the project"
    if k == 2 and (len(words) < 2 or words[-2] not in stop):
        return None
    return words[-1] if len(words) <= k or words[-k - 1] in stop or words[-k - 1] in ",،" else None


@lru_cache(maxsize=32)
def _possessor_skip(lex) -> frozenset[str]:
    """Words between a possessor and the noun of its sum: relatives and verbs of value."""
    f = figures_data(lex)
    return frozenset(normalize_text(w) for p in (*f.get("relative", []), *f.get("value_of", []), *f.get("definite", []))
                     for w in p.split())


@lru_cache(maxsize=32)
def rate_after(lex) -> re.Pattern | None:
    """Words right after a measure's unit that make it a rate ("a day", `يومياً`)."""
    return alternation_rx(figures_data(lex).get("rate_after", []), before=r"\s+")


@lru_cache(maxsize=32)
def _own_rx(lex) -> re.Pattern | None:
    """A noun of a thing's own sum told with its possessor ("its cost", `كلفته`)."""
    return alternation_rx(figures_data(lex).get("own_sum_nouns", []))


@lru_cache(maxsize=32)
def _determiners(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("definite", []))


@lru_cache(maxsize=32)
def _lead_rx(lex) -> re.Pattern | None:
    """A determiner right before an amount ("the €3.6m"), or a noun of a sum shortly before it."""
    f = figures_data(lex)
    definite = "|".join(re.escape(normalize_text(w)) for w in f.get("definite", []))
    sums = alternation_rx(f.get("sum_nouns", []))
    parts = ([rf"(?<![^\W\d_])(?:{definite})\s*$"] if definite else []) + ([sums.pattern] if sums is not None else [])
    return re.compile("|".join(parts)) if parts else None
