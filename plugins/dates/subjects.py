"""Whether two tellings of an event are told of one subject: the words that name it (read
outwards from the event word), a pronoun, or the one subject the article names."""

from __future__ import annotations

import re

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


ARTICLE = compiled(r"^ال(?=...)")          # the article before a word of three letters or more
SHORT_ARTICLE = compiled(r"^ال(?=..)")     # … or of two (`السد`)


def _head(subject: tuple[str, ...]) -> str:
    """A subject's first word without the article, two letters kept (`السد`: `سد`)."""
    return SHORT_ARTICLE.sub("", subject[0])


def _around(ev) -> set[str]:
    """The words around a telling as subjects are written (without the article)."""
    return {ARTICLE.sub("", w) for w in ev.words}


def _match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two subjects are one when the shorter is the start of the longer, read outwards from the
    event word ("museum" / "museum riverside"; `حزب` / `حزب الوسط`, not `حزب الغد`)."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _distinct(subjects) -> int:
    """How many different subjects a list of subject word tuples names."""
    groups: list[tuple[str, ...]] = []
    for s in subjects:
        if not any(_match(g, s) for g in groups):
            groups.append(s)
    return len(groups)


def _subject_of(ev, subjects) -> tuple[str, ...]:
    """A telling's subject: as written, or the one of the other tellings its sentence names
    ("Visitors flock to the Riverside Museum since its opening")."""
    if ev.subject:
        return ev.subject
    told = [s for s in subjects if set(s) & ev.context]
    # the one its clause opens with, up to three words before it ("the hospital has grown since
    # its opening", `أن المستشفى شهد منذ افتتاحه`, in a sentence that also tells a wing's opening)
    word = normalize_text(ev.text)
    at = ev.words.index(word) if word in ev.words else 0
    near = {ARTICLE.sub("", w) for w in ev.words[max(0, at - 3):at]}
    if (near_told := [s for s in told if _head(s) in near]) and _distinct(near_told) == 1:
        return near_told[0]
    whole = [s for s in subjects if set(s) <= ev.context]   # "شركة الخليج", not any "شركة"
    named = whole if whole and _distinct(whole) == 1 else told
    return named[0] if named and _distinct(named) == 1 else ()


def _one_object(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two objects are one thing when one holds all the other's words ("the civic movement Girardot
    Primero" / "Girardot Primero"), or, one of them of two words or fewer, they share a word
    ("the Daily Beacon" / "the Beacon"); "the Kenya Wildlife Trust" and "the Kenya Sports
    Foundation" are two."""
    sa, sb = set(a), set(b)
    if "*" in sa or "*" in sb:
        return bool(sa and sb)   # ("since she joined": what was joined, told before)
    return bool(sa and sb) and (sa <= sb or sb <= sa or bool(sa & sb) and min(len(a), len(b)) <= 2)


def since_object(before, after, data, told: list, kind: str) -> tuple[str, ...]:
    """What an event of ``kind`` told after "since" without its object was done to, told before: after
    a pronoun subject ("since she joined"), "*", what she joined; before a pronoun object (`منذ التحاقه
    به`), the object of the events of ``kind`` told before with one written (`التحق بالبنك المركزي`),
    when they wrote one only; else ()."""
    if before[-2:-1] and before[-2] in data.founding_lead and before[-1] in data.pronouns:
        return ("*",)
    if not (before[-1:] and before[-1] in data.founding_lead and after[:1] and after[0] in data.object_pronouns):
        return ()
    objects = {ev.object for ev in told if ev.kind == kind and ev.object and ev.needs_object}
    return objects.pop() if len(objects) == 1 else ()


def relative_object(before, data, content) -> int:
    """How far back a relative stands whose clause's subject is a noun phrase right before the
    event word (a determiner, then content words: "which the Joensen brothers set up"), so that
    the relative is the object; 0 when none does (no passive: "which was set up"). ``content``:
    whether a word is a content word."""
    for k in range(2, min(len(before) - 1, 5) + 1):
        if before[-k] not in data.relatives:
            continue
        words = before[-k + 1:]
        words = words[1:] if words[0] in data.determiners else words
        if k > 2 and (before[-k] in data.clause_openers or not content(before[-k - 1])):
            return 0   # ("said that the brothers set up …": no relative, no antecedent)
        return k if words and all(map(content, words)) else 0
    return 0


def named_as(doc):
    """Whether a name is, somewhere in the article, written right before the noun of a subject (up
    to two words between: "the Brackley Heath car plant"), so that a sentence naming it ("Since its
    opening in 1989, Brackley Heath has built …") is about that subject; nouns of one group are one
    ("the plant", "the factory")."""
    from .event_data import _data   # (event_data reads this module's article patterns)
    data = _data(doc.lexicon)
    same, text = data.same, doc.normalized.text.lower()
    dets = "|".join(map(re.escape, sorted(data.determiners))) or "(?!x)x"   # ("Maison Roulleau, the restaurant")

    def named(names: frozenset[str], known: set[str], only: bool = False) -> bool:
        nouns = sorted(known | {w for w, g in same.items() if g in known})
        if not names or not nouns:
            return False
        if only and len({m.group(1) for m in re.finditer(rf"((?:[A-Z][\w'’-]*\s){{0,4}}[A-Z][\w'’-]*),\s{{0,3}}(?:{dets})\s+(?:[^\W\d_]+\s+){{0,2}}?"
                                                             rf"(?:{'|'.join(map(re.escape, nouns))})s?\b", doc.text)}) > 1:
            return False   # (two names set off as one kind: "Maison Roulleau, the … restaurant, and Chez Anna, the … restaurant")
        rx = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(names)))})(?:,\s*(?:{dets})(?=\s))?(?:\s+[^\W\d_]+){{0,2}}?\s+"
                        rf"(?:{'|'.join(map(re.escape, nouns))})s?\b")   # (of the article's names: not kept; or
        #                                                                          set off before it: "Maison Roulleau, the restaurant")
        return rx.search(text) is not None
    return named


