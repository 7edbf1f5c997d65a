"""What a figure counts: the head noun of its noun phrase ("14 residents", "a $3 billion
contract", `145 ألف طفل`), or the noun an amount measures ("a reward of $5m", `عقد بقيمة`,
"the number of children … 154,000"), reduced to a key that a plural, a broken plural or a
synonym shares with its singular. A figure that measures (years, points, an age, a price per
barrel), names ("Doom 3"), adds to another ("18 other cases") or is a fraction ("79 out of 106")
has no head. The words are the family's language data.

Long because: the head data and the readers of the noun phrases before and after a figure share
their private helpers and word tests; split, each part would import the other's internals."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from checker.extractors.plurals import plural_noun
from checker.extractors.quantity_definite import owned_noun
from checker.language.matching import phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import alternation_rx, bare, figures_data, number_words, plural_word, prefixes, stem_key
from .properties import owned_property, property_head
from .reached import reached_subject, subject_before
from .verb_heads import people_of_verb

_WORD = compiled(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NEXT = compiled(r"\s{0,3}([^\W\d_]+)")   # the word right after a figure
_LOOK = 60   # characters searched either side of a figure
_COUNT_REACH = 6   # words between "the number of" and a figure with its own noun, telling its total
_LAST_WORD = compiled(r"(?:^|\s)([^\W\d_]+)$")
_WORD_THEN_SPACE = compiled(r"\s*([^\W\d_]+)\s")
_SENTENCE_MARK = compiled(r"[.!?؟;؛\n]")
_CAPITALISED_END = compiled(r"[A-Z][\w-]*[^\S\n]*\Z")
_DIGIT = compiled(r"\d")   # a figure written in digits (not `السبعة والعشرين`, words only)
_CLAUSE_MARK = compiled(r"[,،;؛:.!?«»\"()]")   # where the clause before a figure opens
_PHRASE_END = compiled(r"[.,،!?؟;؛:\n()«»\"“”]|\d")


@dataclass(frozen=True)
class Head:
    main: str                 # the key of the noun counted
    keys: frozenset[str]      # the keys of its noun phrase (the noun and its modifiers)
    definite: bool            # told as something already known: "the 17 residents", `العقد`
    generic: bool             # people in general, or a toll: compared by NUM001's toll reading only
    word: str = ""            # the noun as written (normalised), for messages
    measured: bool = False    # the noun an amount measures, told before it: "a reward of $5m"
    counted: frozenset[str] = frozenset()   # keys of the noun "the number of" names before it
    new: bool = False         # "three new plants", `ثلاثة مصانع جديدة`: added to those there were
    reached: bool = False     # the value a change reached: "Net profit rose 12% to $3.4m"
    change: bool = False      # the rate of a change of the noun (`خفض الدعم 35%`): no new value

    def same_thing(self, other: "Head", compounds: bool) -> bool:
        """The same noun, or (where nouns compound: "savings package", or where one is the noun
        phrase an amount measures: `ميزانية المشروع البالغة`) one's noun in the other."""
        compounds = compounds or self.measured or other.measured
        return self.main == other.main or compounds and (self.main in other.keys or other.main in self.keys) \
            or bool(self.counted & other.keys or other.counted & self.keys)   # `عدد أعضاء الحكومة … 31 وزيراً`, `بأعضائها الـ32`

    def other_modifiers(self, other: "Head") -> bool:
        """Both phrases qualify the noun, differently: "two Brit awards", "three Grammy awards"."""
        ma, mb = self.keys - {self.main, other.main}, other.keys - {self.main, other.main}
        return bool(ma and mb) and not ma & mb


