"""The arguments of a state statement beside its date: who is in the state (the subject) and what
it is about (a place or an organisation, the *target*).

Subjects are people of the shared name facts. A family name the name facts left out right after
a full name ("Musa Adam Tirab" read as "Musa Adam") is taken as part of it when the article
uses it again on its own. Targets (:func:`.targets.target_after`) are read after the state word: a run of capitalised words in
a cased script ("Allied Rail Federation", "Chile"), the next words otherwise (`أرض لبنان`).
Places compare through their demonyms ("Chilean" ↔ "Chile", `اللبنانية` ↔ `لبنان`), derived with
the endings of ``[timeline.places]``.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import re
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.extractors.name_mentions.data import not_as_written
from checker.extractors.publication import dateline_country
from checker.language.matching import phrase_key, trie_alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .pronouns import UNKNOWN, pronoun_mentions
from .targets import stop_words as _stop_words

_MIN_NAME_COUNT = 2   # a name must recur to be taken as a subject
_TARGET_SPAN = 48     # characters after a state word where its target may start
_PAIR_KEYS = 1_000_000  # entity keys of the people read here
_LETTERS = compiled(r"[^\W\d_]+")
_WORD_BEFORE = compiled(r"([^\W\d_]+)\s+$")   # the word right before a position (searched up to it)
_WORD_AFTER = compiled(r"\s+([^\W\d_]+)")


_QUOTED = compiled(r"[«\"“]([^»\"”\n]{2,60})[»\"”]")
_QUOTE_REACH = 30   # characters between an office of a company and the company's name in quotation marks


def quoted_near(doc, cls: str, start: int, end: int, limit: int) -> str | None:
    """For a class whose target is a company (`[timeline.places] org_classes`), the name in
    quotation marks nearest after the state, else right before it, within its sentence:
    `رئيساً تنفيذياً لشركة «نسمة للطيران»`, `قاد «طيران سحاب» رئيساً تنفيذياً`."""
    if cls not in _org_classes(doc.lexicon):
        return None
    sent = doc.sentence_at(start)
    lo = max(sent.start if sent is not None else 0, start - _QUOTE_REACH)
    after = _QUOTED.search(doc.text, start, min(limit, end + _QUOTE_REACH))
    before = list(_QUOTED.finditer(doc.text, lo, start))
    m = after or (before[-1] if before else None)
    return phrase_key(m.group(1)) if m else None


def body_named(doc, cls: str, start: int, end: int, limit: int) -> str | None:
    """For a post at a body written in lower case in a cased script (``[timeline.places]
    body_classes``): the noun after a determiner right after the post ("has led the union"), else
    the possessor right before it ("the ministry's director of")."""
    classes, dets = _bodies(doc.lexicon)
    if cls not in classes or dets is None:
        return None
    after = re.split(r"[,;:.()\"“”]", doc.text[end:min(limit, end + _TARGET_SPAN)], maxsplit=1)[0]
    sent = doc.sentence_at(start)
    before = doc.text[max(sent.start if sent is not None else 0, start - _TARGET_SPAN):start]
    m = re.match(rf"\s+(?:{dets})\s+([a-z][^\W\d_]+)(?![^\W\d_'’])", after) or \
        re.search(rf"(?<![^\W\d_])(?:{dets})\s+([a-z][^\W\d_]+)['’]s\s+(?:[a-z]+\s+){{0,2}}$", before)
    return phrase_key(m.group(1)) if m else None


@lru_cache(maxsize=8)
def _bodies(lex) -> tuple[frozenset[str], str | None]:
    p = lex.section("timeline", {}).get("places", {})
    dets = "|".join(re.escape(w) for w in p.get("body_determiners", []))
    return frozenset(p.get("body_classes", [])), dets or None


@lru_cache(maxsize=8)
def _org_classes(lex) -> frozenset[str]:
    return frozenset(lex.section("timeline", {}).get("places", {}).get("org_classes", []))


def _word_after(doc, end: int) -> tuple[int, int] | None:
    m = re.match(r"[^\S\r\n]+([^\W\d_]+)", doc.text[end:end + 40])
    return (end + m.start(1), end + m.end(1)) if m else None


def people(doc, facts) -> tuple[dict[str, int], list[tuple[int, int, str, str]]]:
    """The people the article names (no name of a body, "Brackenfield Zoo"), how often each is mentioned, and where:
    (start, end, entity key, text), with the family names the name facts missed after a full name."""
    bodies = names_lexicon(doc.lexicon).body_nouns
    persons = {m.cluster for m in facts["name_mentions"] if m.person} - {m.cluster for m in facts["name_mentions"] if bodies & set(m.tokens)}
    mentions = [m for m in facts["name_mentions"] if m.cluster in persons]   # (a person's family name alone too)
    places = [(m.start, m.end, str(m.cluster), m.text) for m in mentions]
    stop, known = _stop_words(doc.lexicon), {normalize_text(t) for m in mentions for t in m.text.split()}
    extra: dict[str, str] = {}
    for m in mentions:
        nxt = _word_after(doc, m.end) if m.full else None
        if nxt is None or doc.text[nxt[0]].islower() or doc.text[nxt[0]].isupper():
            continue  # a cased script's names are read by their capitals already
        word = normalize_text(doc.text[nxt[0]:nxt[1]])
        if word not in known and word not in stop and len(word) > 2:
            extra.setdefault(word, str(m.cluster))
    if extra:
        taken = [(s, e) for s, e, _, _ in places]
        view = doc.normalized
        rx = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, extra)) + r")(?![^\W\d_])")
        found = []
        for x in rx.finditer(view.text):
            s, e = view.to_original(x.start(), x.end())
            if not any(a <= s < b for a, b in taken):
                found.append((s, e, extra[x.group()], doc.text[s:e]))
        # a word right after a name that recurs on its own is that name's family name
        recurring = {k for k, n in collections.Counter(f[3] for f in found).items() if n >= 2}
        places += [f for f in found if f[3] in recurring]
        places.sort()
    places = _given_pairs(doc, places)
    rx = _place_before(doc.lexicon)
    placed = {p[0] for p in places if rx is not None and rx.search(normalize_text(doc.text[max(0, p[0] - 12):p[0]]))}
    full = {str(m.cluster) for m in mentions if m.full}
    dets = _year_determiners(doc.lexicon)[0]
    placed |= {p[0] for p in places if (b := _WORD_BEFORE.search(doc.text, max(0, p[0] - 12), p[0])) is not None
               and normalize_text(b.group(1)) in dets and (a := _WORD_AFTER.match(doc.text, p[1])) is not None
               and a.group(1).islower()}   # "the Colchani checkpoint": a name that qualifies a noun
    determined = {p[0] for p in places if (b := _WORD_BEFORE.search(doc.text, max(0, p[0] - 12), p[0])) is not None
                  and normalize_text(b.group(1)) in dets}
    if placed or determined:   # a name after "in", "to" is a place, unless a full name of a person ends with it
        #                        (`إلى الحمارنة`, `زياد الحمارنة`); a name written after "the" is no
        #                        one ("joined the Prinsenhof"), nor one written so half the times or more
        #                        ("born in Delft", "a Delft workshop", "to Delft painting")
        usage = collections.Counter(p[2] for p in places)
        placeish = collections.Counter(p[2] for p in places if p[0] in placed or p[0] in determined)
        places_ = {k for k, n in placeish.items() if n >= 2 and 2 * n >= usage[k]}
        if (dl := dateline_country(doc.text, doc.body_start)) is not None:   # "ZWOLLE, Netherlands (Wire)"
            places_ |= {p[2] for p in places if dl.start() <= p[0] < dl.end(1)}
        places = [p for p in places if p[0] not in determined and p[2] not in places_
                  and (p[2] in full or p[0] not in placed)]
    # a pronoun stands for a person named in full, not for a full name after "in" ("in Santa Ana"),
    #   or with a title ("Ms Imrie said that in June 2018 she …": hers, not the one named before)
    titled = {str(m.cluster) for m in mentions if m.cue == "title"}
    pronouns = pronoun_mentions(doc, [p for p in places if p[0] not in placed and (p[2] in full or p[2] in titled)])
    places = sorted(places + [p for p in pronouns if p[2] != UNKNOWN])
    counts = collections.Counter(k for _, _, k, _ in places)
    keep = {k for k, n in counts.items() if n >= _MIN_NAME_COUNT}
    return {k: counts[k] for k in keep}, sorted([p for p in places if p[2] in keep] +
                                                [p for p in pronouns if p[2] == UNKNOWN])


@lru_cache(maxsize=8)
def _place_before(lex) -> re.Pattern | None:
    """The words that make a name after them a place (``[timeline.places] before``)."""
    before = lex.section("timeline", {}).get("places", {}).get("before", [])
    if not before:
        return None
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(normalize_text(w)) for w in before) + r")\s+$")


@lru_cache(maxsize=8)
def _pair_rx(lex) -> re.Pattern | None:
    nm = names_lexicon(lex)
    if nm.capitals or not nm.given_ambiguous:
        return None
    # a prefix tree (longer names first, as in a flat alternation sorted longest first): the
    # regex engine reads each position's letters once instead of trying every name there
    given = trie_alternation(nm.given_ambiguous, re.escape(" "))
    return compiled(rf"(?<![^\W\d_])(?:{given})[^\S\n]+([^\W\d_]{{3,}})(?![^\W\d_])")


def _given_pairs(doc, places: list) -> list:
    """In a script without capitals, a given name the name facts leave alone (one that is also a
    word: `حسام`, `منصور`) and the word after it, when that word recurs on its own (`وقضى حسام
    القاسم في السجن` … `خطب القاسم`): one person, found at both."""
    rx = _pair_rx(doc.lexicon)
    if rx is None:
        return places
    nm = names_lexicon(doc.lexicon)
    view, taken = doc.normalized, [(s, e) for s, e, _, _ in places]
    pairs = [m for m in rx.finditer(view.text) if m.group(1) not in nm.stop and
             (m.group(1).startswith(nm.article) or m.group(1) in nm.given_ambiguous) and _as_written(doc, nm, m)]
    if not pairs:
        return places
    words = {m.group(1) for m in pairs}
    where = collections.defaultdict(list)  # every family name on its own, read in one pass
    for x in _LETTERS.finditer(view.text):   # a family name is a whole run of letters
        if x.group() in words:
            where[x.group()].append(x)
    found = []
    for m in pairs:
        alone = [x for x in where[m.group(1)] if x.start() != m.start(1)]
        spans = [view.to_original(m.start(), m.end())] + [view.to_original(x.start(), x.end()) for x in alone]
        spans = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
        if alone and len(spans) >= 2:
            key = str(_PAIR_KEYS + len(found))  # an entity key of its own, after the name facts'
            found += [(s, e, key, doc.text[s:e]) for s, e in spans]
            taken += spans
    return sorted(places + found) if found else places


def _as_written(doc, nm, m) -> bool:
    """The given name of a pair written as the name is (`علي`), not as a word folded to it (`على`)."""
    word = m.group().split()[0]
    s, e = doc.normalized.to_original(m.start(), m.start() + len(word))
    return not not_as_written(nm, word, doc.text[s:e])


@lru_cache(maxsize=8)
def _article_proclitics(lex) -> tuple[str, str]:
    return normalize_text(lex.section("script", {}).get("article", "")), "".join(normalize_text(p) for p in lex.proclitics)


def _strip(lex, word: str) -> str:
    article, pro = _article_proclitics(lex)
    w = word
    if pro and len(w) > 3 and w[0] in pro and article and w[1:].startswith(article):
        w = w[1:]
    if article and w.startswith(article) and len(w) > len(article) + 2:
        w = w[len(article):]
    elif pro and len(w) > 4 and w[0] in pro and w[1:] and not article:
        w = w[1:]
    return w


def same_place(lex, a: str | None, b: str | None) -> bool:
    """Whether two place words name one place, through their demonyms: "Chilean" and "Chile",
    `اللبنانية` and `لبنان` (the endings and the letters a name may lose are data)."""
    if not a or not b:
        return False
    a, b = _strip(lex, a.lower()), _strip(lex, b.lower())
    if a == b or a.split()[0] == b or b.split()[0] == a:
        return True   # (`المرصد` told back for `مرصد أوكايمدن`)
    p = lex.section("timeline", {}).get("places", {})
    endings = sorted((normalize_text(e).lower() for e in p.get("demonym_endings", [])), key=len, reverse=True)
    trim, least = p.get("trim", 0), p.get("min_stem", 4)
    for x, y in ((a, b), (b, a)):
        for e in endings:
            if x.endswith(e) and len(x) > len(e) + 2:
                stem = x[:-len(e)]
                if any(y[:len(y) - k] == stem or y[:len(y) - k] == stem[:len(stem) - k]
                       for k in range(trim + 1) if len(y) - k >= least):
                    return True
    return False


def home_places(doc) -> list[str]:
    """Where the article is set: the country of a dateline written "City (Country)", and the
    places whose demonym the article uses next to their name ("Chile" … "a Chilean poet")."""
    out = []
    body = doc.text[doc.body_start:]   # the dateline opens the body, after any headline
    m = re.search(r"\(([^\W\d_][^()\n]{1,30})\)", body[:300])
    if m and body.count(m.group(1)) >= 2:  # a place named again, not a news agency
        out.append(phrase_key(m.group(1)))
    m = dateline_country(doc.text, doc.body_start)   # "ORURO, Bolivia, July 9 (Wire) -", "GULU, Uganda (AP) -"
    if m and phrase_key(m.group(1)) not in names_lexicon(doc.lexicon).months:
        out.append(phrase_key(m.group(1)))
    return out




def demonym_homes(doc) -> list[str]:
    """The places the article names whose demonym it also uses ("Chile" … "a Chilean poet",
    `لبنان` … `الفنانة اللبنانية`)."""
    lex = doc.lexicon
    p = lex.section("timeline", {}).get("places", {})
    endings = sorted((normalize_text(e).lower() for e in p.get("demonym_endings", [])), key=len, reverse=True)
    trim, least = p.get("trim", 0), p.get("min_stem", 4)
    cased = any(c.isupper() for c in doc.text)
    words = set()
    for m in re.finditer(r"[^\W\d_]+", doc.text):
        w = m.group()
        if not cased or w[0].isupper():
            words.add(_strip(lex, normalize_text(w).lower()))
    ordered = sorted(words)
    out = []
    for w in ordered:
        for e in endings:
            if not w.endswith(e) or len(w) - len(e) < least:
                continue
            stem = w[:-len(e)]
            k = bisect.bisect_left(ordered, stem)
            while k < len(ordered) and ordered[k].startswith(stem[:len(stem) - trim] if trim else stem):
                cand = ordered[k]
                if cand != w and not cand.endswith(tuple(endings)) and abs(len(cand) - len(stem)) <= trim \
                        and same_place(lex, w, cand):
                    out.append(cand)
                k += 1
            break
    return out


def article_homes(doc) -> list[str]:
    """Where the article is set: its dateline's places and the places whose demonyms it uses."""
    return list(dict.fromkeys(home_places(doc) + demonym_homes(doc)))


