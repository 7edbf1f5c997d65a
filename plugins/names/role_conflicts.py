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


def _guarded(doc, claim: RoleClaim, claims_in: dict, change: re.Pattern | None, other: re.Pattern | None) -> bool:
    """A change of role or another case, match or city is stated in the claim's sentence (the
    role forms themselves aside), or the claim is quoted."""
    if _in_quote(doc, min(claim.start, claim.name_start)):
        return True
    sent = doc.sentence_at(claim.start)
    if sent is None:
        return False
    view = doc.normalized
    lo, hi = view.from_original(sent.start), view.from_original(sent.end)
    forms = [(view.from_original(c.start), view.from_original(c.end)) for c in claims_in.get(sent.start, [])]
    for rx in (change, other):
        if rx is None:
            continue
        for hit in rx.finditer(view.text, lo, hi):
            if not any(s <= hit.start() < e for s, e in forms):
                return True
    return False


def exclusive_conflicts(ctx, claims: list[RoleClaim], mentions):
    """Report every person given two exclusive roles of one set."""
    if not claims:
        return
    data = role_sets_data(ctx.lexicon)
    nd = names_data(ctx.lexicon)
    doc = ctx.doc
    claims_in = collections.defaultdict(list)
    for c in claims:
        s = doc.sentence_at(c.start)
        claims_in[s.start if s is not None else -1].append(c)
    touched = _touched_clusters(doc, mentions, nd.change)
    for person in sorted(_people(claims, mentions, ctx.lexicon), key=lambda p: p.claims[0].start):
        if person.clusters & touched:
            continue
        by_set = collections.defaultdict(list)
        for c in person.claims:
            by_set[c.set].append(c)
        for set_name, cs in by_set.items():
            if len({c.role for c in cs}) < 2:
                continue
            if any(_guarded(doc, c, claims_in, nd.change, data.other_scope) for c in cs):
                continue
            _report(ctx, data, set_name, cs, person)


def _touched_clusters(doc, mentions, change) -> set[int]:
    if change is None:
        return set()
    view = doc.normalized
    hit = {s.start for s in doc.sentences
           if change.search(view.text, view.from_original(s.start), view.from_original(s.end))}
    out = set()
    for m in mentions:
        s = doc.sentence_at(m.start)
        if s is not None and s.start in hit:
            out.add(m.cluster)
    return out


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
