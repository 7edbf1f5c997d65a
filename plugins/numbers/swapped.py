"""NUM001's reading of one amount written with its digits in another order: two figures of one
unit (a currency, a measure: `2.4 مليون دينار` … `4.2 مليون دينار`, "14,300 tonnes" … "13,400
tonnes") in two sentences that share a distinctive word besides the unit (the thing, its place or
source: `الخسائر … المديرية` … `الأضرار … المديرية`), whatever noun each is told with. A
transposition seldom happens by chance, so the same digits in another order are one figure
mistyped; figures a date sets apart, or of a unit told more than a few times (a table), are not
compared. Counts of kin nouns whose sentences share no such word are one figure when two neighbouring
digits are exchanged and the later count is told back as known ("some 3,200 workers off the job" …
"the 2,300 striking miners"; "412 passengers and crew" … "all 421 people aboard"); and two
amounts of one currency so exchanged, the later told back as known, whatever their sentences
share ("the €4.2 billion merger" … "the 2.4-billion-euro transaction"), or the only two amounts of
their currency and size, a million or more ("for £2.4m" … "to the tune of £4.2 million"), or the
headline's amount told again ("… after $38.5 million repair" … "It is a $35.8 million project")."""

from __future__ import annotations

import collections
import math
import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .apart import corrected
from .common import Sentences, figures_data, headline, transposed, written_digits
from .heads import head_data, head_of
from .referred import rate_after
from .restated import _SentenceWords, guards, in_range

_MAX_UNIT = 6   # figures of one unit in an article, at most, for two of them to be one amount
_MAX_COUNTS = 12   # … and counts of any noun
_RARE = 3       # a word in at most this many sentences is distinctive (or a third of them)
_WORD = compiled(r"[^\W\d_]+")
_NEXT_WORD = compiled(r"\s*([^\W\d_]+)")   # the word right after a figure


def _unit_of(q) -> str | None:
    """What a figure is measured in: its unit, else the measure noun right after it (`طن`)."""
    if q.unit is not None and q.unit != "%":
        return q.unit
    return f"~{q.group}" if q.unit is None and q.group else None


@lru_cache(maxsize=32)
def _bound_rx(lex) -> re.Pattern:
    """A hyphen and a word ("150-megawatt"), or the words of "of" ("150 of them"), right after a figure."""
    of = sorted({normalize_text(w) for p in figures_data(lex).get("of", []) for w in p.split()}, key=lambda w: (-len(w), w))
    return compiled(r"-[^\W\d_]" + "".join(rf"|\s+{re.escape(w)}\s" for w in of))


def _bound(ctx, q) -> bool:
    """A figure bound to what follows it: a hyphenated measure ("150-megawatt"), or a part of a
    whole ("150 of them"): no count of its own noun."""
    return _bound_rx(ctx.lexicon).match(normalize_text(ctx.doc.text[q.end:q.end + 12])) is not None


def _kin(a, b) -> bool:
    """Two counts that may count one thing: of one class and one group, or either not told
    ("Some 38,500 people have crossed" … "35,800 refugees and returnees have entered")."""
    return all(x is None or y is None or x == y for x, y in ((a.thing, b.thing), (a.group, b.group)))


def _rate(view, rate, q, per=None) -> bool:
    """Whether a figure is a rate ("85,000 barrels a day", "$60 a barrel", ``per``: "$4.9 million annually"):
    right after it or after its noun."""
    if rate is None:
        return False
    end = view.from_original(q.end)
    after = re.match(r"\s*[^\W\d_]+", view.text[end:end + 40])
    return bool(rate.match(view.text, end) or after and rate.match(view.text, end + after.end())
                or per is not None and per.match(view.text, end))


def _adjacent(x: float, y: float) -> bool:
    """Two figures one of which is the other with two neighbouring digits exchanged (412 and 421)."""
    dx, dy = str(int(abs(x))), str(int(abs(y)))
    diff = [k for k in range(min(len(dx), len(dy))) if dx[k] != dy[k]]
    return len(dx) == len(dy) and len(diff) == 2 and diff[1] == diff[0] + 1


def _told_back(ctx, q) -> bool:
    """A count told as one already known: a definite word right before it ("the 2,300 striking
    miners", "all 421 people aboard"), or the article written on it (`الـ363 عائداً`)."""
    before = _WORD.findall(ctx.doc.normalized_slice(max(0, q.start - 16), q.start))
    article = normalize_text(ctx.lexicon.section("script", {}).get("article", ""))
    return bool(before) and (before[-1] in head_data(ctx.lexicon).definite or before[-1] == article   # (`الـ363 عائداً`:
                             and ctx.doc.normalized_slice(max(0, q.start - 3), q.start).rstrip("ـ").endswith(article))   # the article on it)


