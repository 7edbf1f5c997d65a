"""Name mentions shared by all rules: the people (and, where capitals show them, organisations)
an article names, each mention grouped with the others of the same entity.

Arabic has no capital letters, so a name is found from the words around it: a title before it
(`الرئيس`, `وزير الإعلام السوري`, `العقيد`, `د.`), a verb of saying (`قال`, `أضاف`), or a known
given name (`حمزة المصطفى`); a name runs over given names, particles (`بن`, `أبو`, `آل`) and ends
with a family name (`الشملان`, `ترامب`). Every later use of a full name's last word is a mention
of that person (`وقال المصطفى`). Languages written with capitals take capitalised runs ("Jan
Kowalski", "Osama bin Laden", "Bank of England"), less the words capitalised for another reason
(a sentence's first word, months, weekdays, stopwords), with the title before them ("Finance
Minister", "Mr").

Every word is language data (``[names]`` in ``checker/lexicons/<lang>/names.toml``); ``capitals``
there says which of the two ways a language's names are found. Matching is done on the
normalised view and mapped back to exact offsets of ``doc.text``.
"""

from __future__ import annotations

import bisect
import collections
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from checker.core.document import Document
from checker.language.normalize import fold_char, normalize_text

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_SPACE = re.compile(r"[^\S\r\n]*[#_]?[^\S\r\n]*")           # words of one name: a space, a hashtag
_COMMA = re.compile(r"[^\S\r\n]*[،,][^\S\r\n]*[#_]?")      # a title, a comma, then the name
_MAX_WORDS = 5        # words in one name
_MAX_RUN = 6          # capitalised words in one run (longer runs are headings)
_COMPLEMENT = 4       # words between a construct title and the end of its complement


@dataclass(frozen=True)
class NameMention:
    """One mention of a name. ``start``/``end`` cover the name as written (an attached Arabic
    proclitic and an English possessive ending excluded); ``tokens`` are its words, normalised;
    ``spans`` the original ``(start, end)`` of each word. ``surname`` is the normalised last word
    and ``key`` the same without an article or particle and with Latin accents folded (the form to
    compare spellings by). ``full`` is true for a given name with a family name, false for a
    family name alone; ``person`` is false for names joined by a connector ("Bank of England").
    ``title`` is the normalised title before the name (``"وزير الاعلام السوري"``, ``"finance
    minister"``, ``"mr"``), with its span; ``cue`` says what showed the name: ``title``,
    ``verb`` (a verb of saying before it), ``given`` (a known given name), ``capitals`` or
    ``surname`` (the last word of a full name found elsewhere). ``speaker`` is true next to a verb
    of saying. ``cluster`` is one id per entity: a full name, and its family name alone, with a
    title or with "Mr", share one."""

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    surname: str
    key: str
    full: bool
    person: bool
    title: str | None
    title_start: int | None
    title_end: int | None
    cue: str
    speaker: bool
    cluster: int


@dataclass(frozen=True)
class _Tok:
    ns: int          # normalised start, end
    ne: int
    norm: str
    s: int           # original start, end
    e: int


@dataclass
class _Names:
    capitals: bool
    article: str
    nisba: tuple[str, ...]
    not_family_endings: tuple[str, ...]
    titles: re.Pattern | None
    construct: frozenset[str]
    title_forms: dict[str, str]     # every written form matched (contractions too) -> the title
    abbreviated: frozenset[str]
    verbs: frozenset[str]
    particles: frozenset[str]
    compound_first: frozenset[str]
    compound_last: frozenset[str]
    initials: frozenset[str]
    given: frozenset[str]
    given_ambiguous: frozenset[str]
    exact: dict[str, str]
    stop: frozenset[str]
    months: frozenset[str]          # month names: a given name too when a capitalised word follows ("Jan Kowalski")
    adjectives: frozenset[str]
    connectors: frozenset[str]
    possessive: tuple[str, ...]
    proclitics: str
    conjunctions: str               # proclitics that mean "and": a name does not go on after them
    contractions: tuple[tuple[str, str], ...]


