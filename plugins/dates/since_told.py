"""DATE008 for an event told back after "since": "since the July 17 slide", `منذ وضع عارضة القاع
في مارس 2023`, `منذ العثور على الجرار في 22 أيار`, `منذ حادث التصادم في يناير 2022`. The words
between "since" and its date (or, where a date is written before its noun, the noun after it)
name one past event; the one earlier sentence that holds all those words — the same word, or one
derived like it (`العثور` / `عثروا`) — with a date near each of them, one date, tells the same
event, and its date must meet the later one. A word that only classes the event (`حادث`,
"incident") may be left out of the earlier telling; an event that recurs ("season", "election")
or is told again ("another", `مجدداً`), a negation or a change of date ("postponed") in either
sentence, and an event told with a date in more than one earlier sentence are left alone. A single
word must be definite (the article) or named by its date, and written alike in both tellings; an
ordinal after it is a word of the event (`منذ عرضها الأول` … `عُرضت للمرة الأولى`), and a decade
told earlier ("in the seventies and eighties") sets no earlier telling apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.publication import dateline_at
from checker.language.normalize import normalize_text

from .derivation import deriver
from .event_data import _bare, _data as _event_data
from .open_events import Telling, _dated, _strip, extract_open_events
from .restated import _bare as _restated_bare, _data as _restated_data
from .scan import same_day

_PHRASE = 5     # content words at most between "since" and its date
_NEAR = 10      # tokens at most from a word of the earlier telling to its date
_CLAUSE_MARKS = ",،;؛:\n"


@dataclass(frozen=True)
class _Words:
    since: frozenset[str]
    classes: frozenset[str]
    article: str
    definite: frozenset[str]   # words that make the noun after them definite ("the")
    owned: tuple[str, ...] = ()   # pronoun suffixes that stand for a noun's object (`إحالتها`)
    parts: frozenset[str] = frozenset()   # nouns of a part of a period ("the start of 2022")
    onset: frozenset[str] = frozenset()   # words of beginning, one as good as another ("began", "started", `انطلاق`)


@lru_cache(maxsize=32)
def _words(lex) -> _Words:
    norm = lambda ws: frozenset(normalize_text(w).lower() for w in ws)  # noqa: E731
    subject = lex.section("event_subject", {})
    # the pronoun suffixes of two letters or more (not `ه`, which a folded ta marbuta ends with too)
    owned = tuple(x for x in deriver(lex).gender if len(x) >= 2)
    return _Words(norm(lex.section("chronology", {}).get("since", [])), norm(subject.get("class_words", [])),
                  normalize_text(lex.section("script", {}).get("article", "")), norm(subject.get("definite", [])),
                  owned, norm(subject.get("period_parts", [])), norm(subject.get("onset_words", [])))


def _plain(tok: str, data) -> str:
    """A word without an attached conjunction and the article (`والتصادم` → `تصادم`); an ordinal
    that makes a thing once-only as the first of them ("inaugural" is "first": `الافتتاحية`), or
    as the last (`آخر` is `الأخير`)."""
    word = _strip(_bare(tok, data))
    if tok in data.lasts or _bare(tok, data) in data.lasts or word in data.lasts:
        return _LAST
    return _ORDINAL if tok in data.ordinal_forms or word in data.ordinals else word


_ORDINAL, _LAST = "\0first", "\0last"   # no word of any text


def _roots(der, w: str) -> frozenset[str]:
    """The roots (or stems) of a word's derivations; a root of two weak letters says too little."""
    return frozenset(k.split(":")[0] for k in der.derive(w).keys if k.count("*") < 2)


def _phrase(sc, i: int, view, data, w: _Words):
    """The event words after the "since" at token ``i`` and the date they run to: (words, date,
    whether one is definite or named by its date, the words after a noun owning a pronoun), or None."""
    dates = sorted((view.from_original(d.start), view.from_original(d.end), d) for d in sc.dates if _dated(d))
    words, definite, prev, rest = [], False, sc.toks[i][1], []
    for j in range(i + 1, min(len(sc.toks) + 1, i + 3 + _PHRASE)):
        a = sc.toks[j][0] if j < len(sc.toks) else len(view.text)
        hit = next((x for x in dates if prev <= x[0] <= a), None)
        if hit is not None:
            ds, de, d = hit
            if view.text[prev:ds].strip(" "):
                return None   # punctuation before the date: no phrase of the event
            if not words:   # "since the July 17 slide": the noun right after the date
                k = next((k for k in range(j, len(sc.toks)) if sc.toks[k][0] >= de), None)
                if k is None or sc.kinds[k] is None or view.text[de:sc.toks[k][0]].strip():
                    return None
                return [sc.toks[k][2]], d, sc.toks[j - 1][2] in w.definite, ()
            return words, d, definite or j == i + 1 + len(words), tuple(rest)   # (`منذ انهيار 17 يناير`: named by its date)
        if j == len(sc.toks) or view.text[prev:a].strip(" "):
            return None    # a number or punctuation before the date: no phrase of the event
        tok = sc.toks[j][2]
        prev = sc.toks[j][1]
        if words and _plain(tok, data) in (_ORDINAL, _LAST) and tok not in words:
            words.append(tok)   # `منذ عرضها الأول`: the first of them, a word of the event whatever else it is
            continue
        classed = tok in w.classes or _bare(tok, data) in w.classes   # (`برنامج` as written: no attached `ب`)
        if sc.kinds[j] is None or classed or tok in w.definite:
            definite = definite or classed or tok in w.definite and not words
            continue   # a stop word ("the" before the first word: definite); a word that only classes the event
        definite = definite or bool(w.article) and tok.startswith(w.article)
        if words and _owns(w, words[0]):
            rest.append(tok)
            continue   # `منذ إحالتها إلى القضاء`: the pronoun is what was referred; the rest may be told otherwise
        words.append(tok)
        if len(words) > _PHRASE:
            return None
    return None


