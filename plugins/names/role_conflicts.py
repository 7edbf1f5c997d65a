"""NAME002 over the ``role_claims`` fact: one person given two roles of one set that exclude each
other in one story (the judge and the prosecutor of a trial, the referee and a coach of a match)."""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass

from checker.extractors.name_mentions import names_lexicon
from checker.extractors.spans import SpanIndex
from checker.language.matching import phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .deputies import DEPUTY_SCOPE, DEPUTY_SET, OFFICE_SET, merged_titles
from .lexicon import WORD
from .role_sets import RoleClaim, role_sets_data
from .sides import SIDE_SET, sides_data
from .teams import TEAM_SET

_TITLE_SETS = (DEPUTY_SET, OFFICE_SET, SIDE_SET)   # claims of a title as written

QUOTES = (("“", "”"), ("«", "»"), ("‘", "’"))
_MARKS = compiled("[" + re.escape('"' + "".join(m for pair in QUOTES for m in pair)) + "]")
NEAR = 8            # words either side of a name or role where a stated change silences it
_MASK_REACH = 30    # characters past that window where a phrase that masks a change word may end
NEAR_SCOPE = 12     # the same for another case, match or city


@dataclass
class Person:
    tokens: tuple[str, ...]
    claims: list[RoleClaim]
    clusters: set[int]


def _opens(text: str, i: int, lo: int = 0, hi: int | None = None) -> bool:
    """The straight quotation mark at ``text[i]`` opens a quote of ``text[lo:hi]``: a space or
    nothing before it, a word after it."""
    hi = len(text) if hi is None else hi
    return (i == lo or not text[i - 1].isalnum() and text[i - 1] not in ".,!?;:") and \
        i + 1 < hi and not text[i + 1].isspace()


class Marks:
    """Where each quotation mark of a text is, counted between two positions in logarithmic
    time (a long paragraph is not read again for every name in it)."""

    def __init__(self, text: str):
        self.at: dict[str, list[int]] = collections.defaultdict(list)
        for m in _MARKS.finditer(text):
            self.at[m.group()].append(m.start())

    def count(self, mark: str, lo: int, hi: int) -> int:
        at = self.at.get(mark, [])
        return bisect.bisect_left(at, hi) - bisect.bisect_left(at, lo)

    def last(self, mark: str, lo: int, hi: int) -> int:
        """The position of the last ``mark`` in ``[lo, hi)``, -1 when there is none."""
        at = self.at.get(mark, [])
        i = bisect.bisect_left(at, hi) - 1
        return at[i] if i >= 0 and at[i] >= lo else -1


def _in_quote(doc, pos: int, marks: Marks) -> bool:
    """``pos`` is inside a quotation of its paragraph (one opened before it and not closed)."""
    para = doc.paragraph_at(pos)
    lo = para.start if para is not None else max(0, pos - 400)
    if marks.count('"', lo, pos) % 2 and _opens(doc.text, marks.last('"', lo, pos), lo, pos):
        return True  # not when the last mark closes a quote (paragraphs run together)
    return any(marks.count(o, lo, pos) > marks.count(c, lo, pos) for o, c in QUOTES if o != "‘")


def _full_names(claims: list[RoleClaim], mentions) -> dict[str, set[tuple[str, ...]]]:
    """Every full name of the article by its last word: the name mentions (less those that took
    a role in, "Prosecutor Brightwater") and the names read after roles."""
    glued = SpanIndex([(c.start, c.name_end) for c in claims if c.start < c.name_start])
    out: dict[str, set[tuple[str, ...]]] = collections.defaultdict(set)
    for m in mentions:
        if m.full and m.person and len(m.tokens) >= 2 and not glued.holds(m.start):
            out[m.tokens[-1]].add(tuple(m.tokens))
    for c in claims:
        if c.full:
            out[c.tokens[-1]].add(c.tokens)
    return out


