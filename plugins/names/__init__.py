"""Names. NAME001: one name written two ways that look like a slip (al-Sharaa/al-Shaara,
Kowalski/Kowlaski). NAME002: one person given two offices that one person does not hold at once
(Finance Minister X … Trade Minister X).

Both read the shared ``name_mentions`` facts (``checker/names.py``): every mention of a name with
the title before it and the entity it belongs to. Everything they know of a language is the
``[names]`` language data of the core (``checker/lexicons/<lang>/names.toml``): given names,
spellings that are two norms of one word, endings that make another word, offices and their
groups, words that say an office changed hands.
"""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker import Example, Extractor, hookimpl, rule
from checker.extractors.name_mentions import names_lexicon
from checker.language.normalize import normalize_text

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _n(w: str) -> str:
    return " ".join(normalize_text(w).split())


@dataclass
class _Data:
    min_length: int
    endings: tuple[str, ...]
    final_letters: frozenset[str]
    capitals: bool
    alternations: tuple[tuple[str, str], ...]
    given: frozenset[str]
    particles: frozenset[str]
    office_of: dict[str, tuple[str, str]]       # written form -> (group, office)
    office_name: dict[str, str]                 # office -> its first written form
    offices: re.Pattern | None
    change: re.Pattern | None
    change_near: re.Pattern | None
    conjunctions: frozenset[str]
    compatible: frozenset[frozenset[str]]
    skip: frozenset[str]
    article: str
    possessive: tuple[str, ...]


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    d = lex.section("names", {})
    nm = names_lexicon(lex)
    office_of, office_name = {}, {}
    for group, table in d.get("offices", {}).items():
        if not isinstance(table, dict):
            continue
        for office, forms in table.items():
            office_name.setdefault(office, forms[0] if forms else office)
            for f in forms:
                office_of.setdefault(_n(f), (group, office))
    roles = d.get("roles", {})

    def rx(words):
        keys = sorted({_n(w) for w in words if _n(w)}, key=len, reverse=True)
        if not keys:
            return None
        alts = "|".join(re.escape(k).replace(r"\ ", r"[^\S\r\n]+") for k in keys)
        return re.compile(rf"(?<![^\W\d_])(?:{alts})(?:(?<=\.)|(?![^\W\d_]))")

    return _Data(
        min_length=int(d.get("variant_min_length", 4)),
        endings=tuple(_n(e) for e in d.get("variant_endings", [])),
        final_letters=frozenset(_n(e) for e in d.get("variant_final_letters", [])),
        capitals=nm.capitals,
        alternations=tuple((_n(a), _n(b)) for a, b in d.get("alternations", [])),
        given=nm.given | nm.given_ambiguous,
        particles=nm.particles | nm.compound_first | nm.compound_last | nm.initials,
        office_of=office_of,
        office_name=office_name,
        offices=rx(office_of),
        change=rx(roles.get("change_words", [])),
        change_near=rx(roles.get("change_words", []) + roles.get("change_before", [])),
        conjunctions=frozenset(_n(c) for c in roles.get("conjunctions", [])),
        compatible=frozenset(frozenset(p) for p in roles.get("compatible", [])),
        skip=frozenset(_n(w) for w in roles.get("apposition_skip", [])),
        article=nm.article,
        possessive=tuple(p for p in nm.possessive if len(p) > 1),
    )


# --- NAME001 -------------------------------------------------------------------------------------

def _alternation(a: str, b: str, data: _Data) -> bool:
    """``a`` and ``b`` are two norms of one spelling ("labour"/"labor")."""
    for x, y in data.alternations + tuple((y, x) for x, y in data.alternations):
        i = a.find(x)
        while i >= 0:
            if a[:i] + y + a[i + len(x):] == b:
                return True
            i = a.find(x, i + 1)
    return False


def _slip(a: str, b: str, data: _Data, proclitics: str) -> bool:
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


def _people(mentions, data: _Data) -> set[int]:
    """Entities that are people: where capitals show any name, one of its mentions has a title, a
    verb of saying, a known given name, or is the family name alone."""
    out = set()
    for m in mentions:
        if not data.capitals or m.title or m.speaker or not m.full or m.tokens[0] in data.given:
            out.add(m.cluster)
    return out


def _variant_pairs(mentions, data: _Data, proclitics: str):
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
    data = _data(ctx.lexicon)
    proclitics = "".join(_n(p) for p in ctx.lexicon.proclitics)
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
            prefix, _ = _split(written, rm.key if surname else _n(written))
            _, core = _split(common_text, cm.key if surname else _n(common_text))
            if not tie:
                suggestions.append(ctx.suggestion(rs, re_, prefix + core,
                                                  f"write the name as it is written elsewhere: '{common_text}'"))
        ctx.report("tie" if tie else "variant", s, e, related=related, suggestions=suggestions,
                   rare=rare_text, common=common_text, rare_times=_times(na), common_times=_times(nb))


