"""Names in languages written without capitals (Arabic): found from a title before them, a verb
of saying, commas that set them off after a verb of saying and a description (:mod:`.apposition`),
or a known given name; then the family names of full names alone."""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker.extractors.name_mentions.apposition import apposition_names
from checker.extractors.name_mentions.builder import COMMA, SPACE, Builder
from checker.extractors.name_mentions.data import article_given, dot_slip, name_key, titled_word
from checker.extractors.name_mentions.near import edit_kind, gap_swaps_of, slips_of, sound_alikes_of
from checker.extractors.name_mentions.places import places
from checker.extractors.name_mentions.second_pass import (family_names_alone, family_slips, full_names_again, given_alone_said,
                                                          given_pairs_again, given_slips, lineage_names, nasab,
                                                          unknown_repeated)
from checker.language.frequency import known_word, unknown_words

_MAX_WORDS = 5        # words in one name
_MAX_LINEAGE = 7      # words in one name of lineage ("حمدان بن محمد بن راشد آل مكتوم")
_COMPLEMENT = 4       # words between a construct title and the end of its complement
_NEAR_MIN = 4         # letters of a family name (without the article) a slip anywhere is looked for in
_LONG = 7             # a word this long, no word of the language, one letter from a name: a slip anywhere


def _parse_name(b: Builder, k: int, cued: bool) -> list[int]:
    """The words of a name that begins at token ``k``: given names and particles, ending with a
    family name. A name that only a given name shows (``cued`` false) must begin with an
    unambiguous given name; a name whose words are not known given names must end with a word
    the article writes again, or with one that has the article ("يدرك جيدا" is not a name)."""
    nm, toks = b.names, b.toks
    n = len(toks)
    first = toks.norm[k]
    if b.stop(k) or (first in nm.particles and first not in nm.compound_first):
        return []
    compound = first in nm.given_ambiguous and k + 1 < n and b.joined(k + 1) and (toks.norm[k + 1] in nm.compound_last or k + 2 < n and (
        nasab(b, k + 1) or toks.norm[k + 1] in nm.compound_first and b.joined(k + 2) and not b.stop(k + 2)) or _three_part(b, k)
        or _repeated_pair(b, k))   # (`منى عبد الحميد`: a family name of two words after it)
    if not cued and first not in nm.given and first not in nm.compound_first and not compound:
        return []   # (a given name ending in "الدين" is one: `نور الدين`)
    starts = nm.given | nm.given_ambiguous | nm.compound_first
    if first not in starts and (b.common(first) or b.possessed(first)):
        return []  # "الرئيس عقيدة ...": the text writes "العقيدة"; "رئيس البلدية مناشدته": his appeal
    idx = [k]
    j = k
    lineage = False
    if first in nm.compound_first:
        if not b.joined(k + 1) or b.stop(k + 1):
            return []
        idx.append(k + 1)
        j = k + 1
    while len(idx) < (_MAX_LINEAGE if lineage else _MAX_WORDS):
        j += 1
        if j >= n or not b.joined(j):
            break
        w = toks.norm[j]
        if b.stop(j):
            # a month that is also a family name, after a known given name ("تيريزا ماي")
            if not (w in nm.months and len(idx) == 1 and first in nm.given and not
                    (j + 1 < n and toks.norm[j + 1].isdigit())):
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
            if b.joined(j + 1) and toks.norm[j + 1] in nm.particles and b.joined(j + 2) and not b.stop(j + 2):
                idx += [j + 1, j + 2]
            break
        if w in nm.given or w in nm.given_ambiguous:
            idx.append(j)
            continue
        if (w[0] in nm.conjunctions and not _own_word(b, w)) or lineage or b.common(w) or w in nm.body_nouns or titled_word(nm, w):
            break  # "ويرأسه": "and" and a word; "محمد بن سلمان خطة": a name of lineage ends so;
            # "محمود عمل": the text writes "العمل"; "وتدير عثمان مستشفى الخرطوم": a place's noun; a title (`رئيسةً`)
        idx.append(j)  # a family name without the article ("ترامب", "مدبولي")
        if b.joined(j + 1) and toks.norm[j + 1] in nm.compound_last:
            idx.append(j + 1)
        break
    last = toks.norm[idx[-1]]
    known_start = first in starts and (cued or first not in nm.given_ambiguous or compound) \
        or cued and len(idx) > 1 and article_given(nm, first)
    if not cued and len(idx) > 1 and last.endswith(nm.not_family_endings):
        return []  # "يعقوب الطبية": an adjective
    # a family name: no adjective of an office ("الحالي"), but a nisba after a given name ("حسين الطائي")
    plain_def = b.is_def(last) and (not b.is_nisba(last) or len(idx) > 1 and b.family_nisba(last))
    if not (b.count(last) >= 2 or (known_start and (cued or plain_def or b.near_family_name(last)))
            or ((cued or compound) and lineage)
            or (cued and len(idx) >= 3 and toks.norm[idx[-2]] in nm.compound_first)   # `الحاج محجوب عبد الرازق`
            or (first in nm.compound_first and len(idx) >= 3 and _no_word(b, last))   # `عبد الإله بنشقرون`
            or (cued and len(idx) == 2 and (_no_word(b, first) or _plain_given(b, first, last))
                and (b.is_def(last) or _no_word(b, last)))):
        return []
    return idx