def attributive(doc):
    """Whether a year written alone is the date of the noun after it, after a determiner ("the
    2016 campaign in which he went door to door"), or opens its clause after a preposition of
    time (`وفي ٢٠١٩، وبصفته`): a date of the event, not a count or a name."""
    dets, openers = _year_determiners(doc.lexicon)

    def told(m) -> bool:
        b, a = _WORD_BEFORE.search(doc.text, max(0, m.start - 12), m.start), _WORD_AFTER.match(doc.text, m.end)
        if b is not None and normalize_text(b.group(1)) in openers and doc.text[m.end:m.end + 1] in (",", "،"):
            return True   # `وفي ٢٠١٩، وبصفته …`: a year opening its clause
        return b is not None and a is not None and normalize_text(b.group(1)) in dets and a.group(1).islower()
    return told


@lru_cache(maxsize=32)
def _year_determiners(lex) -> tuple[frozenset[str], frozenset[str]]:
    t = lex.section("timeline", {})
    return (frozenset(normalize_text(w) for w in t.get("year_determiners", [])),
            frozenset(normalize_text(w) for w in t.get("year_openers", [])))


_QUOTED_PHRASE = compiled(r"[«\"“][^»\"”\n]{1,40}[»\"”]")   # a short phrase in quotation marks


