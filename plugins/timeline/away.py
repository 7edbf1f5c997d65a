"""The scope ``away`` of TIME001: a stay in one named town or country over a stated period (living
there, a full-time post there, a posting) and an act done in person within it that names no place
of its own. The act is then where the story is set, and the stay's place is elsewhere: it is named
in the stay's sentence only, never again in the article (nor by its demonym), and the act's sentence
neither names it nor points to it ("there", `هناك`). The act falls strictly inside the period: a year
told alone not in the year the period opens or ends, nor a month in a year the period bounds by its
year only ("from 2016 to 2020" … "in March 2016": the stay may have begun later). An act whose sentence
names another person may be theirs (:func:`others_named`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import alternation, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .arguments import same_place
from .statements import Statement

_WORD = compiled(r"[^\W\d_]+")
_CLAUSE_END = compiled(r"[,;:.،؛]")


@lru_cache(maxsize=32)
def _there(lex) -> frozenset[str]:
    """Words that point back to a place told before ("there", `هناك`)."""
    return frozenset(normalize_text(w).lower() for w in lex.section("timeline", {}).get("places", {}).get("there", []))


@lru_cache(maxsize=32)
def _named_at(lex) -> re.Pattern | None:
    """A word that places an act, then the word after it ("in Madrid", "at Anfield", `في بيروت`)."""
    words = lex.section("timeline", {}).get("places", {}).get("named_at", [])
    alts = alternation([normalize_text(w) for w in words])
    return compiled(rf"(?<!\w)(?:{alts})\s+([^\W\d_]+)(?!\w)(\s+\d)?") if alts else None


def _placed(doc, act: Statement, lo: int, hi: int) -> bool:
    """Whether the act's clause names a place: a word after a word of ``named_at`` that is no month
    nor a noun before a number (`عام 2016`), capitalised in a script with capitals."""
    rx = _named_at(doc.lexicon)
    if rx is None:
        return True
    starts = [m.end() for m in _CLAUSE_END.finditer(doc.text, lo, act.start)]
    end = _CLAUSE_END.search(doc.text, act.end, hi)
    clause = doc.text[starts[-1] if starts else lo:end.start() if end else hi]
    nm = names_lexicon(doc.lexicon)
    for m in rx.finditer(normalize_text(clause) if not nm.capitals else clause):
        word = m.group(1)
        if m.group(2) or phrase_key(word) in nm.months or (nm.capitals and not word[:1].isupper()):
            continue
        return True
    return False


def away(doc, stay: Statement, act: Statement) -> bool:
    """Whether an act in person with no place of its own falls strictly inside a stay elsewhere."""
    place = stay.where or (stay.places[0] if stay.group == "posted" and len(stay.places) == 1 else None)   # (a posting's
    #   country: `سفير بلاده لدى كندا`)
    if not place or act.where or not stay.told or not _inside(stay, act):
        return False
    a, b = doc.sentence_index(stay.start), doc.sentence_index(act.start)
    if a < 0 or b < 0 or a == b or doc.sentence_index(max(stay.start, stay.end - 1)) != a:
        return False
    lex, sents = doc.lexicon, doc.sentences
    if _placed(doc, act, sents[b].start, sents[b].end):
        return False   # "signed the lease in person in Madrid": the town may lie in the stay's country
    act_words = {normalize_text(w).lower() for w in _WORD.findall(doc.text[sents[b].start:sents[b].end])}
    if act_words & _there(lex):
        return False   # "he personally oversaw the work there"
    outside = normalize_text(doc.text[:sents[a].start] + " " + doc.text[sents[a].end:]).lower()
    if " " in place:   # ("The Hague", `الدار البيضاء`): the phrase told again
        return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", outside) is None
    cased = any(c.isupper() for c in doc.text)
    words = {normalize_text(w).lower() for w in _WORD.findall(doc.text[:sents[a].start] + " " + doc.text[sents[a].end:])
             if not cased or w[:1].isupper()}
    return not any(same_place(lex, w, place) for w in words)   # (its demonym too: "Qatari")


def others_named(doc, people, act: Statement) -> bool:
    """Whether the act's sentence names a person who is not its subject (the act may be theirs:
    `أما شريكه نبيل الزعبي فعمل …، وتابع شخصياً عام 2014`, a name told once)."""
    k = doc.sentence_index(act.start)
    if k < 0:
        return True
    s = doc.sentences[k]
    return any(m.person and s.start <= m.start < s.end and str(m.cluster) != act.subject for m in people)


def _inside(stay: Statement, act: Statement) -> bool:
    """The act strictly inside the stay: within its dates, and not in a year the stay bounds by the
    year alone (unless it is told whole: "the whole of 2021" … "in June 2021")."""
    if not (stay.since and stay.until and act.since and act.until) or not stay.since <= act.since <= act.until <= stay.until:
        return False
    if stay.whole:
        return (act.since, act.until) != (stay.since, stay.until)   # ("spent the whole of 2021 in Melbourne" … "in June 2021")
    if stay.since.year == stay.until.year:
        return False
    opens_by_year = (stay.since.month, stay.since.day) == (1, 1)
    ends_by_year = (stay.until.month, stay.until.day) == (12, 31)
    return not (opens_by_year and act.since.year == stay.since.year) and not (ends_by_year and act.until.year == stay.until.year)
