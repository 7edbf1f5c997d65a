"""A count of people told as losing their jobs is a count of jobs lost: "will make 430 staff
redundant", "laid off 120 workers" count what "with the loss of 340 jobs" counts, `تسريح 430 عاملاً`
what `فقدان 340 وظيفة` does. The words are ``[figures] job_losses``: words of dismissal right before
the figure (``before``) or within a few words after its noun (``after``), the nouns of people they
apply to (``people``) and the noun of a job (``job``), whose key the count takes instead."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import figures_data
from .heads import Head, noun_key

_BEFORE, _AFTER = 5, 8   # words searched before the figure ("lay off all of its 460 workers") and after it, in its
#                          clause and before another figure ("170 employees at the plant in Kfar Tayyoun will lose")


@lru_cache(maxsize=32)
def _data(lex):
    d = figures_data(lex).get("job_losses", {})
    if not d.get("job") or not d.get("people"):
        return None
    def rx(ws):   # one pattern of the phrases, each a whole run of words
        alt = "|".join(re.escape(normalize_text(w).lower()) for w in sorted(ws, key=len, reverse=True))
        return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])") if alt else None
    return (frozenset(noun_key(lex, w) for w in d["people"]), noun_key(lex, d["job"]),
            rx(d.get("before", [])), rx(d.get("after", [])))


def as_job_loss(lex, nt: str, start: int, end: int, head: Head) -> Head:
    """``head`` read as the job's (no longer the people's: "employs 520 workers" is another count), where the figure at ``[start, end)`` of the normalised text
    ``nt`` counts people told as losing their jobs."""
    data = _data(lex)
    if data is None or head.main not in data[0]:
        return head
    people, job, before, after = data
    lead = " ".join(re.findall(r"[^\W\d_]+", nt[max(0, start - 40):start])[-_BEFORE:])
    tail = " ".join(re.findall(r"[^\W\d_]+", re.split(r"[.,،;؛:!?\d]", nt[end:end + 80], maxsplit=1)[0])[:_AFTER + 1])
    if before is not None and before.search(lead) or after is not None and after.search(tail):
        return replace(head, main=job, keys=frozenset({job}))
    return head
