"""NAME002's reading of one full name introduced twice as two people: a person first told with a
description (a title before the name, an apposition after it: "said the school's director, Bounmy
Sihavong", `مدير المعمل، المهندس مهند الفهداوي`) and the same full name written again later with an
apposition that introduces someone ("Bounmy Sihavong, one of the twelve graduates", "Jocelyn Rabanal,
a teacher from Laoag", `مهند الفهداوي، سائق إحدى الشاحنات`), the two descriptions sharing no word
and not both holding a word of a title or an office (one person may hold two: "Foreign Minister Ayman
Safadi" … "Ayman Safadi, a deputy prime minister", left to the office readings). News copy names a
person in full once and by the family name after; a second introduction that tells another person
gives one name to two people, or a wrong description to one. The words that open an
introducing apposition and those that never do are language data (``[reintroduced]``). In Arabic a
given name that is also a word, before a nisba, written together twice, is such a full name
(:func:`checker.extractors.name_mentions.second_pass.given_pairs_again`: `حنان الشيباني`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled
from checker.language.sections import Weekdays

from .lexicon import names_data

_WORDS = 8          # words of a description read, at most
_BACK = 60          # characters before a name where a title set off by a comma is read
_NEAR = 30          # characters either side of a name and its description where a change is read
_WORD = compiled(r"[^\W\d_][\w'’-]*")
_AGE_THEN_COMMA = compiled(r"\s*(?:\(\s*\d{1,3}\s*(?:[^\s\d()]+\s*)?\)\s*)?[,،]\s*(?:\d{1,3}\s*[,،]\s*)?")   # (an age set off first)
_SET_OFF = compiled(r"[,،]\s*$")
_CUT = compiled(r"[.;:!?؛؟\"“”«»()\n]")
_CLAUSE_SPLIT = compiled(r"[,،]|" + _CUT.pattern)   # a comma or a mark that ends the clause before a name
_CLAUSE_END = compiled(r"\s*(?:[,،.;:!?؛؟()\n]|$)")   # right after a name set off as an apposition


@dataclass(frozen=True)
class Reintroduced:
    first: object        # the first described mention
    second: object       # the later mention, introduced again
    start: int           # the second description as written
    end: int
    first_start: int     # the first description as written
    first_end: int


@dataclass(frozen=True)
class _Data:
    introducing: frozenset[str]
    definite: tuple[str, ...]      # where the language marks no indefinite: a definite noun opens one
    roles: frozenset[str]          # … and so does the noun of a role of ``[role_sets]`` (`سائق`)
    never: frozenset[str]
    ends: frozenset[str]           # words that end a description (a relative)
    stop: frozenset[str]
    prefixes: tuple[str, ...]
    change: frozenset[str]
    dates: frozenset[str]          # weekday and month names: no description
    offices: frozenset[str] = frozenset()   # words of titles and offices: two of them are left to the office readings
    relatives: dict = None   # relative → the pattern of the verb after it that opens a description ("who sells …")
    determiners: frozenset[str] = frozenset()   # open the noun phrase of a title before a name ("the", "its")
    adverbs: frozenset[str] = frozenset()       # between a relative and its verb ("who still trains")


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    d, names = lex.section("reintroduced", {}), lex.section("names", {})
    norm = lambda ws: frozenset(normalize_text(w).lower().rstrip(".") for w in ws)  # noqa: E731
    role_words = norm(w for rs in lex.section("role_sets", {}).get("sets", {}).values()
                      for ws in rs.get("roles", {}).values() for w in ws)
    stop = norm(lex.section("stopwords", {}).get("words", [])) | norm(names.get("saying_verbs", [])) \
        | (norm(names.get("honorifics", [])) - role_words) | norm(d.get("ignore", []))   # ("Director" describes)
    prefixes = tuple(sorted((normalize_text(p) for p in d.get("prefixes", [])), key=len, reverse=True))
    roles = {_key(w.split()[0], prefixes) for rs in lex.section("role_sets", {}).get("sets", {}).values()
             for ws in rs.get("roles", {}).values() for w in ws if w.split()} if d.get("definite") else set()
    dates = norm(w for ws in lex.get(Weekdays).root.values() for w in ws) | frozenset(lex.month_lookup)
    titles = list(names.get("titles", [])) + [f for t in names.get("offices", {}).values() if isinstance(t, dict)
                                              for forms in t.values() for f in forms]
    offices = frozenset(k for t in titles for w in t.split() if len(k := _key(w, prefixes).rstrip(".")) >= 3) - stop
    return _Data(norm(d.get("introducing", [])), tuple(normalize_text(p) for p in d.get("definite", [])),
                 frozenset(roles) - norm(d.get("never", [])) - stop, norm(d.get("never", [])), norm(d.get("ends", [])), stop, prefixes, norm(d.get("change", [])), dates,
                 frozenset(k.rstrip("s") if k.isascii() else k for k in offices),
                 {normalize_text(r).lower(): compiled(v) for r, v in d.get("relatives", [])},
                 frozenset(w.lower() for w in lex.section("event_subject", {}).get("determiners", [])),
                 norm(d.get("relative_adverbs", [])))


def reintroductions(ctx, name_mentions) -> list[Reintroduced]:
    """Each full name written again with an introducing apposition after a described first
    mention, the two descriptions sharing no word and no word of a stated change near either."""
    d = _data(ctx.lexicon)
    if not d.introducing and not d.definite:
        return []
    by_name: dict[tuple, list] = {}
    ends = {m.end for m in name_mentions}
    for m in name_mentions:
        if m.full and m.person and len(m.tokens) >= 2:
            by_name.setdefault(m.tokens, []).append(m)
    out = []
    for ms in by_name.values():
        if len(ms) < 2:
            continue
        described = [(m, _description(ctx, m, d)) for m in ms]
        first = next(((m, x) for m, x in described if x[0] and not _listed(ctx, m, ends)), None)
        if first is None:
            continue
        for m, x in described:
            if m.start > first[0].start and _another(ctx, first, (m, x), d):
                out.append(Reintroduced(first[0], m, x[1], x[2], first[1][1], first[1][2]))
                break
    return out


def _listed(ctx, m, ends: set[int]) -> bool:
    """The mention is an item of a list of names: another name ends right before the comma before it
    ("the four new members are Jory Pascoe, Morwenna Treloar, …": no description of hers)."""
    before = ctx.doc.text[max(0, m.start - 4):m.start]
    cut = max(before.rfind(","), before.rfind("،"))
    return cut >= 0 and not before[cut + 1:].strip() and (m.start - len(before) + cut) in ends


def _another(ctx, first, second, d: _Data) -> bool:
    """The described mention ``second`` (a mention and its :func:`_description`) is introduced as
    another person than the described one ``first``: an introducing apposition after it, sharing no word
    with the first description, neither both of an office, and no stated change near either."""
    (f, (fwords, fs, fe, _)), (m, (words, _, e, after)) = first, second
    return bool(after) and not words & fwords and not _apart(ctx, m) and not _lead_words(ctx, m, d) & fwords \
        and not (words & d.offices and fwords & d.offices) \
        and len(words & _sentence_words(ctx, f, d)) * 2 < max(2, len(words)) \
        and not _changed(ctx, min(f.start, fs), max(f.end, fe), d) and not _changed(ctx, m.start, e, d)


def introduced_apart(ctx, first, later) -> bool:
    """Two full names of people (one spelt two ways, say: "The trust's chief executive, Paula Greaves" …
    "Paula Graves, who has been a paramedic in Scarborough"), the later introduced by a description that
    tells another person than the first's (:func:`_another`)."""
    d = _data(ctx.lexicon)
    if not (d.introducing or d.definite) or not (first.full and later.full and first.person and later.person):
        return False
    a = _description(ctx, first, d)
    return bool(a[0]) and _another(ctx, (first, a), (later, _description(ctx, later, d)), d)


