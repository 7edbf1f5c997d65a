"""The schema of the numbers family's own language data: ``[enumerations]`` (a count followed by
its list) and ``[figures]`` (what a figure counts, how
a statement refers back to a figure, lists and shares), in ``data/<lang>/figures.toml``.

Long because: one section per reading of the family's data, each with the documentation of its keys; split
across modules, the one ``[figures]`` table would be read from several places."""

from pydantic import Field

from checker.language.schema import Bool, Int, Section, Str, Words


class Lists(Section):
    """``[figures.lists]``: how a list announced by a count opens, runs and ends."""

    openers: Words = []
    #: Words between a list of people's names and the count that sums them up ("A, B, C and D were the
    #: three men", `هم`): the count must be how many they are.
    named_before: Words = []
    #: After a definite noun opening a sentence, words that equate the group told back with the list after
    #: it ("The missing sailors were A, B, …", `هم`): a list longer than the earlier count of the noun.
    told_back: Words = []
    #: Words early in the sentence after a count that name the things counted by a pronoun ("named
    #: them as", `وأسماؤهم`): the list after them is the count's.
    named_next: Words = []
    #: Words right before a count, or before its noun where the count follows it, that tell back
    #: a list told before ("these three markets", `هذه الأسواق الثلاث`).
    demonstratives: Words = []
    #: Words after a comma or a dash that set a count beside the list it sums up ("A, B, C and D — the
    #: five villages", `…، وهي الأصناف الأربعة`): no opening of the list may read another number of items.
    apposed: Words = []
    #: Words between a plural noun and the list of names it heads ("the towns of A, B, C and D"; none
    #: where the noun is in construct with the list, `بلديات أ وب وج ود`): a definite count of that noun
    #: told back later ("the three towns", `البلديات الثلاث`) counts the list. Unset: not read.
    headed: Words | None = None
    #: Verbs that gather or cover the things a count in the sentence before counts: the list of names
    #: after them is that count's ("The merger would bring together A, B and C").
    gathered_next: Words = []
    #: … of them, the verbs that may name only some ("includes"): held only when the list names more.
    gathered_partial: Words = []
    comma_opens: Bool = False
    items_capitalised: Bool = False
    #: Endings of a dual noun (`شركتان`): an item that opens with one names two things.
    #: Words that count what they name ("trio" = 3) and, where duals are marked, the words that open a
    #: dual noun's list (`مشرفتان هما …`): counts a list is held to.
    collectives: dict[Str, Int] = {}
    dual_openers: Words = []
    #: Words joined to a count by a hyphen that make it a count of the members of what follows
    #: ("the five-member jury — A, B, …"): its list names them.
    hyphen_counts: Words = []
    dual_endings: Words = []
    #: Names that end like a dual and are not one (`باكستان`): an item of one thing.
    not_duals: Words = []
    dual_masculine_endings: Words = []
    dual_masculine_stems: Words = []
    #: Endings of a dual in construct (`ناقلتا منتجات`), read as a dual only on a stem of those shapes.
    dual_construct_endings: Words = []
    #: Words before a measure told after an item's noun ("a tanker of 15,000 tonnes", `بحمولة`): the
    #: figure is what the item holds, not a count in it.
    measure_leads: Words = []
    and_ends: Bool = False
    lead: Words = []
    #: Before the years of a count of occasions, after its noun and a comma ("three premierships, in
    #: 1987, 1994 and 2003"): one year each.
    year_lead: Words = []
    gap_reject_suffixes: Words = []
    continues: Words = []
    stops: Words = []
    # after the counted noun, a preposition that opens the list of the places the things stand in:
    # more places than things cannot hold ("three plants in A, B, C and D")
    place_openers: Words = []
    # words (and attached prefixes) that open what follows the last item of a list: a phrase after it
    after_last: Words = []
    after_last_prefixes: Words = []
    # words an item may open with before its capitalised name ("the European Commission")
    item_articles: Words = []
    #: Words that open an item in lower case after a colon ("four customers: a fisheries agency,
    #: a university in Glasgow and a weather firm").
    noun_articles: Words = []
    #: Auxiliaries of a passive verb right after a count's noun, and prepositions after it: "Four
    #: people were arrested in the raid on Friday night: …" tells what befell the things counted,
    #: so the list after the colon is still theirs.
    passive_auxiliaries: Words = []
    gap_prepositions: Words = []
    #: Words opening a relative clause right after a count's noun, before the colon of its list ("five
    #: areas in which the unit had fallen short: …"): the list is still the count's.
    relatives: Words = []
    #: Nouns of kinds of things ("three ranges", "four product lines"): an item told by a name and a plural
    #: noun ("the Hedgerow mugs") is one kind, not several things.
    kinds: Words = []
    #: Words before a list of places that give each place one thing ("five plants — one each in
    #: A, B, C and D"): as many places as things.
    distributive: Words = []
    #: Nouns of occasions that recur place by place (concerts, matches, screenings): a list of places
    #: after "N <noun> in" gives each place N of them, not N among them ("two concerts in Vienna, Prague
    #: and Milan").
    recurring: Words = []
    #: Words that open with the letter of "and" as part of themselves (`وادي`, `وزارة`): no "and" before an
    #: item there.
    and_inside: Words = []
    #: Words joining items as a choice ("A, B or C"): such a list is not read as noun phrases.
    alternatives: Words = []


