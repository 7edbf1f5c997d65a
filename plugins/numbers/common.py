"""Helpers shared by the numbers family: sentences, content words, the family's language data."""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from functools import lru_cache

from checker.language.matching import phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


#: Marks that end a clause: a figure's clause lies between the nearest of them on either side.
CLAUSE_MARKS = ",;:.!?،؛؟\n"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``[start, end)``: from after the last clause mark before it to the first
    one after it."""
    lo = max(text.rfind(c, 0, start) for c in CLAUSE_MARKS) + 1
    ends = [e for e in (text.find(c, end) for c in CLAUSE_MARKS) if e >= 0]
    return lo, min(ends, default=len(text))


def figures_data(lex) -> dict:
    """The ``[figures]`` section of the family's data for the document's language."""
    return lex.section("figures", {})


class Sentences:
    """The document's sentences, found by position in logarithmic time."""

    def __init__(self, doc):
        self.doc = doc
        self.items = doc.sentences
        self.starts = [s.start for s in self.items]

    def index(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.items[i].start <= pos < self.items[i].end:
            return i
        return None

    def at(self, pos: int):
        i = self.index(pos)
        return None if i is None else self.items[i]

    def norm(self, i: int) -> str:
        s = self.items[i]
        return self.doc.normalized_slice(s.start, s.end)


def headline(sents: Sentences) -> int | None:
    """The index of the article's headline: its first sentence, when that is a line of its own
    ending with no sentence mark and the article has a body after it; None when there is none."""
    if len(sents.items) < 2:
        return None
    first, text = sents.items[0], sents.doc.text
    line = text[first.start:first.end].rstrip()
    return 0 if line and "\n" not in line and line[-1].isalnum() and text[first.start + len(line):].startswith("\n") else None


def headline_told(a, b, head: int | None, alone: bool, others=()) -> bool:
    """The only two figures of one noun, the earlier in the headline and the later in the first three
    sentences of the body (where a story tells its headline's facts), both of one unit (not a rate) and
    within half again of each other: the body tells the headline's own figure again ("Mill to shut,
    cutting 370 jobs" … "The closure will eliminate 410 jobs")."""
    lo, hi = sorted((abs(a.q.value), abs(b.q.value)))
    alone = alone or head is not None and not any(o.q is not a.q and o.q is not b.q and o.sentence <= head + 3 and not (
        (o.sentence == b.sentence and o.q.start > b.q.start or o.sentence > b.sentence and o.head.definite)
        and o.q.value < b.q.value) for o in others)
    #   (the only two of the headline and the body's opening: another of the noun further on is another's, "two
    #   years after a biscuit factory cut 120 jobs"; smaller ones after the body's in its sentence are its parts,
    #   `14 محطة، منها تسع محطات تحت الأرض وخمس محطات علوية`, and so is a smaller one told back after it, `محاصرة 7
    #   عمال، … انتشال أربعة منهم` … `العمال الأربعة`)
    return alone and head is not None and a.sentence == head < b.sentence <= head + 3 and a.q.unit == b.q.unit != "%" \
        and (a.head.main == b.head.main or b.head.main in a.head.keys) and not a.head.measured and lo > 0 and hi / lo <= 1.5
    #   (or the body's noun a word of the headline's: "86,000 Arden hatchbacks" … "some 68,000 Ardens")


def bare(token: str, prefixes: tuple[str, ...] = ()) -> str:
    """A word without an attached article or proclitic, for comparing two sentences' words."""
    if not token.startswith(prefixes):   # (most words open with none: one test in C)
        return token
    for prefix in prefixes:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix):]
    return token


@lru_cache(maxsize=32)
def prefixes(lex) -> tuple[str, ...]:
    """What a language attaches before a word, longest first: Arabic وال بال لل ال …"""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    pro = [normalize_text(p) for p in lex.proclitics]
    forms = [p + article for p in pro if article] + [normalize_text(c) for _, c in
                                                      lex.section("script", {}).get("contractions", [])]
    forms += [article] if article else []
    return tuple(sorted({f for f in forms if f}, key=len, reverse=True))


_SUM_GAP = 40   # characters between two counts joined by "and", at most
_SUM_BREAK = compiled(r"[.!?؟;؛:]")   # a mark between two counts that ends their clause


