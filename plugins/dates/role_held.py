"""Whose a birth is when its sentence names nobody but opens with a definite noun: the person given
that noun as a title before the age ("the new ambassador of Tunisia, Moncef Bakkouch, 54," … "The
new ambassador, a career diplomat, was born in 1968"; `سفير الجمهورية التونسية الجديد، منصف
البكوش (54 عاماً)` … `والسفير الجديد دبلوماسي محترف، وُلد عام 1968`)."""

from __future__ import annotations

from checker.language.normalize import normalize_text

from .holders import stop_words
from .persons import _CONJ, _WORD
from .subjects import ARTICLE

_TITLE_WORDS = 12   # words before an age its title may stand in
_SUBJECT_WORDS = 3  # words of the definite noun phrase a sentence opens with


def _bare(w: str) -> str:
    return ARTICLE.sub("", _CONJ.sub("", w.lower()))


def opening_noun(doc, start: int, end: int) -> str | None:
    """The noun of the definite phrase a sentence opens with, without the article: `والسفير الجديد`
    (`سفير`), "The new ambassador," (ambassador); None when the sentence opens otherwise."""
    stop = stop_words(doc.lexicon)
    article = normalize_text(doc.lexicon.section("script", {}).get("article", "")).lower()
    definite = {w.lower() for w in doc.lexicon.section("event_subject", {}).get("definite", [])}
    words = _WORD.findall(doc.normalized_slice(start, end).split(",")[0].split("،")[0])[:_SUBJECT_WORDS + 1]
    if not words:
        return None
    first = _CONJ.sub("", words[0].lower())
    if article and first.startswith(article) and len(first) > len(article) + 2:   # `والسفير`
        return _bare(first)
    if article or first not in definite or len(words) < 2:
        return None
    phrase = [w.lower() for w in words[1:]]   # "The new ambassador": the last word before a stop word
    head = None
    for w in phrase:
        if w in stop and head is not None:
            break
        head = head if w in stop else w
    return head if head and len(head) >= 3 else None


def by_role(doc, a, ages, births, people) -> list:
    """The births no name is told of whose sentence opens with a definite noun that stands in the
    title told before the age ``a`` in its sentence, and before no other age."""
    def title(x) -> set[str]:
        sent = doc.sentence_at(x.start)
        if sent is None:
            return set()
        lead = x.lead if x.lead >= 0 else x.start
        return {_bare(w) for w in _WORD.findall(doc.normalized_slice(sent.start, lead))[-_TITLE_WORDS:]}
    mine, out = title(a), []
    for b in births:
        sent = doc.sentence_at(b.start)
        if sent is None or people.about(b.start) is not None or sent.start <= a.start < sent.end:
            continue
        head = opening_noun(doc, sent.start, b.start)
        if head and head in mine and not any(x is not a and head in title(x) for x in ages):
            out.append(b)
    return out
