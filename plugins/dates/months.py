"""DATE001: a month written in two naming systems (تشرين الثاني/نوفمبر) whose halves name
different months."""

from __future__ import annotations

import calendar

from checker import Example, rule


@rule(
    id="DATE001",
    name="month-pair-mismatch",
    severity="error",
    languages=["ar", "en"],
    summary="A month written in two naming systems (تشرين الثاني/نوفمبر, Tishreen al-Thani (October)) whose halves name different months.",
    messages={
        "mismatch": "'{a}' is {a_month} but '{b}' is {b_month}: the two names of this month disagree.",
        "same-system": "'{a}' ({a_month}) and '{b}' ({b_month}) are given as one month but name different months.",
    },
    notes={
        "name": "{system} name of {month}",
        "if-meant": "if {month} is meant, write {fix}",
    },
    examples=[
        Example("بدأ التعاون في تشرين الثاني/ديسمبر الماضي.", "ar", True),
        Example("أعلنت الوزارة في 3 أبريل (آذار) 2024 عن خطة جديدة.", "ar", True),
        Example("وقعت الهجمات في حزيران/ يونيو الماضي.", "ar", False),
        Example("قصفت إسرائيل مفاعل تموز العراقي في يونيو 1981.", "ar", False),
        Example("جرت الانتخابات في 12 كانون الأول (ديسمبر) 2023.", "ar", False),
        Example("The decree is dated 14 Tishreen al-Thani (October).", "en", True),
        Example("The 14 Tammuz Bridge reopened, months after the order of Kanun al-Awwal/December.", "en", False),
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
    (`8أغسطس/تموز`) or one half is misspelt by a letter (`يوينو/تموز`; a transliteration before a month in brackets,
    "3 Hazeiran (May)", one letter from the spellings of one month). A pair of two names of the same
    system given as one month (`كانون الأول (تشرين الثاني)`) is flagged as a warning; two
    consecutive months of one system joined by a slash (`تموز/آب`) are read as a range, unless a
    day is written before them (`11 أيار/حزيران`).

    English copy translated from Arabic sources writes the Levantine names transliterated and
    glossed, in brackets or after a slash: `14 Tishreen al-Thani (October)` (Tishreen al-Thani is
    November), `12 Ayyar (June)`, `Kanun al-Awwal/December`, in their usual spellings. There a
    Levantine name is read as a month only in such a gloss.

    ## Why it matters
    The reader cannot tell which month is meant, and every date built on it is in doubt.
    Neither half can be corrected automatically: the suggestions offer both corrections.

    ## Example
    `بدأ التعاون في تشرين الثاني/ديسمبر الماضي` — تشرين الثاني is November, ديسمبر is December.

    ## Not flagged
    `حزيران/ يونيو` (both June), `مفاعل تموز` (a reactor, not a gloss pair), a month followed by
    a different word, and months of one system listed with a space or a dash (`مايو يونيو`,
    `يناير-مارس`). A Hijri month glossed by a Gregorian one (`رمضان (مارس)`, `Ramadan (March)`):
    the lunar calendar does not align with the solar one. In English, Levantine names that no
    Gregorian month glosses (`the 14 Tammuz Bridge`, `the Tishreen protest movement`, `Nisan` as
    a name or a car), the Hebrew months (lunisolar), and English months side by side (`March/April`,
    `March/May`), which are ranges or lists.

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
                               (pair.form == "slash" and (a.number % 12) + 1 == b.number and not _day_before(ctx, pair))):
            continue   # (a range, `تموز/آب`; but not after a day: `11 أيار/حزيران` is one month)
        a_label, b_label = calendar.month_name[a.number], calendar.month_name[b.number]
        fix_a = lex.month_name(b.number, a.system)
        fix_b = lex.month_name(a.number, b.system)
        suggestions = []
        if fix_a:
            suggestions.append(ctx.suggestion(a.start, a.end, fix_a, f"if {b_label} is meant, write {fix_a}"))
        if fix_b:
            suggestions.append(ctx.suggestion(b.start, b.end, fix_b, f"if {a_label} is meant, write {fix_b}"))
        related = [ctx.related(a.start, a.end, f"{_system_label(a.system)} name of {a_label}"),
                   ctx.related(b.start, b.end, f"{_system_label(b.system)} name of {b_label}")]
        message_id = "mismatch" if pair.cross else "same-system"
        ctx.report(message_id, pair.start, pair.end, related=related, suggestions=suggestions,
                   severity=None if pair.cross else "warning",
                   a=a.text, b=b.text, a_month=a_label, b_month=b_label)


def _day_before(ctx, pair) -> bool:
    """Whether a day of the month is written right before a pair (`11 أيار/حزيران`)."""
    before = ctx.doc.normalized_slice(max(0, pair.start - 4), pair.start).rstrip()
    return before[-1:].isdigit()


def _system_label(system: str) -> str:
    """A naming system as a message writes it: a proper adjective ("Levantine", "Gregorian")."""
    return system[:1].upper() + system[1:]
