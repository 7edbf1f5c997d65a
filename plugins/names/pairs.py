"""The pairs of spellings NAME001 reads as one name spelt two ways: full names alike but for one
word, and a name written alone one letter from a family name (or another name) the article uses.
Words one letter apart are found by rapidfuzz over the article's few names, or by generating a
word's swapped spellings, never by comparing all pairs of words.

Long because: the four readings of a pair (full names, a name alone, a word of a name, a word that is
no word) share the article's helpers and each keeps its own guards beside it."""

from __future__ import annotations

import bisect
import collections
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker.extractors.name_mentions import names_lexicon
from checker.extractors.name_mentions.builder import word_counts
from checker.extractors.name_mentions.data import dot_slip, transliterated
from checker.extractors.name_mentions.near import edit_kind, gap_swaps_of, slips_of, sound_alike_pair
from checker.language.frequency import known_word
from checker.language.regexes import compiled

from .entities import content, relative_given, told_apart, two_entities
from .letter_slips import added_letter, final_pair, gap_swap, lost_last, lost_letter, short_settled, vowel_slip
from .lexicon import NamesData

_LETTERS = compiled(r"[^\W\d_]+")   # the words of a sentence as written


@dataclass(frozen=True)
class Variant:
    """Two spellings one letter apart. ``family``: the family name (every mention writing it) or
    a name alone; else the word at ``position`` of the full names ``shapes`` (a given name)."""

    a: str
    b: str
    family: bool
    position: int = -1
    shapes: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def _alternation(a: str, b: str, data: NamesData) -> bool:
    """``a`` and ``b`` are two norms of one spelling ("labour"/"labor")."""
    for x, y in data.alternations + tuple((y, x) for x, y in data.alternations):
        i = a.find(x)
        while i >= 0:
            if a[:i] + y + a[i + len(x):] == b:
                return True
            i = a.find(x, i + 1)
    return False


def slip(a: str, b: str, data: NamesData, proclitics: str, given_ok: bool = False, person: bool = False,
         min_length: int | None = None, final_ok: bool = False) -> bool:
    """Two spellings of one name that differ by one letter: dropped, doubled, swapped or another.
    Two norms of one word ("Labour", "Labor") are not, unless ``b`` is a person's family name
    ("McAllister", "McAlister"); nor two last letters of a word's forms (`رسمت`, `رسما`), unless
    ``final_ok`` (a person's family name told back after a title or a verb of saying: `فواز
    الحمادة` … `وأضاف الحمادي`). Both are at least ``min_length`` letters (by default the language's)."""
    shortest = data.min_length if min_length is None else min_length
    if a == b or min(len(a), len(b)) < shortest or OSA.distance(a, b) != 1 and not gap_swap(a, b):
        return False
    if "-" in a or "-" in b:
        # a compound name, compared by the one part that differs ("Osei-Darko", "Osei-Drako");
        # not a part added or taken away ("Kilroy-Silk", "Silk")
        pa, pb = a.split("-"), b.split("-")
        diff = [(x, y) for x, y in zip(pa, pb) if x != y]
        return len(pa) == len(pb) and len(diff) == 1 and \
            slip(*diff[0], data, proclitics, given_ok, person, min_length)
    if not final_ok and len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in data.final_letters and b[-1] in data.final_letters:
        return False  # two forms of one word ("رسمت", "رسما")
    if (not given_ok and a in data.given and b in data.given) or a in data.particles or b in data.particles:
        return False  # two given names ("Jon", "John"; "حسن", "حسين"), a particle's cases ("أبو", "أبي")
    short, long_ = sorted((a, b), key=len)
    if len(long_) > len(short):
        if any(long_ == short + e or len(e) > 2 and long_.endswith(e) and short.startswith(long_[:-len(e)])
               and short[len(long_) - len(e):] in data.endings for e in data.endings):
            return False  # another word: a plural, an adjective ("الشرع", "الشرعي"), a people ("Faroes", "Faroese")
        if long_[0] in proclitics and long_[1:] == short:
            return False
    elif a[0] in proclitics and b[0] in proclitics and a[1:] == b[1:]:
        return False  # one name after two proclitics ("لميشيل", "بميشيل")
    return person or not _alternation(a, b, data)