def _same(a: tuple[str, ...], b: tuple[str, ...], derived_b: bool, nm) -> bool:
    """Two names of one person: one ends the other ("عبدالله الرشيدي", "الكويت عبدالله الرشيدي"),
    or ``b`` runs one word past ``a`` into the words after it: a name read from the words
    (``derived_b``) past a name of three words, or, where nothing marks where a name ends (no
    capitals), any name past one of two words or more when the word is not a given name (the
    object after a verb, role and subject: `وأرجأ القاضي طارق بن سالم المحاكمة`)."""
    if len(a) != len(b) and min(len(a), len(b)) >= 2 and _no_lineage(a, nm) == _no_lineage(b, nm):
        return True   # `ناصر بن حمد الدوسري` … `ناصر الدوسري`: the father's name told once, then left out
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[-len(short):] == short:   # (a compound given name or a particle first: the whole name
        # written alike, not the end of a longer one: `محمد عبد الله الرشيدي` is his son)
        return a == b and len(a) >= 3 or short[0] not in nm.compound_first and short[0] not in nm.particles
    if b is not long_ or len(long_) != len(short) + 1 or long_[:len(short)] != short:
        return False
    if derived_b and len(short) >= 3:
        return True
    return not nm.capitals and len(short) >= 2 and long_[-1] not in nm.given and long_[-1] not in nm.given_ambiguous


def _no_lineage(t: tuple[str, ...], nm) -> tuple[str, ...]:
    """A name without its lineage inside it ("son of" and the father's name before the family name)."""
    out, k = [], 0
    while k < len(t):
        if 0 < k < len(t) - 2 and t[k] in nm.lineage:
            k += 2
            continue
        out.append(t[k])
        k += 1
    return tuple(out)