def _repeated_pair(b: Builder, k: int) -> bool:
    """Tokens ``k`` and ``k + 1``, a given name that is also a word and a family nisba, written
    together twice or more, and the nisba alone besides (`أيمن الزعبي` twice, then `والزعبي`): the
    article's way of naming one person."""
    nm, toks = b.names, b.toks
    first, last = toks.norm[k], toks.norm[k + 1]
    if not b.family_nisba(last):
        return False
    forms = {first, *(p + first for p in nm.proclitics)}   # (`وأيمن الزعبي` in a headline)
    pairs = sum(1 for i in b.positions_in(forms) if i + 1 < len(toks.norm) and toks.norm[i + 1] == last and b.joined(i + 1))
    return pairs >= 2 and b.count(last) > pairs


def _three_part(b: Builder, k: int) -> bool:
    """Tokens ``k``, ``k + 1`` and ``k + 2``: a given name, a father's given name and a family nisba
    (`رعد حميد الجبوري`), the shape of a full Arabic name even when each given name is also a word."""
    nm, toks = b.names, b.toks
    return k + 2 < len(toks.norm) and b.joined(k + 2) and not b.stop(k + 1) and \
        toks.norm[k + 1] in nm.given | nm.given_ambiguous and b.family_nisba(toks.norm[k + 2])


def _plain_given(b: Builder, first: str, last: str) -> bool:
    """A word never written with the article, before a nisba: a given name no list holds, after a title
    (`المتحدث باسم الوزارة فلاح الزبيدي`), or a verb before a name one letter from one (`أوضح فلاح الزبيري`)."""
    return b.family_nisba(last) and not (b.common(first) or b.is_def(first) or first in b.names.verbs or first in b.names.adjectives)


def _no_word(b: Builder, w: str) -> bool:
    """``w`` is no word of the language, with or without an attached proclitic: after a title
    and before a family name with the article, or another such word, it can only be a given name
    ("وزير المالية مخمد الجدعان", a slip no list of given names holds; "المدرب إيفان كوفاتش")."""
    return len(w) >= 3 and b.counts[w] == 1 and \
        all(known_word(f, b.doc.lang, folded=True) is False for f in _unprefixed(w, b.names.proclitics))


def _own_word(b: Builder, w: str) -> bool:
    """``w``, which begins with a letter that can be "and", is a word of its own: written twice or
    more so and never without that letter ("فيون", not "ويرأسه")."""
    return b.counts[w] >= 2 and not b.counts.get(w[1:])