def _lead_words(ctx, m, d: _Data) -> set[str]:
    """The words of the clause right before a mention: a title told again there ("توفي الروائي سامي
    العطار، أحد أبرز كتاب …" after the headline's `الروائي سامي العطار`) makes the apposition after it
    more of that description, not another person's."""
    sent = ctx.doc.sentence_at(m.start)
    lo = max(0, m.start - _BACK, sent.start if sent is not None else 0)
    return _keys(_CLAUSE_SPLIT.split(ctx.doc.text[lo:m.start])[-1], d)


def _apart(ctx, m) -> bool:
    """The sentence of a second introduction tells another person of the name outright ("another Eleni
    Mavraki, 45, who … is no relation"; the words of NAME001's ``not_same``)."""
    rx = names_data(ctx.lexicon).not_same
    sent = ctx.doc.sentence_at(m.start)
    return rx is not None and sent is not None and rx.search(ctx.doc.normalized_slice(m.start, sent.end)) is not None


def _key(w: str, prefixes: tuple[str, ...]) -> str:
    w = normalize_text(w).lower().replace("’", "'").split("'")[0]
    for p in prefixes:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _keys(text: str, d: _Data) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        k = _key(w, d.prefixes)
        if len(k) >= 3 and k not in d.stop and normalize_text(w).lower() not in d.stop:
            out.add(k.rstrip("s") if k.isascii() else k)
    return out