class Article:
    """What the pairs are judged by: the mentions, their sentences, the kinship words there."""

    def __init__(self, ctx, mentions, data: NamesData):
        self.ctx, self.mentions, self.data = ctx, mentions, data
        sents = ctx.doc.sentences
        self._starts = [s.start for s in sents]
        self._sents = sents
        self._kin: dict[int, bool] = {}
        self._written: collections.Counter | None = None

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def kin(self, i: int) -> bool:
        """A kinship word is written in sentence ``i``."""
        if i not in self._kin:
            s = self._sents[i] if 0 <= i < len(self._sents) else None
            rx = self.data.kin
            self._kin[i] = bool(s and rx) and any(self._lower(m.group(), s) for m in
                                                   rx.finditer(self.ctx.doc.normalized_slice(s.start, s.end)))
        return self._kin[i]

    def _lower(self, word: str, s) -> bool:
        """A kinship word as written in lower case in sentence ``s``, where names have capitals
        ("his son", not the place "Son Tra")."""
        return not self.data.capitals or word in _LETTERS.findall(self.ctx.doc.text, s.start, s.end)

    def written(self, w: str, proclitics: str) -> int:
        """How often the text writes the word ``w``, alone or after a proclitic letter."""
        if self._written is None:
            self._written = word_counts(self.ctx.doc)
        return self._written[w] + sum(self._written[p + w] for p in proclitics)

    def ordinary(self, w: str) -> bool | None:
        """``w`` (or ``w`` less its article) is an ordinary word of the article's language;
        ``None`` when the language has no word list."""
        known = known_word(w, self.ctx.doc.lang)
        a = self.data.article
        if known is False and a and w.startswith(a) and len(w) > len(a) + 2:
            known = known_word(w[len(a):], self.ctx.doc.lang)
        return known

    def word_before(self, pos: int) -> str:
        """The normalised word before ``pos`` in its sentence."""
        return next(iter(self.words_before(pos, 1)), "")

    def words_before(self, pos: int, n: int) -> list[str]:
        """The last ``n`` normalised words before ``pos`` in its sentence."""
        i = self.sentence(pos)
        start = self._starts[i] if i >= 0 else 0
        return self.ctx.doc.normalized_slice(max(start, pos - 80), pos).split()[-n:]


def people(mentions, data: NamesData) -> set[int]:
    """Entities that are people: where capitals show any name, one of its mentions has a title, a
    verb of saying, a known given name, or is the family name alone."""
    out = set()
    for m in mentions:
        if not data.capitals or m.title or m.speaker or not m.full or m.tokens[0] in data.given:
            out.add(m.cluster)
    return out


def _given_variant(x: str, y: str, ma, mb, art: Article) -> bool:
    """Two known given names one letter apart, with one family name, are one person's when
    nothing tells two people: not in one sentence, no kinship word by either, no two titles, not
    two names ("حسن", "حسين"; a long vowel: "سعد", "سعيد")."""
    data = art.data
    if frozenset((x, y)) in data.distinct_given or added_letter(x, y) in data.given_vowels:
        return False
    sa = {art.sentence(m.start) for m in ma}
    sb = {art.sentence(m.start) for m in mb}
    if sa & sb or any(art.kin(i) for i in sa | sb):
        return False
    ta, tb = {m.title for m in ma if m.title}, {m.title for m in mb if m.title}
    return not (ta and tb and not ta & tb)


