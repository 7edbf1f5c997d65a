"""NAME001: one name written two ways that look like a slip (al-Sharaa/al-Shaara,
Kowalski/Kowlaski)."""

from __future__ import annotations

import collections

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker import Example, rule
from checker.language.matching import phrase_key, proclitic_letters
from checker.language.normalize import normalize_text

from .lexicon import NamesData, names_data


def _alternation(a: str, b: str, data: NamesData) -> bool:
    """``a`` and ``b`` are two norms of one spelling ("labour"/"labor")."""
    for x, y in data.alternations + tuple((y, x) for x, y in data.alternations):
        i = a.find(x)
        while i >= 0:
            if a[:i] + y + a[i + len(x):] == b:
                return True
            i = a.find(x, i + 1)
    return False


def _slip(a: str, b: str, data: NamesData, proclitics: str) -> bool:
    """Two spellings of one name that differ by one letter: dropped, doubled, swapped or another."""
    if a == b or min(len(a), len(b)) < data.min_length or OSA.distance(a, b) != 1:
        return False
    if "-" in a or "-" in b:
        return False  # compounds ("Korea-U.S.", "Kilroy-Silk") are compared by no one letter
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in data.final_letters and b[-1] in data.final_letters:
        return False  # two forms of one word ("رسمت", "رسما")
    if (a in data.given and b in data.given) or a in data.particles or b in data.particles:
        return False  # two given names ("Jon", "John"; "حسن", "حسين"), a particle's cases ("أبو", "أبي")
    short, long_ = sorted((a, b), key=len)
    if len(long_) > len(short):
        if any(long_ == short + e for e in data.endings):
            return False  # another word: a plural, an adjective ("الشرع", "الشرعي")
        if long_[0] in proclitics and long_[1:] == short:
            return False
    return not _alternation(a, b, data)


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _split(written: str, key: str) -> tuple[str, str]:
    """``written`` as (an article or particle before the part written ``key``, that part):
    "al-Shaara" is ("al-", "Shaara"), `الشراع` is (`ال`, `شراع`)."""
    for i in range(len(written)):
        if normalize_text(written[i:]) == key:
            return written[:i], written[i:]
    return "", written


def _people(mentions, data: NamesData) -> set[int]:
    """Entities that are people: where capitals show any name, one of its mentions has a title, a
    verb of saying, a known given name, or is the family name alone."""
    out = set()
    for m in mentions:
        if not data.capitals or m.title or m.speaker or not m.full or m.tokens[0] in data.given:
            out.add(m.cluster)
    return out


