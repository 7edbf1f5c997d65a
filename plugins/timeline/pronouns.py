"""A person named once and then told by a subject pronoun ("Marco Soliz spent 2021 under house
arrest … He negotiated in person …", `… وهو يقود …`): the pronoun is a mention of that person,
so that a state told in the pronoun's sentence is theirs and the person counts as recurring.

A pronoun stands for the one person the sentence before it names, in the same paragraph, when
its own sentence names nobody before it; a run of such sentences goes on with the same person, into the
first words of the next paragraph too ("He has since won seven fights." / "In 2021 he knocked out …"), also
past a person its sentence names after the pronoun ("She succeeds Martin Kell, who retired …" / "She …"). The
pronouns are language data (``[timeline] subject_pronouns``). A sentence that names no one and tells
a role acted in ("as chair"), or opens with words that go on with the subject before (`وكان قد`),
is about the one person the sentence before names (:func:`previous_person`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import prefixes, whole_word
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


@lru_cache(maxsize=8)
def _pronoun_rx(lex) -> re.Pattern | None:
    words = lex.section("timeline", {}).get("subject_pronouns", [])
    if not words:
        return None
    alternation = "|".join(re.escape(normalize_text(w)) for w in words)
    return re.compile(whole_word(f"(?:{alternation})", prefixes(lex)), re.IGNORECASE)


_DATELINE = compiled(r"[^\n.!?]{1,60}?\s[-–—]{1,2}\s")   # "LEEDS (Wire) - " before a sentence's subject
_LEAD_WORDS = 3   # words before a pronoun opening a paragraph's first sentence ("In 2021 he")
_SAID_WORDS = 6   # words from a verb of saying to the pronoun of what is said
_WORDS = compiled(r"[^\W\d_]+|\d+")
UNKNOWN = "?"   # the key of a pronoun after a sentence that names several people: no one's for sure


def pronoun_mentions(doc, places: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """``(start, end, key, text)`` for each subject pronoun that stands for the one person the
    sentence before names (``places``: the people named, in order); ``text`` is that person's name.
    A pronoun after a sentence that names several people has the key :data:`UNKNOWN`."""
    rx = _pronoun_rx(doc.lexicon)
    if rx is None or not places:
        return []
    view = doc.normalized
    sents = doc.sentences
    named: dict[int, dict[str, str]] = {}
    starts: dict[int, list[int]] = {}
    for s, e, key, text in places:
        named.setdefault(doc.sentence_index(s), {}).setdefault(key, text)
        starts.setdefault(doc.sentence_index(s), []).append((s, e))
    naming = set(named)
    out, chained = [], set()   # sentences told by a pronoun of the sentence before
    for m in rx.finditer(view.text):
        s, e = view.to_original(m.start(), m.end())
        i = doc.sentence_index(s)
        if i < 1 or i in naming and any(doc.sentences[i].start <= p < s and not _sayer(doc, p, q, m.group(), s)
                                        for p, q in starts.get(i, ())):
            continue   # a sentence that names someone before the pronoun is about them (not an object after
            #            it: "In 2021 he knocked out Germany's Tobias Wendt"), unless only as who says it
            #            ("Ms Imrie said that in June 2018 he handed …")
        before = named.get(i - 1, {})
        if not before or "\n" in doc.text[sents[i - 1].start:sents[i].start] and not (
                (i - 1 in chained or len(before) == 1 and _named_first(doc, i - 1, starts)) and _opens_paragraph(doc, s, i)):
            continue   # (the sentence before, in the same paragraph, names the person; or, itself told by a
            #            pronoun or naming one person only as its subject, ends the paragraph before one the pronoun
            #            opens: "He has since won …" / "In 2021 he …")
        key, text = next(iter(before.items())) if len(before) == 1 else (UNKNOWN, m.group())
        out.append((s, e, key, text))
        if i not in named or key != UNKNOWN and len(doc.text[sents[i].start:s].split()) <= _LEAD_WORDS:
            named[i] = {key: text}   # (its subject, the one the next pronoun goes on with; not a person named
            chained.add(i)           #  after it: "She replaces Martin Kell, who retired …" / "She joined …")
    return out


def _sayer(doc, start: int, end: int, pronoun: str, at: int) -> bool:
    """The person named at ``start``-``end`` says what the pronoun at ``at`` tells, and is of the
    other gender: a verb of saying right after the name, then at most a few words, and a title of
    the other gender right before it ("Ms Imrie said that in June 2018 he")."""
    words = _WORDS.findall(normalize_text(doc.text[end:at]).lower())
    if not words or len(words) > _SAID_WORDS or words[0] not in names_lexicon(doc.lexicon).verbs:
        return False
    said, titled = _genders(doc.lexicon)
    title = _WORDS.findall(normalize_text(doc.text[max(0, start - 12):start]).lower())[-1:]
    his = said.get(normalize_text(pronoun).lower())
    return his is not None and bool(title) and titled.get(title[0], his) != his


@lru_cache(maxsize=8)
def _genders(lex) -> tuple[dict[str, str], dict[str, str]]:
    """Pronoun → gender, and title → gender (``[timeline] genders``)."""
    g = lex.section("timeline", {}).get("genders", {})
    return ({normalize_text(w).lower(): k for k, v in g.items() for w in v.get("pronouns", [])},
            {normalize_text(w).lower(): k for k, v in g.items() for w in v.get("titles", [])})


def _named_first(doc, i: int, starts: dict[int, list[tuple[int, int]]]) -> bool:
    """Sentence ``i`` names its person first, within its first few words past a dateline (its subject:
    "LEEDS (Wire) - Councillor Ann Hale, 64, was …"; not "… aboard the research vessel Tangaroa Star")."""
    sent, first = doc.sentences[i], min(starts[i])[0]
    lead = m.end() if (m := _DATELINE.match(doc.text, sent.start, first)) is not None else sent.start
    return len(doc.text[lead:first].split()) <= _LEAD_WORDS


def _opens_paragraph(doc, start: int, i: int) -> bool:
    """The pronoun is the subject of the first sentence of a paragraph (within its first few words),
    the paragraph right after the sentence before: wire copy's one-sentence paragraphs go on so."""
    gap = doc.text[doc.sentences[i - 1].end:doc.sentences[i].start]
    return gap.count("\n") <= 2 and not gap.strip() and len(doc.text[doc.sentences[i].start:start].split()) <= _LEAD_WORDS


