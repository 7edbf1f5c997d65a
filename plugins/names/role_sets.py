"""Roles of one scope that one person does not hold together (a trial's judge and prosecutor, a
match's referee and a team's coach), and the ``role_claims`` fact: every such role the article
gives a named person, found from the structure around the name, not from a list of people.

A role is tied to a name when it stands before it as a title ("Referee Dean Whitcombe", "الحكم كريم الصاوي"), across
honorifics, a complement and one comma ("المدير الفني لشباب الفيوم، كريم الصاوي", "the manager of Rovers, Dean Whitcombe"),
or after the name in an apposition ("Dean Whitcombe, the Rovers manager", "كريم الصاوي، مدرب الفريق"). The name is the
shared name mention found there; without capitals, where no mention was found, the words after the role up to a stop
word or a mark. Words: ``[role_sets]`` data (``data/<lang>/roles.toml``)."""

from __future__ import annotations

import bisect
import collections
import functools
import re
from dataclasses import dataclass

from checker.extractors.keywords import finditer_at, register, starts as keyword_starts
from checker.language.matching import matched_key, phrase_key
from checker.language.regexes import compiled

from .clients import SPACES, and_mention, client_before as _client_before, client_named as _client_named, described, owned_after as _owned_after
from .deputies import deputy_claims
from .lexicon import WORD
from .role_data import RoleSetsData, post_nominal_ends, role_sets_data
from .role_forms import UNKNOWN, past_stops, person_after_comma, unknown_name as _unknown_name
from .sides import claim_of, side_claims

MARK = compiled(r"[^\S\r\n]*[,،][^\S\r\n]*")
STOP_MARKS = ".!?؟؛:;\"“”«»()[]\n\r"
_POSSESSIVE = ("'s", "’s")   # "Georgia's Giorgi Abashidze": whose the holder is, then the holder
FORMS = register("names.role_forms", lambda lex: list(role_sets_data(lex).roles_of), own_starts=True, whole_words=True)


@dataclass(frozen=True)
class RoleClaim:
    """A role of a set the article gives a named person. ``start``/``end`` is the role as
    written, ``name_start``/``name_end`` the name it is given to; ``tokens`` the name's words
    (normalised); ``cluster`` the name mention's entity, None for a name read here."""

    set: str
    role: str
    start: int
    end: int
    name_start: int
    name_end: int
    tokens: tuple[str, ...]
    cluster: int | None
    full: bool
    unknown: bool = False   # a name of no known given name, read next to two roles