@dataclass(frozen=True)
class _Data:
    suffixes: tuple[tuple[str, str], ...]
    vowels: str
    initial: str
    irregular: dict
    synonym: dict
    units: frozenset[str]
    modifiers: frozenset[str]
    generic: frozenset[str]
    definite: frozenset[str]
    of: frozenset[str]
    value_of: re.Pattern | None
    count_of: re.Pattern | None
    out_of: re.Pattern | None
    rate: re.Pattern | None
    change_after: re.Pattern | None
    additional: frozenset[str]
    stop: frozenset[str]
    prefixes: tuple[str, ...]
    number_words: frozenset[str]
    things: dict
    tolls: frozenset[str]
    head_last: bool
    participles: tuple[str, ...]
    names_capitalised: bool
    proclitics: tuple[str, ...]
    plural_ends: bool
    singular_endings: tuple[str, ...]
    amount_of: frozenset[str]
    substance: frozenset[str] = frozenset()
    measure_of: re.Pattern | None = None
    amount_only: frozenset[str] = frozenset()   # value words before an amount, never a bare count
    novel: frozenset[str] = frozenset()   # "new": things added, not those already there
    rate_nouns: re.Pattern | None = None   # `نسبة`: a rate named by the noun after it (head first)
    per_time: dict = field(default_factory=dict)   # after a rate word, a time unit -> the word of its rate ("daily")
    owners: tuple[str, ...] = ()   # pronoun suffixes that make a noun its owner's (`أطفالها`)
    change_nouns: re.Pattern | None = None   # `خفض`, "cut": a change whose rate the figure is, before it
    change_kind: dict = field(default_factory=dict)   # a change's word -> its kind ("cut", "rise")
    change_by: frozenset[str] = frozenset()   # `بنسبة`, "by": before the rate of a change
    rate_words: frozenset[str] = frozenset()   # the rate words written whole ("per", `لكل`), not a prefix (`للأوقية`)
    keys: dict = field(default_factory=dict, compare=False, hash=False, repr=False)   # word -> key
    normal: dict = field(default_factory=dict, compare=False, hash=False, repr=False)   # normalised word -> key


@lru_cache(maxsize=32)
def head_data(lex) -> _Data:
    f = figures_data(lex)
    q = lex.section("quantities", {})
    sfx = tuple((normalize_text(a), normalize_text(b)) for a, _, b in (s.partition(">") for s in f.get("suffixes", [])))
    vowels, initial = normalize_text(f.get("vowels", "")), normalize_text(f.get("initial_vowels", ""))
    irregular = {normalize_text(k): normalize_text(v) for k, v in f.get("irregular", {}).items()}
    pf = prefixes(lex)
    stem = lambda w: stem_key(sfx, vowels, initial, irregular, pf, normalize_text(w))  # noqa: E731

    synonym = {}
    for group in f.get("synonyms", []):
        keys = [stem(w) for w in group]
        for k in keys:
            synonym.setdefault(k, keys[0])
    rate = [re.escape(normalize_text(w)) + r"(?![^\W\d_])" for w in f.get("rate", [])]
    rate += [re.escape(normalize_text(w)) + r"[^\W\d_]{2,}" for w in f.get("rate_prefixes", [])]
    changes = f.get("shares", {}).get("changes", {})
    return _Data(
        sfx, vowels, initial, irregular, synonym,
        frozenset(stem(w) for w in f.get("units", [])), frozenset(stem(w) for w in f.get("modifiers", [])),
        frozenset(stem(w) for w in f.get("generic", [])),
        frozenset(normalize_text(w) for w in f.get("definite", [])),
        frozenset(normalize_text(w) for w in f.get("of", [])),
        alternation_rx(f.get("value_of", []), after=r"\s*$"),
        alternation_rx(f.get("count_of", [])),
        alternation_rx(f.get("out_of", []), before=r"\s*"),
        re.compile(rf"\s*(?:{'|'.join(rate)})") if rate else None,
        alternation_rx(f.get("change_after", []), before=r"^[^\W\d_]*\s*(?:[^\W\d_]+\s+)?"),
        frozenset(normalize_text(w) for w in f.get("additional", [])),
        frozenset(normalize_text(w) for w in lex.section("stopwords", {}).get("words", []) + f.get("phrase_ends", [])), pf,
        number_words(lex),
        {phrase_key(w): c for c, ws in q.get("things", {}).items() for w in ws},
        frozenset(f.get("tolls", [])), bool(f.get("head_last")), tuple(f.get("participle_suffixes", [])),
        bool(f.get("names_capitalised")), tuple(normalize_text(p) for p in lex.proclitics),
        bool(f.get("plural_ends_phrase")), tuple(normalize_text(w) for w in f.get("singular_endings", [])),
        frozenset(normalize_text(w) for w in f.get("amount_of", [])),
        frozenset(stem(w) for w in f.get("substance_units", [])), alternation_rx(f.get("measure_of", [])),
        frozenset(normalize_text(w) for w in f.get("amount_only", [])),
        frozenset(normalize_text(w) for w in f.get("novel", [])),
        None if f.get("head_last") else alternation_rx(f.get("shares", {}).get("rates", []), before=rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(pf, key=lambda p: (-len(p), p))))})?"),
        {stem(k): normalize_text(v) for k, v in f.get("per_time", {}).items()},
        tuple(normalize_text(w) for w in q.get("article_count_owners", [])),
        alternation_rx([w for ws in changes.values() for w in ws], before=rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(pf, key=lambda p: (-len(p), p))))})?", after=r"(?![^\W\d_])"),
        {normalize_text(w): kind for kind, ws in changes.items() for w in ws},
        frozenset(normalize_text(w) for w in f.get("change_by", [])),
        frozenset(normalize_text(w) for w in f.get("rate", [])))