def _n(word: str) -> str:
    return " ".join(normalize_text(word).split())


def _strip_marks(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=32)
def names_lexicon(lex) -> _Names:
    """The ``[names]`` language data of a lexicon, compiled once."""
    d = lex.section("names", {})
    offices = [f for group in d.get("offices", {}).values() if isinstance(group, dict)
               for forms in group.values() for f in forms]
    all_titles = list(d.get("titles", [])) + list(d.get("honorifics", [])) + \
        list(d.get("construct_titles", [])) + offices
    pro = "".join(re.escape(_n(p)) for p in lex.proclitics)
    forms: dict[str, str] = {}
    for t in all_titles:
        k = _n(t)
        if k:
            forms.setdefault(k, k)
            for v in lex.variants(k):
                forms.setdefault(v, k)
    keys = set(forms)
    titles = None
    if keys:
        alts = "|".join(re.escape(k).replace(r"\ ", r"[^\S\r\n]+") for k in sorted(keys, key=len, reverse=True))
        pre = f"(?:[{pro}]{{1,2}})?" if pro else ""
        titles = re.compile(rf"(?<![^\W\d_]){pre}(?P<w>{alts})(?:(?<=\.)|(?![^\W\d_]))")
    months = {_n(m.name) for m in lex.month_names}
    ambiguous_months = {_n(m.name) for m in lex.month_names if m.ambiguous}   # "رجب" is a name too
    weekdays = {_n(w) for names in lex.section("weekdays", {}).values() if isinstance(names, list) for w in names}
    stop = {_n(w) for w in d.get("stopwords", []) + d.get("not_names", []) + d.get("saying_verbs", [])}
    stop |= (months - ambiguous_months) | weekdays
    return _Names(
        capitals=bool(d.get("capitals", False)),
        article=_n(d.get("article", "")),
        nisba=tuple(_n(e) for e in d.get("nisba_endings", [])),
        not_family_endings=tuple(_n(e) for e in d.get("not_family_endings", [])),
        titles=titles,
        construct=frozenset(_n(t) for t in d.get("construct_titles", [])),
        title_forms=forms,
        abbreviated=frozenset(_n(t) for t in all_titles if t.endswith(".")),
        verbs=frozenset(_n(v) for v in d.get("saying_verbs", [])),
        particles=frozenset(_n(p) for p in d.get("particles", [])),
        compound_first=frozenset(_n(p) for p in d.get("compound_first", [])),
        compound_last=frozenset(_n(p) for p in d.get("compound_last", [])),
        initials=frozenset(_n(p) for p in d.get("initials", [])),
        given=frozenset(_n(g) for g in d.get("given_names", [])),
        given_ambiguous=frozenset(_n(g) for g in d.get("given_names_ambiguous", [])),
        exact={_n(w): w for w in d.get("exact_forms", [])},
        stop=frozenset(stop - months if d.get("capitals") else stop),
        months=frozenset(months | weekdays),
        adjectives=frozenset(_n(a) for a in d.get("office_adjectives", [])),
        connectors=frozenset(_n(c) for c in d.get("connectors", [])),
        possessive=tuple(sorted((_n(p) for p in d.get("possessive_endings", [])), key=len, reverse=True)),
        proclitics="".join(_n(p) for p in lex.proclitics),
        conjunctions="".join(c for c in (_n(w) for w in d.get("roles", {}).get("conjunctions", []))
                             if len(c) == 1 and c in "".join(_n(p) for p in lex.proclitics)),
        contractions=tuple((_n(a), _n(b)) for a, b in lex.section("script", {}).get("contractions", [])),
    )


def _letters(word: str) -> str:
    """``word`` as written, less what the normaliser drops (diacritics, tatweel, invisible marks)."""
    return "".join(c for c in word if fold_char(c))


