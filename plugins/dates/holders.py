"""Whose an age or a birth is when no name mention says: the word the statement is attached to
(`وعادل الزين (47 عاماً)` … `وولد الزين عام 1981`), the one birth next door, and the names each
sentence mentions."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .persons import _CONJ, _MARKS, _WORD

_SENTENCE_END = compiled(r"[.!?؟\n]\s")


def holder_words(text: str, start: int, end: int, stop, first_inside: bool = False, cuts=frozenset()) -> frozenset[str]:
    """The words a statement at ``[start, end)`` is attached to when no name mention says whose it
    is: the last content word before it in its clause, with the word before it when the two stand
    together (`وعادل الزين (47 عاماً)`, `والتحق
    العمري، المولود عام 1965`), and with ``first_inside`` the word after its opening verb
    (`وولد الزين عام 1981`). A conjunction attached to a word is dropped. A pronoun of ``cuts`` that
    opens a clause (`تشير سجلات النقابة إلى أنه من مواليد`) tells none: whose it is is told elsewhere."""
    out = set()
    lead = _MARKS.sub("", text[max(0, start - 60):start])   # `الصغيّر`: one word with its shadda
    lead = _SENTENCE_END.split(lead)[-1]   # (in its sentence: "… Ffion Raikes. Born in Bridgend in 1996, Talgarth")
    words = _WORD.findall(lead)
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[k].lower()
        if cuts and normalize_text(w) in cuts:
            return frozenset()
        if w in stop:
            continue
        out.add(w)
        # a two-word name right before it (`حليمة آدم (34 عاماً)`): its first word too
        if k and words[k - 1].lower() not in stop and re.search(
                rf"{re.escape(words[k - 1])}[^\S\n]+{re.escape(words[k])}[^\w]*$", lead):
            out.add(words[k - 1].lower())
        break
    if first_inside:
        inside = _WORD.findall(_MARKS.sub("", text[start:end]))
        if len(inside) > 1 and inside[1].lower() not in stop:
            out.add(inside[1].lower())
    return frozenset(_CONJ.sub("", w) for w in out if len(_CONJ.sub("", w)) >= 3)


@lru_cache(maxsize=32)
def holder_cuts(lex) -> frozenset[str]:
    """Pronouns that open a clause before an age or a birth (``[durations] holder_cuts``)."""
    return frozenset(normalize_text(w).lower() for w in lex.section("durations", {}).get("holder_cuts", []))


@lru_cache(maxsize=32)
def stop_words(lex) -> frozenset[str]:
    """The language's stop words and pronouns, lower-cased (never the word a statement is attached
    to: `السائق، وهو من مواليد 1972` is the driver's)."""
    pronouns = [w for ws in lex.section("event_pronouns", {}).values() for w in ws]
    return frozenset(w.lower() for w in [*lex.section("stopwords", {}).get("words", []), *pronouns])


def by_holder(doc, a, births, people) -> list:
    """With no name mention on either side: the births attached to the same word as the age
    (`وعادل الزين (47 عاماً)` … `وولد الزين عام 1981`), when no name mention says whose they are."""
    stop = stop_words(doc.lexicon)
    words = holder_words(doc.text, a.lead if a.lead >= 0 else a.start, a.end, stop) | people.words_of(a.start)
    if not words:
        return []
    if _told_apart(doc, a.start) or not words:
        return []   # ("…, and the two actors are not related despite their similar names": two people)
    return [b for b in births if people.about(b.start) is None and not _told_apart(doc, b.start)
            and words & holder_words(doc.text, b.start, b.end, stop, first_inside=True)]


@lru_cache(maxsize=32)
def _apart_rx(lex):
    words = lex.section("variants", {}).get("not_same", [])
    return compiled(r"(?<![^\W\d_])(?:" + "|".join(re.escape(normalize_text(w).lower()) for w in words) + r")(?![^\W\d_])") \
        if words else None


def _told_apart(doc, pos: int) -> bool:
    """The sentence at ``pos`` tells two people of like names apart (NAME001's ``not_same`` words:
    `ولا تجمع بين الممثلين أي قرابة رغم تشابه الاسمين`)."""
    rx, sent = _apart_rx(doc.lexicon), doc.sentence_at(pos)
    return rx is not None and sent is not None and rx.search(doc.normalized_slice(sent.start, sent.end).lower()) is not None