class Tally(Section):
    """``[figures.tally]``: a vote's tally against all who took part."""

    #: Words between the two sides of a tally ("27 votes to 9", `مقابل`).
    links: Words = []
    #: Words of abstention told beside a count ("with two abstentions", `وامتناع`).
    abstentions: Words = []
    #: Words that make a count all who took part ("all 41 deputies", `جميع`).
    all: Words = []
    #: Nouns right after a count that make it the body's members ("nine voting members", `تسعة
    #: أعضاء`): a tally of more votes cannot be theirs.
    members: Words = []


class Shares(Section):
    """``[figures.shares]``: the words that make percentages shares of one whole."""

    whole: Words = []
    #: Words before the basis a share is measured on ("in terms of", `من حيث`): shares told each
    #: on another basis are shares of two wholes.
    basis: Words = []
    clause_verbs: Words = []
    verb_suffixes: Words = []
    #: Verbs of a vote: two shares of one whole, each the subject of one of them in its clause ("71% of
    #: drivers voted to reject …, while 44% voted to accept"), cannot make more than 100% (:mod:`.votes`).
    vote_verbs: Words = []
    #: After the second share's verb, when another verb of the vote: its object told back ("opposed it").
    vote_back: Words = []
    #: Two candidates' shares of the votes set against each other ("61 percent of the valid votes, against
    #: 52 percent for Shobaki"): the nouns of the votes, the words or attached letters before the
    #: candidate, and words of another time or vote that make the second a comparison.
    vote_nouns: Words = []
    candidate_words: Words = []
    candidate_prefixes: Words = []
    other_vote: Words = []
    #: After each count of a breakdown of a whole opening its sentence, verbs of what became of the
    #: counted things ("21 were fully paralysed, 30 … and 18 operated normally"): parts of that whole.
    part_verbs: Words = []
    part_verb_suffixes: Words = []
    share_words: Words = []
    #: Verbs of holding a share, told once before the first holder's figure ("holds 60% of …,
    #: a fund 35% and …").
    hold_verbs: Words = []
    #: Words naming a held share beside the first holder's figure ("a 51% stake in").
    stake_words: Words = []
    #: Passive forms of holding, told once before the first figure, and the word (or the letter
    #: attached to the holder) after each figure that names its holder: "is owned 52% by the family,
    #: 38% by a fund and 24% by investors", `مملوكة بنسبة 52% للعائلة، و38% لصندوق`.
    held_verbs: Words = []
    holder_words: Words = []
    holder_prefixes: Words = []
    #: Words after each figure that tell where it holds: rates of places, no shares of one whole.
    locatives: Words = []
    #: Words after each figure that tell where its part comes from or goes ("from Europe"): after
    #: a whole the sentence opens with, its parts.
    origins: Words = []
    #: Verbs of an outcome next to the first figure ("passed", `نجح`): the figures placed after it
    #: are each place's rate, not parts of one whole.
    rate_verbs: Words = []
    #: Words that make a sentence's figures answers of a poll allowing several ("more than one").
    multiple_choice: Words = []
    #: Nouns of a rate of its own ("turnout"): told between two figures, they open another whole.
    rates: Words = []
    #: Words of a change by its kind ("cut", "rise"), told with the noun it changes and its rate
    #: (`خفض الدعم 35%`, "cut subsidies by 30%", "a 35% cut in subsidies"): the rate of that change.
    changes: dict[Str, Words] = {}
    #: Words opening a sentence before the figure of the whole its shares split ("Of the 410 shops,").
    whole_openers: Words = []
    #: Words opening a sentence that tell back the one count of the sentence before ("Of those,"):
    #: the counts after them are its parts.
    back_openers: Words = []
    #: Words that make a share the rest of the whole after one other share ("the remaining 47%").
    remaining: Words = []
    #: Words of the rest told with no figure after two shares ("and the rest with peppers", `والباقي`): the
    #: shares before them part one whole, so they cannot make over 100%.
    rest_words: Words = []
    #: A whole shared out in fraction words: words after a later fraction that share the whole out
    #: when the first clause holds them too ("to"), words opening a later fraction's clause besides
    #: "and" ("while"), and the pronouns a fraction holds its whole by (`ثلثه`).
    fraction_links: Words = []
    fraction_joiners: Words = []
    fraction_pronouns: Words = []