def name_key(word: str, names: _Names) -> str:
    """A normalised family name as compared: without an article or a particle, accents folded."""
    w = _strip_marks(word)
    if "-" in w:
        head, _, rest = w.partition("-")
        if head in names.particles and rest:
            w = rest
    if names.article and w.startswith(names.article) and len(w) > len(names.article) + 2:
        w = w[len(names.article):]
    return w


_PREFIXED: dict[int, tuple[object, dict[str, str]]] = {}


def _prefixed_forms(known, names: "_Names") -> dict[str, str]:
    """Every written form of the words in ``known`` with one or two attached proclitics, or a
    contraction ("للرئاسة"), mapped to the word: built once per set of words."""
    cached = _PREFIXED.get(id(known))
    if cached is not None and cached[0] is known:
        return cached[1]
    table: dict[str, str] = {}
    pro = names.proclitics
    for k in known:
        if len(k) > 2:
            for p1 in pro:
                table.setdefault(p1 + k, k)
                for p2 in pro:
                    table.setdefault(p1 + p2 + k, k)
        for full, short in names.contractions:
            if k.startswith(full):
                table.setdefault(short + k[len(full):], k)
    if isinstance(known, frozenset):  # a language's own sets live as long as its lexicon
        if len(_PREFIXED) > 256:
            _PREFIXED.clear()
        _PREFIXED[id(known)] = (known, table)
    return table