@lru_cache(maxsize=32)
def and_words(lex) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that join the last item of a list (``[enumerations] and``), normalised, in two
    groups: those written as words ("and") and those written attached to the next word, being
    proclitics of the language (Arabic و)."""
    words = [normalize_text(w) for w in lex.section("enumerations", {}).get("and", []) if w]
    attached = {normalize_text(p) for p in lex.proclitics}
    return (tuple(w for w in words if w not in attached), tuple(w for w in words if w in attached))


def exact_counts(quantities, least: float = 0) -> list:
    """The exact whole counts (no unit, not vague, a whole number, at least ``least``)."""
    return [q for q in quantities if q.unit is None and not q.vague and q.low == q.high and q.value >= least
            and float(q.value).is_integer()]


def counts_by_sentence(quantities, sents: "Sentences", least: float = 2) -> dict[int, list]:
    """The exact whole counts of at least ``least`` of each sentence, by the sentence's index."""
    by: dict[int, list] = {}
    for q in exact_counts(quantities, least):
        if (k := sents.index(q.start)) is not None:
            by.setdefault(k, []).append(q)
    return by


@lru_cache(maxsize=32)
def measure_units(lex) -> frozenset[str]:
    """The units of measure a figure may be told in (``[quantities] measure_units``), normalised."""
    return frozenset(normalize_text(w) for w in lex.section("quantities", {}).get("measure_units", []))


@lru_cache(maxsize=32)
def stopwords(lex) -> frozenset[str]:
    words = set(lex.section("stopwords", {}).get("words", []))
    for ws in lex.section("quantities", {}).get("things", {}).values():
        words.update(ws)
    return frozenset(normalize_text(w) for w in words)


def content(doc, start: int, end: int, stop: frozenset[str]) -> set[str]:
    text = doc.normalized_slice(start, end)
    pf = prefixes(doc.lexicon)
    return {t for t in re.findall(r"[^\W\d_]{3,}", text) if t not in stop and len(bare(t, pf)) >= 3}


def alternation_rx(words, before: str = r"(?<![^\W\d_])", after: str = r"(?![^\W\d_])") -> re.Pattern | None:
    """A regex of whole normalised words or phrases (a space matches any run of spaces)."""
    keys = sorted(sorted({phrase_key(w) for w in words if w and w.strip()}), key=len, reverse=True)
    if not keys:
        return None
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return compiled(rf"{before}(?:{alts}){after}")


@lru_cache(maxsize=32)
def _change_by_rx(lex) -> re.Pattern | None:
    return alternation_rx(figures_data(lex).get("change_by", []), after=r"\s*$")


def change_by(ctx, q) -> bool:
    """A figure that gives the size of a change ("raised the rate by 150 basis points", `بمقدار`):
    one fact of one decision, not a new value of a count that changes."""
    rx = _change_by_rx(ctx.lexicon)
    if rx is None:
        return False
    view = ctx.doc.normalized
    ns = view.from_original(q.start)
    return rx.search(view.text[max(0, ns - 20):ns]) is not None


@lru_cache(maxsize=32)
def _ratio_rx(lex) -> re.Pattern | None:
    words = figures_data(lex).get("ratio_before", [])
    return alternation_rx(words, after=r"\s*$") if words else None


_DIGIT = compiled(r"\d")
_SENTENCE_TAIL = compiled(r"[.!?؟\n]")   # what ends a sentence: a share before "out of" is told in its own


@lru_cache(maxsize=32)
def _share_base_rx(lex) -> re.Pattern | None:
    words = figures_data(lex).get("share_base_before", [])
    return alternation_rx(words, after=r"\s+(?:[^\W\d_]+\s+)?$") if words else None


def ratio_base(ctx, q) -> bool:
    """Whether a figure is the base of a ratio ("one in four Turks", `واحد من كل أربعة قطارات`,
    `سوى واحد من أصل سبعة`): it counts no set of its noun; or the whole a share is told out of
    ("a turnout of 68% out of some 7,200 eligible members", `من أصل نحو 7200 محام`): those who
    took part, or some other part, are counted otherwise."""
    before = ctx.doc.normalized_slice(max(0, q.start - 48), q.start).lower()
    if (rx := _ratio_rx(ctx.lexicon)) is not None and rx.search(before) is not None:
        return True
    base = _share_base_rx(ctx.lexicon)
    m = base.search(before) if base is not None else None
    tail = _SENTENCE_TAIL.split(before[:m.start()])[-1] if m is not None else ""
    return m is not None and (_DIGIT.search(tail) is not None or _number_word_last(ctx.lexicon, tail))   # (a share or a part
    #  told before it, `ثلاثة من أصل أربعة`; not an opening whole: "Of the 19 injured, three …", `ومن أصل 19 مصاباً`)