def _variant_pairs(mentions, data: NamesData, proclitics: str):
    """(rare word key, common word key, whether it is the family name) pairs."""
    people = _people(mentions, data)
    fulls = [m for m in mentions if m.full and m.person]
    pairs = []
    # whether each family name is written with the article: a slip keeps it or leaves it out,
    # it does not also change a letter ("المغرب" is not a slip for "مطرب")
    article = collections.defaultdict(set)
    for m in mentions:
        article[m.key].add(bool(data.article) and m.surname.startswith(data.article) and m.surname != m.key)
    written = collections.Counter(m.key for m in mentions if m.person)
    # full names that differ in one word ("Jan Kowalski" / "Jan Kowlaski")
    shapes = {}
    for m in fulls:
        shapes.setdefault(_content(m), set()).add(m.cluster)
    seen = set()
    # names alike but for one word fall in one bucket: the name with that word left out
    buckets = collections.defaultdict(list)
    for shape in shapes:
        for p in range(len(shape)):
            buckets[(p, shape[:p], shape[p + 1:])].append(shape)
    candidates = []
    for (p, _, _), group in buckets.items():
        for i, a in enumerate(group):
            candidates += [(a, b, p) for b in group[i + 1:]]
    for a, b, p in sorted(candidates):
        if not (shapes[a] & people or shapes[b] & people):
            continue  # "Candy County", "Candy Country": places, perhaps two
        last = p == len(a) - 1
        if last and not article[a[p]] & article[b[p]]:
            continue
        if _slip(a[p], b[p], data, proclitics) and (a[p], b[p]) not in seen:
            seen.add((a[p], b[p]))
            pairs.append((a[p], b[p], last))
    # a family name alone, next to a title or a verb of saying, one letter from a full name's
    # family name ("Kowalski" … "Kowlaski said")
    surnames = {_content(m)[-1] for m in fulls}
    firsts = {_content(m)[0] for m in fulls}
    ordered = sorted(surnames)
    near_cache: dict[str, list[str]] = {}
    for m in mentions:
        if m.full or not m.person or m.key in surnames or m.key in firsts or m.key in data.given:
            continue
        if not (m.title or m.speaker or m.cue in ("title", "verb")):
            continue
        if m.key not in near_cache:
            close = process.extract(m.key, ordered, scorer=OSA.distance, score_cutoff=1, limit=None)
            near_cache[m.key] = [c for c, _, _ in close if _slip(m.key, c, data, proclitics)
                                 and written[c] >= 2 and article[c] & article[m.key]]
        near = near_cache[m.key]  # a family name the article has settled on, written twice or more
        if len(near) == 1 and (m.key, near[0]) not in seen and (near[0], m.key) not in seen:
            seen.add((m.key, near[0]))
            pairs.append((m.key, near[0], True))
    return pairs


def _content(m) -> tuple[str, ...]:
    """The words of a name as compared: the family name without its article or particle."""
    return tuple(m.tokens[:-1]) + (m.key,)


def _occurrences(mentions, key: str, surname: bool):
    """(mention, word index) of every mention that writes ``key``: as its family name, or as a
    word of a full name."""
    out = []
    for m in mentions:
        if not m.person:
            continue
        c = _content(m)
        if surname:
            if c[-1] == key:
                out.append((m, len(c) - 1))
        elif m.full and key in c[:-1]:
            out.append((m, c.index(key)))
    return out


