"""Figures. NUM001: one quantity of one thing stated twice with figures that cannot both be right.
NUM002: a count that does not match its list, or shares of one breakdown over 100%. NUM003: a
part of a whole told as a share and as a count that disagree (:mod:`.portions`). The words the
rules read are language data in ``data/<lang>/figures.toml`` and the shared ``[quantities]``.

Long because: NUM001 and NUM002 are declared here with their explanations (`checker explain`)."""

from __future__ import annotations

from pathlib import Path

from checker import Example, data_files, hookimpl, rule
from checker.extractors.publication import dateline_at
from checker.i18n import MessageCatalogue

from .common import Sentences, partitives, ratio_base
from .other_time import other_time
from .schema import SCHEMAS
from .by_place import placed_figures
from .aligned import find_aligned, same_bound
from .counted_back import counted_back
from .count_reports import report_counts
from .dating import clause_dated, date_guard, own_dates_first, sentence_dates
from .hyphenated import find_attributed, find_transposed
from .all_told import find_all_told
from .measured import find_measured
from .measures import find_measures
from .referred import find_referred
from .sources import thing_word, two_sources
from .restated import find_restated
from .swapped import find_swapped
from .tolls import find_toll_pairs
from .told_of import batch_apart, opened_part, part_told, running_apart
from .apart import genders_apart, left_of, stances_apart
from .duals import dual_conflicts
from .arithmetic import report_arithmetic
from .portions import share_of_whole