class Portions(Section):
    """``[figures.portions]``: a part told right after its whole, by a share or a count (NUM003)."""

    #: Words after a share or a count that make it a part of the whole before it ("of them", `منهم`).
    of_them: Words = []
    #: Shares written as one word with the pronoun of the whole attached: word → fraction
    #: (`ثلاثة أرباعهم` → 0.75, `نصفهم` → 0.5).
    fractions: dict[Str, float] = {}
    #: Words between the share and the noun it picks out ("were", `من`).
    skip: Words = []
    #: Words after a percentage before the whole's noun ("of the", `من`).
    of: Words = []


class AllTold(Section):
    """``[figures.all_told]``: a whole told back with "all" and the earlier count of people it is (NUM001)."""

    #: The words right before a count that make it a whole told back ("all").
    all: Words = []
    #: Endings of a noun of people ("skiers", "passengers"), besides nouns of people in general.
    person_endings: Words = []
    #: Words of "their number" right before the count, "all" told before them in its sentence (`وعددهم`).
    numbered: Words = []
    #: Shapes of a noun of a person ("?" any letter: `?ا??` of `راكب`), after one of ``shape_endings`` is taken off.
    person_shapes: Words = []
    shape_endings: Words = []
    #: A whole under ten only when its noun is told as a group's ("all six members of the party"):
    #: the words before the group's noun, and the nouns of a group.
    group_of: Words = []
    groups: Words = []


class Lasts(Section):
    """``[figures.lasts]``: a noun told as the last of its series by an ordinal (NUM002)."""

    #: Words that make an ordinal the last of its series ("last", "final", `الأخيرة`).
    last: Words = []
    #: The conjunction between the ordinal and that word ("and", `و`, attached where it is written so).
    and_: Words = Field(default=[], alias="and")


class Rests(Section):
    """``[figures.rests]``: the remaining part of a whole, told by a word after its count (`الأربع الباقية`)
    or before it ("the remaining four"), or after it only when the count has its article (`الخمسة الآخرون`,
    ``after_definite``: "three others" adds to a count, "the other three" is its rest); the article a count may
    be written with (`الـ6`) (NUM002)."""

    after: Words = []
    after_definite: Words = []
    before: Words = []
    article: Words = []


class Totals(Section):
    """``[figures.totals]``: the words that tell a total after its parts ("making up", `أي ما مجموعه`) (NUM002),
    and the words of an item that counts one among the parts ("one", `واحد`)."""

    words: Words = []
    ones: Words = []


class Temperatures(Section):
    """``[figures.temperatures]``: the words after a temperature in Celsius and in Fahrenheit, and those
    before one told roughly (NUM001)."""

    celsius: Words = []
    fahrenheit: Words = []
    about: Words = []


