"""NUM002's reading of a whole told as groups of an equal part: "The 280-km road will be paved in
four sections of 60 km each" (four times 60 is 240), `40 باحثاً توزعوا على الأحياء الستة بواقع 8
باحثين في كل حي` (six times eight is 48). In one sentence: a whole, then the count of the groups,
then the part each holds, marked by a word of "each" after it (``[figures] each_words``); the part
is told in the whole's noun or unit, or with none of its own ("five teams of 60 each"); the groups
are counted in another noun. The whole is then the groups times the part."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, counts_by_sentence, figures_data, stopwords
from .heads import noun_key

_GROUPS_GAP = 40   # characters between the count of the groups and the part each holds, at most
_WHOLE_GAP = 90    # characters between the whole and the count of the groups, at most
_EACH_REACH = 30   # characters after the part (its noun) where the word of "each" stands
_NOUN_WORDS = 2    # words of the part's noun between it and the word of "each", at most
_UNIT = re.compile(r"-([^\W\d_]+)")   # "the 280-km road": the whole's unit after a hyphen


@lru_cache(maxsize=32)
def _each_rx(lex):
    words = [normalize_text(w) for w in figures_data(lex).get("each_words", [])]
    return alternation_rx(words) if words else None


def each_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, groups, each) for a whole that is not its groups times the part each holds."""
    rx = _each_rx(ctx.lexicon)
    if rx is None:
        return
    view, text, stop = ctx.doc.normalized, ctx.doc.text, stopwords(ctx.lexicon)
    for cs in counts_by_sentence(quantities, sents).values():
        for i in range(2, len(cs)):
            whole, groups, each = cs[i - 2], cs[i - 1], cs[i]
            if not _exact(whole) or not _exact(groups) or not _exact(each) or groups.value < 2 \
                    or groups.value != int(groups.value):
                continue
            if each.start - groups.end > _GROUPS_GAP or groups.start - whole.end > _WHOLE_GAP:
                continue
            ee = view.from_original(each.end)
            m = rx.search(view.text, ee, ee + _EACH_REACH)
            between = view.text[ee:m.start()].split() if m is not None else []
            if m is None or len(between) > _NOUN_WORDS or set(between) & stop:
                continue   # (the part's noun only between: not "the top two from each")
            unit = _UNIT.match(text, whole.end)
            wkey = noun_key(ctx.lexicon, unit.group(1)) if unit else _key(ctx, whole)
            ekey, gkey = _key(ctx, each), _key(ctx, groups)
            if wkey is None or gkey == wkey or ekey not in (None, wkey):
                continue   # (the groups counted in the whole's noun, or the part in another)
            if whole.value != groups.value * each.value:
                yield whole, groups, each


def _exact(q: Quantity) -> bool:
    return q.unit is None and not q.qualifier and not q.vague and q.low == q.high


def _key(ctx, q: Quantity) -> str | None:
    """The key of the noun a count is told with (None: none, or a word of "each")."""
    if not q.group:
        return None
    rx = _each_rx(ctx.lexicon)
    if rx is not None and rx.fullmatch(normalize_text(q.group)):
        return None
    return noun_key(ctx.lexicon, q.group)