@rule(
    id="NUM001",
    name="conflicting-figures",
    severity="warning",
    languages=["*"],
    summary="The same quantity of the same thing (a toll, a contract, the families relocated) given twice with figures that cannot both be right.",
    messages={
        "conflict": "{second} {thing} here, but {first} earlier in the article: the two figures cannot both be right.",
        "conflict_plain": "{second} here, but {first} earlier in the article: the two figures cannot both be right.",
        "change": "'{share}' does not fit the change from {first} to {second}, which is {made:g}%.",
        "revenue": "{quantity} at {price} makes {made}, not {total}.",
        "temperature": "'{celsius}' is about {made} degrees Fahrenheit, not '{fahrenheit}': the two cannot both be right.",
        "factor": "'{word}' does not fit the change from {first} to {second}, which is {made} times the first.",
        "ratio": "'{ratio}' does not fit the counts {first} and {second}, which make {made} to one.",
        "changed_by": "{earlier} here, but {now} and a change of {change} make {made} for that time.",
        "dual": "'{second}' tells two here, but {first} {thing} earlier in the article: the two figures cannot both be right.",
        "conversion": "'{second}' does not restate '{first}', which is about {made}.",
        "sources": "{second} {thing} here, but {first} earlier; both figures are attributed, so the sources may differ — "
                   "say so, or correct one.",
        "sources_plain": "{second} here, but {first} earlier; both figures are attributed, so the sources may differ — "
                         "say so, or correct one.",
    },
    notes={
        "given-earlier": "the same figure given earlier",
        "celsius": "the same temperature in Celsius",
        "restates": "the figure it restates",
        "figure-now": "the figure now",
        "the-change": "the change",
        "group-a": "the first group's count",
        "group-b": "the second group's count",
        "changed-from": "the value it changed from",
        "changed-to": "the value it changed to",
        "quantity": "the quantity",
        "price": "the price",
    },
    examples=[
        Example("وأدى تفجير الكنيسة إلى مقتل 25 شخصاً.\nوقالت الوزارة إن تفجير الكنيسة أسفر عن 20 قتيلاً.", "ar", True),
        Example("وأدى تفجير الكنيسة إلى مقتل 25 شخصاً.\nوارتفعت حصيلة تفجير الكنيسة إلى 30 قتيلاً.", "ar", False),
        Example("The church bombing killed 25 people.\nOfficials said the church bombing left more than 30 dead.", "en", True),
        Example("The church bombing killed more than 25 people.\nOfficials said the church bombing left 30 dead.", "en", False),
        Example("The city awarded a $3 billion contract to Bexley Rail.\nWork starts in May.\n"
                "Critics said the $2.4 billion contract was rushed.", "en", True),
        Example("وقعت الوزارة عقد بقيمة 3 مليارات دولار مع الشركة.\nوانتقد نواب العقد البالغة قيمته 2.4 مليار دولار.", "ar", True),
        Example("The company cut 1,200 jobs in 2022.\nIt cut 1,500 jobs in 2023.", "en", False),
    ],
)
def conflicting_figures(ctx, quantities, date_mentions, name_mentions):
    """
    ## What it flags
    One quantity of one thing given twice with figures that cannot both hold. The thing is read from the statement
    itself: the noun a figure counts ("14 residents", "a $3 billion contract", `145 ألف طفل`), the noun an amount
    measures ("the wage to 210,000 pounds", `عقد بقيمة`, `ميزانية المشروع البالغة`, "a reward of $5m", a noun the preposition is attached to, `بمبيعات ٤٨
    مليون ريال` — for a sum of
    money, the noun before such a word wins over the words after it, and across a relative clause set off by commas,
    "The 62-km fence, which runs …, cost 450 million shillings"), "the number of children … 154,000"), compared
    through its singular, its broken plural (`أطفال` and `طفل`) and a few synonyms. Two figures of one noun are one fact
    when the later one refers back to it ("the 17 residents rescued", "the route's 11,000 passengers", a rate told as
    its noun's value and then as that noun's own, "a duty of 32 percent" … "the 23 percent duty", `العقد البالغة
    قيمته`, "the floods, which killed 30 people", `الانفجار الذي أسفر`; within two and a half times the other's size,
    not "nine books" … "the three shortlisted books"), when the two clauses restate each other (a
    definite figure told first, "The $850 reward …", and the only other one of its noun, close in size, "a reward of
    $580", count too; their content words align: "1,250 families were relocated from the flood zone" … "relocated 1,520
    families from the flood zone"), or when they are the only two figures of that noun in sentences about the same
    thing (a headline's figure the body tells again is that figure; one in the headline and one in the first three sentences
    of the body are of the same thing unless qualified otherwise: "cutting 370 jobs" … "will eliminate 410 jobs"; smaller counts
    after the body's in its sentence are its parts: `بـ12 محطة` … `ويضم 14 محطة، منها تسع … وخمس محطات علوية`, and so is a
    smaller one told back after it: `محاصرة 8 عمال، … انتشال ثلاثة منهم` … `العمال الثلاثة`; a figure with the article on it,
    `حصة الـ12 لتراً المخصصة`, is told back as known; words of one meaning count as one, "to shut 47 branches" … "will
    close 44 branches", `إغلاق` … `إقفال`, and a plan told by a noun, `أعلن عزمه إقفال 44 فرعاً`, is a plan like one told by
    a verb, `يعتزم إغلاق 47 فرعاً`), close in size (or, each alone in its sentence, further apart when the sentences share two distinctive words:
    "386 workers had been laid off at the Bergen plant" … "The Bergen plant, where 618 workers lost their jobs"; a count
    told after "the number of …" is a total already told: "the number of entrants stood at 25 contestants", `بلغ عدد
    المشاركين 25 متسابقا`). A figure in a unit of weight or volume measures the substance named after it, compared only
    in that unit ("412 kilograms of heroin" … "the 241 kilograms of heroin", `كمية الهيروين المضبوطة، وهي 241
    كيلوغراما`). Two figures written with the same digits in another order ("218" and "812") are compared however far
    apart, and are one fact when their sentences share a distinctive word ("a record 136,000 cruise passengers this
    season" … "the season would close with about 163,000 passengers"), or when they are the only two figures of
    their noun of their size ("about 850,000 children" … "to reach 580,000 children", a count of "seven children"
    between them being another quantity), even told with other nouns when they are of one
    currency or measure ("Insurers put losses … at NZ$3.7 million" … "The damage bill reached NZ$7.3 million, the
    insurers said"; `14 ألفا و300 طن` … `13 ألفا و400 طن`; of a currency, two neighbouring digits exchanged in the only two
    amounts of their size, a million or more: "sold … for £2.4m" … "deceived to the tune of £4.2 million", or the headline's
    amount told again: "… reopens after $42.7 million overhaul" … "It is a $47.2 million project"; a date more than a few words after a figure dates a later
    predicate of its sentence, not it: "the 421,000 people the campaign reached would receive a second dose early next
    year"; counts too, where their classes and nouns allow one thing:
    "Some 38,500 people have crossed" … "35,800 refugees and returnees have entered", `6240 لاجئاً` … `6420 نازحاً`; not when
    a date sets them apart, nor two precisions as written, "10.6 mln" … "10.06 mln"). Any figure, whatever it measures (a duration, a
    size, a share, a number of times), is also compared when its clause is told again word for word with another figure:
    "Kim's trial must begin within 14 days of the indictment" … "Kim's trial must begin within 30 days of the
    indictment", `فاز النادي باللقب أربع مرات` … `فاز النادي باللقب ست مرات`. The clauses are compared word by word: the
    figures sit in one place, the shorter clause's words are all found in the other in order (which may add an
    attribution or a relative clause at its ends), and at least one of the two clauses opens its sentence, so that it
    names its own subject, or both follow the same words (a lead may be added: "As reported earlier, …"); one bound told
    twice with its figure changed ("more than 30 million tuned in" … "more than 38 million") is a slip. Tolls (killed,
    injured, arrested, missing) are compared within one kind of event (an outbreak among them: "23 people had died of
    cholera since the outbreak began" … "the outbreak's death toll, which stands at 32 cases"; a counting word such as
    "cases", `حالة`, names no group; a figure to compare with, "compared with 11 deaths last year", is left out) and one
    group (two of one class, the only two written in figures, with the same digits in another order are one toll
    whatever event each names: "with 37 people detained" … "had detained 73 supporters"); the only two tolls of their kind
    are one event when either sentence tells it as known ("The floods, which killed 40 people" … "67 people were killed
    when flash floods swept …") or both name it definite ("the earthquake"); a count written against the article after
    its class word or after a plural noun counts it (`ضحايا الزلزال الـ920`, `المتسابقين الـ64` … `ويتنافس 46 متسابقاً`;
    after a singular noun it is an ordinal: `الدورة الـ25`, unless the article counts that noun elsewhere: `نحو 420
    قطعة` … `القطع الـ240`), so does a number word (or words: `الركاب السبعة والعشرين`) with the article after a definite noun (or one owning a pronoun: `جوائزها الثلاث`; `اثنين من أبنائها` is a part of them), whatever follows it
    (`الأبراج التسعة`, `الحارات الست للكوبري ستفتح`; not before a word of rank: `الفرق الخمسة الأولى`; not a sum of an
    earlier count and one told with "others", `ثلاثة متهمين آخرين` … `المتهمين الستة`; not as many names as it counts
    listed just before it, `"أ" و"ب" و"ج"` … `والشركات الثلاث`), and `البالغ عددها` refers back to a count told before (`المسافرين البالغ
    عددهم 2.3 مليون`). A definite count whose digits are an earlier one's reordered ("the 416 families who left" …
    "about 461 families") is not set apart by a date of another act in its clause; a count told back as known with two
    neighbouring digits of an earlier one exchanged is that count, its noun told otherwise ("some 3,200 workers off the
    job" … "the 2,300 striking miners"; "412 passengers and crew" … "all 421 people aboard"), and "the other 27" is the
    rest of a whole, not 27 more added to it; of several earlier tellings, one told
    as it is, then the one worded most alike, is named. Where the head comes first, a percentage after a rate noun is
    the rate the noun after it names (`بلغت نسبة المشاركة 11,4 بالمائة` … `نسبة مشاركة في حدود 14,1 بالمائة`). An amount
    measures the noun after "in" ("$9.4 million in emergency aid" … "the emergency package, worth $10.4 million"; "a
    project that cost $14.5 million", `مشروع بكلفة`); an amount with no noun right after a verb of money is the sum
    the verb tells ("raised $1.38 billion" … "the $1.18 billion raised in the sale", `جمعت 1.38 مليار دولار`); a count a day is a daily count ("14,000 passengers a day" … "its
    11,000 daily passengers"); a sum told back ("the €3.6m", `المبلغ …، والمقدّر بـ٣٫٤ مليون دينار`) is the only other
    sum in its currency ("diverted €3.8 million"), or among several the one written with its digits in another order
    ("$4.6 million" … "The $6.4 million"), and so is a thing's own sum after a bare "the project" opening its clause
    ("the project, whose cost is put at $6.4 million", `أن المشروع، الذي تبلغ كلفته`); a sum told back with "the" and a
    noun of one word, or as its possessor's value, is also the one earlier sum whose sentence alone names that thing or a
    word of its meaning ("for $312 million in a deal" … "of the $285 million transaction", `في صفقة` … `الصفقة، البالغة
    قيمتها`); a whole told back with "all" ("brought all 64 people down") is the one earlier count of people of its size
    ("leaving 86 skiers and sightseers suspended"), unless two counts of one sentence make it ("162 passengers and 12
    crew" … "all 174 people aboard"; `جميع من أُنزلوا، وعددهم 97 شخصاً` after `86 راكباً`; one under ten only when told as a
    group's: "Seven cavers" … "all six members of the party"); a measure told back with the
    article and no noun of its own ("the 541,000 tonnes the mine produced", `الـ7300 طن التي خرجت`) is the earlier one
    in its unit with the same digits in another order ("514,000 tonnes"), or the only earlier one. The value a change
    reached is its subject's ("Net profit rose 12% last year to $41.6 million", "Exports climbed 9% to 46,000 tonnes",
    `ارتفع صافي أرباحها بنسبة 12% ليصل إلى 41.6 مليون دينار`), held by a later telling of that subject with the article
    ("the $38.4 million net profit", `صافي الأرباح البالغ`); a value of a place named right after it ("£1,390 in Wales")
    is that place's. A count told as what a thing can hold ("can hold 150 dogs", `يتسع لـ150 كلباً`, `ليستوعب مئتي كلب`)
    is compared with the other capacities of its noun only, not with other counts of it ("collected 38 dogs"). The only two measures of one unit followed by one word that says what they are measured from,
    in sentences that share what is measured, are one measure ("The new platform stands 18 metres above the track" …
    "From the platform, perched 25 metres above the rails", `18 متراً فوق السكة` … `25 متراً فوق القضبان`; not two places
    named, nor a new one of the kind: "The new lighthouse at Cabo Blanco", `الفنار الجديد`). A measure told as the value of a property ("with a capacity of 160 megawatts", `بقدرة 160
    ميغاواط` … `التي تبلغ قدرتها الإنتاجية 120 ميغاواط`, `الطاقة الإنتاجية للمحطة البالغة 250 ألف متر مكعب`; a unit of two
    words, "cubic metres"; a length, also in metres, and its synonyms: `بطول 600 متر` … `يمتد
    على مسافة 450 متراً`; after a verb with "and" attached, `وتبلغ طاقتها التصميمية 140 ألف متر مكعب`) is that property's in its unit,
    not another thing's ("a second bridge", "A second plant, with a capacity of …"; a possessive's owner marked so anywhere before
    it in its sentence, "the old plant at Sur, which opened in 2009 and whose capacity is", `المحطة القديمة … وتبلغ طاقتها`).
    The name of who tells a figure ("Chief executive Salem Harthi said") is no place or party it is told of. One thing's measure, tied
    to the noun it measures by the structure around it — the noun before it through link words ("The footbridge, 120
    metres long", `السور الذي يمتد على 7,5 كيلومترات`), its owner ("the bridge's 85 metres"), the noun after "of" ("42
    km of canals", `من الترع`), the noun phrase after a hyphened unit ("a 60-horsepower outboard engine") —, is compared
    with the one other measure of that noun told as known later ("the canal's 43 km" against "the 34-kilometre canal";
    not a part of it, "43 pages of his thesis" against "the 180-page thesis"),
    also in another unit of the same dimension ("a 1.2-kilometre steel pipe" … "the 900 metres of pipe"; a temperature
    in Celsius and Fahrenheit a few words apart, :mod:`.temperatures`: "about 280 degrees Celsius, roughly 420 degrees
    Fahrenheit", `48 درجة مئوية (128 درجة فهرنهايت)`); a measure or a share restated in another unit in its sentence
    (:mod:`.conversions`: "about 12,000 hectares, or about 12 square kilometres", `نحو 12 ألف هكتار، أي ما يعادل 12
    كيلومتراً مربعاً`; "nearly two-thirds of its members …, or about 45 per cent"; a rate restated per another period,
    "about 25 wheelchairs a week, or more than 200 a month", `نحو 25 جهازاً في الأسبوع، أي ما يزيد على 200 جهاز في
    الشهر`, also over a length of time told in its clause or after a condition, "4 rugs an hour, or about 40 in a
    six-hour shift", `3 أمتار في اليوم، أي نحو 90 متراً في الشهر إذا عمل 22 يوماً`; a measure over a length of time worked out per day, "120 kilometres over three days …, which works out at
    some 20 kilometres a day", `120 كيلومتراً خلال ثلاثة أيام …، أي بمعدل 20 كيلومتراً في اليوم`; a length of time in
    another unit, "for 35 years, \"more than 15,000 nights\"", `طوال 35 عاماً، أي أكثر من 15 ألف ليلة`; a count restated as
    the total of its noun that a rounded figure does not round, "24 dozen bangles, some 250 bangles in all"; a share of a
    count restated as a count, "about 320 flutes a year, and a quarter of them, or about 120 flutes", `ربعها، أي نحو 120`); a ratio of two groups that their counts do not make (:mod:`.ratios`: "women outnumber men three to
    one" … "24 women and 12 men", `يفوق عدد النساء عدد الرجال بنسبة ثلاثة إلى واحد`); a figure told with its change since
    an earlier time against the figure told for that time (:mod:`.changed_by`: "1,450 rabbits, 600 more than last
    year" … "ended last year with just 950 rabbits", `بزيادة 600 أرنب على العام الماضي` … `أنهت العام الماضي بـ950`); a change told by its two values and a percentage that does not
    fit them (:mod:`.change_shares`: "fell from 180 to 135 cubic metres a month, a cut of 40 per cent", `نزل من 180 …
    إلى 135 …، أي بنسبة 40 في المئة`; the value it changed from told after the percentage, "about 230 birds, a rise of
    40 percent on last year's 180", `نحو 230 طائراً، بزيادة 40 في المئة على 180 طائراً`; or as a multiple, "orders have doubled, from 8,000 … to 20,000", `تضاعفت …
    من 8 آلاف إلى 20 ألفاً`); a sum told with the quantity and price that do not make it (:mod:`.revenues`:
    "sold 3,400 kilograms at 25,000 francs a kilo, bringing in 68 million francs", `بسعر … للكيلوغرام، بعائد`); not a thing
    told new ("The new jetty's 90 metres"), a distance between places ("20 km north of", `على بعد`), nor a unit of
    time. A count of people after a verb that
    says what they are counts those ("will employ about 2,400 people": workers, as "its workforce of 1,900"; `سيوظف`), and a
    count of people told as losing their jobs counts jobs lost ("would make 430 staff redundant" … "with the loss of 340
    jobs", `تسريح 430 عاملاً` … `فقدان 340 وظيفة`). Qualifiers make intervals
    ("more than 25" is 25 or more, "dozens" 24 to 100); "about" is read at the precision written ("about 3,400": 3,300
    to 3,500).

    A property's noun with its owner's pronoun right before a measure names what it measures (`خزان سعته 25 ألف
    برميل`); a word between a figure's noun and another figure is the verb ("order secures 1,500 jobs"); an
    addition blocks a pair only when it adds to the same unit.

    Two figures of one noun that no toll word tags are the only two of it even when the article also counts its
    dead or hurt (`٤٢ عاملاً كانوا داخل المبنى` … `لقي خمسة عمال حتفهم` … `العمال الثمانية والأربعين`): those are
    a part, not a third figure of the count; the last word of a definite compound number (`الإثني عشر`) is no
    count of its own.

    A number word with the article after a word that is no definite noun counts the noun of a person's shape after
    it (`أخرجنا الأربعة والسبعين عاملاً`: [figures.all_told] person_shapes), not the word before it.

    A quotation and its paraphrase: the only two figures of one noun, close in size, one told inside a quotation
    and the other outside it ("was carrying 27 passengers" … "“There were 32 passengers on that bus,” she told
    reporters"), are one fact told twice.

    The sum at issue in a fraud or bribery case is one thing whether told by a noun ("bribe", "fraud", `اختلاس`)
    or a verb of taking it ([figures] synonyms, amount_verbs: "prosecutors say he took £168,000"), the verb also
    read a few words after an amount told as known ("the £186,000 he is accused of taking").

    A headline's toll and the body's opening that names its group ("Tram derails …, injuring 14" … "The derailment
    injured 17 passengers"): the only two tolls of the opening, of one event's class, are one count, told two
    ways.

    A verb of serving before a count of people says who they are ("a plant that serves about 180,000 people",
    `تخدم نحو 180 ألف نسمة`: residents served), and workers put "out of a job" are jobs lost; the negation of a
    purpose ("so as not to", `حتى لا يتكرر`) negates an aim, not the figure's statement.

    A verb right after a count of people in general tells what they are too ("a factory where 460 people work",
    `460 شخصاً يعملون`; [figures] verb_after_heads).

    A count of a person noun's feminine form (`700 طالبة`, women only) and one of its masculine form (`1200
    طالب`) count two groups (`[figures] feminine_endings`, `masculine_endings`). What is left of a whole the
    first figure is told out of right after it (`11 محطة من أصل 16` … `المحطات الخمس المتبقية`; "11 stations out
    of 16" … "the five remaining") is the other part, not the first told again.

    A count in words of thousands and hundreds joined by "and" (`ثمانية آلاف وأربعمئة`: 8,400; `ألفاً ومئتي`:
    1,200) is read whole. A count told "so far" that is smaller than another count of its noun (`أنهت فحص 18 ألف
    حافلة حتى الآن` after `أكثر من 25 ألف حافلة`; `[figures] so_far`) is still running, a part of the whole;
    words of another time may follow an attached proclitic (`مقارنة بالدورة الماضية`, "the last edition").

    A four-digit number that could be a year is a count before a noun the article counts with another figure in
    digits or in words (`ألفاً ومئتي مزارع` … `٢١٠٠ مزارع`).

    Rates are compared with rates only: two amounts of one currency or measure told per a period ("about $9.4
    million a year" … "$4.9 million annually", `سنوياً`, `في السنة`; `[figures] rate_after`) with their digits
    in another order are one figure mistyped, as two amounts are. Two counts of one noun told with other words
    ("412 inspection reports" … "Of the 421 unverified reports") are of one kind for this reading.

    A speaker named after the verb of saying with a title between ("said head librarian Margaret Oduya", "Oduya,
    the head librarian, said") is who tells a figure, not a place or person it is told of: two sentences naming
    only such speakers and other names are not set apart by them.

    An earlier value told after "after it had been" with a definite noun before the figure (`بعد أن كان العدد
    ١٣٠ مبنى`) is the count before the update, not the count told again.

    A figure followed in its sentence by words of an addition to it afterwards (`، قبل أن يُضاف إليهم نحو ١٠٠
    ألف`, "before another 100,000 were added"; `[figures] added_after`) is the value before that update, told at
    another time than a figure without them.

    A bound that two figures both meet (a headline's "more than six thousand prisoners", `أزيد من ستة آلاف
    محبوس`, before the body's 6,120 and 6,210) is no figure of its own: it neither tells the later figure again
    nor makes a third one; a figure that meets a bound told before it is no conflict with it.

    A count told back by its definite noun ("the 43 miners", `العمال الثلاثة والأربعون`) after an earlier count
    of the noun (34) is held against it though a count of another size stands between ("about 1,200 miners work
    at the site", ten times or more apart): that one is another group; not a part named after the count ("three
    of the inmates", `ثلاثة من النزلاء`).

    ## Why it matters
    A figure that changes within one story, with no word of an update, tells that one is wrong.

    ## Example
    "Firefighters rescued 14 residents …" … "Of the 17 residents rescued by firefighters, …"; `مقتل 25 شخصاً` … `20 قتيلاً`.

    A count told back by a definite dual noun (:mod:`.duals`, Arabic: `ثلاث كسارات` … `وتعمل الكسارتان`), or by a number
    word with the article right after its definite noun, which names what it counts (`تسعة قتلى` … `القتلى السبعة`; not
    `لاجئ … في المخيمات الخمس`, the camps). A first toll of a named group told back by a definite count that names no
    group, with only parts by group between ("the bodies of 27 migrants" … "Seven women and three children were among
    the dead" … "the 21 victims", `جثث 27 مهاجراً` … `جثث الضحايا الإحدى والعشرين`). Not a sentence that opens at
    another place, where no name is told by capitals (`وفي صفاقس، أنقذت الوحدات 40 مهاجراً`); each told with where
    its thing goes right after its noun, the places apart (`25 حافلة لمحافظة القاهرة` … `18 حافلة لمحافظة أسوان`).

    ## Not flagged
    A hyphenated measure of a part told with its owner ("the cave's 120-metre entrance shaft") against a plain measure in a
    sentence naming the owner ("more than 200 metres underground in a cave"): two things. A figure in a clause of when right after a "since" year ("the deadliest since 2008, when three inmates were
    killed", `منذ 2008، حين قُتل ثلاثة نزلاء`): that year's event; a figure a date of its own clause before it sets at
    another time than the other, whatever frame its sentence gives (`هذا العام، بعد عفو سابق في آذار/مارس شمل 60
    سجيناً`); a count whose noun, in the plural, is only a modifier before the other's noun, told as new ("19 match
    points" … "won nine matches"). Figures in a sentence that tells a correction ("first said attendance had passed 50,000, before they corrected
    the figure to 37,100", `قبل أن تصحح الرقم إلى`, "the correct figure was", `الرقم الصحيح هو`); a figure before a unit
    of time is a length or an age, never a count of a class ("after more than fifty years on stage"); the new and the old of one thing, or a figure asked for and one
    offered (``[figures.restated] stances``: "The new hospital … 420 beds" … "The old hospital … 240 beds").
    A figure said to be updated ("the toll rose to 31", `ارتفعت الحصيلة`; a target a change aims at, "hopes to raise the
    number of guards to ten", `زيادة عدد الحراس إلى عشرة`, "had reached 9,000, before rising to 12,000"; a figure soon
    followed by "before the toll rose", `سبعة قتلى، قبل أن ترتفع`: ``[quantities.updates] superseded``; but
    not `عدد أعضاء الحكومة إلى 29 وزيراً` … `بأعضائها الـ30`), or given as the value it changed from ("up from 17", "instead
    of 6", `بدلا من`); compatible figures ("more than 25" and 30, "about 150,000" and 148,000; a bound, "does not exceed
    25,000", `لا يتجاوز`, is held to the nearest end of the other's margin, and its negation negates no statement); part of a total ("25 dead,
    including 10 children", "four engineers with four others", `بينهم`, "of them", "79 out of 106"; a part told back, "13
    boats, eight of them at sea" … "the eight boats"; a few of a whole right after "first", "other", "remaining", "the first
    two cottages" of three, while "the last of 14 miners" is the whole: ``next_to``; a first telling told again with
    modifiers of its own, "four diesel-electric submarines", against "the navy's five ageing Hval-class submarines"), an addition ("18 other
    cases", `حالة أخرى`, "extend the fence by another 19 km" against "the 48-km fence", "to install another 40 ovens"), a part of a sum joined by "and"
    that makes the other figure ("80 original pieces and 40 replicas" against "more than 120 pieces"); counts of two groups ("8 soldiers" and "14 militants", "14 residents" and "17 firefighters") or of
    one noun with different modifiers ("two Brit awards", "three Grammy awards"); ranges ("between £80m and £95m", `بين 80
    و95`, "between 35 and 38 percent", the unit written once); a rate ("85,000 barrels a day", `برميل يومياً`) against a
    measure told back ("the 58,000 barrels shipped"); measures, ages, times and prices per unit ("$60.96 a barrel", `دولاراً
    للأوقية`), figures joined to a word by a hyphen ("a 10-year bond", "a 300-bed hospital": part of what the thing is; a
    sum of money so written, "the 2.1-billion-dollar purchase", is compared, and so are two of one unit written with the
    same digits in another order, "a 150-megawatt solar farm" … "the 105-megawatt plant", and one against the only other
    of its unit told plainly where the thing is named, "At 240 megawatts, the plant"); figures in names ("Doom 3");
    percentages (NUM002 reads shares), two of one whole told of parts whose clauses share no other word ("the region
    supplied 40% of exports" … "bottled oil makes up 22% of exports"), or whose sentences share no distinctive word
    ("women are two-thirds of the learners" … "more than 80% of the learners passed"); a sum told back among three sums of its currency or
    more, unless one sentence alone names its thing; figures under different dates ("1,200 jobs in 2022", "1,500 jobs in 2023"; a count told back, "the nine
    deaths", is set apart only by a date in its own clause that is not the first count's; not a date told after a comma, "…, the
    governor said on Tuesday", nor a dateline's, "SAINT JOHN, Oct 2 (Wire) -"; an ordinal sets two figures apart only before
    the figure or in its clause: "the first patient", not "a second berth" after it; a sentence that opens by telling
    another instance, "A second release of 2,500 clams … at two sites", `وستجرى عملية إطلاق ثانية`, tells that one's), a forecast ("economists had expected"),
    the two sides of a bargain ("is demanding a bonus of 22 million pesos" … "The company has offered … a bonus of 15 million
    pesos", `تطالب` … `عرضت`), what is left of a whole once a part its sentence tells is taken away ("two of the terminal's
    six silos" … "the four undamaged silos"), a noun that is only a word of the other's compound ("Two port workers" … "three
    Greater Odesa ports")
    or figures told of different places or teams (a sentence telling one figure place by place, "69.2% in the science
    stream, 48.7% in the arts stream", `في الفرع العلمي 69.2 بالمئة، وفي الفرع الأدبي 48.7 بالمئة`, tells parts, not the
    whole), or of one noun qualified otherwise next to each ("The pottery course has 24
    trainees" … "The weaving course has 18 trainees", `دورة الفخار` … `دورة النسيج`; a headline's "Pottery course fills up
    with 24 trainees"; after the noun, "hire 500 teachers for village schools" … "400 teachers for secondary schools"; a
    later definite figure, smaller, whose noun a relational adjective qualifies that the first's sentence lacks, a part:
    `6.2 ملايين سائح` … `عدد السياح الأوروبيين`); a clause told again with a word replaced ("50% of men" … "60% of women",
    "the unadjusted deficit"), a negation or an update word added ("did not approve 10 new schools", "now employs"), clauses
    that both lean on a subject told before them ("Mwangi, who was jailed for three years" … "Otieno, who was jailed for
    five years"), ages (DATE006 reads them), the base of a ratio ("one in four Turks") or the whole a share is
    told out of ("68% out of some 7,200 members", `من أصل`; a part in a number word too: `ثلاثة من أصل أربعة`), a figure told short of another ("delivered only 2.9 million
    books", `سلّمت 2.9 مليون كتاب فقط`), a figure after the whole its sentence opens with, a part of it ("Of the 19
    people injured, three remain in intensive care", "said that of the 64 people hurt, nine remained"), a figure told
    as a batch against one that is not ("ordered a reprint of 20,000 copies" … "has sold about 18,000 copies"), prices per unit, one clause told of
    three figures or more (a series), two tallies told alike with every figure different ("31 votes to 19, with three
    abstentions" … "33 votes to 18, with two abstentions"), and a part a relative clause picks out ("the 1,412 members who
    cast ballots" … "its roughly 1,990 members"). Two figures each attributed to a source ("police said", `بحسب`), no one
    person named in both sentences, are reported for information only: the sources may disagree, the article should say so
    (a lead of reported speech that opens the sentence, "Growers said that …", "Officials said the …", `وقالت الوزارة إن …`,
    is no part of the statement compared; one told of its named speaker, "Mwangi said he …", `قال إنه`, is).

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    _report_conflicts(ctx, counted_back(ctx, quantities), date_mentions, name_mentions)
    for q, s, e, noun in dual_conflicts(ctx, quantities):   # "ثلاث كسارات" … "الكسارتان"
        if not any(f.span.start < e and s < f.span.end for f in ctx.findings):
            ctx.report("dual", s, e, related=[ctx.related(q.start, q.end, "the same figure given earlier")],
                       first=q.text, second=ctx.text[s:e], thing=noun)
    report_arithmetic(ctx, quantities)   # a change and its percentage, a quantity times a price, °C and °F


def _report_conflicts(ctx, quantities, date_mentions, name_mentions) -> None:
    """Report the later figure of every pair :func:`_pairs` finds, once."""
    sents, reported = Sentences(ctx.doc), set()
    bases = [q for q in quantities if ratio_base(ctx, q)]   # "one in four Turks", `11 محطة من أصل 16`
    quantities = [q for q in quantities if q not in bases]
    placed = None   # the figures told place by place ("69.2% in the science stream and 48.7% in the arts")
    for a, b, noun in _pairs(ctx, quantities, date_mentions, sents):
        placed = placed_figures(ctx, quantities, sents) if placed is None else placed
        if b.start in reported or part_told(sents, quantities, a, b) or stances_apart(ctx, a, b) \
                or opened_part(ctx, sents, a) or opened_part(ctx, sents, b) or batch_apart(ctx, a, b) \
                or a.start in placed or b.start in placed or genders_apart(ctx, a, b) or left_of(bases, a, b) \
                or running_apart(ctx, a, b):
            continue   # (a part; the new and the old of a thing, asked for and offered; a place's figure;
            #            women alone and everyone: `1200 طالب` … `700 طالبة`; the rest of a whole the first is
            #            told out of: `11 محطة من أصل 16` … `المحطات الخمس المتبقية`; a count so far)
        reported.add(b.start)
        two, thing = two_sources(ctx, sents, a, b, name_mentions), thing_word(ctx.doc, b, noun)
        ctx.report(("sources" if two else "conflict") + ("" if thing else "_plain"), b.start, b.end,
                   related=[ctx.related(a.start, a.end, "the same figure given earlier")],
                   severity="info" if two else None, first=a.text, second=b.text, thing=thing)


def _pairs(ctx, quantities, date_mentions, sents: Sentences) -> list:
    """(earlier, later, noun) for every two figures NUM001's readings find in conflict. A
    dateline's date dates the report, not a figure after it."""
    date_mentions = [m for m in date_mentions if not dateline_at(ctx.doc.text, m.start, m.end)]
    told_dated, other = sentence_dates(date_mentions, sents), other_time(ctx, sents)
    owners, parts = partitives(ctx, quantities)

    def undated(a, b) -> bool:   # told of another time, or a part and its whole, or two wholes of other
        #                           owners ("two of his side's four tries" … "three of the seven tries")
        return other(a, b) or parts.get(a.start) == b.start or \
            a.start in owners and owners.get(b.start, owners[a.start]) != owners[a.start]

    def dated(a, b) -> bool:   # … or their sentences' dates cannot be one
        return told_dated(a, b) or undated(a, b)
    apart = own_dates_first(date_mentions, sents, date_guard(date_mentions), dated)
    past = sentence_dates(date_mentions, sents, ctx.doc.published)
    pairs = list(find_toll_pairs(ctx, quantities, sents, lambda a, b: apart(a, b) or past(a, b) or dated(a, b),
                                 clause_dated(ctx.doc, date_mentions)))
    pairs += list(find_restated(ctx, quantities, sents, dated))
    near = own_dates_first(date_mentions, sents, date_guard(date_mentions, sents), dated)
    pairs += list(find_aligned(ctx, quantities, sents, lambda a, b: near(a, b) or dated(a, b), same_bound))
    pairs += [*find_transposed(ctx, quantities, sents, dated), *find_referred(ctx, quantities, sents, dated), *find_attributed(ctx, quantities, sents, dated)]
    pairs += list(find_measures(ctx, quantities, sents, lambda a, b: near(a, b) or dated(a, b)))   # "18 metres above the track"
    pairs += list(find_measured(ctx, quantities, sents, dated))   # "the bridge's 85 metres"
    pairs += list(find_all_told(ctx, quantities, sents, dated))   # "all 64 people" after "86 skiers"
    told_near = sentence_dates(date_mentions, sents, near_after=True)   # (digits swapped: a date far after a figure
    pairs += list(find_swapped(ctx, quantities, sents, lambda a, b: told_near(a, b) or undated(a, b)))   # dates its
    #   sentence's later predicate: `2.4 مليون دينار` … `4.2 مليون دينار`)
    return pairs


