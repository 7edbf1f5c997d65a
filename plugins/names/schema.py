"""The schema of the names family's own language data: ``[variants]`` (what tells two people
from one name spelt two ways, NAME001), in ``data/<lang>/variants.toml``, and
``[role_sets]`` (roles one person does not hold together in one story, grouped by the scope they
share, and the words that tie a role to a name, NAME002), in ``data/<lang>/roles.toml``, and
``[reintroduced]`` (one full name introduced twice as two people, NAME002), in
``data/<lang>/reintroduced.toml``."""

from pydantic import Field

from checker.language.schema import Int, Pair, Section, Str, Words


class Variants(Section):
    """``[variants]``: what says that two names one letter apart belong to two people or are two
    words, and how long a name must be for a slip in it to be looked for without a person's cue."""

    #: Given names one letter apart that are two names, not one name spelt two ways.
    distinct_given: list[Pair] = []
    #: Endings that inflect one word (case and number: `الغواصون`, `الغواصين`): two forms differing
    #: only by a pair of them are one word, no slip.
    inflections: list[Pair] = []
    #: Words that tell two people apart outright in the sentence of either spelling ("who is not the
    #: project's director", `وهو غير مدير المشروع`): two people, whatever the letters.
    not_same: Words = []
    #: Regular expressions on the normalised text: right after a name (at its end), an age or a
    #: description that introduces a person of their own ("Teiti Kautu, a fisherman"); and ending
    #: at a name's start, a title ("Hatchery manager Teiti Kaitu"). Two spellings each written once
    #: and each so introduced (one after) are two people.
    introduced_after: Words = []
    introduced_before: Words = []
    #: A description set off after the name ("Teiti Kautu, a fisherman", `سعيد بنحمود، بائع الخضر`):
    #: an introduction only where the two spellings are family names.
    described_after: Words = []
    #: Letters whose presence or absence makes another given name (long vowels: `سعد`, `سعيد`).
    given_vowels: Words = []
    #: Endings of a noun with the article that name a group (`المشجعون`): before a name, the subject of
    #: a verb, never what that one person is.
    group_endings: Words = []
    #: Letters of a name (without the article) that is not shown to be a person's, for a slip in
    #: it to be looked for (a place, an organisation, a product).
    #: Words before a place ("in", "from"): a word after them is not taken for a person's name.
    place_before: Words = []
    #: Endings a word of the language carries (pronouns, plurals: `كتابه`, `أميركيين`): a word
    #: that is a word of the language less one of them is no slip.
    word_endings: Words = []
    #: Pairs of two-letter word endings that are the same letters swapped and both endings of
    #: one word (`عمليتا`, `عمليات`): such a swap is no slip.
    swapped_endings: list[Pair] = []
    #: Pairs of letters the normaliser folds that spell a name two ways at its end (`ة`, `ه`):
    #: a word that is no word of the language written with both is one name spelt two ways.
    folded_endings: list[Pair] = []
    #: Letters whose absence makes another form of a word or another transliteration (long
    #: vowels; `ت` of a derived verb): a word one of them short of another is no slip.
    drop_kept: Words = []
    #: Letters whose absence at a name's end makes another form of it (a plural "s"): a family
    #: name one of them short is no slip.
    end_kept: Words = []
    #: Pairs of two-letter runs whose last letters differ only by their dots and that make two
    #: forms of one word (the participles `متحدر` and `منحدر`): such a change is no slip.
    dot_kept: list[Pair] = []
    thing_min_length: Int = Field(default=6, ge=1)


class RoleSet(Section):
    """``[role_sets.sets.<set>]``: roles of one scope. Any two roles of a set exclude each other
    in one story, unless ``compatible`` lists the pair."""

    #: What the roles share, as a message names it ("trial", "match").
    scope: Str
    #: Role key to its written forms, matched before a name ("Referee Dean Whitcombe") or in an
    #: apposition after it ("Dean Whitcombe, the referee").
    roles: dict[Str, Words] = {}
    #: Pairs of role keys one person may hold together ("lawyer" and "defence").
    compatible: list[Pair] = []
    #: Role keys one person holds at a time in the story ("mayor", "governor"): two people given
    #: one of them, with no word of a change and no place of their own, are one slip.
    single: Words = []