def _description(ctx, m, d: _Data) -> tuple[set[str], int, int, bool]:
    """The words that describe the person at a mention, where they are, and whether they are an
    apposition after the name that introduces a person (:func:`_introduces`): that apposition,
    to its clause's end; else, before a name that a comma (and an honorific) or a title sets off,
    the words of the clause before it ("the school's director,", `مدير المعمل، المهندس`)."""
    text = ctx.doc.text
    after = _AGE_THEN_COMMA.match(text, m.end, m.end + 24)
    set_off = _SET_OFF.search(text, max(0, m.start - 3), m.start) is not None
    # (a name set off by a comma before it is the apposition of the clause there, and what follows its
    # comma goes on with that clause — `مديرة المدرسة، أمل الزبيدي، المختبر` — unless a word that
    # introduces a person opens it: "The building's owner, Johan Pattiasina, a shipping agent")
    if after is not None:   # (past an age set off before it: "Fausto Ochoa, 17, who is still at school", `(17 عاماً)،`)
        s = after.end()
        cut = re.search(r"[,،]|" + _CUT.pattern, text[s:s + 160])
        words = list(_WORD.finditer(text, s, s + (cut.start() if cut else min(160, len(text) - s))))[:_WORDS]
        words = words[:next((i for i, w in enumerate(words) if i and normalize_text(w.group()).lower() in d.ends), None)]
        #   (to a relative: "a tuk-tuk driver who has ferried tourists", `سائق إحدى الشاحنات التي تنقل`)
        opens = words and (_introduces(words, d) if not set_off else _explicit(words, d))
        verb = d.relatives.get(normalize_text(words[0].group()).lower()) if words else None
        v = 2 if len(words) > 3 and normalize_text(words[1].group()).lower() in d.adverbs else 1   # ("who still trains")
        if verb is not None and len(words) > v + 1 and verb.fullmatch(normalize_text(words[v].group()).lower()) \
                and (keys := _keys(text[words[1].start():words[-1].end()], d)):
            return keys, s, words[-1].end(), True   # what one does now: "Iyaloo Nghipondoka, who sells dried fish"
        if words and (opens or not set_off and not d.definite and normalize_text(words[0].group()).lower() not in d.never | d.dates) \
                and (keys := _keys(text[s:words[-1].end()], d)):
            return keys, s, words[-1].end(), bool(opens)   # (a first description: "Jocelyn Rabanal, head of …")
    lo = max(0, m.start - _BACK, (ctx.doc.sentence_at(m.start) or m).start)
    before = re.split(r"[,،]\s*(?=[^,،]*[,،]\s*$)|" + _CUT.pattern, text[lo:m.start])[-1]
    set_off = re.search(r"[,،]\s*(?:\S+\s+)?$", before)
    if set_off and m.title is None and not _CLAUSE_END.match(text, m.end):
        set_off = None   # (the name opens a clause: "Kneeling under a low, twisted tree, Eleni Mavraki scrapes")
    if m.title is None and not (set_off and (set_off.group().count(" ") <= 1 or
                                              _key(before.split()[-1], d.prefixes) in d.stop)):
        if d.definite:   # the noun of a role right before the name describes it (`المفتش عبد الباسط`)
            last = list(_WORD.finditer(before))[-1:]
            word = normalize_text(last[0].group()).lower() if last and not before[last[0].end():].strip() else ""
            if word.startswith(d.definite) and _key(word, d.prefixes) in d.roles | d.offices \
                    and word not in d.stop | d.never | d.dates and (keys := _keys(word, d)):
                base = m.start - len(before)
                return keys, base + last[0].start(), base + last[0].end(), False
            return set(), m.start, m.start, False
        titled = re.search(r"(?:(?<=\s)|^)(?:[^\W\d_][\w'’-]*\s+){1,4}$", before)   # "culture department head Johan"
        n = 0
        for w in reversed(titled.group().split() if titled else []):
            if not _keys(w, d) or not w[:1].islower():
                break
            n += 1
        if not n:
            return set(), m.start, m.start, False
        before = before[len(before) - len(" ".join(titled.group().split()[-n:])) - 1:]
    base = m.start - len(before)
    words = list(_WORD.finditer(before))
    det = max((i for i, w in enumerate(words) if w.group().lower() in d.determiners), default=0)
    words = words[det:]   # the noun phrase of the title ("supervised by the oil company's inspector,")
    first = next((i for i, w in enumerate(words) if _keys(w.group(), d)), None)
    if first is None:
        return set(), m.start, m.start, False
    if d.definite:   # (from the noun of its office or role, past a verb before it: `افتتحت مديرة المدرسة`)
        first = next((i for i, w in enumerate(words) if _titled(w.group(), d)), first)
    return _keys(before[words[first].start():], d), base + words[first].start(), base + words[-1].end(), False