class _Builder:
    """The mentions of one document, as (token indices, title match, cue) before clustering."""

    def __init__(self, doc: Document, names: _Names):
        self.doc = doc
        self.names = names
        self.view = doc.normalized
        vt = self.view.text
        toks = []
        for m in _TOKEN.finditer(vt):
            s, e = self.view.to_original(m.start(), m.end())
            toks.append(_Tok(m.start(), m.end(), m.group(), s, e))
        self.toks = toks
        self.counts = collections.Counter(t.norm for t in toks)
        self.starts = [t.ns for t in toks]
        self.taken: set[int] = set()
        self.found: list[tuple[list[int], tuple[int, int, str] | None, str]] = []
        self.base: dict[int, str] = {}          # a word's form without its proclitic
        self.titles_at: dict[int, re.Match] = {}
        self._tables: dict[int, tuple[object, dict[str, str]]] = {}

    # --- helpers -------------------------------------------------------------------------
    def gap(self, a: int, b: int) -> str:
        return self.view.text[a:b]

    def joined(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with only a space (or a hashtag) between."""
        return 0 < i < len(self.toks) and _SPACE.fullmatch(self.gap(self.toks[i - 1].ne, self.toks[i].ns)) is not None

    def index_at(self, ns: int) -> int:
        return bisect.bisect_left(self.starts, ns)

    def is_def(self, w: str) -> bool:
        a = self.names.article
        return bool(a) and w.startswith(a) and len(w) > len(a) + 1

    def is_nisba(self, w: str) -> bool:
        return self.is_def(w) and len(w) >= len(self.names.article) + 3 and any(w.endswith(e) for e in self.names.nisba)

    def stop(self, i: int) -> bool:
        t = self.toks[i]
        w = t.norm
        nm = self.names
        if w in nm.stop or len(w) < 2:
            return True
        if w[0] in nm.proclitics and w not in nm.given and w not in nm.given_ambiguous and \
                (w[1:] in nm.stop or self.is_def(w[1:]) or (w[1:] in self.counts and len(w) > 3)):
            return True  # "والخزانة", "فإن", "وآخرين": a proclitic and a word
        if any(w.startswith(short) and len(w) > len(short) + 1 for _, short in nm.contractions):
            return True  # "للرئاسة"
        exact = self.names.exact.get(t.norm)
        return exact is not None and _letters(self.doc.text[t.s:t.e]) != _letters(exact)

    def count(self, w: str) -> int:
        """How often ``w`` is written in the text, alone or after a proclitic."""
        n = self.counts.get(w, 0)
        for p in self.names.proclitics:
            n += self.counts.get(p + w, 0)
        for full, short in self.names.contractions:
            if w.startswith(full):
                n += self.counts.get(short + w[len(full):], 0)
        return n

    def common(self, w: str) -> bool:
        """The text also writes ``w`` with the article: an ordinary noun ("العمل"), not a name."""
        return bool(self.names.article) and not self.is_def(w) and self.count(self.names.article + w) > 0

    def family_name_at(self, idx: list[int]) -> str | None:
        """The family name a name ends with, unless its last words are one compound given name
        ("عبد السلام", "نور الدين") or a particle's word."""
        if len(idx) < 2:
            return None
        nm, toks = self.names, self.toks
        last, before = toks[idx[-1]].norm, toks[idx[-2]].norm
        if before in nm.compound_first or before in nm.particles or last in nm.compound_last:
            return None  # "عبد السلام", "محمد بن سلمان": "السلام", "سلمان" alone are others
        return last

    def near_family_name(self, w: str) -> bool:
        """``w`` is one letter from the last word of a name already found ("غوتيرش", "غوتيريش")."""
        return len(w) >= 4 and any(
            f is not None and OSA.distance(f, w) == 1 for f in (self.family_name_at(idx) for idx, _, _ in self.found))

    def strip_proclitic(self, w: str, known) -> str | None:
        """``w`` itself, or ``w`` less attached proclitics (or a contraction), when that is in
        ``known``."""
        if w in known:
            return w
        cached = self._tables.get(id(known))
        if cached is None or cached[0] is not known:
            cached = self._tables[id(known)] = (known, _prefixed_forms(known, self.names))
        return cached[1].get(w)

    def add(self, idx: list[int], title, cue: str) -> None:
        if not idx or any(i in self.taken for i in idx):
            return
        self.taken.update(idx)
        self.found.append((idx, title, cue))


# --- languages without capitals --------------------------------------------------------------

def _parse_name(b: _Builder, k: int, cued: bool) -> list[int]:
    """The words of a name that begins at token ``k``: given names and particles, ending with a
    family name. A name that only a given name shows (``cued`` false) must begin with an
    unambiguous given name; a name whose words are not known given names must end with a word
    the article writes again, or with one that has the article ("يدرك جيدا" is not a name)."""
    nm, toks = b.names, b.toks
    n = len(toks)
    first = toks[k].norm
    if b.stop(k) or (first in nm.particles and first not in nm.compound_first):
        return []
    if not cued and first not in nm.given and first not in nm.compound_first:
        return []
    starts = nm.given | nm.given_ambiguous | nm.compound_first
    if first not in starts and b.common(first):
        return []  # "الرئيس عقيدة ...": the text writes "العقيدة"
    idx = [k]
    j = k
    lineage = False
    if first in nm.compound_first:
        if not b.joined(k + 1) or b.stop(k + 1):
            return []
        idx.append(k + 1)
        j = k + 1
    while len(idx) < _MAX_WORDS:
        j += 1
        if j >= n or not b.joined(j):
            break
        w = toks[j].norm
        if b.stop(j):
            # a month that is also a family name, after a known given name ("تيريزا ماي")
            if not (w in nm.months and len(idx) == 1 and first in nm.given and not
                    (j + 1 < n and toks[j + 1].norm.isdigit())):
                break
        if w in nm.particles and b.joined(j + 1) and not b.stop(j + 1):
            idx += [j, j + 1]
            j += 1
            lineage = True
            continue
        if w in nm.compound_first and b.joined(j + 1) and not b.stop(j + 1):
            idx += [j, j + 1]  # "محمد عبد الله"
            j += 1
            continue
        if w in nm.compound_last or w in nm.initials:
            idx.append(j)
            continue
        if b.is_def(w):
            if w in nm.adjectives:
                break
            idx.append(j)
            if b.joined(j + 1) and toks[j + 1].norm in nm.particles and b.joined(j + 2) and not b.stop(j + 2):
                idx += [j + 1, j + 2]
            break
        if w in nm.given or w in nm.given_ambiguous:
            idx.append(j)
            continue
        if w[0] in nm.conjunctions or lineage or b.common(w):
            break  # "ويرأسه": "and" and a word; "محمد بن سلمان خطة": a name of lineage ends so;
            # "محمود عمل": the text writes "العمل"
        idx.append(j)  # a family name without the article ("ترامب", "مدبولي")
        if b.joined(j + 1) and toks[j + 1].norm in nm.compound_last:
            idx.append(j + 1)
        break
    last = toks[idx[-1]].norm
    known_start = first in starts and (cued or first not in nm.given_ambiguous)
    plain_def = b.is_def(last) and not b.is_nisba(last)
    if not cued and len(idx) > 1 and last.endswith(nm.not_family_endings):
        return []  # "يعقوب الطبية": an adjective
    if not (b.count(last) >= 2 or (known_start and (cued or plain_def or b.near_family_name(last)))):
        return []
    return idx


def _after_title(b: _Builder, m: re.Match) -> tuple[int, int, str, list[int], bool] | None:
    """The name a title introduces: (title start, title end (normalised), title, the name's
    words, whether it is one word with the article)."""
    nm, toks, vt = b.names, b.toks, b.view.text
    word = nm.title_forms.get(" ".join(m.group("w").split()), "")
    abbreviated = word in nm.abbreviated
    k = b.index_at(m.end("w"))
    end = m.end("w")
    if k >= len(toks) or not (_SPACE.fullmatch(vt[end:toks[k].ns]) or (abbreviated and not vt[end:toks[k].ns].strip())):
        return None
    consumed = 0
    if word in nm.construct:
        # the complement: words up to the first with the article ("وزير الإعلام", "رئيس فريق الطوارئ")
        for _ in range(_COMPLEMENT):
            if k >= len(toks) or (consumed and not b.joined(k)) or toks[k].norm in nm.verbs or b.stop(k):
                return None
            w = toks[k].norm
            k += 1
            consumed += 1
            if b.is_def(w):
                break
        else:
            return None
        end = toks[k - 1].ne
    # adjectives of the office ("السوري", "السابق") and complements with a preposition ("للشؤون الخارجية")
    while k < len(toks) and _SPACE.fullmatch(vt[end:toks[k].ns]):
        w = toks[k].norm
        if w in nm.adjectives or b.is_nisba(w):
            k += 1
        elif any(w.startswith(short) and len(w) > len(short) + 1 for _, short in nm.contractions):
            k += 1
            while k < len(toks) and b.joined(k) and b.is_def(toks[k].norm) and not b.stop(k):
                k += 1
        else:
            break
        consumed += 1
        end = toks[k - 1].ne
    if k >= len(toks):
        return None
    g = vt[end:toks[k].ns]
    if not (_SPACE.fullmatch(g) or (consumed and _COMMA.fullmatch(g)) or (abbreviated and not g.strip())):
        return None
    if toks[k].ns in b.titles_at or b.stop(k):
        return None  # another title follows ("ولي العهد السعودي الأمير محمد"): it introduces the name
    w = toks[k].norm
    if b.is_def(w):
        if consumed or word in nm.construct or b.is_nisba(w) or w in nm.adjectives:
            return None
        return m.start("w"), end, word, [k], True  # "الرئيس الشرع": a family name alone
    idx = _parse_name(b, k, True)
    if len(idx) >= 2:
        return m.start("w"), end, word, idx, False
    return m.start("w"), end, word, [k], True  # "الرئيس ترامب", not "ولي العهد وصل"


def _without_capitals(b: _Builder) -> None:
    nm, toks = b.names, b.toks
    matches = list(nm.titles.finditer(b.view.text)) if nm.titles is not None else []
    b.titles_at = {m.start("w"): m for m in matches}
    title_tokens: set[int] = set()
    for m in matches:
        i = b.index_at(m.start())
        while i < len(toks) and toks[i].ns < m.end("w"):
            title_tokens.add(i)
            i += 1
    singles = []    # one word after a title or a verb of saying: kept when it is a family name
    for m in matches:
        got = _after_title(b, m)
        if got is None:
            continue
        ts, te, word, idx, single = got
        if any(i in title_tokens for i in idx):
            continue
        if single:
            singles.append((idx[0], (ts, te, b.view.text[ts:te]), "title"))
        else:
            b.add(idx, (ts, te, b.view.text[ts:te]), "title")
    names_start = nm.given | nm.given_ambiguous | nm.compound_first
    for i, t in enumerate(toks):
        if b.strip_proclitic(t.norm, nm.verbs) is None:
            continue
        k = i + 1
        if k >= len(toks) or not b.joined(k) or k in b.taken or k in title_tokens or b.stop(k):
            continue
        if toks[k].norm in names_start:
            idx = _parse_name(b, k, True)
            if len(idx) >= 2 and not any(j in title_tokens for j in idx):
                b.add(idx, None, "verb")
                continue
        singles.append((k, None, "verb"))
    for i, t in enumerate(toks):
        if i in b.taken or i in title_tokens or (t.norm not in nm.given and t.norm not in nm.compound_first):
            continue
        if i > 0 and b.joined(i) and toks[i - 1].norm in nm.particles:
            continue
        idx = _parse_name(b, i, False)
        if len(idx) >= 2 and not any(j in title_tokens for j in idx):
            b.add(idx, None, "given")
    # the family names of full names, alone ("وقال المصطفى", "للشرع")
    titled = {k: title for k, title, _ in singles if title is not None}
    surnames = set()
    for idx, _, _ in b.found:
        last = b.family_name_at(idx)
        if last and last not in nm.stop and last not in nm.particles and len(name_key(last, nm)) >= 3:
            surnames.add(last)
    for i, t in enumerate(toks):
        if i in b.taken or i in title_tokens:
            continue
        base = b.strip_proclitic(t.norm, surnames)
        if base is None:
            continue
        if b.is_nisba(base) and i > 0 and b.joined(i):
            prev = toks[i - 1].norm
            if b.is_def(prev) or b.is_def(prev[1:]):
                continue  # "الجيش المصري": an adjective after a noun, not the family name المصري
        b.base[i] = base
        title = titled.get(i)
        b.add([i], title, "title" if title else "surname")
    # a word alone after a title or a verb of saying: a person when it is, or nearly is, the
    # family name of a full name ("الرئيس الشرع", "وأضاف الشراع")
    keys = {name_key(s, nm) for s in surnames}
    for k, title, cue in singles:
        w = toks[k].norm
        if k in b.taken or b.stop(k) or w in nm.adjectives or w in names_start or b.common(w):
            continue
        if b.joined(k + 1) and not b.stop(k + 1) and toks[k + 1].norm not in nm.verbs:
            continue  # "وقال جوش غريفيز": the first word of a name not read, not a family name
        key = name_key(w, nm)
        if len(key) >= 3 and any(OSA.distance(key, s) <= 1 for s in keys):
            b.add([k], title, cue)


# --- languages with capitals -----------------------------------------------------------------

def _with_capitals(b: _Builder) -> None:
    nm, toks, text, vt = b.names, b.toks, b.doc.text, b.view.text
    n = len(toks)

    def capital(i: int) -> bool:
        raw = text[toks[i].s:toks[i].e]
        head, dash, rest = raw.partition("-")
        if dash and _n(head) in nm.particles and rest[:1].isupper():
            return True
        return raw[:1].isupper()

    def stopped(i: int) -> bool:
        w = toks[i].norm
        if w in nm.months:
            nxt = i + 1
            return not (nxt < n and b.joined(nxt) and capital(nxt) and toks[nxt].norm not in nm.stop
                        and toks[nxt].norm not in nm.months)
        return w in nm.stop

    def initial_at(i: int) -> bool:
        """A one-letter word that is the initial of a name ("J. K. Rowling", "George W. Bush")."""
        nxt = i + 1
        return nxt < n and vt[toks[i].ne:toks[nxt].ns] == ". " and capital(nxt) and not stopped(nxt)

    # where a sentence (or a quotation, or a line) starts, a capital says nothing
    initial: set[int] = set()
    for sent in b.doc.sentences:
        i = b.index_at(b.view.from_original(sent.start))
        if i < n:
            initial.add(i)
    for i in range(n):
        p = _before(vt, toks[i].ns)
        if p == 0 or vt[p - 1] in "\n\r“‘«(:[—–-":
            initial.add(i)
        elif vt[p - 1] in "\"'" and (p == 1 or vt[p - 2].isspace()):
            initial.add(i)  # an opening straight quotation mark
    lower = {t.norm for t in toks if text[t.s:t.s + 1].islower()}   # words written in lower case
    # a title is a title when a capitalised word follows it ("Mr King said", not "Mervyn King said")
    title_by_end: dict[int, re.Match] = {}
    title_tok: set[int] = set()
    for m in (nm.titles.finditer(vt) if nm.titles is not None else ()):
        after = b.index_at(m.end("w"))
        if after >= n or vt[m.end("w"):toks[after].ns].strip(" \t") or not capital(after) or stopped(after):
            continue
        title_by_end[m.end("w")] = m
        i = b.index_at(m.start("w"))
        while i < n and toks[i].ns < m.end("w"):
            title_tok.add(i)
            i += 1
    # capitalised runs
    runs: list[list[int]] = []
    i = 0
    while i < n:
        if not capital(i) or stopped(i) or i in title_tok or (len(toks[i].norm) == 1 and not initial_at(i)):
            i += 1
            continue
        run = [i]
        j = i
        while len(run) <= _MAX_RUN:
            if toks[j].norm.endswith(nm.possessive) if nm.possessive else False:
                break
            nxt = j + 1
            if nxt < n and b.joined(nxt) and capital(nxt) and not stopped(nxt) and nxt not in title_tok:
                run.append(nxt)
                j = nxt
                continue
            # a particle or connector between capitalised words ("bin Laden", "Bank of England")
            glue = []
            k = nxt
            while k < n and b.joined(k) and (toks[k].norm in nm.particles or toks[k].norm in nm.connectors
                                              or " ".join(toks[q].norm for q in glue + [k]) in nm.connectors) \
                    and not capital(k) and len(glue) < 2:
                glue.append(k)
                k += 1
            if glue and k < n and b.joined(k) and capital(k) and not stopped(k) and k not in title_tok:
                run += glue + [k]
                j = k
                continue
            # an initial ("George W. Bush")
            if len(toks[j].norm) == 1 and initial_at(j) and nxt not in title_tok:
                run.append(nxt)
                j = nxt
                continue
            break
        i = j + 1
        if len(run) > _MAX_RUN:
            continue
        while run and (toks[run[0]].norm in nm.particles or toks[run[0]].norm in nm.connectors):
            run = run[1:]
        while run and toks[run[-1]].norm in nm.connectors:
            run = run[:-1]
        if run:
            runs.append(run)
    # what is capitalised in mid-sentence, and the last words of full names
    mid = {toks[i].norm for r in runs for i in r if i not in initial}
    surnames = {toks[r[-1]].norm for r in runs if len([i for i in r if toks[i].norm not in nm.particles]) >= 2}
    surnames |= {name_key(w, nm) for w in surnames}
    for run in runs:
        if run[0] in initial:
            w = toks[run[0]].norm
            if len(run) == 1 and (w not in mid or w in lower) and w not in surnames:
                continue
            if len(run) > 1 and w in lower and w not in mid and w not in surnames:
                run = run[1:]
        tm = title_by_end.get(_before(vt, toks[run[0]].ns))
        title = (tm.start("w"), tm.end("w"), " ".join(tm.group("w").split())) if tm is not None else None
        b.add(run, title, "title" if title else "capitals")


def _before(text: str, pos: int) -> int:
    """Where the spaces and tabs before ``pos`` begin."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


# --- clustering ------------------------------------------------------------------------------

def _mentions(b: _Builder) -> list[NameMention]:
    nm, toks, text, vt = b.names, b.toks, b.doc.text, b.view.text
    raw = []
    for idx, title, cue in sorted(b.found, key=lambda f: b.toks[f[0][0]].ns):
        words = []
        spans = []
        for i in idx:
            t = toks[i]
            w, s, e = t.norm, t.s, t.e
            for p in nm.possessive:
                if w.endswith(p) and len(w) > len(p) + 1:
                    w = w[:-len(p)]
                    _, e = b.view.to_original(t.ns, t.ne - len(p))
                    break
            base = b.base.get(i)
            if base is not None and base != w:
                s, _ = b.view.to_original(t.ne - len(base), t.ne)
                w = base
            words.append(w)
            spans.append((s, e))
        start, end = spans[0][0], spans[-1][1]
        content = [w for i, w in enumerate(words) if w not in nm.particles and w not in nm.connectors
                   and w not in nm.compound_last and w not in nm.initials
                   and not (i and words[i - 1] in nm.compound_first)]   # "عبد السلام" is one name
        person = not any(w in nm.connectors for w in words)
        full = len(content) >= 2
        speaker = _speaker(b, idx)
        ts = te = None
        tname = None
        if title is not None:
            ts, te = b.view.to_original(title[0], title[1])
            tname = title[2]
            cue = "title"
        raw.append([start, end, tuple(words), tuple(spans), full, person, tname, ts, te, cue, speaker])
    # one entity per full name (given name and family name); a family name alone joins the full
    # name it ends, the nearest one before it, else the first after it
    clusters: dict[tuple, int] = {}
    out = []
    by_last: dict[str, list[tuple[int, tuple]]] = collections.defaultdict(list)
    by_key: dict[str, list[tuple[int, tuple]]] = collections.defaultdict(list)
    for r in raw:
        if r[4] and r[5]:
            by_last[r[2][-1]].append((r[0], r[2]))
            by_key[name_key(r[2][-1], nm)].append((r[0], r[2]))
    for r in raw:
        words = r[2]
        last = words[-1]
        key = name_key(last, nm)
        if r[4]:
            ident = ("full", words[0], key) if r[5] else ("name", words)
        else:
            cands = by_last.get(last) or by_key.get(key) or []   # in text order
            i = bisect.bisect_left(cands, (r[0],))
            pick = cands[i - 1] if i > 0 else (cands[0] if cands else None)
            ident = ("full", pick[1][0], name_key(pick[1][-1], nm)) if pick else ("alone", key)
        cid = clusters.setdefault(ident, len(clusters))
        out.append(NameMention(r[0], r[1], text[r[0]:r[1]], words, r[3], last, key, r[4], r[5],
                               r[6], r[7], r[8], r[9], r[10], cid))
    return out


def _speaker(b: _Builder, idx: list[int]) -> bool:
    nm, toks = b.names, b.toks
    i, j = idx[0] - 1, idx[-1] + 1
    if nm.capitals:
        # "Kowalski said"; "..., said Kowalski." (not "analysts said Deutsche Bank had")
        if j < len(toks) and b.joined(j) and toks[j].norm in nm.verbs:
            return True
        return i >= 0 and b.joined(idx[0]) and toks[i].norm in nm.verbs and \
            (j >= len(toks) or not b.joined(j))
    return i >= 0 and b.joined(idx[0]) and b.strip_proclitic(toks[i].norm, nm.verbs) is not None


def extract_name_mentions(doc: Document, facts=None) -> list[NameMention]:
    names = names_lexicon(doc.lexicon)
    if names.titles is None and not names.given and not names.capitals:
        return []
    b = _Builder(doc, names)
    if names.capitals:
        _with_capitals(b)
    else:
        _without_capitals(b)
    return _mentions(b)
