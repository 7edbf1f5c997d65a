"""NUM001's reading of two figures told at two times: a figure told after words that set its sentence at
another time than the article's ("The year before, …", `وقبلها بعام`), or followed by words of an addition
to it afterwards ("…, before another 100,000 were added"), is not the same figure as one told without them."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, figures_data


@lru_cache(maxsize=32)
def _other_time_rx(lex):
    """The words of another time, maybe after an attached proclitic (`مقارنة بالدورة الماضية`)."""
    procl = "|".join(re.escape(normalize_text(p)) for p in sorted(lex.proclitics, key=len, reverse=True) if p)
    return alternation_rx(figures_data(lex).get("other_time", []), before=rf"(?<![^\W\d_])(?:{procl})?" if procl else r"(?<![^\W\d_])")


def other_time(ctx, sents: Sentences):
    """Whether one of two figures is told after words that set its sentence at another time than
    the article's ("The year before, …", `وقبلها بعام`) and the other is not: "drew a record
    15,000 visitors" and, "the year before", "a record 12,000 visitors" are two editions."""
    rx, view, added = _other_time_rx(ctx.lexicon), ctx.doc.normalized, _added_after_rx(ctx.lexicon)

    def shifted(q) -> bool:
        k = sents.index(q.start)
        if k is None:
            return False
        lo, hi = view.from_original(sents.items[k].start), view.from_original(q.start)
        end = view.from_original(q.end)
        return rx is not None and rx.search(view.text, lo, hi) is not None or \
            added is not None and added.search(view.text, end, min(view.from_original(sents.items[k].end), end + _ADDED_REACH)) is not None

    def apart(a, b) -> bool:
        return (rx is not None or added is not None) and shifted(a) != shifted(b)
    return apart


_ADDED_REACH = 40   # characters after a figure where words of an addition to it afterwards may stand


@lru_cache(maxsize=32)
def _added_after_rx(lex):
    """Words after a figure that tell an addition to it afterwards (`، قبل أن يُضاف إليهم نحو ١٠٠ ألف`, "before
    another 100,000 were added"): the figure is the value before that update (``[figures] added_after``)."""
    return alternation_rx(figures_data(lex).get("added_after", []), before=r"(?<![^\W\d_])")
