"""NAME002's reading of the sides of a story: one person named with an office in a body of one kind
and with an office in a body of a kind that faces it — a union's officer and an executive of the
employer ("Unite's regional organiser Gary Holmes" … "Pennine Metro's operations director, Gary
Holmes"), a regulator's or an auditor's head and an executive of what it oversees ("director-general
of the civil aviation regulator" … "Sahra's chief commercial officer"), a union's leader and an
official of the ministry it negotiates with (`رئيسة النقابة` … `المديرة العامة لوزارة التربية`).

No list of people or bodies: an office is any title holding an office word (``[role_sides] offices``:
"director", "chief executive", `مدير`), read before a name back to a mark or a verb, or in an
apposition after it ("Name, the consortium's project director", "Name, who chairs the national water
regulator"); the body it is held in is the rest of the title — a possessive ("Voltera's"), the words
before the office or a complement after it ("of the union", `للنقابة`) — and its kind is told by a
noun of its kind in it (``kinds``: "union", "company", "ministry", "regulator"), or, for a body named
only by its name, by such a noun the article writes right next to that name elsewhere ("bus operator
Pennine Metro", "the Unite union"). Some offices tell their side themselves (``office_kinds``: an
auditor oversees). The claims are of the sets ``side <kind>|<kind>`` of :mod:`.role_sets`, one role
per kind, so that the conflicts, and the words of a change that silence them ("former", "before
joining"), are read as for every role set."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.extractors.keywords import register, starts as keyword_starts
from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import phrase_key
from checker.language.regexes import compiled

from .lexicon import WORD
from .schema import RoleSides

SIDE_SET = "side "        # the claims' set: this and the two kinds that face each other
_REACH = 120              # characters before a name read for its title
_TITLE_WORDS = 10         # words of a title, at most
_NAME_REACH = 400         # occurrences of a body's name read for its kind, at most
_BREAK = compiled(r"[.!?؟؛:;\"“”«»()\[\]\n\r,،—–]")
_COMMA = compiled(r"[^\S\r\n]*[,،][^\S\r\n]*")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_MEMO = 50_000            # words whose keys are remembered per language, before the memory is reset
_AROUND = 200             # characters either side of a name where an office word must stand for its titles to be read


@dataclass(frozen=True)
class SidesData:
    offices: dict            # an office's words (a tuple of keys) -> "" or the kind it tells itself
    longest: int             # words of the longest office
    holding: frozenset[str]  # verbs after a relative that hold an office in the body after them
    kinds: dict              # a word naming a body -> its kind
    facing: dict             # kind -> the kinds that face it
    links: frozenset[str]    # words a title holds between its office and its body ("of", "the")
    own: frozenset[str]      # the words of the offices and the kinds: never a stop in a title
    owners: dict             # a word that makes a body of an owned kind another kind ("state-owned") -> that kind
    owned: frozenset[str]    # the kinds such a word changes ("company")
    not_kinds: frozenset[tuple[str, str]]   # a word and the kind noun after it that name no body of the kind ("rugby union")
    relatives: frozenset[str]
    articles: frozenset[str]
    prefixes: dict           # a letter or two written against a body's noun and what they stand for (`لل`)
    office_first: bool
    scope: str
    team_offices: frozenset[str] = frozenset()   # a team's offices ("coach", `مدرب`), words joined by a space
    facing_words: frozenset[str] = frozenset()   # words of a match between two teams ("beat", `أمام`)
    team_scope: str = ""
    keys: dict = field(default_factory=dict, compare=False, repr=False)   # word -> key, remembered


@lru_cache(maxsize=32)
def sides_data(lex) -> SidesData | None:
    d = lex.get(RoleSides)
    if not d.offices or not d.facing:
        return None
    offices = {tuple(phrase_key(w).split()): "" for w in d.offices}
    offices |= {tuple(phrase_key(w).split()): kind for kind, ws in d.office_kinds.items() for w in ws}
    facing: dict[str, set[str]] = {}
    for a, b in d.facing:
        facing.setdefault(a, set()).add(b)
        facing.setdefault(b, set()).add(a)
    return SidesData(
        offices=offices, longest=max(len(k) for k in offices),
        holding=frozenset(phrase_key(w) for w in d.holding),
        kinds={phrase_key(w): kind for kind, ws in d.kinds.items() for w in ws},
        facing={k: frozenset(v) for k, v in facing.items()},
        links=frozenset(phrase_key(w) for w in d.links),
        own=frozenset(w for k in list(offices) + [tuple(phrase_key(w).split()) for ws in d.kinds.values() for w in ws] for w in k),
        relatives=frozenset(phrase_key(w) for w in d.relatives),
        articles=frozenset(phrase_key(w) for w in d.articles),
        prefixes={phrase_key(k): phrase_key(v) for k, v in d.prefixes.items()},
        office_first=d.office_head == "first", scope=d.scope,
        team_offices=frozenset(" ".join(phrase_key(w).split()) for w in d.team_offices),
        facing_words=frozenset(phrase_key(w) for w in d.facing_words), team_scope=d.team_scope,
        owners={phrase_key(w): kind for kind, ws in d.owners.items() for w in ws}, owned=frozenset(d.owned),
        not_kinds=frozenset(tuple(phrase_key(w).split()[-2:]) for w in d.not_kinds if len(w.split()) >= 2),
    )


def _side_words(lex) -> list[str]:
    """The words a title of an office may hold (an office, a team's office, a verb holding one)."""
    d = lex.get(RoleSides)
    return [*d.offices, *(w for ws in d.office_kinds.values() for w in ws), *d.team_offices, *d.holding]


SIDE_WORDS = register("names.side_words", _side_words)


@dataclass(frozen=True)
class Office:
    """An office told of a name: the title as written (original ``start``/``end``) and the kind of
    body it is held in."""

    start: int
    end: int
    kind: str


def _key(word: str, data: SidesData) -> str:
    """A word as the tables key it: normalised, without a possessive ending; a prefix written
    against a noun read as what it stands for (`للنقابة` = `النقابة`)."""
    got = data.keys.get(word)
    if got is None:
        if len(data.keys) >= _MEMO:
            data.keys.clear()
        got = data.keys[word] = _keyed(word, data)
    return got


def _keyed(word: str, data: SidesData) -> str:
    k = phrase_key(word)
    for end in _POSSESSIVE:
        if k.endswith(end):
            k = k[:-len(end)] + ("s" if end.startswith("s") else "")
            break
    for p, v in data.prefixes.items():
        if k.startswith(p) and len(k) > len(p) + 2 and k not in data.kinds:
            return v + k[len(p):]
    return k


def _office_at(keys: list[str], data: SidesData) -> tuple[int, int, str] | None:
    """The office among the words of a title: its first and last word index and the kind it tells
    itself; the last one (the head) where the office ends the title, the first where it opens it."""
    spots = range(len(keys)) if data.office_first else range(len(keys) - 1, -1, -1)
    for i in spots:
        for n in range(min(data.longest, len(keys) - i), 0, -1):
            kind = data.offices.get(tuple(keys[i:i + n]))
            if kind is not None:
                return i, i + n - 1, kind
    return None


def _kind_in(keys: list[str], data: SidesData) -> str | None:
    """The kind of body a run of words names by a noun of its kind: the head noun (the last one where
    the office ends titles, the first where it opens them)."""
    found = [data.kinds[k] for i, k in enumerate(keys) if k in data.kinds and not (i and (keys[i - 1], k) in data.not_kinds)]
    if not found:
        return None
    return found[0] if data.office_first else found[-1]


def _named_kind(doc, name: str, data: SidesData, cache: dict) -> str | None:
    """The kind of a body named only by its name, from a noun of a kind the article writes right
    next to that name elsewhere ("bus operator Pennine Metro", "the Unite union", "Voltera Inc"), or
    among the words its short form in brackets follows ("the Rail Operatives' Union (ROU)"): one
    kind, or None."""
    if name in cache:
        return cache[name]
    kinds: set[str] = set()
    rx = re.compile(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])")
    for n, m in enumerate(rx.finditer(doc.text)):
        if n == _NAME_REACH:
            break
        lead = _BREAK.split(doc.text[max(0, m.start() - 40):m.start()])[-1]
        kinds |= {data.kinds[k] for w in WORD.findall(lead)[-2:] if (k := _key(w, data)) in data.kinds}
        after = WORD.match(doc.text, m.end() + 1) if doc.text[m.end():m.end() + 1] == " " else None
        if after is not None and _key(after.group(), data) in data.kinds:
            kinds.add(data.kinds[_key(after.group(), data)])
    for m in re.finditer(r"\(" + re.escape(name) + r"\)", doc.text):   # "the Rail Operatives' Union (ROU)"
        lead = WORD.findall(doc.text[max(0, m.start() - 80):m.start()])[-6:]
        if (kind := _kind_in([_key(w, data) for w in lead], data)) is not None:
            kinds.add(kind)
    cache[name] = kinds.pop() if len(kinds) == 1 else None
    return cache[name]