_MEMO = 200_000   # words whose keys are remembered per language, before the memory is reset


def noun_key(lex, word: str) -> str:
    d = head_data(lex)
    got = d.keys.get(word)
    if got is None:
        got = noun_key_data(d, normalize_text(word))
        if len(d.keys) >= _MEMO:
            d.keys.clear()
        d.keys[word] = got
    return got


def _is_noun(d: _Data, word: str) -> bool:
    """Not a stopword, nor one after a one-letter proclitic (`وما`), nor a number word."""
    return word not in d.stop and word not in d.number_words and len(word) >= 3 \
        and not (word[:1] in d.proclitics and word[1:] in d.stop)


def _definite_word(d: _Data, word: str) -> bool:
    """A word with the attached article (every attached prefix of the language carries it)."""
    return bare(word, d.prefixes) != word and len(d.prefixes) > 0


def article_attached(d: _Data, before: str) -> bool:
    """The figure is written against the article (`موازنة الـ650 مليون`): a thing already told."""
    w = _LAST_WORD.search(before)
    return w is not None and w.group(1) in d.prefixes


def head_of(lex, nt: str, start: int, end: int, original: str = "", amount: bool = False,
            share: bool = False) -> Head | None:
    """The head of the figure at ``[start, end)`` of the normalised text ``nt``; ``original``
    is the original text of the 30 characters before the figure (for capitalised names). An
    ``amount`` (a sum of money) measures the noun told right before it when a word says so ("a
    reward of $5m", `عقد بقيمة 3 مليارات دولار لبناء …`), whatever follows it; a ``share`` (a
    percentage) is the rate a rate noun and the noun after it name before it, in its clause, where
    the head comes first (`بلغت نسبة المشاركة 11.4%`)."""
    d = head_data(lex)
    if share and ((rated := _rate_named(lex, d, nt, start)) is not None or (rated := _change_named(lex, d, nt, start, end)) is not None):
        return rated
    if nt[end:end + 1] == "-" or (d.out_of is not None and d.out_of.match(nt, end)) or named(lex, original):
        return None   # "a four-set win", "a 10-year bond", "79 out of 106", "Doom 3"
    if (told := _told_by_next(lex, d, nt, start, end)) is not None:
        return told
    after, measured = _after_words(d, nt, end)
    if after and not amount and (told := property_head(lex, nt, start, after)) is not None:
        return told   # "a capacity of 160 megawatts", `بقدرة 160 ميغاواط`
    if measured and not after and (u := _NEXT.match(nt, end)) and (told := property_head(lex, nt, start, _WORD.findall(nt, end, u.end() + 20)[:2])):
        return told   # `بطول 600 متر`: a length in a unit that is also a measure of time or a rate's
    reached = reached_subject(lex, nt, start, lambda w: _is_noun(d, w)) if not after else None
    before_text = _SENTENCE_MARK.split(nt[max(0, start - _LOOK):start])[-1]
    attached = article_attached(d, before_text)
    if measured and not (reached and d.change_after is not None and d.change_after.search(nt[end:end + 40])
                         or attached and _WORD.fullmatch(nt, start, end) and not _other_next(d, nt, end)):
        return None   # (`الحارات الست`: no rate; "rose to 212 million riyals, compared with 186 million": the value)
    if amount and not after and (m := _WORD_THEN_SPACE.match(nt[end:end + 20])) and m.group(1) in d.amount_of:
        after, measured = _after_words(d, nt, end + m.end())   # "$9.4 million in emergency aid"
        if measured:
            return None
    before_words = _WORD.findall(before_text)
    definite = bool(before_words) and before_words[-1] in d.definite or attached \
        or before_text.rstrip().endswith(("'s", "’s"))   # "the route's 11,000 passengers": a possessive
    words, last, measured = after, d.head_last, False
    if attached and len(before_words) >= 2 and _is_noun(d, before_words[-2]) and _counts_before(lex, d, nt, start, end, words) and \
            (not words or _definite_word(d, w2 := before_words[-2]) or plural_noun(lex, w2) or owned_noun(lex, w2)):
        # `موازنة الـ650 مليون`: the noun it sums; `المتسابقين الـ64 المتأهلين`, `الركاب السبعة والعشرين نُقلوا`: the noun it counts
        words, measured = [before_words[-2]], True
    if reached and not attached:   # "Net profit rose 12% to $3.4m": the value its subject reached
        words, last, measured, definite = reached, d.head_last, True, True
    elif amount and not share and not words and (noun := prefixed_noun(lex, d, before_text)):   # `بمبيعات 48 مليون ريال`
        words, measured = [noun], True
    elif (not words or amount) and d.value_of is not None and (m := d.value_of.search(before_text)) \
            and not (d.count_of is not None and d.count_of.search(before_text[max(0, m.start() - 8):m.start()])):   # (`عددها بـ`)
        if not amount and not words and " ".join(m.group().split()) in d.amount_only:
            return None   # "her first novel at 24": an age or a time, not a value of the novel
        nouns = [w for w in _WORD.findall(subject_before(lex, nt, start - len(before_text) + m.start(), before_text[:m.start()]))[-2:] if _is_noun(d, w)]
        if any((k := noun_key_data(d, w)) in d.units and len(k) >= 3 for w in nouns):
            return None   # "at the age of 24" (not `غلاف مالي`, whose two-letter key a scale word shares)
        words = nouns or words
        # the noun phrase before the value: its last word ("the contract"), or where the head comes
        # first, the first of a construct whose second noun carries the article (`ميزانية المشروع`)
        last = d.head_last or not (len(nouns) == 2 and _definite_word(d, nouns[1])
                                   and not _definite_word(d, nouns[0]))
        measured = bool(nouns)
        lead = _WORD.findall(before_text[:m.start()])[-4:-len(nouns) or None]
        definite = definite or bool(nouns) and _definite_word(d, nouns[-1]) or any(w in d.definite for w in lead)
    counted: list[str] = []
    if d.count_of is not None and (found := list(d.count_of.finditer(before_text))):
        between = _WORD.findall(before_text[found[-1].end():])
        if not words:
            words = [w for w in between[:2] if _is_noun(d, w)] or _antecedent(lex, d, before_text[:found[-1].start()])
            definite = True   # "the number of children": the children already told (or "whose number": `التي قدّرت عددها`)
        elif len(between) <= _COUNT_REACH and not re.search(r"[,،]", before_text[found[-1].end():]):
            # (not "cutting the number of managers, was defeated by 33 votes": another clause)
            definite = True   # "the number of candidates reached 20 students": a total already told
            counted = [w for w in between[:1] if _is_noun(d, w)]   # … and the candidates are what it counts
    if after and not definite:
        definite = _definite_word(d, after[0])
    head = _head(lex, d, words, definite, last, measured)
    if head is not None and reached and not attached:
        head = replace(head, reached=True)
    if head is not None and d.novel and \
            not d.novel.isdisjoint(_WORD.findall(_PHRASE_END.split(nt[end:end + _LOOK], 1)[0])[:3]):
        head = replace(head, new=True)   # "three new plants", `ثلاثة مصانع جديدة`
    if head is not None and counted:
        extra = frozenset(noun_key(lex, w) for w in counted)
        head = replace(head, keys=head.keys | extra, counted=extra)
    return head


