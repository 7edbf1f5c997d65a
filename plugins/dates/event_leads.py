"""What stands right before an event word and makes it a telling of the event: "since" (`منذ
تأسيسه`, "since the line's closure"), a verb's form, a light verb (`أُلقي القبض`), or a word of
reference before a noun its subject owns ("before its closure in 2021", `قبل إغلاقه سنة 2021`)."""

from __future__ import annotations

from .event_data import _Data, _bare


def _after_since(toks, i: int, data: _Data) -> bool:
    """Whether the word at ``i`` stands right after "since", across a possessive ("since its",
    "since the line's")."""
    j = i - 1
    if j >= 1 and toks[j][2] in data.pronouns:
        j -= 1
    elif j >= 1 and toks[j][2].endswith(("'s", "’s")):
        j -= 2 if j >= 2 and toks[j - 1][2] in data.determiners else 1
    if j < 0:
        return False
    lead = toks[j][2]
    return lead in data.founding_lead or _bare(lead, data) in data.founding_lead


def _since(toks, i: int, data: _Data) -> str | None:
    """The class a word names right after "since" (`منذ بدايتها`, "since its beginnings")."""
    tok = toks[i][2]
    kind = data.since_words.get(tok) or data.since_words.get(_bare(tok, data))
    return kind if kind and _after_since(toks, i, data) else None


def _verb_or_since(toks, i: int, data: _Data, derived) -> bool:
    """Whether an event word is a verb ("was built", `بُني`, "constructed") or stands after "since",
    or is a noun its subject owns right after a word of reference ("before its closure in 2021", `قبل
    إغلاقه سنة 2021`: the closure that happened)."""
    tok = toks[i][2]
    return derived.pos == "v" or tok.endswith(data.verb_endings) or tok in data.verb_forms or \
        i > 0 and toks[i - 1][2] in data.light_verbs or _after_since(toks, i, data) or _owned_after_reference(toks, i, data, derived)


POSSESSIVES = frozenset({"its", "his", "her", "their"})   # before an event's noun: its subject owns it


def _owned_after_reference(toks, i: int, data: _Data, derived) -> bool:
    if data.side == "after":   # (the owner a pronoun suffix on the noun)
        return i > 0 and derived.suffix and toks[i - 1][2] in data.reference
    return i > 1 and toks[i - 1][2] in POSSESSIVES and toks[i - 2][2] in data.reference
