"""The schema of the dates family's own language data (``data/<lang>/*.toml``): elapsed times and
ages (``[durations]``, ``[numbers]``), events that happen once and how their verbs and nouns derive
from one another (``[events.<kind>]``, ``[event_subject]``, ``[event_derivation]``,
``[event_ordinals]``, ``[event_again]``, ``[event_pronouns]``), relative expressions
(``[relative_dates]``), order words and times of day (``[chronology]``, ``[times]``) and the
words of date ranges (``[range_words]``)."""

from typing import Literal

from pydantic import ConfigDict, RootModel

from checker.language.schema import Bool, Int, Number, Section, Str, Words

from .schema_sections import Chronology, EventOrder, Numbers, RangeWords, Restated, Times


class Durations(Section):
    """``[durations]``: elapsed times and ages."""

    #: Unit word to its length in years ("decade" = 10); dual forms carry their number.
    units: dict[Str, Number] = {}
    #: Plural units that state no length without a number ("for years").
    plural_units: Words = []
    more: Words = []
    less: Words = []
    about: Words = []
    #: Words after an elapsed time that make it "ago" (English "ago"), or before it (Arabic "قبل").
    ago: Words = []
    ago_before: Words = []
    #: One post held since a year and for a number of years (:mod:`.held_posts`, which tells each list).
    held_posts: Words = []
    #: Pronouns that open a clause before an age or a birth (`إلى أنه من مواليد`): the words before them
    #: are not whose the age or birth is (:func:`.holders.holder_words`).
    holder_cuts: Words = []
    held_for: Words = []
    held_by: Words = []
    held_at: Words = []
    held_starts: Words = []
    held_as: Words = []
    #: … a length spent up to now ("has spent 31 years at Copper Notch") and a start at a place ("started at
    #: Copper Notch in 1998"), its word of place one of ``held_at``.
    held_spent: Words = []
    held_began: Words = []
    #: … a length a departure ends, before it ("will retire after 31 years at the museum"), its word of
    #: place one of ``held_at``.
    held_after: Words = []
    #: A post named by no body after the word of place ("after 16 years in office"): any post of a title.
    held_generic: Words = []
    #: A first of its kind over a length ("the first rise in a decade", "since 2012") against the last one
    #: dated: ``first``, ``leads`` (before the length), ``fill``, ``since``, ``year_leads``, ``last``,
    #: ``not_after`` (after "last", a relative date: "last year") and ``generic`` (words naming no
    #: thing), each a list of words; ``modifiers``, "after" where a modifier follows its noun.
    first_in: dict[str, Words | str] = {}
    #: Patterns of a length of service told with its start in one sentence ("a 30-year veteran of the
    #: department who joined the force in 2001"): regular expressions with a group ``n``.
    service_lengths: list[str] = []
    #: With ``ago_before``: what may not follow the unit, unless an ``ago_tail`` does, for the time
    #: to be "ago" (a digit never may): beginnings of words, `قبل عقد من ...`, `قبل عام على ...`.
    ago_not_followed_by: Words = []
    #: Words skipped before those: `قبل عام واحد من منعه` is a year before the ban, not a year ago.
    ago_skip: Words = []
    #: Of ``ago_before``, words that may also tell a length (`المستمر منذ سبع سنوات`, "for seven years"):
    #: such an elapsed time is compared only with a year in its own sentence.
    ago_length: Words = []
    #: Words that may follow the unit of an elapsed time (`قبل عقد من الزمن`).
    ago_tail: Words = []
    #: Words that count an elapsed time from a year: "two decades after ... 2012" (after the
    #: time, English) or `بعد عقدين من ... 2012` (before it, Arabic).
    after: Words = []
    after_before: Words = []
    #: With ``after_before``: letters that may be attached before it (`وبعد`), and the word that
    #: must follow the unit (`بعد عقدين من ...`).
    after_before_clitics: Words = []
    after_before_link: Words = []
    #: With ``after_before``: a word that may stand between it and the figure (`بعد مرور عقدين`).
    after_before_fill: Words = []
    #: Regular expressions with a group ``age`` (and ``about``) / ``year``.
    age_patterns: Words = []
    #: Ages in ordinal words, ``{ordinal}`` in an age pattern (:mod:`.age_words`): the units
    #: (one to ten) to their values, the word after a unit that adds ten, the tens to their
    #: values, and the joiner between a unit and its tens.
    age_ordinals: dict[Str, Int] = {}
    age_teen: Words = []
    age_tens: dict[Str, Int] = {}
    age_joiner: Str = ""
    #: Ages in cardinal words, ``{cardinal}`` in an age pattern (`وهو ابن إحدى وعشرين سنة`): the
    #: units to their values and the tens to theirs (``age_teen`` and ``age_joiner`` as above).
    age_cardinals: dict[Str, Int] = {}
    age_cardinal_tens: dict[Str, Int] = {}
    #: An age told as a decade of life, ``{decade}`` and ``{part}`` in an age pattern ("in her
    #: late seventies", `في العقد السابع من عمرها`): the decade to its first year ("seventies" =
    #: 70), and a part of it to the first and last years of the decade it covers ("late" = [5, 9]).
    age_decades: dict[Str, Int] = {}
    age_decade_parts: dict[Str, list[Int]] = {}
    birth_patterns: Words = []
    #: Words up to three after an age opening its sentence ("The 27-year-old crossed …", read as
    #: the subject of the sentence before) that bring in another person ("The 19-year-old student
    #: who raised the alarm").
    epithet_breaks: Words = []
    #: Regular expressions with a group ``n`` ({number}: digits or a number word) for a history
    #: told in years ("our 25-year history"), counted from the article's one founding year.
    history_patterns: Words = []
    #: Phrases right after a history that name the year it is told in, relative to publication:
    #: phrase → years from the publication year ("last year" → -1, `العام الماضي` → -1).
    history_years: dict[Str, Int] = {}
    #: Regular expressions with groups ``n`` and ``year`` (optionally ``q``, a qualifier, and
    #: ``u``, a unit; {qual} and {unit} are filled in) for a time in years and the year it runs
    #: from, in one phrase ("for 12 years since her appointment in 2018"), counted to the
    #: publication date.
    since_patterns: Words = []
    #: Words before such a time in its sentence that count it to another day than the story's
    #: ("had been closed for 20 years since 1991").
    since_not_before: Words = []
    #: Words right after the year that end the time before the story ("… since 1991 until").
    since_not_after: Words = []
    #: Regular expressions with groups ``n`` ({number}), ``u`` ({unit}: of ``[chronology.units]``)
    #: and ``event`` for a time since an event the article dates once elsewhere ("in the three
    #: weeks since its opening").
    since_event_patterns: Words = []


