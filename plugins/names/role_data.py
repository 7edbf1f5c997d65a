"""The language data of the role sets (``[role_sets]``, ``data/<lang>/roles.toml``), read once
per language: the role forms and the sets they belong to, and the words a role's complement and
its name are read by."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import phrase_key
from checker.language.regexes import compiled

from .role_forms import forms_rx as _rx
from .schema import RoleSets


@dataclass(frozen=True)
class RoleSetsData:
    forms: re.Pattern | None                       # every role form and every not-role phrase
    roles_of: dict[str, tuple[tuple[str, str], ...]]  # form -> ((set, role), ...); () for a not-role
    scope: dict[str, str]                           # set -> its scope word
    compatible: frozenset[tuple[str, frozenset[str]]]
    between: frozenset[str]
    skip: frozenset[str]
    openers: frozenset[str]
    complement: int
    other_scope: re.Pattern | None
    change: re.Pattern | None                       # the [names.roles] change words and these
    not_change: re.Pattern | None                   # phrases whose change word states no change
    breaks: frozenset[str]                          # words that end a complement after all
    verbs: frozenset[str]
    joins: frozenset[str]                           # particles and first words of compound names
    capitals: bool
    article: str
    proclitics: str
    stop: frozenset[str]
    given: frozenset[str]
    conjunctions: str
    object_after: frozenset[str] = frozenset()      # a form's last word that names its client after it
    adjacent: re.Pattern | None = None              # change words read only right after a role or a name
    client_roles: dict = field(default_factory=dict)   # role -> the role it is for a client named after it
    relatives: frozenset[str] = frozenset()         # "who": a role after one is the name's before it
    clients: frozenset[str] = frozenset()           # forms that, set off by a comma after a name, name a client
    links: frozenset[str] = frozenset()             # words that join a noun to a complement (`في القضية`)
    single: frozenset[tuple[str, str]] = frozenset()   # (set, role) one person holds at a time
    deputies: frozenset[str] = frozenset()         # "deputy": the title after it is its deputy's
    offices: dict = field(default_factory=dict)     # an office's words (a tuple of keys) -> its kind
    office_first: bool = False                      # the office opens a title (`أمين صندوق الاتحاد`)
    post_nominals: frozenset[str] = frozenset()     # letters after a name, before its apposition's comma ("KC")
    body_articles: dict = field(default_factory=dict)   # `لل` -> `ال` in a body's name
    scene: re.Pattern | None = None                 # "In Elma, …": a sentence's opening place
    months: frozenset[str] = frozenset()            # "In March, …" opens with a time, no place
    predicates: frozenset[str] = frozenset()        # derived forms told right after their holder
    articles: frozenset[str] = frozenset()          # "a": an apposition's modifiers follow it
    agents: frozenset[str] = frozenset()            # "by": the names after the form hold the role
    and_words: frozenset[str] = frozenset()         # "and" between two names
    title: re.Pattern | None = None                 # a title before a name: a form ending in one names its holder after it
    until: frozenset[str] = frozenset()             # "until": with a year to come after it, an end ahead, no change told


@lru_cache(maxsize=32)
def role_sets_data(lex) -> RoleSetsData:
    d = lex.get(RoleSets)
    nm = names_lexicon(lex)
    roles_of: dict[str, list[tuple[str, str]]] = {phrase_key(f): [] for f in d.not_roles}
    compatible = set()
    for name, rs in d.sets.items():
        for role, forms in rs.roles.items():
            for f in forms:
                k = phrase_key(f)
                if (name, role) not in roles_of.setdefault(k, []):
                    roles_of[k].append((name, role))
        compatible |= {(name, frozenset(p)) for p in rs.compatible}
    predicates = set()
    for rule in d.derived_forms:   # `رئيس البلدية` → `رئيسا للبلدية` ("elected X mayor")
        pattern, _, to = rule.partition(">")
        rx = compiled(pattern)
        for k, roles in list(roles_of.items()):
            if roles and (new := phrase_key(rx.sub(to, k, count=1))) != k and new not in roles_of:
                roles_of[new] = roles
                predicates.add(new)
    return RoleSetsData(
        forms=_rx(roles_of, lex),
        roles_of={k: tuple(v) for k, v in roles_of.items()},
        scope={name: rs.scope for name, rs in d.sets.items()},
        compatible=frozenset(compatible),
        between=frozenset(phrase_key(w) for w in d.between),
        skip=frozenset(phrase_key(w) for w in d.apposition_skip),
        articles=frozenset(phrase_key(w) for w in d.apposition_articles),
        openers=frozenset(phrase_key(w) for w in d.complement_openers),
        complement=d.complement_words,
        other_scope=_rx(d.other_scope),
        not_change=_rx(d.not_change), until=frozenset(phrase_key(w) for w in d.until_words),
        adjacent=_rx(d.change_adjacent),
        breaks=frozenset(phrase_key(w) for w in d.complement_breaks),
        verbs=nm.verbs,
        joins=nm.particles | nm.compound_first | nm.compound_last,
        change=_rx(list(lex.section("names", {}).get("roles", {}).get("change_words", [])) + list(d.change_words)),
        capitals=nm.capitals,
        article=nm.article,
        proclitics=nm.proclitics,
        stop=nm.stop | nm.verbs,
        given=nm.given | nm.given_ambiguous,
        conjunctions=nm.conjunctions, post_nominals=nm.post_nominals,
        object_after=frozenset(phrase_key(w) for w in d.object_after),
        client_roles=dict(d.client_roles),
        clients=frozenset(phrase_key(w) for w in d.construct_clients),
        links=frozenset(phrase_key(w) for w in d.complement_links),
        relatives=frozenset(phrase_key(w) for w in d.relatives), title=nm.titles,
        single=frozenset((name, r) for name, rs in d.sets.items() for r in rs.single),
        deputies=frozenset(phrase_key(w) for w in d.deputies),
        offices={tuple(phrase_key(w).split()): kind for kind, ws in d.offices.items() for w in ws},
        office_first=d.office_head == "first",
        body_articles={phrase_key(k): phrase_key(v) for k, v in d.body_articles.items()},
        scene=_scene_rx(d.scene_openers, nm.conjunctions),
        months=nm.months,
        predicates=frozenset(predicates),
        agents=frozenset(phrase_key(w) for w in d.agent_after),
        and_words=frozenset(w.lower() for w in lex.section("enumerations", {}).get("and", []) if w),
    )


def _scene_rx(openers, conjunctions: str) -> re.Pattern | None:
    """A sentence's opening prepositional phrase of place, up to its comma: its words."""
    if not openers:
        return None
    alts = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    conj = f"[{re.escape(conjunctions)}]?" if conjunctions else ""
    return compiled(rf"\W{{0,3}}{conj}(?i:{alts})\s+(?P<place>[^\W\d_][^,،.\n]{{0,40}}?)\s*[,،]")


_POST = compiled(r"[^\S\r\n]{1,3}([^\W\d_]{2,4})(?![\w'’-])")   # a short word of letters after a name ("KC")


def post_nominal_ends(text: str, mentions, data: RoleSetsData) -> dict:
    """Where each name mention followed by letters that are no part of it ends with them ("Simon
    Achterberg KC"): an apposition after them is the name's."""
    if not data.post_nominals:
        return {}
    return {w.end(): m for m in mentions if (w := _POST.match(text, m.end)) and phrase_key(w.group(1)) in data.post_nominals}
