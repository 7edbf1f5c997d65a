"""Date rules. DATE001: a month written in two naming systems whose halves disagree."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from checker import Example, Extractor, hookimpl, rule
from checker.extractors import MonthMention
from checker.normalize import fold_char, normalize_text

# Families of naming systems: a gloss pairs names from two families (Syriac/Levantine names
# glossed by the transliterated Gregorian ones). Systems not listed form their own family.
_FAMILY = {"levantine": "syriac", "gregorian": "latin", "maghrebi": "latin"}

_SLASH = re.compile(r"[^\S\r\n]*[/\\][^\S\r\n]*")
_OPEN = re.compile(r"[^\S\r\n]*[(\[][^\S\r\n]*")
_SPACE = re.compile(r"[^\S\r\n]+")
_DASH = re.compile(r"[^\S\r\n]*[-–—][^\S\r\n]*")


@dataclass(frozen=True)
class MonthPair:
    """Two adjacent month names presented as one month in two systems."""

    first: MonthMention
    second: MonthMention
    form: str        # slash | parentheses | space | dash
    start: int
    end: int
    cross: bool      # the halves come from two naming families


def _family(m: MonthMention) -> set[str]:
    return {_FAMILY.get(system, system) for _, system in m.candidates}


def _pair_form(text: str, a: MonthMention, b: MonthMention) -> tuple[str, int] | None:
    gap = "".join(c if fold_char(c) else "" for c in text[a.end:b.start])  # bidi marks, tatweel
    if _SLASH.fullmatch(gap):
        return "slash", b.end
    if _OPEN.fullmatch(gap):
        for i in range(b.end, min(len(text), b.end + 12)):
            c = text[i]
            if c in ")]":
                return "parentheses", i + 1
            if c in "\r\n" or (fold_char(c) and not c.isspace()):
                break
        return None
    if _SPACE.fullmatch(gap):
        return "space", b.end
    if _DASH.fullmatch(gap):
        return "dash", b.end
    return None


def _date_context(doc, start: int, end: int) -> bool:
    """A day or year number right before or after, or a word such as شهر before the pair."""
    before = doc.text[max(0, start - 12):start]
    after = doc.text[end:end + 8]
    if re.search(r"\d[\s\u00a0]*(?:من[\s\u00a0]+)?$", before) or re.match(r"[\s\u00a0,،]*\d", after):
        return True
    words = doc.lexicon.section("months", {}).get("context_words", [])
    prev = doc.normalized.text[:doc.normalized.from_original(start)].split()[-1:]
    return bool(prev) and any(prev[0] == normalize_text(w) or prev[0] == "و" + normalize_text(w) for w in words)


_WORDS_AFTER = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(\w+(?:[ \t\u00a0]+\w+)?)")
_WORDS_BEFORE = re.compile(r"(\w+(?:[ \t\u00a0]+\w+)?)[ \t\u00a0]*/[ \t\u00a0]*$")


def _fuzzy_month(doc, start: int, end: int) -> MonthMention | None:
    """A misspelt month name of one or two words starting at ``start`` (``يوينو``,
    ``تشرين الأولى``): one edit (optimal string alignment) from exactly one name of five letters
    or more."""
    lex = doc.lexicon
    words = list(re.finditer(r"\w+", doc.text[start:end]))[:2]
    if not words or words[0].start() != 0:
        return None
    for w in reversed(words):
        e = start + w.end()
        key = lex.match_key(doc.text[start:e])
        if len(key) < 5 or key in lex.month_lookup:
            continue
        hits = [k for k in lex.month_lookup if len(k) >= 5 and OSA.distance(key, k) <= 1]
        if len(hits) == 1:
            names = lex.month_lookup[hits[0]]
            return MonthMention(start, e, doc.text[start:e], names[0].number, names[0].system, False,
                                tuple(sorted({(x.number, x.system) for x in names})))
    return None


def _with_misspelt(doc, mentions: list[MonthMention]) -> list[MonthMention]:
    """Add misspelt names that stand across a slash from a real month name."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    extra = []
    for m in mentions:
        after = _WORDS_AFTER.match(doc.text, m.end)
        if after and after.start(1) not in starts:
            fm = _fuzzy_month(doc, after.start(1), after.end(1))
            if fm:
                extra.append(fm)
        before = _WORDS_BEFORE.search(doc.text, max(0, m.start - 30), m.start)
        if before and before.end(1) not in ends:
            words = before.group(1).split()
            for w in (before.group(1), words[-1]):
                s = before.end(1) - len(w)
                fm = _fuzzy_month(doc, s, before.end(1))
                if fm and fm.end == before.end(1):
                    extra.append(fm)
                    break
    seen = set()
    out = []
    for m in sorted(mentions + extra, key=lambda m: (m.start, -m.end)):
        if m.start in seen or any(o.start <= m.start < o.end for o in out):
            continue
        seen.add(m.start)
        out.append(m)
    return out