def full_pairs(art: Article, proclitics: str, seen: set) -> list[Variant]:
    """Full names that differ in one word ("Jan Kowalski" / "Jan Kowlaski"; `هاني الشامي` /
    `هادي الشامي`)."""
    data, mentions = art.data, art.mentions
    ppl = people(mentions, data)
    # whether each family name is written with the article: a slip keeps it or leaves it out,
    # it does not also change a letter ("المغرب" is not a slip for "مطرب")
    article = _article_forms(mentions, data)
    shapes: dict[tuple, list] = {}
    for m in mentions:
        if m.full and m.person:
            shapes.setdefault(content(m), []).append(m)
    # names alike but for one word fall in one bucket: the name with that word left out
    buckets = collections.defaultdict(list)
    for shape in shapes:
        for p in range(len(shape)):
            buckets[(p, shape[:p], shape[p + 1:])].append(shape)
    candidates = []
    for (p, _, _), group in buckets.items():
        for i, a in enumerate(group):
            candidates += [(a, b, p) for b in group[i + 1:]]
    out = []
    for a, b, p in sorted(candidates):
        ma, mb = shapes[a], shapes[b]
        x, y = a[p], b[p]
        if not ({m.cluster for m in ma} & ppl or {m.cluster for m in mb} & ppl) \
                and (len(x) != len(y) or edit_kind(x, y) != "swap"):
            continue  # "Candy County", "Candy Country": places, perhaps two; not "Capital Ecoonmics"
        last = p == len(a) - 1
        if (x, y) in seen or told_apart(art, ma, mb):
            continue   # (each said to be something else: two people)
        if last:
            if not article[x] & article[y] or _one_sentence(art, ma, mb):
                continue
            # after a particle in a name of three words or more, a given name is a patronymic
            # (`محمد الهادي بن سالم`, `… بن سلام`): two spellings of one father's name
            patronymic = len(a) >= 3 and a[p - 1] in data.particles
            person = bool({m.cluster for m in (*ma, *mb)} & ppl)   # "Rony Azar", "Rony Asar": a person's, no
            shortest = (len(x) if short_settled(x, y, ma, mb, _UNKNOWN_MIN) else _UNKNOWN_MIN) if person else None
            if slip(x, y, data, proclitics, patronymic, person, shortest):   # spelling norm
                seen.add((x, y))
                out.append(Variant(x, y, True))
        elif x in data.given and y in data.given:
            if (slip(x, y, data, proclitics, given_ok=True) or final_pair(art, ma, mb, p)) \
                    and _given_variant(x, y, ma, mb, art):
                out.append(Variant(x, y, False, p, (a, b)))
        elif (slip(x, y, data, proclitics) or final_pair(art, ma, mb, p)) \
                and (not _one_sentence(art, ma, mb) or _settled_apart(art, (x, ma), (y, mb))) \
                and not any(art.kin(art.sentence(m.start)) for m in (*ma, *mb)):
            seen.add((x, y))   # (a kinship word by either: "Hatem Shenawy, no relation of Hazem")
            out.append(Variant(x, y, False, p, None))
    return out


def _settled_apart(art: Article, a, b) -> bool:
    """Two full names one word apart in one sentence, one written once with no given name, the other
    also apart (`صدام حسين` … `ألغى صدام حسين …، ودفع صام حسين`): a slip, not two people."""
    (x, rare), (_, common) = sorted((a, b), key=lambda p: len(p[1]))
    return len(rare) == 1 and len(common) >= 2 and x not in art.data.given and \
        bool({art.sentence(m.start) for m in common} - {art.sentence(rare[0].start)})


def _one_sentence(art: Article, ma, mb) -> bool:
    return bool({art.sentence(m.start) for m in ma} & {art.sentence(m.start) for m in mb})


def _article_forms(mentions, data: NamesData) -> dict[str, set[bool]]:
    article = collections.defaultdict(set)
    for m in mentions:
        article[m.key].add(bool(data.article) and m.surname.startswith(data.article) and m.surname != m.key)
    return article


@dataclass
class _Key:
    """Everything written with one family name (or name alone): its mentions, and whether any
    shows a person (a title, a verb of saying)."""

    mentions: list
    cue: bool = False

    @property
    def first(self) -> int:
        return self.mentions[0].start