_RELATIVE_REACH = 3   # words between a relative and "the number of"


@lru_cache(maxsize=32)
def _relative_rx(lex) -> re.Pattern | None:
    words = figures_data(lex).get("relative", [])
    return compiled(rf"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[,،]\s*(?:{'|'.join(re.escape(normalize_text(w)) for w in words)})"
                    rf"(?:\s+[^\W\d_]+){{0,{_RELATIVE_REACH}}}\s*$") if words else None


def _antecedent(lex, d: _Data, before: str) -> list[str]:
    """The noun phrase a relative set off by a comma describes, right before "the number of": the
    things a count told as "their number" counts."""
    rx = _relative_rx(lex)
    m = rx.search(before) if rx is not None else None
    return [w for w in m.group(1).split() if _is_noun(d, w)] if m else []


@lru_cache(maxsize=32)
def person_shapes(lex) -> tuple[tuple, tuple[str, ...]]:
    """The shapes of a noun of a person (``[figures.all_told] person_shapes``, "?" any letter) as patterns, and
    the endings taken off before they are matched (``shape_endings``)."""
    d = figures_data(lex).get("all_told", {})
    return (tuple(compiled("^" + "".join("." if c == "?" else re.escape(c) for c in normalize_text(w)) + "$")
                  for w in d.get("person_shapes", [])), tuple(normalize_text(e) for e in d.get("shape_endings", [])))


