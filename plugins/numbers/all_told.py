"""NUM001's reading of a whole told back with "all" ("Rescuers brought all 64 people down"; "their
number" after "all": `جميع من أُنزلوا من العربات، وعددهم 97 شخصاً`): the
count of the people an earlier sentence told of ("leaving 86 skiers and sightseers suspended"),
when that is the one earlier count of people of its size. A count of people is one of people in
general, of a noun with an ending of a person ("skiers", "passengers": language data
``[figures.all_told] person_endings``), or of a noun of a person's shape (`راكباً`: ``person_shapes``).
A whole under ten only when told as a group's ("all six members of the party": ``groups`` after ``group_of``).
Silent where two earlier counts of one sentence make the whole ("162 passengers and 12 crew" … "all
174 people aboard"), where the earlier one is a rate,
a measure or bound to a word, and where dates set the two apart."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, figures_data
from .heads import head_data, measures, noun_key, person_shapes
from .swapped import _bound, _rate

_MAX_RATIO = 3.0   # the two counts stay within this factor of each other
_LEAST = 10        # a whole told back counts at least this many
_WORDS_BEFORE = compiled(r"([^\W\d_]+)\s*$")
_WORD_AFTER = compiled(r"\s*([^\W\d_]+)")
_WORD = compiled(r"[^\W\d_]+")
_ALL_REACH = 80   # characters before a count told as "their number" where "all" may stand


@lru_cache(maxsize=32)
def _data(lex) -> tuple:
    d = figures_data(lex).get("all_told", {})
    norm = lambda ws: tuple(normalize_text(w) for w in ws)  # noqa: E731
    shapes, shape_endings = person_shapes(lex)
    group = None
    if d.get("groups") and d.get("group_of"):   # "all six members of the party": a small whole, told as the group's
        alt = lambda ws: "|".join(re.escape(w) for w in sorted(norm(ws), key=len, reverse=True))  # noqa: E731
        group = compiled(rf"\s*[^\W\d_]+\s+(?:{alt(d['group_of'])})\s+(?:{alt(d['groups'])})(?![^\W\d_])")
    return (frozenset(norm(d.get("all", []))), norm(d.get("person_endings", [])), frozenset(norm(d.get("numbered", []))),
            shapes, shape_endings, group)


def _person(lex, nt: str, end: int, endings: tuple[str, ...], shapes: tuple = (), strip: tuple[str, ...] = (),
            reach: int = 1) -> str | None:
    """The noun of people right after a count ending at ``end``: one of people in general, one
    with an ending of a person, or one of the shape of a noun of a person (`راكباً`); None otherwise."""
    for _ in range(reach):   # (an earlier count past one word that qualifies it: "seven stranded hikers")
        m = _WORD_AFTER.match(nt, end)
        if m is None:
            return None
        w = m.group(1)
        bare = next((w[:-len(x)] for x in strip if w.endswith(x) and len(w) > len(x) + 2), w)
        if noun_key(lex, w) in head_data(lex).generic or (len(w) > 5 and endings and w.endswith(endings)) \
                or any(p.match(bare) for p in shapes):
            return w
        end = m.end()
    return None


def _told_all(nt: str, sents_start: int, bs: int, alls: frozenset[str], numbered: frozenset[str]) -> bool:
    """"all" right before the count ("all 64 people"), or a word of "their number" right before it after
    "all" in its sentence (`جميع من أُنزلوا من العربات، وعددهم 97 شخصاً`)."""
    before = _WORDS_BEFORE.search(nt, max(0, bs - 12), bs)
    if before is None:
        return False
    if before.group(1) in alls:
        return True
    return before.group(1) in numbered and any(w in alls for w in _WORD.findall(nt, max(sents_start, bs - _ALL_REACH), bs))


def find_all_told(ctx, quantities, sents: Sentences, dated):
    """Yield (earlier, later, noun) for a whole told back with "all" and the one earlier count of
    people it can be."""
    alls, endings, numbered, shapes, strip, group = _data(ctx.lexicon)
    if not alls or not (endings or shapes):
        return
    view, lex = ctx.doc.normalized, ctx.lexicon
    nt, rate = view.text, head_data(lex).rate
    counts = [q for q in quantities if q.unit is None and not q.vague and not q.subset and float(q.value).is_integer()]
    for n, b in enumerate(counts):
        bs, be = view.from_original(b.start), view.from_original(b.end)
        k = sents.index(b.start)
        small = b.value < _LEAST and not (b.value >= 2 and group is not None and group.match(nt, be))
        if small or k is None or not _told_all(nt, view.from_original(sents.items[k].start), bs, alls, numbered) \
                or _person(lex, nt, be, endings, shapes, strip) is None:
            continue
        earlier = [a for a in counts[:n] if sents.index(a.start) not in (None, k) and not a.update
                   and 1 / _MAX_RATIO <= a.value / b.value <= _MAX_RATIO
                   and not _rate(view, rate, a) and not _bound(ctx, a) and not measures(lex, nt, view.from_original(a.end))
                   and _person(lex, nt, view.from_original(a.end), endings, shapes, strip, 2) is not None]
        if len(earlier) != 1 or _made_of_parts(counts[:n], sents, b.value):
            continue
        a = earlier[0]
        if a.value != b.value and not dated(a, b):
            yield a, b, _person(lex, nt, be, endings, shapes, strip)


def _made_of_parts(counts, sents: Sentences, whole: float) -> bool:
    """Whether two counts of one earlier sentence make the whole ("162 passengers and 12 crew")."""
    for i, a in enumerate(counts):
        for c in counts[i + 1:]:
            if sents.index(a.start) == sents.index(c.start) and a.value + c.value == whole:
                return True
    return False