def extract_told_events(doc, facts) -> list[tuple[Telling, Telling]]:
    """The ``open_events`` fact: a verb and a noun of one event (:mod:`.open_events`) and an event
    told back after "since", whose dates do not meet."""
    pairs = extract_open_events(doc, facts)
    told = {x.date.start for pair in pairs for x in pair}
    return pairs + [p for p in since_tellings(doc, facts) if not told & {x.date.start for x in p}]


def since_tellings(doc, facts) -> list[tuple[Telling, Telling]]:
    """Pairs (earlier telling, telling after "since") of one event whose dates do not meet."""
    sents = facts["dated_sentences"]
    w = _words(doc.lexicon)
    if len(sents) < 2 or not w.since:
        return []
    data, der, view = _event_data(doc.lexicon), deriver(doc.lexicon), doc.normalized
    rd = _restated_data(doc.lexicon)
    out = []
    for n, sc in enumerate(sents):
        for i, (_, _, tok) in enumerate(sc.toks):
            if tok not in w.since and _bare(tok, data) not in w.since:
                continue
            got = _phrase(sc, i, view, data, w)
            if got is None or len(got[0]) == 1 and not got[2] or _plain(got[0][0], data) in w.parts:
                continue   # (`منذ مطلع 2022`: since a date, no event)
            words, date, _, rest = got
            pair = _earlier(sents[:n], words, date, doc, data, der, _owns(w, words[0]), rest)
            if pair is None:
                continue
            first, d, a, b = pair
            spans = [(sc, sc.toks[i][0], view.from_original(date.end)),
                     (first, min(a, view.from_original(d.start)), max(b, view.from_original(d.end)))]
            if not _guarded(view, rd, spans, data.lasts):
                out.append(_tellings(doc, view, pair, sc, i, words, date))
    return out


def _owns(w: _Words, word: str) -> bool:
    """A noun with a pronoun suffix standing for what the event befell (`إحالتها`)."""
    return len(word) > 4 and word.endswith(w.owned)


def _earlier(sents, words, date, doc, data, der, owned: bool = False, rest=()):
    """The one earlier sentence telling the event's words with one date near them (a dateline's
    dates the report, not the event): (sentence, its date, first and last word of the telling),
    None when none or several. A word told alone
    is matched as written, or, when it owns a pronoun (``owned``: `منذ إحالتها`), by its root and
    derived form (`أحالت`) — or, as a form II masdar, by a verb written like form I whose sentence
    holds a word told after it (`منذ تسجيلها باسم الشركة` … `سُجّلت الأرض باسم الشركة`)."""
    single = len(words) == 1
    wanted = [(data.same.get(p, p), _roots(der, p)) for p in (_plain(x, data) for x in words)]   # ("blaze": "fire")
    forms = _forms(der, _plain(words[0], data)) if single and owned else frozenset()
    told, onset = {_plain(t, data) for t in rest}, _words(doc.lexicon).onset
    wanted = [("\0onset", frozenset()) if x in onset else (x, rs) for x, rs in wanted]   # ("began" for "started")
    person = der.derive(_bare(words[0], data)).gender if owned else None
    found = []
    for sc in sents:
        hits = []
        for x, rs in wanted:
            hit = next((t for t in sc.toks if data.same.get(p := _plain(t[2], data), p) == x
                        or x == "\0onset" and (p in onset or t[2] in onset)
                        or not single and rs and _roots(der, _plain(t[2], data)) & rs
                        or forms and _forms(der, _plain(t[2], data)) & forms), None)
            if hit is None and forms and told & {_plain(t[2], data) for t in sc.toks}:
                hit = next((t for t in sc.toks if _forms(der, _plain(t[2], data), True) & forms), None)
            if hit is None and x == "\0onset" and sum(y != x for y, _ in wanted) >= 2:
                continue   # ("placed in special measures" … "since entering special measures": the state's name told)
            if hit is None or person and not hits and der.derive(_bare(hit[2], data)).gender not in (None, person):
                break   # (`منذ التحاقها به` … `منذ التحاقه به`: her joining, not his)
            hits.append(hit)
        else:
            nearest = {_nearest(sc, doc, h) for h in hits}
            if len(nearest) == 1 and None not in nearest:
                found.append((sc, nearest.pop(), min(h[0] for h in hits), max(h[1] for h in hits)))
    if len(found) != 1:
        return None
    # A date before that meets the later one: the event told there in other words ("It was closed
    # again on Feb. 2"), or two events told in one sentence ("arrested on March 3 …, his partner on
    # March 11").
    ib = date.interval()
    for x in (x for s in sents for x in s.dates if x.precision != "decade"):   # (not "in the seventies and eighties")
        ia = x.interval()
        if ia is None or ib is None or not (ia[1] < ib[0] or ib[1] < ia[0]) or same_day(x, date):
            return None
    return found[0]