def same_subject(a, b, subjects, told_back=None, named=None) -> bool:
    """Whether tellings ``a`` and ``b`` are of one subject. ``told_back(x, sx, sy)``: whether the
    subject ``sx`` of telling ``x`` names the kind of a body ("company", `الشركة`) that tells back
    the body named ``sy``; ``named(names, subject)`` (:func:`named_as`): whether one of the names is
    the subject's elsewhere."""
    if "?" in a.subject or "?" in b.subject:
        return False     # a birth or a death whose person cannot be told
    if any(ev.named and not ev.subject and not [s for s in subjects if s[0] in ev.context] for ev in (a, b)):
        return False     # "its first edition" in a sentence that names no subject of the event
    if a.pronoun and b.pronoun and a.pronoun != b.pronoun:
        return False
    if (a.needs_object or b.needs_object) and not _one_object(a.object, b.object):
        return False     # joined the institute, joined the board: two events
    if a.object and b.object and not _one_object(a.object, b.object):
        return False     # "launched a party on Monday", "launched the Daily Beacon in 1998"
    sa, sb = _subject_of(a, subjects), _subject_of(b, subjects)
    if a.chain and b.chain and a.chain[0] != b.chain[0]:
        return False     # `سد وادي القنديل، الذي` … `شركة مياه وادي القنديل، التي`: two heads
    for x, y, sy in ((a, b, sb), (b, a, sa)):
        if x.kind == "founding" and x.object and not y.object and sy and _head(sy) not in x.object:
            return False   # "the agency created 300 jobs in 2018": the jobs, not the agency formed in 2015
    if sa and sb and (b.nominal and sb[0] in a.object or a.nominal and sa[0] in b.object):
        return True      # "launched the Daily Beacon in 1998" … "since the Beacon's launch in 2001"
    if a.kind == "founding" and sa and sb and (not a.object and b.object[:1] == sa[:1] or not b.object and a.object[:1] == sb[:1]):
        return True      # "The firm was set up in 2011" … "before founding the company in 2013"
    if sa and sb and told_back is not None and _distinct(subjects) == 2:
        for x, sx, y, sy in ((a, sa, b, sb), (b, sb, a, sa)):
            if x.nominal and len(sx) == 1 and set(sy) <= y.names and told_back(x, sx, sy):
                return True   # "Streymur Aling, which the brothers set up in 1994" … "since the
                #               company's founding in 1997": the one body named, told back by its kind
    if sa and sb and named is not None and _distinct(subjects) == 2 and any(len(x) == 1 and set(y) <= z.names and named(frozenset(y), set(x), True)
                                               for x, y, z in ((sa, sb, b), (sb, sa, a))):
        return True      # "The restaurant opened in 2006" … "When Maison Roulleau opened in 2008": the name the
        #                  article gives that restaurant ("Maison Roulleau, the Marylebone restaurant")
    if sa and sb:
        return _match(sa, sb) or (sa[0] != sb[0] and sa[0] in _around(b) and sb[0] in _around(a)) \
            or _head(sb) in a.chain[:1] or _head(sa) in b.chain[:1]   # `سد وادي القنديل، الذي` … `إنشاء السد`
        # … or two head words each beside the other telling: "construction began" near "the
        # plant" / "construction of the plant started" (one head, two modifiers, is two things)
    if _distinct(subjects) > 1:
        return False   # a pronoun, and more than one subject it could stand for
    known = set(sa or sb or (subjects[0] if subjects else ()))
    # "The Kelvin Hall has hosted shows since its opening": a pronoun whose sentence names
    # something else (in a language that shows names by capitals).
    return not known or all(not ev.names or ev.names & known or named is not None and named(ev.names, known)
                            for ev in (a, b) if not ev.subject)   # (… unless that is its name: "Brackley Heath")