def _kind_of(doc, words: list, first: int, last: int, office_kind: str, data: SidesData, cache: dict) -> str | None:
    """The kind of body of a title's words (matches of :data:`WORD`) whose office is words
    ``first``..``last``: the office's own kind, a noun of a kind among the other words, or the kind
    of the name they give."""
    if office_kind:
        return office_kind
    rest = [w for i, w in enumerate(words) if not first <= i <= last]
    keys = [_key(w.group(), data) for w in rest]
    if (kind := _kind_in(keys, data)) is not None:
        if kind in data.owned:   # "the state-owned oil company"
            return next((data.owners[k] for k in keys if k in data.owners), kind)
        return kind
    if data.office_first or (body := _body_name(words, first, last, data)) is None:
        return None
    name = doc.text[body[0].start():body[-1].end()]
    for end in _POSSESSIVE:
        if name.endswith(end) and not end.startswith("s"):
            name = name[:-len(end)]
    return _named_kind(doc, name, data, cache)


def _body_name(words: list, first: int, last: int, data: SidesData) -> list | None:
    """The words of the name a title gives its body, where capitals mark names: the capitalised
    words ending in a possessive before the office ("Pennine Metro's operations director"), else
    all the words before it when each is capitalised ("ROU general secretary"), else those of a
    complement after it ("chief executive of St. Brendan's Health")."""
    before, after = words[:first], words[last + 1:]
    owner = [i for i, w in enumerate(before) if w.group().endswith(_POSSESSIVE[:2])]
    if owner:
        run = before[:owner[-1] + 1]
    elif before:
        run = before
    elif after and _key(after[0].group(), data) in data.links:
        run = [w for w in after[1:] if _key(w.group(), data) not in data.links or w.group()[:1].isupper()]
    else:
        return None
    k = len(run)
    while k and run[k - 1].group()[:1].isupper():
        k -= 1
    run = run[k:]
    return run if run and (owner or len(run) == len(before) or not before) else None