class ChangeShares(Section):
    """``[figures.change_shares]``: a change told by its two values and a percentage (NUM001): the verbs
    that open it, the words before its first and second value, and those before its percentage."""

    verbs: Words = []
    from_: Words = Field(default=[], alias="from")
    to: Words = []
    leads: Words = []
    #: Words before the value a change is counted from, told after its percentage ("on last year's 180").
    on: Words = []
    #: Words of a change told as a multiple of its first value, to the multiple ("doubled" = 2).
    factors: dict[Str, float] = {}


class Revenues(Section):
    """``[figures.revenues]``: a sum told with its quantity and price (NUM001): the words before the
    price, the words (or the prefix) of "per", and the words before the sum."""

    at: Words = []
    per: Words = []
    per_prefix: Words = []
    total: Words = []


class Described(Section):
    """``[figures.described]`` (NUM002): a count broken down after a comma by one describing word
    per part ("a dozen buffalo, seven black and six spotted"); a part's word with one of these
    endings, or one of these nouns, names a thing of its own ("40 nurses and 60 doctors")."""

    plural_endings: Words = []
    nouns: Words = []


class Conversions(Section):
    """``[figures.conversions]``: the words before a measure or a share restated in another unit in
    its sentence ("or about", `أي ما يعادل`), and the words between the sides of a size ("by") (NUM001)."""

    links: Words = []
    sides: Words = []
    #: The periods a rate is told per, to their days ("a week" = 7, `في الشهر` = 30.44).
    periods: dict[Str, float] = {}
    #: Words that say a figure is worked out from the measure a few words before it ("which works
    #: out at"); the words and units (in days) of a length a measure is told over ("over three days").
    worked_out: Words = []
    spans: Words = []
    period_units: dict[Str, float] = {}
    #: Words of a condition after a rate's period, before a length of time that replaces it ("if").
    conditions: Words = []
    #: Words that tell a count is the total of the one before it, right after its noun ("in all").
    in_all: Words = []
    #: Words of a figure told for each of several, near the first: its total is no restatement of it ("each").
    per_item: Words = []


class Duals(Section):
    """``[figures.duals]``: a count told back by a definite dual noun (NUM001): the dual's endings,
    the feminine ones (whose singular ends in ``ta``), and the sound feminine plural's ending."""

    endings: Words = []
    feminine: Words = []
    feminine_plural: Str = ""
    ta: Str = ""


class Ratios(Section):
    """``[figures.ratios]``: a ratio of two groups against their counts (NUM001): regular expressions
    with groups ``a``, ``b`` (the two groups' nouns) and ``n`` ({number}: the ratio to one), and the
    words one of which a ratio is told with (the patterns run only where one is written)."""

    patterns: Words = []
    words: Words = []


class ChangedBy(Section):
    """``[figures.changed_by]``: a figure told with its change since an earlier time (NUM001): the
    words of a rise and of a fall, and the words before the earlier time."""

    more: Words = []
    less: Words = []
    than: Words = []


class JobLosses(Section):
    """``[figures.job_losses]``: a count of people told as losing their jobs counts jobs lost (NUM001:
    "will make 430 staff redundant" … "with the loss of 340 jobs"): words of dismissal before the figure
    and after its noun, the nouns of people they apply to, and the noun of a job."""

    before: Words = []
    after: Words = []
    people: Words = []
    job: str = ""