def _head_word(ctx, q) -> str | None:
    """The noun a count is told with ("miners" of "the 2,300 striking miners"), else the word after it
    ("people" of "all 421 people aboard"), None when none is read."""
    view = ctx.doc.normalized
    head = head_of(ctx.lexicon, view.text, view.from_original(q.start), view.from_original(q.end))
    if head is not None:
        return head.word
    after = _NEXT_WORD.match(view.text, view.from_original(q.end), view.from_original(q.end) + 24)
    return after.group(1) if after else None


def _only_two(qs, a, b) -> bool:
    """The only two amounts of their currency of their size (a power of ten) in the article, a million
    or more ("sold … for £2.4m" … "deceived to the tune of £4.2 million", beside "£310,000")."""
    size = int(math.log10(a.value)) if a.value > 0 else None
    return size is not None and a.value >= 1e6 and \
        sum(1 for _, q in qs if q.value > 0 and int(math.log10(q.value)) == size) == 2


def find_swapped(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, unit) for two figures of one unit with the same digits in another
    order, in sentences sharing a distinctive word, unless a date sets them apart."""
    _, joiner, split = guards(ctx.lexicon)
    by_unit: dict[str, list] = collections.defaultdict(list)
    view, rate, per = ctx.doc.normalized, head_data(ctx.lexicon).rate, rate_after(ctx.lexicon)
    for i, q in enumerate(quantities):
        if q.subset or q.value < 100 or corrected(ctx, q):
            continue   # (a figure told as a correction, "corrected it to 460,000": the swap is told)
        if _rate(view, rate, q, per):
            if (unit := _unit_of(q)) is not None and not unit.startswith("~") and not q.vague:
                by_unit[f"{unit}/"].append((i, q))   # rates, compared with rates only ("$9.4 million a year" …
            continue                                 # "$4.9 million annually")
        if (unit := _unit_of(q)) is not None and not q.vague:
            by_unit[unit].append((i, q))
        if q.unit is None and not _bound(ctx, q):   # (an approximate count too: "some 3,200 workers")
            by_unit["#"].append((i, q))   # counts of any noun: compared where their kinds allow
    words = None
    for unit, qs in sorted(by_unit.items(), key=lambda kv: kv[0] == "#"):   # (counts of any noun last)
        if len(qs) < 2 or len(qs) > (_MAX_COUNTS if unit == "#" else _MAX_UNIT):
            continue
        for x, (j, b) in enumerate(qs):
            for i, a in qs[:x]:
                if not transposed(a.value, b.value) or written_digits(a) != written_digits(b) or dated(a, b):
                    continue
                kin = unit != "#" or _kin(a, b) or _head_word(ctx, a) == _head_word(ctx, b) is not None
                #     (counts of one noun told with other words: "412 inspection reports" … "the 421 unverified reports";
                #      of two nouns: of four digits, two neighbours exchanged)
                if not kin and not (_adjacent(a.value, b.value) and a.value >= 1000):
                    continue
                ka, kb = sents.index(a.start), sents.index(b.start)
                if ka is None or kb is None or ka == kb or in_range(ctx.doc, quantities, i, joiner, split) \
                        or in_range(ctx.doc, quantities, j, joiner, split):
                    continue
                words = words or _SentenceWords(ctx, sents)
                freq, unit_words = words.freq(), set(words.keys_of(unit.strip("~/")))
                rare = max(_RARE, len(sents.items) // 3)   # (in a longer article, in a third of its sentences at most)
                shared = {w for w in (words.sentence(ka) & words.sentence(kb)) - unit_words if freq[w] <= rare}
                if shared and kin and not (a.vague or b.vague):
                    yield a, b, unit[1:] if unit.startswith("~") else _head_word(ctx, b) if unit == "#" else None
                    #     (a currency tells itself; a count its noun)
                    break
                if unit == "#" and _adjacent(a.value, b.value) and _told_back(ctx, b) and not _told_back(ctx, a):
                    yield a, b, _head_word(ctx, b)   # ("some 3,200 workers" … "the 2,300 striking miners")
                    break
                if unit[0] not in "#~" and _adjacent(a.value, b.value) and _told_back(ctx, b):
                    yield a, b, _head_word(ctx, b)   # two amounts of a currency, the later told back as known ("the €4.2
                    break              # billion merger" … "the 2.4-billion-euro transaction")
                if unit[0] not in "#~" and _adjacent(a.value, b.value) and (_only_two(qs, a, b) or ka == headline(sents)):
                    yield a, b, None   # … or the only two of their size, or the headline's amount told again ("Bridge
                    break              # reopens after $38.5 million repair" … "It is a $35.8 million project")