def family_named(doc, a, people) -> int | None:
    """With no name mention saying whose an age is: the one person whose family name (the last word
    of a mention) is the word the age is attached to (`وبن عمار، البالغة من العمر 49 عاماً`: ليلى بن عمار)."""
    words = holder_words(doc.text, a.lead if a.lead >= 0 else a.start, a.end, stop_words(doc.lexicon))
    found = {m.cluster for m in people.mentions if _CONJ.sub("", _WORD.findall(m.text)[-1].lower()) in words} if words else set()
    return found.pop() if len(found) == 1 else None


_TITLE_REACH = 3   # words between a title noun and the full name it introduces (`المدرب البرتغالي روي فيغيرا`)


def titled_named(doc, a, people) -> int | None:
    """With no name mention saying whose an age is, and the age attached to a definite noun (`المدرب
    البالغ من العمر 58 عاماً`): the one person the article introduced before it by that noun as a title,
    named in full a few words after it (`المدرب البرتغالي روي فيغيرا`)."""
    article = normalize_text(doc.lexicon.section("script", {}).get("article", "")).lower()
    words = holder_words(doc.text, a.lead if a.lead >= 0 else a.start, a.end, stop_words(doc.lexicon))
    nouns = {w[len(article):] for w in words if article and w.startswith(article) and len(w) > len(article) + 2}
    if len(nouns) != 1:
        return None
    noun, found = nouns.pop(), set()
    for m in people.mentions:
        if m.start >= a.start:
            break
        if len(m.tokens) < 2:
            continue
        lead = _SENTENCE_END.split(doc.text[max(0, m.start - 60):m.start])[-1]
        if re.search(r"[,،:(]\s*$", lead):
            continue
        before = [_CONJ.sub("", w.lower()) for w in _WORD.findall(lead)][-_TITLE_REACH:]
        if any(w.startswith(article) and w[len(article):] == noun for w in before):
            found.add(m.cluster)
    return found.pop() if len(found) == 1 else None


def other_holder(doc, a, b) -> bool:
    """The age and the birth are attached to different words (`كمال الجندوبي المولود` …
    `وسليم الورتاني (58 عاماً)`): two people."""
    stop, cuts = stop_words(doc.lexicon), holder_cuts(doc.lexicon)
    wa = holder_words(doc.text, a.lead if a.lead >= 0 else a.start, a.end, stop, cuts=cuts)
    wb = holder_words(doc.text, b.start, b.end, stop, first_inside=True, cuts=cuts)
    return bool(wa and wb and (not wa & wb or len(wa) > 1 and len(wb) > 1 and wa != wb))
    #   (or two names of two words that share one: `حسام الزياني (24 عاماً)` … `والحسين الزياني، المولود`)


def unnamed_next_door(doc, a, births, people) -> list:
    """With no name to go by (`... الشربيني، عن عمر ناهز 81 عاماً` / `وولد الشربيني عام
    1948`; `والمهندس البالغ 38 عاماً` / `إلى أنه من مواليد عام 1979`): the one birth in the sentence
    before or after the age, if neither names a person and the birth says whose it is by no name."""
    sents = doc.sentences
    n = next((i for i, s in enumerate(sents) if s.start <= a.start < s.end), None)
    if n is None:
        return []
    lo, hi = sents[max(0, n - 1)].start, sents[min(len(sents) - 1, n + 1)].end
    near = [b for b in births if lo <= b.start < hi]
    if len({b.year for b in near}) != 1 or people.about(near[0].start) is not None or _told_apart(doc, a.start):
        return []   # (one birth, or one told in words that overlap: `من مواليد عام 1979`)
    if people.clusters and any(people.mentions_in(s.start, s.end) for s in (sents[n], doc.sentence_at(near[0].start))):
        return []   # (a person named in either sentence: the age or the birth may be theirs)
    return near[:1]


def names_by_sentence(doc, mentions) -> dict[int, frozenset[str]]:
    """The lower-cased words of the names each sentence mentions (by index), who said it apart."""
    starts = [s.start for s in doc.sentences]
    out: dict[int, set[str]] = {}
    for m in mentions:
        if m.speaker:
            continue    # who said it, not what it is about
        n = bisect.bisect_right(starts, m.start) - 1
        out.setdefault(n, set()).update(t.lower() for t in m.tokens)
    return {n: frozenset(v) for n, v in out.items()}
