"""The patterns that find dates, compiled once per language from its ``[dates]``, ``[months]``
and ``[weekdays]`` data. Every pattern runs over the normalised view."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.language.lexicon import Lexicon
from checker.language.matching import (
    NEVER, NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WS, alternation, keyword_finder, matched_key, optional_words,
    phrase_table, proclitic_prefix, whole_word,
)
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

# Day, month and year written with digits: 05/03/2019, 5.3.2019, 2019-03-05.
NUMERIC = [
    (compiled(r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/\-]|[.,]\d)"), "dmy"),
    (compiled(r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[/\-])(?P<b>\d{1,2})(?P=sep)(?P<a>\d{1,2})(?![\d/\-]|[.,]\d)"), "ymd"),
]
# What every match of a NUMERIC pattern holds: a digit, a separator, one or two digits, a
# separator and a digit. A text without it has no numeric date.
NUMERIC_HINT = compiled(r"\d[/.\-]\d{1,2}[/.\-]\d")
# A four-digit number that may be a year. (What may not stand before it is asked after its first
# digit, so that the pattern opens with a digit and the engine skips straight to digits.)
YEAR = compiled(r"(?P<y>\d(?<![\d.,/:]\d)\d{3})(?![\d%]|[.,]\d|[/:]\d)")
# The first word after a number (a calendar marker such as هـ or AD).
WORD_AFTER = compiled(rf"{WS}*(\S+)")


@dataclass(frozen=True)
class Patterns:
    """The compiled date patterns of one language, with the tables their matches are read by
    (keys are :func:`~checker.language.matching.matched_key` forms)."""

    # weekdays: "Monday", "يوم الاثنين"; the gap between a weekday and its date
    weekday: re.Pattern | None
    weekday_numbers: dict[str, int]
    weekday_gap: re.Pattern
    # the day and the year around a month name
    day_before: re.Pattern
    day_after: re.Pattern
    day_words: dict[str, int]            # a day told as an ordinal word ("fifth", `الخامس`) -> its number
    year_after: re.Pattern
    hijri_markers: frozenset[str]
    gregorian_markers: frozenset[str]
    numeric_month_first: bool            # 03/04/2018 may be read month first (US order)
    # words that place a date relative to the publication date ("last", الماضي)
    relation_after: re.Pattern | None
    relation_before: re.Pattern | None
    this_year_before: re.Pattern | None   # "this July": the month of the publication's year
    relation_words: dict[str, str]
    context_before: re.Pattern | None    # "شهر" before an ambiguous month name
    capitalised_before: re.Pattern | None   # "in" before a capitalised ambiguous month name
    capitalised_before_month: re.Pattern | None   # "to" between such a name and another month
    # years: after a year word (عام 2019); the end of a year word
    year_prefixed: re.Pattern
    year_prefix_end: re.Pattern
    # "yesterday (Monday)"
    relative_day: re.Pattern | None
    relative_offsets: dict[str, int]
    # "since", "until", "early", "mid", "late" before a date
    qualifier_before: re.Pattern
    # "summer 2019", "the 1990s", "الثمانينيات"
    season: re.Pattern | None
    season_months: dict[str, tuple[int, ...]]
    decade: re.Pattern
    decade_words: dict[str, int]
    # "last year", `الشهر الماضي`; "March of last year"
    relative: re.Pattern | None
    relative_units: dict[str, tuple[str, int]]
    year_relative: re.Pattern | None
    year_relative_offsets: dict[str, int]
    year_relative_in: re.Pattern | None = None   # "Next year's edition will run from Sept 5": anywhere before it
    relative_not_after: re.Pattern | None = None   # `ذلك اليوم`: a word before it that makes it a told day
    # for the patterns above scanned over a whole text (by field name), the words they start
    # from (after a proclitic): see :func:`~checker.language.matching.finditer_near`
    finders: dict[str, re.Pattern | None] = field(default_factory=dict)
    # the words of each finder, for the keyword pass (see ``Scanner.scan``)
    finder_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a verb that tells an event as done, then up to three words, ending where a date begins
    # ("was killed on Monday,", `جرت الانتخابات في`): a year left out is then a past one
    told_as_done: re.Pattern | None = None
    # a weekday set off after its date by a comma and one of ``weekday_apposed`` ("Oct. 9, a Thursday,")
    weekday_apposed: re.Pattern | None = None


def _keyed_by_kind(d: dict, kinds: dict[str, object]) -> dict[str, object]:
    """The words listed under each key of ``kinds`` in ``d``, mapped to that key's value."""
    return phrase_table((w, value) for key, value in kinds.items() for w in d.get(key, []))