class _Reader:
    """The words of one document around its role forms."""

    def __init__(self, doc, mentions, data: RoleSetsData):
        self.doc, self.data = doc, data
        self.view = doc.normalized
        self.vt = self.view.text
        people = {m.cluster for m in mentions if m.person}   # … and a family name alone told of one of them
        self.mentions = sorted((m for m in mentions if m.person or m.cluster in people), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.by_end = {m.end: m for m in self.mentions}
        self.by_end |= post_nominal_ends(doc.text, self.mentions, data)   # "Simon Achterberg KC, prosecuting"
        self.titled = {m.title_start: m for m in self.mentions if m.title_start is not None}

    def orig(self, ns: int, ne: int) -> tuple[int, int]:
        return self.view.to_original(ns, ne)

    def mention_over(self, s: int, e: int):
        """The mention that overlaps original ``[s, e)``, the one reaching furthest."""
        i = bisect.bisect_right(self.starts, s) - 1
        best = None
        for j in range(max(i, 0), len(self.mentions)):
            m = self.mentions[j]
            if m.start >= e:
                break
            if m.end > s and (best is None or m.end > best.end):
                best = m
        return best

    def word(self, pos: int):
        pos = SPACES.match(self.vt, pos).end()
        return WORD.match(self.vt, pos)

    def bare(self, w: str) -> str:
        """``w`` less one attached proclitic when that leaves a stop word ("وقال")."""
        return w[1:] if w not in self.data.stop and w[:1] in self.data.proclitics and w[1:] in self.data.stop else w

    def is_stop(self, w: str) -> bool:
        return self.bare(w) in self.data.stop

    def in_complement(self, w: str) -> bool:
        """A word a complement may hold (no capitals): not a stop word, or a noun with the
        article that the name facts stop at ("نادي الاتحاد"), not a verb or a listed break."""
        d = self.data
        if not self.is_stop(w):
            return True
        return (not d.capitals and bool(d.article) and w.startswith(d.article) and len(w) > len(d.article) + 2
                and w not in d.breaks and w not in d.verbs)

    def is_upper(self, ns: int) -> bool:
        s, _ = self.orig(ns, ns + 1)
        return self.doc.text[s:s + 1].isupper()


def _tail(m, after: int, data: RoleSetsData) -> tuple[tuple[str, ...], int]:
    """The words of mention ``m`` from original offset ``after`` on, less honorifics; and the original start of the first."""
    pairs = [(t, s) for t, (s, _) in zip(m.tokens, m.spans) if s >= after]
    while pairs and pairs[0][0] in data.between:
        pairs.pop(0)
    return tuple(t for t, _ in pairs), (pairs[0][1] if pairs else m.end)


def _run(r: _Reader, pos: int, n: int = 4, complement: bool = False) -> list[re.Match]:
    """Up to ``n`` words from normalised ``pos`` on, past honorifics, separated by spaces only, to a mark or a stop
    word (with ``complement``, one a complement may not hold)."""
    words: list[re.Match] = []
    p = pos
    while len(words) < n:
        gap = SPACES.match(r.vt, p).end()
        w = WORD.match(r.vt, gap)
        if w is None or (words and gap == p) or \
                (not r.in_complement(w.group()) if complement else r.is_stop(w.group())):
            break
        if not words and w.group() in r.data.between:
            p = w.end()
            continue
        words.append(w)
        p = w.end()
    return words


def _as_name(r: _Reader, words: list[re.Match]):
    """Words read as a name (language without capitals): from the first known given name on (what comes before it
    ends a complement: "بلدية الكويت عبدالله الرشيدي"); two words at least, one of them a given name."""
    given = r.data.given
    if (first := next((i for i, w in enumerate(words) if w.group() in given), None)) is None:
        return None
    words = words[first:]
    conj, art = r.data.conjunctions, r.data.article
    cut = next((i for i, w in enumerate(words) if i and w.group()[:1] in conj and
                (w.group()[1:] in given or (art and w.group()[1:].startswith(art)))), len(words))
    words = words[:cut]  # "طارق وكريم حافظ": a list goes on, the name ends
    keep = 2  # past two words, a name goes on only after a given name or a particle ("وليد عبد الرحيم")
    while keep < len(words) and (words[keep - 1].group() in given or words[keep - 1].group() in r.data.joins):
        keep += 1
    words = words[:keep]
    if len(words) < 2 or any(w.group() in r.data.between for w in words):
        return None
    s, _ = r.orig(words[0].start(), words[0].end())
    _, e = r.orig(words[-1].start(), words[-1].end())
    return tuple(w.group() for w in words), s, e, None


def _mention_after(r: _Reader, ns: int, ne: int):
    """The name mention a role at ``[ns, ne)`` titles, past honorifics, a complement and a comma (a 4-tuple)."""
    data = r.data
    s, e = r.orig(ns, ne)
    m = r.mention_over(s, e)
    if m is not None and m.start < s and (m := None if data.capitals and m.end < e else m) is not None:
        return None  # the role word is inside a name ("يوسف الشاهد"; not a form running past one: "… Panel, chaired by")
    if m is not None and m.end > e:  # the mention took the title in ("Referee Dean Whitcombe")
        if data.capitals and any(w in data.openers for w in r.vt[ns:ne].split()) and (p := person_after_comma(r, m)):
            return p   # "The governor of HMP Fenwick Moor, Denise Aldridge": the body's name, then its holder's
        tokens, start = _tail(m, e, data)
        return tokens, start, m.end, m
    m = r.titled.get(s)
    if m is not None:  # the name facts read the role as the start of the name's title
        return m.tokens, m.start, m.end, m
    pos, comma, comp, last, told = ne, False, 0, None, False
    while True:
        g = MARK.match(r.vt, pos)
        if g is not None:
            if comma:
                return None
            comma, pos = True, g.end()
            continue
        w = r.word(pos)
        if w is None:
            return None
        if not told and (told := described(r, ns, ne, w) or False):
            pos = told   # "chaired by Swiss lawyer Anton Seiler": the holder told by a role of his own first
            continue
        ws, we = r.orig(w.start(), w.end())
        m = r.mention_over(ws, we)
        if m is not None and m.start >= e and data.capitals and comp == 0 and \
                r.vt.startswith(_POSSESSIVE, (me := r.view.from_original(m.end))) and r.word(me + 2) is not None:
            comp, pos, last = comp + 1, me + 2, None
            continue
        if m is not None and (m.start >= e or m.end > we):
            tokens, start = _tail(m, ws, data)
            if comp and not data.capitals:
                # a given name the mention left out ("سامي خالد العمري"), or a complement
                if last is not None and last.group() in data.given:
                    return (last.group(),) + tokens, r.orig(last.start(), last.end())[0], m.end, m
                if not m.full:
                    return None
            return tokens, start, m.end, m
        word = w.group()
        if word in data.between:
            pos = w.end()
            continue
        if word in data.links and not comma and comp < data.complement and r.word(w.end()) is not None:
            comp, pos, last = comp + 1, w.end(), None   # `في القضية`: a complement joined by a word
            continue
        if comma or not r.in_complement(word) or data.forms.match(r.vt, w.start()) or comp >= max(data.complement, 5):
            return None
        if data.capitals and not ((comp == 0 and word in data.openers) or
                                  (comp and (r.is_upper(w.start()) or word in data.skip))):
            return None
        if not data.capitals and comp >= data.complement:
            return None
        comp, pos, last = comp + 1, w.end(), w


def _name_after(r: _Reader, ns: int, ne: int):
    """The name a role at normalised ``[ns, ne)`` is the title of: a name mention, or in a language without capitals
    the words after the role (or after a complement and a comma, or a quoted one: `المرشح عن قائمة "التجار" فادي`)."""
    ne = q.end() if not r.data.capitals and (q := _QUOTED.match(r.vt, ne)) is not None else ne
    got = _mention_after(r, ns, ne)
    if r.data.capitals:
        return got
    if got is not None:
        # a "name" whose first word has a proclitic may be a complement ("لبني سويف" is "of Beni
        # Suef"): a name after the comma that follows it is the one the role is given to
        if got[0] and got[0][0][:1] in r.data.proclitics:
            g = MARK.match(r.vt, r.view.from_original(got[2]))
            second = _as_name(r, _run(r, g.end())) if g is not None else None
            if second is not None or len(got[0]) < 2:
                return second   # (or none: `مدرب النادي الرياضي بقرمبالية`, a place the role is of)
        return got
    s, e = r.orig(ns, ne)
    m = r.mention_over(s, e)
    if m is not None and m.start < s:
        return None
    first = _run(r, ne)
    end = first[-1].end() if first else past_stops(r, ne)   # (past an ordinal: `دفاع المتهم الأول، المحامي …`)
    g = MARK.match(r.vt, end)
    if g is not None and len(first) <= r.data.complement:
        second = _as_name(r, _run(r, g.end()))
        if second is not None:
            return second
    # a complement without a comma before the name: "مدرب نادي الاتحاد الأهلي عمر الزوي"
    return _as_name(r, first) or _as_name(r, _run(r, ne, r.data.complement + 4, True)) or _unknown_name(r, first[:2])


_QUOTED = compiled(r"[^\S\n]{0,2}[\"«“][^\"»”\n]{1,60}[\"»”]")
_CLIENT_THEN = re.compile(r"(?:[^\W\d_]+[^\S\n]+){0,3}[^\W\d_]+[^\S\n]*[,،][^\S\n]*")


def _after_client(r: _Reader, ne: int):
    """The holder of a role told with its client, set off after it by a comma (`محامي الدفاع عن الفاخوري، مروان الشريف`)."""
    g = _CLIENT_THEN.match(r.vt, ne + len(r.vt[ne:ne + 3]) - len(r.vt[ne:ne + 3].lstrip()))
    w = r.word(g.end()) if g is not None else None
    if w is None:
        return None
    f = r.data.forms.match(r.vt, w.start())
    if f is not None and f.start("w") == w.start():
        return _mention_after(r, f.start("w"), f.end("w"))
    m = r.mention_over(*r.orig(w.start(), w.end()))
    return (m.tokens, m.start, m.end, m) if m is not None and m.start == r.orig(w.start(), w.end())[0] \
        else _as_name(r, _run(r, g.end()))


_JOINED_WORDS = 6   # words of the role before a role joined to it by "and", at most
_APPOSED_WORDS = 5   # words passed over back to the comma of an apposition ("Rell, who as the yard's director")
_MODIFIERS = 2      # words before the role an apposition's article makes its modifiers, at most


def _name_before(r: _Reader, ns: int):
    """The name a role at normalised ``ns`` is an apposition of ("NAME, the ROLE", "NAME، ROLE"):
    the name mention that ends at the comma, or in a language without capitals the words before
    it."""
    data = r.data
    pos = ns
    # a role joined by an attached "and" to the role of the apposition before it: `فرج العبيدي،
    # المدير الفني للشركة والمتهم الثاني` (its words are passed over, up to the comma)
    joined = ns >= 2 and r.vt[ns - 1] in data.conjunctions and r.vt[ns - 2].isspace() and bool(data.conjunctions)
    modifiers = 0   # words passed over that only an article after the comma makes modifiers
    for _ in range(_JOINED_WORDS if joined else _APPOSED_WORDS):
        seg = r.vt[max(0, pos - 40):pos]
        g = re.search(r"[,،][^\S\r\n]*$", seg)
        if g is not None:
            comma = pos - len(seg) + g.start()
            break
        w = re.search(r"((?:(?<!\d)\d+[\-‑])?[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?)[^\S\r\n]*$", seg)
        if w is None:
            return None
        word, ws = w.group(1), pos - len(seg) + w.start(1)
        # (a figure joined to its words is a modifier: "a 38-year-old farmer")
        if word in data.skip or word[0].isdigit() or word.endswith(("'s", "’s", "'", "’")) or (data.capitals and r.is_upper(ws)) or joined:
            pos = ws
            continue
        if not data.articles or modifiers == _MODIFIERS or data.roles_of.get(phrase_key(word)):
            return None   # (a role itself is no modifier: "the barrister representing …")
        modifiers, pos = modifiers + 1, ws   # "a second-year engineering student", if an article opens it
    else:
        return None
    if modifiers and ((m := WORD.search(r.vt, comma + 1, ns)) is None or m.group() not in data.articles):
        return None
    if (name_end := len(r.vt[:comma].rstrip())) == 0:
        return None
    _, oe = r.orig(name_end - 1, name_end)
    m = r.by_end.get(oe)
    if m is not None:
        return m.tokens, m.start, m.end, m
    if data.capitals:
        return None
    seg = r.vt[max(0, name_end - 80):name_end]
    cut = max(seg.rfind(c) for c in STOP_MARKS + ",،") + 1
    words = list(WORD.finditer(r.vt, name_end - len(seg) + cut, name_end))
    stops = [i for i, w in enumerate(words) if r.is_stop(w.group())]
    words = words[(stops[-1] + 1 if stops else 0):][-4:]
    return _as_name(r, words) or _unknown_name(r, words[-2:])


def _holder_right_before(r: _Reader, ns: int):
    """The name mention right before a role told as its predicate (`انتخب وائل الدهيبي رئيساً
    للبلدية`)."""
    end = len(r.vt[:ns].rstrip())
    if end in (0, ns):
        return None
    m = r.by_end.get(r.orig(end - 1, end)[1])
    return (m.tokens, m.start, m.end, m) if m is not None else None


def _after_given_name(r: _Reader, ns: int) -> bool:
    """The role word follows a given name: it is a family name ("ياسر القاضي", "يوسف الشاهد")."""
    if r.data.capitals:
        return False
    w = re.search(r"([^\W\d_]+)[^\S\r\n]+$", r.vt[max(0, ns - 30):ns])
    return w is not None and (w.group(1) in r.data.given or
                              (w.group(1)[:1] in r.data.proclitics and w.group(1)[1:] in r.data.given))


def _inside_name(r: _Reader, ns: int, ne: int, key: str) -> tuple[int, str]:
    """A form whose first word ends a capitalised name ("Millbrook City manager"): the form of
    its other words when they are one ("manager"), else the form as matched."""
    w = WORD.match(r.vt, ns)
    if not r.data.capitals or w is None or w.end() >= ne or not r.is_upper(ns):
        return ns, key
    prev = re.search(r"([^\W\d_]+)[^\S\r\n]$", r.vt[max(0, ns - 30):ns])
    rest = r.data.forms.match(r.vt, SPACES.match(r.vt, w.end()).end())
    if prev is None or not r.is_upper(ns - 1 - len(prev.group(1))) or rest is None or rest.end("w") != ne:
        return ns, key
    return rest.start("w"), matched_key(rest.group("w"))


def extract_role_claims(doc, facts) -> list[RoleClaim]:
    """The roles of ``[role_sets]`` the article gives the people it names (a shared fact,
    ``role_claims``)."""
    data = role_sets_data(doc.lexicon)
    if data.forms is None:
        return []
    r = _Reader(doc, facts["name_mentions"], data)
    out: list[RoleClaim] = []
    taken = -1
    for hit in finditer_at(data.forms, r.vt, keyword_starts(doc, FORMS), 2):   # a form's first word, after two proclitics at most
        ns, ne = hit.start("w"), hit.end("w")
        ns, key = _inside_name(r, ns, ne, matched_key(hit.group("w")))
        roles = data.roles_of.get(key, ())
        if not roles or ns < taken or _after_given_name(r, ns) or r.vt.startswith(("'s", "’s"), ne):
            continue   # (… "the judge's cousin": another's role, not the name's)
        client = key.rsplit(" ", 1)[-1] in data.object_after or \
            key in data.clients and r.vt[max(0, ns - 2):ns].rstrip().endswith(("،", ","))   # `محامي بوزيان`: not him
        lead = r.vt[max(0, ns - 12):ns].split()
        after_relative = bool(lead) and lead[-1] in data.relatives and not (data.title is not None and data.title.fullmatch(
            key.rsplit(" ", 1)[-1]))   # "…, who leads the X group" (not a form ending in a title: `التي ترأّسها المستشار أ`)
        if key in data.predicates:   # `انتخب وائل الدهيبي رئيساً للبلدية ورامي عدرة نائباً`: its holder is before it
            got = _name_before(r, ns) or _holder_right_before(r, ns)
        else:
            got = None if client or after_relative else _name_after(r, ns, ne)   # (an apposition to a name before it, not
            if (got is None or got[3] is UNKNOWN) and (b := _name_before(r, ns)) is not None and (got is None or b[3] is not UNKNOWN):
                got = b   # words after it read as one: `ياسر عبد المنعم، المدير الفني لاتحاد الساحل، لاعبيه`)
            got = got or (_after_client(r, ne) if client else None)   # (a client named or not: `محامي الدفاع عن الفاخوري، مروان الشريف`)
        if got is None or client and _owned_after(r, ne):
            continue   # (… "defending Hale's right to a fair hearing": something of the name's, no client)
        if data.client_roles and (client and _client_named(r, ne) or _client_before(r, ns)):   # "Brandt, who
            #                                                       represents Hale", "Ferrant's barrister, Daniel Oyelaran"
            roles = tuple((st, data.client_roles.get(role, role)) for st, role in roles)
        tokens, n_s, n_e, m = got
        tokens = tuple(t for t in tokens if t not in data.between)
        if not tokens:
            continue
        s, e = r.orig(ns, ne)
        if n_s >= e:
            taken = r.view.from_original(n_e)
        cluster = None if m is None or m is UNKNOWN else m.cluster
        out += [RoleClaim(st, role, s, e, n_s, n_e, tokens, cluster, len(tokens) >= 2, m is UNKNOWN) for st, role in roles]
        if m is UNKNOWN:
            continue
        if m is not None and n_s >= e and key.rsplit(" ", 1)[-1] in data.agents and (o := and_mention(r, n_e)) is not None:
            out += [RoleClaim(st, role, s, e, o.start, o.end, o.tokens, o.cluster, len(o.tokens) >= 2)
                    for st, role in roles]   # "refereed by Ivo Brandt and Karel Sommer": both referees
    seen = collections.Counter(t for t, _ in {(c.tokens, c.start) for c in out})
    out = [c for c in out if not c.unknown or seen[c.tokens] >= 2]
    claim = functools.partial(claim_of, RoleClaim)   # a claim of a title told right before a name or after it
    return out + deputy_claims(doc, facts["name_mentions"], data, claim) + side_claims(doc, r.mentions, r.is_stop, data.between, claim)
