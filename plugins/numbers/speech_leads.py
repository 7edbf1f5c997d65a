"""The lead of a reported statement at the opening of a sentence ("Growers said that …",
"Officials said the …", `وقالت وزارة الصحة إن …`): who said it, not what the statement says. NUM001's
clause comparison starts after it, so that one fact told by two sources is read as one clause told
twice (then reported as two sources that may differ), not as two clauses with a word replaced."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.frequency import known_word
from checker.language.normalize import normalize_text

from .common import figures_data
from .sources import attribution_rx

_MAX_BEFORE = 3     # words before the verb of saying
_MAX_SPEAKER = 6    # words between the verb and the word that opens the statement
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _openers(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("restated", {}).get("speech_openers", []))


def lead_end(doc, start: int, first: int) -> int:
    """Where the statement a sentence reports begins, in the normalised text: past a verb of saying
    among its first words, the words before the verb common words of the language ("Growers",
    "Officials"; not a name: "Mwangi said he …" leans on Mwangi), and past the word that opens the
    statement (`إن`, "that") when it follows within a few words; ``start`` when there is none.
    ``first`` is where the sentence's first figure stands."""
    rx, openers = attribution_rx(doc.lexicon), _openers(doc.lexicon)
    text = doc.normalized.text
    if rx is None:
        return start
    m = rx.search(text, start, first)
    if m is None:
        return start
    before = _WORD.findall(text, start, m.start())
    if len(before) > _MAX_BEFORE or not all(known_word(w, doc.lang) for w in before):
        return start
    end = m.end()
    for k, w in enumerate(_WORD.finditer(text, end, first)):
        word = w.group().lower()
        if k >= _MAX_SPEAKER:
            break
        if word in openers:
            return w.end()
        if any(word.startswith(o) for o in openers):
            return start   # `قال إنه …`: the statement is told of the speaker
    return end if before else start   # "Officials said the hail …"; a verb first names no end of its speaker