def _qualifier_before(d: dict, pre: str) -> re.Pattern:
    """"since"/"until" (groups ``since``, ``until``) or "early"/"mid"/"late" (groups ``early``,
    ``mid``, ``late``) written before a date."""
    def groups(keys):
        alts = {k: alternation(d.get(k, [])) for k in keys}
        return "|".join(f"(?P<{k}>{v})" for k, v in alts.items() if v)

    bounds, parts = groups(("since", "until")), groups(("early", "mid", "late"))
    return compiled(
        (rf"{NOT_LETTER_BEFORE}{pre}(?:{bounds}){WS}+" if bounds else NEVER) + "|" +
        (rf"{NOT_LETTER_BEFORE}{pre}(?:{parts})(?:{WS}+|-)" if parts else NEVER))


def _around_month(d: dict) -> dict[str, re.Pattern]:
    """The day before or after a month name ("5 March", "March 5th", "الـ5 من مارس") and the year
    after it ("March 2019", "مارس من عام 2019 م")."""
    ordinals = alternation(d.get("ordinal_suffixes", []))
    ords = f"(?:{ordinals})?" if ordinals else ""
    day_prefixes = optional_words(alternation(d.get("day_prefixes", [])))
    day_links = optional_words(alternation(d.get("day_links", [])), WS + "+")
    year_prefixes = optional_words(alternation(d.get("year_prefixes", [])))
    markers = alternation(list(d.get("hijri_markers", [])) + list(d.get("gregorian_markers", [])))
    marker = rf"(?:{WS}*(?P<marker>{markers}){NOT_LETTER_AFTER})?" if markers else ""
    day_words = {matched_key(normalize_text(w)): int(n) for w, n in d.get("day_words", {}).items()}
    numeral = rf"(?<![\d/.:,\-]){day_prefixes}(?P<day>\d{{1,2}}){ords}{WS}*"
    if day_words:   # "the fifth of August", `الخامس من آب`: an ordinal word, then the link words
        # (not the ordinal of a week: `الأسبوع الأول من أيار`, "the first week of")
        not_after = "".join(f"(?<!{re.escape(normalize_text(w))} )" for w in d.get("day_words_not_after", []))
        numeral = rf"(?:{numeral}|{NOT_LETTER_BEFORE}{not_after}(?P<worded>{alternation(list(d['day_words']))}){WS}+)"
    return {
        "day_words": day_words,
        "day_before": compiled(rf"{numeral}{day_links}$"),
        "day_after": compiled(rf"\.?{WS}*+(?P<day>\d{{1,2}}){ords}(?![\d]|:\d|[.,]\d|{WS}*+%)"),   # ("May 27: …", not "at 10:30")
        "year_after": compiled(rf"\.?{WS}*+[,،]?{WS}*+{year_prefixes}(?P<year>\d{{4}})(?!\d){marker}"),
    }


def _weekdays(lex: Lexicon, d: dict, pre: str) -> dict:
    numbers = phrase_table((n, int(number)) for number, names in lex.section("weekdays", {}).items() for n in names)
    names = alternation(numbers)
    prefix = optional_words(alternation(d.get("weekday_prefixes", [])))
    # (a comma may set off the date after a link word: `السبت المقبل، 3 ماي`, "next Saturday, May 3")
    links = optional_words(alternation(d.get("weekday_links", [])), rf"(?:{WS}*+[,،])?{WS}+")
    weekday = compiled(whole_word(rf"{prefix}(?P<wd>{names})\.?", pre)) if numbers else None
    offsets = _keyed_by_kind(d, {"day_before_yesterday": -2, "yesterday": -1, "today": 0,
                                 "tomorrow": 1, "day_after_tomorrow": 2})
    relative_day = None
    if offsets and weekday is not None:
        relative_day = compiled(
            whole_word(rf"(?P<rel>{alternation(offsets)})", pre) + rf"{WS}*+[,،]?{WS}*+\(?{WS}*+"
            + rf"{prefix}(?P<wd>{names}){NOT_LETTER_AFTER}")
    day_words = [*numbers, *d.get("weekday_prefixes", [])]
    return {"weekday": weekday, "weekday_numbers": numbers, "relative_day": relative_day,
            "relative_offsets": offsets, "finders": {
                "weekday": keyword_finder(day_words),
                "relative_day": keyword_finder(offsets)},
            "finder_words": {"weekday": day_words, "relative_day": list(offsets)},
            "weekday_gap": compiled(rf"^{WS}*+[,،]?{WS}*+\(?{WS}*+{links}$"),
            "weekday_apposed": compiled(rf"{WS}*+[,،]{WS}*+(?:{alternation(d['weekday_apposed'])}){WS}+")
            if d.get("weekday_apposed") else None}