class EventWords(Section):
    """``[events.<kind>]``: the words that name one kind of event (seeds of the derivation)."""

    words: Words = []
    #: The event happens to a person (a birth, a death): tied to the person named beside it.
    person: Bool = False
    #: The event happens once for what it is done to (joining the institute): told only with its
    #: object, and two tellings are one event only when their objects share a word.
    object: Bool = False
    #: Words that name this event only right after "since" (`منذ بدايتها` is a founding).
    since_words: Words = []
    #: States that date the event only right before "since" and its date, read as written ("in
    #: service since 1976", `العامل منذ 1976`, is its commissioning; "in service in 1976" is none).
    states: Words = []
    #: The event's noun counts only after "since" ("since its construction in 1958"; "construction
    #: began" is a start); its verb anywhere ("was built in 1962").
    since_only: Bool = False
    #: Whom the event happens to must be told (a noun or name as its subject or object, or a
    #: pronoun): a telling without one ("police arrested his brother on May 6") matches none.
    told_whom: Bool = False
    #: Words whose derivation meets the seeds' but that name another event (`استقال`, "resigned",
    #: is no `استقلال`, "independence").
    not_words: Words = []


class Events(RootModel[dict[Str, EventWords]]):
    """``[events.<kind>]``: events that happen once to their subject."""

    model_config = ConfigDict(defer_build=True)


