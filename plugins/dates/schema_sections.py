"""Sections of the dates family's language data read by one rule each: ``[numbers]``, ``[times]``,
``[range_words]``, ``[event_order]``, ``[restated]``, ``[chronology]`` (gathered with the others in :mod:`.schema`)."""

from typing import Literal

from checker.language.schema import Int, Number, Section, Str, Words


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
    #: Minutes in digits after an hour word, joined by ``minute_and`` and followed by a unit of
    #: ``minute_units`` (`الثالثة و40 دقيقة`).
    minute_and: Words = []
    minute_units: Words = []
    #: … or by ``minute_less``: the minutes to the hour (`الثالثة إلا خمس دقائق`: 2:55).
    minute_less: Words = []


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


class Chronology(Section):
    """``[chronology]`` (DATE007): order words; ``{n}`` stands for a stated offset, ``{e}`` for the
    one to four words of an event named inside the phrase (`قبل الافتتاح بثلاثة أيام`)."""
    half: Words = []   # after a unit, half of one more ("a month and a half", `شهراً ونصف الشهر`)
    whole_after: Words = []   # after a unit, a word stressing it whole (`أسبوع كامل`, `شهرين كاملين`): the same offset
    later: Words = []
    earlier: Words = []
    after: Words = []
    before: Words = []
    ignore: Words = []
    openers: Words = []
    #: Words opening a sentence that stand for the one before, before "after" or "before" ("That
    #: was a week after …", `وجاء ذلك بعد …`): the order is between the two sentences' dates.
    anaphora: Words = []
    #: Words between an order phrase and the date it places ("a week later, on March 9").
    date_links: Words = []
    #: Words of a figure compared ("up from 54% in September"): the date right after the figure is its own.
    compared: Words = []
    #: Relative pronouns: a date in a relative clause a comma closes before an order word ("Of the
    #: riders who started on Sunday, 97 remained after Wednesday's stage") is not the one it orders.
    relative_pronouns: Words = []
    dated_participles: Words = []
    near_bounds: Words = []
    came_after: Words = []
    #: Verbs of happening after an event's noun opening a sentence, before an offset from another event
    #: ("The vote came three days after the interviews on Oct. 14", `جاء`).
    happened: Words = []
    #: Words of order alone, no length told, right after a date's comma, before an event named after them
    #: ("on Dec. 13, after the signing", `قبل توقيعه`): the date is after (before) that event's.
    bare_after: Words = []
    bare_before: Words = []
    #: What makes the event after such a word a definite noun: a determiner before it ("the", "its"), a
    #: prefix or a suffix on it (`ال`, `ـه`); "after burning 300 hectares" tells the subject's own doing.
    bare_event: dict[Str, Words] = {}
    #: Words that place other things by an event named right after them ("moved before landfall",
    #: `قبل وصول العاصفة`): a sentence that names the event only so does not date it.
    relative_to: Words = []
    #: Words that open a clause of its own before a verb (`بعد أن`): the event told by that verb and dated
    #: in its clause is dated there (`بعد أن افتتحها وزير الصحة في 22 شباط`), though it follows "after".
    clause_openers: Words = []
    #: Words that point back at an event told before (`ذلك`, "that"): "two days after that meeting, on …"
    #: counts from the last date before when no other sentence names the event with a date.
    demonstratives: Words = []
    #: Those of them after which the event came first ("evacuated after the collapse on April 6": the
    #: collapse was on that day or before): a time counted back from the event is before that date.
    after_event: Words = []
    #: Words between a stated length and the range of days it runs over (`في الفترة`).
    range_links: Words = []
    #: Words between an offset's number and its unit ("five more days").
    fillers: Words = []
    #: After a comma right after a second date, words that make the offset after them restate the
    #: time from the first date ("that is, eight months later", `أي بعد ثمانية أشهر`).
    #: A sentence that tells a beginning, an end and a length: the words right before the first
    #: date ("began"), before the second ("ended"), and before the length ("took", `استغرقت`).
    begin_words: Words = []
    end_words: Words = []
    length_verbs: Words = []
    #: Words before a length told by the noun of what filled it, and the word before that noun ("after
    #: six months of storage", `إثر شهرين كاملين من التغذية`): a length too.
    length_after: Words = []
    length_of: Words = []
    #: Words before a number and a unit that tell the time something was done in ("finished the
    #: dredging in 40 days", `في أربعين يوماً`): a length in a sentence that tells its beginning and end.
    length_in: Words = []
    #: Words that restate a length after a comma, after the two points it spans ("or", `أي`: ", or 10 hours").
    length_restated: Words = []
    #: Stages told one after another and the whole they make: words opening each later stage
    #: ("then", `ثم`) and words of the whole ("the whole", `كلها`).
    stage_links: Words = []
    stage_totals: Words = []
    #: Regular expressions of a count of days of every week ({number}) told right before a range of two
    #: weekdays ("six days a week, Monday to Friday"): the days the range covers.
    weekly: Words = []
    #: Verbs after a stated length and its noun that tie it to the range right after them ("a 10-day
    #: course that ran from April 1 to April 25", `دورة من عشرة أيام امتدت من`).
    range_verbs: Words = []
    #: Regular expressions naming an ordinal day, week or month of something whose range was told
    #: ({ordinal}: an ordinal in words; group ``u``: a unit of ``[chronology.units]``: "in its
    #: twelfth week", `في أسبوعها السادس`).
    ordinal_units: Words = []
    #: Words right before the first time of a trip ("left") and before the second ("arrived").
    depart_words: Words = []
    arrive_words: Words = []
    restate: Words = []
    #: Words right after such an offset that stress it (`فحسب`).
    stress_after: Words = []
    #: Order words that put the second event on the next day ("the next morning", `صباح اليوم
    #: التالي`): between two times of day they tell no order.
    next_day: Words = []
    #: Words that make an event named with them an earlier one of its kind ("the previous election").
    other_time: Words = []
    #: Unit word to [minutes, count]: count 0 is a plural that needs a number, 2 a dual.
    units: dict[Str, tuple[Int, Int]] = {}
    #: Words before an offset that make it rough ("about four hours later"): a wider margin.
    approx: Words = []
    #: Words after a comma that stand for the main clause before an order phrase (`وذلك قبل
    #: أسبوع من …`): the phrase hangs on the main clause's date.
    clause_links: Words = []
    #: Words right before an offset that make it a length, not an order ("worked … for 12 years
    #: before opening", `لمدة`).
    length: Words = []
    #: Words before an offset that stress it and leave its length as told ("only ten days after").
    exact: Words = []
    #: Words before an offset that make it a bound: at most ("less than an hour later"), at least
    #: ("more than two weeks later").
    at_most: Words = []
    at_least: Words = []
    #: After an order phrase, words that make the date after them where a length runs from ("after
    #: 19 days in custody since his arrest on Jan. 14"), not an event put in order.
    since: Words = []
    #: After an order phrase and a comma, words right before a date that make it the end of another
    #: span ("within two weeks, with weekly shipments until December"), not the date the offset places.
    span_ends: Words = []
    #: Which word of an event named after "after" names it: "last" ("the official opening") or
    #: "first" (`وصول السفينة الأولى`).
    event_head: Literal["first", "last"] = "last"
    #: Nouns of an event of any kind ("the incident", `الحادثة`): an offset from one that no other
    #: sentence dates counts from the last date told before it in an earlier sentence, unless its own sentence dates it.
    generic_events: Words = []
    #: A competition's rounds in the order they are played (:mod:`.rounds`).
    rounds: list[Words] = []
    #: Words of a start ("opened", `انطلق`) and regular expressions of a later stage of what began
    #: ({ordinal}, {number}; groups ``u``, its unit, and ``into``: "three weeks into the harvest";
    #: :mod:`.begun_stages`).
    start_words: Words = []
    stage_patterns: Words = []