# --- NAME002 -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Role:
    """An office the article gives a person: ``mention`` (the NameMention), ``group`` and
    ``office`` (the ``[names.offices.<group>]`` table and key), where the office is written,
    whether it is held jointly with another, and whether a change is stated next to it."""

    mention: object
    group: str
    office: str
    start: int          # the office as written
    end: int
    joint: bool          # held with another office ("Trade and Industry Secretary")
    changed: bool        # "the new finance minister", "وزير المالية الجديد"


def _words_before(view_text: str, pos: int, n: int = 1) -> list[str]:
    return [m.group() for m in _WORD.finditer(view_text[max(0, pos - 40):pos])][-n:]


def _word_after(view_text: str, pos: int) -> str:
    m = _WORD.match(view_text, pos + len(view_text[pos:]) - len(view_text[pos:].lstrip(" \t")))
    return m.group() if m else ""


def _joint(vt: str, ns: int, ne: int, data: _Data, proclitics: str) -> bool:
    """The office is held with another: "Trade and Industry Secretary", `وزير الاقتصاد والمالية`."""
    before = _words_before(vt, ns)
    after = _word_after(vt, ne)
    if (before and before[0] in data.conjunctions) or after in data.conjunctions:
        return True
    return bool(after) and bool(data.article) and any(
        c in proclitics and after.startswith(c + data.article) and len(after) > len(c + data.article) + 1
        for c in data.conjunctions)


def extract_roles(doc, facts) -> list[Role]:
    """The offices the article gives the people it names (a shared fact, ``name_roles``): the
    office in the title before a name or in an apposition after it."""
    data = _data(doc.lexicon)
    if data.offices is None:
        return []
    return _roles(doc, facts["name_mentions"], data)


def _roles(doc, mentions, data: _Data) -> list[Role]:
    view = doc.normalized
    vt = view.text
    proclitics = "".join(_n(p) for p in doc.lexicon.proclitics)
    out = []
    for m in mentions:
        if not m.person:
            continue
        found = None
        if m.title_start is not None:
            ns = view.from_original(m.title_start)
            hit = data.offices.match(vt, ns) if data.offices is not None else None
            if hit is not None:
                found = hit
        if found is None and data.offices is not None:
            # an apposition after the name: "Ralph Goodale, the finance minister", "معاذ مصطفى، رئيس"
            pos = view.from_original(m.end)
            g = re.match(r"[^\S\r\n]*[,،][^\S\r\n]*", vt[pos:])
            if g:
                pos += g.end()
                for _ in range(2):
                    w = _WORD.match(vt, pos)
                    if w is None:
                        break
                    raw = doc.text[view.offsets[w.start()]]
                    if w.group() in data.skip or (data.possessive and w.group().endswith(data.possessive)) or \
                            (raw.isupper() and data.office_of.get(w.group()) is None and
                             data.offices.match(vt, w.start()) is None):
                        pos = w.end() + len(vt[w.end():]) - len(vt[w.end():].lstrip(" \t"))
                        continue
                    break
                found = data.offices.match(vt, pos)
        if found is None:
            continue
        group, office = data.office_of[" ".join(found.group().split())]
        s, e = view.to_original(found.start(), found.end())
        # the words next to the office: two before it, and those between it and the name
        lo = found.start()
        before = re.split(r"[.!?؟؛:\n\r]", vt[max(0, lo - 40):lo])[-1]
        words = list(_WORD.finditer(before))[-2:]
        if words:
            lo -= len(before) - words[0].start()
        hi = max(found.end(), view.from_original(m.start)) if m.start >= e else found.end()
        near = data.change_near is not None and data.change_near.search(vt, lo, hi) is not None
        after = _word_after(vt, found.end())
        near = near or (data.change_near is not None and bool(after) and data.change_near.fullmatch(after) is not None)
        out.append(Role(m, group, office, s, e, _joint(vt, found.start(), found.end(), data, proclitics), near))
    return out