_APPOSED = 6   # words of an apposition between a noun and the relative that describes it, at most


def past_apposition(toks, i: int, text: str, data) -> list[str] | None:
    """The words before a relative that follows an apposition set off by commas, read as if the
    relative followed the noun the apposition describes (`سد وادي الغدير، أكبر سدود البلاد، الذي
    أنشئ`: the dam, not the country), the relative last; None when no comma stands right before the
    relative or none opens an apposition in the same sentence (or the language puts the head last)."""
    if data.side != "after" or i < 3 or toks[i - 1][2] not in data.relatives \
            or not _COMMA.search(text, toks[i - 2][1], toks[i - 1][0]):
        return None
    for j in range(i - 3, max(0, i - 2 - _APPOSED) - 1, -1):
        if _BREAK.search(text, toks[j][1], toks[j + 1][0]):
            return None
        if _COMMA.search(text, toks[j][1], toks[j + 1][0]):
            return [t for _, _, t in toks[max(0, j - 5):j + 1]] + [toks[i - 1][2]]
    return None


def past_relative(toks, i: int, text: str, data) -> list[str] | None:
    """The words before a relative clause set off by commas right before a verb (`وكان الجسر
    القديم، الذي يبلغ طوله 450 متراً، قد دخل الخدمة`: the bridge, not the metres), read as if the
    verb followed the noun, up to one particle between (`قد`); None otherwise (or where the language
    puts the subject last)."""
    if data.side != "after" or i < 4:
        return None
    k = i - 1 if toks[i - 1][2] in _PARTICLES else i   # (`قد دخل`)
    if not _COMMA.search(text, toks[k - 1][1], toks[k][0]):
        return None
    for j in range(k - 1, max(0, k - 1 - _CLAUSE_WORDS), -1):
        if _BREAK.search(text, toks[j - 1][1], toks[j][0]):
            return None
        if toks[j][2] in data.relatives and _COMMA.search(text, toks[j - 1][1], toks[j][0]):
            return [t for _, _, t in toks[max(0, j - 5):j]]
    return None


_PARTICLES = frozenset({"قد", "فقد", "لقد"})   # between a subject and its verb
_CLAUSE_WORDS = 10   # words of a relative clause set off by commas, at most
_COMMA = compiled(r"[,،]")
_BREAK = compiled(r"[.!?؟\n]")


def apposed(toks, i: int, text: str, data) -> bool:
    """A comma before the noun a relative clause after it follows, right before it or one word before
    (`الوحدات، النادي الذي تأسس`, `الزوراء، ممثل النادي الذي تأسس`, `، وهو النادي الذي`): the noun describes a
    name told before; not when that word is a particle opening the clause (`، إن المستشفى الذي أُنشئ`)."""
    if i < 3:
        return False
    if _COMMA.search(text, toks[i - 3][1], toks[i - 2][0]):
        return True
    return i >= 4 and bool(_COMMA.search(text, toks[i - 4][1], toks[i - 3][0])) \
        and not (toks[i - 3][2] in data.stop and toks[i - 3][2] not in data.pronouns)


def relative_lead(between: str, data) -> bool:
    """Whether the words between a date and an event word are the noun the date comes before and
    a relative clause on it that opens with the event ("the 2021 inspection that first noted", "the
    2015 law which established"): one or two words of the noun, the relative, at most an ordinal."""
    words = between.lower().split() if len(between) <= 45 else []
    at = next((k for k, w in enumerate(words) if w in data.relatives), None)
    return at is not None and 1 <= at <= 2 and all(w.isalpha() and w not in data.stop for w in words[:at]) \
        and len(words) - at - 1 <= 1 and all(w in data.ordinals for w in words[at + 1:])

