"""NUM002's readings of a whole and its parts told after the whole's comma, in its sentence:

- parts a word opens ("The ship carries 240 passengers, with 176 seats in the main cabin, 48 in an
  upper lounge and 24 in a premium section", `بواقع`), told alike (the same word after each, the
  first after its noun), that make more than the whole (``[figures] part_openers``), or any other sum
  after a word that opens the whole breakdown (``full_openers``: `بواقع`, "broken down into");
- parts right after the comma, each told with the same word of place ("replaced the soil at 320
  homes this year, 150 in Kasanda, 90 in Chowa and 60 in Makandanyama"): a breakdown by place, set
  beside its whole, names every part, so any other sum (``[figures] place_parts``);
- parts after a word that says what the whole is (`58 موظفاً، هم 36 مهندساً و17 خبيراً`): any other
  sum (``[figures] identity_openers``)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, counts_by_sentence, figures_data
from .of_them import _listed, _rxs as _of_them_rxs

_WORD = re.compile(r"[^\W\d_]+")
_FIRST_REACH = 3   # words after the first part where the word its parts share may stand


@lru_cache(maxsize=32)
def _rxs(lex):
    """The openers of parts, the openers that say what the whole is, and the words of place."""
    f = figures_data(lex)

    def opener(key):
        return alternation_rx([normalize_text(w) for w in f.get(key, [])], before=r"[,،]\s*", after=r"\s*$")
    return opener("part_openers"), opener("identity_openers"), frozenset(normalize_text(w) for w in f.get("place_parts", [])), \
        opener("full_openers")


def with_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for parts told after the whole's comma that do not make it."""
    more, identity, places, full = _rxs(ctx.lexicon)
    view = ctx.doc.normalized
    for cs in counts_by_sentence(quantities, sents).values():
        for i, whole in enumerate(cs[:-2]):
            if whole.qualifier or whole.vague or whole.low != whole.high:
                continue
            gap = view.text[view.from_original(whole.end):view.from_original(cs[i + 1].start)]
            if len(re.findall(r"[,،]", gap)) != 1:
                continue   # (the whole's noun phrase, one comma, the parts)
            parts = _listed(ctx, cs[i + 1:])
            if len(parts) < 2:
                continue
            total = sum(q.value for q in parts)
            shared = _alike(view, parts, whole)
            if max(q.value for q in parts) >= whole.value:
                continue   # (a whole is more than any of its parts: "four provinces, 180 of them …")
            if full is not None and full.search(gap):   # `12 ألف شتلة، بواقع 6 آلاف شتلة … و3500 شتلة … و1500 شتلة`
                told = total != whole.value and shared is not None
            elif more is not None and more.search(gap):
                told = total > whole.value and shared is not None
            elif identity is not None and identity.search(gap):
                told = total != whole.value
            else:   # (not itself a part told by place: "620 in A, 310 in B and 260 in C")
                told = gap.rstrip().endswith((",", "،")) and shared in places and total != whole.value \
                    and not places & set(_WORD.findall(gap)) and not _of_them(ctx, view, parts[0])
            if told:
                yield whole, parts


def _of_them(ctx, view, part: Quantity) -> bool:
    """The first part is marked "of them" (read by :mod:`.of_them`)."""
    ofx = _of_them_rxs(ctx.lexicon)[0]
    return ofx is not None and ofx.match(view.text, view.from_original(part.end)) is not None


def _alike(view, parts: list[Quantity], whole: Quantity) -> str | None:
    """The word told after every part but the first, and within a few words after the first (or the
    whole's noun, within a few words after every part: "12,000 seedlings, made up of 6,000 orange
    seedlings, 3,500 tangerine seedlings"); None when the parts are not told alike."""
    after = [_WORD.findall(view.text, view.from_original(q.end), view.from_original(q.end) + 40)[:_FIRST_REACH]
             for q in parts]
    if not all(after[1:]):
        return None
    rest = {a[0] for a in after[1:]}
    if len(rest) == 1 and rest & set(after[0]):
        return next(iter(rest))
    noun = _WORD.findall(view.text, view.from_original(whole.end), view.from_original(whole.end) + 30)[:1]
    shared = set.intersection(*(set(a) for a in after))   # "12,000 seedlings, made up of 6,000 orange seedlings, …"
    return noun[0] if noun and shared == {noun[0]} else None
