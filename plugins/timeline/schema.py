"""The schema of the timeline family's language data: ``[timeline]``."""

from typing import Literal

from pydantic import Field

from checker.language.schema import Section, Str, Words


class Exclusions(Section):
    """``[timeline.exclusions]``."""

    #: [group, group, scope]: two groups of states that cannot hold at once (``away``: a stay in a
    #: place named nowhere else and an act in person that names no place).
    pairs: list[tuple[Str, Str, Literal["counterpart", "any", "place", "other", "told_other", "elsewhere", "offices", "moved", "after", "later", "away", "acted_other"]]] = []
    periods_only: Words = []
    #: groups that name the state when one date bounds words of several groups ("full-time
    #: president": a full-time post, not a post and a full-time state).
    markers: Words = []


class Act(Section):
    """``[timeline.acts.<class>]``: a state told by a head word and a complement a few words
    after it ("led … marchers", "barred … from returning to", `أحيت … حفلات`)."""

    heads: Words = []
    complements: Words = []
    gap: int = 3
    #: Whether a state word inside the act stays a state of its own class too ("spent 2024
    #: coaching a team": a stint, and coaching).
    keeps: bool = False
    #: words that may not stand between the head and the complement ("spent three years as a
    #: prison chaplain" is no time in prison).
    breaks: Words = []
    #: Endings that make any word a complement too ("-ing": "spent 2016 to 2020 driving delivery
    #: trucks", what was done over the time, whatever it was).
    complement_endings: Words = []


class Places(Section):
    """``[timeline.places]``: how place words compare and where a state is."""

    #: endings of a demonym after the name of its place ("Chile" → "Chilean", `لبنان` → `لبناني`).
    demonym_endings: Words = []
    #: letters a place name may lose before a demonym ending ("Lebanon" → "Lebanese").
    trim: int = 0
    #: the fewest letters of a place name's stem before a demonym ending (`ليب` of `ليبيا`).
    min_stem: int = 4
    #: classes whose place is the subject's home, not the word after them ("in exile in Paris").
    home_classes: Words = []
    #: classes held at a place of the article's home when they name none that is abroad.
    local_classes: Words = []
    #: local classes at home even when a place follows them (a mayor "of Colonia Verde").
    home_offices: Words = []
    #: classes about a company (a chief executive): their target is the name in quotation marks
    #: beside them when there is one (`قاد «طيران سحاب» رئيساً تنفيذياً`).
    org_classes: Words = []
    #: classes of a post at a body: in a cased script, with no name after them, the body is the
    #: lower-case noun after one of ``body_determiners`` ("has led the union") or the possessor
    #: before them ("the ministry's director of"); two such bodies compare as places.
    body_classes: Words = []
    body_determiners: Words = []
    #: classes whose target is a body: in a language that writes the article on the word, a noun
    #: without it is read with the word it is in construct with (`مرصد باريس`, not `مرصد` alone).
    construct_classes: Words = []
    #: words before a place name ("in Madrid", `في مدريد`): a name after them is no subject.
    before: Words = []
    #: words before the name of the town or country where a state holds, in its clause ("ran a
    #: theatre in Damascus", `أدار مسرحاً في دمشق`, `بمدينة هامبورغ`): two states of the scope
    #: ``elsewhere`` hold in two places named so.
    where: Words = []
    #: words that point back to a place told before ("there", `هناك`): an act in person told with
    #: one is no act away from a stay's place (the scope ``away``).
    there: Words = []
    #: words before the name of the place an act is told in ("in Madrid", "at Anfield", `في بيروت`):
    #: an act so placed is not read as away from a stay's place (the scope ``away``).
    named_at: Words = []
    #: classes about a club or team ("played for", `في صفوف نادي`): their target counts only when
    #: a word of ``club_words`` names it a club ("Rovers", "City", `نادي`), not a national side.
    club_classes: Words = []
    club_words: Words = []


class Ending(Section):
    """``[timeline.ending]``: words before a state that say it ended."""

    words: Words = []


