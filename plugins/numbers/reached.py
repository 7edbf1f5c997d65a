"""The value a change reached: a figure after a verb of change and a "to" word in one clause
("Net profit rose 12% last year to $41.6 million", "Exports climbed to 46,000 tonnes",
`ارتفع صافي أرباح الشركة بنسبة 12% إلى 41.6 مليون دينار`), or right after a verb that gives a
value ("Revenue reached $2.1bn"), is the value of the verb's subject. The verbs, the "to" words
and where the subject stands are the family's language data ([figures] reached_*). So is the
noun a value word measures across a relative clause: "The 62-km fence, which runs from near Mweiga
to the hills above Othaya, cost 450 million shillings" is the fence's cost ([figures] relative)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import figures_data

_LOOK = 140   # characters searched before a figure for the verb of change it ends
_GAP = 100    # characters at most between the verb and the "to" word
_WORD = compiled(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_MARK = compiled(r"[.!?؟;؛\n]")
_CLAUSE_MARK = compiled(r"[;:،؛\n]|[.,](?!\d)")   # not inside "12.5%" or "1,200"


@dataclass(frozen=True)
class _Reach:
    verbs: re.Pattern | None    # a verb of change, after a proclitic (`وارتفعت`)
    to: re.Pattern | None       # a "to" word ending the text before the figure
    direct: re.Pattern | None   # a verb that gives a value, ending the text before the figure
    subject_after: bool         # the subject follows the verb (`ارتفع صافي الأرباح`), else precedes it
    stop: frozenset[str]        # words after the verb that are no subject (`بنسبة`)
    dets: frozenset[str] = frozenset()   # determiners before an object ("raised the duty")


def _alt(words) -> str:
    return "|".join(re.escape(phrase_key(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def _reach(lex) -> _Reach:
    f = figures_data(lex)
    verbs, to, direct = f.get("reached_verbs", []), f.get("reached_to", []), f.get("reached_direct", [])
    pro = "|".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    pre = f"(?:{pro})?" if pro else ""
    return _Reach(
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(verbs)})(?![^\W\d_])") if verbs and to else None,
        compiled(rf"(?<![^\W\d_])(?:{_alt(to)})\s*$") if verbs and to else None,
        compiled(rf"(?<![^\W\d_]){pre}(?:{_alt(direct)})\s*$") if direct else None,
        f.get("reached_subject") == "after",
        frozenset(normalize_text(w) for w in f.get("change_by", [])),
        frozenset(normalize_text(w) for w in f.get("definite", [])))


def reached_subject(lex, nt: str, start: int, is_noun: Callable[[str], bool]) -> list[str] | None:
    """The subject of the verb of change whose value the figure at ``start`` of the normalised
    text ``nt`` is: up to two nouns before the verb, or after it where the language puts the
    subject there (then before it); None where no such verb ends the text before the figure."""
    r = _reach(lex)
    if r.verbs is None and r.direct is None:
        return None
    text = _SENTENCE_MARK.split(nt[max(0, start - _LOOK):start])[-1]
    span = None
    if r.direct is not None and (m := r.direct.search(text)):
        span = (m.start(), m.end())
    elif r.to is not None and (t := r.to.search(text)):
        verbs = list(r.verbs.finditer(text, max(0, t.start() - _GAP), t.start()))
        if verbs and not _CLAUSE_MARK.search(text, verbs[-1].end(), t.start()):
            span = verbs[-1].span()
    if span is None:
        return None
    if r.subject_after:
        after = []
        for w in _WORD.findall(text, span[1])[:2]:
            if not is_noun(w) or w in r.stop:
                break   # `ارتفع بنسبة 12%`: the subject is before the verb
            after.append(w)
        if after:
            return after
    out: list[str] = []
    for w in reversed(_WORD.findall(text[:span[0]])[-2:]):
        if not is_noun(w):
            break
        out.insert(0, w)
    if not out and not r.subject_after:   # "Dalmar has raised the import duty on sugar to 15 percent": its object
        for w in _WORD.findall(text, span[1])[:4]:
            if w in r.dets and not out:
                continue   # (a determiner before it)
            if not is_noun(w) or w in r.stop or len(out) == 2:
                break
            out.append(w)
    return out or None


_REACH = 160   # characters before the value word searched for the relative clause's opening comma
_SENTENCE_END = compiled(r"[.!?؟;؛\n]")


@lru_cache(maxsize=32)
def _opening(lex) -> re.Pattern | None:
    """A comma and a relative word: where a relative clause opens."""
    words = [normalize_text(w) for w in figures_data(lex).get("relative", [])]
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return compiled(rf"[,،]\s*(?:{alts})(?![^\W\d_])")


def subject_before(lex, nt: str, end: int, near: str) -> str:
    """The text before the value word at ``end`` of the normalised text ``nt`` to read its noun
    in: when ``near`` (the text right before it) ends with a comma closing a relative clause in
    its sentence, the text before that clause; else ``near``."""
    rx = _opening(lex)
    if rx is None or not near.rstrip().endswith((",", "،")):
        return near
    window = nt[max(0, end - _REACH):end]
    window = _SENTENCE_END.split(window)[-1]
    opened = list(rx.finditer(window, 0, len(window.rstrip()) - 1))
    return window[:opened[-1].start()] if opened else near