def extract_month_pairs(doc, facts) -> list[MonthPair]:
    mentions: list[MonthMention] = _with_misspelt(doc, facts["month_mentions"])
    out = []
    for a, b in zip(mentions, mentions[1:]):
        found = _pair_form(doc.text, a, b)
        if not found:
            continue
        form, end = found
        fa, fb = _family(a), _family(b)
        cross = not (fa & fb)
        if not cross and form in ("space", "dash"):
            continue  # "May June", "January-March": a list or a range, not a gloss
        if form == "space" and (a.ambiguous or b.ambiguous) and not _date_context(doc, a.start, end):
            continue  # "في نيسان مارس الجيش ضغوطاً": a month followed by a verb, not a gloss
        out.append(MonthPair(a, b, form, a.start, end, cross))
    return out


@rule(
    id="DATE001",
    name="month-pair-mismatch",
    severity="error",
    languages=["ar"],
    summary="A month written in two naming systems (تشرين الثاني/نوفمبر) whose halves name different months.",
    messages={
        "mismatch": "'{a}' is {a_month} but '{b}' is {b_month}: the two names of this month disagree.",
        "same-system": "'{a}' ({a_month}) and '{b}' ({b_month}) are given as one month but name different months.",
    },
    examples=[
        Example("بدأ التعاون في تشرين الثاني/ديسمبر الماضي.", "ar", True),
        Example("أعلنت الوزارة في 3 أبريل (آذار) 2024 عن خطة جديدة.", "ar", True),
        Example("وقعت الهجمات في حزيران/ يونيو الماضي.", "ar", False),
        Example("قصفت إسرائيل مفاعل تموز العراقي في يونيو 1981.", "ar", False),
        Example("جرت الانتخابات في 12 كانون الأول (ديسمبر) 2023.", "ar", False),
    ],
    options={"same_system": True},
)
def month_pair_mismatch(ctx, month_pairs):
    """
    ## What it flags
    Arabic copy often glosses a month with its name in a second system: the Syriac
    (Levantine) name and the transliterated Gregorian one, `تشرين الثاني/نوفمبر`,
    `نيسان (أبريل)`, `يوليو/ تموز`, or with a plain space, `أبريل نيسان`; Maghrebi names
    (`جانفي`, `أوت`) count as Gregorian. The rule flags a pair whose two halves are different
    months, in any order and with any of those separators, also when a digit touches a name
    (`8أغسطس/تموز`) or one half is misspelt by a letter (`يوينو/تموز`). A pair of two names of the same
    system given as one month (`كانون الأول (تشرين الثاني)`) is flagged as a warning; two
    consecutive months of one system joined by a slash (`تموز/آب`) are read as a range.

    ## Why it matters
    The reader cannot tell which month is meant, and every date built on it is in doubt.
    Neither half can be corrected automatically: the suggestions offer both corrections.

    ## Example
    `بدأ التعاون في تشرين الثاني/ديسمبر الماضي` — تشرين الثاني is November, ديسمبر is December.

    ## Not flagged
    `حزيران/ يونيو` (both June), `مفاعل تموز` (a reactor, not a gloss pair), a month followed by
    a different word, and months of one system listed with a space or a dash (`مايو يونيو`,
    `يناير-مارس`).

    ## Options
    `same_system` (default true): also report two names of one system given as one month.
    """
    lex = ctx.lexicon
    for pair in month_pairs:
        a, b = pair.first, pair.second
        numbers_a = {n for n, _ in a.candidates}
        numbers_b = {n for n, _ in b.candidates}
        if numbers_a & numbers_b:
            continue
        if not pair.cross and (not ctx.options["same_system"] or
                               (pair.form == "slash" and (a.number % 12) + 1 == b.number)):
            continue
        a_label, b_label = calendar.month_name[a.number], calendar.month_name[b.number]
        fix_a = lex.month_name(b.number, a.system)
        fix_b = lex.month_name(a.number, b.system)
        suggestions = []
        if fix_a:
            suggestions.append(ctx.suggestion(a.start, a.end, fix_a, f"if {b_label} is meant, write {fix_a}"))
        if fix_b:
            suggestions.append(ctx.suggestion(b.start, b.end, fix_b, f"if {a_label} is meant, write {fix_b}"))
        related = [ctx.related(a.start, a.end, f"{a.system} name of {a_label}"),
                   ctx.related(b.start, b.end, f"{b.system} name of {b_label}")]
        message_id = "mismatch" if pair.cross else "same-system"
        ctx.report(message_id, pair.start, pair.end, related=related, suggestions=suggestions,
                   severity=None if pair.cross else "warning",
                   a=a.text, b=b.text, a_month=a_label, b_month=b_label)


@hookimpl
def checker_register_extractors():
    return [Extractor("month_pairs", extract_month_pairs)]


@hookimpl
def checker_register_rules():
    return [month_pair_mismatch]