def lone_pairs(art: Article, proclitics: str, seen: set) -> list[Variant]:
    """A name written alone one letter from a name the article has settled on: the family name
    of a full name written before it or twice ("Ingrid Halvorsen" … "Dr Halvorson said";
    "Kowlaski said"; `وظل الشبريني`), or a place's, an organisation's name written twice or more
    ("Hezbollah" … "Hezbolah"). A changed letter counts only after a title or a verb of saying,
    and only in a person's name: "Iran" and "Iraq", "Pike" and "Pine" are two names; a dropped
    letter in a person's name too ("Horan", "S Horgan")."""
    data, mentions = art.data, art.mentions
    fulls = [m for m in mentions if m.full and m.person]
    surnames = {content(m)[-1] for m in fulls}
    firsts = {content(m)[0] for m in fulls}
    introduced: dict[str, int] = {}
    for m in fulls:
        introduced.setdefault(m.key, m.start)
    keys: dict[str, _Key] = {}
    for m in mentions:
        if m.person:
            k = keys.setdefault(m.key, _Key([]))
            k.mentions.append(m)
            k.cue = k.cue or bool(m.title or m.speaker or m.cue in ("title", "verb"))
    article = _article_forms(mentions, data)
    pool = sorted(k for k in keys if len(k) >= data.min_length)
    out = []
    for k, rare in keys.items():
        if k in surnames or k in firsts or k in data.given or any(m.full for m in rare.mentions) \
                or len(k) < data.min_length:
            continue
        ok = []
        near = [c for c, _, _ in process.extract(k, pool, scorer=OSA.distance, score_cutoff=1, limit=None)]
        near += [c for c in gap_swaps_of(k) if c in keys and c not in near]
        # a family name written alone as another transliteration of a person's introduced before ("Khamdee" …
        # "Khamdi said", "Marek Dobrzanski" … "Dobrzansky had")
        ok += [c for c in transliterated(k, names_lexicon(art.ctx.doc.lexicon)) if c in surnames and c in keys and introduced[c] < rare.first]
        plain = not rare.cue and art.ordinary(k) is True   # an ordinary word alone, no title nor verb of saying before it
        for c in near:
            if plain and len(keys[c].mentions) < 2:
                continue   # … against a name told once: `المجلس الوزاري`, `عبد الحميد الزواري` (not `البرهان` told twice)
            person = c in surnames and introduced[c] < rare.first
            if slip(k, c, data, proclitics, person=person, final_ok=person and rare.cue) and article[c] & article[k] \
                    and _settled(art, k, rare, c, keys[c], person):
                ok.append(c)
        ok = list(dict.fromkeys(ok))   # (one name found both as a transliteration and one letter away: "Pulasky", "Pulaski")
        if len(ok) == 1 and (k, ok[0]) not in seen and (ok[0], k) not in seen:
            seen.add((k, ok[0]))
            out.append(Variant(k, ok[0], True))
    return out


def _settled(art: Article, k: str, rare: _Key, c: str, common: _Key, introduced: bool) -> bool:
    """``c`` is the spelling the article has settled on and ``k`` a slip for it."""
    data = art.data
    kind = edit_kind(k, c)
    person = introduced or any(m.full for m in common.mentions)
    settled = introduced or len(common.mentions) >= 2
    if rare.cue and person:
        return settled
    if kind == "change" and not sound_alike_pair(k, c, names_lexicon(art.ctx.doc.lexicon).sound_alike) or not settled:
        return False   # (but a letter put for its like-sounding one: `السنهاجي` for `الصنهاجي`)
    if not person:  # a place, an organisation, a product: long names, not told together
        return min(len(k), len(c)) >= data.thing_min_length and not _one_sentence(art, rare.mentions, common.mentions)
    if kind == "drop":   # "S Horgan" in a list with "Marcus Horan": two names, not a slip; but a
        #                  letter dropped from a word of the language into no word is (`البرهن`)
        lang = art.ctx.doc.lang
        return len(k) < len(c) and all(known_word(m.surname, lang) is True for m in common.mentions) \
            and all(known_word(m.surname, lang) is False for m in rare.mentions)
    if kind != "swap" and any(art.word_before(m.start) in data.place_before for m in rare.mentions):
        return False  # "in Cameroon", "David Cameron"
    return True


def _name_words(art: Article) -> dict[str, list]:
    """Every compared word of the article's names (particles left out) with the mentions that
    write it, in text order."""
    words: dict[str, list] = collections.defaultdict(list)
    for m in art.mentions:
        for w in content(m):
            if w not in art.data.particles:
                words[w].append(m)
    return words


def word_pairs(art: Article, proclitics: str, seen: set) -> list[Variant]:
    """Any word of a name written once with two neighbouring letters swapped against the same
    word in another name ("Federal Resreve", "Federal Reserve Board"; `سلمان الحيكر`, `فواز
    الحكير`): a swap seldom makes another name, so the two names need not be one entity's."""
    data = art.data
    words = _name_words(art)
    out = []
    for w, ms in words.items():
        if len(ms) != 1 or len(w) < data.thing_min_length or art.ordinary(w) is True:
            continue   # (an ordinary word, written right: `المجلس الوزاري`, not a slip of `الزواري`)
        near = [c for c in slips_of(w) if c in words and len(c) == len(w) and edit_kind(w, c) == "swap"
                and slip(w, c, data, proclitics, given_ok=True)
                and not any(relative_given(art, x, m) for x, ms_ in ((w, ms), (c, words[c])) for m in ms_)
                and not (art.ordinary(c) is True and any(m.full and m.person and m.key == w for m in ms))]
        #   (a person's family name told in full is no slip of an ordinary word: `عبد الحميد الزواري`, `الوزاري`)
        if len(near) == 1 and (w, near[0]) not in seen and (near[0], w) not in seen \
                and not _one_sentence(art, ms, words[near[0]]):
            seen.add((w, near[0]))
            out.append(Variant(w, near[0], False, -2))
    return out