def _counts_before(lex, d: _Data, nt: str, start: int, end: int, after: list[str]) -> bool:
    """A figure with the article attached counts the noun before it, unless the words after it tell what
    it counts: a noun after a scale word (`عائدات الـ33 ألف تذكرة`), a noun of a person's shape after a
    number word (`أخرجنا الأربعة والسبعين عاملاً`)."""
    return not after or _definite_word(d, after[0]) or not _WORD.search(nt, start, end) \
        or not _DIGIT.search(nt, start, end) and not _person_shaped(lex, after[0])


def _person_shaped(lex, w: str) -> bool:
    """``w`` is a noun of a person's shape once an ending is taken off (`عاملاً`: [figures.all_told] person_shapes)."""
    shapes, endings = person_shapes(lex)
    return any(w.endswith(e) and len(w) > len(e) + 2 and p.match(w[:-len(e)]) for e in endings for p in shapes)


def _told_by_next(lex, d: _Data, nt: str, start: int, end: int) -> Head | None:
    """The head a word after a figure tells with what is before it: a substance's unit ("tonnes of
    wheat"), a word for people after a verb that says what they are ("will employ 2,400 people"); told
    as known with the article on the figure (`حصة الـ15 لتراً المخصصة`)."""
    if (u := _NEXT.match(nt, end)) is None:
        return None
    if d.substance and (unit := noun_key(lex, u.group(1))) in d.substance:
        if owned_property(lex, nt, start) and (owned := property_head(lex, nt, start, _WORD.findall(nt, end, u.end() + 20)[:2])):
            return owned   # `الخزان الذي تبلغ سعته 40 ألف برميل من البنزين`: its capacity, not the petrol
        told = _substance(lex, d, nt, start, u.end(), unit)
        if told is not None and not told.definite and article_attached(d, _SENTENCE_MARK.split(nt[max(0, start - _LOOK):start])[-1]):
            return replace(told, definite=True)
        return told
    then = _NEXT.match(nt, u.end())
    told = people_of_verb(lex, _WORD.findall(_SENTENCE_MARK.split(nt[max(0, start - _LOOK):start])[-1]),
                          lambda w: noun_key(lex, w), d.generic, u.group(1), then.group(1) if then else None)
    return Head(told[1], frozenset({told[1]}), False, False, told[0]) if told else None