@rule(
    id="NUM002",
    name="count-mismatch",
    severity="warning",
    languages=["*"],
    summary="A count that does not match the list it announces, or the shares of one breakdown adding up to well over 100%.",
    messages={
        "count": "The count '{count}' does not match the list that follows, which names {items}.",
        "listed": "The count '{count}' does not match the names listed right before it: {items}.",
        "headed": "The count '{count}' tells back the names listed earlier with its noun, which are {items}.",
        "shares": "These shares of one breakdown add up to {total:g}%.",
        "split": "The parts this total is split into make {total}, not the {whole} told before.",
        "short": "The parts listed make {total}, fewer than the {whole} told before: a part is left out or a figure is wrong.",
        "out_of": "These counts make {total}, more than the {whole} they are counted out of.",
        "tally": "This tally makes {total}, not the {whole} said to have taken part.",
        "remainder": "{share:g}% and the remaining {rest:g}% of one whole make {total:g}%, not 100%.",
        "last": "The last of this series makes {made}, not the {count} told before.",
        "rest": "These parts and the remaining one make {total}, not the {whole} told before.",
        "made_up": "The parts told before this total make {total}, not {whole}.",
    },
    notes={"items": "{n} items", "share": "{share}%", "count-told": "the count told here", "whole": "the whole told here",
           "part": "one part: {n}"},
    examples=[
        Example("Four ministers resigned on Monday: Ahmed Saleh, Rana Haddad and Omar Khalil.", "en", True),
        Example("Three ministers resigned on Monday: Ahmed Saleh, Rana Haddad and Omar Khalil.", "en", False),
        Example("Four ministers resigned, including Ahmed Saleh and Rana Haddad.", "en", False),
        Example("The airline will launch three routes from the city, to Porto, Split, Tirana and Bergen, it said.", "en", True),
        Example("وتشمل الخطة خمسة مستشفيات هي مستشفى النور، ومستشفى الأمل، ومستشفى السلام، ومستشفى الشفاء، إضافة إلى 30 مركزاً.", "ar", True),
        Example("وأظهر الاستطلاع أن 55% يؤيدون الاتفاق، و40% يعارضونه، و15% لم يحددوا موقفهم.", "ar", True),
        Example("وأظهر الاستطلاع أن 45% يؤيدون الاتفاق، و40% يعارضونه، و15% لم يحددوا موقفهم.", "ar", False),
    ],
)
def count_mismatch(ctx, quantities, date_mentions, name_mentions):
    """
    ## What it flags
    A number that announces a list when the list names a different number of items: after a
    colon ("four ministers resigned: A, B and C"; after an aside set off by a comma, "five colours, all from vegetable
    dyes: A, B and C", `بخمسة ألوان، كلها من أصباغ نباتية: أ وب وج`), after `هي`/`هم` (`ثلاثة أقاليم هي أ وب وج
    ود`, `خمسة مستشفيات …، هي أ، وب، وج، ود`; a count written after its noun too: `الموقوفين
    الـ3 وهم أ، ب، ج ود`, `الوزراء الأربعة السابقين، وهم: أ، وب، وج`; items of up to ten words when every comma
    is followed by an attached `و` and the items open alike with or without the article: `ثلاثة مطالب، هي توظيف أبناء
    المنطقة في …، وصرف رواتب متأخرة، وتأهيل …، وصيانة الطريق بين …`; titles in quotation marks, each with what
    follows it: `«بيت بلا نوافذ» من لبنان، و«الجسر» من العراق`, an "and" inside one no joiner: `«المتوسط للطاقة والمياه»`; a
    name in quotation marks after its noun one word of its item: `تحالف "أطلس ويند" الإسباني`; `منهم` right after the count's
    noun leaves the list after `، هم` whole: `أربعة لاعبين منهم …، هم`; the figures of a measure between the count and its list
    are no other count: `تحت 60 و66 كيلوغراماً`, "the 55 and 60 kilogram classes"; a group told back by its definite noun
    opening a later sentence and listed after "were", `هم` ("six sailors" … "The missing sailors were A, B, …", :mod:`.told_back`),
    when the list is longer than the count (a shorter one may be a part of the group); names joined by "and" only, three or more,
    end at `، و` and a clause: `… ومهدي العلوي وسفيان بوطيب، وتوج ثلاثة منهم`; an addition after a comma ends the series: `، إلى
    جانب 11 عرضاً`); a count whose noun also measures ("points") when a word that says what they are names them after
    it (`أربع نقاط إنزال رئيسية هي نواذيبو ونواكشوط وتانيت`), after "as" ("named the three suspects as A, B, C and D"); a count
    joined by a hyphen to a word of members ("the five-member jury — A, B, …", "a three-nation tour: A, B, C and D"); a count told by a word ("The trio who run the
    machines — A, B, C and D —"; a dual before `هما`: `مشرفتان هما أ وب وج`), or, in
    English, after a comma when the items are names ("three new routes from the city, to
    Porto, Split, Tirana and Bergen"; "three members of her cabinet, A (housing), B
    (transport), C and D"; "Four firms, A and B, have bid"), or between dashes ("three leaders - A,
    B of the League, C and D - signed"; "Both his sons, A, B and C"; each item may tell what the person is before the name:
    "four directors - former central bank official Halima Bello, economist Tunde Okafor and …", a participle before the
    noun no verb, "The five rescued men, A, B, …", nor a name that is a word of the noun phrase, "Two Green councillors, A,
    B and C, voted" (not a count with a capital inside its sentence before a capitalised word, "Six Nations runners-up",
    a word of a name), and so after a colon:
    "six crews: Harbourside, the holders Nordvik Academy, …"; a name with a plural noun is two or more, "the Mensah
    twins"; a word after a preposition that opens with the letter of "and" is no joiner, `ممثل عن وزارة النقل`, nor one that
    opens so of its own (``and_inside``: `منفذ وادي الريم`), nor a verb
    whose first letter it is before a preposition and a count, `، وُزّعوا على 12 نقطة`; a list between spaced dashes ends
    at the next spaced dash, not at a hyphen in a name, "above Saint-Clair");
    right after "N <noun>:" (or after a passive verb and prepositions: "Four people were arrested in the raid on
    Friday night: the depot's owner, his driver and a clerk"; or after the noun's phrases of place and time, a date
    read as one word: "four demands at an assembly in Huancayo on Monday, May 27: a minimum price, …"; not after an active verb's object, "visited the farms
    on Saturday: a maize farm, …", which lists the object), noun phrases in lower case to the end of the sentence (after "a", a capitalised word
    that qualifies a noun: "a Mandaya troupe from Toril"), or between dashes ("three
    grounds for refusal: traffic on the A426, … and harm to …", "five kinds of product - solid bricks, …, and roof tiles -");
    or in the next sentence after words that name the counted by a pronoun, the count alone in its sentence ("Four of the
    men were admitted to hospital. The company named them as …", `وأسماؤهم`; after a verb that gathers them, "would merge four
    colleges. The merger would bring together A, B and C"; after the counted noun told again, or a verb that may name some
    of them ("covers", "includes"), only a list that names more: `في أربعة مستشفيات` … `مستشفيات أ وب وج ود وهـ`); a count of others set off before its list counts it ("three other states — Kentucky, …"); a name's
    short apposition is no item ("Dr Lena Holm, a Swedish oceanographer, and Dr Lene Holm, a Danish marine biologist" names two); a
    first pair told under one plural noun before the rest of the list ("Norwegians Eirik Dahl and Sander Moe, British instructor Helen Price and …");
    items that are counts and single things are summed ("five wrecks: two cargo ships, a patrol boat and a seaplane"
    names four; `سبعة أفراد: طبيبة أشعة، وفنيتا تصوير، وممرضتان، وسائق` six: a dual is two, a masculine one only
    on a noun of a person, `موظفان في المطبعة` (not `ميشيغان`), one in construct on a noun's shape, `ناقلتا منتجات نفطية`, not
    `كوستا ريكا`; a measure after an item's noun is no count in it: `ناقلتا منتجات نفطية بحمولة 15 ألف طن`); a count of occasions
    and their years after a comma, one each ("three earlier premierships, in 1987, 1994, 2003 and 2011", `ثلاثة ألقاب
    سابقة، في أعوام 1987 و1994 و2003 و2011`); a list right after two counts names what the nearer one counts
    (`١٢ فرقة من سبع دول هي …`: seven countries). A list of the places the things
    counted stand in ("two warehouses in A, B and C", `ثلاثة مصانع جديدة في مدن أ وب وج ود`) is flagged
    only when it names more places than things, unless each place has one ("five plants — one each
    in A, B, C and D", `خمسة مصانع، واحد في كل من أ وب وج ود`), and never for occasions held place by place
    ("two concerts in Vienna, Prague and Milan", `ثلاث حفلات في عمّان وإربد والعقبة`: so many in each). Items are read by how they are joined (items
    holding commas parted by semicolons, "the master, Capt. A; …; and the third mate, C", are one each; so is a role
    and a name, "the transport minister, Rex Cruz, and …"): they end where the joining changes, after the item joined by "and" that follows commas (in
    Arabic a name may open with the letter of "and": `، وائل الحسن`), and the rule speaks
    only when the end of the list is certain (the end of the sentence, a clause, a figure of another thing: `إضافة إلى 46
    مركزاً`, attribution: "…, the office said", a clause on the items: "…, all of whom have worked with …", or a preposition after the last item: "… and D on Friday", `… ود في الانتخابات`); a part ending with a preposition as written is no item but a
    phrase cut where a word opens with the letter of "and" (`هم موظفون في وزارة الكهرباء`). Also percentages given as the shares of one whole — three or more in one sentence of a poll or vote, after a
    word that says they split one whole (`توزعت … على النحو الآتي`, "respectively", a sentence
    opening with the whole: "Of the 380 stalls, …", `ومن أصل 380 محلاً`; or named by its noun, the later shares told
    place by place: "Of the candidates whose papers were annulled, 48% sat the exam in the capital, 37% in …", or by where
    each part comes from or goes: "Of the teams in the open event, 41% came from Europe, 38% from Asia …", `ذهبت 55%
    إلى أسواق الخليج، و30% إلى العراق`; after a whole with its figure, placed after a verb of where they are: "Of
    the 420 jobs being cut, 60% are on the production lines, 30% in the warehouse …"; never each place's rate after
    a verb of an outcome: "82% passed in the science stream, 67% in …", `نجح 82% في الفرع العلمي`), or written
    in parallel (each figure opening its clause, followed by the same noun or by a verb, or its
    verb told once and left out after: "48% is spent on housing, 37% on buses and 29% on parks"; `48%
    شركات صغيرة، و37% شركات متوسطة، و29% شركات كبيرة`; "64% were admitted …, 27% waited … and
    21% waited …", or the whole told after the first and each later clause opening with its verb: "12 percent of the
    children who fell ill had received both doses, 19 percent had received one dose and 83 percent had received none";
    the first told "of them", the whole before, and each where (`يعمل 65% منهم في …، و30% في …، و25% في …`); two
    shares of one vote, each the subject of a verb of voting (:mod:`.votes`: "71 percent of drivers voted to reject …,
    while 44 percent voted to accept", `صوّت 71% من السائقين …، فيما صوّت 44% ضده`; or by another verb of the vote
    that tells the question back: "58 percent of the parents who responded backed the merger, while 49 percent opposed it";
    two candidates' shares of the votes, one set against the other, the second told for a candidate: "won 61 percent of
    the valid votes, against 52 percent for Shobaki", `بنسبة 61 في المائة من الأصوات الصحيحة، مقابل … للشوبكي بنسبة 52 في
    المائة`, not against a share of another vote or time, "in the last election");
    a word that says "a share of" in each clause or the first one's word
    repeated after a subject of its own: "Mortgages accounted for 52% of the loan book, car
    loans for 36% and credit cards for 25%", `شكّل … 61%، فيما شكّل … 33%، وشكّل … 19%`; the
    holders of one whole with the verb told once (or a word that says "a share of": "sweet oranges made up 55%, navel
    oranges 40% and mandarins 20%"): "Cedar Grid holds 60% of the project company, a
    Kuwaiti fund 35% and Haddad & Sons 25%", "holds a 51% stake in the consortium, …", `تملك شركة
    أ 60% من الشركة، وصندوق كويتي 35%، …`; a passive of holding told once, each holder named right after
    its figure: "is owned 52% by the founding family, 38% by a pension fund and 24% by investors", `مملوكة
    بنسبة 52% للعائلة، و38% لصندوق التقاعد، و24% لمستثمرين`) — that add up to more than 102%; when a later clause adds
    a figure of another whole ("…, while turnout did not pass 19.6%"), the shares before it count.
    A sum split between amounts ("will be split between $800,000 for restoration and $750,000 for training", `تتوزع
    بين`) whose parts do not make it (the sum told before the split word in its sentence, or the only earlier one of
    its currency), and a count split so right after its noun ("112 members, split between 75 men and 29 women",
    `يضم 64 حظيرة، تتوزع بين 40 حظيرة للأغنام و18 حظيرة للإبل`; over a count of groups and as many parts: "38 members
    split across three villages, 17 from …, 12 from … and 6 from …", `يتوزعن على ثلاث قرى، 17 منهن من …`; not days of
    a date); a count broken down right after a comma by one describing word per part that make more ("a dozen buffalo
    for her funeral, seven black and six spotted"; not plural nouns, "96 beds, 40 nurses and 60 doctors",
    :mod:`.described`); a count whose noun a colon or a dash ends and the counts listed after it that make more ("260
    registered boats: 190 launches, 40 boats and 50 trawlers", `260 قارباً: 190 زورقاً و40 مركباً و50 سفينة`; a figure in
    an item's name is no part: "seven aircraft - four Boeing 737-500s, two Embraer 145 jets and two …"), or
    fewer when three or more are listed right after it, each a count of a noun of its own ("86 workers: 52 women, 24 men
    and six supervisors", "14 teachers — six Turkana women …, five young graduates … and two retired headteachers —"; not what was done
    to each: "300 panels: 120 cleaned, 90 repaired and 40 sent back"), or each
    told alike any other sum ("46 bidders - 19 from Kolkata, 14 from Europe and 8 from Japan -"; "and one at the wharf" a
    part too), or, for
    information, three or more each told with where its part is that make fewer ("450 lights: 200 along the main
    road, 150 in the suburbs, and 80 around the market", `450 مصباحاً: 200 على الطريق الرئيسي و150 في الأحياء و80 حول
    السوق`: a part left out or a figure wrong), and so after the comma or the "of them" that ends a count's noun ("18
    stations, seven on high passes, six near villages and four at cattle posts", `27 محطة، نُصبت 11 منها في …، و9 في
    …، و5 على …`; more than the whole, a warning); the seats each side of
    a body holds, the first told with its noun and the others gapped, that make more than its members ("the 25-member
    council, A holds 14 seats, B 9 and independents 5"); the results of a count of games told in its sentence, each
    count right before a word of one kind of result (:mod:`.results`: "11 rounds with seven wins, three draws and two
    losses", `خاض 11 مباراة حقق فيها سبعة انتصارات وثلاثة تعادلات و3 هزائم`), which make more than the games, or with
    every kind told, another number; and the only count of a sentence against two parts the next
    sets apart after "Of these" ("46 shops. Of these, 29 reopened …, while 21 remain empty", `ومنها … فيما`) or lists
    each with a verb of its own after "Of those X", X named with the count a sentence or two before ("Police have arrested
    40 people … Of those arrested, 22 paid fines, 12 were sent to court and 9 were released", `ومن بين الموقوفين، دفع 22
    …، وأحيل 12 …، وأطلق سراح 9`; not "40 work in copper and 30 in wood", which may overlap); a sentence opening with its
    whole and counts after its comma, each the subject of a clause of what became of them, that make more ("Of the 64
    routes monitored on Wednesday, 21 were fully paralysed, 30 were partially affected and 18 operated normally";
    not what they had, "30 had fever, 25 had a cough", which may overlap; English data; or a vote told out after it, the
    verb told once: "Of the 14 governors present, nine voted in favour, four against and three abstained"); a toll told out by place in a later
    sentence, a count "of the" class word then counts before the word its clause holds, that make more than the one toll of
    that class told before ("has killed 16 people" … "nine of the dead were in Patuakhali, five in Barguna and four in
    Bhola", `تسعة من القتلى في …، وخمسة في …`; the places after `في` are then no list of places), or in its
    own sentence after a comma, parts told alike (or two set apart: "while") after "of them", joined by commas and a
    closing "and" ("43 boatmen work the crossing, 27 of them from the north bank and 19 from the city side", "560
    families, 310 of them in Zavkhan, 205 in Uvs and 95 in Khovd", `منهم 27 من القرى و19 من المدينة`; the first with the
    whole's noun and the others with none: `64 منصة، منها 40 منصة للأسماك و18 للروبيان و10 للأسماك المجففة`; closed by the
    rest of the whole, "while the remaining 6 were in Somosta", `أما المحاجر الستة الباقية`, any other sum; shares of the
    whole told in fraction words before "the remaining" count, "Of the 60 hunters, about a third …, half … and the
    remaining 15", `ثلثهم … ونصفهم …، أما الـ15 الباقون`, more than a twentieth off) — or, when the whole is spread
    over a stated number of groups and as many parts are told, one a group, any other sum; parts a word after the
    whole's comma opens, told alike, that make more: "240 passengers, with 176 seats in …, 48 in … and 24 in …";
    or any other sum after a word that opens the whole breakdown ("12,000 seedlings, made up of 6,000 orange seedlings,
    3,500 tangerine seedlings and 1,500 lemon seedlings", `بواقع`); parts right after the whole's comma each told by place or post ("18 firefighters, nine on the day shift, seven
    on the night shift and four on standby"; "320 homes this year, 150 in A, 90 in B and 60 in
    C") or after a word that says what the whole is (`58 موظفاً، هم 36 مهندساً و17 خبيراً`): any other sum ("640 families in three
    provinces, 310 of them in …, 205 in … and 95 in …", `42 فلاحاً يتوزعون على ثلاثة دواوير، 19 منهم …`); the
    kinds of a count listed after words that open a breakdown, each a count of its own noun ("Its 96 beds are divided
    among a 50-bed maternity ward, a 30-bed … and a 24-bed …", `نحو 4500 مركب مرخص، منها 3100 مركب بمحرك و2200 مركب
    شراعي`), when they make more; and counts of the two sides of a partition of people right after a whole ("1,150
    members in 23 villages, 700 women and 350 men", `منهم 700 امرأة و350 رجلاً`; "of them" right after the whole's noun,
    "24 trainees of whom 15 are men and 11 are women", `24 متدرباً منهم 15 شاباً و11 فتاة`) not making it (more, after
    "including"), or, after words that say what a thing is made of, the count of that noun (or a synonym) told before
    ("The cannery's 1,850 workers … the workforce, made up of 1,200 women and 550 men", `المكونة من`); a whole told as
    groups of an equal part in its sentence, the part in the whole's noun or unit or in none, marked by "each"
    (:mod:`.each`: "The 280-km road will be paved in four sections of 60 km each", `40 باحثاً … على الأحياء الستة بواقع 8
    باحثين في كل حي`), that is not the groups times the part (not "the top two from each"). A noun told as distributed after a split word, its parts counted after it each told alike
    ("The cases break down as follows: 620 in Kassala, 310 in New Halfa and 260 in Aroma", `إن الإصابات توزعت على
    النحو التالي: 620 في …، و310 في …، و260 في …`), that do not make the count of that noun told before (fewer
    with "the rest" told are not all); and counts before "out of" in their sentence, the first with the whole's
    noun and the others with none ("48,210 votes against 39,870 for A and 6,415 for B, out of 91,300 valid votes",
    `48210 أصوات مقابل 39870 لمنافسه و6415 لمرشح مستقل، من أصل 91300 صوت`), that make more than the whole (not
    far more: counts of several rounds), or after the whole opening their sentence, each with the whole's noun or a
    verb told once for all ("Of the 200 MHz on offer, Lumen Mobile secured 90 MHz, Kora Telecom 70 MHz and Savanna Net
    60 MHz", "Of the 30 new base stations, 18 went to Lagos, 9 to Abuja and 6 to Kano", `ومن أصل 40 حافلة جديدة، خصصت
    25 حافلة للقاهرة، و12 حافلة …`; not what the counted had, "21 had fever, 19 had a cough"), or after words opening
    their sentence that tell back the one count of the sentence before ("suspended 1,340 licences. Of those, 820 were
    issued by … and 690 by …", `ومن بين هؤلاء`); and a vote's tally against all who took part in its sentence ("by 27 votes to
    9, with two abstentions, in a vote in which all 41 deputies took part", `بأغلبية 27 صوتاً مقابل 9 وامتناع 2 …
    جميع الأعضاء الـ41`), or without abstentions told, making more, as does one of more votes than the body's members
    ("The board's nine voting members approved the plan by six votes to four"). A last share told as "the rest" makes the figures one whole ("…, while the rest of
    the Gulf contributed 31%", `بقية دول الخليج`). And one share with "the remaining" one of the same whole in one
    sentence that do not make 100% ("will own 58% of the group and Corvid investors the remaining 47%", "the other 45
    percent", `والـ45%
    المتبقية`; shares told as a list before it, `55 في المئة …، و30 في المئة …، فيما تُباع الـ20 في المئة الباقية`; a share
    told "of them" is a part of the share before it). A whole shared out in fraction words that add up to more than it (:mod:`.fraction_parts`: "Half of the
    onions go to wholesale markets, a third to local traders and a quarter is kept as seed", `يذهب نصف البصل إلى
    أسواق الجملة، وثلثه إلى التجار، فيما يُحفظ ربعه تقاوي`). A noun told as the last of its series by an ordinal against the only count of that noun told before it
    (:mod:`.lasts`: "five schools" … "The sixth and last school", `خمس مدارس` … `المدرسة السادسة والأخيرة`). Parts of a
    whole closed by "the remaining" one, told in its sentence or the next, that do not make it (:mod:`.rests`: "restore
    12 fountains" … "finished seven fountains, while work goes on at the remaining four", `أما الـ6 الباقية`; one part
    told before the whole it is of, "Two of the cooperative's 19 members are men; the other 16", `اثنان من أصل 19 عضواً
    …، فيما الـ16 الباقون`). Parts told
    first and their total after a word of a total in one sentence that they do not make (:mod:`.totals`: "Six workers
    tend the kilns, three run the press and one drives the delivery truck, making up the plant's full staff of 11",
    `أي ما مجموعه 11 عاملاً`). A list of people's names before the count that sums them up (:mod:`.listed_before`:
    "Kiprugut, Alemu, Otieno and Mwangi were the three men who …", `هم`).

    Where names have no capitals, an item that ends with a person's full name may carry a title before it (`ونائب
    النقيب السابق سامي حتاملة`); between dashes, a noun phrase after an article is an item ("- Year 2, Year 5 and
    the nursery group -"); a list that opens with the counted noun in construct (`ثلاث فرق …، هي فرق المفرق
    والزعتري …`) has no item joined inside another; a share told "about" and the remaining one that miss the whole
    beyond the first's margin ("About 70% … the remaining 45%").

    A phrase item ending with a figure ("a review of every complaint closed since 2020") is whole, not cut short
    before a word; an item opening with a figure inside a long phrase ("two registered nurses on every acute ward
    at night") is one item when the figures do not add up to the count, as "two oils by an Iraqi painter" does to
    four.

    Two shares followed by the rest with no figure ("Tomatoes made up 70 percent of the damaged greenhouses and
    cucumbers 45 percent, the rest peppers", `والباقي بالفلفل`: [figures.shares] rest_words) part one whole, so
    they cannot pass 100%; a share told "of them" (`منها`) there is of the whole.

    A count whose noun of up to three words is followed by a passive verb right before the colon ("Four categories
    of data were exposed: names, home addresses and dates of birth") announces the noun phrases after it.

    A relative clause of the count's noun before the colon ("five areas in which the unit had fallen short: …")
    leaves the list the count's; after a count of kinds ("three ranges", [figures.lists] kinds) an item of a name
    and a plural noun ("the Hedgerow mugs") is one kind, not several things.

    A tally of more votes than a body's size told by its count and "member" joined by a hyphen ("the 12-member
    board … by seven votes to three, with three abstentions") cannot be its members'. An addition after a list
    (`، إضافة إلى مبنى البلدية`) naming a thing of another kind than items that all open with the counted noun
    (`خمس مدارس، هي مدرسة … ومدرسة …`) ends the list. A count told back by a demonstrative after its list ("went
    to India, Indonesia, Turkey and Malaysia … these three markets", `هذه الأسواق الثلاث`; `[figures.lists]
    demonstratives`) is held against a list of more items. Parts told in a sentence of their own by where each
    comes from ("Twenty members come from Asrir and 22 from Taghjijt"; `[figures] origin_prepositions`) cannot
    make more than the one count of that noun told before.

    Results told by their verbs right before each count ("Over the 11 rounds, the hosts won eight matches, drew
    two and lost two", `فاز في ثماني منها وتعادل في اثنتين وخسر اثنتين`; `[figures] result_verbs`), and results
    told before the games they came in ("three wins, five draws and seven defeats in 14 matches"; a count before
    them, the points, is no count of games) are held against the games. Shares each told on its own basis (`60
    بالمائة من حيث الكمية و52 بالمائة من حيث القيمة`, "in terms of volume"; `[figures.shares] basis`) are shares
    of two wholes.

    A count set beside the list it sums up, after a comma or a dash and a word of apposition ("Vale do Souto,
    Casal Novo, Pedreira and Barroca — the five villages", `السكري والخلاص والبرحي والصقعي والمجدول، وهي الأصناف
    الأربعة`; `[figures.lists] apposed`), is held only when no word of the sentence before it (none opening with
    "and") opens a list of as many items: "In Leeds, Patel and Okafor, the two engineers" may list two. The
    whole told again before its parts ("Of those seven, four …, while the other five …") is no part, and the
    rest of a whole may be told by the other part with its article after it (`الخمسة الآخرون`; `[figures.rests]
    after_definite`: "three others" adds to a count). A share told by a verb of its own after "while", and a
    third with that verb left out (`فيما تمثل المشاريع المروية 31% والمراعي الطبيعية 27%`), is a share of the
    first one's whole.

    A group told back by its definite noun may carry a short modifier after the noun before the word that
    equates it with the list ("The townships under the order are Millbrook, Greer, Oak Ridge and Pell" after
    "three townships").

    A noun after a count described by what it is for with a preposition attached to the article (`ثلاثة منافذ
    رئيسية للتصدير`, "for export") is no price of a unit (`768 دولاراً للأوقية`): the count counts things, and
    the list after it is held.

    A list of names headed by its plural noun ("the districts of Aoulef, Tit, Zaouiet Kounta and Reggane", `في
    بلديات أولف وتيت وزاوية كنتة ورقان`: the noun in construct with the list, without its article) and told back
    in a later sentence by that noun with a definite count ("the three districts", `البلديات الثلاث`;
    :mod:`.headed`), when the count is not the number of names; not when the noun is counted elsewhere without
    the article ("five villages" … "the two villages": some of the five), nor when it heads two lists. A list of
    noun phrases set off between dashes is read as such when one item only opens with a capital ("three stocks —
    mackerel, blue whiting, Atlanto-Scandian herring and horse mackerel —").

    Shares told by where each part came from, the verb told once ("58% of the camels came from the UAE, 31% from
    Saudi Arabia and 27% from Qatar", `جاءت 58% من المطايا من الإمارات، و31% من السعودية، و27% من قطر`: the
    later `من` repeats the first clause's second one, where each came from, not a whole of its own) part one
    whole; rates of places ("61% in Mombasa, 70% in Kisumu") do not.

    ## Why it matters
    A count and its parts that disagree mean a dropped item or a stale number; shares over 100%, a typo.

    ## Example
    "Four ministers resigned on Monday: Ahmed Saleh, Rana Haddad and Omar Khalil."

    ## Not flagged
    Items told as measures ("all three strengths - 10 mg, 20 mg and 40 mg", `10 ملغ و20 ملغ و40 ملغ`): no parts of the
    count; a name ending with its number between dashes is one item ("three of its channels - Nile Movies, Nile Kids
    and Nile Sport 2 -"). A count that is the whole of a part told right before it ("on two of their five grounds: A and B", `باثنين من
    أسباب الطعن الخمسة`): the list names the part.
    A list of items of a noun and its genitive in which a single word may be one item's second genitive
    (`ثلاثة مراكز، هي مركز القلب والقسطرة ومركز الأورام ووحدة زراعة الكلى`: three items, or four).
    A partial list ("including", `بينهم`, "among them"), a part of another part ("while 410 of those who passed",
    `فيما اجتاز 410 من الناجحين`), a list with an item of two (`وشركتان أوروبيتان`) or a count
    of its own ("and two European carriers"), a quotation a colon opens ("a mother of three: «my son …»"), a
    list of the right length, fewer places than things ("four warehouses in A, B and C"), a list whose
    end is unclear (an item joined another way that could still belong to it, "as well as D",
    `بالإضافة إلى` — unless the items before it already outnumber the count —, a name containing
    "and": `البوسنة والهرسك`), a number that measures ("two years after the war, France, …") or belongs to a name ("PlayStation 3, Xenon and …"), and
    percentages of different things or wholes in one sentence ("rose 40% in Italy, 35% in
    Spain", "64% of sales value, 81% of units", "58% of its staff in Nairobi, 61% in Mombasa",
    "ranged from 69% in Kensington, 65% in Westminster and 62% in Sheffield Hallam"), and the
    answers of a poll that allows more than one ("respondents could name more than one issue").

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    report_counts(ctx, quantities, date_mentions, name_mentions)

@hookimpl
def checker_register_rules():
    return [conflicting_figures, count_mismatch, share_of_whole]


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "numbers", schemas=SCHEMAS)


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
