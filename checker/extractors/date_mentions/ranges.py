"""Two dates written as the ends of one period: "between 2015 and 2016", `من 2015 إلى 2016`,
"2015–2016"."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.core.document import Document
from checker.extractors.date_mentions.model import DateMention, DateRange, Part
from checker.language.lexicon import Lexicon
from checker.language.sections import Weekdays
from checker.language.matching import NEVER, NOT_LETTER_BEFORE, WS, alternation, optional_words, proclitic_prefix, whole_word
from checker.language.regexes import compiled

_WORD = compiled(r"\w")
_BEFORE = 48   # characters before a range's first date read for its range word ("from the evening of Sunday, ")


@lru_cache(maxsize=32)
def _range_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """The range word before the first date (at the end of the text searched) and the gap
    between the two dates (a link word and a year word, or a dash)."""
    d = lex.section("dates", {})
    starts, links = alternation(d.get("range_starts", [])), alternation(d.get("range_links", []))
    if not starts or not links:
        return None
    year_prefixes = optional_words(alternation(d.get("year_prefixes", [])) or NEVER)
    # "from early 2018 until mid-2023", `من مطلع 2019 حتى منتصف 2021`: a part of the year before either end
    parts = optional_words(alternation([*d.get("early", []), *d.get("mid", []), *d.get("late", [])]) or NEVER,
                           rf"(?:{WS}+|-)")
    # "from the evening of Sunday, Dec. 7, to Tuesday, Dec. 9", `من مساء الأحد 7 ديسمبر حتى الثلاثاء 9 ديسمبر`:
    # a part of the day and a weekday before either end
    days = alternation([n for names in lex.get(Weekdays).root.values() for n in names])
    filler = optional_words(alternation(d.get("range_day_parts", [])) or NEVER, rf"{WS}+") \
        + optional_words(days or NEVER, rf"{WS}*[,،]?{WS}*")
    before = compiled(rf"{NOT_LETTER_BEFORE}{proclitic_prefix(lex)}(?:{starts}){WS}*{filler}{parts}{year_prefixes}$")
    until, leads = alternation(d.get("until", [])), alternation(d.get("range_event_leads", []))
    prefix = alternation(d.get("year_prefixes", []))
    # "until his acquittal in": the event that ended the period, and the year's own word
    event = rf"|(?:{until}){WS}+(?:(?:{leads})(?:{WS}+|(?=[^\W\d_]{{3}})))?[^\W\d_]+{WS}+(?:{prefix}){WS}*" \
        if until and leads and prefix else ""
    gap = compiled(rf"{WS}*(?:(?:[,،]{WS}*)?(?:{links}){WS}*{filler}{parts}{year_prefixes}|[-–—]{WS}*{event})")
    return before, gap


def extract_date_ranges(doc: Document, facts) -> list[DateRange]:
    """Pairs of adjacent dates, both with their years written (or two months of the publication's
    time, neither written: "from April to mid-July"), joined as a range."""
    pats = _range_patterns(doc.lexicon)
    if pats is None:
        return []
    before_rx, gap_rx = pats
    view = doc.normalized
    mentions = facts["date_mentions"]
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if a.calendar != b.calendar or (a.year_part is None or b.year_part is None) and not (
                a.year_part is None and b.year_part is None and a.precision == b.precision and a.precision in ("month", "day")
                or a.year_part is None and b.year_part is not None and a.precision == b.precision == "month"
                or a.year_part is not None and _year_by_words(b)):
            continue   # (both years written; two months or days of the publication's time; "from June to September 2025";
            #            "between November 2022 and April this year")
        gap = view.text[view.from_original(a.end):view.from_original(b.start)]
        if not gap_rx.fullmatch(gap):
            continue
        if not _WORD.search(gap):
            if a.precision != "year" or b.precision != "year" or gap.strip() != gap:
                continue  # only "2019–2017" written tight is read as a range of years
            out.append(DateRange(a, b, a.start, b.end, "dash"))
            continue
        na = view.from_original(a.start)
        hit = before_rx.search(view.text[max(0, na - _BEFORE):na])
        if hit is None:
            continue
        start = view.to_original(max(0, na - _BEFORE) + hit.start(), na)[0]
        out.append(DateRange(a, b, start, b.end, "words"))
    return out + _whole_periods(doc, mentions, {id(r.first) for r in out} | {id(r.second) for r in out})


def _year_by_words(m) -> bool:
    """A month whose year words tell after it, relative to the publication ("April this year")."""
    return m.year_part is None and m.precision == "month" and bool(m.month_parts) and m.end - m.month_parts[-1].end > 3


@lru_cache(maxsize=32)
def _whole_rx(lex: Lexicon) -> re.Pattern | None:
    words = alternation(lex.section("dates", {}).get("range_whole", []))
    return compiled(rf"{NOT_LETTER_BEFORE}{proclitic_prefix(lex)}(?:{words}){WS}*$") if words else None


def _whole_periods(doc: Document, mentions, taken: set[int]) -> list[DateRange]:
    """A month or a year after a word that makes it a whole period ("throughout August", `طوال شهر
    آب`): a range from its first day to its last."""
    rx = _whole_rx(doc.lexicon)
    if rx is None:
        return []
    view, out = doc.normalized, []
    for m in mentions:
        if id(m) in taken or m.precision not in ("month", "year"):
            continue
        na = view.from_original(m.start)
        hit = rx.search(view.text[max(0, na - _BEFORE):na])
        if hit is not None:
            out.append(DateRange(m, m, view.to_original(max(0, na - _BEFORE) + hit.start(), na)[0], m.end, "whole"))
    return out


_DAY = r"(?<![\d.,:/\-–—])(?P<d1>[0-3]?\d)"
_DASH = r"[-–—]"


@lru_cache(maxsize=32)
def _day_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """Before a date whose month is shared by a bare first day: "from 12 to 3 March",
    `من 20 إلى 5 آذار` (a range word, the day, a link word); "12–3 March" (two days and a dash,
    tight, before a month alone); "12 – 3 March" (a day and a dash before a full date)."""
    d = lex.section("dates", {})
    starts, links = alternation(d.get("range_starts", [])), alternation(d.get("range_links", []))
    if not starts or not links:
        return None
    # (a part of the day and a weekday before either day: `من الجمعة 13 إلى الأحد 15 جوان`)
    days = alternation([n for names in lex.get(Weekdays).root.values() for n in names])
    filler = optional_words(alternation(d.get("range_day_parts", [])) or NEVER, rf"{WS}+") \
        + optional_words(days or NEVER, rf"{WS}*[,،]?{WS}*")
    words = compiled(rf"{NOT_LETTER_BEFORE}{proclitic_prefix(lex)}(?:{starts}){WS}+{filler}{_DAY}{WS}*[,،]?{WS}*(?:{links}){WS}*{filler}$")
    tight = compiled(rf"{_DAY}{_DASH}(?P<d2>[0-3]?\d){WS}+$")
    dash = compiled(rf"{_DAY}{WS}*{_DASH}{WS}*$")
    return words, tight, dash


@lru_cache(maxsize=32)
def _bare_links(lex: Lexicon) -> re.Pattern | None:
    """The gap of two full dates joined by a link that needs no range word ("to", `إلى`)."""
    links = alternation(lex.section("range_words", {}).get("bare_links", []))
    return re.compile(rf"{WS}*(?:{links}){WS}*") if links else None


def _day_first(m) -> bool:
    """The mention is written day first ("3 March", `5 آذار`) or is a month alone."""
    if m.precision == "month":
        return not m.day_part and bool(m.month_parts) and m.month_parts[0].start == m.start
    return m.precision == "day" and m.day_part is not None and m.day_part.start == m.start


def _bare_day(doc: Document, ns: int, ne: int, m, day: int, end: int | None = None):
    s, e = doc.normalized.to_original(ns, ne)
    return DateMention(s, e if end is None else end, doc.text[s:e if end is None else end], m.calendar, "day",
                       m.year, m.months, day, m.year_inferred, day_part=Part(s, e, doc.text[s:e], day),
                       month_parts=m.month_parts, year_part=m.year_part)


def _shared_month(doc: Document, m, pats) -> DateRange | None:
    """A range of two days of one month written once, ending at mention ``m``."""
    words, tight, dash = pats
    view = doc.normalized
    nm = view.from_original(m.start)
    lo = max(0, nm - 40)
    window = view.text[lo:nm]
    if m.precision == "month":
        hit = tight.search(window)
        if hit is None:
            return None
        first = _bare_day(doc, lo + hit.start("d1"), lo + hit.end("d1"), m, int(hit.group("d1")))
        second = _bare_day(doc, lo + hit.start("d2"), lo + hit.end("d2"), m, int(hit.group("d2")), m.end)
        return DateRange(first, second, first.start, m.end, "days")
    hit = words.search(window) or dash.search(window)
    if hit is None:
        return None
    first = _bare_day(doc, lo + hit.start("d1"), lo + hit.end("d1"), m, int(hit.group("d1")))
    start = view.to_original(lo + hit.start(), lo + hit.start() + 1)[0]
    return DateRange(first, m, start, m.end, "days")


def _months_alone(facts, mentions) -> list[DateMention]:
    """Month names read as no date ("March" alone may be a verb), which two days and a dash
    before them ("12-4 March") make dates."""
    taken = {p.start for m in mentions for p in m.month_parts}
    return [DateMention(mm.start, mm.end, mm.text, "hijri" if mm.lunar else "gregorian", "month", None,
                        (mm.number,), month_parts=(Part(mm.start, mm.end, mm.text, mm.number),))
            for mm in facts["month_mentions"] if mm.start not in taken]


_SHORT_YEAR = compiled(r"[-–—](?P<yy>\d{2})(?!\d|[.,]\d|%)")


def _short_years(doc: Document, mentions) -> list[DateRange]:
    """A year and a dash before the last two digits of the second ("2019–17", "1998-02"). The
    second is read in the first's century, or in the next when that makes a span of at most 30
    years ("1998-02" is 1998 to 2002)."""
    view = doc.normalized
    out = []
    for m in mentions:
        if m.precision != "year" or m.year_part is None or m.year is None or m.part is not None:
            continue
        ne = view.from_original(m.end)
        hit = _SHORT_YEAR.match(view.text, ne)
        if hit is None:
            continue
        year = m.year // 100 * 100 + int(hit.group("yy"))
        if year < m.year and year + 100 - m.year <= 30:
            year += 100
        s, e = view.to_original(hit.start("yy"), hit.end("yy"))
        second = DateMention(s, e, doc.text[s:e], m.calendar, "year", year, year_part=Part(s, e, doc.text[s:e], year),
                             form="year")
        out.append(DateRange(m, second, m.start, e, "dash"))
    return out


def extract_day_ranges(doc: Document, facts) -> list[DateRange]:
    """Ranges of days not both with their years written (so not among ``date_ranges``): two
    days sharing one written month ("from 12 to 3 March", `من 20 إلى 5 آذار`, "12–3 March"),
    and two full dates joined as a range ("from March 20 to March 3")."""
    pats, day_pats = _range_patterns(doc.lexicon), _day_patterns(doc.lexicon)
    if pats is None or day_pats is None:
        return []
    before_rx, gap_rx = pats
    bare_rx = _bare_links(doc.lexicon)
    view = doc.normalized
    mentions = [m for m in facts["date_mentions"] if m.precision in ("day", "month") and len(m.months) == 1]
    out = []
    for m in mentions + _months_alone(facts, mentions):
        if _day_first(m) and (m.precision == "month" or 1 <= (m.day or 0) <= 31):
            r = _shared_month(doc, m, day_pats)
            if r is not None and 1 <= r.first.day <= 31 and 1 <= r.second.day <= 31:
                out.append(r)
    out += _short_years(doc, facts["date_mentions"])
    told = {(r.first.start, r.second.start) for r in facts["date_ranges"]}   # (read there already: two weekdays)
    for a, b in zip(mentions, mentions[1:]):
        if (a.precision != "day" or b.precision != "day" or a.calendar != b.calendar
                or (a.year_part is not None and b.year_part is not None) or (a.start, b.start) in told):
            continue
        gap = view.text[view.from_original(a.end):view.from_original(b.start)]
        if not gap_rx.fullmatch(gap):
            continue
        na = view.from_original(a.start)
        hit = before_rx.search(view.text[max(0, na - _BEFORE):na])
        if hit is None and _WORD.search(gap) and not (bare_rx and bare_rx.fullmatch(gap)):
            continue
        start = a.start if hit is None else view.to_original(max(0, na - _BEFORE) + hit.start(), na)[0]
        out.append(DateRange(a, b, start, b.end, "days"))
    return out


@lru_cache(maxsize=32)
def _change_words(lex: Lexicon) -> re.Pattern | None:
    links = alternation(lex.section("range_words", {}).get("change_words", []))
    return re.compile(whole_word(f"(?:{links})", proclitic_prefix(lex)), re.IGNORECASE) if links else None


@lru_cache(maxsize=32)
def _number_words(lex: Lexicon) -> re.Pattern | None:
    words = alternation(lex.section("range_words", {}).get("number_words", []))
    return re.compile(rf"{whole_word(f'(?:{words})', proclitic_prefix(lex))}\W{{0,3}}$", re.IGNORECASE) if words else None


def is_numbered(doc: Document, start: int) -> bool:
    """The date at ``start`` is the number of a law or a decision ("Law 2019-17", `القانون رقم
    2019/2017`): a word of ``[range_words] number_words`` just before it."""
    rx = _number_words(doc.lexicon)
    if rx is None:
        return False
    ns = doc.normalized.from_original(start)
    return rx.search(doc.normalized.text[max(0, ns - 24):ns]) is not None


def is_date_change(doc: Document, start: int) -> bool:
    """A change of date, not a period, ends at ``start``: a word such as "postponed" or `تأجيل`
    earlier in its sentence ("the vote was moved from 20 May to 3 May")."""
    rx = _change_words(doc.lexicon)
    if rx is None:
        return False
    view = doc.normalized
    ns = view.from_original(start)
    window = re.split(r"[.!?؟\n]", view.text[max(0, ns - 80):ns])[-1]
    return rx.search(window) is not None
