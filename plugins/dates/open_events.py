"""DATE008 beyond the once-only classes: any event told once as a dated verb ("acquired the firm
in 2004", `واستحوذت على الشركة عام 2004`) and once as a dated noun derived from it that refers
back to it ("the 2006 acquisition", "the treaty's signing in 2010", `منذ إغلاقه عام 2015`,
`توقيع المعاهدة عام 2010`). The verb and the noun meet by derivation (:mod:`.derivation`: one
stem, or one Arabic root). A noun refers back when it is definite: a possessive or a pronoun
before it, the article or a pronoun suffix, a date written before it, or the word it is said of
after it. Events that recur are left alone: a root told with more than one date as a verb, or
more than one as a noun, is silent, and so is a noun whose subject its verb's sentence does not
name."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from .derivation import deriver
from .event_data import _bare
from .events import _AFTER_GAP, _OBJECT_GAP, _content, _data, _date_of
from .scan import year_bearing

_DETERMINERS = frozenset({"its", "his", "her", "their", "the"})
_POSSESSIVE = frozenset({"its", "his", "her", "their"})   # "the increase" alone may be another one


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


def _role(toks, i: int, tok: str, derived, arabic: bool, conj: tuple[str, ...], dated_before: bool) -> str | None:
    """'v' for a verb telling, 'n' for a noun that refers back, None for neither."""
    if arabic:
        forms = {k.split(":")[1] for k in derived.keys}
        if derived.pos == "v":
            # a bare three-letter verb (`وقع`, `عين`) only when it opens its clause with a conjunction
            return "v" if forms != {"1"} or (tok[0] in conj and len(tok) == 4) else None
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
    return None


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
    out = []
    for sc in facts["dated_sentences"]:
        n, in_sent, toks = sc.index, [d for d in sc.dates if year_bearing(d)], sc.toks
        if not in_sent:
            continue
        context = None
        for i in _near(toks, [(view.from_original(d.start), view.from_original(d.end)) for d in in_sent]):
            a, b, tok = toks[i]
            if sc.kinds[i] is None or len(tok) < 3:
                continue   # a stop word, a short word
            kind, keys = sc.kinds[i]
            if kind is not None or not keys:
                continue
            derived = der.derive(_bare(tok, data))
            dated_before = i > 0 and any(c.isdigit() for c in view.text[toks[i - 1][1]:a])
            role = _role(toks, i, tok, derived, arabic, data.prefixes, dated_before) if derived.keys else None
            if role is None:
                continue
            s, e = view.to_original(a, b)
            date = _date_of(in_sent, s, e, doc.text, role == "n" and not arabic,
                            _OBJECT_GAP if role == "v" else _AFTER_GAP)
            if date is None:
                continue
            subject: tuple[str, ...] = ()
            if role == "n":
                near = [t for _, _, t in (toks[i + 1:i + 2] if arabic else toks[max(0, i - 1):i])]
                if arabic and derived.suffix:
                    near = []
                subject = tuple(_strip(t) for t in near if _content(t, data, months) and t not in _DETERMINERS)
            if context is None:
                context = frozenset(_strip(t) for _, _, t in toks)
            roots = frozenset(k.split(":")[0] for k in derived.keys)
            words = tuple(t for _, _, t in toks[max(0, i - 6):i + 6] if _content(t, data, months))
            out.append(Telling(s, e, doc.text[s:e], roots, role == "v", date, subject, n, context,
                               doc.text[s:e].lower(), words))
    return list(open_conflicts(out))


def open_conflicts(tellings):
    """Pairs (verb telling, noun telling) of one event with dates that do not overlap."""
    by_root: dict[str, list[Telling]] = {}
    for t in tellings:
        for r in t.roots:
            by_root.setdefault(r, []).append(t)
    seen = set()
    for group in by_root.values():
        verbs = [t for t in group if t.verb]
        nouns = [t for t in group if not t.verb]
        if not verbs or not nouns or len({t.date.year for t in verbs}) != 1 or len({t.date.year for t in nouns}) != 1:
            continue
        a, b = verbs[0], nouns[0]
        if a.sentence == b.sentence or (a.start, b.start) in seen:
            continue
        ia, ib = a.date.interval(), b.date.interval()
        if ia is None or ib is None or not (ia[1] < ib[0] or ib[1] < ia[0]):
            continue
        if b.subject and not set(b.subject) <= a.context:
            continue
        seen.add((a.start, b.start))
        a, b = replace(a, kind=b.kind), b
        yield (a, b) if a.start < b.start else (b, a)
