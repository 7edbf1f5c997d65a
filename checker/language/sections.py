"""The shared sections of language data: the tables the core (the lexicon, the document and the
shared fact extractors) reads, and that any plugin may add words to. Each model lists every key
the code reads; every key is optional, since a language may have no use for it.

A few keys are read only by one rule family; they are marked so below, and belong in that
family's own section.
"""

from typing import Literal

from pydantic import ConfigDict, Field, RootModel

from checker.language.schema import Bool, Int, MonthKey, MonthNumber, Pair, Section, Str, WeekdayKey, Words
from checker.language.sections_quantities import Quantities, WordList


class Script(Section):
    """``[script]``: how the language is written."""

    #: Single letters written attached to the next word (Arabic و ف ب ل ك).
    proclitics: Words = []
    #: Writing direction. Not read by the checker yet.
    direction: Literal["ltr", "rtl"] = "ltr"
    #: (plain, contracted) spellings: Arabic ال after ل is written لل.
    contractions: list[Pair] = []
    #: The definite article when it is written attached to the word (Arabic ال).
    article: Str = ""
    #: For language detection: the script's name (languages sharing a script share the name).
    name: Str = ""
    #: For language detection: the script's letters, ranges ``"a-z"`` or single characters.
    letters: Words = []
    #: For language detection: letters that tell this language from others of its script.
    characteristic: Words = []
    #: The script's digits, zero to nine, for writing a number as the text writes its own.
    digits: Str = Field(default="", pattern=r"^(.{10})?$")


class Punctuation(Section):
    """``[punctuation]``: the marks that end sentences and clauses."""

    #: Marks that end a sentence before a space or the end of a paragraph.
    sentence_end: Words = []
    #: Closing quotation marks and brackets that may follow a sentence end.
    closing: Words = []
    #: Marks that end a sentence wherever they stand.
    sentence_break: Words = []
    #: Marks that end a clause within a sentence.
    clause_end: Words = []
    #: What the last line of a paragraph of hard-wrapped copy may end with.
    terminal: Words = []


class Abbreviations(WordList):
    """``[abbreviations]``: tokens ending in a full stop that do not end a sentence."""


class Stopwords(WordList):
    """``[stopwords]``: common words that never name what a figure or an event is about."""


class Months(Section):
    """``[months]``: month names by calendar system, each a table from month number to its
    spellings, the preferred one first."""

    #: Month names that are also ordinary words: taken as months only in a date context.
    ambiguous: Words = []
    #: Words that mark the next word as a month name ("شهر آب").
    context_words: Words = []
    #: In a script with capitals: prepositions of time that make a capitalised ambiguous name right
    #: after them a month, unless a capitalised word follows it ("in May", not "in May Ruiz's house").
    capitalised_after: Words = []
    #: Words between a capitalised ambiguous name and another month name that make it a month
    #: too ("spent March to July", "May and June").
    capitalised_before_month: Words = []
    #: Systems this language writes only as a gloss of a month of another system, with a slash or
    #: in brackets (English "Tishreen al-Thani (November)"): a name of such a system is taken as a
    #: month only there, and a pair of two names of other systems is a list or a range, not a gloss.
    gloss_only: list[Literal["gregorian", "hijri", "levantine", "maghrebi"]] = []
    gregorian: dict[MonthKey, Words] = {}
    hijri: dict[MonthKey, Words] = {}
    #: Syriac month names (Levantine and Iraqi Arabic).
    levantine: dict[MonthKey, Words] = {}
    #: French-derived and Moroccan month names (Maghrebi Arabic).
    maghrebi: dict[MonthKey, Words] = {}

    def systems(self) -> dict[str, dict[str, list[str]]]:
        """Every calendar system's table, by system name, in name order."""
        return {"gregorian": self.gregorian, "hijri": self.hijri, "levantine": self.levantine,
                "maghrebi": self.maghrebi}


class Weekdays(RootModel[dict[WeekdayKey, Words]]):
    """``[weekdays]``: ISO weekday number (1 = Monday) to the day's names, the preferred first."""

    model_config = ConfigDict(defer_build=True)