@rule(
    id="NAME002",
    name="role-conflict",
    severity="warning",
    languages=["*"],
    summary="One person given two offices one person does not hold at once (Finance Minister X … Trade Minister X; وزير المالية … وزير الاقتصاد; العقيد … العميد).",
    messages={
        "conflict": "{name} is called {office} here and {other} elsewhere: one person holds one of these "
                    "at a time.",
    },
    examples=[
        Example("WARSAW (Reuters) - Finance Minister Jan Kowalski said the deficit would narrow. "
                "Kowalski told reporters growth would reach 3.5 percent. Trade Minister Jan Kowalski "
                "will travel to Berlin next week.", "en", True),
        Example("WARSAW (Reuters) - Former Trade Minister Jan Kowalski, appointed finance minister in "
                "March, said the deficit would narrow. Finance Minister Jan Kowalski will travel to Berlin.",
                "en", False),
        Example("وقال وزير المالية سامر الخليل إن العجز سينخفض. وأضاف وزير الاقتصاد سامر الخليل أن "
                "الصادرات ارتفعت.", "ar", True),
        Example("وقال وزير المالية السابق سامر الخليل إن العجز سينخفض. وأضاف وزير الاقتصاد سامر الخليل أن "
                "الصادرات ارتفعت.", "ar", False),
    ],
)
def role_conflict(ctx, name_mentions, name_roles):
    """
    ## What it flags
    One person (a full name, or its family name alone when no one else in the article has it)
    given two offices of one group, in the title before the name ("Finance Minister Jan
    Kowalski", `وزير الاقتصاد سامر الخليل`) or in an apposition after it ("Jan Kowalski, the
    trade minister", `معاذ مصطفى، رئيس الوزراء`). The groups are language data: ministerial
    portfolios (finance, economy, trade, foreign affairs…), heads of state and government
    (president, vice-president, prime minister, king), military ranks (`العقيد`, `العميد`,
    `اللواء`; Colonel, General). The finding is on the rarer office (the later one when both
    are as frequent), with the other as a related span.

    ## Why it matters
    A wrong office misinforms the reader about who speaks for whom, and is usually a slip from
    an earlier story or a confusion between two officials.

    ## Example
    `Finance Minister Jan Kowalski said …` … `Trade Minister Jan Kowalski will travel …`

    ## Not flagged
    A stated change anywhere in a sentence that names the person ("former", "acting",
    "appointed", "replaced", `السابق`, `عُيّن`, `تولى`, `المكلف`) or next to the office ("the new
    finance minister", "then-Trade Minister", `وزير المالية الجديد`); offices held
    together ("Trade and Industry Secretary", `وزير الاقتصاد والمالية`); pairs the language
    data lists as one office (finance and economy in English copy; `الرئيس` for a prime minister
    in Lebanese usage); offices of different groups (a deputy prime minister who is also foreign
    minister); ranks written short ("Lieutenant General" then "General"); a family name alone that
    two people in the article share; titles that are not offices ("Mr", "leader").
    """
    data = _data(ctx.lexicon)
    if data.offices is None:
        return
    doc = ctx.doc
    roles = name_roles
    if not roles:
        return
    # entities with a full name, whose family name no other entity shares
    fulls = collections.defaultdict(set)
    for m in name_mentions:
        if m.full and m.person:
            fulls[m.key].add(m.cluster)
    safe = {m.cluster for m in name_mentions if m.full and m.person and len(fulls[m.key]) == 1}
    # sentences that say an office changed
    changed = set()
    if data.change is not None:
        view = doc.normalized
        for i, sent in enumerate(doc.sentences):
            if data.change.search(view.text, view.from_original(sent.start), view.from_original(sent.end)):
                changed.add(i)
    starts = [s.start for s in doc.sentences]

    def sentence(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    touched = {m.cluster for m in name_mentions if sentence(m.start) in changed}
    by_cluster = collections.defaultdict(list)
    for r in roles:
        by_cluster[(r.mention.cluster, r.group)].append(r)
    for (cluster, group), rs in sorted(by_cluster.items(), key=lambda kv: kv[1][0].start):
        if cluster not in safe or cluster in touched or any(r.joint or r.changed for r in rs):
            continue
        counts = collections.Counter(r.office for r in rs)
        if len(counts) < 2:
            continue
        offices = list(counts)
        if all(frozenset((a, b)) in data.compatible for i, a in enumerate(offices) for b in offices[i + 1:]):
            continue
        first = {o: next(r for r in rs if r.office == o) for o in offices}
        ranked = sorted(offices, key=lambda o: (counts[o], -first[o].start))
        rare, common = ranked[0], ranked[-1]
        if frozenset((rare, common)) in data.compatible:
            continue
        p, c = first[rare], first[common]

        def span(r: Role) -> tuple[int, int]:
            return min(r.start, r.mention.start), max(r.end, r.mention.end)

        ps, pe = span(p)
        cs, ce = span(c)
        name = next((m.text for m in name_mentions if m.cluster == cluster and m.full), p.mention.text)
        ctx.report("conflict", ps, pe, related=[ctx.related(cs, ce, f"called {ctx.text[c.start:c.end]} here")],
                   name=name, office=f"'{ctx.text[p.start:p.end]}'", other=f"'{ctx.text[c.start:c.end]}'")


@hookimpl
def checker_register_extractors():
    return [Extractor("name_roles", extract_roles)]


@hookimpl
def checker_register_rules():
    return [name_variants, role_conflict]
