"""Sections of the dates family's language data read by one rule each: ``[numbers]``, ``[times]``,
``[range_words]``, ``[event_order]``, ``[restated]`` (gathered with the others in :mod:`.schema`)."""

from checker.language.schema import Number, Section, Str, Words


class Numbers(Section):
    """``[numbers]``: number words before a unit of time."""

    words: dict[Str, Number] = {}


class Times(Section):
    """``[times]`` (DATE007): times of day."""

    am: Words = []
    pm: Words = []
    prefixes: Words = []
    separators: Words = []
    #: Time zones written after a 24-hour time of four digits: "at 1702 GMT".
    zones: Words = []
    #: The minute of a match: a word before its number (`في الدقيقة 34`) or after it, with an
    #: ordinal suffix ("in the 74th minute").
    minute_before: Words = []
    minute_after: Words = []
    ordinal_suffixes: Words = []
    #: Hours told in words (`العاشرة` = 10) with a part of the day after them (``am``, ``pm``, or
    #: ``night``, whose hours before six are after midnight), joined by ``daypart_links`` (`العاشرة
    #: من مساء الأحد`), a fraction of the hour between (`والنصف` = 30); and times with names
    #: (minutes after midnight: "midnight" = 0, "noon" = 720).
    hour_words: dict[Str, int] = {}
    minute_words: dict[Str, int] = {}
    daypart_links: Words = []
    night: Words = []
    named: dict[Str, int] = {}


class RangeWords(Section):
    """``[range_words]`` (DATE004): words of ranges of dates."""

    #: Links that join two full dates as one period with no range word before them ("March 20
    #: to March 3"); a conjunction ("and") is not one: without "between" it joins a list.
    bare_links: Words = []
    #: Words that make the pair a change of date, not a period, when they come earlier in the
    #: sentence ("the vote was moved from 20 May to 3 May", `تأجيل الموعد من 2019 إلى 2017`).
    change_words: Words = []
    #: Words just before a pair of numbers that make it the number of a law or a decision, not a
    #: range ("Law 2019-17", `القانون رقم 2019/2017`).
    number_words: Words = []


class EventOrder(Section):
    """``[event_order]`` (DATE008): pairs of once-only event classes, [first, then], the first of which
    cannot come after the second for one subject (opened in 1986, built in 1992)."""
    pairs: list[list[str]] = []


class Restated(Section):
    """``[restated]`` (DATE009): comparing two statements word by word around their dates."""

    #: Words skipped in the comparison (articles, prepositions, auxiliaries; never pronouns).
    ignore: Words = []
    #: Words one of which must stand right before a compared date ("in", `في`, `عام`).
    introducers: Words = []
    #: Conjunctions taken off a word whose bare form the article uses too.
    proclitics: Words = []
    #: Words that make a statement another one when they stand in the clause of its date
    #: (negations, repetitions; ``series``: events that recur).
    negations: Words = []
    again: Words = []
    #: Words that make a statement another one when one telling has them and the other not
    #: (an update: "now", "later"; a qualifier: "new", "also").
    updates: Words = []
    qualifiers: Words = []
    #: Words anywhere from the first statement to the second that tell of a change of date.
    changes: Words = []
    #: Words that tell of a change of date only in a sentence that holds a date ("moved to").
    weak_changes: Words = []
    #: Words of events that recur: in either statement, two dates are two events.
    series: Words = []
    #: Words that say a value held again or stayed the same ("again", "unchanged", `مجددا`): one
    #: distinctive figure told with two years in sentences holding one is two facts.
    same_value: Words = []
