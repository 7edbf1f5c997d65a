"""DATE006's reading of one post told twice: held since a year ("who has led the college since
2017", `الذي يقود الكلية منذ 2017`) and for a number of years ("Masri ran the college for twelve
years", `المصري أدار الكلية طوال اثني عشر عاماً`). Both are told with a word of heading a body
(``[durations] held_posts``) before the same body, and the length after a word of a stretch of time
(``held_for``), of the person the "since" clause tells: a name of theirs right before the word.
The start may also be an event that starts a post (``held_starts``: "took over as manager in 2016"),
and the length someone's years at the body ("In my 17 years on the ward"). The length must be the
years from that year to the publication date, one either way (the month the post began is seldom
told)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import WS, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_CLAUSE = compiled(r"[,،;؛:.«»\"“”()]")
_QUOTE_MARKS = compiled(r"[\"“”«»„‘’]")
_UNIT = compiled(rf"{WS}*([^\W\d_]+)")   # the word after a figure
_WORDS = 6   # words at most between a word of heading and the date or the length after its body
_BEGAN_REACH = 40   # characters from a start at a place to its date


@dataclass(frozen=True)
class _Data:
    posts: frozenset[str]         # words of heading a body, normalised
    longest: int                  # words in the longest of them
    held_for: frozenset[str]
    units: dict[str, float]
    article: str
    held_by: frozenset[str] = frozenset()   # possessives before a length ("my 17 years")
    held_at: frozenset[str] = frozenset()   # … and the words of place after it ("on the ward")
    starts: frozenset[str] = frozenset()    # DATE008 classes of an event that starts a post
    held_as: frozenset[str] = frozenset()   # after such an event, a word before the post it starts ("as")
    service: tuple = ()   # patterns of a length of service ("a 30-year veteran"), group ``n``
    spent: frozenset[str] = frozenset()   # a length spent up to now, before it ("has spent 31 years at")
    began: re.Pattern | None = None       # a start at a place: "started at Copper Notch in 1998", group ``body``
    after: frozenset[str] = frozenset()   # a length a departure ends, before it ("retire after 31 years at")
    clitics: tuple[str, ...] = ()         # one-letter proclitics, dropped with the article after them (`بالمتحف`)
    generic: frozenset[str] = frozenset()  # a post named by no body ("after 16 years in office"): any title's


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    d = lex.section("durations", {})
    posts = frozenset(phrase_key(w) for w in d.get("held_posts", []))
    return _Data(posts, max((len(p.split()) for p in posts), default=0),
                 frozenset(phrase_key(w) for w in d.get("held_for", [])),
                 {phrase_key(k): float(v) for k, v in d.get("units", {}).items()},
                 normalize_text(lex.section("script", {}).get("article", "")),
                 frozenset(phrase_key(w) for w in d.get("held_by", [])), frozenset(phrase_key(w) for w in d.get("held_at", [])),
                 frozenset(d.get("held_starts", [])), frozenset(phrase_key(w) for w in d.get("held_as", [])),
                 tuple(compiled(p, re.I) for p in d.get("service_lengths", [])),
                 frozenset(phrase_key(w) for w in d.get("held_spent", [])), _began_rx(d),
                 frozenset(phrase_key(w) for w in d.get("held_after", [])),
                 tuple(p for p in lex.proclitics if len(p) == 1), frozenset(phrase_key(w) for w in d.get("held_generic", [])))


def _began_rx(d: dict) -> re.Pattern | None:
    """A word of starting at a place, a word of place and the body's first words (``held_began``, ``held_at``)."""
    began, at = d.get("held_began", []), d.get("held_at", [])
    if not began or not at:
        return None
    alt = lambda ws: "|".join(re.escape(normalize_text(w).lower()) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return compiled(rf"(?<![^\W\d_])(?:{alt(began)}){WS}+(?:{alt(at)}){WS}+(?P<body>[^\W\d_]+(?:{WS}+[^\W\d_]+)?)", re.I)


def _content(w: str) -> bool:
    """A word that may name a body: longer than a short function word ("the", "its")."""
    return len(w) > 3 or not w.isascii()


def _clause_words(d: _Data, text: str) -> list[str]:
    """The last words of the last clause of ``text``, as many as a word of heading and its body take."""
    return _CLAUSE.split(text)[-1].split()[-(_WORDS + d.longest):]


def _body(d: _Data, words: list[str]) -> str | None:
    """The body a word of heading takes, from the words of the clause before a date or a length:
    its first content word, without the article (`الكلية` → `كلية`; "the college" → "college")."""
    for k in range(len(words) - 1, -1, -1):   # the word of heading nearest the date or the length
        n = next((n for n in range(d.longest, 0, -1) if phrase_key(" ".join(words[k:k + n])) in d.posts), 0)
        if n and k + n < len(words):
            rest = [w for w in words[k + n:] if _content(w)]
            return _plain(d, rest[0]) if rest else None
    return None


def _starts(doc, d: _Data, date_mentions, events, people, pub):
    """(date mention, body words, person) of each start of a post: a "since" year after a clause
    naming the body ("who has led the college since 2017", "has worked on the hospital's emergency
    ward since 2011"), or an event that starts it (``held_starts`` classes: "launched the marketplace
    in 2022", "took over as manager in 2016"), told of a person."""
    view, out = doc.normalized, []
    for m in date_mentions:
        if m.bound != "since" or m.year is None or m.year > pub.year or m.year_part is None:
            continue
        lead = view.from_original(m.lead if m.lead is not None else m.start)
        clause = _clause_words(d, view.text[max(0, lead - 120):lead].lower())
        body = _body(d, clause)
        words = {_plain(d, w) for w in clause if _content(w)} | ({body} if body else set())
        if (who := people.about(m.start)) is not None and words:
            out.append((m, frozenset(words), who))
    for b in d.began.finditer(view.text) if d.began is not None else ():   # "started at Copper Notch in 1998"
        s, e = view.to_original(b.start(), b.end())
        sent = doc.sentence_at(s)
        m = next((m for m in date_mentions if m.year is not None and m.year_part is not None and m.bound != "since"
                  and e <= m.start <= e + _BEGAN_REACH and (sent is None or m.start < sent.end)), None)
        if m is not None and not _CLAUSE.search(doc.text, e, m.start) and (who := people.about(s)) is not None:
            out.append((m, frozenset(_plain(d, w) for w in b.group("body").split() if _content(w)), who))
    for ev in events:
        if ev.kind in d.starts and ev.date.year and not ev.date.year_inferred and not ev.again \
                and (who := people.about(ev.start)) is not None:
            words = {_plain(d, w) for w in ev.object + ev.subject}
            after = view.text[view.from_original(ev.end):view.from_original(ev.end) + 12].split()[:1]
            if not words or after and phrase_key(after[0]) in d.held_as:
                words.add("*")   # "took over as manager in 2016": the post, whatever body
            out.append((ev.date, frozenset(words), who))
    return out


def _plain(d: _Data, w: str) -> str:
    w = w.lower()
    if d.article and w[:1] in d.clitics and w[1:].startswith(d.article) and len(w) > len(d.article) + 3:
        w = w[1:]   # `بالمتحف`: the museum
    return w[len(d.article):] if d.article and w.startswith(d.article) and len(w) > len(d.article) + 2 else w


def _length_body(d: _Data, before: list[str], after: str) -> str | None:
    """The body a length is told of: after a word of heading before "for" ("ran the college for twelve
    years"), or after a word of place after a possessive's years ("my 17 years on the ward") or after
    years spent up to now ("has spent 31 years at Copper Notch") or that a departure ends ("after 31 years at the museum")."""
    lead = next((k for k in (2, 1) if len(before) >= k and phrase_key(" ".join(before[-k:])) in d.held_for), 0)
    if lead:
        return _body(d, _clause_words(d, " ".join(before[:-lead])))
    following = [w.strip(".,،;؛:!?؟") for w in _CLAUSE.split(after, 1)[0].split()[:4]]   # (to the clause's end)
    spent = next((k for k in (2, 1) if len(before) >= k and phrase_key(" ".join(before[-k:])) in d.spent), 0)
    if before and (spent or phrase_key(before[-1]) in d.held_by | d.after) and following and phrase_key(following[0]) in d.held_at:
        if phrase_key(" ".join(following[1:3])) in d.generic or following[1:2] and phrase_key(following[1]) in d.generic:
            return "*"   # "after 16 years in office": the post the person holds, whatever it is
        words = [w for w in following[1:] if _content(w)]
        return _plain(d, words[0]) if words else None
    return None


def held_post_lengths(doc, date_mentions, quantities, people, events=()):
    """(length start, end, since mention, years) for each length a post is told with that does not
    fit the year it is held since. ``people``: the dates' :class:`.persons.People`."""
    d, pub = _data(doc.lexicon), doc.published
    if not d.posts or pub is None or not d.held_for:
        return []
    view = doc.normalized
    since = _starts(doc, d, date_mentions, events, people, pub)
    if not since:
        return []
    out = []
    for q in quantities:
        qs, qe = view.from_original(q.start), view.from_original(q.end)
        unit = _UNIT.match(view.text[qe:qe + 20])
        if unit is None or phrase_key(unit.group(1)) not in d.units:
            continue
        body = _length_body(d, _QUOTE_MARKS.sub(" ", view.text[max(0, qs - 120):qs].lower()).split(),   # ('"After 16 years')
                            view.text[qe + unit.end():qe + 60].lower())
        if body is None:
            continue   # ("for twelve years", `طوال اثني عشر عاماً`, `على مدى 12 عاماً`; "my 17 years on the ward")
        years = q.value * d.units[phrase_key(unit.group(1))]
        for m, held, who in since:
            if (body not in held and "*" not in held if body != "*" else not _titled(doc, held)) \
                    or doc.sentence_index(m.start) == doc.sentence_index(q.start) or people.about(q.start) != who:
                continue   # (a post named by no body: only since a title's year, "Tabor, sheriff since 2012")
            elapsed = pub.year - m.year
            if abs(years - elapsed) > 1:
                s, e = view.to_original(qs, view.from_original(q.end) + unit.end())
                out.append((s, e, m, elapsed))
            break
    return out + _veterans(doc, d, since, people, pub)


def _veterans(doc, d: _Data, since, people, pub) -> list:
    """(length start, end, start mention, years) for a length of service told in the sentence of its
    start, of one person ("a 30-year veteran of the department who joined the force in 2001";
    ``[durations] service_lengths``, a group ``n``), that the years to publication do not fit."""
    out = []
    for rx in d.service:
        for v in rx.finditer(doc.normalized.text):
            s, e = doc.normalized.to_original(v.start(), v.end())
            k, who = doc.sentence_index(s), people.about(s)
            for m, _, whom in since:
                if doc.sentence_index(m.start) == k and whom == who is not None and m.start > e \
                        and abs(int(v.group("n")) - (pub.year - m.year)) > 1:
                    out.append((s, e, m, pub.year - m.year))
                    break
    return out


def _titled(doc, words) -> bool:
    """One of ``words`` is a title of the name facts ("sheriff", `رئيس`): the start of a post."""
    forms = names_lexicon(doc.lexicon).title_forms
    return any(w in forms for w in words)
