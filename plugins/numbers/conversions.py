"""NUM001's reading of one measure restated in another unit in its own sentence: "about 12,000
hectares, or about 12 square kilometres" (12,000 hectares is 120 km²), `نحو 12 ألف هكتار، أي ما
يعادل 12 كيلومتراً مربعاً`, "40 centimetres tall, or some 26 inches"; and one share restated as a
percentage: "nearly two-thirds of its members …, or about 45 per cent"; and a rate restated per another
period: "about 25 wheelchairs a week, or more than 200 a month" (about 109), or over a length of time told in its
clause ("4 rugs an hour, or about 40 in a six-hour shift") or after a condition that replaces its period ("2 metres
a day, or about 60 metres a month if she works 20 days", ``conditions``); and a count restated as the total of
its noun ("24 dozen bangles, some 250 bangles in all", ``in_all``), not of a figure told for each (``per_item``);
and a share of a count restated as a count ("about 320 flutes a year, and a quarter of them, or about 120 flutes",
`يذهب ربعها، أي نحو 120 قطعة`; the share told of the whole by a pronoun or "of them").

The second figure follows a word of restatement (``[figures.conversions] links``: "or about",
"roughly", `أي ما يعادل`, `أي نحو`) set off by a comma, a dash or a bracket, and the first is the
nearest figure before it in the sentence, with no figure between. Both are measures of one dimension
in two units of ``[figures.measure_scale]`` (read from the words right after each figure), or both
shares (a fraction word and a percentage), or both rates of one thing per two periods of
``[figures.conversions] periods`` ("a week", `في الشهر`), or a measure over a length of time (``spans``,
``period_units``: "120 kilometres over three days") worked out per period a few words on ("…, which works
out at some 20 kilometres a day", ``worked_out``), or a length of time in two of ``period_units`` ("for 35
years, \"more than 15,000 nights\""). They must agree within 15 % (a third more when either is qualified,
"about"; half of it for a bound, "more than 15,000"); shares, within their intervals."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import figures_data
from .fraction_parts import _data as fraction_data, _value as fraction_value
from .heads import noun_key
from .measured import _scale

_GAP = 160        # characters between the two figures, at most
_SLACK = 0.15     # relative difference allowed between a measure and its restatement
_WORDS = re.compile(r"[^\W\d_]+")
_MARKS = re.compile(r"[,،(—–-]")


@lru_cache(maxsize=32)
def _links(lex) -> re.Pattern | None:
    """A word of restatement right before the second figure, after a comma, a dash or a bracket."""
    links = figures_data(lex).get("conversions", {}).get("links", [])
    if not links:
        return None
    # (one word may end the measure's phrase: "40 centimetres tall, or some 16 inches"; a few before a word
    # that says the second is worked out from the first: "over three days to reach the market, which works out at")
    worked = alternation([normalize_text(w) for w in figures_data(lex).get("conversions", {}).get("worked_out", [])])
    loose = rf"|\s*(?:(?:[^\W\d_]+\s+){{0,3}}[^\W\d_]+\s*)?[,،]\s*(?P<x>{worked})\s*$" if worked else ""
    return compiled(rf"\s*(?:[^\W\d_]+\s*)?[,،(—–-]\s*[\"“«]?\s*(?P<w>{alternation([normalize_text(w) for w in links])})?\s*${loose}")


def _measure(lex, scale, nt: str, end: int):
    """What a figure measures, from the words right after it: (dimension, factor to the dimension's
    common unit, where its phrase ends in the normalised text, the days of the period it is told per
    or None, the noun it counts). A unit of ``[figures.measure_scale]`` (two words, else one: "square
    kilometres"), or none and one noun ("25 wheelchairs"), then a period of ``[figures.conversions]
    periods`` ("a week", `في الأسبوع`) or none; a count needs its period ("25 a week, or 200 a month")."""
    words = list(_WORDS.finditer(nt, end, end + 60))[:5]
    if words and nt[end:words[0].start()].strip():
        return None   # (its words are written right after the figure)
    dim, factor, used = None, 1.0, 0
    for n in (2, 1):
        if len(words) >= n:
            hit = scale.get(key := " ".join(w.group() for w in words[:n])) or scale.get(noun_key(lex, key))
            if hit is not None:
                dim, factor, used = hit[0], hit[1], n
                break
    if dim is None and words and (days := _time_unit(lex, words[0].group())):
        return "time", days, words[0].end(), None, ""   # "for 35 years", "more than 15,000 nights"
    noun = noun_key(lex, words[0].group()) if dim is None and words else ""
    if dim is None and words and _period_at(lex, words, 0) is None and words[0].group().lower() not in _time_tables(lex)[4]:
        used = 1   # the noun counted ("25 wheelchairs a week"); none: "or more than 200 a month", "or 40 in a shift"
    period = _period_at(lex, words, used)
    if period is None and len(words) > used + 2 and words[used].group().lower() in _time_tables(lex)[4]:
        period = _period_at(lex, words, used + 2)   # "2 metres of border a day"
    if period is None and dim is not None:
        period = _span_at(lex, words, used)   # "120 kilometres over three days": a rate per three days
    if words and (period is None or _condition(lex, nt, period[1])):
        # a length of time told in its clause: "40 scarves in a shift that lasts six hours";
        # after a condition, it replaces the period: "45 metres a month if she works twenty days"
        period = _told_length(lex, nt, words[max(used, 1) - 1].end() if period is None else period[1]) or period
    if period is not None:
        return dim, factor, period[1], period[0], noun if used else ""
    if dim is None:
        return None   # a count with no period is no measure
    return dim, factor, words[used - 1].end(), None, ""


def _period_at(lex, words, i: int):
    """(days, end) of a period of ``[figures.conversions] periods`` told by the words from ``i``."""
    periods = _periods(lex)
    for n in (3, 2, 1):
        if len(words) >= i + n and " ".join(w.group() for w in words[i:i + n]) in periods:
            return periods[" ".join(w.group() for w in words[i:i + n])], words[i + n - 1].end()
    return None


@lru_cache(maxsize=32)
def _time_tables(lex) -> tuple[frozenset[str], dict[str, float], dict[str, float], frozenset[str], frozenset[str]]:
    """The words a length is told over with ("over"), the units of time to their days ("years" =
    365.25, "nights" = 1), the number words, the words of a condition ("if") and the stopwords, read once per language."""
    d = figures_data(lex).get("conversions", {})
    return (frozenset(normalize_text(w) for w in d.get("spans", [])),
            {normalize_text(k): float(v) for k, v in d.get("period_units", {}).items()},
            {normalize_text(k).lower(): float(v) for k, v in lex.section("quantities", {}).get("words", {}).items()},
            frozenset(normalize_text(w) for w in d.get("conditions", [])),
            frozenset(normalize_text(w).lower() for w in lex.section("stopwords", {}).get("words", [])))


def _time_unit(lex, word: str) -> float | None:
    """The days of a unit of time of ``period_units``, or None."""
    return _time_tables(lex)[1].get(word)


def _span_at(lex, words, i: int):
    """(days, end) of a length a measure is told over (``spans`` "over", a number, a unit of
    ``period_units``: "over three days")."""
    spans, units, numbers, _, _ = _time_tables(lex)
    if len(words) < i + 3 or words[i].group() not in spans or words[i + 2].group() not in units:
        return None
    n = numbers.get(words[i + 1].group())
    return (n * units[words[i + 2].group()], words[i + 2].end()) if n else None


_CLAUSE = re.compile(r"[^,،.؛;:!?()\n]{0,70}")
_TOKENS = re.compile(r"[^\W_]+")


def _told_length(lex, nt: str, at: int):
    """(days, end) of the first length of time told in the clause from ``at``, within a few words:
    a number (figures or a word) and a unit of ``period_units`` ("six hours", `ست ساعات`, "six-hour")."""
    _, units, numbers, _, _ = _time_tables(lex)
    toks = list(_TOKENS.finditer(nt, at, _CLAUSE.match(nt, at).end()))[:9]
    for t, u in zip(toks, toks[1:]):
        n = float(t.group()) if t.group().isdigit() else numbers.get(t.group().lower())
        if n and u.group() in units:
            return n * units[u.group()], u.end()
    return None


def _condition(lex, nt: str, at: int) -> bool:
    """A word of ``[figures.conversions] conditions`` opens the words right after ``at`` ("if")."""
    w = _WORDS.search(nt, at, at + 20)
    return w is not None and not nt[at:w.start()].strip() and w.group() in _time_tables(lex)[3]


@lru_cache(maxsize=32)
def _periods(lex) -> dict[str, float]:
    return {" ".join(normalize_text(k).split()): float(v)
            for k, v in figures_data(lex).get("conversions", {}).get("periods", {}).items()}


def conversion_pairs(ctx, quantities, sents):
    """Yield ((start, end) of the first measure, of the second, the second's value as the first
    makes it) for a restatement that does not agree with the figure it restates."""
    links = _links(ctx.lexicon)
    if links is None:
        return
    scale = _scale(ctx.lexicon)
    view = ctx.doc.normalized
    nt = view.text
    for k in range(1, len(quantities)):
        b = quantities[k]
        bs = view.from_original(b.start)
        if not _MARKS.search(nt, max(0, bs - 30), bs) or not (told := links.search(nt, max(0, bs - 30), bs)):
            continue   # (most figures follow no mark and word of restatement: looked at first)
        mark = told.start() + max(nt.rfind(c, told.start(), bs) - told.start() for c in ",،(—–-")   # (the mark opening it)
        if b.unit is None and (share := _share_of_count(ctx, view, mark, quantities, k)) is not None:
            (fs, fe), made = share   # ("320 pieces a year, a quarter of them, or about 120 pieces")
            slack = _SLACK * (1.33 if b.qualifier else 1.0)
            if abs(made - b.value) > slack * max(made, b.value):
                yield (fs, fe), (b.start, b.end), f"{made:,.0f}"
            continue
        # the figure before it; for a share, the share before it ("two-thirds of its 380 members, or 45%")
        a = next((q for q in reversed(quantities[max(0, k - 3):k]) if q.unit == "%"), None) if b.unit == "%" \
            else _before(ctx.lexicon, scale, view, quantities, k)
        if a is None or b.start - a.end > _GAP or sents.index(a.start) != sents.index(b.start):
            continue
        if a.unit == "%" and b.unit == "%":   # (a share restated after a word: "…, or about 45 per cent")
            if told.group("w") and _fraction(ctx.lexicon, a) != _fraction(ctx.lexicon, b) and (a.high < b.low or b.high < a.low):
                yield (a.start, a.end), (b.start, b.end), f"{a.value:g}%"
            continue
        if a.unit != b.unit or a.unit == "%" or not (_digits(a) and _digits(b)) or not b.value:
            continue   # (a number word may be a fraction: `خُمس كيلومتر` is a fifth)
        if (made := _count_in_all(ctx.lexicon, nt, view, a, b)) is not None:
            yield (a.start, a.end), (b.start, b.end), f"{made:,.0f}"
            continue
        ma, mb = (_measure(ctx.lexicon, scale, nt, view.from_original(q.end)) for q in (a, b))
        if ma is None or mb is None or ma[0] != mb[0] or (ma[3] is None) != (mb[3] is None):
            continue
        if (ma[1], ma[3]) == (mb[1], mb[3]) or ma[0] is None and ma[4] != mb[4] and mb[4]:
            continue   # (one unit, one period: "40 metres, or 50 metres" are alternatives; two things counted)
        if not links.fullmatch(nt, ma[2], bs) or _sides(ctx.lexicon, nt, view.from_original(a.start), mb[2]):
            continue   # the restatement right after the measure it restates ("2 fedans, i.e. 8,400 m²",
            #            not "60 fedans, … two fedans, i.e. 8,400 m²"), of no side of a size ("1.5 by 2 metres")
        made = a.value * ma[1] / mb[1] * ((mb[3] / ma[3]) if ma[3] else 1.0)
        slack = _SLACK * (1.33 if a.qualifier or b.qualifier else 1.0)
        # (a bound, "more than 15,000", is held closer: half the margin)
        low, high = b.low * (1 - slack / 2), None if b.high is None else b.high * (1 + slack / 2)
        if b.low == b.high:
            low, high = b.value - slack * max(made, b.value), b.value + slack * max(made, b.value)
        if made < low or high is not None and made > high:
            unit_b = ctx.text[b.end:view.to_original(mb[2], mb[2])[0]].strip()
            yield (a.start, view.to_original(ma[2], ma[2])[0]), (b.start, view.to_original(mb[2], mb[2])[0]), \
                (f"{made:,.3g}" if made < 100 else f"{made:,.0f}") + (f" {unit_b}" if unit_b else "")


def _count_in_all(lex, nt: str, view, a, b) -> float | None:
    """The count ``a`` when ``b`` restates it as a total of the same noun ("24 dozen bangles, some 250
    bangles in all", ``in_all``) and does not round it: a figure rounded to 50 stands for those within
    25 of it, one rounded to 100 for those within 50; None otherwise."""
    totals = _in_all_rx(lex)
    if totals is None or a.unit is not None or b.unit is not None or not a.group or not b.group \
            or noun_key(lex, normalize_text(a.group)) != noun_key(lex, normalize_text(b.group)):
        return None
    end = view.from_original(b.end)
    if not totals.match(nt, end):
        return None
    per = _per_item(lex)
    if per & set(_WORDS.findall(nt[max(0, view.from_original(a.start) - 40):view.from_original(b.start)].lower())):
        return None   # (a figure of each: "two tanks, each of 1,500 litres, 3,000 litres in all", `سعة كل منهما`)
    step = next((g for g in (1000, 500, 100, 50, 10) if b.value % g == 0 and b.value > g), 1)
    slack = max(step / 2, 0.05 * a.value) if b.qualifier else 0.5
    return a.value if abs(a.value - b.value) > slack else None


@lru_cache(maxsize=32)
def _per_item(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("conversions", {}).get("per_item", []))


@lru_cache(maxsize=32)
def _in_all_rx(lex) -> re.Pattern | None:
    """The words of a total right after a count's noun ("bangles in all", `سواراً في المجموع`)."""
    words = figures_data(lex).get("conversions", {}).get("in_all", [])
    return compiled(rf"\s*[^\W\d_]+\s+(?:{alternation([normalize_text(w) for w in words])})(?![^\W\d_])") if words else None


@lru_cache(maxsize=32)
def _of_these(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("of_these", []))


def _share_of_count(ctx, view, link: int, quantities, k: int):
    """((start, end) of a fraction word right before the word of restatement at ``link`` — maybe with
    "of them" after it — and that share of the count of the same noun told before it in its sentence):
    "a quarter of them, or about 120", `يذهب ربعها، أي نحو 120 قطعة`; None otherwise."""
    d = fraction_data(ctx.lexicon)
    b = quantities[k]
    if d is None or not b.group:
        return None
    nt = view.text
    lo = max(0, link - 40)
    f = None
    for m in d.part.finditer(nt, lo, link):
        f = m
    if f is None or not (f.groupdict().get("p") or normalize_text(nt[f.end():link]).strip(" ,،") in _of_these(ctx.lexicon)):
        return None   # (the fraction of the whole right before the restatement: "a quarter of them, or", `ربعها، أي`;
        #              not "a kilogram and a half, or about 24 eggs")
    fs = view.to_original(f.start(), f.end())
    sent = ctx.doc.sentence_index(b.start)
    key = noun_key(ctx.lexicon, normalize_text(b.group))
    whole = next((q for q in reversed(quantities[:k]) if q.end <= fs[0] and q.unit is None and q.group
                  and ctx.doc.sentence_index(q.start) == sent and noun_key(ctx.lexicon, normalize_text(q.group)) == key), None)
    if whole is None or any(whole.end <= q.start < b.start and q.value >= whole.value for q in quantities[:k] if q.unit != "%"):
        return None   # (the whole the nearest count before, of the restatement's noun; its parts may stand
        #              between: "324 pieces, 190 flutes and 134 pipes, a quarter of them")
    return fs, fraction_value(d, f) / 100 * whole.value


def _before(lex, scale, view, quantities, k: int):
    """The measure before the ``k``-th figure: the one right before it, or the one before that when
    its phrase holds it ("120 kilometres over three days")."""
    if k >= 2:
        m = _measure(lex, scale, view.text, view.from_original(quantities[k - 2].end))
        if m is not None and view.from_original(quantities[k - 1].end) <= m[2]:
            return quantities[k - 2]
    return quantities[k - 1]


def _digits(q) -> bool:
    return any(c.isdigit() for c in q.text)


@lru_cache(maxsize=32)
def _sides_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("conversions", {}).get("sides", []))


def _sides(lex, nt: str, start: int, end: int) -> bool:
    """A side of a size: a word of ``[figures.conversions] sides`` ("by", `×`) right before the first
    measure or right after the second ("1.5 metres by 2 metres, about 5 feet by 6")."""
    sides = _sides_words(lex)
    before, after = _WORDS.findall(nt[max(0, start - 30):start])[-2:], _WORDS.findall(nt[end:end + 20])[:1]
    return bool(sides & {*before, *after}) or "×" in nt[max(0, start - 30):start] + nt[end:end + 20]


@lru_cache(maxsize=32)
def _share_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("quantities", {}).get("fractions", {}).get("shares", {}))


def _fraction(lex, q) -> bool:
    """A share told by a fraction word ("two-thirds"), not as a percentage."""
    return not _share_words(lex).isdisjoint(_WORDS.findall(normalize_text(q.text).lower()))