def _rate_named(lex, d: _Data, nt: str, start: int) -> Head | None:
    """`نسبة المشاركة في الانتخابات 11.4%`, `معدل البطالة 9%`: the rate's noun, up to four words
    before the figure with no mark between."""
    if d.rate_nouns is None:
        return None
    before = _CLAUSE_MARK.split(nt[max(0, start - _LOOK):start])[-1]
    found = list(d.rate_nouns.finditer(before))
    rest = _WORD.findall(before[found[-1].end():]) if found else []
    if not rest or len(rest) > 4 or not _is_noun(d, rest[0]) or noun_key_data(d, rest[0]) in d.units:
        return None
    return _head(lex, d, [rest[0]], True, False, True)


def _change_named(lex, d: _Data, nt: str, start: int, end: int) -> Head | None:
    """The rate of a change of a noun, keyed by the change's kind too (a cut and a rise of one noun
    stay apart): the noun after the change's word, up to four words (and a word like `بنسبة`, "by")
    before the figure with no mark between (`خفض دعم الكهرباء للاستهلاك المنزلي بنسبة 30%`, `خفض الدعم
    35%`; "cut electricity subsidies by 30 percent", where the head comes last only with "by"), or
    where the head comes last, the change's noun after the figure and the noun it changes, after
    it or before it ("a 35 percent cut in subsidies", "the 35 percent subsidy cut")."""
    if d.change_nouns is None:
        return None
    before = _CLAUSE_MARK.split(nt[max(0, start - _LOOK):start])[-1]
    found = list(d.change_nouns.finditer(before))
    rest = [w for w in _WORD.findall(before[found[-1].end():]) if w not in d.definite] if found else []
    by = bool(rest) and rest[-1] in d.change_by
    rest, words, kind = rest[:-1] if by else rest, None, None
    if d.head_last and by:   # the noun phrase after the verb, up to a preposition: "cut fuel subsidies for cars by"
        rest = list(itertools.takewhile(lambda w: w not in d.stop, rest))[:3]
    if rest and len(rest) <= 4 and (by or not d.head_last) and _is_noun(d, rest[0]) and noun_key_data(d, rest[0]) not in d.units:
        words = rest if d.head_last else rest[:2] if len(rest) > 1 and _definite_word(d, rest[1]) else rest[:1]
        kind = d.change_kind.get(bare(found[-1].group().strip(), d.prefixes)) or d.change_kind.get(found[-1].group().strip())
    elif d.head_last:   # (`دعم الوقود`: the noun and the definite one it is construct with; not `الدعم 35%`)
        after = _WORD.findall(_PHRASE_END.split(nt[end:end + _LOOK], 1)[0])[:5]
        if after and (kind := d.change_kind.get(after[0])) and len(after) > 1 and after[1] in d.of | _CHANGE_OF:
            words = list(itertools.takewhile(lambda w: w not in d.stop, [w for w in after[2:] if w not in d.definite]))[:3]
            #       ("a 35 percent cut in electricity subsidies")
        elif len(after) > 1 and (kind := d.change_kind.get(after[1])) and _is_noun(d, after[0]):
            words = [after[0]]   # "the 35 percent subsidy cut"
    head = _head(lex, d, words, True, d.head_last, True) if words and kind else None
    if head is None:
        return None
    return replace(head, main=f"{kind}:{head.main}", keys=frozenset(f"{kind}:{k}" for k in head.keys), change=True)


_CHANGE_OF = frozenset({"in", "to", "on", "for"})   # after a change's noun, before what it changes


