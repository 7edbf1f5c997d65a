"""NAME001's guard for two people: two spellings of a name, each first told as a full name that
introduces its own person ("Teiti Kautu, a fisherman" … "Hatchery manager Teiti Kaitu"; `سعيد بنحمو،
رئيس قسم الشؤون الاقتصادية` … `سعيد بنحمود، بائع الخضر`), are two people, not one name spelt two ways —
unless the two introductions tell the same thing of them (one person introduced twice)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .lexicon import names_data
from .reintroduced import _data as description_data, _description as description, introduced_apart

_DESCRIBED = 6   # words after a name that its introduction is read from
_KIN_WORDS, _KIN_CHARS = 2, 40   # words right before a name where a word of kinship makes its description a relative's
_SET_OFF = compiled(r"\s*[,،]\s*")
_WORDS = compiled(r"[^\W\d_][\w'’-]*")


def both_introduced(ctx, told, words: tuple[str, str] = ("", "")) -> bool:
    """The spelling written less (once) and the other, each first told as a full name with an age,
    a relative or a title (``[variants] introduced_after``, ``introduced_before``) or, where the
    spellings are family names, a description set off after it (``described_after``), one at least
    after the name; and no content word shared by the two descriptions ("Kazunori Sasamori, the
    mayor" … "Kazunori Sasamoto, the town's mayor": one). Two given names of one family name are two
    people only by the first kinds ("Deputy mayor Arman Davtyan" … "Armen Davtyan, 55,"), not by a
    description (`سيلفيو برلسكوني (81 عاماً)` … `سيلقيو برلسكوني، رئيس الحكومة`: one)."""
    after, described, before = _introductions(ctx.lexicon)
    if after is None or len(told) != 2 or len(told[0]) != 1 or not told[1] \
            or any(len(ms[0].tokens) < 2 for ms in told):
        return False
    family = all(not w or any(w in (m.key, m.tokens[-1]) for m in ms[:1]) for ms, w in zip(told, _by_told(told, words)))
    view = ctx.doc.normalized
    ways, said = [], []
    for ms in told:
        m = ms[0]
        s, e = view.from_original(m.start), view.from_original(m.end)
        ways.append("after" if after.match(view.text, e) or family and described is not None and described.match(view.text, e) else
                    "before" if before is not None and before.search(view.text[max(0, s - 60):s]) else None)
        said.append(_described(ctx.lexicon, view.text[e:e + 80]) if ways[-1] == "after" else set())
    return None not in ways and "after" in ways and not said[0] & said[1]


def given_apart(a, b, at: tuple[int, int] | None = None) -> bool:
    """Two full names of people whose family names are the spellings compared (the words at ``at``,
    when given) and whose given names differ too ("Omar Bushnaf" … "Ammar Bushnaq", `عمر بوشناف` …
    `عمار بوشناق`): two people, a slip seldom touches two words."""
    if a is None or b is None or a is b or not (a.full and b.full and a.person and b.person) \
            or len(a.tokens) < 2 or len(a.tokens) != len(b.tokens) or a.tokens[0] == b.tokens[0] \
            or a.tokens[-1] == b.tokens[-1]:
        return False   # (not a name and a shorter form of it: "Ismail Ould Cheikh Ahmed" … "Ould Cheikh Akhmed")
    return at is None or a.spans[-1][0] <= at[0] < a.spans[-1][1] and b.spans[-1][0] <= at[1] < b.spans[-1][1]


def described_apart(ctx, a, b) -> bool:
    """Two full names of one given name and two family names, each told with a description of its own that holds a content word the other
    lacks ("Jonas Keller, economist at Nordwest Bank in Bremen" … "Jonas Kellner, chief economist at a
    Frankfurt bank"; `الرئيس التنفيذي للمجموعة سالم الكتبي` … `سالم الكعبي، رئيس قطاع الشحن في
    المجموعة`): two people. Not one description that only adds to the other ("Kazunori Sasamori, the
    mayor" … "Kazunori Sasamoto, the town's mayor": one person told twice)."""
    if a is None or b is None or a is b or not (a.full and b.full and a.person and b.person) or len(a.tokens) < 2 or len(b.tokens) < 2 \
            or a.tokens[0] != b.tokens[0] or a.tokens[-1] == b.tokens[-1]:
        return False   # (one given name, two family names: a slip in a given name is one still)
    d = description_data(ctx.lexicon)
    if _kin_before(ctx, a) or _kin_before(ctx, b):
        return False   # (a relative's description: "a new custodian from the descendants of Sheikh Hamad al-…")
    (said_a, sa, ea, _), (said_b, sb, eb, _) = description(ctx, a, d), description(ctx, b, d)
    if not (_lacks(said_a, said_b) and _lacks(said_b, said_a)):
        return False
    roles = d.roles | d.offices   # (a description that names a role: not the words of a list around a place)
    if said_a & roles and said_b & roles:
        return True
    # or each set off right after its name and naming a place or a body the other does not ("Jonas Keller,
    # economist at Nordwest Bank in Bremen" … "Jonas Kellner, chief economist at a Frankfurt bank")
    names_a, names_b = _set_off_names(ctx, a, sa, ea, d), _set_off_names(ctx, b, sb, eb, d)
    if names_a - names_b and names_b - names_a:
        return True
    # or the later introduced as another person than the earlier ("The trust's chief executive, Paula
    # Greaves" … "Paula Graves, who has been a paramedic in Scarborough")
    return introduced_apart(ctx, *sorted((a, b), key=lambda m: m.start))


def _kin_before(ctx, m) -> bool:
    """A word of kinship among the few words right before a name (a title may stand between: `من ذرية
    الشيخ حمد`, "the son of Sheikh Hamad"): what the clause there tells is a relative's."""
    rx = names_data(ctx.lexicon).kin
    if rx is None:
        return False
    words = _WORDS.findall(ctx.doc.normalized_slice(max(0, m.start - _KIN_CHARS), m.start))[-_KIN_WORDS:]
    return any(rx.fullmatch(w) for w in words)


def _set_off_names(ctx, m, s: int, e: int, d) -> set[str]:
    """The capitalised words of a description set off by a comma right after the name ``m`` (none
    when it is not one, or opens with a word of saying: "Rio de Janeir, told Reuters")."""
    text = ctx.doc.text
    if s <= m.end or not _SET_OFF.fullmatch(text, m.end, s):
        return set()
    words = _WORDS.findall(text, s, e)
    if not words or normalize_text(words[0]).lower() in d.ends:
        return set()
    return {w for w in words[1:] if w[:1].isupper()}   # (past its first word, capitalised or not)


def _lacks(words: set[str], other: set[str]) -> bool:
    """A word of ``words`` that ``other`` lacks, a word and the same word with a letter before it
    read as one (`وزير` … `زير`, an attached letter taken for a conjunction)."""
    return any(not any(w.endswith(o) or o.endswith(w) for o in other) for w in words)


def _by_told(told, words: tuple[str, str]) -> tuple[str, str]:
    """The variant word each list of mentions holds, in the order of ``told``."""
    a, b = words
    return (a, b) if a and any(a in (m.key, *m.tokens) for m in told[0]) else (b, a)


def _described(lex, text: str) -> set[str]:
    """The content words of the few words of a description after a name, to its clause's end."""
    words = re.findall(r"[^\W\d_]{3,}", re.split(r"[.;:؛]", text, maxsplit=1)[0])[:_DESCRIBED]
    return set(words) - _stop(lex)


@lru_cache(maxsize=32)
def _stop(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("stopwords", {}).get("words", []))


@lru_cache(maxsize=32)
def _introductions(lex):
    v = lex.section("variants", {})
    rx = lambda ps: compiled("|".join(f"(?:{p})" for p in ps)) if ps else None  # noqa: E731
    return rx(v.get("introduced_after", [])), rx(v.get("described_after", [])), rx(v.get("introduced_before", []))