class EventSubject(Section):
    """``[event_subject]``: which side of the event word names what it happened to."""

    side: Literal["before", "after"] = "before"
    #: Words after the event word that open a complement, not its subject (`افتتح أمام المارة`).
    not_after: list[str] = []
    #: Words before the event word that make it a point of reference for another event (`بعد
    #: افتتاحه لقاء … في 2014`, "after its opening, a match in 2014"): only a date right after
    #: the event word is then its own.
    reference: list[str] = []
    #: Relative pronouns: "Goldcoast Structures, which he founded in 1998" — a person's pronoun
    #: after one is who did it; what the relative stands for is the event's subject.
    relatives: list[str] = []
    #: Words before the event word that make it a noun, whose possessor is what the event happened
    #: to: "the Beacon's launch" is the launch of what "launched the Daily Beacon" names.
    determiners: list[str] = []
    #: Verbs of a work coming out, told with its title ("came out in 1989"), against "Title (1991)".
    release: list[str] = []
    #: Those of them that bring in someone new ("a 19-year-old student").
    indefinite: list[str] = []
    #: Prepositions of place: a name right after one is a place, not a person a pronoun stands for
    #: ("was born in Delft in 1628. He died in 1671").
    place_prepositions: list[str] = []
    #: Words after the event word that open its object: `انضم أحمد إلى الفريق` joined the team.
    object_links: list[str] = []
    #: Pronouns right after a noun of an event told after "since" that stand for what the event was done
    #: to, told before (`منذ التحاقه به`: the bank he joined): the object of that earlier telling.
    object_pronouns: list[str] = []
    #: Words right after a verb of an event that bring in who did it ("was opened by the then prime
    #: minister in 1958"): its date may stand as far as after an object.
    agent_links: list[str] = []
    #: Prepositions right before a word of kinship (a possessive between): the relative is an
    #: object of the clause, not another person it tells of ("began smoking fish beside her mother
    #: in 1970, when she was 12", `ركب البحر مع والده عام 1975`).
    kin_objects: list[str] = []
    #: Endings and forms that make an event word a verb where the derivation does not say
    #: ("constructed", "built"): a verb of an event whose noun counts only after "since".
    verb_endings: list[str] = []
    verb_forms: list[str] = []
    #: Verbs before an event's noun that tell it as done (`ألقي القبض على`, `تم إغلاق`): a verb
    #: telling, for a class whose noun counts only after "since".
    light_verbs: list[str] = []
    #: Words shortly before the event word that make it a plan ("first planned for a launch in
    #: 2014", `كان مقرراً افتتاحه عام 2014`): no telling of when it happened.
    plans: list[str] = []
    #: Words shortly before the event word that make it what an anniversary counts from ("the 40th
    #: anniversary of its founding in 2022", `بالذكرى الأربعين لتأسيسها`): the date is the anniversary's.
    anniversaries: list[str] = []
    #: Words that open a reported clause ("said that the university had grown since its
    #: opening"): the clause's first words name what a pronoun after them stands for.
    clause_openers: list[str] = []
    #: Nouns that name one subject (the first of each group stands for all): "the factory opened in
    #: 2016" … "since its opening in 2018, the plant has processed …"; and so an incident told back
    #: after "since" ("the fire broke out on Nov. 9" … "since the blaze").
    same_nouns: list[list[str]] = []
    #: Verbs that tell that an incident happened, its noun their subject ("the fire broke out on
    #: Nov. 19", `اندلع الحريق فجر 19 نوفمبر`): a telling of the noun, held against the noun dated
    #: where it is named ("the Nov. 21 fire", `حريق 21 نوفمبر`).
    incident_verbs: list[str] = []
    #: A part of a day written right before a date ("broke out … on the night of July 11",
    #: `ليلة 11 تموز`): an incident's verb is read as near its date as without it.
    day_parts: list[str] = []
    #: Words that only class an event told back after "since" (`منذ حادث التصادم`, "since the
    #: incident"): the earlier telling may leave them out.
    class_words: list[str] = []
    #: Nouns of a part of a period ("the start of 2022", `مطلع 2022`): after "since", a date, never
    #: an event told back.
    period_parts: list[str] = []
    #: Particles only a verb follows (`قد كشفت الهيئة الشبكة`, `لقد`): a form I verb right after one
    #: is a verb telling of its event, though no conjunction opens it.
    verb_particles: list[str] = []
    #: Words of beginning ("began", "started", `انطلاق`): an event told back after "since" with one
    #: meets its earlier telling with another ("began producing" … "since production started").
    onset_words: list[str] = []
    #: Words before a noun told back after "since" that make it definite ("the", "its"; Arabic
    #: writes the article on the noun).
    definite: list[str] = []


