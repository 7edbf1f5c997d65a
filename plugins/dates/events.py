"""DATE008: one event told twice with dates that cannot both be true — a founding, an opening, a
collapse, an election, a birth, a death, a first novel: things that happen once to their subject.

An event is a word that derives (:mod:`.derivation`) from a seed of a once-only class (language
data, ``[events.<class>]``: "found" covers "was founded", "its founding", "establishment" is
another seed of the class), or any verb or noun whose object an ordinal makes once-only ("released
his first novel", `أصدر روايته الأولى`; after "since", by any verb: "since its maiden flight"), with a
date attached to it (a year, or a weekday or a day of a month the publication date places). Its
subject is read from the words next to it: an explicit noun ("the museum opened", `تأسيس حزب
الوسط`), a pronoun ("its opening", `تأسيسها`), or nothing ("the 2021 collapse")."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass

from checker.language.regexes import compiled

from .derivation import deriver
from .event_data import _Data, _bare, _data, part_before as _part_before, phrasal_width, state_since, weekday_words
from .event_leads import _since, _verb_or_since
from .ordinals import first_of, ordinal_found
from .holders import names_by_sentence
from .persons import People
from .subjects import ARTICLE, SHORT_ARTICLE, apposed as _apposed, past_apposition, past_relative, relative_lead, relative_object, \
    since_object

_WORD = operator.itemgetter(2)   # the token of a (start, end, token) triple

_AFTER_GAP = 30     # characters between the event word and a date after it
_OBJECT_GAP = 50    # the same for an event with its object ("released his first novel in")
_BEFORE_GAP = 15    # characters between a date and the event word after it ("its 2011 opening")
_NEXT_GAP = 9       # … after an event word told as a reference ("after its opening in 2013")
_WINDOW = 6         # content words either side that describe the event
_OBJECT_WORDS = 4   # content words of an object, at most
_APPOSITION = 12    # words of an apposition between a subject and its verb, at most
_TOKEN = compiled(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CLAUSE_MARK = compiled(r"[,،;:؛]")   # what closes the clause between an event word and its date
_DATELINE_MARK = compiled(r"\)\s*[-–—]|\s[-–—]\s")   # the end of a dateline: "(Wire) -", " — "


@dataclass(frozen=True)
class Event:
    start: int
    end: int
    text: str
    kind: str                  # the class, or "first <object>"
    keys: frozenset[str]       # derivation keys of the event word
    date: object               # the DateMention it is dated by
    words: tuple[str, ...]     # normalised content words around the event word
    subject: tuple[str, ...]   # content words naming what it happened to (empty: none written)
    pronoun: str | None        # the kind of subject a pronoun or suffix marks: n, m, f, p
    again: bool                # told as a repetition ("reopened", `أعادت افتتاح`)
    sentence: int              # index of its sentence
    names: frozenset[str]      # words of the names mentioned in its sentence
    context: frozenset[str]    # the words of its sentence
    named: bool = False        # its subject must be named in its sentence ("its first edition")
    object: tuple[str, ...] = ()   # content words after a verb: what was done ("launched the Beacon")
    nominal: bool = False      # told as a noun after a determiner ("the Beacon's launch")
    needs_object: bool = False   # once only for its object (joining the institute), compared by it
    chain: tuple[str, ...] = ()  # a construct chain a relative describes (`سد وادي القنديل، الذي`), head first
    antecedent: tuple[str, ...] = ()   # for a pronoun after "since", the definite noun before "since"


_MEMO = 200_000   # tokens whose class is remembered per language, before the memory is reset


def _kind(tok: str, data: _Data, der, passive: bool = False) -> tuple[str | None, frozenset[str]]:
    """The once-only class a token derives into (None: none) and its derivation keys; a word of
    ``not_words`` (an active verb whose subject may be another's) keeps its class when its vowel
    marks make it passive (``passive``: `واكتُشف المسرح`, what was found)."""
    key = (tok, True) if passive else tok   # (no tuple built for the common case, on the hot path)
    got = data.kinds.get(key)
    if got is None:
        keys = der.derive(_bare(tok, data)).keys | der.derive(tok).keys
        got = (next((k for k, seeds in data.classes.items() if keys & seeds), None), keys)
        if got[0] is not None and not passive and (tok in data.not_words or _bare(tok, data) in data.not_words):
            got = (None, keys)
        if len(data.kinds) >= _MEMO:
            data.kinds.clear()
        data.kinds[key] = got
    return got


def _in_sentences(sentences, dated) -> list[list]:
    """The dated mentions starting inside each sentence, in their order in ``dated``."""
    order = sorted(range(len(dated)), key=lambda x: dated[x].start)
    starts = [dated[x].start for x in order]
    out = []
    for sent in sentences:
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        out.append([dated[x] for x in sorted(order[lo:hi])])
    return out


def _after_words(toks, i: int, ds: int, data: _Data, reach: int = 4) -> list[str]:
    """The words after the event word at ``i`` up to its date (all of them when the date is
    before it); a seed's second word is left out ("took over the bakery"), the subject inside a
    seed of two words kept (`دخلت المحطة الخدمة`)."""
    after = [t for a, _, t in toks[i + 1:i + 1 + reach] if a < ds or ds < toks[i][0]]
    width = phrasal_width(toks, i, data)
    return after[:1] + after[2:] if width == 3 else after[1:] if width == 2 else after


def _opening(view, date, e: int, ds: int) -> int:
    """Where a date after its event word opens in the normalised view: at the words it opens with
    ("founded in the early 1990s" has no object "early")."""
    return view.from_original(date.lead) if date.lead is not None and date.lead >= e else ds


def _plain(tok: str, data: _Data) -> str:
    """A word without a proclitic, its contraction with the article undone (`للنادي` → `النادي`)."""
    for c, p in data.contracted:
        if tok.startswith(c) and len(tok) > len(c) + 2:
            return p + tok[len(c):]
    return _bare(tok, data)


def _date_of(dates, s: int, e: int, text: str, before_ok: bool, gap: int, lead: _Data | None = None,
             parts: tuple[str, ...] = ()):
    """The event's date: the first after the event word in its clause ("opened in 2012"), else one right before
    it ("its 2011 opening"; with ``lead``'s relatives, before a relative's noun: "the 2021 inspection that first noted");
    a part of its day written before a date (``parts``: "the night of") does not count in the gap."""
    after = [d for d in dates if 0 <= (d.lead if d.lead is not None else d.start) - e - _part_before(d, text, parts) <= gap]
    after = [d for d in after if not _CLAUSE_MARK.search(text[e:d.start]) and not (lead and _attributive(d, text, lead))]
    if after:
        return min(after, key=lambda d: d.start)
    if not before_ok:
        return None
    before = [d for d in dates if (0 <= s - d.end <= _BEFORE_GAP or lead and relative_lead(text[d.end:s], lead))
              and not _CLAUSE_MARK.search(text[d.end:s])]
    return max(before, key=lambda d: d.end) if before else None


_NOUN_AFTER = compiled(r"[^\S\n]+[^\W\d_]")


def _attributive(d, text: str, data: _Data) -> bool:
    """A year between a determiner and a noun ("kept the crossing open after a 2018 principal
    inspection"): the date of that noun, not of an event word before it."""
    words = text[max(0, d.start - 12):d.start].split()
    return d.precision == "year" and d.form == "year" and bool(words) and words[-1].lower() in data.determiners \
        and _NOUN_AFTER.match(text, d.end) is not None


def _datable(toks, view, dates, before_ok: bool, reach: int = _AFTER_GAP) -> list[bool]:
    """Per token, whether :func:`_date_of` could give it a date at ``reach`` (a date close
    enough after it, or right before it): the class of the others is never asked. Read on the
    normalised view, where a distance is never longer than in the text (characters are only
    dropped), so that no token a date can attach to is left out."""
    out = [False] * len(toks)
    starts, ends = [t[0] for t in toks], [t[1] for t in toks]   # both in increasing order
    for d in dates:
        x = view.from_original(d.lead if d.lead is not None else d.start)   # ending at most ``reach`` before
        for i in range(bisect.bisect_left(ends, x - reach), bisect.bisect_right(ends, x)):
            out[i] = True
        if before_ok:   # starting at most _BEFORE_GAP after its end
            x = view.from_original(d.end)
            for i in range(bisect.bisect_left(starts, x), bisect.bisect_right(starts, x + _BEFORE_GAP)):
                out[i] = True
    return out


def _content(tok: str, data: _Data, months) -> bool:
    return len(tok) >= 3 and tok not in data.stop and tok not in months and tok not in data.ordinals


def _pronoun(before, data: _Data) -> str | None:
    """The kind of a pronoun standing just before the event word, across stop words ("since its opening", `وهي من مواليد`)."""
    for t in reversed(before[-3:]):
        if t in data.pronouns:
            return data.pronouns[t]
        if t not in data.stop:
            return None
    return None


def _subject(before, after, data: _Data, months, derived, apposed: bool = False,
             stated: bool = False) -> tuple[tuple[str, ...], str | None]:
    """The explicit subject (up to two content words) and the pronoun kind of an event word,
    from the words ``before`` it and ``after`` it (neither crossing its date); of a ``stated`` state
    before "since" (`العبارة، العاملة منذ 1981`), the noun before it."""
    pron = _pronoun(before, data)
    if pron and pron in "mfp" and len(before) >= 3 and before[-2] in data.relatives and before[-1] in data.pronouns:
        # "Goldcoast Structures, which he founded in 1998": the person founded it; it is the subject
        return tuple(_run(list(reversed(before[:-2])), data, months)), None
    if not pron and data.side != "after" and (k := relative_object(before, data, lambda w: _content(w, data, months))):
        # "Pesaline, which Kamau founded in 2015", "which the Joensen brothers set up": Pesaline
        return tuple(_run(list(reversed(before[:-k])), data, months)), None
    if pron:
        return (), pron
    pron = derived.gender
    if data.side == "after":
        if stated:
            return tuple(_run(list(reversed(before))[:2], data, months)[:1]), None
        if derived.suffix and len(before) >= 3 and before[-2] in data.relatives:   # `السوق، التي يعود تأسيسها`
            return tuple(_run(list(reversed(before[:-2])), data, months)), pron   # the noun before the relative
        if derived.suffix:
            return (), pron                       # تأسيسها: the suffix is the subject
        if after and after[0] in data.pronouns:
            return (), data.pronouns[after[0]]    # `منذ القبض عليه`: the pronoun after it
        if len(before) >= 2 and before[-1] in data.relatives and \
                (noun := _run([_plain(before[-2], data)], data, months)):   # `للنادي الذي تأسس عام 1952`
            # (after a comma, the noun describes a name told before it: `الوحدات، النادي الذي تأسس`)
            return (("?",) if apposed else tuple(noun)), pron
        out = _run(after[:3], data, months) if not (after and after[0] in data.not_after) else []
        if out and not SHORT_ARTICLE.match(after[0]) and len(after) > 1 and after[1] in data.not_after:
            return ("?",), pron   # `انهيار مبنى في المنطقة`: a building, another than "the building"
        if not out and derived.pos != "n":
            out = _run(list(reversed(before))[:2], data, months)[:1]  # المهرجان (فقد) انطلق
        return tuple(out), pron
    if before and before[-1] in ("the", "a", "an"):
        return (tuple(_run(after[1:4], data, months)) if after[:1] == ["of"] else ()), pron
    return tuple(_run(list(reversed(before)), data, months)), pron


def _since_antecedent(before, data: _Data, months) -> tuple[str, ...]:
    """The noun a pronoun after "since" stands for when a definite noun stands right before
    "since" ("has led the centre since its founding", `تقود المركز منذ تأسيسه`), else ()."""
    before = before[:-1] if before and before[-1] in data.pronouns else before   # "since its", `منذ تأسيسه`
    if len(before) < 2 or (before[-1] not in data.founding_lead and _bare(before[-1], data) not in data.founding_lead):
        return ()
    noun = before[-2]
    definite = bool(SHORT_ARTICLE.match(noun)) if data.side == "after" else len(before) >= 3 and before[-3] in data.determiners
    return tuple(_run([noun], data, months)) if definite else ()


def _chain(before, data: _Data, months) -> tuple[str, ...]:
    """The words of a construct chain ending with the noun a relative follows, head first, when
    its head is indefinite (`سد وادي القنديل، الذي أنشئ`: the dam; `الدائرة الانتخابية التي`: none)."""
    if data.side != "after" or len(before) < 3 or before[-1] not in data.relatives:
        return ()
    j = len(before) - 2
    while j > 0 and len(before[j - 1]) >= 2 and before[j - 1] not in data.stop \
            and before[j - 1] not in months and not before[j - 1].startswith("ال"):
        j -= 1     # (a head of two letters too: `سد`, `يد`)
    return tuple(SHORT_ARTICLE.sub("", w) for w in before[j:-1]) if j < len(before) - 2 else ()


def _gap(toks, i: int, kind: str, data: _Data, derived, objective=frozenset()) -> int:
    """How far after the event word its date may stand: its object, or (where the subject follows
    a verb) its subject, stands before the date ("released his first novel in", `تأسست شركة
    الساحل للإنشاءات البحرية عام 2004`; not a noun: `بعد افتتاحه لقاء … في 2014` dates the match),
    and an event of a class told with its object (``objective``: "took over the feeding from his
    father in 2003"); an event told as the point of reference of another ("after its opening") is
    dated only right after it."""
    verb = data.side == "after" and (derived.pos == "v" or derived.pos != "n" and not derived.suffix)   # `أسسها رجل …`
    lead = [t for _, _, t in toks[max(0, i - 2):i]]
    ref = [t in data.reference or _bare(t, data) in data.reference for t in lead]
    if ref and (ref[-1] or len(ref) == 2 and ref[0] and lead[-1] in data.stop) \
            and not (ref[-1] and i + 1 < len(toks) and toks[i + 1][2] in data.determiners):
        return _NEXT_GAP   # (not a verb with its object: "before founding the company in 2013")
    tok = toks[i][2]
    # a verb before its object ("founded the civic movement Girardot Primero in 2017") or its agent
    # ("was opened by the then prime minister in 1958")
    verb = verb or data.side == "before" and (derived.pos == "v" or tok.endswith(data.verb_endings)
                                              or tok in data.verb_forms) \
        and i + 1 < len(toks) and (toks[i + 1][2] in data.determiners or toks[i + 1][2] in data.agent_links)
    return _OBJECT_GAP if kind.startswith("first ") or verb or kind in objective else _AFTER_GAP


def _object(after, data: _Data, months) -> tuple[str, ...]:
    """What the event was done to: the content words after the word that links it (`انضم أحمد
    إلى الفريق`, the team), else the first ones after the event word ("launched the Beacon"), up to
    four ("founded the civic movement Girardot Primero")."""
    if after[:1] and (after[0] in data.agent_links or after[0] in data.object_pronouns):
        return ()   # "opened by the then prime minister": who did it, no object (`التحاقه به`: one told before)
    for k, t in enumerate(after):
        if t in data.object_links:
            return tuple(_run(after[k + 1:], data, months, _OBJECT_WORDS))
    return tuple(_run(after, data, months, _OBJECT_WORDS))


def _apposition_subject(toks, i: int, view, data: _Data, months) -> tuple[str, ...]:
    """The subject of a verb written after an apposition set off by commas ("Adeyemi, born in
    1958 in Abeokuta, launched the Beacon"): the words before the apposition's opening comma,
    or () when no comma stands right before the verb or none opens the apposition."""
    if i < 2 or "," not in view.text[toks[i - 1][1]:toks[i][0]]:
        return ()
    for j in range(i - 2, max(0, i - _APPOSITION) - 1, -1):
        if _DATELINE_MARK.search(view.text, toks[j][1], toks[i - 1][1]):
            return ()   # "CHIMOIO, Mozambique (Wire) - The central market, built in 1992": a dateline, no apposition
        if "," in view.text[toks[j][1]:toks[j + 1][0]]:
            return tuple(_run([t for _, _, t in reversed(toks[max(0, j - 5):j + 1])], data, months))
    return ()


def _context(toks, data: _Data) -> frozenset[str]:
    """The words of a dated sentence, without the article, with the noun each stands for."""
    plain = {ARTICLE.sub("", t) for _, _, t in toks}
    return frozenset(plain | {data.same[w] for w in plain if w in data.same})


def _run(tokens, data: _Data, months, most: int = 2) -> list[str]:
    out: list[str] = []
    for t in tokens:
        if t in data.pronouns and not out:
            break
        if not _content(t, data, months):
            if out:
                break
            continue
        w = re.sub(r"^ال(?=...)|['’]s$", "", t)
        out.append(data.same.get(w, w))   # "the plant", "the factory": one noun
        if len(out) == most:
            break
    return out


def extract_events(doc, facts) -> list[Event]:
    data, scanned = _data(doc.lexicon), facts["dated_sentences"]
    if not scanned or not data.classes and not data.ordinals:
        return []
    der = deriver(doc.lexicon)
    view = doc.normalized
    months = frozenset(doc.lexicon.month_lookup) | weekday_words(doc.lexicon)   # never a subject
    people = People(doc, facts["name_mentions"])
    personal, objective, whom = ({k for k, v in doc.lexicon.section("events", {}).items() if v.get(flag)}
                                 for flag in ("person", "object", "told_whom"))
    capitals = doc.lexicon.section("names", {}).get("capitals", False)
    names = names_by_sentence(doc, facts["name_mentions"]) if capitals else {}
    out = []
    for ds in scanned:
        n, in_sent, toks, sent = ds.index, ds.dates, ds.toks, doc.sentences[ds.index]
        found: dict[int, tuple[str, frozenset[str]]] = {}
        named, verbal = set(), set()   # (firsts told by a verb, "was first surveyed": their subject kept)
        datable = _datable(toks, view, in_sent, data.side == "before",
                           _OBJECT_GAP if data.side == "after" or objective else _AFTER_GAP)
        wanted = map(operator.or_, datable, map(data.ordinal_tokens.__contains__, map(_WORD, toks)))
        for i in itertools.compress(range(len(toks)), wanted):   # a token a date reaches, an ordinal
            tok = toks[i][2]
            if tok in data.ordinal_tokens:   # an ordinal, alone or after a conjunction (or `لأول`)
                ordinal_found(ds, i, data, der, found, named, verbal)
                continue
            if datable[i] and (since := _since(toks, i, data) or state_since(toks, i, data)):
                found[i] = (since, frozenset())   # `منذ بدايتها` is its founding; "in service since 1976", its commissioning
            elif not datable[i] or ds.kinds[i] is None:
                continue     # a stop word
            kind, keys = ds.kinds[i]
            if kind and i not in found:
                found[i] = (kind, keys)
        context = None
        for i, (kind, keys) in found.items():
            s, e = view.to_original(toks[i][0], toks[i + phrasal_width(toks, i, data) - 1][1])
            if capitals and doc.text[s].isupper() and s > sent.start:
                continue            # part of a name: "the Australian Open", "Independence Day"
            derived = der.derive(_bare(toks[i][2], data))
            date = _date_of(in_sent, s, e, doc.text, data.side == "before", _gap(toks, i, kind, data, derived, objective), data)
            if date is None:
                continue
            ds, de = view.from_original(date.start), view.from_original(date.end)
            before = [t for a, _, t in toks[max(0, i - 6):i] if a < ds]
            after = _after_words(toks, i, _opening(view, date, e, ds), data)
            if ds < toks[i][0]:     # "its 2011 opening", "the 5 June 2021 collapse"
                subject, pron = (), _pronoun(before, data)
                between = [t for a, _, t in toks[max(0, i - 6):i] if a >= de]
                if data.side == "before" and between:   # "in 2020 as shops closed": the shops
                    subject = tuple(_run(list(reversed(between)), data, months))
                if not subject and after[:1] and after[0] in data.object_of:   # "in 1975 at the start of the war"
                    subject = tuple(_run(after[1:4], data, months))
            else:
                apposed = _apposed(toks, i, view.text, data)   # (a comma before the noun a relative follows)
                before = past_apposition(toks, i, view.text, data) or past_relative(toks, i, view.text, data) or before
                subject, pron = _subject(before, after, data, months, derived, apposed, state_since(toks, i, data) is not None)
                if data.side == "before" and subject and (held := _apposition_subject(toks, i, view, data, months)):
                    subject = held
            nominal = bool(before) and (before[-1] in data.determiners or before[-1].endswith("'s"))
            if kind in data.since_only and not _verb_or_since(toks, i, data, derived):
                continue    # "construction began": a start; "since its construction in 1958": the building
            obj = _object(_after_words(toks, i, _opening(view, date, e, ds), data, _OBJECT_WORDS + 2), data, months) \
                if kind in objective or data.side == "before" and not nominal and ds > toks[i][0] else ()
            if kind in objective and not (obj := obj or since_object(before, after, data, out, kind)):
                continue   # joining, told without what was joined (but "since she joined", `منذ التحاقه به`: one told before)
            subject = ("?",) if kind in whom and not (subject or pron or obj) else subject   # whom untold
            if kind.startswith("first "):   # (the object in its kind, "his first novel"; or what a verb befell)
                subject, obj = first_of(i in verbal, subject, obj, before, after, data, lambda ws: _run(ws, data, months))
            elif kind in personal:      # a birth, a death: the person named next to it, not a relative
                who = None if data.kin & {_bare(t, data) for _, _, t in toks[max(0, i - 3):i]} else people.about(s)
                subject = (f"#{who}",) if who is not None else ("?",)   # (`وإن والدته ولدت عام 1956`)
            near = [t for a, _, t in toks[max(0, i - 3):i + 2]   # ("closed again"; not a month's own word, `تشرين الثاني`)
                    if not any(view.from_original(m.start) <= a < view.from_original(m.end) for m in in_sent)]
            again = any(t in data.again or _bare(t, data) in data.again for t in near)
            words = tuple(data.same.get(ARTICLE.sub("", t), t) for _, _, t in toks[max(0, i - _WINDOW):i + _WINDOW]
                          if _content(t, data, months))
            context = context if context is not None else _context(toks, data)
            ante = _since_antecedent(before, data, months) if pron and not subject else ()
            out.append(Event(s, e, doc.text[s:e], kind, keys, date, words, subject, pron, again, n,
                             names.get(n, frozenset()), context, i in named, obj, nominal, kind in objective,
                             _chain(before, data, months), ante))
    return sorted(out, key=lambda ev: ev.start)
