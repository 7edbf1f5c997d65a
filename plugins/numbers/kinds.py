"""NUM002's reading of a whole told by its kinds: a count of a noun ("11 yachts", `4500 مركب مرخص`, "96
beds"), then, later in its sentence, a list of counts of that same noun, each with what sets its
kind apart ("six sailing yachts, four motor yachts", `3100 مركب بمحرك و2200 مركب شراعي`, "a 50-bed
maternity ward, a 30-bed gynaecology ward and a 24-bed neonatal unit"): kinds of one whole, which
cannot make more than it, when words that open a breakdown stand between the whole and its kinds
("of which", `منها`, "are divided among", a colon). Fewer may be some of the kinds; only counts of
the whole's own noun are added, so that a list of other things ("70 girls and 60 boys" after "120
pupils") is no breakdown of it, nor are kinds told with years (other times)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, alternation_rx, and_words, figures_data
from .heads import head_data, noun_key
from .list_data import list_data

_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NOUN = compiled(r"(?<!\s)(?:-|\s+)([^\W\d_]+)")   # the word right after a count, or joined by a hyphen ("50-bed")
_REACH = 3       # words from a count to the noun it counts, modifiers between ("six sailing yachts")
_LINK = 6        # words at most between two kinds of one list, besides what sets the first apart


def kinds_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) where the kinds listed after a count of a noun make more than it."""
    counts = [q for q in quantities if q.unit is None and not q.vague and q.high is not None and q.value >= 2]
    if len(counts) < 3:
        return   # (a whole "about 4,500" is its interval; the parts are exact)
    view, (words, attached) = ctx.doc.normalized, and_words(ctx.lexicon)
    keys = [_noun_of(ctx, view, q) for q in counts]
    by_sentence: dict[int, list[int]] = {}
    for n, q in enumerate(counts):
        by_sentence.setdefault(sents.index(q.start), []).append(n)
    used: set[int] = set()
    for n, whole in enumerate(counts):
        k = sents.index(whole.start)
        if keys[n] is None or k is None or n in used:
            continue
        run = [j for j in by_sentence[k] if j > n and keys[j] == keys[n] and j not in used
               and counts[j].low == counts[j].high]
        parts = _listed(view, counts, run, words, attached, list_data(ctx.lexicon))
        if len(parts) < 2 or not _breaks_down(ctx, view, whole, counts[parts[0]]):
            continue   # (a list of counts alone: "5 members from A, 7 from B, 10 from C" is no whole and parts)
        if sum(counts[j].value for j in parts) > whole.high \
                and not _YEAR.search(ctx.doc.text, counts[parts[0]].start, counts[parts[-1]].end):
            # (not "40 boats, 12 bought in 2019 and 30 in 2021": kinds of other times)
            used.update(parts)
            yield whole, [counts[j] for j in parts]


def _noun_of(ctx, view, q: Quantity) -> str | None:
    """The key of the noun a count counts: the first word of the few after it, or the word its
    hyphen joins ("50-bed"), that is a noun of the language's head data."""
    d = head_data(ctx.lexicon)
    end = view.from_original(q.end)
    m = _NOUN.match(view.text, end)
    if m is not None and view.text[end:end + 1] == "-":
        return noun_key(ctx.lexicon, m.group(1))
    for w in re.findall(r"[^\W\d_]+", view.text[end:end + 40])[:_REACH]:
        if w in d.stop or len(w) < 3:
            return None
        key = noun_key(ctx.lexicon, w)
        if key in d.units or key in d.modifiers:
            continue
        return key
    return None


@lru_cache(maxsize=32)
def _markers(lex) -> re.Pattern | None:
    """The words that open a breakdown of the count before them ("of which", `منها`, "are
    divided among"), or a colon or dash."""
    f = figures_data(lex)
    return alternation_rx([normalize_text(w) for w in [*f.get("of_these", []), *f.get("split_words", [])]]
                          + [":", "—", "–", "--"])


def _breaks_down(ctx, view, whole: Quantity, first: Quantity) -> bool:
    """Words that open a breakdown stand between the whole and its first part."""
    rx = _markers(ctx.lexicon)
    return rx is not None and rx.search(view.text, view.from_original(whole.end), view.from_original(first.start)) is not None


def _opens_clause(lists, segment: str) -> bool:
    """A segment after a comma that opens another clause (a stop word of a list that is no article)."""
    first = segment.split()[:1]
    return bool(first) and lists.stops is not None and lists.stops.match(segment) is not None \
        and first[0] not in lists.item_articles | lists.noun_articles


def _listed(view, counts: list[Quantity], run: list[int], words, attached, lists) -> list[int]:
    """The first counts of ``run`` that follow one another in one list: a comma or "and" between
    each two, and few words; not past a comma and a word that opens another clause (`، وأن 390
    محلاً وُزعت`, ``[figures.lists] stops``)."""
    out: list[int] = []
    for j in run:
        if out:
            gap = view.text[view.from_original(counts[out[-1]].end):view.from_original(counts[j].start)]
            tokens = gap.replace(",", " , ").replace("،", " ، ").split()
            joined = any(t in (",", "،") or t in words or t in attached for t in tokens) or gap[-1:] in attached
            if not joined or len(tokens) > _LINK + _REACH or _opens_clause(lists, re.split(r"[,،]", gap)[-1].strip()):
                break
        out.append(j)
    return out