class EventDerivation(Section):
    """``[event_derivation]``: how a verb and its noun reduce to one key. English strips a
    suffix and a trailing letter; Arabic strips clitics and matches verb and masdar patterns
    (``F``, ``A``, ``L`` stand for the root letters) of the forms given."""

    suffixes: Words = []
    trailing: Words = []
    #: A stem's ending and what it stands for, read last ("registr" of "registration" is
    #: "register"): [ending, replacement].
    restore: list[tuple[Str, Str]] = []
    #: The suffixes of a noun of action ("ion"), and the stem endings such a noun changes back to
    #: its verb's ("suspens" of "suspension" is "suspend"; "decis" is "decid").
    action_suffixes: Words = []
    action_restore: list[tuple[Str, Str]] = []
    min_stem: Int = 3
    #: Written form to its key; an empty key means "never an event word".
    irregular: dict[Str, Str] = {}
    #: [pattern, [forms], "v" | "n" | "vn"], and "bare" for a pattern read only on a word with no article or suffix.
    patterns: list[tuple[Str, list[Int], Literal["v", "n", "vn"]] | tuple[Str, list[Int], Literal["v", "n", "vn"], Literal["bare"]]] = []
    prefixes: dict[Str, Words] = {}
    #: Pronoun suffixes and the gender or number each marks.
    gender: dict[Str, Literal["m", "f", "p"]] = {}
    #: Forms whose masdar is written without a final ta marbuta.
    no_ta_marbuta: list[Int] = []


class EventOrdinals(Section):
    """``[event_ordinals]``: ordinals that make an event happen once ("his first novel"), and on
    which side of their noun they stand."""

    words: Words = []
    object_side: Literal["before", "after"] = "after"
    #: Objects whose first one is the founding of what they are of: a festival's first edition
    #: (`دورته الأولى عام 1999`, "its first edition in 1999") tells when it was founded.
    founding_objects: Words = []
    #: Words after such an ordinal phrase that make it an edition of another thing ("the first
    #: edition of a history").
    object_of: Words = []
    #: A word one of which stands right before such an ordinal phrase (its pronoun between) for
    #: it to tell a founding ("since its first edition", `منذ دورته الأولى`).
    founding_lead: Words = []
    #: Words right before a masdar written like its verb that tell it as a noun dated after them, as
    #: "since" does (`يعود رسمها إلى عام 1768`: its painting dates back to).
    dating_leads: Words = []
    #: Words of "the last" one, told back in either form (`آخر تحديث` … `التحديث الأخير`).
    last: Words = []
    #: Ordinals written on the other side of their noun (`أول مسح` beside `المسح الأول`).
    before_noun: Words = []
    #: Words of whose a thing is right after such an ordinal and its noun (`أحيا أول حفل له`): the
    #: person's own first, told as `حفله الأول` would be.
    owned: Words = []
    #: Verbs that, right after the ordinal, all tell one event, by its name: "was first recorded in
    #: 2019" … "the inspection that first noted the crack" (``{ notice = ["recorded", "noted"] }``).
    first_verbs: dict[Str, Words] = {}
    #: The noun of "for the first time" (`لأول مرة`): the verb before the phrase tells its event once
    #: ("was discovered for the first time in 2018" … "was first discovered in 2020").
    first_time: Words = []
    #: Auxiliaries before "first" and a verb that make it passive ("was first recorded"): without
    #: one, the verb's object is what it befell ("the inspection that first noted the crack").
    passive: Words = []
    #: Nouns whose first is no once-only thing ("the first time", `أول مرة`, "the first half").
    not_firsts: Words = []
    #: Words between a first and its date that make it the first of a period ("since", "this year").
    recurring: Words = []
    #: Words a few words before a first that make the date after it another event's ("a week after the
    #: first ship docked, on 3 October").
    offset_words: Words = []
    #: Ordinals past the first beside an edition word (`الطبعة الرابعة عشرة`, "its fourth edition"),
    #: and the affixes of one written in figures ("14th", `الـ14`): the thing recurs.
    later: Words = []
    ordinal_affixes: Words = []
    #: Event classes whose telling this year, in an article about a recurring thing, is the start
    #: of this year's edition (`انطلق المهرجان يوم الجمعة`), not a founding.
    edition_classes: Words = []