class Restated(Section):
    """``[figures.restated]``: comparing two clauses word by word around their figures."""

    #: Words whose presence or change does not make another statement (articles, auxiliaries).
    ignore: Words = []
    #: Prepositions between a noun and what it is of ("the 15 percent duty on cars"): told after a
    #: definite figure's noun, words the other figure's sentence lacks make it another thing.
    complement_links: Words = []
    #: Words that turn a clause into its negation: an added one makes another statement.
    negations: Words = []
    #: Negations of a purpose ("so as not to", `حتى لا`): what they negate is an aim, not the figure's
    #: statement (`«حتى لا يتكرر هذا الوضع مع 210 آلاف ساكن»`).
    purpose_negations: Words = []
    #: The sides of a bargain: words of what one side asks for and of what the other offers ("is
    #: demanding a bonus of 22 million pesos" … "offered a bonus of 15 million pesos"): two figures.
    stances: dict[Str, Words] = {}
    #: Words near a figure that make it a property of a person (an age), left to the dates family.
    skip: Words = []
    #: Words among the first of a sentence that tell another instance of its thing ("A second
    #: release of 2,500 clams"): its figures and the other sentence's are two instances' figures.
    instance_words: Words = []
    #: Ordinal words: one in each sentence, different, and the two tell two things ("the first/second patient").
    ordinals: Words = []
    #: Letters attached before a word that do not change it ("و", "ف"), removed before comparing.
    proclitics: Words = []
    #: Relative words: right after a figure's noun, they narrow it to a part ("the 1,412 members
    #: who cast ballots" is not the membership told later).
    relatives: Words = []
    #: Prepositions, written apart or attached (``destination_prefixes``), before where or whom a
    #: counted thing goes (`25 حافلة للقاهرة` … `18 حافلة لأسوان`): two destinations, two figures.
    destinations: Words = []
    destination_prefixes: Words = []
    #: Words that open a noun phrase ("the", "a"): a content word between one and a word both
    #: sentences share qualifies it ("the pottery course" … "the weaving course": two courses).
    determiners: Words = []
    #: Prefixes that make the word after a shared noun its qualifier, where qualifiers follow
    #: their noun (`دورة الفخار` … `دورة النسيج`).
    qualifier_prefixes: Words = []
    #: Endings of a relational adjective right after a definite noun that qualify it (`السياح الأوروبيين`).
    qualifier_endings: Words = []
    #: Words that open the statement a verb of saying reports ("Growers said that …", `وقالت
    #: الوزارة إن …`): the clauses compared start after them.
    speech_openers: Words = []
    #: Prepositions of place that open a sentence with its place and a comma (`وفي صفاقس، …`): its
    #: figures are that place's, where no name is told by capitals.
    scene_openers: Words = []