class Roles(Section):
    """``[timeline.roles]``: roles said to have ended, and roles acted in at a date."""

    #: role key → its words ("chair": "chaired", "chairwoman", `رئيسة`).
    words: dict[Str, Words] = {}
    #: words after a role that end it ("until she stepped down", `قبل أن يستقيل`).
    ended: Words = []
    #: nouns of a role's end ("resignation", "retirement"), an end only after one of
    #: ``ended_noun_leads`` and a possessive ("until his resignation", not "calls for his
    #: resignation").
    ended_nouns: Words = []
    #: words before such a noun that say the role ended then ("until", "before").
    ended_noun_leads: Words = []
    #: possessive words between a lead and an ending noun ("his", "her").
    possessives: Words = []
    #: words between a word of ending and the role it ends, told first ("stepped down as chair",
    #: `استقال من رئاسة`).
    ended_as: Words = []
    #: words before a date that bound a role ("chaired the association from 2010 until 2016"); a role
    #: acted in later is set against it when both name its body in a word.
    ended_by_date: Words = []
    #: words that may stand between those and the date's year ("until late 2021", `حتى أواخر عام 2021`).
    date_leads: Words = []
    #: words that open a range of years bounding a role ("between 2013 and 2017", `بين عامي 2011 و2017`), and
    #: the words joining its two years.
    ranged_by: Words = []
    range_joiners: Words = []
    #: words for a post told back after its role is named (`المنصب`, "the post"): bounded like the role.
    posts: Words = []
    #: words before a role the subject acts in ("as chair", `بصفتها`).
    as_: Words = Field(default=[], alias="as")
    #: words that may stand between those and the role ("as council president", "as its chair").
    as_between: Words = []
    #: Words that make a role after "as" another one ("as deputy director"): no word of its own.
    as_not_between: Words = []
    #: Words right after a role word that make it another role (`الأمين العام المساعد`, "assistant").
    not_after: Words = []
    #: Words a word or two before a role that ended that make it its deputy's ("deputy foreign minister
    #: until 2019", `نائب وزير الخارجية`).
    deputies: Words = []
    #: Words between a role and its date that name no body: the terms it was held for ("two consecutive
    #: terms", `لدورتين متتاليتين`).
    not_body: Words = []
    #: Role words that are verbs ("chaired", `أدار`): a message names the role by its key, not by them.
    verbs: Words = []
    #: Words of ``again`` that, before "as", tell the role acted in, not an interim one ("acting as treasurer").
    acting_as: Words = []
    #: Words of ``again`` that take a role up anew only in their own sentence ("was sworn in as foreign
    #: minister on January 24"), not everywhere: someone else may be "appointed chairman".
    taken_anew: Words = []
    #: Keys of ``[timeline.roles.words]`` for roles that are a full-time job (a managing director, a
    #: head teacher, not a board's chair): acted in for another body inside a full-time post elsewhere,
    #: they clash with it (``acted_other``).
    full_time: Words = []
    #: words that take a role up again ("returned as chair", `عاد`).
    again: Words = []
    #: words that call a role former ("former chair", `السابق`).
    former: Words = []


class NoneDuring(Section):
    """``[timeline.none_during]``: nothing of a kind over a period ("bought no skins", `لم تصنع تنوراً واحداً`)."""

    #: Words before the thing told to be none ("no", "not a single").
    markers: Words = []
    #: Words after the thing in a negated clause (`واحد`, `واحداً`).
    single_after: Words = []
    #: Words inside the thing's phrase that do not end it ("of": "no teacher of English").
    complements: Words = []
    #: Words of a negation (`لم`, "not"): before ``single_after``; a sentence with one tells of no instance.
    negations: Words = []
    #: Words of "since" before the date a period starts at, running to the publication date.
    since: Words = []
    #: Endings taken off a noun before two are compared ("-s", `ات`).
    endings: Words = []


class NotSince(Section):
    """``[timeline.not_since]``: an act told undone since a date ("has not carved since")."""

    #: Words of a negation before the verb ("has not", "hasn't", `لم`).
    negations: Words = []
    #: Words that may stand between the negation and the verb ("been able to").
    skips: Words = []
    #: Words of "since" in the verb's clause.
    since: Words = []
    #: Words after "since" that stand for a date told before it ("since then", `منذ ذلك الحين`).
    since_then: Words = []
    #: Prepositions after the verb that end what the act is done to ("seen in public").
    prepositions: Words = []
    #: Endings taken off a verb before two are compared ("-ed", `ت`).
    verb_endings: Words = []
    #: Prefixes taken off the negated verb (`ي` of `لم ينحت`).
    verb_prefixes: Words = []


