"""NUM001's reading of one measure told twice: a figure in a unit of measure followed by the word that
says what it measures from ("The new platform stands 18 metres above the track" … "From the platform,
perched 25 metres above the rails"; `يرتفع الرصيف 18 متراً فوق السكة` … `الرصيف المعلق على ارتفاع 25
متراً فوق القضبان`). The only two such figures of one unit and one relation word in an article, in
sentences that share a distinctive word (what is measured), are one measure given two values — unless
the sentences name two places, or the later one tells a new thing of the kind ("The new lighthouse").
The relation words are language data (``[figures] measure_relations``)."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, bare, compatible, figures_data, measure_units, opens_another, prefixes
from .heads import head_data, noun_key
from .restated import _SentenceWords
from .told_of import Names

_AFTER = 2     # words after the unit where the relation word stands ("18 metres above", "high above")
_RARE = 3      # a word in at most this many sentences is distinctive
_RATIO = 3.0   # the two values within this factor of each other


def find_measures(ctx, quantities: list[Quantity], sents: Sentences, near_date):
    """Yield (earlier, later, unit) for the only two figures of one unit and relation word that
    give one measure two values."""
    relations, units = _relations(ctx.lexicon), measure_units(ctx.lexicon)
    if not relations:
        return
    view = ctx.doc.normalized
    groups: dict[tuple, list] = collections.defaultdict(list)
    for q in quantities:
        if q.group is None or normalize_text(q.group) not in units or q.vague or q.low != q.high:
            continue
        after = re.findall(r"[^\W\d_]+", view.text[view.from_original(q.end):view.from_original(q.end) + 40])
        rel = next((w for w in after[1:1 + _AFTER] if w in relations), None)
        if rel is not None and (k := sents.index(q.start)) is not None:
            groups[(noun_key(ctx.lexicon, normalize_text(q.group)), rel)].append((q, k))
    if not groups:
        return
    words = _SentenceWords(ctx, sents)   # (the content-word keys NUM001's restated figures compare)
    names = Names(ctx.doc, sents) if head_data(ctx.lexicon).names_capitalised else None
    novel = head_data(ctx.lexicon).novel
    for (_, _), found in groups.items():
        if len(found) != 2:
            continue   # (three or more: several things measured alike)
        (a, ka), (b, kb) = found
        lo, hi = sorted((a.value, b.value))
        if ka == kb or compatible(a, b) or lo <= 0 or hi / lo > _RATIO or near_date(a, b) or opens_another(ctx, a, b) \
                or names is not None and (na := names.of(ka)) and (nb := names.of(kb)) and not na & nb \
                or tells_new(sents.norm(kb), novel, prefixes(ctx.lexicon)):
            continue   # (two places named, "At Cabo Blanco"; another of the kind: "a second", "the new lighthouse")
        if {w for w in words.sentence(ka) & words.sentence(kb) - relations if words.freq()[w] <= _RARE}:
            yield a, b, b.group


def tells_new(text: str, novel: frozenset[str], pf: tuple[str, ...]) -> bool:
    """The later sentence tells a new thing of the kind ("The new lighthouse", `الفنار الجديد`)."""
    return bool(novel) and any(w in novel or bare(w, pf) in novel for w in re.findall(r"[^\W\d_]+", text))


@lru_cache(maxsize=32)
def _relations(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("measure_relations", []))