def previous_person(doc, sent, named) -> tuple[str, str] | None:
    """The one person the sentence before ``sent`` names, when it names exactly one and ``sent``
    names nobody but tells a role acted in: the person it goes on about (`وقادت العتيبي شركة … .
    وفي 2019، وبصفتها …`), before the article's main person. A sentence opening with words that go on
    with the subject before (`وكان قد`) has no subject when that sentence names several people, or none."""
    told = normalize_text(doc.text[sent.start:sent.end])
    goes_on = _goes_on_rx(doc.lexicon).match(told.lstrip()) is not None
    if any(sent.start <= s < sent.end for s, _, _, _ in named) or not (goes_on or _as_rx(doc.lexicon).search(told)):
        return None   # (only a sentence telling a role acted in, "as chair", `بصفتها`, or one opening with the
        #              words that go on with the subject before, `وكان قد ترأس`, goes on so)
    sents = doc.sentences
    i = doc.sentence_index(sent.start)
    if i < 1 or "\n" in doc.text[sents[i - 1].start:sent.start]:
        return (UNKNOWN, "") if goes_on else None   # (the sentence before, on the same line: in the same paragraph)
    before = sents[i - 1]
    keys = {(k, t) for s, _, k, t in named if before.start <= s < before.end}
    return next(iter(keys)) if len({k for k, _ in keys}) == 1 else (UNKNOWN, "") if goes_on else None


@lru_cache(maxsize=8)
def _goes_on_rx(lex) -> re.Pattern:
    """The words that open a sentence going on with the subject of the one before (``[timeline] goes_on``)."""
    words = [re.escape(normalize_text(w)) for w in lex.section("timeline", {}).get("goes_on", [])]
    return re.compile(f"(?:{'|'.join(words)})(?![^\\W\\d_])" if words else r"(?!x)x")


@lru_cache(maxsize=8)
def _as_rx(lex) -> re.Pattern:
    words = [re.escape(normalize_text(w)) for w in lex.section("timeline", {}).get("roles", {}).get("as", [])]
    return re.compile(whole_word(f"(?:{'|'.join(words)})", prefixes(lex)) if words else r"(?!x)x")