def _relations(lex: Lexicon, d: dict, pre: str) -> dict:
    words = _keyed_by_kind(d, {"past": "past", "future": "future", "current": "current"})
    rel = alternation(words)
    context = alternation(lex.section("months", {}).get("context_words", []))
    year_relative = phrase_table(d.get("year_relative", {}), int)
    units = phrase_table(d.get("relative", {}), lambda v: (v[0], int(v[1])))
    return {
        "relation_words": words,
        "told_as_done": compiled(rf"{NOT_LETTER_BEFORE}{pre}(?:{done})(?:{WS}+[^\s\d]+){{0,3}}?{WS}+$")
        if (done := alternation(d.get("past_events", []))) else None,
        "relation_after": compiled(rf"{WS}*(?P<rel>{rel}){NOT_LETTER_AFTER}") if rel else None,
        "relation_before": compiled(rf"{NOT_LETTER_BEFORE}(?P<rel>{rel}){WS}+$") if rel else None,
        "this_year_before": compiled(rf"{NOT_LETTER_BEFORE}(?P<rel>{this}){WS}+$")
        if (this := alternation(d.get("current_before", []))) else None,
        "context_before": compiled(rf"{NOT_LETTER_BEFORE}{pre}(?:{context}){WS}*$") if context else None,
        "capitalised_before": compiled(rf"{NOT_LETTER_BEFORE}(?:{caps}){WS}+$") if (
            caps := alternation(lex.section("months", {}).get("capitalised_after", []))) else None,
        "capitalised_before_month": compiled(rf"{WS}*(?:{before}){WS}*$") if (
            before := alternation(lex.section("months", {}).get("capitalised_before_month", []))) else None,
        "relative_units": units, "finders": {"relative": keyword_finder(units)},
        "finder_words": {"relative": list(units)},
        "relative": compiled(whole_word(rf"(?P<rel>{alternation(units)})", pre) + (  # not "the second day"
            rf"(?!{WS}+(?:{nb}){NOT_LETTER_AFTER})" if (nb := alternation(d.get("relative_not_before", []))) else ""))
        if units else None,
        "relative_not_after": compiled(rf"{NOT_LETTER_BEFORE}(?:{na}){WS}+$")
        if (na := alternation(d.get("relative_not_after", []))) else None,
        "year_relative_offsets": year_relative,
        "year_relative": compiled(rf"\.?{WS}*+,?{WS}*+(?P<rel>{alternation(year_relative)}){NOT_LETTER_AFTER}")
        if year_relative else None,
        "year_relative_in": compiled(rf"{NOT_LETTER_BEFORE}{pre}(?P<rel>{alternation(year_relative)}){NOT_LETTER_AFTER}")
        if year_relative else None,
    }


def _periods(d: dict, pre: str) -> dict:
    year_prefixes = alternation(d.get("year_prefixes", []))
    seasons = phrase_table(d.get("seasons", {}), tuple)
    decades = phrase_table(d.get("decades", {}), int)
    decade_word = "|" + whole_word(rf"(?P<word>{alternation(decades)})", pre) if decades else ""
    return {
        "year_prefixed": compiled(rf"{NOT_LETTER_BEFORE}{pre}(?:{year_prefixes}){WS}*(?P<year>\d{{4}})(?!\d)")
        if year_prefixes else compiled(NEVER),
        "year_prefix_end": compiled(rf"(?:{year_prefixes or NEVER}){WS}*$"),
        "season_months": seasons,
        "season": compiled(rf"{NOT_LETTER_BEFORE}{pre}(?P<season>{alternation(seasons)}){WS}+"
                           rf"{optional_words(year_prefixes)}(?P<year>\d{{4}})(?!\d)") if seasons else None,
        "decade_words": decades,
        "decade": compiled(rf"(?<![\d'’])(?P<tens>1[89]\d|20\d)0'?s{NOT_LETTER_AFTER}" + decade_word),
        "finders": {"year_prefixed": keyword_finder(d.get("year_prefixes", []), after=rf"{WS}*\d"),
                    "season": keyword_finder(seasons),
                    "decade": keyword_finder(decades, extra=r"1[89]\d0|20\d0")},
        "finder_words": {"year_prefixed": list(d.get("year_prefixes", [])), "season": list(seasons),
                         "decade": list(decades)},
    }


@lru_cache(maxsize=32)
def date_patterns(lex: Lexicon) -> Patterns:
    """The date patterns of a language, compiled once."""
    d = lex.section("dates", {})
    pre = proclitic_prefix(lex)
    parts = [_weekdays(lex, d, pre), _around_month(d), _relations(lex, d, pre), _periods(d, pre)]
    finders = {k: v for part in parts for k, v in part.pop("finders", {}).items()}
    finder_words = {k: tuple(v) for part in parts for k, v in part.pop("finder_words", {}).items()}
    finders["qualifier_before"] = keyword_finder(
        [w for kind in ("since", "until", "early", "mid", "late") for w in d.get(kind, [])])
    return Patterns(
        **{k: v for part in parts for k, v in part.items()}, finders=finders, finder_words=finder_words,
        hijri_markers=frozenset(normalize_text(m) for m in d.get("hijri_markers", [])),
        gregorian_markers=frozenset(normalize_text(m) for m in d.get("gregorian_markers", [])),
        numeric_month_first=bool(d.get("numeric_month_first", False)),
        qualifier_before=_qualifier_before(d, pre))