class _Names:
    """Where the names of the article are: a title read for one name stops at another name that an
    office titles ("the union's organiser Jane Doe and Pennine Metro's director Gary Holmes")."""

    def __init__(self, doc, mentions, data: SidesData):
        self.doc, self.data = doc, data
        spans = sorted((x.start, x.end) for x in mentions)
        self.starts, self.ends = [a for a, _ in spans], [b for _, b in spans]

    def titled(self, pos: int, m) -> bool:
        """``pos`` is in a name other than mention ``m`` with an office right before it."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0 or pos >= self.ends[i] or m.start <= pos < m.end:
            return False
        before = WORD.findall(self.doc.text[max(0, self.starts[i] - 40):self.starts[i]])
        return bool(before) and _office_at([_key(before[-1], self.data)], self.data) is not None


def _nisba(word: str, nm) -> bool:
    """An adjective of origin with the article (`التونسي`), where the language has them."""
    return bool(nm.nisba) and word.startswith(nm.article) and len(word) >= len(nm.article) + 3 and word.endswith(nm.nisba)


def _title_before(doc, m, data: SidesData, honorifics: frozenset[str], stop, names: _Names) -> tuple[list, int]:
    """The words written right before a name as its title — back to a mark (a comma right before
    the name excepted), a stop word that links no title, or :data:`_TITLE_WORDS` words — and those of
    the mention's own first words that end in an office ("State Auditor Miriam Castellanos", a
    title the name facts took in): the words, and how many of the mention's words they took."""
    own = [WORD.match(doc.text, s) for s, _ in m.spans]
    own = own if all(own) else []
    keys = [_key(w.group(), data) for w in own]
    took = next((k for k in range(len(own) - 2, 0, -1) if (at := _office_at(keys[:k], data)) is not None and at[1] == k - 1), 0)
    lo = max(0, m.start - _REACH)
    window = doc.text[lo:m.start]
    words = list(WORD.finditer(window))
    nisba = names_lexicon(doc.lexicon)
    while not took and words and (phrase_key(words[-1].group()) in honorifics or _nisba(phrase_key(words[-1].group()), nisba)
                                  and not window[words[-1].end():].strip() and window[:words[-1].start()].rstrip().endswith((",", "،"))) \
            and not window[words[-1].end():].strip(" ,،"):
        window = window[:words[-1].start()]   # (an honorific or an adjective of origin: `المدير الفني للرائد، التونسي منير الغربي`)
        words.pop()
    cut = window.rstrip()
    if cut.endswith((",", "،")) and not took:
        window = cut[:-1]
    breaks = [b.end() for b in _BREAK.finditer(window)]
    out: list = []
    for w in reversed(list(WORD.finditer(doc.text, lo + (breaks[-1] if breaks else 0), lo + len(window)))):
        k = _key(w.group(), data)
        if (stop(k) and k not in data.links and k not in data.own) or len(out) == _TITLE_WORDS or names.titled(w.start(), m) or took and doc.text[w.end():m.start].strip():
            break
        out.append(w)
    out.reverse()
    while out and _key(out[0].group(), data) in data.links:
        out.pop(0)
    return out + own[:took], took


