"""The language data of DATE008's events (``[events.<class>]``, ``[event_subject]``, the
ordinals and pronouns of :mod:`.derivation`'s data), read once per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.sections import Script

from .derivation import deriver


@dataclass
class _Data:
    classes: dict[str, frozenset[str]]   # class -> derivation keys of its seeds
    stop: frozenset[str]
    ordinals: frozenset[str]
    object_side: str
    again: frozenset[str]
    pronouns: dict[str, str]
    side: str
    prefixes: tuple[str, ...]
    kinds: dict = field(default_factory=dict, repr=False)   # token -> (class or None, keys)
    not_after: frozenset[str] = frozenset()   # words after the event word that open a complement
    reference: frozenset[str] = frozenset()   # words before it that make it another event's reference
    founding_objects: frozenset[str] = frozenset()   # a first one of these is a founding ("first edition")
    object_of: frozenset[str] = frozenset()   # after it: an edition of another thing ("of a history")
    founding_lead: frozenset[str] = frozenset()   # before it: what the thing has grown since ("since")
    dating_leads: frozenset[str] = frozenset()   # before a masdar like its verb: a noun dated after them (`يعود`)
    lasts: frozenset[str] = frozenset()           # words of "the last" one (`آخر`, `الأخير`): one word told back
    relatives: frozenset[str] = frozenset()   # "which he founded": the thing before the relative is the subject
    ordinal_forms: frozenset[str] = frozenset()   # the tokens that are an ordinal, alone or by :func:`_bare`
    contracted: tuple[tuple[str, str], ...] = ()  # (contracted, plain) starts of words: `لل` is `ل` + `ال`
    not_words: frozenset[str] = frozenset()   # words that derive like a class's seeds but name another event
    determiners: frozenset[str] = frozenset()   # before the event word: told as a noun ("the", "its")
    object_links: frozenset[str] = frozenset()   # after it: what follows is its object (`إلى`)
    object_pronouns: frozenset[str] = frozenset()   # after it, after "since": the object told before (`به`)
    since_words: dict = field(default_factory=dict)   # word -> class it names right after "since"
    since_only: frozenset[str] = frozenset()   # classes whose noun counts only after "since"
    verb_endings: tuple[str, ...] = ()   # a word so ending is a verb ("constructed")
    first_verbs: dict = field(default_factory=dict)   # a verb after "first" -> the one event it tells ("noted": notice)
    first_time: frozenset[str] = frozenset()   # "time", `مرة`: "for the first time" tells the verb before it once
    states: dict = field(default_factory=dict)   # the words of a state before "since", as a tuple -> its class
    first_leads: frozenset[str] = frozenset()  # `لأول`: an ordinal before its noun (`لأول مرة`)
    owned: frozenset[str] = frozenset()   # `له` after `أول حفل`: the person's own first
    passive: frozenset[str] = frozenset()  # "was" before "first recorded": the thing noticed is its subject
    verb_forms: frozenset[str] = frozenset()   # … and these ("built")
    light_verbs: frozenset[str] = frozenset()   # before a noun, a verb that tells it (`ألقي القبض`)
    plans: frozenset[str] = frozenset()   # shortly before it: a plan ("first planned for a launch")
    anniversaries: frozenset[str] = frozenset()   # shortly before it: the event an anniversary counts from
    clause_openers: frozenset[str] = frozenset()   # words opening a reported clause ("said that")
    kin: frozenset[str] = frozenset()   # kinship words ([names] kin): a relative's birth, not the person's
    kin_objects: frozenset[str] = frozenset()   # before a kinship word: the relative is an object ("beside her mother")
    same: dict = field(default_factory=dict)   # a subject's noun -> the first of its group ("plant" -> "factory")
    incident_verbs: tuple[tuple[str, ...], ...] = ()   # the words of verbs telling an incident ("broke out")
    phrasal: dict = field(default_factory=dict)   # (word, next word) -> class: a seed of two words ("set up")
    article: str = ""   # a definite subject may stand inside a seed of two words where it follows its verb
    verb_particles: frozenset[str] = frozenset()   # right before a word: it is a verb (`قد كشفت`)
    agent_links: frozenset[str] = frozenset()   # right after a verb: who did it follows ("opened by the then …")
    day_parts: tuple[str, ...] = ()   # right before a date, a part of its day ("the night of"), longest first

    def __post_init__(self):
        self.ordinal_forms = self.ordinals | frozenset(
            p + o for p in self.prefixes if len(p) == 1 for o in self.ordinals if len(o) >= 3)
        self.ordinal_tokens = self.ordinal_forms | (self.first_leads if self.first_time else frozenset())


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    der = deriver(lex)
    classes: dict[str, set[str]] = {}
    phrasal: dict[tuple[str, str], str] = {}
    for kind, entry in lex.section("events", {}).items():
        for w in entry.get("words", []):
            if len(words := normalize_text(w).lower().split()) == 2:
                phrasal[(words[0], words[1])] = kind   # "set up": its first word, then its second
            else:
                classes.setdefault(kind, set()).update(der.seed(w).keys)
    nots = [w for entry in lex.section("events", {}).values() for w in entry.get("not_words", [])]
    norm = lambda ws: frozenset(normalize_text(w).lower() for w in ws)  # noqa: E731
    pronouns = {normalize_text(w).lower(): kind for kind, ws in lex.section("event_pronouns", {}).items() for w in ws}
    ords = lex.section("event_ordinals", {})
    return _Data({k: frozenset(v) for k, v in classes.items() if v},
                 norm(lex.section("stopwords", {}).get("words", [])) | frozenset(pronouns),
                 norm(ords.get("words", [])), ords.get("object_side", "after"),
                 norm(lex.section("event_again", {}).get("words", [])), pronouns,
                 lex.section("event_subject", {}).get("side", "before"),
                 tuple(normalize_text(p) for p in lex.proclitics),
                 not_after=norm(lex.section("event_subject", {}).get("not_after", [])),
                 reference=norm(lex.section("event_subject", {}).get("reference", [])),
                 founding_objects=norm(ords.get("founding_objects", [])), object_of=norm(ords.get("object_of", [])),
                 founding_lead=norm(ords.get("founding_lead", [])), lasts=norm(ords.get("last", [])),
                 dating_leads=norm(ords.get("dating_leads", [])),
                 relatives=norm(lex.section("event_subject", {}).get("relatives", [])),
                 contracted=tuple((normalize_text(c), normalize_text(p)) for p, c in lex.get(Script).contractions),
                 not_words=norm(nots), determiners=norm(lex.section("event_subject", {}).get("determiners", [])),
                 object_links=norm(lex.section("event_subject", {}).get("object_links", [])),
                 object_pronouns=norm(lex.section("event_subject", {}).get("object_pronouns", [])),
                 since_words={normalize_text(w).lower(): k for k, e in lex.section("events", {}).items()
                              for w in e.get("since_words", [])},
                 since_only=frozenset(k for k, e in lex.section("events", {}).items() if e.get("since_only")),
                 verb_endings=tuple(lex.section("event_subject", {}).get("verb_endings", [])),
                 first_verbs={normalize_text(w).lower(): k for k, ws in ords.get("first_verbs", {}).items() for w in ws},
                 first_time=norm(ords.get("first_time", [])), first_leads=norm(ords.get("before_noun", [])), owned=norm(ords.get("owned", [])),
                 passive=norm(ords.get("passive", [])),
                 states={tuple(normalize_text(w).lower().split()): k for k, e in lex.section("events", {}).items()
                         for w in e.get("states", [])},
                 verb_forms=norm(lex.section("event_subject", {}).get("verb_forms", [])),
                 light_verbs=norm(lex.section("event_subject", {}).get("light_verbs", [])),
                 plans=norm(lex.section("event_subject", {}).get("plans", [])),
                 anniversaries=norm(lex.section("event_subject", {}).get("anniversaries", [])),
                 clause_openers=norm(lex.section("event_subject", {}).get("clause_openers", [])),
                 kin=frozenset(normalize_text(w).lower() for w in lex.section("names", {}).get("kin", [])),
                 kin_objects=norm(lex.section("event_subject", {}).get("kin_objects", [])),
                 same={normalize_text(w).lower(): normalize_text(g[0]).lower()
                       for g in lex.section("event_subject", {}).get("same_nouns", []) for w in g},
                 incident_verbs=tuple(sorted({tuple(normalize_text(v).lower().split())
                                              for v in lex.section("event_subject", {}).get("incident_verbs", [])})),
                 phrasal=phrasal, article=normalize_text(lex.section("script", {}).get("article", "")),
                 verb_particles=norm(lex.section("event_subject", {}).get("verb_particles", [])),
                 agent_links=norm(lex.section("event_subject", {}).get("agent_links", [])),
                 day_parts=tuple(sorted({normalize_text(w).lower() for w in lex.section("event_subject", {}).get("day_parts", [])},
                                        key=len, reverse=True)))


def _bare(tok: str, data: _Data) -> str:
    """A word without an attached conjunction (`وأصدر` → `أصدر`) when the rest is a word."""
    if data.prefixes and len(tok) > 3 and tok[0] in data.prefixes:
        return tok[1:]
    return tok


def phrasal_pair(toks, i: int, data: _Data) -> tuple[str, str] | None:
    """The seed of two words ("set up") the tokens at ``i`` and after it make, or None; where the
    subject follows its verb, a definite subject may stand between them (`دخلت المحطة الخدمة`)."""
    if not data.phrasal or i + 1 >= len(toks):
        return None
    first = toks[i][2]
    for word in (first, _bare(first, data)):   # (`ودخلت الخدمة`: after a conjunction too)
        if (pair := (word, toks[i + 1][2])) in data.phrasal:
            return pair
        if data.side == "after" and data.article and i + 2 < len(toks) and toks[i + 1][2].startswith(data.article) \
                and (gapped := (word, toks[i + 2][2])) in data.phrasal:
            return gapped
    return None


def state_since(toks, i: int, data: _Data) -> str | None:
    """The class of a state whose words end at token ``i`` right before "since" ("in service since
    1976", `العامل منذ 1976`): the event that began it."""
    if not data.states or i + 1 >= len(toks) or not (toks[i + 1][2] in data.founding_lead or _bare(toks[i + 1][2], data) in data.founding_lead):
        return None
    for n in (1, 2, 3):
        if i - n + 1 >= 0 and (kind := data.states.get(tuple(t for _, _, t in toks[i - n + 1:i + 1]))):
            return kind
    return None


def phrasal_width(toks, i: int, data: _Data) -> int:
    """How many tokens the event word at ``i`` spans: two for a seed of two words ("set up"), three
    with a subject between them."""
    pair = phrasal_pair(toks, i, data)
    return 1 if pair is None else 2 if toks[i + 1][2] == pair[1] else 3


@lru_cache(maxsize=32)
def weekday_words(lex) -> frozenset[str]:
    """The weekday names, normalised, with and without the article: a day is never what an event
    happened to (`اندلع عصر السبت`: the fire, not Saturday)."""
    names = {normalize_text(n).lower() for ns in lex.section("weekdays", {}).values() for n in ns}
    article = normalize_text(lex.get(Script).article)
    return frozenset(names | ({n[len(article):] for n in names if article and n.startswith(article)}))


def part_before(d, text: str, parts: tuple[str, ...]) -> int:
    """The length of a part of a day written right before a date ("the night of "), 0 when none."""
    if not parts:
        return 0
    raw = text[max(0, d.start - 24):d.start]
    before, ws = normalize_text(raw).lower().rstrip(), len(raw) - len(raw.rstrip())
    hit = next((p for p in parts if before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum())), None)
    return len(hit) + ws if hit else 0
