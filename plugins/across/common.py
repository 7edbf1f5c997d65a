"""Helpers shared by the across family's rules."""

from __future__ import annotations


def place(member) -> str:
    """How a message names another article: its id and its date."""
    when = f" ({member.published.isoformat()})" if member.published else ""
    return f"'{member.id}'{when}"


def sentence_norm(member, pos: int) -> str:
    """The normalised text of the sentence at ``pos`` of ``member``'s text."""
    s = member.doc.sentence_at(pos)
    if s is None:
        return member.doc.normalized_slice(max(0, pos - 80), pos + 80)
    return member.doc.normalized_slice(s.start, s.end)