def _apposed(doc, m, data: SidesData, stop, names: _Names) -> tuple[list, bool]:
    """The words of an apposition set off after a name ("Name, the consortium's project director",
    "Name, who chairs the regulator"), up to the next mark; and whether a relative opened it."""
    g = _COMMA.match(doc.text, m.end)
    if g is None or g.end() == m.end:
        return [], False
    stop_at = _BREAK.search(doc.text, g.end(), g.end() + 160)
    hi = stop_at.start() if stop_at else min(len(doc.text), g.end() + 160)
    words = list(WORD.finditer(doc.text, g.end(), hi))[:_TITLE_WORDS + 2]
    relative = bool(words) and phrase_key(words[0].group()) in data.relatives
    if relative:
        if len(words) < 2 or phrase_key(words[1].group()) not in data.holding:
            return [], False
        words = words[1:]
    while words and phrase_key(words[0].group()) in data.articles:
        words.pop(0)
    out = []
    for w in words:
        k = _key(w.group(), data)
        if out and stop(k) and k not in data.links and k not in data.own or names.titled(w.start(), m):
            break   # (… or another's name: "Gary Holmes, Pennine Metro's director John Smith")
        out.append(w)
    while out and _key(out[-1].group(), data) in data.links:
        out.pop()
    return out, relative


def titles_of(doc, mentions, stop, honorifics: frozenset[str]) -> list[tuple[object, list, bool, int]]:
    """Every title told of a person the article names, read once for the offices and the teams: (the
    name mention, the title's words, whether a relative opened it, how many of the mention's first
    words it took)."""
    data = sides_data(doc.lexicon)
    if data is None:
        return []
    names = _Names(doc, mentions, data)
    view = doc.normalized
    spots = keyword_starts(doc, SIDE_WORDS)
    if not spots:
        return []
    out = []
    for m in mentions:
        a, b = view.from_original(m.start), view.from_original(m.end)
        i = bisect.bisect_left(spots, a - _AROUND)
        if not m.person or i == len(spots) or spots[i] > b + _AROUND:
            continue   # (no word of an office near the name: no title of one)
        words, took = _title_before(doc, m, data, honorifics, stop, names)
        if words:
            out.append((m, words, False, took))
        words, relative = _apposed(doc, m, data, stop, names)
        if words:
            out.append((m, words, relative, 0))
    return out


def offices_of(doc, titles) -> list[tuple[object, Office, int]]:
    """Every office of a kind among the titles of :func:`titles_of`, with the name mention and how many
    of its first words the office took."""
    data = sides_data(doc.lexicon)
    out: list[tuple[object, Office, int]] = []
    cache: dict = {}
    for m, words, relative, took in titles:
        keys = [_key(w.group(), data) for w in words]
        if relative:   # "who chairs the national water regulator": the verb holds the office
            first, last, own = 0, 0, ""
        elif (at := _office_at(keys, data)) is None:
            continue
        else:
            first, last, own = at
        kind = _kind_of(doc, words, first, last, own, data, cache)
        if kind is not None and kind in data.facing:
            out.append((m, Office(words[0].start(), words[-1].end(), kind), took))
    return out


def claim_of(cls, st: str, role: str, start: int, end: int, m, took: int = 0):
    """A claim ``cls`` of ``role`` of set ``st`` told at ``[start, end)`` of mention ``m``, less its first
    ``took`` words (a title the name facts took in: "State Auditor Miriam Castellanos")."""
    return cls(st, role, start, end, m.spans[took][0], m.end, m.tokens[took:], m.cluster, m.full)


def side_claims(doc, mentions, stop, honorifics: frozenset[str], claim) -> list:
    """The claims ``claim(set, role, start, end, mention, took)`` of the offices of
    :func:`offices_of` (``took``: the mention's first words the office took): one in each set of a
    kind and a kind facing it; and those of :mod:`.teams`, the offices of two teams facing each other."""
    from .teams import team_claims   # (the teams' reading builds on this one's)
    data = sides_data(doc.lexicon)
    if data is None:
        return []
    titles = titles_of(doc, mentions, stop, honorifics)
    out = team_claims(doc, titles, claim)
    for m, o, took in offices_of(doc, titles):
        for other in sorted(data.facing[o.kind]):
            pair = "|".join(sorted((o.kind, other)))
            out.append(claim(SIDE_SET + pair, o.kind, o.start, o.end, m, took))
    return out