def _after_title(b: Builder, m: re.Match) -> tuple[int, int, str, list[int], bool] | None:
    """The name a title introduces: (title start, title end (normalised), title, the name's
    words, whether it is one word with the article)."""
    nm, toks, vt = b.names, b.toks, b.view.text
    word = nm.title_forms.get(" ".join(m.group("w").split()), "")
    abbreviated = word in nm.abbreviated
    k = b.index_at(m.end("w"))
    end = m.end("w")
    if k >= len(toks) or not (SPACE.fullmatch(vt[end:toks.ns[k]]) or (abbreviated and not vt[end:toks.ns[k]].strip())):
        return None
    consumed = 0
    if word in nm.construct:
        # the complement: words up to the first with the article ("وزير الإعلام", "رئيس فريق الطوارئ")
        for _ in range(_COMPLEMENT):
            if k >= len(toks) or (consumed and not b.joined(k)) or toks.norm[k] in nm.verbs or b.stop(k) and toks.norm[k] not in nm.bodies:
                return None
            w = toks.norm[k]
            k += 1
            consumed += 1
            if b.is_def(w):
                break
        else:
            return None
        end = toks.ne[k - 1]
    # adjectives of the office ("السوري", "السابق") and complements with a preposition ("للشؤون الخارجية")
    while k < len(toks) and SPACE.fullmatch(vt[end:toks.ns[k]]):
        w = toks.norm[k]
        if w in nm.adjectives or b.is_nisba(w):
            k += 1
        elif any(w.startswith(short) and len(w) > len(short) + 1 for _, short in nm.contractions):
            k += 1
            while k < len(toks) and b.joined(k) and b.is_def(toks.norm[k]) and not b.stop(k):
                k += 1
        else:
            break
        consumed += 1
        end = toks.ne[k - 1]
    if k >= len(toks):
        return None
    g = vt[end:toks.ns[k]]
    if not (SPACE.fullmatch(g) or (consumed and COMMA.fullmatch(g)) or (abbreviated and not g.strip())):
        return None
    if toks.ns[k] in b.titles_at or b.stop(k):
        return None  # another title follows ("ولي العهد السعودي الأمير محمد"): it introduces the name
    w = toks.norm[k]
    if COMMA.fullmatch(g) and w[0] in nm.proclitics and w not in nm.given and w not in nm.given_ambiguous:
        return None   # "رئيس الوكالة الدولية الأسبق، بميشيل باشيليت": a verb's object after the title
    if b.is_def(w):
        if consumed or word in nm.construct or b.is_nisba(w) or w in nm.adjectives:
            return None
        return m.start("w"), end, word, [k], True  # "الرئيس الشرع": a family name alone
    idx = _parse_name(b, k, True)
    if len(idx) >= 2:
        return m.start("w"), end, word, idx, False
    return m.start("w"), end, word, [k], True  # "الرئيس ترامب", not "ولي العهد وصل"


