"""Names in languages written without capitals found by where they stand: set off by commas after a
verb of saying and the words that say who the person is, with the reported clause right after them
(`وقالت منسقة المشروع، نوال أبوعاقلة، إن الدفعة ضمت 32 متدربة`). The words that open the reported
clause are language data (``[names] apposition_close``)."""

from __future__ import annotations

from checker.extractors.name_mentions.builder import COMMA, Builder

_LEAD = 5        # words between the verb of saying and the comma that opens the name, at most
_NAME = (2, 4)   # words of the name between the two commas
_ASIDE = 8       # words of an aside set off by commas between the name and the reported clause, at most


def _closed(toks, j: int, close) -> bool:
    """The reported clause opens at word ``j``, or after an aside of a few words set off by commas
    (`، اليوم الخميس، إن`; `، لوكالة الأنباء العراقية (واع)، اليوم الأحد، إن`)."""
    n = len(toks.norm)
    for i in range(j, min(n, j + _ASIDE + 1)):
        if i > j and not COMMA.fullmatch(toks.gaps[i]) and not toks.gaps[i].isspace() and "(" not in toks.gaps[i] \
                and ")" not in toks.gaps[i]:
            return False   # (a sentence ends, or another mark: no aside)
        if toks.norm[i] in close:
            return i == j or bool(COMMA.fullmatch(toks.gaps[i]))
    return False


def apposition_names(b: Builder, parse, title_tokens: set[int]) -> None:
    """Add the names set off by commas after a verb of saying and a description, before a word of
    ``apposition_close`` (the name's words parsed by ``parse``, a cued name)."""
    close = b.names.apposition_close
    if not close:
        return
    toks = b.toks
    n = len(toks.norm)
    for i in b.positions_of(b.names.verbs):
        opened = next((j for j in range(i + 1, min(n - 1, i + _LEAD + 1)) if COMMA.fullmatch(toks.gaps[j + 1])), None)
        if opened is None or not all(b.joined(j) for j in range(i + 1, opened + 1)):
            continue   # (the description right after the verb, one phrase: `وقالت منسقة المشروع،`)
        k = opened + 1
        end = next((j for j in range(k + _NAME[0] - 1, min(n - 1, k + _NAME[1])) if COMMA.fullmatch(toks.gaps[j + 1])), None)
        if end is None or not _closed(toks, end + 1, close) or any(j in b.taken or j in title_tokens for j in range(k, end + 1)):
            continue
        if k < end and b.is_nisba(toks.norm[k]) and toks.norm[k + 1] in b.names.given | b.names.given_ambiguous:
            k += 1   # `التونسي منير الغربي`: an adjective of origin before the given name, no part of the name
        idx = parse(b, k, True)
        if idx == list(range(k, end + 1)):
            b.add(idx, None, "verb")