Offset = tuple[Literal["year", "month", "day"], Int]


class Dates(Section):
    """``[dates]``: the words around dates."""

    weekday_prefixes: Words = []
    #: Words right after a relative date's word that make it another day ("اليوم الثاني", the
    #: second day; "اليوم التالي", the next day): no date counted from the publication.
    relative_not_before: Words = []
    #: Words right before a relative date's word that make it a day the story told ("ذلك اليوم",
    #: that day): no date counted from the publication.
    relative_not_after: Words = []
    weekday_links: Words = []
    #: Days named with a weekday's word ("Black Friday", "Good Friday", "Super Tuesday"): no weekday
    #: of the week told.
    named_days: Words = []
    #: Words between a comma after a date and the weekday set off there ("on Oct. 9, a Thursday,").
    weekday_apposed: Words = []
    day_links: Words = []
    day_prefixes: Words = []
    #: Days of a month told as ordinal words before a month name ("the fifth of August", `الخامس من آب`).
    day_words: dict[Str, Int] = {}
    #: Words right before such an ordinal that make it another thing's (`الأسبوع الأول من أيار`: a week).
    day_words_not_after: Words = []
    year_prefixes: Words = []
    hijri_markers: Words = []
    gregorian_markers: Words = []
    ordinal_suffixes: Words = []
    #: Words after a day that give it the month of the date before it ("the 14th of the same
    #: month", `14 من الشهر نفسه`).
    same_month: Words = []
    #: Words after a day that give it the month of publication ("the 10th of this month", `العاشر من الشهر الجاري`).
    this_month: Words = []
    past: Words = []
    future: Words = []
    current: Words = []
    #: Words of the current year only before a month without its day ("this July").
    current_before: Words = []
    yesterday: Words = []
    today: Words = []
    tomorrow: Words = []
    day_before_yesterday: Words = []
    day_after_tomorrow: Words = []
    range_starts: Words = []
    range_links: Words = []
    #: Parts of a day that may stand before either end of a range of days, before its weekday
    #: ("from the evening of Sunday, Dec. 7", `من مساء الأحد 7 ديسمبر`).
    range_day_parts: Words = []
    #: Words before a month or a year that make it a whole period ("throughout August", "all of
    #: 2019", `طوال شهر آب`): the month or year as a range of its own.
    range_whole: Words = []
    #: Words between an "until" link and the year prefix of a period's end told by the event that
    #: ended it ("from 2018 until his acquittal in 2021": "his"); with any of them, or none, one
    #: word (the event) stands there (`من 2018 حتى تبرئته عام 2021`). Empty: not read.
    range_event_leads: Words = []
    published_labels: Words = []
    early: Words = []
    mid: Words = []
    late: Words = []
    since: Words = []
    until: Words = []
    #: Season name to its months.
    seasons: dict[Str, list[MonthNumber]] = {}
    #: Decade name to its first year.
    decades: dict[Str, Int] = {}
    #: Relative date to [unit, offset from the publication date].
    relative: dict[Str, Offset] = {}
    #: Words after a month to the offset of its year from the publication year.
    year_relative: dict[Str, Int] = {}
    # Read only by the dates family (plugins/dates/), but for past_events, which the date
    # mentions also read: a date an event told as done leads to takes a past year.
    equivalence_links: Words = []
    past_events: Words = []
    past_event_links: Words = []
    #: Words between such a verb and the date that make the date an end to come ("runs until").
    past_event_stops: Words = []
    #: Numeric dates are written month first (US "3/4/2024" is March 4).
    numeric_month_first: Bool = False


class Roles(Section):
    """``[names.roles]``: words about offices changing hands. ``conjunctions`` is read by the
    core's name facts; the rest only by the names family (NAME002)."""

    change_words: Words = []
    change_before: Words = []
    apposition_skip: Words = []
    conjunctions: Words = []
    #: Pairs of office keys one person may hold at once.
    compatible: list[Pair] = []