def without_capitals(b: Builder) -> None:
    nm, toks = b.names, b.toks
    # (not a title word that ends a compound given name: `عبد الأمير`, `عبد الملك`)
    matches = [m for m in nm.title_matches(b.doc) if not b.compound_end(m.start("w"))]
    b.titles_at = {m.start("w"): m for m in matches}
    title_tokens = _title_tokens(b, matches)
    singles = []    # one word after a title or a verb of saying: kept when it is a family name
    for m in matches:
        if (got := _after_title(b, m)) is None:
            continue
        ts, te, word, idx, single = got
        if any(i in title_tokens for i in idx):
            continue
        if single:
            singles.append((idx[0], (ts, te, b.view.text[ts:te]), "title"))
        else:
            b.add(idx, (ts, te, b.view.text[ts:te]), "title")
    names_start = nm.given | nm.given_ambiguous | nm.compound_first
    for i in b.positions_of(nm.verbs):
        k = i + 1
        if k >= len(toks) or not b.joined(k) or k in b.taken or k in title_tokens or b.stop(k):
            continue
        if toks.norm[k] in names_start or k + 1 < len(toks) and b.joined(k + 1) and b.near_family_name(toks.norm[k + 1]):
            idx = _parse_name(b, k, True)
            if len(idx) >= 2 and not any(j in title_tokens for j in idx):
                b.add(idx, None, "verb")
                continue
        singles.append((k, None, "verb"))
    b.said = {toks.norm[k] for k, _, _ in singles if len(toks.norm[k]) >= 4}
    apposition_names(b, _parse_name, title_tokens)   # `وقالت منسقة المشروع، نوال أبوعاقلة، إن`
    words = b.counts.keys()
    for i in b.positions_in((words & nm.given) | (words & nm.compound_first) | (words & nm.given_ambiguous)):
        if i in b.taken or i in title_tokens:
            continue
        if i > 0 and b.joined(i) and toks.norm[i - 1] in nm.particles:
            continue
        idx = _parse_name(b, i, False)
        if len(idx) >= 2 and not any(j in title_tokens for j in idx):
            b.add(idx, None, "given")
    given_pairs_again(b, title_tokens)
    given_slips(b, title_tokens)
    full_names_again(b, title_tokens)
    family_slips(b, title_tokens)
    given_alone_said(b, singles)
    titled = {k: title for k, title, _ in singles if title is not None}
    surnames = set()   # the family names of full names, alone ("وقال المصطفى", "للشرع")
    for idx, _, _ in b.found:
        last = b.family_name_at(idx)
        if last and last not in nm.stop and last not in nm.particles and len(name_key(last, nm)) >= 3:
            surnames.add(last)
    family_names_alone(b, surnames, titled, title_tokens)
    # a word alone after a title or a verb of saying that is, or nearly is, a full name's family name
    keys = {name_key(s, nm) for s in surnames}
    for k, title, cue in singles:
        w = toks.norm[k]
        if k in b.taken or b.stop(k) or w in nm.adjectives or w in names_start or b.common(w):
            continue
        if b.joined(k + 1) and not b.stop(k + 1) and toks.norm[k + 1] not in nm.verbs \
                and toks.norm[k + 1] not in nm.adjectives:
            continue  # "وقال جوش غريفيز": the first word of a name not read, not a family name
        key = name_key(w, nm)
        if len(key) >= 3 and any(OSA.distance(key, s) <= 1 for s in keys):
            b.add([k], title, cue)
        elif title is not None and len(key) >= 3 and b.strip_proclitic(w, nm.verbs) is None \
                and (b.count(w) >= 2 or known_word(w, b.doc.lang) is False):
            b.add([k], title, cue)  # "الأمير هاري" … "الأمير هاري": a name the title gives twice
    lineage_names(b, title_tokens)
    _near_family_names(b, surnames, title_tokens)
    places(b, title_tokens)
    unknown_repeated(b, title_tokens)
    _unknown_slips(b, title_tokens)


def _title_tokens(b: Builder, matches) -> set[int]:
    """The tokens the titles cover (no name starts in a title)."""
    toks, out = b.toks, set()
    for m in matches:
        i = b.index_at(m.start())
        while i < len(toks) and toks.ns[i] < m.end("w"):
            out.add(i)
            i += 1
    return out


def _near_family_names(b: Builder, surnames: set[str], title_tokens: set[int]) -> None:
    """A word anywhere, written once, that is the family name of a full name with two
    neighbouring letters swapped or a doubled letter written once (or twice): a slip in a name
    ("وظل الشبريني" for "الشربيني"), added with the cue ``near``. Other one-letter differences
    are taken only after a title or a verb of saying: a changed or dropped letter often makes
    another word."""
    nm, toks = b.names, b.toks
    slips: dict[str, set[str]] = {}
    for s in surnames:
        if len(name_key(s, nm)) >= _NEAR_MIN:
            for v in slips_of(s):
                slips.setdefault(v, set()).add(s)
            for v in gap_swaps_of(s) + sound_alikes_of(s, nm.sound_alike):   # (a swap across a letter, or a
                if v in b.counts and known_word(v, b.doc.lang, folded=True) is False:   # like-sounding one: where
                    slips.setdefault(v, set()).add(s)   # it makes no word)
    if not slips:
        return
    pro = nm.proclitics
    # the words one of whose forms (:func:`_unprefixed`) is such a slip
    words = b.counts.keys()
    hits = (words & slips.keys()) | {w for w in words if len(w) > 4 and w[0] in pro and (
        w[1:] in slips or (len(w) > 5 and w[1] in pro and w[2:] in slips))}
    for i in b.positions_in(hits):
        w = toks.norm[i]
        if i in b.taken or i in title_tokens:
            continue
        for form in _unprefixed(w, nm.proclitics):
            near = slips.get(form)
            if not near or len(near) > 1 or form in nm.stop or form in nm.adjectives or form in nm.given \
                    or form in nm.given_ambiguous or b.count(form) != 1 or b.common(form) or b.stop(i):
                continue
            if b.is_def(next(iter(near))) == b.is_def(form):
                if form != w:
                    b.base[i] = form
                b.add([i], None, "near")
                break