def _titled(word: str, d: _Data) -> bool:
    """A word of a title or an office, or the noun of a role, maybe feminine (`مديرة`, `مفتشة`)."""
    k = _key(word, d.prefixes)
    return k in d.roles or k in d.offices or k[-1:] in "ةه" and k[:-1] in d.roles | d.offices


def _explicit(words: list, d: _Data) -> bool:
    """An apposition opened by a word of ``introducing`` ("a", "one of", `وهو`)."""
    first = normalize_text(words[0].group()).lower()
    return first in d.introducing or " ".join(normalize_text(w.group()).lower() for w in words[:2]) in d.introducing


def _introduces(words: list, d: _Data) -> bool:
    """An apposition that introduces a person: it opens with a word of ``introducing`` ("a", "an",
    "one of", `وهو`); where the language marks no indefinite, with a definite noun (`الطالب`) or the
    noun of a role (`سائق`), but no word of ``never`` (a relative, a participle of saying) nor a
    weekday's or a month's name."""
    first = normalize_text(words[0].group()).lower()
    two = " ".join(normalize_text(w.group()).lower() for w in words[:2])
    if first in d.introducing or two in d.introducing:
        return True
    if not d.definite or first in d.never or first in d.dates or first in d.stop:
        return False
    return first.startswith(d.definite) and len(first) > 4 or _key(first, d.prefixes) in d.roles


def _sentence_words(ctx, m, d: _Data) -> set[str]:
    s = ctx.doc.sentence_at(m.start)
    return _keys(ctx.doc.text[s.start:s.end], d) if s is not None else set()


def _changed(ctx, lo: int, hi: int, d: _Data) -> bool:
    """A word of a stated change within a few words of a name and its description, in its clause
    ("former", "now", `سابقاً`; not "then" in a quotation further on)."""
    text = ctx.doc.text
    near = _CUT.split(text[max(0, lo - _NEAR):lo])[-1] + text[lo:hi] + _CUT.split(text[hi:hi + _NEAR])[0]
    return bool(d.change) and any(normalize_text(w).lower() in d.change for w in _WORD.findall(near))
