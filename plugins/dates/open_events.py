"""DATE008 beyond the once-only classes: any event told once as a dated verb ("acquired the firm in
2004", `واستحوذت على الشركة عام 2004`) and once as a dated noun derived from it that refers back to
it ("the 2006 acquisition", "the treaty's signing in 2010", `منذ إغلاقه عام 2015`, `توقيع المعاهدة
عام 2010`). The verb and the noun meet by derivation (:mod:`.derivation`: one stem, or one Arabic
root). A noun refers back when it is definite: a possessive or a pronoun before it, the article or a
pronoun suffix, a date written before it (or before one word that qualifies it: "the 2017 parliamentary approval"),
or the word it is said of after it ("the award of the contract in
February 2022"), which the verb's sentence must name ("the 2006 acquisition of the dairy" is not the mill
"acquired … in 2004"). A noun named by a date
written before it ("the Nov. 21 fire"; in Arabic, a date right after it, `حريق 21 نوفمبر`) is an
incident that a verb of happening (language data: ``incident_verbs``) with the noun as its subject
tells too ("The fire broke out on Nov. 19", `اندلع الحريق`); vowel marks written on an Arabic verb
tell its first letter from a conjunction (`وُقّعت`, the passive of `وقّع`, whose noun is `توقيع`); a
day of a month without its year dates a verb or such a noun, not a noun told back ("their
deregulation on Dec. 1"). Events that recur are left alone: a root told with more than one date as a
verb, or more than one as a noun (days that do not overlap), or an incident told after a word of
repetition ("another blast"), is silent, and so is a noun whose subject its verb's sentence does not
name, and a telling beside a word that makes it one of a series (``[event_again] instances``: "the
previous census", `الإحصاء المقبل`)."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.normalize import normalize_text

from .derivation import deriver
from .event_data import _bare
from .event_leads import POSSESSIVES as _POSSESSIVE, _after_since   # ("the increase" alone may be another one)
from .events import _AFTER_GAP, _OBJECT_GAP, _content, _data, _date_of
from .scan import _placed, same_day, year_bearing

_DETERMINERS = frozenset({"its", "his", "her", "their", "the"})


@dataclass(frozen=True)
class Telling:
    start: int
    end: int
    text: str
    roots: frozenset[str]
    verb: bool
    date: object
    subject: tuple[str, ...]     # the words a noun is said of ("treaty", `المعاهده`); empty: none written
    sentence: int
    context: frozenset[str]      # the words of its sentence
    kind: str = ""               # how the finding names the event: the noun as written
    words: tuple[str, ...] = ()  # content words around it (the confidence of a finding)


def _strip(t: str) -> str:
    t = t[:-2] if t.endswith(("'s", "’s")) else t
    return t[2:] if t.startswith("ال") and len(t) > 4 else t


def _role(toks, i: int, tok: str, derived, arabic: bool, conj: tuple[str, ...], dated_before: bool,
          data=None) -> str | None:
    """'v' for a verb telling, 'n' for a noun that refers back, None for neither."""
    if arabic:
        forms = {k.split(":")[1] for k in derived.keys}
        if derived.pos == "v" and forms == {"1"} and data is not None and i and data.article \
                and (_bare(tok, data).startswith(data.article) or derived.suffix and not (
                    i + 1 < len(toks) and toks[i + 1][2] in data.ordinal_forms)) \
                and (_after_since(toks, i, data) or derived.suffix and _bare(toks[i - 1][2], data) in data.dating_leads):
            return "n"   # `منذ الكشف عن الشبكة`: a form I masdar written like its verb, the article on it, or a
            #              pronoun (`منذ سرقته عام 2011`: after "since", its theft, not "she stole it"; with an
            #              ordinal after it, `منذ عرضها الأول`, a first, read as one)
        if derived.pos == "v":
            # a bare three-letter verb (`وقع`, `عين`) only when it opens its clause with a conjunction,
            # or when its vowel marks or a particle only a verb follows tell it (no conjunctions given:
            # `وُقِّع`, `قد كشفت`)
            return "v" if forms != {"1"} or not conj or (tok[0] in conj and len(tok) == 4) else None
        if derived.pos == "n" and forms != {"1n"}:
            return "n"
        return None
    if tok.endswith("ed") and len(tok) >= 5:
        return "v"
    prev = toks[i - 1][2] if i else ""
    if prev in _POSSESSIVE or prev.endswith(("'s", "’s")):
        return "n"
    if prev in _DETERMINERS and dated_before:
        return "n"     # "the 2006 acquisition"
    if prev == "the" and i + 1 < len(toks) and toks[i + 1][2] == "of":
        return "n"     # "the award of the contract in February 2022": the noun and what it is said of
    return None


_DAMMA, _SHADDA = "\u064f", "\u0651"


def _radical_first(text: str, s: int, e: int) -> bool:
    """Whether the vowel marks written on a word show its first letter to be a root letter, not
    a conjunction: a damma on it (the passive `وُقّعت`), or a shadda on the letter after it (`وقّع`,
    form II of `وقع`; after a conjunction the shadda falls one letter later: `وعيّن`)."""
    letters: list[str] = []   # the marks written after each letter
    for ch in text[s:e]:
        if "\u064b" <= ch <= "\u0652":
            if letters:
                letters[-1] += ch
        else:
            letters.append("")
    return len(letters) >= 3 and (_DAMMA in letters[0] or _SHADDA in letters[1])


def _dated(d) -> bool:
    """A date a telling may carry: its year written, or a day of a month the publication date
    places ("on Nov. 19"; a weekday alone dates nothing here)."""
    return year_bearing(d) or d.form != "weekday" and _placed(d)


def _date_before(toks, i: int, spots, text: str) -> bool:
    """Whether a date is written right before the word after a determiner or a possessive,
    naming it by its date ("the Nov. 21 fire", "the city's 2019 vote")."""
    a = toks[i][0]
    if i > 0 and toks[i - 1][2].isalpha() and toks[i - 1][2] not in _DETERMINERS and text[toks[i - 1][1]:a].strip() == "" \
            and not any(ds <= toks[i - 1][0] < de for ds, de in spots):   # (not the date's own month: "the 21 July fire")
        a = toks[i - 1][0]   # (one word of kind between: "the 2017 parliamentary approval")
    for ds, de in spots:
        if de <= a and not text[de:a].strip():
            j = bisect.bisect_right([t[1] for t in toks], ds) - 1
            own = text[ds:de].split(None, 1)   # a date that opens with its own determiner ("the 21 July blaze")
            return j >= 0 and (toks[j][2] in _DETERMINERS or toks[j][2].endswith(("'s", "’s"))) \
                or len(own) == 2 and own[0] in _DETERMINERS
    return False


@lru_cache(maxsize=32)
def _leads(verbs: tuple[tuple[str, ...], ...], prefixes: tuple[str, ...]) -> frozenset[str]:
    """The first words of ``verbs`` as written or after a conjunction (what :func:`_bare` takes
    off): the tokens a verb of happening may open at."""
    firsts = {v[0] for v in verbs}
    return frozenset(firsts | {p + f for p in prefixes if len(p) == 1 for f in firsts if len(f) >= 3})


@lru_cache(maxsize=8)
def _bodies(lex) -> frozenset[str]:
    """The nouns a body's or a place's name follows (the name facts' ``body_nouns``): never the subject
    of an incident."""
    return frozenset(_strip(w.lower()) for w in names_lexicon(lex).body_nouns)


def _incidents(sc, view, doc, data, der, months, in_sent, again: set) -> list[Telling]:
    """Incidents told by a verb of happening with their noun as its subject ("the fire broke out
    on Nov. 19", "a blast that occurred on March 3", `اندلع الحريق فجر 19 نوفمبر`), as verb
    tellings of the noun; the roots of one told after a word of repetition ("another fire") are
    added to ``again``: that incident recurs."""
    toks, arabic, out = sc.toks, data.side == "after", []
    words = [t for _, _, t in toks]
    leads = _leads(data.incident_verbs, data.prefixes)
    for i in itertools.compress(range(len(toks)), map(leads.__contains__, words)):
        verb = next((v for v in data.incident_verbs if tuple(words[i:i + len(v)]) == v
                     or len(v) == 1 and _bare(words[i], data) == v[0]), None)
        if verb is None:
            continue
        j = i + len(verb) if arabic else i - 1
        if not arabic and j >= 1 and words[j] in data.relatives:
            j -= 1     # "a blast that occurred"
        elif arabic and i >= 2 and words[i - 1] in data.relatives:
            j = i - 2  # `الحريق الذي اندلع`: the noun before its relative
        if not 0 <= j < len(toks) or not _content(words[j], data, months) or words[j] in data.pronouns \
                or _strip(words[j]) in _bodies(doc.lexicon):
            continue   # (`وقعت وزارة النفط مذكرة`: a body signed, no incident happened)
        noun = _strip(words[j])   # (one of a group of nouns of one meaning: "fire", "blaze")
        roots = frozenset("@" + k.split(":")[0] for k in der.derive(data.same.get(noun, noun)).keys)
        if any(t in data.again or _bare(t, data) in data.again for t in words[max(0, min(i, j) - 4):max(i + len(verb) - 1, j) + 2]):
            again.update(roots)
            continue
        a, b = toks[min(i, j)][0], toks[max(i + len(verb) - 1, j)][1]
        s, e = view.to_original(a, b)
        date = _date_of(in_sent, s, e, doc.text, False, _OBJECT_GAP, parts=data.day_parts)
        if roots and date is not None:
            context = frozenset(_strip(t) for t in words)
            near = tuple(t for t in words[max(0, i - 6):i + 6] if _content(t, data, months))
            out.append(Telling(s, e, doc.text[s:e], roots, True, date, (), sc.index, context,
                               _strip(words[j]), near))
    return out


def _near(toks, spots) -> list[int]:
    """The indices of the tokens close enough to a date to be dated by it (ending at most
    ``_OBJECT_GAP + 10`` characters before it, or starting at most 20 after it), in order."""
    starts, ends = [t[0] for t in toks], [t[1] for t in toks]
    near: set[int] = set()
    for ds, de in spots:
        near.update(range(bisect.bisect_left(ends, ds - _OBJECT_GAP - 10), bisect.bisect_right(ends, ds)))
        near.update(range(bisect.bisect_left(starts, de), bisect.bisect_right(starts, de + 20)))
    return sorted(near)


def extract_open_events(doc, facts) -> list[tuple[Telling, Telling]]:
    """The pairs of tellings of one event, verb and noun, whose dates conflict."""
    data = _data(doc.lexicon)
    der = deriver(doc.lexicon)
    arabic = data.side == "after"
    view = doc.normalized
    months = frozenset(doc.lexicon.month_lookup)
    out, again = [], set()
    instances = _instances(doc.lexicon)
    for sc in facts["dated_sentences"]:
        n, in_sent, toks = sc.index, [d for d in sc.dates if _dated(d)], sc.toks
        if not in_sent:
            continue
        context = None
        spots = [(view.from_original(d.start), view.from_original(d.end)) for d in in_sent]
        if data.incident_verbs:
            out += _incidents(sc, view, doc, data, der, months, in_sent, again)
        for i in _near(toks, spots):
            a, b, tok = toks[i]
            if sc.kinds[i] is None or len(tok) < 3:
                continue   # a stop word, a short word
            kind, keys = sc.kinds[i]
            if kind is not None or not keys:
                continue
            marked = arabic and _radical_first(doc.text, *view.to_original(a, b))   # `وُقّعت`: no conjunction
            marked = marked or arabic and i > 0 and toks[i - 1][2] in data.verb_particles   # (`قد كشفت`: none either)
            derived = der.derive(tok if marked else _bare(tok, data))
            named = any(0 < ds - b <= 1 if arabic else view.text[b:ds].strip() in data.object_of and 0 < ds - b <= 5
                        for ds, _ in spots)   # `حريق 21 نوفمبر`, "the landslide of October 2018": named by its date
            premodified = not arabic and _date_before(toks, i, spots, view.text)   # "the Nov. 21 fire"
            dated_before = premodified or not arabic and i > 0 and any(c.isdigit() for c in view.text[toks[i - 1][1]:a])
            role = "n" if named or premodified else \
                _role(toks, i, tok, derived, arabic, data.prefixes if not marked else "", dated_before, data) if derived.keys else None
            if role is None or any(t in instances for _, _, t in toks[max(0, i - 3):i + 4]):
                continue   # (`الإحصاء السابق الذي أُجري عام 2021` … `لإجراء الإحصاء المقبل`: two of a series)
            s, e = view.to_original(a, b)
            date = _date_of(in_sent, s, e, doc.text, role == "n" and not arabic,
                            _OBJECT_GAP if role == "v" else _AFTER_GAP)
            if date is None or role == "n" and not (named or premodified or year_bearing(date) or _after_since(toks, i, data)):
                continue   # a noun told back ("its legalisation on Oct. 17") is dated by a year, or follows "since"
            subject: tuple[str, ...] = ()
            if role == "n" and not (named or premodified):
                near = [t for _, _, t in (toks[i + 1:i + 2] if arabic else toks[max(0, i - 1):i])]
                if arabic and derived.suffix:
                    near = []
                subject = tuple(_strip(t) for t in near if _content(t, data, months) and t not in _DETERMINERS)
            if role == "n" and not arabic and not subject and i + 1 < len(toks) and toks[i + 1][2] == "of":
                # "the 2006 acquisition of the dairy": what it is said of, the first word after "of" and a determiner
                after = [t for _, _, t in toks[i + 2:i + 4] if t not in _DETERMINERS]
                subject = tuple(_strip(t) for t in after[:1] if _content(t, data, months))
            if context is None:
                context = frozenset(_strip(t) for _, _, t in toks)
            roots = frozenset(k.split(":")[0] for k in derived.keys)
            if (dated_before or named) and (same := data.same.get(_strip(tok))) not in (None, _strip(tok)):
                roots = frozenset(k.split(":")[0] for k in der.derive(same).keys)   # "the February 2022 blaze": the fire
            if named or dated_before:   # an incident named by its date: told by a verb of happening too
                roots = (frozenset() if named else roots) | {"@" + r for r in roots}
            words = tuple(t for _, _, t in toks[max(0, i - 6):i + 6] if _content(t, data, months))
            out.append(Telling(s, e, doc.text[s:e], roots, role == "v", date, subject, n, context,
                               doc.text[s:e].lower(), words))
    # a noun whose date another verb's telling stands before: that verb's date ("Elna's painting had
    # belonged to the town since 1962" dates the belonging, not the painting)
    verbs: dict[int, list[int]] = {}
    for u in out:
        if u.verb:
            verbs.setdefault(u.sentence, []).append(u.start)
    out = [t for t in out if t.verb or not any(t.end <= v < t.date.start for v in verbs.get(t.sentence, ()))]
    owned = tuple(sorted((x for x, g in der.gender.items() if g != "f" or len(x) > 1), key=len, reverse=True))
    return list(open_conflicts(out, again, owned))


def _one_date(tellings) -> bool:
    """Whether the tellings give one date: one year, and days that all overlap (a fire on Nov. 19
    and one on Nov. 21 are two fires)."""
    if len({t.date.year for t in tellings}) != 1:
        return False
    spans = [t.date.interval() for t in tellings]
    return any(x is None for x in spans) or max(x[0] for x in spans) <= min(x[1] for x in spans)


def _told_in(word: str, context: frozenset[str], owned: tuple[str, ...]) -> bool:
    """Whether a noun's subject word is in a sentence's words, as written or without a possessive
    suffix (`توقيع عقده` … `عقد وُقِّع`)."""
    return word in context or any(word.endswith(x) and len(word) - len(x) >= 3 and word[:-len(x)] in context
                                  for x in owned)


@lru_cache(maxsize=32)
def _instances(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("event_again", {}).get("instances", []))


def open_conflicts(tellings, again=frozenset(), owned: tuple[str, ...] = ()):
    """Pairs (verb telling, noun telling) of one event with dates that do not overlap (none for
    the roots in ``again``: an incident told as recurring); ``owned``: the possessive suffixes a
    subject word may carry."""
    by_root: dict[str, list[Telling]] = {}
    for t in tellings:
        for r in t.roots:
            by_root.setdefault(r, []).append(t)
    seen = set()
    for root, group in by_root.items():
        if root in again:
            continue
        verbs = [t for t in group if t.verb]
        nouns = [t for t in group if not t.verb]
        if not verbs or not nouns or not _one_date(nouns):
            continue
        if nouns[0].subject and len(told := [t for t in verbs if all(_told_in(w, t.context, owned) for w in nouns[0].subject)]) \
                not in (0, len(verbs)):
            verbs = told   # ("delivered in 2028" of other ships, "delivered its last warship in 2009": the noun's own)
        if not _one_date(verbs):
            continue
        a, b = verbs[0], nouns[0]
        if a.sentence == b.sentence or (a.start, b.start) in seen:
            continue
        ia, ib = a.date.interval(), b.date.interval()
        if ia is None or ib is None or not (ia[1] < ib[0] or ib[1] < ia[0]) or same_day(a.date, b.date):
            continue
        if b.subject and not all(_told_in(w, a.context, owned) for w in b.subject):
            continue
        seen.add((a.start, b.start))
        a, b = replace(a, kind=b.kind), b
        yield (a, b) if a.start < b.start else (b, a)