@lru_cache(maxsize=32)
def _kin_with_taa(lex) -> tuple[str, ...]:
    """Words of kinship written with a ta marbuta (`زوجة`); others ending in `ه` are not `جدة`, a city."""
    words = lex.section("names", {}).get("kin", []) + lex.section("timeline", {}).get("relations", [])
    return tuple(normalize_text(w) for w in words if w.endswith("ة"))


def _kin_words(kin, view, lo: int, hi: int, doc=None) -> list:
    """Words of kinship in the normalised ``view.text[lo:hi]``, not inside a short quoted phrase
    (`«ابن الجهة»`: a figure of speech), nor a word ``doc`` writes with a ta marbuta that no word of
    kinship is written with (`جدة`, not `جده`)."""
    text = view.text
    quoted = [m.span() for m in _QUOTED_PHRASE.finditer(text, max(0, lo - 40), hi)]
    taa = _kin_with_taa(doc.lexicon) if doc is not None else ()

    def written_taa(m) -> bool:
        a, b = view.to_original(m.start(), m.end())
        return doc.text[a:b].endswith("ة") and not m.group().endswith(taa or ("\0",))
    return [m for m in kin.finditer(text, lo, hi) if not any(x <= m.start() < y for x, y in quoted)
            and not (doc is not None and written_taa(m))]


def kin_near(kin, view, lo: int, hi: int, doc=None) -> bool:
    return bool(_kin_words(kin, view, lo, hi, doc))


def kin_opens(kin, view, ns: int, near: int, named, doc=None) -> bool:
    """A word of kinship earlier in the sentence, no person named between it and the state: the
    relative is its subject (`وكانت أرملته قد ترأست الجمعية …، وحضرت بنفسها`)."""
    last = (_kin_words(kin, view, ns, near, doc) or [None])[-1]
    return last is not None and not any(last.end() <= view.from_original(s) < near for s, _, _, _ in named)


def period(date, rng, published: dt.date | None, ending: bool) -> tuple[dt.date | None, dt.date | None]:
    """The period a state holds: both ends of a range ("from 1998 to 2004"); from a date on
    (`منذ`, up to the publication date at least); up to a date (`حتى`, or a word that ends the
    state); else the date itself."""
    lo, hi = rng.interval() if rng is not None and rng.interval() else date.interval()
    if rng is not None:
        return lo, hi
    if date.bound == "since":
        return lo, None if published is None else max(published, hi)
    if date.bound == "until" or ending:
        return None, hi
    return lo, hi