def _name_place(b: Builder, i: int, title_tokens: set[int], families: set[str]) -> bool:
    """Token ``i`` stands where a name does: after a title, an office's adjective, a verb of
    saying, a common noun of places, a given name or a short function word ("في", "من"), or
    before a particle or the family name of a full name."""
    nm, toks = b.names, b.toks
    if i > 0 and b.joined(i):
        w = toks.norm[i - 1]
        if i - 1 in title_tokens or w in nm.stop or w in nm.adjectives or w in nm.given \
                or b.strip_proclitic(w, nm.verbs) is not None or b.strip_proclitic(w, nm.place_nouns) is not None:
            return True
    return i + 1 < len(toks) and b.joined(i + 1) and (toks.norm[i + 1] in nm.particles or toks.norm[i + 1] in families)


def _unknown_slips(b: Builder, title_tokens: set[int]) -> None:
    """A word written once that is no word of the language (nor is it less a proclitic) and is
    one letter from exactly one word of a name already found, where a name stands
    (:func:`_name_place`), or anywhere when it is long (``_LONG`` letters: `مايكروصوفت`), has two
    neighbouring letters swapped (`إريان` for `إيران`) or
    differs only by a letter's dots (`ما دفع ديسان`): a slip in that name (`كلف الملك عندالله
    الثاني` for `عبدالله`), added with the cue ``near``."""
    nm, toks = b.names, b.toks
    pool = sorted({toks.norm[j] for idx, _, _ in b.found for j in idx
                   if len(name_key(toks.norm[j], nm)) >= _NEAR_MIN and toks.norm[j] not in nm.particles})
    if not pool:
        return
    families = {toks.norm[idx[-1]] for idx, _, _ in b.found if len(idx) >= 2}
    for i in b.positions_in(_unknown_once(b)):
        if i in b.taken or i in title_tokens or b.stop(i):
            continue
        placed = None   # asked only of a form one letter from a name (the tests are cheapest first)
        for form in _unprefixed(toks.norm[i], nm.proclitics):
            if b.count(form) != 1 or form in nm.adjectives or len(name_key(form, nm)) < _NEAR_MIN or b.common(form):
                continue
            near = [c for c, _, _ in process.extract(form, pool, scorer=OSA.distance, score_cutoff=1, limit=None)
                    if c != form]
            if len(near) != 1 or b.is_def(near[0]) != b.is_def(form):
                continue
            if placed is None:
                placed = _name_place(b, i, title_tokens, families) or len(name_key(toks.norm[i], nm)) >= _LONG
            if not (placed or dot_slip(form, near[0], nm) or edit_kind(form, near[0]) == "swap"):
                continue   # two letters swapped seldom make another name: a slip anywhere (`إريان`)
            if form != toks.norm[i]:
                b.base[i] = form
            b.add([i], None, "near")
            break


def _unknown_once(b: Builder) -> set[str]:
    """The words written once, of ``_NEAR_MIN`` letters or more, that are no word of the
    language, nor is what they are less one or two attached proclitics: set differences with the
    language's word list, not a look-up per word."""
    unknown = b.unknown
    if not unknown:
        return set()
    pro = b.names.proclitics
    once = {w for w in unknown if len(w) >= _NEAR_MIN and b.counts[w] == 1}
    stripped = {f for w in once if w[0] in pro for f in _unprefixed(w, pro)[1:]}
    known = stripped - unknown_words(stripped, b.doc.lang) if stripped else set()
    return {w for w in once if w[0] not in pro or not any(f in known for f in _unprefixed(w, pro)[1:])}


def _unprefixed(w: str, proclitics: str) -> list[str]:
    """``w``, then ``w`` less one and two attached proclitics."""
    out = [w]
    for _ in range(2):
        if len(w) > 4 and w[0] in proclitics:
            w = w[1:]
            out.append(w)
    return out