class Closures(Section):
    """``[timeline.closures]``: a thing out of use over a stated period ("closed to pedestrians from
    2018 until last year", `مغلقاً منذ … حتى`) and told in use within it."""

    #: Words that tell a thing out of use ("closed", "stood empty", `مغلقاً`, `موصدة`).
    states: Words = []
    #: Words before the first date of its period when it is no range ("from the 2019 avalanche", `منذ`).
    opens: Words = []
    #: Words before the last date of its period ("until it was rebuilt in 2023", `إلا في`).
    closes: Words = []
    #: Words beside a noun that name the thing again ("that same block", `المبنى نفسه`).
    same: Words = []
    #: Words of a sentence that tell no use of the thing: a repair, a reopening, a negation.
    not_use: Words = []
    #: Words for the setting of a story ("town", `المدينة`), never the thing out of use.
    settings: Words = []
    #: Negations that tell a thing absent over a period, what is absent told after them ("had no
    #: midwife at all between 2016 and 2022", `لم يُزرع فيها القطن … من 2012 حتى 2022`).
    absent: Words = []
    #: Prefixes of a verb's present taken off the words compared (`يزرع` of `زرع`).
    verb_prefixes: Words = []
    #: Prepositions of place before a thing named again that tell an act there ("a vet at the clinic",
    #: "paddled along the canal"): one word of the thing is then enough.
    at: Words = []
    #: Determiners before the subject of a closure named again by its noun alone, told as known
    #: ("The mill did not turn …" … "In 2021 the mill ground"); where the article is attached, it.
    definite: Words = []
    #: Endings taken off the words compared (`كرمه` of `الكرم`).
    endings: Words = []


class Timeline(Section):
    """``[timeline]``: states an entity is in for a period."""

    with_: Words = Field(default=[], alias="with")
    states: dict[Str, Words] = {}
    exclusive: dict[Str, Words] = {}
    exclusions: Exclusions = Exclusions()
    ending: Ending = Ending()
    counterparts: dict[Str, Words] = {}
    acts: dict[Str, Act] = {}
    places: Places = Places()
    roles: Roles = Roles()
    #: Words before a year written alone that make it the date of the noun after it ("the 2016
    #: campaign", "its 2019 congress"), read like any other date.
    year_determiners: Words = []
    #: Prepositions before a year written alone that opens its clause, a comma after it
    #: (`وفي ٢٠١٩،`): a date, not a count.
    year_openers: Words = []
    #: Words for a person by their tie to another ("her predecessor", `سلفها`): a state told
    #: right after one is that person's, as after a word of kinship ([names] kin).
    relations: Words = []
    #: Subject pronouns ("he", `هو`): one in a sentence that names nobody stands for the one
    #: person the sentence before it names.
    subject_pronouns: Words = []
    #: Gender → its subject pronouns and the titles before a name that tell it ("she", "Ms"): a
    #: person named with a title of one gender before a verb of saying is not who a pronoun of the
    #: other stands for ("Ms Imrie said that in June 2018 he handed …").
    genders: dict[Str, dict[Literal["pronouns", "titles"], Words]] = {}
    #: Words of a stay between two dates of a sentence, and words that end it after them ("left
    #: Ghana in 2019 and stayed there until … 2022", `وظل … إلى أن`): the two dates bound a period.
    stays: Words = []
    stay_ends: Words = []
    #: Words before a date that open a period ended by an event told with its date after a word of
    #: ``stay_ends`` ("from 1979 until his release in 1984", `من 1979 حتى الإفراج عنه عام 1984`).
    range_starts: Words = []
    #: Words between a date and a state told after it that put the state after the date ("from
    #: 2013 to 2021, before taking over …", `قبل أن تتولى`): that date does not bound the state.
    later: Words = []
    #: Words that tell two posts held at once knowingly ("also", "concurrently", "while", "acting",
    #: `بالتزامن`): a statement in a sentence with one is not set against another of scope ``offices``.
    concurrent: Words = []
    #: Words opening a relative clause of a place ("…, where he ran a bookshop", `حيث`): a state
    #: told right after one holds in the place of the state before it, not elsewhere.
    same_place: Words = []
    #: Words before an event and its date that make a state hold from that date on, as a date right
    #: after "since" does ("since his arrest in May 2019", `منذ القبض عليه في فبراير 2021`).
    since_event: Words = []
    #: Of those events, a body's founding ("since its founding in 1996", `منذ تأسيسها`): a record told
    #: over the body's whole history ("the first woman to head it since …"), no state of the person's.
    since_founding: Words = []
    #: Words opening a sentence that name no one and go on with the one person the sentence before
    #: names (`وكان قد ترأس تحرير صحيفة …`): that person is its subject.
    goes_on: Words = []
    not_since: NotSince = NotSince()
    none_during: NoneDuring = NoneDuring()
    closures: Closures = Closures()


SCHEMAS = {"timeline": Timeline}
