"""NAME002 over the ``role_claims`` fact: one person given two roles of one set that exclude each
other in one story (the judge and the prosecutor of a trial, the referee and a coach of a match)."""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass

from checker.extractors.name_mentions import names_lexicon

from .lexicon import names_data
from .role_sets import RoleClaim, role_sets_data

QUOTES = (("“", "”"), ("«", "»"), ("‘", "’"))
NEAR = 8            # words either side of a name or role where a stated change silences it
NEAR_SCOPE = 12     # the same for another case, match or city


@dataclass
class Person:
    tokens: tuple[str, ...]
    claims: list[RoleClaim]
    clusters: set[int]


def _in_quote(doc, pos: int) -> bool:
    """``pos`` is inside a quotation of its paragraph (one opened before it and not closed)."""
    para = doc.paragraph_at(pos)
    before = doc.text[para.start:pos] if para is not None else doc.text[max(0, pos - 400):pos]
    if before.count('"') % 2:
        return True
    return any(before.count(o) > before.count(c) for o, c in QUOTES if o != "‘")


def _full_tokens(mentions) -> tuple[dict[int, tuple[str, ...]], set[int]]:
    """The full name of each entity whose family name no other entity shares; and those entities."""
    fulls: dict[str, set[int]] = collections.defaultdict(set)
    first: dict[int, tuple[str, ...]] = {}
    for m in mentions:
        if m.full and m.person:
            fulls[m.key].add(m.cluster)
            first.setdefault(m.cluster, m.tokens)
    safe = {c for cs in fulls.values() if len(cs) == 1 for c in cs}
    return first, safe


def _people(claims: list[RoleClaim], mentions, lex) -> list[Person]:
    """The claims grouped by person: one full name, or a name that ends another ("عبدالله
    الرشيدي" and "الكويت عبدالله الرشيدي" read after a complement); a family name alone counts
    for the entity with that family name when no other entity has it."""
    nm = names_lexicon(lex)
    first, safe = _full_tokens(mentions)
    blocks: dict[tuple[str, ...], list[tuple[tuple[str, ...], RoleClaim]]] = collections.defaultdict(list)
    for c in claims:
        tokens = c.tokens
        if not c.full:
            if c.cluster is None or c.cluster not in safe:
                continue
            tokens = first[c.cluster]
        if len(tokens) >= 2:
            blocks[tokens[-2:]].append((tokens, c))
    people = []
    for items in blocks.values():
        groups: list[Person] = []
        for tokens, c in sorted(items, key=lambda it: len(it[0])):
            for p in groups:
                short = p.tokens
                if tokens[-len(short):] == short and short[0] not in nm.compound_first and short[0] not in nm.particles:
                    p.claims.append(c)
                    break
            else:
                groups.append(Person(tokens, [c], set()))
        for p in groups:
            p.clusters = {c.cluster for c in p.claims if c.cluster is not None}
        people += groups
    return people


WORD_GAP = re.compile(r"[^\W\d_]+\W*")


def _window(doc, start: int, end: int, words: int) -> tuple[int, int]:
    """The normalised span of ``words`` words either side of original ``[start, end)``, within
    its sentence."""
    view = doc.normalized
    sent = doc.sentence_at(start)
    lo = view.from_original(sent.start) if sent is not None else 0
    hi = view.from_original(sent.end) if sent is not None else len(view.text)
    s, e = view.from_original(start), view.from_original(end)
    before = list(WORD_GAP.finditer(view.text, lo, s))[-words:]
    after = list(WORD_GAP.finditer(view.text, e, hi))[:words]
    return (before[0].start() if before else s), (after[-1].end() if after else e)


def _stated(doc, start: int, end: int, rx: re.Pattern | None, words: int, forms) -> bool:
    """``rx`` matches near original ``[start, end)`` (``words`` words either side, in its
    sentence), outside the role forms ``forms`` (normalised spans)."""
    if rx is None:
        return False
    lo, hi = _window(doc, start, end, words)
    return any(not any(s <= hit.start() < e for s, e in forms) for hit in rx.finditer(doc.normalized.text, lo, hi))


def _guarded(doc, person: "Person", mentions, forms, change, other) -> bool:
    """A change of role is stated next to a mention of the person ("former prosecutor Maria
    Okafor", "Okafor, who was a defence lawyer until 2015", "appointed"), or another case, match
    or city next to one of its roles; or a role is quoted."""
    for c in person.claims:
        lo, hi = min(c.start, c.name_start), max(c.end, c.name_end)
        if _in_quote(doc, lo) or _stated(doc, lo, hi, change, NEAR, forms) or \
                _stated(doc, lo, hi, other, NEAR_SCOPE, forms):
            return True
    return any(_stated(doc, m.start, m.end, change, NEAR, forms) for m in mentions if m.cluster in person.clusters)


def exclusive_conflicts(ctx, claims: list[RoleClaim], mentions):
    """Report every person given two exclusive roles of one set."""
    if not claims:
        return
    data = role_sets_data(ctx.lexicon)
    nd = names_data(ctx.lexicon)
    doc = ctx.doc
    view = doc.normalized
    forms = [(view.from_original(c.start), view.from_original(c.end)) for c in claims]
    for person in sorted(_people(claims, mentions, ctx.lexicon), key=lambda p: p.claims[0].start):
        by_set = collections.defaultdict(list)
        for c in person.claims:
            by_set[c.set].append(c)
        sets = [(name, cs) for name, cs in by_set.items() if len({c.role for c in cs}) > 1]
        if sets and not _guarded(doc, person, mentions, forms, nd.change, data.other_scope):
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

    def span(x: RoleClaim) -> tuple[int, int]:
        return min(x.start, x.name_start), max(x.end, x.name_end)

    ps, pe = span(p)
    cs_, ce = span(c)
    name = ctx.text[p.name_start:p.name_end] if p.full else ctx.text[c.name_start:c.name_end]
    ctx.report("exclusive", ps, pe, related=[ctx.related(cs_, ce, f"called {ctx.text[c.start:c.end]} here")],
               name=name, role=f"'{ctx.text[p.start:p.end]}'", other=f"'{ctx.text[c.start:c.end]}'",
               scope=data.scope.get(set_name, set_name))
