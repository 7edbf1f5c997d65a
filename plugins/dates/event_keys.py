"""The keys an event is named by in a text: the derivation keys of its words (:mod:`.derivation`: a verb
and its noun meet, `اقترع` / `الاقتراع`), or a word no pattern derives as written, without its article
(`النتائج` names what `نتائج` names), and the one meaning of nouns told alike (`الجراحة`, `العملية`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .derivation import deriver
from .event_anchors import WORD
from .event_data import _bare, _data as _event_data
from .open_events import _strip


@lru_cache(maxsize=32)
def _article(lex) -> re.Pattern | None:
    """The article of a word no pattern derives, maybe after a conjunction (`النتائج`, `والنتائج` name what
    `نتائج` names)."""
    article = normalize_text(lex.section("script", {}).get("article", "")).lower()
    conj = "".join(sorted(p for p in _event_data(lex).prefixes if len(p) == 1))
    return compiled(rf"^{f'[{re.escape(conj)}]?' if conj else ''}{re.escape(article)}(?=[^\W\d_]{{3}})") if article else None


def _keys(lex, text: str, stop: frozenset[str]) -> set[str]:
    der, data, article = deriver(lex), _event_data(lex), _article(lex)
    out: set[str] = set()
    for w in WORD.findall(text.lower()):
        if w not in stop:
            # a root of two weak letters or more (`*ل*`) says too little to name an event
            # (forms I and II are one spelling unvowelled: `وقعت` is also `وقّعت`, whose noun is `توقيع`)
            out |= {k.replace(":2", ":1").replace(":4", ":1") for k in der.derive(w).keys if k.count("*") < 2} or \
                {article.sub("", w) if article is not None else w}
            if (same := data.same.get(_strip(_bare(w, data)))) is not None:
                out.add("=" + same)   # a noun of one meaning (`الجراحة`, `العملية`)
    return out


def _named_by(lex, keys: set[str], stop: frozenset[str]):
    """Whether a word (normalised, lower case) is a word of the event of ``keys``."""
    return lambda w: w not in stop and bool(_keys(lex, w, stop) & keys)