@rule(
    id="NAME001",
    name="name-variants",
    severity="warning",
    languages=["*"],
    summary="One person's name written two ways one letter apart (al-Sharaa/al-Shaara, Kowalski/Kowlaski): a dropped, doubled, swapped or confused letter.",
    messages={
        "variant": "'{rare}' (written {rare_times}) looks like a slip for '{common}' (written {common_times}): "
                   "one name is spelt two ways.",
        "tie": "'{rare}' and '{common}' look like one name spelt two ways, each written {rare_times}.",
    },
    examples=[
        Example("WARSAW (Reuters) - Finance Minister Jan Kowalski said the deficit would narrow. "
                "Kowalski told reporters growth would reach 3.5 percent. \"We are on track,\" Kowlaski said.",
                "en", True),
        Example("WARSAW (Reuters) - Finance Minister Jan Kowalski said the deficit would narrow. "
                "Mr Kowalski told reporters growth would reach 3.5 percent. Anna Kowalska, his deputy, agreed.",
                "en", False),
        Example("وقال الرئيس أحمد الشرع إن الحكومة ستواصل الإصلاحات. وأضاف الشرع أن الانتخابات ستجري في موعدها. "
                "وأكد الشراع أن الجيش سيبقى على الحياد.", "ar", True),
        Example("وقال وزير الإعلام حمزة المصطفى إن الحكومة ستواصل الإصلاحات. وأضاف المصطفى أن الانتخابات "
                "ستجري في موعدها. وقال معاذ مصطفى، رئيس فريق الطوارئ، إن المساعدات وصلت.", "ar", False),
    ],
)
def name_variants(ctx, name_mentions):
    """
    ## What it flags
    A name written two ways in one article, one letter apart, where the two spellings belong to
    one person: a full name and a full name that differ in one word ("Jan Kowalski", "Jan
    Kowlaski"), or a family name alone, after a title or next to a verb of saying, that is one
    letter from the family name of a full name the article writes twice or more ("Ahmed
    al-Sharaa" … "al-Shaara said"; `أحمد الشرع` … `وأكد الشراع`). One letter: dropped, doubled, swapped with its
    neighbour or replaced by another (`ت`/`ط`, `س`/`ص`). The finding is on the rarer spelling,
    with the other as a related span and a suggestion (not safe) to write the more frequent one;
    when both are written equally often, the finding is on the later one and suggests nothing.

    ## Why it matters
    A misspelt name is the error readers and the people named notice first, and in Arabic, with no
    capitals to catch the eye, a confused or dropped letter survives proofreading easily.

    ## Example
    `Finance Minister Jan Kowalski said … "We are on track," Kowlaski said.`

    ## Not flagged
    Short forms of one name (the family name alone, a title with the family name, "Mr Kowalski");
    two people who share a family name (`حمزة المصطفى` and `معاذ مصطفى`) or have similar ones
    with their own given names ("Gordon Brown", "Des Browne"); two known given names ("Jon",
    "John"; `حسن`, `حسين`); spellings the normaliser folds (hamza forms, alef maqsura, ta
    marbuta, diacritics, case, accents); the article or a particle written or left out
    ("al-Sharaa", "Sharaa"; `المصطفى`, `مصطفى`), or one spelling with the article and one
    without that also differ by a letter (`المغرب`, `مطرب`); two norms of one word ("Labour"/"Labor",
    "Defence"/"Defense"); a word that is the name plus an ending (`الشرعية`); a spelling written
    three times or more, or as often as the other at least twice (a second person, not a slip);
    names shorter than the language's minimum; compounds with a hyphen; two forms of one Arabic
    word that differ in an ending letter (`رسمت`, `رسما`); in English, two full names none of
    whose mentions shows a person (a title, a verb of saying, a known given name, the family name
    alone): "Candy County" and "Candy Country" may be two places.
    """
    data = names_data(ctx.lexicon)
    proclitics = proclitic_letters(ctx.lexicon)
    for a, b, surname in _variant_pairs(name_mentions, data, proclitics):
        occ_a = _occurrences(name_mentions, a, surname)
        occ_b = _occurrences(name_mentions, b, surname)
        if not occ_a or not occ_b:
            continue
        na, nb = len(occ_a), len(occ_b)
        first_a, first_b = occ_a[0][0].start, occ_b[0][0].start
        if (na, -first_a) > (nb, -first_b):
            occ_a, occ_b, na, nb = occ_b, occ_a, nb, na
        rare, common = occ_a, occ_b
        if na >= 3 or (na >= 2 and na == nb):
            continue
        m, i = rare[0]
        s, e = m.spans[i]
        cm, ci = common[0]
        cs, ce = cm.spans[ci]
        rare_text, common_text = ctx.text[s:e], ctx.text[cs:ce]
        related = [ctx.related(cs, ce, f"spelt '{common_text}' here")]
        suggestions = []
        tie = na == nb
        for rm, ri in rare:
            rs, re_ = rm.spans[ri]
            if (rs, re_) != (s, e):
                related.append(ctx.related(rs, re_, f"also spelt '{ctx.text[rs:re_]}' here"))
            written = ctx.text[rs:re_]
            prefix, _ = _split(written, rm.key if surname else phrase_key(written))
            _, core = _split(common_text, cm.key if surname else phrase_key(common_text))
            if not tie:
                suggestions.append(ctx.suggestion(rs, re_, prefix + core,
                                                  f"write the name as it is written elsewhere: '{common_text}'"))
        ctx.report("tie" if tie else "variant", s, e, related=related, suggestions=suggestions,
                   rare=rare_text, common=common_text, rare_times=_times(na), common_times=_times(nb))


# --- NAME002 -------------------------------------------------------------------------------------