def _people(claims: list[RoleClaim], mentions, lex) -> list[Person]:
    """The claims grouped by person: one full name, or a name that ends another; a family name
    alone counts for the one full name that ends with it."""
    nm = names_lexicon(lex)
    fulls = _full_names(claims, mentions)
    named: list[tuple[tuple[str, ...], RoleClaim]] = []
    for c in claims:
        tokens = c.tokens
        if not c.full:
            # a family name alone: the one full name that ends with it ("Prosecutor Brightwater")
            names = {n[-2:] for n in fulls.get(tokens[-1], ())}
            if len(names) != 1:
                continue
            tokens = max(fulls[tokens[-1]], key=len)
        if len(tokens) >= 2:
            named.append((tokens, c))
    parent = list(range(len(named)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = collections.defaultdict(list)
    for i, (tokens, _) in enumerate(named):
        blocks[("last",) + tokens[-2:]].append(i)
        blocks[("first",) + tokens[:2]].append(i)
        blocks[("plain",) + _no_lineage(tokens, nm)].append(i)
    for ids in blocks.values():
        # claims of one name, read the same way, are weighed once: a name told a thousand times
        # costs one comparison with each other name of its block, not a million
        kinds: dict[tuple, list[int]] = collections.defaultdict(list)
        for i in ids:
            kinds[(named[i][0], named[i][1].cluster is None)].append(i)
        reps = list(kinds.items())
        for x, ((ti, derived_i), members_i) in enumerate(reps):
            if len(members_i) > 1 and _same(ti, ti, derived_i, nm):
                for j in members_i[1:]:
                    parent[root(j)] = root(members_i[0])
            for (tj, derived_j), members_j in reps[x + 1:]:
                if _same(ti, tj, derived_j, nm) or _same(tj, ti, derived_i, nm):
                    for j in members_i + members_j:
                        parent[root(j)] = root(members_i[0])
    groups: dict[int, Person] = {}
    for i, (tokens, c) in enumerate(named):
        p = groups.setdefault(root(i), Person(tokens, [], set()))
        p.claims.append(c)
        if c.cluster is not None:
            p.clusters.add(c.cluster)
    return list(groups.values())


WORD_GAP = compiled(r"[^\W\d_]+\W*")


def _last_words(text: str, lo: int, hi: int, words: int) -> list:
    """The last ``words`` matches of :data:`WORD_GAP` in ``text[lo:hi]``, read from a stretch
    before ``hi`` that grows until it holds one more (a match cut by the stretch's start is only
    ever its first), so that a long sentence costs the words asked for, not its length."""
    span = 32 * (words + 1)
    while True:
        start = max(lo, hi - span)
        found = list(WORD_GAP.finditer(text, start, hi))
        if start == lo or len(found) > words:
            return found[-words:]
        span *= 4


def _window(doc, start: int, end: int, words: int) -> tuple[int, int]:
    """The normalised span of ``words`` words either side of original ``[start, end)``, within
    its sentence."""
    view = doc.normalized
    sent = doc.sentence_at(start)
    lo = view.from_original(sent.start) if sent is not None else 0
    hi = view.from_original(sent.end) if sent is not None else len(view.text)
    s, e = view.from_original(start), view.from_original(end)
    before = _last_words(view.text, lo, s, words)
    after = list(itertools.islice(WORD_GAP.finditer(view.text, e, hi), words))
    return (before[0].start() if before else s), (after[-1].end() if after else e)


def _stated(doc, start: int, end: int, rx: re.Pattern | None, words: int, forms: SpanIndex,
            masks=None, others: list[int] = (), quotes: Marks | None = None) -> bool:
    """``rx`` matches near original ``[start, end)`` (``words`` words either side, in its
    sentence), outside the role forms ``forms`` (normalised spans) and the phrases ``masks``
    matches ("until Monday"), with no name of another person (``others``: original starts, sorted)
    between ("Tabor will face Janet Boyle, a former state trooper": hers); with ``quotes``, not inside
    a quotation (`إن الحكم «سابقة في المنطقة»`: a precedent in the speaker's words, no earlier case)."""
    if rx is None:
        return False
    lo, hi = _window(doc, start, end, words)
    vt = doc.normalized.text
    skip = SpanIndex([(m.start(), m.end()) for m in masks.finditer(vt, max(0, lo - _MASK_REACH), min(len(vt), hi + _MASK_REACH))]
                     if masks is not None else [])   # (a phrase the window cuts: "… and appointed | the curator")
    return any(not forms.holds(hit.start()) and not skip.holds(hit.start()) and not _ahead(doc, hit)
               and not _between(others, *sorted((doc.normalized.to_original(hit.start(), hit.end())[0], start)))
               and not (quotes is not None and _in_quote(doc, doc.normalized.to_original(hit.start(), hit.end())[0], quotes))
               for hit in rx.finditer(vt, lo, hi))


def _between(starts: list[int], lo: int, hi: int) -> bool:
    """One of the sorted offsets ``starts`` is strictly inside ``(lo, hi)``."""
    i = bisect.bisect_right(starts, lo)
    return i < len(starts) and starts[i] < hi


_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_AHEAD_REACH = 40   # characters after "until" where the year it runs to may stand


def _ahead(doc, hit) -> bool:
    """A word of an end ("until") with a year not yet past after it: an end to come, no change told."""
    until = role_sets_data(doc.lexicon).until
    if not until or phrase_key(hit.group()) not in until or doc.published is None:
        return False
    year = _YEAR.search(doc.normalized.text, hit.end(), hit.end() + _AHEAD_REACH)
    return year is not None and int(year.group()) >= doc.published.year


def _right_after(doc, rx: re.Pattern | None, ends) -> bool:
    """``rx`` matches the word right after one of the original offsets ``ends`` ("الحالي")."""
    if rx is None:
        return False
    view = doc.normalized
    article = normalize_text(doc.lexicon.section("script", {}).get("article", ""))
    for end in ends:
        at = view.from_original(end)
        gap = len(view.text[at:at + 3]) - len(view.text[at:at + 3].lstrip(" ،,"))
        if (m := rx.match(view.text, at + gap)) and not (article and m.group().startswith(article) and not (
                view.text[:at].split() or [""])[-1].startswith(article)):
            return True   # (a word with the article after one without is no adjective of it: `مدرب المنتخب`, the team's coach)
    return False


def _guarded(doc, person: "Person", mentions, forms, data, marks: Marks) -> bool:
    """A change of role is stated next to a mention of the person ("former prosecutor Maria
    Okafor", "Okafor, who was a defence lawyer until 2015", "appointed"; not "adjourned until
    Monday"), or another case, match or city next to one of its roles; or a role is quoted."""
    change, masks = data.change, data.not_change
    for c in person.claims:
        lo, hi = min(c.start, c.name_start), max(c.end, c.name_end)
        if _in_quote(doc, lo, marks) or _stated(doc, lo, hi, change, NEAR, forms, masks) or \
                _stated(doc, lo, hi, data.other_scope, NEAR_SCOPE, forms, quotes=marks) or _right_after(doc, data.adjacent, (c.end, c.name_end)):
            return True
    others = sorted(m.start for m in mentions if m.person and m.full and m.cluster not in person.clusters)
    return any(_stated(doc, m.start, m.end, change, NEAR, forms, masks, others)
               for m in mentions if m.cluster in person.clusters)


def exclusive_conflicts(ctx, claims: list[RoleClaim], mentions):
    """Report every person given two exclusive roles of one set."""
    if not claims:
        return
    data = role_sets_data(ctx.lexicon)
    doc = ctx.doc
    view = doc.normalized
    marks = Marks(doc.text)
    spans = [(view.from_original(c.start), view.from_original(c.end)) for c in claims
             if not c.set.startswith(_TITLE_SETS)]   # (a title as written may hold "former")
    for person in sorted(_people(claims, mentions, ctx.lexicon), key=lambda p: p.claims[0].start):
        by_set = collections.defaultdict(list)
        for c in person.claims:
            by_set[c.set].append(c)
        sets = [(name, cs) for name, cs in merged_titles(by_set, data).items() if len({c.role for c in cs}) > 1]
        # … and another person's title holds its own "former" (`المتهم الرئيسي كاتب العدل السابق وليد الطراونة`)
        forms = SpanIndex(spans + [(view.from_original(min(c.start, c.name_start)), view.from_original(max(c.end, c.name_end)))
                                   for c in claims if c.cluster is not None and c.cluster not in person.clusters])
        if sets and not _guarded(doc, person, mentions, forms, data, marks):
            for name, cs in sets:
                _report(ctx, data, name, cs, person)


def _report(ctx, data, set_name: str, cs: list[RoleClaim], person: Person) -> None:
    counts = collections.Counter(c.role for c in cs)
    first = {}
    for c in cs:
        first.setdefault(c.role, c)
    roles = list(first)
    pairs = [(a, b) for i, a in enumerate(roles) for b in roles[i + 1:]
             if (set_name, frozenset((a, b))) not in data.compatible]
    if not pairs:
        return
    a, b = min(pairs, key=lambda p: (min(counts[p[0]], counts[p[1]]), -max(first[p[0]].start, first[p[1]].start)))
    # the finding is on the rarer role (the later when both are as frequent)
    rare, common = sorted((a, b), key=lambda r: (counts[r], -first[r].start))
    p, c = first[rare], first[common]

    names = {c.tokens for c in person.claims}

    def name_end(x: RoleClaim) -> int:
        if any(len(n) < len(x.tokens) and x.tokens[:len(n)] == n for n in names):
            # a name read one word too far ("منير حسن الطرابلسي أنصاره"): end it where the other ends
            n = min((n for n in names if x.tokens[:len(n)] == n), key=len)
            return list(WORD.finditer(ctx.text, x.name_start, x.name_end))[len(n) - 1].end()
        return x.name_end

    def span(x: RoleClaim) -> tuple[int, int]:
        return min(x.start, x.name_start), max(x.end, name_end(x))

    ps, pe = span(p)
    cs_, ce = span(c)
    x = p if p.full else c
    name = ctx.text[x.name_start:name_end(x)]
    ctx.report("exclusive", ps, pe, related=[ctx.related(cs_, ce, f"called {ctx.text[c.start:c.end]} here")],
               name=name, role=f"'{ctx.text[p.start:p.end]}'", other=f"'{ctx.text[c.start:c.end]}'",
               scope=data.scope.get(set_name) or (_side_scope(ctx.lexicon, set_name) if set_name.startswith(SIDE_SET) else
                                                     DEPUTY_SCOPE if set_name.startswith((DEPUTY_SET, OFFICE_SET)) else set_name))


def _side_scope(lex, set_name: str) -> str:
    sd = sides_data(lex)
    return sd.team_scope if set_name == TEAM_SET else sd.scope


def _complement(ctx, c: RoleClaim, data) -> frozenset[str]:
    """The words of the place or body a title is told of: between the title and the name
    (`رئيس المجلس الجماعي لوجدة، عزيز الفيلالي`) or, where names are capitalised, a capitalised
    word after "of" right after the name ("Governor Ana Ruiz of Cusco")."""
    text = ctx.doc.text
    words: set[str] = set()
    if c.end <= c.name_start:
        words = {w.lower() for w in WORD.findall(text, c.end, c.name_start)}
        words -= {w for w in words if w in data.between or w in data.skip}
    sent = ctx.doc.sentence_at(c.start)
    if data.scene is not None and sent is not None and (m := data.scene.match(text, sent.start, c.start)) \
            and not any(phrase_key(w) in data.months for w in WORD.findall(m.group("place"))):
        words |= {w.lower() for w in WORD.findall(m.group("place"))}   # "In Elma, the mayor" (not "In March,")
    if data.capitals:
        after = WORD.findall(text, c.name_end, min(len(text), c.name_end + 30))[:2]
        if len(after) == 2 and after[0].lower() in data.openers and after[1][:1].isupper():
            words.add(after[1].lower())
    return frozenset(words)


def two_holders(ctx, claims: list[RoleClaim], mentions):
    """Report a role one person holds at a time (``single`` of its set: the mayor, the governor)
    given to two people named in full, in sentences apart, with no change of role stated near
    either and the same place or body (or none) named with each: "the governor of Latakia" and
    "the governor" may be two provinces'."""
    data = role_sets_data(ctx.lexicon)
    if not claims or not data.single:
        return
    doc, view, marks = ctx.doc, ctx.doc.normalized, Marks(ctx.doc.text)
    forms = SpanIndex([(view.from_original(c.start), view.from_original(c.end)) for c in claims
                       if not c.set.startswith(_TITLE_SETS)])   # (a title as written may hold "former")
    holders: dict[tuple[str, str], list[tuple[Person, RoleClaim]]] = collections.defaultdict(list)
    for person in sorted(_people(claims, mentions, ctx.lexicon), key=lambda p: p.claims[0].start):
        for key, c in {(c.set, c.role): c for c in reversed(person.claims) if c.full}.items():
            if key in data.single:
                holders[key].append((person, c))   # (each person once, at the first claim of the role)
    for told in holders.values():
        if len(told) != 2:
            continue   # (three holders: a story of several towns)
        (pa, a), (pb, b) = told
        if pa.tokens[-1] == pb.tokens[-1] or doc.sentence_at(a.start) is doc.sentence_at(b.start):
            continue   # (one family name: relatives)
        ca, cb = _complement(ctx, a, data), _complement(ctx, b, data)
        if ca != cb or any(_guarded(doc, p, mentions, forms, data, marks) for p in (pa, pb)):
            continue
        ctx.report("holders", min(b.start, b.name_start), max(b.end, b.name_end),
                   related=[ctx.related(min(a.start, a.name_start), max(a.end, a.name_end),
                                        f"called {ctx.text[a.start:a.end]} here")],
                   name=ctx.text[b.name_start:b.name_end], role=f"'{ctx.text[b.start:b.end]}'",
                   other=ctx.text[a.name_start:a.name_end])