class EventAgain(Section):
    """``[event_again]``: words that make an event a repetition ("reopened", `أعيد`)."""

    words: Words = []
    #: Words beside an event told as a verb and as a noun that make it one of a series ("the previous
    #: census", "the next one", `الإحصاء المقبل`): the two tellings are not one event.
    instances: Words = []


class EventPronouns(Section):
    """``[event_pronouns]``: pronouns by the gender or number they mark."""

    n: Words = []
    m: Words = []
    f: Words = []
    p: Words = []
    #: Nouns that stand for a person told just before, like a pronoun ("the man", `الرجل`): a
    #: sentence they open, naming nobody, is about the one person the sentence before names.
    described: Words = []
    #: Verbs that mark a plural subject right after a name ("Carreg Vale have extended"): a team or a
    #: body, no one person.
    plural_verbs: Words = []


class RelativeDates(Section):
    """``[relative_dates]`` (DATE005): relative expressions and the dates attached to them."""

    past: Words = []
    future: Words = []
    current: Words = []
    week: Words = []
    month: Words = []
    year: Words = []
    earlier: Words = []
    later: Words = []
    #: Words before a relative expression that count it from the story, not the publication.
    narrative: Words = []
    #: Words that attach a date to the expression ("on", "set for", `في`), ``emphasis`` right after it (`فقط`).
    links: Words = []
    emphasis: Words = []
    #: A word opening a clause of when ("last month, when the gauge recorded on 6 August") or of the
    #: occasion (``occasions``: "last week at a meeting on June 2") before a day the expression names.
    when: Words = []
    occasions: Words = []
    possessive: Words = []
    #: Relative words after a possessive and its noun that open a clause dating the thing named
    #: ("next month's Tour de France, which starts in Florence on June 29").
    owned_relatives: Words = []
    #: Day words to their offset from the publication date (yesterday = -1).
    days: dict[Str, Int] = {}
    #: A count of days back from publication: "three days ago" (``ago`` after the count) or
    #: `قبل ثلاثة أيام` (``ago_before``); each unit to [days, count it stands for without a number
    #: (0: it needs one; 2 for a dual: `يومين`)].
    ago: Words = []
    ago_before: Words = []
    #: A bound before a count back ("more than three weeks ago": any day before it; "less than …": after).
    ago_more: Words = []
    ago_less: Words = []
    ago_units: dict[Str, tuple[Int, Int]] = {}
    #: A count forward from the day of writing, in the units of ``ago_units``: the words before the
    #: count (`بعد`) and those after its unit that tie it to the day of writing ("from today", `من اليوم`).
    ahead_before: Words = []
    ahead_tail: Words = []
    #: Between a day and the relative expression after it, set off by a comma: a word that restates (`أي`, "that is").
    restating: Words = []
    #: The days a week starts on where the language is written (ISO numbers: 1 Monday … 7
    #: Sunday): "next Tuesday" is the coming Tuesday or the Tuesday of the next week so counted.
    week_starts: list[Int] = []


SCHEMAS = {
    "event_order": EventOrder,
    "durations": Durations, "numbers": Numbers, "events": Events, "event_subject": EventSubject,
    "event_derivation": EventDerivation, "event_ordinals": EventOrdinals,
    "event_again": EventAgain, "event_pronouns": EventPronouns, "relative_dates": RelativeDates,
    "chronology": Chronology, "times": Times, "range_words": RangeWords, "restated": Restated,
}