class Figures(Section):
    """``[figures]``: reading the noun a figure counts and the words around it."""

    definite: Words = []
    relative: Words = []
    of: Words = []
    #: Units of time that, joined to a figure by a hyphen, name a kind of thing ("three-month deposits").
    term_units: Words = []
    #: After a count of a class (killed, injured), counting words that name no group ("32 cases").
    toll_counters: Words = []
    #: After an amount, words that open the noun it measures ("$9.4 million in aid").
    amount_of: Words = []
    value_of: Words = []
    amount_only: Words = []
    value_prefixes: Words = []
    #: Attached prefixes opening the complement of a property's thing (`للمحطة` in `الطاقة الإنتاجية
    #: للمحطة البالغة`): the property is the noun before it.
    complement_prefixes: Words = []
    #: A word before a property's noun that leads its measure (`على مسافة 450 متراً`).
    value_leads: Words = []
    #: Words before a property's noun that make its thing another ("a second bridge").
    another: Words = []
    #: A property's noun told with its owner's pronoun right before its measure (`خزان سعته 25 ألف برميل`):
    #: the property names what the figure measures.
    owned_properties: Words = []
    #: A body's size ("25-member", `عضواً`) and the seats each side holds ("seats", `مقعداً`).
    #: Words after a part's count (its noun between where it has one) that tell where the part
    #: comes from ("Twenty members come from Asrir and 22 from Taghjijt", `و22 من جماعة تغجيجت`).
    origin_prepositions: Words = []
    #: Words right after a figure (its noun between) that tell it as a count so far ("so far",
    #: `حتى الآن`): a count still running, a part of the whole.
    so_far: Words = []
    seat_wholes: Words = []
    seat_parts: Words = []
    possessive_endings: Words = []
    #: Nouns naming a sum told before ("the sum", `المبلغ`): an amount shortly after one refers back.
    sum_nouns: Words = []
    #: Words that split a sum into every one of its parts ("split between", `تتوزع بين`): the
    #: amounts after one make the sum told before it.
    split_words: Words = []
    #: Words right after a count that tell where its part is ("200 along the main road"): three
    #: such parts after a colon are a list by place, read against the whole (NUM002, for information).
    place_prepositions: Words = []
    #: Words right after a measure's unit that say what it is measured from ("18 metres above the
    #: track", `18 متراً فوق السكة`): the only two figures of one unit and word are one measure.
    measure_relations: Words = []
    #: Words that may stand between a noun and the measure told of it ("The footbridge, 120 metres
    #: long", `السور البالغ طوله نحو ستة كيلومترات`): the noun before them is what is measured.
    measure_links: Words = []
    #: Words near a measure that make it a distance between places ("20 km north of", `على بعد`),
    #: no measure of a thing.
    distance_words: Words = []
    #: Words right before a count that make it what a thing can hold ("can hold", `يتسع ل`): two such
    #: counts of one noun are compared with each other, not with other counts of it.
    capacity: Words = []
    #: Words opening a sentence that take the count of the sentence before as a whole ("Of these",
    #: `ومنها`), and words that set two of its parts apart ("while", `فيما`): two such parts that
    #: make more than the whole contradict it.
    of_these: Words = []
    apart_words: Words = []
    #: A word after a whole's comma that opens its parts told alike ("240 passengers, with 176 seats
    #: in …, 48 in … and 24 in …", `بواقع`): they may not make more than the whole.
    part_openers: Words = []
    #: Words after a whole's comma that open its whole breakdown, the parts told alike (`بواقع`):
    #: any other sum is wrong.
    full_openers: Words = []
    #: Words after the part each group holds ("four sections of 60 km each", `بواقع 8 باحثين في كل حي`).
    each_words: Words = []
    #: A word of place told with every part set right after a whole's comma ("320 homes, 150 in A,
    #: 90 in B and 60 in C"): a breakdown that names every part.
    place_parts: Words = []
    #: Words after a whole's comma that say what it is (`هم`, "namely"): its parts make it.
    identity_openers: Words = []
    #: After a rate word, a unit of time and the word its rate is also told by ("a day": "daily").
    per_time: dict[Str, Str] = {}
    #: Words right after a measure's unit that make it a rate ("barrels a day", `برميل يومياً`):
    #: not a quantity told back ("the 58,000 barrels shipped on Sunday").
    rate_after: Words = []
    #: Words before a figure that make it the base of a ratio ("one in four Turks", `واحد من كل
    #: أربعة قطارات`): no count of the noun after it.
    ratio_before: Words = []
    #: Words before a figure (one word may stand between) that make it the whole a share is told
    #: out of ("68% out of some 7,200 members"): NUM001 compares no other count with it.
    share_base_before: Words = []
    #: Nouns of a batch before "of" and a figure ("a reprint of 20,000 copies", `دفعة من`): the batch is a thing of its own.
    batch_nouns: Words = []
    #: Words between a count and the whole it is a part of ("two of his side's four tries"); two
    #: such wholes of different owners ("his side's", "the") are two sets, not one told twice.
    partitive: Words = []
    #: Words before such a whole that name no owner ("the", "these").
    partitive_plain: Words = []
    #: Nouns of a thing's own sum told with its possessor ("its cost", `كلفته`): an amount after
    #: one tells back only an earlier one of its currency written with the same digits in another
    #: order (another project's cost may stand in the article too).
    own_sum_nouns: Words = []
    novel: Words = []
    #: Verbs of correcting a figure ("corrected", `صحح`): a figure told as a correction is not read
    #: as the same digits mistyped in another order.
    corrected: Words = []
    #: Verbs of change and the "to" words after them ("rose 12% to"), verbs that give a value
    #: ("reached"): the figure after is the value the verb's subject reached.
    reached_verbs: Words = []
    reached_to: Words = []
    #: Words right before a figure that make it the value a thing changed from ("from 200 megawatts").
    changed_from: Words = []
    reached_direct: Words = []
    #: Where that subject stands: "before" the verb or "after" it (then before).
    reached_subject: Str = "before"
    #: Right after a figure, words before a capitalised name it is told of ("£1,480 in England").
    place_after: Words = []
    count_of: Words = []
    #: Units that measure a quantity of a substance named after them ("928 kilograms of cocaine").
    substance_units: Words = []
    #: Before such a measure, the words that name what it measures ("the amount of cocaine …, 696 kilograms").
    measure_of: Words = []
    previous: Words = []
    #: Words that set a sentence at another time than the article's ("the year before").
    other_time: Words = []
    #: After a figure, words of an addition to it afterwards ("before another 100,000 were added"): the value
    #: before that update (NUM001).
    added_after: Words = []
    change_by: Words = []
    rate_target: Words = []
    range_joiners: Words = []
    #: Plural endings to singular ones, written ``"ies>y"``.
    suffixes: Words = []
    irregular: dict[Str, Str] = {}
    #: Groups of nouns that name one thing.
    synonyms: list[Words] = []
    #: The two sides of a partition of people, each a list of words ("women" and "men"): two
    #: counts of both sides after a whole break it down and make it.
    complements: list[list[Words]] = []
    #: Words that say what a thing is made of, after its noun ("made up of", `المكونة من`): two
    #: complementary counts after them break down the count of that noun told before.
    made_of: Words = []
    #: The endings of a person noun's feminine form (`طالبة`, `طالبات`) and of its masculine
    #: forms (`طالباً`, `موظفين`): a count of the feminine form (women only) and one of the
    #: masculine form of the same noun (`1200 طالب` … `700 طالبة`) count two groups.
    feminine_endings: Words = []
    masculine_endings: Words = []
    units: Words = []
    modifiers: Words = []
    phrase_ends: Words = []
    additional: Words = []
    change_after: Words = []
    out_of: Words = []
    #: A word of when after a comma right after a "since" date: its clause tells that year's event.
    when: Words = []
    #: A verb before a count of people that says what they are ("employ": workers).
    verb_heads: dict[str, str] = {}
    #: Verbs right after a count of people in general that say what they are ("460 people work",
    #: `460 شخصاً يعملون`): the verb and the noun.
    verb_after_heads: dict[str, str] = {}
    #: Verbs of money gained or spent: an amount right after one, with no noun of its own, is the
    #: sum the verb tells ("raised $1.38 billion" … "the $1.18 billion raised").
    amount_verbs: Words = []
    #: A preposition written attached to the word after a count ("for": `لمنافسه`): the count is
    #: told with no noun of its own ("39,870 for Olivera"), the noun of a count before it.
    attached_for: Words = []
    rate: Words = []
    rate_prefixes: Words = []
    head_last: Bool = False
    participle_suffixes: Words = []
    #: A plural noun ends the noun phrase after a figure (the word after it is a verb:
    #: "299 students took the exam"); words with these endings are not plurals.
    plural_ends_phrase: Bool = False
    singular_endings: Words = []
    names_capitalised: Bool = False
    generic: Words = []
    tolls: Words = []
    vowels: Str = ""
    initial_vowels: Str = ""
    lists: Lists = Lists()
    shares: Shares = Shares()
    tally: Tally = Tally()
    #: The words of each kind of a game's result ("win", "draw", "loss"): a count of games and the
    #: counts of their results in its sentence (:mod:`.results`).
    results: dict[Str, Words] = {}
    #: Each kind of result to the verbs that tell it right before its count ("won eight matches,
    #: drew two and lost two", `وتعادل في اثنتين`).
    result_verbs: dict[Str, Words] = {}
    restated: Restated = Restated()
    portions: Portions = Portions()
    lasts: Lasts = Lasts()
    all_told: AllTold = AllTold()
    rests: Rests = Rests()
    totals: Totals = Totals()
    temperatures: Temperatures = Temperatures()
    change_shares: ChangeShares = ChangeShares()
    revenues: Revenues = Revenues()
    conversions: Conversions = Conversions()
    described: Described = Described()
    duals: Duals = Duals()
    ratios: Ratios = Ratios()
    changed_by: ChangedBy = ChangedBy()
    job_losses: JobLosses = JobLosses()
    #: Units of measure and what they measure in a common unit: unit → [dimension, factor]
    #: ("km" → ["length", 1000], `فدان` → ["area", 4200]): two measures in units of one dimension
    #: compare through it ("a 1.2-kilometre pipe" … "the 900 metres of pipe").
    measure_scale: dict[Str, tuple[Str, float]] = {}


class Enumerations(Section):
    """``[enumerations]``: a count followed by a list."""

    #: Words that make the list partial ("including").
    partial: Words = []
    #: Words joining the list's last item.
    and_: Words = Field(default=[], alias="and")


SCHEMAS = {"figures": Figures, "enumerations": Enumerations}