class RoleSets(Section):
    """``[role_sets]``: exclusive roles and the words that tie a role to a name."""

    #: Honorifics between a role and the name it is given ("المستشار", "Dr").
    between: Words = []
    #: Words between a name, its comma, and the role after them ("the", "a").
    apposition_skip: Words = []
    #: Articles that open an apposition's noun phrase: after one, the words before the role are
    #: its modifiers ("Khaled Awran, a second-year engineering student").
    apposition_articles: Words = []
    #: Relative pronouns: a role told after one ("Owen Pritchard, who leads the opposition Plaid
    #: Cymru group") is the person's named before it, never a name after it.
    relatives: Words = []
    #: Words that open a complement between a role and the name ("the manager of Rovers, Dean
    #: Whitcombe"); in a language without capitals, any words up to ``complement_words``.
    complement_openers: Words = []
    complement_words: Int = Field(default=0, ge=0, le=4)
    #: Words that join a noun of such a complement to the role, counted among its words (`المدعي
    #: العام في القضية، فراس العمري`).
    complement_links: Words = []
    #: Prepositions that open a sentence with the place it tells of ("In Elma, the mayor …",
    #: `وفي العلمة، قال رئيس البلدية`): that place is the one a role of the sentence is held in.
    scene_openers: Words = []
    #: Words that make the title after them its deputy's ("deputy", `نائب`): one person is not
    #: both the holder of a title and its deputy.
    deputies: Words = []
    #: The executive offices of a body, each a kind and its words, read at the head of a title as
    #: written before a name ("federation treasurer Hassan Zoubi", `أمين صندوق الاتحاد`), the rest of
    #: the title naming the body: one person holds one of them in one body at a time (the president
    #: is not the treasurer). ``office_head``: "first" where the office opens the title, else "last".
    offices: dict[Str, Words] = {}
    office_head: Str = "last"
    #: How an article written against a preposition is read in a body's name (`للاتحاد` = `الاتحاد`).
    body_articles: dict[Str, Str] = {}
    #: Words that say a role changed, besides ``[names.roles] change_words``, read only next to
    #: a role or a name ("now", "الحالي").
    change_words: Words = []
    #: Words that say a role changed only right after the role or the name ("رئيس البلدية الحالي";
    #: not "السوق الحالي" a few words on, the current market).
    change_adjacent: Words = []
    #: Phrases that hold a change word but set a date rather than state a change ("adjourned
    #: until Monday", "until further notice"): a change word inside one is not read.
    not_change: Words = []
    #: Change words that tell an end: with a year still to come after them ("extended the contract of
    #: head coach Liam Corbett until the end of the 2027 season"), an end ahead, no change told.
    until_words: Words = []
    #: Words that a complement between a role and the name may hold although the name facts
    #: stop a name at them (in a language without capitals: "مدرب نادي الاتحاد", a club named
    #: by a common noun), unless listed here as ending the complement (relative pronouns).
    complement_breaks: Words = []
    #: Words that say one of two roles belongs to another case, match or city ("in a separate
    #: case", "في قضية أخرى").
    other_scope: Words = []
    #: The last word of a role form that names the one the role serves after it, not its holder
    #: ("وكيل الدفاع عن الفرطوسي": the holder is named before the form).
    object_after: Words = []
    #: A form's last word that names the ones who hold the role after it ("refereed by"): every name
    #: joined by "and" right after it holds it ("refereed by Ivo Brandt and Karel Sommer").
    agent_after: Words = []
    #: A role held for a client the article names right after the form ("Brandt, who represents
    #: Hale"): the role it becomes (a party's counsel, never the prosecution's).
    client_roles: dict[Str, Str] = {}
    #: Forms that, written after a name and a comma, are in construct with the name after them,
    #: which is the client: `رشيد الوزاني، محامي بوزيان` is Bouziane's lawyer, not Bouziane.
    construct_clients: Words = []
    #: Phrases that hold a role word but give no role of a set ("general manager", "Justice
    #: Department"): matched first, and ignored.
    not_roles: Words = []
    #: Rewritings that derive another form of every role form, "regex>replacement" on its
    #: normalised phrase: the predicate after "elected X" (`رئيس البلدية` → `رئيسا للبلدية`).
    derived_forms: Words = []
    sets: dict[Str, RoleSet] = {}


