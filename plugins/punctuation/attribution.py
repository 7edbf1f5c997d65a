"""Whether a quotation still open has been attributed: the words of a speaker's tag ("…, said
the minister." / "…, Ms Reed added." / `…، قال الوزير.` / `وأضاف: …`) stand inside it.

A quotation that runs on over paragraphs merged into one ("…end of a paragraph. "Next
paragraph…") holds the speaker's words only. A tag inside the stretch a quotation mark leaves
open means the quotation ended before the tag and its closing mark is missing. The tag is
recognised by its structure around a verb of saying (language data, ``[speaker_tags] verbs``):

- after a comma, the verb first and the speaker after it, up to the end of the sentence
  ("…, said Derek Ruiz of the institute."; `…، قال مسؤول.`); in a language written with
  capitals the speaker must hold a capitalised word ("…, said that he…" is no tag);
- after a comma, the speaker first and the verb last in its sentence, with at most a name or a
  capitalised word after it ("…, Ms Reed added." / "…, he told Reuters."): the speaker holds a
  capitalised word or is one of the language's subject pronouns (``[speaker_tags] pronouns``);
- the verb and a colon, introducing what follows ("He added: …", `وأضاف: …`);
- in a language with proclitics, a sentence opened by the verb with a proclitic attached
  (`… انتهى. وأضاف الوزير أن …`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import proclitic_prefix
from checker.language.normalize import normalize_text

from .schema import SpeakerTags

_STOP = r"[^.!?؟\"“”«»\n]"   # a character of the same sentence, no quotation mark
_MAX_WORDS = 14               # a speaker's tag longer than this is a clause of its own


@lru_cache(maxsize=16)
def _compile(lex) -> tuple[re.Pattern, ...] | None:
    data = lex.get(SpeakerTags)
    # matched in the text as written: each verb as listed and in its normalised spelling
    verbs = sorted({v for w in data.verbs for v in (w, normalize_text(w))}, key=len, reverse=True)
    if not verbs:
        return None
    verb = "|".join(map(re.escape, verbs))
    pro = proclitic_prefix(lex)
    pronouns = "|".join(map(re.escape, data.pronouns)) or r"(?!x)x"
    cased = data.cased
    cap = r"(?=[^.!?؟\n]*\b[A-Z])" if cased else ""
    first = re.compile(rf"[,،]\s+{pro}(?:{verb})\b{cap}{_STOP}{{1,120}}[.!?؟]")
    last = re.compile(rf"[,،]\s+(?P<who>(?:{pronouns})\b|{_STOP}{{0,100}}?\b[A-Z]{_STOP}{{0,100}}?)\s"
                      rf"(?:{verb})(?:\s+[A-Z][\w'’-]*)*\s*[.!?؟]" if cased else
                      rf"[,،]\s+(?P<who>(?:{pronouns}))\s(?:{verb})\s*[.!?؟]")
    colon = re.compile(rf"(?<![^\W\d_]){pro}(?:{verb})\s*:")
    opens = re.compile(rf"[.!?؟]\s+[{''.join(map(re.escape, lex.proclitics))}](?:{verb})\b") \
        if lex.proclitics else None
    return tuple(rx for rx in (first, last, colon, opens) if rx is not None)


def attributed(doc, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` (what an open quotation mark leaves open) holds
    a speaker's tag."""
    rxs = _compile(doc.lexicon)
    if rxs is None:
        return False
    text = doc.text
    for rx in rxs:
        for m in rx.finditer(text, start, end):
            who = m.groupdict().get("who")
            if who is not None and len(who.split()) > _MAX_WORDS:
                continue
            return True
    return False