def _forms(der, w: str, bare: bool = False) -> frozenset[str]:
    """A word's roots with their derived forms, beyond form I (`ح*ل:4` of `إحالة` and `أحالت`);
    ``bare``: a verb written like form I read as form II without its shadda (`سجلت` of `تسجيلها`)."""
    d = der.derive(w)
    if bare:
        return frozenset(k[:-1] + "2" for k in d.keys if d.pos == "v" and k.count("*") < 2 and k.endswith(":1"))
    return frozenset(k for k in d.keys if k.count("*") < 2 and not k.endswith((":1", ":1n")))


def _nearest(sc, doc, hit):
    """The date of a sentence nearest a word, within ``_NEAR`` tokens and no sentence mark, not
    a dateline's."""
    best, gap, view = None, _NEAR + 1, doc.normalized
    pos = [t[0] for t in sc.toks]
    for d in sc.dates:
        if not _dated(d) or dateline_at(doc.text, d.start, d.end):
            continue
        ds, de = view.from_original(d.start), view.from_original(d.end)
        lo, hi = (hit[1], ds) if hit[1] <= ds else (de, hit[0])
        between = sum(1 for p in pos if lo <= p < hi)
        if between < gap and not any(c in view.text[lo:hi] for c in ".;:؛"):
            best, gap = d, between
    return best


def _negation(w: str, rd) -> bool:
    """A word of negation, alone or after a proclitic however short the word (`ولا`, `ولم`)."""
    return bool(_restated_bare(w, rd.proclitics) & rd.negations) or \
        any(w.startswith(p) and w[len(p):] in rd.negations for p in rd.proclitics)


def _guarded(view, rd, spans, lasts: frozenset[str] = frozenset()) -> bool:
    """A negation, a repetition or a recurring event ("the tenth edition since its launch in
    2013"), or a change of date, in the clause of a telling, from its start to the telling's end
    (normalised ``(sentence, start, end)``, the first the telling after "since"); "the last" told in
    both is one event, not a repetition; a negation before "since" negates the main verb, not the
    event after it (`لم يُنقل من مكانه منذ اكتشافه`)."""
    texts = []
    for k, (sc, a, b) in enumerate(spans):
        lo = sc.toks[0][0]
        marks = [lo + x + 1 for x, c in enumerate(view.text[lo:a]) if c in _CLAUSE_MARKS]
        start = marks[-1] if marks else lo
        lead = view.text[start:a] if k == 0 else ""
        kept = " ".join(w for w in lead.split() if not _negation(w, rd))
        texts.append(kept + " " + view.text[a:b] if k == 0 else view.text[start:b])
    if lasts and all(any(w in lasts for w in t.split()) for t in texts):   # "had its last overhaul in 1998" …
        texts = [" ".join(w for w in t.split() if w not in lasts) for t in texts]   # "since its last overhaul in 2001"
    return any(rd.guards is not None and rd.guards.search(t) or rd.changes is not None and rd.changes.search(t)
               for t in texts)


def _tellings(doc, view, pair, sc, i: int, words, date):
    """The two tellings: the earlier one's words, and the words after the "since" at token ``i``."""
    first, d, a, b = pair
    s, e = view.to_original(a, b)
    ws = [t for t in sc.toks[i + 1:] if t[2] in words][:len(words)]
    s2, e2 = view.to_original(ws[0][0], ws[-1][1]) if ws else (date.start, date.end)
    kind = re.sub(r"['’]s$", "", doc.text[s2:e2])   # "since the track's March 13 closure": the track
    ta = Telling(s, e, doc.text[s:e], frozenset(), True, d, (), first.index, frozenset(), kind, tuple(words))
    tb = Telling(s2, e2, doc.text[s2:e2], frozenset(), False, date, (), sc.index, frozenset(), kind, tuple(words))
    return ta, tb