_UNKNOWN_MIN = 4   # letters of a word that is no word of the language and one letter from a name
_TIE_MIN = 8       # letters of two such spellings, each written once, read as one name


def unknown_pairs(art: Article, proclitics: str, seen: set) -> list[Variant]:
    """Any word of a name written once in the whole text that is no word of the language, one
    letter (dropped, doubled, swapped or another) from a word of the article's names that is
    settled (written in two names or in a full name, or an ordinary word) or differs by two
    neighbouring letters swapped or a letter doubled: "Tleasury" for "Treasury", "Sone said" for
    "Raymond Stone", `لمخمد` for `محمد`, `فزنسوا فيون`. Unless two letters are swapped or one
    doubled, two names whose other words differ, or told in one sentence, stay silent: "S Horgan"
    is not "Marcus Horan"."""
    data = art.data
    words = _name_words(art)
    shortest = _UNKNOWN_MIN   # a word that is no word of the language: short names too ("Loum")
    pool = sorted(w for w in words if len(w) >= shortest)
    article = _article_forms(art.mentions, data)
    nm = names_lexicon(art.ctx.doc.lexicon)
    out = []
    for w, ms in words.items():
        if len(ms) != 1 or len(w) < shortest or any(c.isdigit() for c in w) \
                or art.written(w, proclitics) > 1 or art.ordinary(w) is not False:
            continue
        near = []
        for c, _, _ in process.extract(w, pool, scorer=OSA.distance, score_cutoff=1, limit=None):
            if c == w or art.ordinary(c) is True and any(m.full and m.person and m.key == w for m in ms) \
                    and len(words[c]) == 1 \
                    or (w[-1] != c[-1] or w[0] != c[0]) and not (dot_slip(w, c, nm) or edit_kind(w, c) == "swap"
                                                                   or lost_last(art, w, c, words[c])) \
                    or not slip(w, c, data, proclitics, given_ok=True, min_length=shortest,
                                person=True) \
                    or not article.get(c, {False}) & article.get(w, {False}) \
                    or any(relative_given(art, x, m) for x, ms_ in ((w, ms), (c, words[c])) for m in ms_):
                continue  # a person's family name told in full is no slip of an ordinary word told once (`عبد الحميد
                # الزواري`, `المجلس الوزاري`); a first or last letter changed, added or lost makes another word ("Carolinas",
                # "MCorp"), unless only its dots changed (`جالد` for `خالد`) or it swapped places ("Paryr"); not a relative's name
                # a spelling norm ("our"/"or") is no excuse for a word that is no word ("Melborne")
            # a swapped or doubled letter seldom makes another name; another letter may
            plain = edit_kind(w, c) in ("swap", "double") or dot_slip(w, c, nm) or lost_letter(art, w, c)
            settled = plain or len(words[c]) >= 2 or any(m.full and m.person for m in words[c]) \
                or art.ordinary(c) is True or len(w) >= _TIE_MIN and art.written(c, proclitics) == 1 \
                and vowel_slip(w, c)
            # (two long spellings, each written once and no word of the language, a vowel apart: a tie,
            # "Antofagasta" and "Antofogasta"; not "Sevastopol" and "Sebastopol", two places)
            if settled and (plain or not (two_entities(art, w, ms[0], c, words[c]) or _one_sentence(art, ms, words[c])
                                          or any(art.kin(art.sentence(m.start)) for m in (*ms, *(words[c] if any(
                                              x.full for x in ms) else ())))   # (a family of two named in full: "his
                                          #                                     brother Dominic Halloran" … "Holloran")
                                          or told_apart(art, ms, words[c]))):
                near.append(c)
        if len(near) != 1 or (w, near[0]) in seen or (near[0], w) in seen:
            continue
        seen.add((w, near[0]))
        out.append(Variant(w, near[0], False, -2))
    return out