def _substance(lex, d: _Data, nt: str, start: int, end: int, unit: str) -> Head | None:
    """The head of a figure in a unit of weight or volume ending at ``end``: the substance named
    after it ("928 kilograms of cocaine", `928 كيلوغراما من المخدرات`) or before it as what the
    measure is of ("the amount of cocaine seized, 696 kilograms", `كمية المخدرات المضبوطة، وهي 696
    كيلوغراما`), keyed with the unit so that only measures in one unit are compared."""
    before_text = _SENTENCE_MARK.split(nt[max(0, start - _LOOK):start])[-1]
    before_words = _WORD.findall(before_text)
    definite = bool(before_words) and before_words[-1] in d.definite
    words, measured = _after_words(d, nt, end)
    if measured:
        return None
    if not words and d.measure_of is not None and (found := list(d.measure_of.finditer(before_text))):
        words = [w for w in _WORD.findall(before_text[found[-1].end():])[:2] if _is_noun(d, w)]
        definite = True   # "the amount of cocaine seized": the cocaine already told
    of = _WORD_THEN_SPACE.match(nt, end)
    of = of is not None and of.group(1) in d.of
    if words and not of and d.value_of is not None and (m := d.value_of.search(before_text)) and \
            (nouns := [w for w in _WORD.findall(before_text[:m.start()])[-2:] if _is_noun(d, w)]):
        # `الصادرات البالغة 420 ألف طن قياسية`: the noun the measure is the value of, not the adjective
        words, definite = nouns, definite or _definite_word(d, nouns[-1])
    reached = reached_subject(lex, nt, start, lambda w: _is_noun(d, w)) if not words or not of else None
    if reached:   # "Exports climbed 8% to 460,000 tonnes last season": what reached it
        words, definite = reached, True
    head = _head(lex, d, words, definite, d.head_last)
    if head is None or head.generic:
        return None
    return replace(head, main=f"{head.main} {unit}", keys=frozenset(f"{k} {unit}" for k in head.keys),
                   reached=bool(reached))


def _head(lex, d: _Data, words: list[str], definite: bool, last: bool, measured: bool = False) -> Head | None:
    if not words:
        return None
    head_word = bare(words[-1] if last else words[0], d.prefixes)
    if head_word in d.things:   # "12 ألف نازح معظمهم", "25 killed"
        classes, nouns = {d.things[head_word]}, [words[-1] if last else words[0]]
    else:                       # "8 soldiers killed": the class word qualifies the noun
        classes, nouns = set(), [w for w in words if bare(w, d.prefixes) not in d.things]
    keys = [k for k in (noun_key(lex, w) for w in nouns) if k not in d.modifiers and len(k) >= 2]
    if not keys:
        return None
    main = keys[-1] if last else keys[0]
    if measured:   # `بعقد بقيمة`: the noun may carry an attached preposition (bare ones read too)
        keys += [noun_key(lex, w[len(p):]) for w in nouns for p in d.proclitics
                 if w.startswith(p) and len(w) - len(p) >= 3]
    word = next((w for w in nouns if noun_key(lex, w) == main), "")
    tolls = bool(classes) and classes <= d.tolls
    return Head(main, frozenset(keys), definite, main in d.generic or tolls, word, measured)


def named(lex, before: str) -> bool:
    """Whether a figure after ``before`` is part of a name ("Doom 3") or a note ("Rivaldo (2)")."""
    d = head_data(lex)
    if before.endswith("("):
        return True
    m = _CAPITALISED_END.search(before) if d.names_capitalised else None
    # a capitalised determiner opens a sentence ("The $850 reward", "His fee"): not a name; nor is a
    # word on the line before (a dateline, "REUTER")
    return m is not None and normalize_text(m.group().strip()) not in d.definite | d.stop


def measures(lex, nt: str, end: int, others: bool = True) -> bool:
    """Whether the figure ending at ``end`` measures (a time, an age, a unit, a rate) or, with
    ``others``, adds ("18 other cases"; without it "three other states — A, B, C —" counts its list)."""
    d = head_data(lex)
    if not others and any(w in d.additional or bare(w, d.prefixes) in d.additional for w in _WORD.findall(nt, end, end + 30)[:3]):
        return nt[end:end + 1] == "-"   # ("three other states", `ثلاث ولايات أخرى`: others, counted)
    return nt[end:end + 1] == "-" or _after_words(d, nt, end)[1]


def prefixed_noun(lex, d: _Data, before: str) -> str | None:
    """A noun right before an amount with a preposition of ``value_prefixes`` attached (`بمبيعات 48
    مليون ريال`, "with sales of"): the amount is its value."""
    m = _LAST_WORD.search(before.rstrip())
    if m is None or d.value_of is not None and d.value_of.search(before):
        return None   # (`بقيمة`: a word of value, the noun before it measured)
    w = m.group(1)
    for p in figures_data(lex).get("value_prefixes", []):
        rest = w[len(p):] if w.startswith(p) else ""
        if len(rest) >= 4 and _is_noun(d, rest) and noun_key_data(d, rest) not in d.units:
            return rest
    return None