class Names(Section):
    """``[names]``: what tells a person's name: titles, particles, given names, offices."""

    titles: Words = []
    not_names: Words = []
    #: Whether given names come before family names. Not read by the checker yet.
    given_names_follow: Bool = False
    #: Whether names are written with capitals (English) or found from the words around them.
    capitals: Bool = False
    article: Str = ""
    nisba_endings: Words = []
    not_family_endings: Words = []
    honorifics: Words = []
    construct_titles: Words = []
    #: Bodies a construct title's office may name ("المتحدث باسم وزارة الزراعة"): stopwords that
    #: end no complement.
    title_bodies: Words = []
    office_adjectives: Words = []
    saying_verbs: Words = []
    #: Letters after a name, no part of it ("KC"): an apposition after them is the name's.
    post_nominals: Words = []
    #: Words that open the reported clause right after a name set off by commas after a verb of
    #: saying and a description (`وقالت منسقة المشروع، نوال أبوعاقلة، إن`): the words between the
    #: commas are a name (languages without capitals).
    apposition_close: Words = []
    particles: Words = []
    #: Particles that are also common words of the language ("as", "at"): a particle only written
    #: with a hyphen ("as-Sadr"), never glued to the capitalised words around it ("Dalby as Corrie's").
    hyphen_particles: Words = []
    #: Endings a title takes in a sentence (the accusative alif: `رئيساً`): a title so written ends a name
    #: before it (`منى عبد الحفيظ رئيسةً`, `سامي عبد الحفيظ رئيساً`).
    title_endings: Words = []
    #: Particles of lineage ("son of"): an ambiguous given name before one is a name (`منير بن حميدة`).
    lineage_particles: Words = []
    #: Letters of like sound one name's two spellings put for each other (`الصنهاجي`, `السنهاجي`): a
    #: family name so changed, written once and no word of the language, is that name with a slip.
    sound_alike: list[Words] = []
    compound_first: Words = []
    compound_last: Words = []
    initials: Words = []
    given_names: Words = []
    given_names_ambiguous: Words = []
    exact_forms: Words = []
    connectors: Words = []
    possessive_endings: Words = []
    #: Attached pronouns written ``"ending>replacement"`` (`"ته>ة"`): a first word after a title that,
    #: its ending replaced, is an ordinary word (`مناشدته` → `مناشدة`) is that word possessed
    #: ("the mayor renewed his appeal"), never a given name.
    pronoun_endings: Words = []
    #: Words of kinship ("his wife", `زوجته`): a person named after one is someone's relative.
    kin: Words = []
    #: Words naming the doer after a participle ("refereed by Ilse Vandermeer of the Netherlands"): a
    #: person named right after one is described, so the name ends at "of".
    agent_words: Words = []
    stopwords: Words = []
    #: In languages without capitals: common nouns a place's or an organisation's name follows
    #: ("city", "organisation", "club"); the word after one, written twice or no ordinary word,
    #: is such a name.
    place_nouns: Words = []
    #: Words that make a name a body's, not a person's ("Trinity College Dublin", `جامعة القاهرة`).
    institutions: Words = []
    #: Groups of letters written alike but for their dots (`ح خ ج`, `ب ت ث ن ي`): one written
    #: for another in a word that is no word of the language is a slip, never another name.
    dot_letters: Words = []
    #: Office group (``minister``, ``rank``...) to office key to its written forms.
    offices: dict[Str, dict[Str, Words]] = {}
    roles: Roles = Roles()
    # Read only by the names family (NAME001, plugins/names/).
    variant_min_length: Int = Field(default=4, ge=1)
    variant_endings: Words = []
    variant_final_letters: Words = []
    variant_final_pairs: list[Pair] = []
    alternations: list[Pair] = []
    transliterations: list[Pair] = []


#: The shared sections, by name.
SHARED = {
    "script": Script,
    "punctuation": Punctuation,
    "abbreviations": Abbreviations,
    "stopwords": Stopwords,
    "months": Months,
    "weekdays": Weekdays,
    "dates": Dates,
    "names": Names,
    "quantities": Quantities,
}
