"""The shared ``[quantities]`` section of language data (counts, money, percentages) and its
subsections: read by the core's quantity extractor and by the numbers family."""

from checker.language.schema import Bool, CurrencyCode, Number, Section, Str, Words


class WordList(Section):
    """A table holding one list, ``words``."""

    words: Words = []


class Updates(WordList):
    """``[quantities.updates]``: words that make a figure a count's new value ("rose to 31"), and
    ``restating``: leads that tell a fact again, whose words ("earlier") are no update ("As
    reported earlier, …", `وكما ذكر سابقا`), and ``partitive``."""

    restating: Words = []
    #: Words right before a figure that make it a part of a whole, not a count's new value ("brought the
    #: last of 14 miners to the surface"): a figure after one is no update.
    partitive: Words = []
    #: Openings of another reported clause: an update word before one is of that other clause ("said
    #: sales had risen fivefold, and that her three trophies …").
    new_clause: Words = []
    #: Words soon after a figure (past its noun and a comma) that say a later figure replaced it
    #: ("seven dead, before the toll rose", `سبعة قتلى، قبل أن ترتفع`): the figure is no contradiction.
    superseded: Words = []


class Qualifiers(Section):
    """``[quantities.qualifiers]``: words before a number that make it an interval."""

    more: Words = []
    at_least: Words = []
    less: Words = []
    at_most: Words = []
    about: Words = []


class Subset(Section):
    """``[quantities.subset]``: words that make a figure part of another."""

    words: Words = []
    clause: Words = []
    after: Words = []
    #: Words right before a figure, none between, that make it the first or last few of a whole
    #: ("the first two cottages").
    next_to: Words = []


class Generic(Section):
    """``[quantities.generic]``: words about who a figure counts."""

    not_groups: Words = []
    words: Words = []
    additional: Words = []
    among: Words = []


class Fractions(Section):
    """``[quantities.fractions]``: fraction words read as shares of a whole ("a third of")."""

    #: Fraction word to the share it names, in percent ("third" = 33.3).
    shares: dict[Str, Number] = {}
    #: Words before a fraction that count it, besides the number words ("a" third).
    numerators: dict[Str, Number] = {}
    #: One of these must follow the fraction ("of", "the"); empty: any word but a ``not_then`` one.
    then: Words = []
    #: A fraction followed by one of these is a measure or a stage, not a share.
    not_then: Words = []
    #: A fraction after one of these is a period ("the third quarter"), not a share.
    not_after: Words = []


class Plurals(Section):
    """``[quantities.plurals]``: how a plural noun looks, for a count written against the article
    after it (`المتسابقين الـ64`) rather than an ordinal (`الدورة الـ25`)."""

    #: Endings of sound plurals.
    endings: Words = []
    #: Shapes of broken plurals, ``C`` for a consonant (`اCCاC`).
    shapes: Words = []
    #: Pronoun endings taken off first (`بأعضائها`).
    pronouns: Words = []
    #: Broken plurals whose shape singular nouns share too (مفاعل: `منازل`, but `محافظ`), listed.
    words: Words = []
    #: Counts of eleven and more take a singular noun (`2100 عامل`): any noun after one is counted.
    counts_singular: Bool = False


class Quantities(Section):
    """``[quantities]``: counts, money and percentages."""

    joiners: Words = []
    #: Number word to its value.
    words: dict[Str, Number] = {}
    tens: Words = []
    #: Vague amount ("dozens") to the [low, high] interval it stands for.
    vague: dict[Str, tuple[Number, Number]] = {}
    #: Scale word ("million") to its value.
    scales: dict[Str, Number] = {}
    group_marks: Words = []
    decimal_marks: Words = []
    #: Group marks that are decimal marks when one or two digits end the number after them
    #: (`11,4 بالمائة`: a group mark is always followed by three).
    short_decimal_marks: Words = []
    percent: Words = []
    #: ISO 4217 code to the symbols and words that name the currency.
    currencies: dict[CurrencyCode, Words] = {}
    qualifiers: Qualifiers = Qualifiers()
    #: Words that make a qualifier after them close the phrase before (`الستين فما فوق`: "sixty and over").
    qualifier_closers: Words = []
    #: Words of contention before "over" ("clash over $40 million"): a qualifier after them is none.
    qualifier_not_after: Words = []
    #: Words of their own that read as a proclitic and a number word (`كمية`).
    not_numbers: Words = []
    #: Units of measure: a figure written against the article before one is a measure told
    #: again (`الـ4600 طن`), never an ordinal.
    measure_units: Words = []
    #: Units of time: a figure right before one is a length or an age, never a count of a class
    #: of things ("24 years", `(24 عاماً)`).
    time_units: Words = []
    #: Currency symbols written in letters right against the digits ("RM18.5 million").
    attached_symbols: Words = []
    #: The lowest and highest values of number words that take the definite article as an
    #: adjective counting the definite noun before them (`الأبراج التسعة`); empty where none do.
    article_counts: tuple[Number, Number] | tuple[()] = ()
    #: Words of rank after such a count that make it a choice from an order, not the whole told
    #: back (`الفرق الخمسة الأولى`, "the first five teams").
    article_count_ranks: Words = []
    #: Ordinals' units with the article before "ten" (`الخامسة عشرة`): the ten is the ordinal's, no count.
    ordinal_units: Words = []
    #: Qualifiers that are also prepositions ("under £23m repair plan"): before a sum used as a
    #: modifier they bound nothing.
    prepositional_qualifiers: Words = []
    #: Pronoun suffixes that make a noun definite as its owner's (`جوائزها الثلاث`, "her three awards"):
    #: such a count after a noun ending in one counts it too.
    article_count_owners: Words = []
    #: Scale words that are themselves a count after a definite noun, with the article (`الأشجار الألف
    #: وخمسمائة`, 1,500); a plural scale needs a count (`الآلاف الثمانية`).
    definite_scales: Words = []
    updates: Updates = Updates()
    subset: Subset = Subset()
    generic: Generic = Generic()
    fractions: Fractions = Fractions()
    #: Class of what is counted ("killed") to the words that name it.
    things: dict[Str, Words] = {}
    plurals: Plurals = Plurals()
    # Read only by the numbers family (plugins/numbers/).
    attribution: WordList = WordList()
    events: dict[Str, Words] = {}
    breakdown: WordList = WordList()
