"""The schema of the statements family's language data: ``[statements]``."""

from checker.language.schema import Int, Pair, Section, Str, Words


class Statements(Section):
    """``[statements]``: the words STMT001 reads when it lines up a statement with its restatement.
    Words are compared by a key: the word without up to two ``prefixes`` and one of ``suffixes``
    (longest first, at least ``min_stem`` letters left)."""

    #: Function words left out of the comparison ("the", "of", `في`).
    ignore: Words = []
    #: Auxiliaries that carry a negation or a tense, left out ("did", "has", `كان`).
    auxiliaries: Words = []
    #: Words that negate the verb or noun after them ("not", "never", "didn't", `لم`, `لن`).
    negators: Words = []
    #: Pairs of words that state opposites of one another ("rose"/"fell", `فاز`/`خسر`).
    antonyms: list[Pair] = []
    #: Words that set a statement apart in time, condition or doubt ("later", "if", "claimed",
    #: `إذا`, `زعم`): one of them in either statement and not in the other keeps the rule silent.
    apart: Words = []
    #: Words of ``apart`` that set a statement apart only before a word of ``periods`` ("last
    #: year", "next week"); before anything else they describe a noun ("the last film").
    apart_before_period: Words = []
    #: Words of time a word of ``apart_before_period`` makes a time of ("year", "week", "season").
    periods: Words = []
    #: Words that open a sentence: written with a capital inside a sentence, they start a new
    #: one whose full stop was dropped ("…on Thursday The agency said…").
    openers: Words = []
    #: Letters or syllables taken off the start of a word for its key (`ال`, `و`, `ي`).
    prefixes: Words = []
    #: Endings taken off a word for its key ("ed", "ing", `ون`).
    suffixes: Words = []
    #: Letters a word must keep once an affix is taken off.
    min_stem: Int = 3
    #: Content words the two statements must share, at least.
    min_shared: Int = 4
    #: Conjunctions written attached to the next word, taken off before a word is looked up.
    proclitics: Words = []
    #: Marks that open or close a quotation.
    quotes: Str = "\"“”«»"


SCHEMAS = {"statements": Statements}