def _other_next(d: _Data, nt: str, end: int) -> bool:
    """The word right after a figure makes its things others ("18 other", `الأربعة الآخرين`)."""
    m = _NEXT.match(nt, end)
    return m is not None and (m.group(1) in d.additional or bare(m.group(1), d.prefixes) in d.additional)


def _after_words(d: _Data, nt: str, end: int) -> tuple[list[str], bool]:
    """The noun phrase right after a figure, up to two nouns before a stop word or a mark, and
    whether the figure measures instead (a unit, a rate, an addition to another figure)."""
    if d.rate is not None and d.rate.match(nt, end):
        return [], True   # "$60.96 a barrel", `768 دولارا للأوقية`
    if d.change_after is not None and d.change_after.search(nt[end:end + 40]):
        return [], True   # "8 ministers instead of 6": a change stated
    text = _PHRASE_END.split(nt[end:end + _LOOK], 1)[0]
    words = _WORD.findall(text)
    if d.plural_ends and len(words) >= 2 and nt[end + len(text):end + len(text) + 1].isdigit() and not text[-1:].isalpha():
        words = words[:-1]   # "£2.4 billion order secures 1,500 jobs": the word before another figure is a verb
    if len(words) > 2 and " ".join(words[:2]) in d.of:
        words = words[2:]   # "42,000 head of sheep": a word that counts the noun after it
    elif words and words[0] in d.of:
        words = words[1:]
        if words and (words[0] in d.definite or words[0] in d.stop
                      or any(words[0].endswith(x) and len(words[0]) - len(x) >= 3 for x in d.owners)):
            return [], False   # "25 of the 30", "20 of them", `اثنين من أطفالها`: a part of another figure
    out: list[str] = []
    compound = False
    for i, w in enumerate(words[:4]):
        if w in d.additional or bare(w, d.prefixes) in d.additional:
            return [], True    # "18 other cases", `18 حالة أخرى`
        k = noun_key_data(d, w)
        if k in d.units and not out:
            if _definite_word(d, w):
                break   # `2.3 مليون العام الماضي`: a time told after the figure, never its unit
            return [], True
        if k in d.modifiers:
            if out:
                break
            continue   # "three new routes"
        if not (_is_noun(d, w) or compound) or len(out) == 2 and not (d.plural_ends and plural_word(d, w)) \
                or out and w.endswith(d.participles):
            break   # "17 residents rescued by": the noun phrase ends before its participle (a third
            #         noun only where a plural ends the phrase: "18,450 confirmed dengue cases")
        out.append(w)
        if d.plural_ends and plural_word(d, w) and not (compound := _plural_noun_next(d, words, i, out)):
            break   # "299 students took the exam": the phrase ends at its plural noun (but "five
            #         admissions officials": a plural noun after one is the head)
    if len(out) < 4 and d.rate is not None and out and (r := d.rate.match(text, text.find(out[-1]) + len(out[-1]))):
        per = d.per_time.get(noun_key_data(d, (_WORD.findall(text, r.end()) or [""])[0]))
        if per or any(noun_key_data(d, w) in d.units for w in out) or r.group().strip() in d.rate_words:
            return ([per, *out], False) if per else ([], True)   # "768 dollars an ounce"; "14,000 passengers a day"
        #   (not `ثلاثة منافذ رئيسية للتصدير`: "for export" told by a prefix, no price of a unit)
    return out, False


def _plural_noun_next(d: _Data, words: list[str], i: int, out: list[str]) -> bool:
    """A plural noun right after the first one, which is its modifier ("five admissions officials")."""
    nxt = words[i + 1] if i + 1 < len(words[:4]) else ""
    return len(out) == 1 and len(nxt) >= 4 and plural_word(d, nxt) and nxt not in d.number_words \
        and not nxt.endswith(d.participles)


def noun_key_data(d: _Data, word: str) -> str:
    """The key of a normalised word (remembered across articles)."""
    got = d.normal.get(word)
    if got is None:
        k = stem_key(d.suffixes, d.vowels, d.initial, d.irregular, d.prefixes, word)
        got = d.synonym.get(k, k)
        if len(d.normal) >= _MEMO:
            d.normal.clear()
        d.normal[word] = got
    return got