def _number_word_last(lex, text: str) -> bool:
    """The text ends with a number word ("three", `ثلاثة`), maybe after a proclitic."""
    words, known = text.split(), number_words(lex)
    return bool(words) and (words[-1] in known or words[-1][1:] in known)


@lru_cache(maxsize=32)
def number_words(lex) -> frozenset[str]:
    """The language's number words (``[quantities] words``), as phrase keys."""
    return frozenset(phrase_key(w) for w in lex.section("quantities", {}).get("words", {}))


@lru_cache(maxsize=32)
def _partitive_rx(lex) -> re.Pattern | None:
    words = figures_data(lex).get("partitive", [])
    if not words:
        return None
    joined = "|".join(re.escape(normalize_text(w)) for w in sorted(words, key=len, reverse=True))
    return compiled(rf"\s+(?:{joined})\s+(?P<owner>(?:[^\W\d_]+(?:['’][^\W\d_]*)?\s+){{0,3}})")


def partitives(ctx, quantities) -> tuple[dict[int, str], dict[int, int]]:
    """The wholes of partitives by their start ("two of his side's four tries", "three of the seven
    tries"), each with the words that say whose whole it is ("his side's"; "" for "the"); and each
    part's start with its whole's."""
    rx, owners, parts = _partitive_rx(ctx.lexicon), {}, {}
    if rx is None:
        return owners, parts
    plain = {normalize_text(w) for w in figures_data(ctx.lexicon).get("partitive_plain", [])}
    for p, q in zip(quantities, quantities[1:]):
        m = rx.fullmatch(ctx.doc.normalized_slice(p.end, q.start).lower())
        if m is not None:
            owners[q.start] = " ".join(w for w in m.group("owner").split() if w not in plain)
            parts[p.start] = q.start
    return owners, parts


def plural_word(d, word: str) -> bool:
    """Whether a word is a plural noun, by the head data ``d`` (irregular plurals, plural endings)."""
    w = bare(word, d.prefixes)
    return w in d.irregular or not w.endswith(d.singular_endings) and \
        any(old and w.endswith(old) and len(w) > len(old) + 2 for old, _ in d.suffixes)


def _written_interval(q) -> tuple[float | None, float | None]:
    """The interval of a figure, "about" read at the precision it is written in: "about 3,400"
    is 3,300 to 3,500, "about 145,000" is 144,000 to 146,000, "about 30" is 20 to 40."""
    if q.qualifier != "about" or q.vague or q.value <= 0 or q.value != int(q.value):
        return q.low, q.high
    unit, v = 1, int(q.value)
    while v % 10 == 0 and v >= 10:
        unit, v = unit * 10, v // 10
    return q.value - unit, q.value + unit


def compatible(a, b) -> bool:
    """Whether two figures can both be true, reading "about" at its written precision."""
    (la, ha), (lb, hb) = _written_interval(a), _written_interval(b)
    lo = max(x for x in (la, lb, -math.inf) if x is not None)
    hi = min(x for x in (ha, hb, math.inf) if x is not None)
    return lo <= hi


@lru_cache(maxsize=32)
def _of_rx(lex) -> re.Pattern | None:
    words = figures_data(lex).get("of", [])
    return compiled(rf"\s{{1,3}}(?:{'|'.join(re.escape(normalize_text(w)) for w in words)})\s") if words else None


def partitive_after(lex, view, q) -> bool:
    """A figure told as a part of a group named after it ("three of the inmates", `ثلاثة من النزلاء`)."""
    rx = _of_rx(lex)
    return rx is not None and rx.match(view.text, view.from_original(q.end)) is not None


def bound(q) -> bool:
    """A figure told as a bound ("more than six thousand"): one side of its interval open."""
    return (q.low is None) != (q.high is None)


def told_alike(ms: list, earlier: list[int], b) -> bool:
    """Whether a figure of ``earlier`` in another sentence can be ``b`` told again: a bound both may meet
    is not, unless told alike ("more than six thousand" … 6,120 … 6,210)."""
    return any(compatible(ms[i].q, b.q) and ms[i].sentence != b.sentence
               and not (bound(ms[i].q) and (ms[i].q.low, ms[i].q.high) != (b.q.low, b.q.high)) for i in earlier)


