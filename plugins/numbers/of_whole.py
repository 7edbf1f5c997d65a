"""NUM002's reading of a whole a sentence opens with ("Of the 64 routes monitored on Wednesday,")
and the counts after its comma, each the subject of its own clause with a verb of what became of
them (``[figures.shares] part_verbs``: "21 were fully paralysed, 30 were partially affected and 18
operated normally"): parts of that whole, the way shares of it are (:mod:`.shares`), so they cannot
make more than it. Read where the language data gives those verbs after the count (English)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, counts_by_sentence, figures_data
from .shares import _joins, _lead_end, _next_word, _opener_rx

_COMMA = re.compile(r"[,،]")
_OPENED = 3   # characters between the opener's figure and the whole, at most (the figure is the whole)


@lru_cache(maxsize=32)
def _part_verbs(lex) -> tuple[frozenset[str], tuple[str, ...]]:
    shares = figures_data(lex).get("shares", {})
    return (frozenset(normalize_text(w) for w in shares.get("part_verbs", [])),
            tuple(normalize_text(w) for w in shares.get("part_verb_suffixes", [])))


def of_whole_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) where the counts after a sentence's opening whole make more than it."""
    opener, (verbs, suffixes) = _opener_rx(ctx.lexicon), _part_verbs(ctx.lexicon)
    if opener is None or not verbs and not suffixes:
        return
    view = ctx.doc.normalized
    nt = view.text
    opens = _joins(ctx.lexicon)[0]
    for k, counts in counts_by_sentence(quantities, sents, 1).items():
        sent = sents.items[k]
        ns = view.from_original(sent.start)
        m = opener.match(nt, _lead_end(nt, ns))
        if m is None or len(counts) < 3 or not 0 <= view.from_original(counts[0].start) - (m.end() - 1) <= _OPENED:
            continue
        whole = counts[0]
        comma = _COMMA.search(nt, view.from_original(whole.end), view.from_original(sent.end))
        if comma is None:
            continue
        parts = [q for q in counts[1:] if view.from_original(q.start) > comma.start()]
        if len(parts) < 2 or len(parts) != len(counts) - 1:
            continue   # (a figure in the whole's own clause: "Of the 64 routes on 12 lines, …")
        after = [_next_word(nt, view.from_original(q.end)) for q in parts]
        if not all(w in verbs or any(w.endswith(x) for x in suffixes) for w in after):
            continue   # each part the subject of its clause: "21 were …, 30 were … and 18 operated …"
        if not all(opens.search(nt[max(0, view.from_original(q.start) - 12):view.from_original(q.start)])
                   for q in parts):
            continue   # each opening its clause after a comma or "and"
        if sum(q.value for q in parts) > whole.value:
            yield whole, parts