class RoleSides(Section):
    """``[role_sides]``: offices held in bodies of kinds that face each other in one story (a union
    and the employer, a regulator and what it regulates); one person holds no office on both sides."""

    #: The words of an office, read in a title before a name or in an apposition after it ("director",
    #: "chief executive", `مدير`); the rest of the title names the body it is held in.
    offices: Words = []
    #: Offices that tell their body's kind themselves ("auditor" oversees): kind -> its words.
    office_kinds: dict[Str, Words] = {}
    #: ``office_head``: "first" where the office opens a title (`مدير شركة …`), else "last".
    office_head: Str = "last"
    #: Verbs after a relative that hold an office in the body after them ("who chairs the regulator").
    holding: Words = []
    #: Kind -> the nouns (or designators: "Ltd") that name a body of that kind.
    kinds: dict[Str, Words] = {}
    #: Kind -> words that make a body of a kind of ``owned`` that kind: a state-owned company is
    #: the government's ("state-owned", `الحكومية`), whose officials may sit at its head.
    owners: dict[Str, Words] = {}
    owned: Words = []
    #: Phrases whose last word is a noun of a kind but that name no body of it ("rugby union",
    #: "European Union").
    not_kinds: Words = []
    #: Pairs of kinds that face each other: one person holds no office in both.
    facing: list[Pair] = []
    #: Words a title may hold between its office and its body ("of", "the", `في`).
    links: Words = []
    #: Relative pronouns that open an apposition ("who").
    relatives: Words = []
    #: Articles that open an apposition ("the", "a").
    articles: Words = []
    #: A letter or two written against a body's noun and what they stand for (`لل` = `ال`, `ل` = "").
    prefixes: dict[Str, Str] = {}
    #: What the two sides share, as a message names it.
    scope: Str = ""
    #: A team's offices ("coach", "captain", `مدرب`): one person holds none in two teams that the
    #: article shows facing each other in one sentence, with a word of ``facing_words`` ("beat",
    #: "final", `أمام`) or a score; ``team_scope``, what the message says they share.
    team_offices: Words = []
    facing_words: Words = []
    team_scope: Str = ""


class Reintroduced(Section):
    """``[reintroduced]``: one full name introduced twice as two people (NAME002)."""

    #: Words that open an apposition introducing a person ("a", "an", "one of", `وهو`).
    introducing: Words = []
    #: Where the language marks no indefinite, prefixes of a definite noun that opens one (`ال`);
    #: the noun of a role of ``[role_sets]`` opens one too, and no word of ``never``.
    definite: Words = []
    #: Words that open an apposition telling more of a person already introduced (a relative, a
    #: participle of saying: `الذي`, `مضيفاً`).
    never: Words = []
    #: Words that end a description read after a name (a relative: "a tuk-tuk driver who …").
    ends: Words = []
    #: [relative, pattern of the verb right after it]: a description of what one does now, right
    #: after a full name ("Iyaloo Nghipondoka, who sells dried fish", `الذي ينقل الخضار`), introduces
    #: the person again.
    relatives: list[tuple[Str, Str]] = []
    #: Words that may stand between such a relative and its verb ("who still trains", `التي لا تزال`).
    relative_adverbs: Words = []
    #: Words that describe no one (besides stopwords, verbs of saying and honorifics).
    ignore: Words = []
    #: Letters attached before a word that do not change it (`ال`, `و`), removed before comparing.
    prefixes: Words = []
    #: Words of a stated change in either sentence ("former", "now", `السابق`): two roles in turn.
    change: Words = []


SCHEMAS = {"variants": Variants, "role_sets": RoleSets, "role_sides": RoleSides, "reintroduced": Reintroduced}
