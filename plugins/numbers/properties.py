"""NUM001's reading of a measure told as the value of a property of a thing: "with a capacity of
160 megawatts", `بقدرة 160 ميغاواط`, `التي تبلغ قدرتها الإنتاجية 120 ميغاواط`. The figure's
unit of measure (language data ``[quantities] measure_units``) follows it; the property is the noun
before a word that gives a value ("capacity of", `يقدر بـ`), the noun a value prefix is attached to
(`بقدرة`, language data ``[figures] value_prefixes``), the noun right after a word that leads a
measure (`على مسافة 450 متراً`, ``value_leads``), or the noun phrase right after a verb that
gives a value (`تبلغ قدرتها`). Such a measure is keyed by its property and its unit, so that only
one property in one unit is compared, and told back by a possessive (`قدرتها`, "its capacity")."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from checker.language.normalize import normalize_text

from .common import alternation_rx, bare as _bare, figures_data, measure_units

_REACH = 60   # characters before the figure
_OTHER_REACH = 6   # words before a property's noun searched for one that makes its thing another


def property_head(lex, nt: str, start: int, after: list[str]):
    """The head of a measure at ``start`` of the normalised text ``nt`` whose unit is the first of
    the words ``after`` it, when a property names what it measures; else None."""
    from .heads import _SENTENCE_MARK, _WORD, _head, _is_noun, head_data, noun_key   # (heads reads this module)
    data = _data(lex)
    if data is None or not after:
        return None
    unit = " ".join(after[:2]) if len(after) > 1 and " ".join(after[:2]) in data[0] else after[0]   # "cubic metres"
    if unit not in data[0]:   # (``nt`` is normalised)
        return None
    _, value_end, value_then, value_prefixes, _, _, _, _, _, _ = data
    d = head_data(lex)
    before = _SENTENCE_MARK.split(nt[max(0, start - _REACH):start])[-1]
    words = _WORD.findall(before)
    nouns: list[str] = []
    owned = False
    if value_end is not None and (m := value_end.search(before)):
        front = _WORD.findall(before[:m.start()])
        while len(front) > 1 and data[8] and front[-1].startswith(data[8]):
            front = front[:-1]   # `الطاقة الإنتاجية للمحطة البالغة`: the property before its thing's complement
        nouns = [w for w in front[-2:] if _is_noun(d, w)]   # "a capacity of"
    elif words and (p := next((p for p in value_prefixes if words[-1].startswith(p)), None)) \
            and before.rstrip().endswith(words[-1]) and _is_noun(d, words[-1][len(p):]):
        nouns = [words[-1][len(p):]]   # `بقدرة 160 ميغاواط`
    elif len(words) >= 2 and words[-2] in data[6] and before.rstrip().endswith(words[-1]) and _is_noun(d, words[-1]):
        nouns = [words[-1]]   # `على مسافة 450 متراً`, "over a distance of"
    elif value_then is not None and (m := value_then.search(before)):
        nouns = [w for w in m.group(1).split() if _is_noun(d, w)]   # `تبلغ قدرتها الإنتاجية 120 ميغاواط`
    elif words and words[-1] in data[9] and before.rstrip().endswith(words[-1]):
        nouns, owned = [words[-1]], True   # `خزان سعته 25 ألف برميل`: its owner's pronoun on it, already known
    bare = [_unowned(data[4], w) for w in nouns]
    reach = len(words) if bare != nouns else _OTHER_REACH   # (a possessive: its owner anywhere before, in the sentence)
    if not nouns or any(w in d.additional or w in data[7] or _bare(w, d.prefixes) in data[7]   # (`المحطة الأخرى`)
                        for w in words[max(0, len(words) - len(nouns) - reach):len(words) - len(nouns)]):
        return None   # ("وشيد جسر ثان بطول 500 متر", "a second bridge, 500 metres long", "the old plant …, whose capacity": another thing's)
    lead = before.split()[:-len(nouns)]
    told = bare != nouns or bool(lead) and lead[-1] in data[5] or owned   # a possessive or a determiner: already known
    head = _head(lex, d, bare, True, d.head_last)
    if head is None or head.generic:
        return None
    key = f"{head.main} {' '.join(noun_key(lex, w) for w in unit.split())}"
    return replace(head, main=key, keys=frozenset({key}), definite=told, generic=False, measured=True)


def owned_property(lex, nt: str, start: int) -> bool:
    """One of the last two words before the figure at ``start`` is a property's noun with its owner's
    pronoun (``owned_properties``: `تبلغ سعته 40 ألف برميل`)."""
    data = _data(lex)
    return data is not None and bool(data[9]) and bool(data[9].intersection(nt[max(0, start - 30):start].split()[-2:]))


def _unowned(endings, word: str) -> str:
    """The noun without a possessive ending (`قدرتها` → `قدره`; data "ending>replacement")."""
    for old, new in endings:
        if word.endswith(old) and len(word) - len(old) >= 2:
            return word[:len(word) - len(old)] + new
    return word


@lru_cache(maxsize=32)
def _data(lex):
    units = measure_units(lex)
    if not units:
        return None
    f = figures_data(lex)
    conj = "".join(sorted({normalize_text(w) for w in lex.section("enumerations", {}).get("and", []) if len(w.strip()) == 1}))
    lead = rf"(?<![^\W\d_])[{conj}]?" if conj else r"(?<![^\W\d_])"   # `وتبلغ طاقتها`: "and" attached to the verb
    value_then = alternation_rx(f.get("value_of", []), before=lead, after=r"\s+((?:[^\W\d_]+\s+){1,2})$")
    return (units, alternation_rx(f.get("value_of", []), after=r"\s*$"), value_then,
            tuple(normalize_text(p) for p in f.get("value_prefixes", [])),
            tuple((normalize_text(a), normalize_text(b)) for a, _, b in (e.partition(">") for e in f.get("possessive_endings", []))),
            frozenset(normalize_text(w) for w in f.get("definite", [])),
            frozenset(normalize_text(w) for w in f.get("value_leads", [])),
            frozenset(normalize_text(w) for w in f.get("another", [])),
            tuple(normalize_text(w) for w in f.get("complement_prefixes", [])),
            frozenset(normalize_text(w) for w in f.get("owned_properties", [])))


def capacity_head(lex, nt: str, start: int, head):
    """A count told as what a thing can hold ("the shelter can hold 150 dogs", `يتسع لـ150 كلباً`,
    `ليستوعب مئتي كلب`, ``[figures] capacity``): keyed apart from counts of the same noun ("38 dogs
    collected"), so that two capacities of one noun are compared with each other only."""
    rx = _capacity_rx(lex)
    if rx is None or head is None or not rx.search(nt[max(0, start - _REACH):start]):
        return head
    key = f"capacity {head.main}"
    return replace(head, main=key, keys=frozenset({key}))


@lru_cache(maxsize=32)
def _capacity_rx(lex):
    return alternation_rx(figures_data(lex).get("capacity", []), after=r"\s*$")