def written_digits(q) -> list[int]:
    """The digits of a figure as written (in any script), sorted: two figures of one set of digits
    in another order have the same ("2.4" and "4.2", `٦٢٤٠` and `6420`; not "10.6" and "10.06")."""
    return sorted(unicodedata.digit(c) for c in q.text if c.isdigit())


def transposed(x: float, y: float) -> bool:
    """Two whole figures of three digits or more written with the same digits in another order."""
    if not (math.isfinite(x) and math.isfinite(y)) or x != int(x) or y != int(y) or x == y:   # 10^400 is inf
        return False
    dx, dy = str(int(abs(x))), str(int(abs(y)))
    return len(dx) >= 3 and sorted(dx) == sorted(dy)


def stem_key(suffixes, vowels: str, initial: str, irregular: dict, pf, word: str) -> str:
    """The key a noun is compared by: without article, suffix and long vowels (a broken plural
    meets its singular: `أطفال`, `طفل`)."""
    w = bare(word.lower(), pf)
    if w in irregular:   # (its singular, stemmed alike: `نساء` is `امرأة`)
        return stem_key(suffixes, vowels, initial, {}, pf, irregular[w])
    whole = w
    for old, new in suffixes:
        if w.endswith(old) and len(w) - len(old) + len(new) >= 3:
            w = w[:len(w) - len(old)] + new
            break
    if vowels and len(w) > 2:
        skeleton = _skeleton(w, vowels, initial)
        if len(skeleton) < 2 and w != whole:   # `أصوات`: a broken plural whose end looks like a suffix
            skeleton = _skeleton(whole, vowels, initial)
        w = skeleton if len(skeleton) >= 2 else w
    return w


def _skeleton(w: str, vowels: str, initial: str) -> str:
    """A word without its long vowels (its first letter kept unless an initial vowel)."""
    first = w[0] if w[0] not in initial else ""
    return first + "".join(c for c in w[1:] if c not in vowels)


def summed_to(ctx, quantities, q, other) -> bool:
    """``q`` is joined by "and" to the counts after or before it in its clause ("80 original pieces and 40
    replicas"), and their sum is what ``other`` tells ("more than 120 pieces"): a part, not the whole
    told again."""
    words, attached = and_words(ctx.lexicon)
    text = ctx.doc.text
    i = next((k for k, x in enumerate(quantities) if x is q), None)
    if i is None:
        return False
    group = [q]
    for step in (1, -1):
        k = i
        while 0 <= k + step < len(quantities):
            a, b = sorted((quantities[k], quantities[k + step]), key=lambda x: x.start)
            gap = normalize_text(text[a.end:b.start]).split()
            if b.start - a.end > _SUM_GAP or not gap or _SUM_BREAK.search(text, a.end, b.start) or not (
                    gap[-1] in words or gap[-1][:1] in attached and len(gap[-1]) == 1 or text[b.start - 1:b.start] in attached):
                break
            k += step
            group.append(quantities[k])
    if len(group) < 2 or any(x.unit != q.unit for x in group):
        return False
    total = sum(x.value for x in group)
    return (other.low is None or other.low <= total * 1.02) and (other.high is None or total <= other.high * 1.02)


_OPENING = 5   # words at the start of a sentence that may tell another instance ("A second release of")


def opens_another(ctx, qa, qb) -> bool:
    """One of two figures' sentences opens by telling another instance of its thing ("A second
    release of 2,500 clams … at two sites", `وستجرى عملية إطلاق ثانية`, words of ``[restated]
    instance_words`` among its first words) and the other's does not: two instances."""
    words = _instance_words(ctx.lexicon)
    if not words:
        return False

    def opens(q) -> bool:
        sent = ctx.doc.sentence_at(q.start)
        return sent is not None and bool(words & {w.lower() for w in re.findall(r"[^\W\d_]+", ctx.doc.normalized_slice(sent.start, sent.end))[:_OPENING]})
    return opens(qa) != opens(qb)


@lru_cache(maxsize=32)
def _instance_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("restated", {}).get("instance_words", []))


def phrase_sentences(view, rx, sents: "Sentences"):
    """(original offset, sentence) of each match of ``rx`` in the normalised ``view`` that stands in a
    sentence."""
    for m in rx.finditer(view.text):
        at = view.to_original(m.start(), m.start())[0]
        k = sents.index(at)
        if k is not None:
            yield at, sents.items[k]
