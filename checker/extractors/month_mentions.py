"""Month facts shared by all rules: month names in the text, and gloss pairs of two names of one
month in two naming systems (``تشرين الثاني/نوفمبر``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from checker.core.document import Document
from checker.extractors.keywords import finditer_at, register
from checker.extractors.keywords import starts as keyword_starts
from checker.language.normalize import DROPPED, fold_char, normalize_text, strip_dropped
from checker.language.regexes import compiled


@dataclass(frozen=True)
class MonthMention:
    """A month name in the text. ``start``/``end`` cover the name itself (an attached proclitic
    such as Arabic و is excluded); ``system`` is the naming system of the lexicon
    (gregorian, levantine, maghrebi, hijri, ...). ``ambiguous`` names are also ordinary words
    (Arabic آب, English May) and need context before they are taken as months. ``candidates``
    lists every (number, system) the written name can stand for."""

    start: int
    end: int
    text: str
    number: int
    system: str
    ambiguous: bool
    candidates: tuple[tuple[int, str], ...] = ()

    @property
    def lunar(self) -> bool:
        return all(system == "hijri" for _, system in self.candidates)


# a month name starts at the name, or at the one or two proclitics before it
_NAMES = register("months", lambda lex: list(lex.month_lookup))


def extract_month_mentions(doc: Document, facts=None) -> list[MonthMention]:
    lex = doc.lexicon
    pattern = lex.month_pattern
    if pattern is None:
        return []
    view = doc.normalized
    out = []
    for m in finditer_at(pattern, view.text, keyword_starts(doc, _NAMES), 2):
        reading = _reading(lex, m.group("m"))
        if reading is None:
            continue
        start, end = view.to_original(m.start("m"), m.end("m"))
        out.append(MonthMention(start, end, doc.text[start:end], *reading))
    gloss_only = _gloss_only(lex)
    if gloss_only:
        out = [m for i, m in enumerate(out) if not _is_gloss_only(m, gloss_only) or _glossed(doc.text, out, i)]
    return out


@lru_cache(maxsize=4096)
def _reading(lex, written: str) -> tuple[int, str, bool, tuple[tuple[int, str], ...]] | None:
    """What a month name as matched on the normalised view reads as (number, system, ambiguous,
    candidates), or None; the same name is read once per language."""
    names = lex.month_lookup.get(lex.match_key(written), [])
    if not names:
        return None
    first = names[0]
    return (first.number, first.system, any(n.ambiguous for n in names),
            tuple(sorted({(n.number, n.system) for n in names})))


@lru_cache(maxsize=32)
def _gloss_only(lex) -> frozenset[str]:
    return frozenset(lex.section("months", {}).get("gloss_only", []))


def _is_gloss_only(m: MonthMention, gloss_only: frozenset[str]) -> bool:
    return all(system in gloss_only for _, system in m.candidates)


_GLOSS_FORMS = ("slash", "parentheses")


def _glossed(text: str, mentions: list[MonthMention], i: int) -> bool:
    """A name of a system the language writes only as a gloss stands, with a slash or in
    brackets, beside a month name of another family; it is written as a name (no lower-case
    first letter, not a capitalised abbreviation such as AB)."""
    m = mentions[i]
    letters = [c for c in m.text if c.isalpha()]
    if m.text[:1].islower() or (len(letters) <= 2 and all(c.isupper() for c in letters)):
        return False
    pairs = ([(mentions[i - 1], m)] if i else []) + ([(m, mentions[i + 1])] if i + 1 < len(mentions) else [])
    for a, b in pairs:
        other = a if b is m else b
        found = None if _family(other) & _family(m) else _pair_form(text, a, b)
        if found and found[0] in _GLOSS_FORMS:
            return True
    return False


# Families of naming systems: a gloss pairs names from two families (Syriac/Levantine names
# glossed by the transliterated Gregorian ones). Systems not listed form their own family.
_FAMILY = {"levantine": "syriac", "gregorian": "latin", "maghrebi": "latin"}

# A gloss may be broken over two lines of hard-wrapped copy: one line break before the mark.
_SLASH = compiled(r"[^\S\r\n]*(?:\r?\n[^\S\r\n]*)?[/\\][^\S\r\n]*")
_OPEN = compiled(r"[^\S\r\n]*(?:\r?\n[^\S\r\n]*)?[(\[][^\S\r\n]*")
_SPACE = compiled(r"[^\S\r\n]+")
_DASH = compiled(r"[^\S\r\n]*[-–—][^\S\r\n]*")


@dataclass(frozen=True)
class MonthPair:
    """Two adjacent month names presented as one month in two systems."""

    first: MonthMention
    second: MonthMention
    form: str        # slash | parentheses | space | dash
    start: int
    end: int
    cross: bool      # the halves come from two naming families


def _family(m: MonthMention) -> set[str]:
    return {_FAMILY.get(system, system) for _, system in m.candidates}


# A character no gap of a pair holds (see the patterns above), nor one that normalising drops.
_NOT_GAP = compiled("[^" + re.escape("\\/([-–—" + DROPPED) + r"\s]")


def _pair_form(text: str, a: MonthMention, b: MonthMention) -> tuple[str, int] | None:
    if _NOT_GAP.search(text, a.end, b.start):
        return None  # words between the names (most often a whole stretch of the article)
    gap = strip_dropped(text[a.end:b.start])  # bidi marks, tatweel
    if _SLASH.fullmatch(gap):
        return "slash", b.end
    if _OPEN.fullmatch(gap):
        for i in range(b.end, min(len(text), b.end + 12)):
            c = text[i]
            if c in ")]":
                return "parentheses", i + 1
            if c in "\r\n" or (fold_char(c) and not c.isspace()):
                break
        return None
    if _SPACE.fullmatch(gap):
        return "space", b.end
    if _DASH.fullmatch(gap):
        return "dash", b.end
    return None


def _date_context(doc, start: int, end: int) -> bool:
    """A day or year number right before or after, or a word such as شهر before the pair."""
    before = doc.text[max(0, start - 12):start]
    after = doc.text[end:end + 8]
    links = "|".join(re.escape(w) for w in doc.lexicon.section("dates", {}).get("day_links", []) if w)
    link = rf"(?:(?:{links})[\s\u00a0]+)?" if links else ""
    if re.search(rf"\d[\s\u00a0]*{link}$", before) or re.match(r"[\s\u00a0,،]*\d", after):
        return True
    words = doc.lexicon.section("months", {}).get("context_words", [])
    prev = doc.normalized.text[:doc.normalized.from_original(start)].split()[-1:]
    pro = [normalize_text(p) for p in doc.lexicon.proclitics]
    return bool(prev) and any(prev[0] in [normalize_text(w)] + [p + normalize_text(w) for p in pro] for w in words)


_WORDS_AFTER = compiled(r"[ \t\u00a0]*/[ \t\u00a0]*(\w+(?:[ \t\u00a0]+\w+)?)")
_WORDS_BEFORE = compiled(r"(\w+(?:[ \t\u00a0]+\w+)?)[ \t\u00a0]*/[ \t\u00a0]*$")
_WORD_BEFORE_BRACKET = compiled(r"(\w+)[ \t\u00a0]*\([ \t\u00a0]*$")   # "Hazeiran (June)"


def _fuzzy_month(doc, start: int, end: int, gloss: bool = False) -> MonthMention | None:
    """A misspelt month name of one or two words starting at ``start`` (``يوينو``,
    ``تشرين الأولى``): one edit (optimal string alignment) from names of one month, of five letters
    or more; with ``gloss``, written before a month in brackets, a month the language names only in
    glosses counts too ("Hazeiran (May)")."""
    lex = doc.lexicon
    words = list(re.finditer(r"\w+", doc.text[start:end]))[:2]
    if not words or words[0].start() != 0:
        return None
    for w in reversed(words):
        e = start + w.end()
        key = lex.match_key(doc.text[start:e])
        if len(key) < 5 or key in lex.month_lookup:
            continue
        gloss_only = _gloss_only(lex)
        hits = [k for k in lex.month_lookup if len(k) >= 5 and OSA.distance(key, k) <= 1
                and (gloss or not all(n.system in gloss_only for n in lex.month_lookup[k]))]
        if hits and len({(n.number, n.system) for k in hits for n in lex.month_lookup[k]}) == 1:
            names = lex.month_lookup[hits[0]]   # (one month: "Hazeiran" is one letter from three of its spellings)
            return MonthMention(start, e, doc.text[start:e], names[0].number, names[0].system, False,
                                tuple(sorted({(x.number, x.system) for x in names})))
    return None


def _slash_before(text: str, pos: int) -> bool:
    """A slash stands before ``pos`` with only spaces (and one final line break) between: what
    :data:`_WORDS_BEFORE` needs to match up to ``pos``."""
    window = text[max(0, pos - 30):pos]
    return window.removesuffix("\n").rstrip(" \t\u00a0").endswith("/")


def _with_misspelt(doc, mentions: list[MonthMention]) -> list[MonthMention]:
    """Add misspelt names that stand across a slash from a real month name, or before it in
    brackets ("Hazeiran (May)")."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    extra = []
    for m in mentions:
        after = _WORDS_AFTER.match(doc.text, m.end)
        if after and after.start(1) not in starts:
            fm = _fuzzy_month(doc, after.start(1), after.end(1))
            if fm:
                extra.append(fm)
        slash = _slash_before(doc.text, m.start)
        before = _WORDS_BEFORE.search(doc.text, max(0, m.start - 30), m.start) if slash \
            else _WORD_BEFORE_BRACKET.search(doc.text, max(0, m.start - 30), m.start)
        if before and before.end(1) not in ends:
            words = before.group(1).split()
            for w in (before.group(1), words[-1]):
                s = before.end(1) - len(w)
                fm = _fuzzy_month(doc, s, before.end(1), gloss=not slash)
                if fm and fm.end == before.end(1):
                    extra.append(fm)
                    break
    seen = set()
    out = []
    for m in sorted(mentions + extra, key=lambda m: (m.start, -m.end)):
        if m.start in seen or (out and m.start < out[-1].end):   # each kept one ends after those before
            continue
        seen.add(m.start)
        out.append(m)
    return out


def extract_month_pairs(doc, facts) -> list[MonthPair]:
    mentions: list[MonthMention] = _with_misspelt(doc, facts["month_mentions"])
    gloss_only = _gloss_only(doc.lexicon)
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if a.lunar or b.lunar:
            continue  # Hijri months do not gloss solar ones
        found = _pair_form(doc.text, a, b)
        if not found:
            continue
        form, end = found
        if gloss_only and not (form in _GLOSS_FORMS and (_is_gloss_only(a, gloss_only) or _is_gloss_only(b, gloss_only))):
            continue  # "March/May" in English: a list or a range; glosses come with a slash or brackets
        fa, fb = _family(a), _family(b)
        cross = not (fa & fb)
        if not cross and form in ("space", "dash"):
            continue  # "May June", "January-March": a list or a range, not a gloss
        if form == "space" and (a.ambiguous or b.ambiguous) and not _date_context(doc, a.start, end):
            continue  # "في نيسان مارس الجيش ضغوطاً": a month followed by a verb, not a gloss
        out.append(MonthPair(a, b, form, a.start, end, cross))
    return out


