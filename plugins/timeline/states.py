"""TIME001: one subject in two states that exclude each other (wanted by, allied with) towards the
same counterpart over overlapping periods.

Long because: TIME001 is declared here with its explanation (`checker explain`), one kind of state after another."""

from __future__ import annotations

import collections

from checker import Example, rule

from .away import others_named
from .closures import closure_conflicts
from .labels import state_label as _state, when_label as _when
from .none_during import none_during_conflicts
from .not_since import not_since_conflicts
from .scopes import ended_before, in_scope, moved_within, one_after_other, overlap, same_or_next
from .statements import Statement, timeline_data


@rule(
    id="TIME001",
    name="overlapping-exclusive-states",
    severity="warning",
    languages=["*"],
    summary="One subject in two states that exclude each other over overlapping periods: wanted by and allied with one counterpart; in prison and acting in public; barred from a place and performing or in office there; in exile and canvassing door to door; two full-time posts; playing for one club and captaining another; a role used after it ended; acting in person after one's death or while on leave.",
    messages={
        "overlap": "{subject} is {first_state} {counterpart} {first_when}, and {second_state} {counterpart} "
                   "{second_when}: both hold {overlap}.",
        "conflict": "{subject} is {first_state} {first_when}, yet {second_state} {second_when}.",
        "closed": "'{thing}' is said to be out of use ('{state}') {first_when}, yet told in use here in {when}.",
        "absent": "'{thing}' is said to be absent ('{state}') {first_when}, yet told here in {when}.",
        "not_since": "{subject} is told elsewhere not to have done this since {since}, yet '{verb}' here is dated {when}.",
        "none_during": "'{none}' is told of '{period}', yet '{thing}' is told here at {when}, inside that period.",
    },
    notes={
        "wanted": "wanted by {counterpart} {when:since|until|from|in|at|on}",
        "bounty": "under a bounty from {counterpart} {when:since|until|from|in|at|on}",
        "sanctioned": "under sanctions of {counterpart} {when:since|until|from|in|at|on}",
        "designated": "designated a terrorist by {counterpart} {when:since|until|from|in|at|on}",
        "at-war": "at war with {counterpart} {when:since|until|from|in|at|on}",
        "imprisoned-by": "imprisoned by {counterpart} {when:since|until|from|in|at|on}",
        "ally": "an ally of {counterpart} {when:since|until|from|in|at|on}",
        "partner": "a partner of {counterpart} {when:since|until|from|in|at|on}",
        "cooperating": "cooperating with {counterpart} {when:since|until|from|in|at|on}",
        "coordinating": "coordinating with {counterpart} {when:since|until|from|in|at|on}",
        "in-prison": "in prison {when:since|until|from|in|at|on}",
        "suspended": "suspended from office {when:since|until|from|in|at|on}",
        "disqualified": "barred from holding office {when:since|until|from|in|at|on}",
        "died": "said to have died {when:since|until|from|in|at|on}",
        "in-exile": "in exile {when:since|until|from|in|at|on}",
        "away": "away from {place} {when:since|until|from|in|at|on}",
        "barred": "barred from {place} {when:since|until|from|in|at|on}",
        "exile-from": "in exile from {place} {when:since|until|from|in|at|on}",
        "fulltime": "in a full-time post ({place}) {when:since|until|from|in|at|on}",
        "posting": "in a diplomatic post ({place}) {when:since|until|from|in|at|on}",
        "chief": "chief executive of {place} {when:since|until|from|in|at|on}",
        "chief-rival": "at the head of a rival ({place}) {when:since|until|from|in|at|on}",
        "role-ended": "out of the post of {place} {when:since|until|from|in|at|on}",
        "in-office": "in office ('{word}') {when:since|until|from|in|at|on}",
        "office-as": "in office as '{word}' {when:since|until|from|in|at|on}",
        "playing": "playing for {place} {when:since|until|from|in|at|on}",
        "said": "said to have '{word}' {when:since|until|from|in|at|on}",
        "in-person": "said to have acted in person {when:since|until|from|in|at|on}",
        "competed": "said to have competed {when:since|until|from|in|at|on}",
        "head-of": "at the head of {place} {when:since|until|from|in|at|on}",
        "living": "living in {place} {when:since|until|from|in|at|on}",
        "working": "working in {place} {when:since|until|from|in|at|on}",
        "moved": "said to have moved to {place} {when:since|until|from|in|at|on}",
        "in-hospital": "in hospital {when:since|until|from|in|at|on}",
        "bedridden": "confined to bed {when:since|until|from|in|at|on}",
        "on-leave": "on leave or away on service {when:since|until|from|in|at|on}",
        "on-duty": "on duty {when:since|until|from|in|at|on}",
        "at-sea": "at sea {when:since|until|from|in|at|on}",
        "banned": "banned from competition {when:since|until|from|in|at|on}",
        "acting": "acting '{word}' {when:since|until|from|in|at|on}",
        "undone": "told undone here",
        "none-told": "none told here",
        "since-date": "since",
        "dated-here": "dated here",
        "told-in-use": "told in use here",
    },
    examples=[
        Example("وكان القائد سالم الجبوري حتى عام 2023 على قائمة المطلوبين للولايات المتحدة.\n"
                "وقال مسؤولون إن الجبوري بدأ التعاون مع واشنطن منذ عام 2016.", "ar", True),
        Example("وكان القائد سالم الجبوري حتى عام 2016 على قائمة المطلوبين للولايات المتحدة.\n"
                "وقال مسؤولون إن الجبوري بدأ التعاون مع واشنطن منذ عام 2017.", "ar", False),
        Example("President Omar Haddad was on the US wanted list until 2023. Haddad had been a "
                "US ally since 2016, officials said.", "en", True),
        Example("President Omar Haddad was on the US wanted list until 2023. Haddad has been a "
                "Russian ally since 2016, officials said.", "en", False),
    ],
)
def overlapping_exclusive_states(ctx, timeline_statements, date_mentions, name_mentions, date_ranges):
    """
    ## What it flags
    The same subject in two states that exclude each other towards the same counterpart over periods that overlap:
    wanted by, under a bounty or sanctions of, designated a terrorist by or at war with the United States — and an ally
    of, a partner of, cooperating or coordinating with it. "Wanted by the US until 2023" and "cooperating with the
    US-led coalition since 2016" both hold from 2016 to 2023. Counterparts are recognised through their aliases
    (`واشنطن`, `الأميركيين`, `التحالف الدولي`, "the US", "Washington"). One finding per subject and counterpart, on the
    first hostile statement, with every overlapping friendly statement as a related span. A counterpart may be the
    article's own government (`ظلت الحكومة ترصد مكافأة` … `حليفاً للحكومة منذ عام 2016`). Likewise, for one person:

    - in prison ("held at Kamiti Prison", "spent three years in Leeuhof prison") for a stated period (from … to,
      between … and, since; "since his arrest in May 2019", `منذ القبض عليه في فبراير 2021`: from that date on) and
      acting in person within it (`وقّع … من مكتبه`; the doer after "by" of a passive: "was chaired by Quint"): chairing, visiting, leading a march or a protest or a
      crowd through a town, addressing a rally, reciting a poem to an audience, giving a lecture, setting up a business
      ("gave a lecture to sixth-formers in Halifax in 2011", `ألقى محاضرته الشهيرة في باريس`, "set up a car-valeting
      business in Bradford"; a period may end at an event told with its date: `من 1979 حتى الإفراج عنه عام 1984`)
      ("in state prison, from 2015 to 2019" … "led hundreds of marchers … in the summer of 2017"; "from 2018 until
      his acquittal in 2021" … "in 2019, when he led street rallies"; `قاد صيف 2018 مسيرات`; `ألقى عام 1981 قصيدته
      … في مهرجان المربد`); not years spent "as a prison chaplain";
    - away from a place for a period (barred from returning, never set foot in it, "was away from
      Dalga … from May 15 to June 10", `غاب عن القرية`, `خارج السودان`, "has not
      returned to Bolivia since" a year, "left Ghana for Toronto in 2019 and stayed there until …
      November 2022" — a stay between two dates of a sentence bounds a period —, in exile from home) and performing, holding local office
      or acting in person there within it (in a script without capitals, the place after a
      preposition: `أشرف بنفسه على تشغيل … في القرية`) (`لم تطأ قدماها أرض لبنان بين عامي 2013 و2020` … `أحيت
      حفلات المهرجان … بين عامي 2015 و2018`; "met the strike leaders in person at the mine gate on
      June 30"). Places compare through their demonyms ("Chilean", `اللبنانية` — `الليبية` of
      `ليبيا` too); an act that names no place of its own, and a mayor's town, are taken to be at
      the article's home (its dateline's country, "ORURO, Bolivia, July 9" or "Beirut (Lebanon)",
      or a place whose demonym it uses);
    - a full-time post for a stated period and another post in another place or body within it
      ("full-time president of the rival Allied Rail Federation from 2011 to 2016" … "has led
      the NTU since 2012"; "a full-time surgeon in Lyon" … "ran a clinic in Dakar"; "has led the union
      full-time since 2019" … "the ministry's director of marketing from 2016 to 2022"; in Arabic a body
      named by a noun in construct, `مرصد باريس` against `مرصد أوكايمدن`, the noun alone told back, `المرصد`,
      the same body; a post told verb first, `وتولت سعاد عثمان إدارة مستشفى …`, its subject passed over);
    - a role said to have ended ("until she stepped down in 2016", "led the council until he resigned in 2019",
      "until his resignation in 2019" — the noun of the end after "until" or "before", not "calls for his
      resignation" —, `حتى استقالتها عام 2016`, `بين عامي 2013 و2018، قبل أن يعفى من مهامه`: a period told before
      the end word when no date follows it)
      and acted in at a later date ("in 2019, as chair", "when he was council leader in 2021",
      `بصفتها رئيسة`, `عندما كان رئيساً للبلدية عام 2019`; told by "then" or "acting as", "Pettifer, then the council's
      chief executive", "acting as treasurer", `الذي كان آنذاك رئيساً`; a deputy's post that ended, "deputy foreign minister
      until 2019", is not the post; the terms it was held for, "two consecutive terms", name no body); the end may come first ("stepped down as chair of
      the trust in 2019", `تنحت عن رئاسة الجمعية عام 2016`, `حتى تقاعده عام 2016`), or be a date that bounds the
      role ("chaired the Harbour Traders' Association from 2009 until 2015", `ترأس جمعية الصيادين من 2008 حتى 2014`, a
      range, `تولى منصب النقيب بين 2013 و2017`, the post told back, "the agency's former director, who held the post
      until 2014"), then only against a role acted in that names its body again in a word, or any when the bounded
      role names none ("as chairwoman of the traders' association"; not "as chair of the regional tourism board";
      the subject's name is no body; another post taken up on that date, "when she
      joined the council as planning director", is no change of this one), the role any post one person holds in
      a body (an inspector, an editor, a dean, a coach: "in his capacity as chief building inspector", two words
      before its noun), and a word of taking the role up again ("re-elected") counts in its own sentence only;
    - in exile or in prison for a stated period and doing within it what is done only at home and in person
      ("lived in exile between 1986 and 1990" … "in 1988, campaigned door to door");
    - playing for a club for a stated period and acting for another club within it ("played for
      Millbrook City from 2001 to 2009" … "in 2005, captained Ashdown Rovers", `في صفوف نادي
      الفجر` … `قاد فريق نادي الشروق`); a club is named as one ("Rovers", "City", `نادي`), so a
      national side ("captained Wales") is not another club;
    - two full-time posts in two places or bodies over overlapping periods, the person told in both sentences, by name
      or by a pronoun ("taught mathematics full-time … in Ulaanbaatar from 1994 to 2012" … "From 2005 to 2008 she lived in
      Erdenemandal, where she headed the district clinic full-time"; `بدوام كامل`, `متفرغاً`);
    - living in one town or country over a stated period, or spending it as something there ("lived in Amsterdam
      from 2010 to 2018", `أقام في باريس بين عامي 2005 و2015`, "spent 2014 to 2016 as a postdoctoral fellow … in
      Boulder", or doing something there, "spent 2019 and 2020 teaching English in Hanoi", "spent 2016 to 2020 driving trucks
      in Alberta" (any word in -ing but a state word, "living"), `أمضى الأعوام من 2011 إلى 2013 مغترباً في كندا`), and living, holding a post or a full-time post in another town within it ("ran a small gallery in
      Rotterdam from 2012 to 2015", `أدار مسرح الحمراء في دمشق`): the towns are the names after "in", `في`, `بمدينة`,
      and the person is named in both sentences ("lived in exile" is an exile); what is told after "where" (`حيث`)
      right after a place holds in that place ("lived in Lima, where he ran a bookshop");
    - living, working full time or posted in a town or country over a stated period, and acting in person
      ("personally", "himself", `شخصياً`, `بنفسه`) strictly inside it in a sentence that names no place, the town
      named nowhere else in the article (nor by its demonym) and the act not told "there" ("worked full-time for a
      port contractor in Singapore from 2014 to 2019" … "had personally inspected every pile of the wall in June
      2017", `أقام بين عامي 2011 و2018 في أستراليا متفرغاً` … `أشرف شخصياً عام 2015`; a posting's country, `سفير بلاده
      لدى كندا بين عامي 2015 و2020` … `قاد بنفسه عام 2018`): the act is where the story is set (:mod:`.away`); not in a
      year the period opens or ends by its year alone, nor an act whose sentence names another person;
    - a move home to one town in a year strictly inside a stated period of living, or working full time, in another
      ("spent 2012 to 2020 as a full-time systems engineer … in Noordwijk" … "In 2016 she moved back to Lindholm",
      `انتقل البلوشي للإقامة في مسقط`): the town is the name right after the words of the move, and the person is
      told in both sentences, by name or by a pronoun (a pronoun never stands for a name after "the": "the European
      Space Agency's centre"); a move in the year the period opens or ends may open or close it;
    - two diplomatic postings in different places over overlapping periods ("Jordan's ambassador in
      Baghdad from 2016 to 2020" … "permanent representative to the United Nations in New York
      between 2018 and 2022", `سفيرا في` … `مندوبا دائما لدى`; "Jordan" is no subject), or a posting abroad and
      a local office at home (`منصب قنصل الأردن العام في جدة بين 2015 و2020` … `ترأس المجلس البلدي لمدينة الرمثا من
      2016 إلى 2019`; a word of kinship in a short quoted phrase, `«ابن المدينة»`, names no relative);
    - two executive offices of two bodies (a minister, a director, a general manager, an ambassador, a head
      teacher, a dean), each told over a span of years, overlapping by more than a year, the person told in both
      sentences by name or by a pronoun ("deputy minister of energy from 2014 to 2020" … "ran the Kasama cement works as
      its general manager between 2016 and 2019", `نائب وزير الطاقة من 2014 إلى 2020` … `مديراً عاماً لشركة الإسمنت
      الوطنية بين عامي 2016 و2019`); not one office told twice (the same word), nor offices the sentence says were held
      at once ("also", "while", "acting", `بالإنابة`: ``[timeline] concurrent``);
    - chief executive of a company (or running it: "has run Cobrenor since 2020") over a period and of a rival within
      it ("chief executive of FreshKart from 2017 to 2021" … "in 2019, as chief executive of rival BasketNow", `قاد «طيران
      سحاب» رئيساً تنفيذياً` … `لشركة «نسمة للطيران» المنافسة`: the name beside the office);
    - banned from competition for a stated period (a doping or disciplinary ban) and a bout, race or match fought or
      won within it ("served a three-year suspension from all competition, from 2019 to 2022" … "In 2021 he knocked
      out …", `الإيقاف عن المنافسات من عام 2019 حتى 2022` … `وفي عام 2021 خاض الكردي نزالاً`; a race, bout or title won told by
      the event a few words after "won", "won the 400m medley at …", "a points win over Kemal Aydin", `فاز الشهري بسباق 400 متر
      متنوع`; a period ending at a month whose year words tell, "… and April this year"; `جدة`, a city, is not `جده`, kin;
      or at an event told with its date, "barred from all competition from June 2022 until his first-instance hearing in June 2023");
    - suspended from office for a stated period and acting in it within that period ("suspended from office from
      March 2021 to February 2022" … "in October 2021, as council president", `موقوفاً عن ممارسة مهامه` … `بصفته رئيساً للمجلس`,
      `أُوقف عن العمل` … "as market director": one word may stand before the role, not "deputy");
    - barred from holding any office for a stated period and a seat on a board or committee taken, or a role acted
      in, within it ("barred by the league from holding any office in football from 2009 to 2012" … "joined the
      board as vice-chairman in 2011", `ممنوعاً من تولي أي منصب رياضي بين 2009 و2012` … `انضم إلى مجلس إدارة النادي`);
    - in prison or detention for a stated period ("spent four years in the city's central prison"; remanded, `موقوف احتياطياً`), confined to bed
      ("bedridden", `ألزمه الفراش`), or in hospital ("spent all
      of August in a Beirut hospital", `طوال شهر آب في مستشفى`: a month or a year told whole is a period; "spent March 2022
      to February 2023 in pre-trial detention": a stay's verb opens its period), and present in
      person within it ("signed, in his office at the port in January 2022", "cut the ribbon … on Aug. 14");
    - aboard a ship for a stated period and acting in person within it ("aboard the research
      vessel, from November 2019 to April 2020" … "presided in person over its February 2020
      meeting", `على متن` … `ترأست بنفسها`);
    - on leave for a stated period (maternity, medical or study leave; seconded abroad, "seconded full-time to a
      tunnel project in Oslo", `معاراً إلى`; military service,
      a peacekeeping mission, `يؤدي الخدمة العسكرية`) and acting in person or by one's own hands within it ("on
      maternity leave from February until the end of May" … "cooked the first meal in the new kitchen herself on
      March 12", `وأجرى بيده في أبريل`; a period right before a state word bounds it rather than a date after a
      state word that excludes it; the subject may be a person named once, with a title before the name: "Team
      leader Chhay Vuthy, who served with a … peacekeeping mission …, said he personally led …");
    - said to have died in a year and named, in the sentence of the act, as acting in public or in person in a later
      one ("Teofilo Condori, who died in 2019" … "Condori personally urged members … at a 2021 assembly", `الذي توفي
      عام 2019` … `حضر بنفسه اجتماع … عام 2021`). A year alone dates an act after a determiner ("the 2016 campaign", "a
      2021 assembly"); a person named once before an act, after a clause's start and a title ("Her deputy, Ian Moller,
      attended", "…, vice-president Ivan Horvat acted"), is its subject.

    States are read from the structure of the sentence: a state word or a head word with its complement a few words on
    ("led … marchers", "barred … from returning to", `قاد تظاهرات`), the date that bounds it, and its subject (the last
    person named before it, one named inside it, for a role in apposition the person named right after it — "in 1998, as
    chair, Ortega signed" —, for a role acted in, the one person the sentence before names in its paragraph; for a
    subject pronoun in a sentence that names nobody before it — "He negotiated in person", `وقاد بنفسه`, "In 2021 he
    knocked out Germany's Tobias Wendt" —, the one person the sentence before names, in its paragraph or, when that
    sentence is itself told by the pronoun, in the paragraph before, no one when it names several, and the person
    counts as named twice; else the article's main person; not a relative's or a predecessor's: "his wife Nadia led marches", `سلفها`, a relative who
    opens the sentence with no one named after: `وكانت أرملته … وحضرت بنفسها`). An Arabic given
    name that is also a word, before a family name the article repeats alone, is a person (`حسام القاسم` … `خطب
    القاسم`); a date across a sentence's end dates both sentences; a stated period bounds the state word right before it,
    not one before that which it excludes (`يقود الاحتجاجات …، الذي احتُجز من نيسان حتى تموز`), and months told without
    their year run forward ("from April to July" in October: the April before that July) or take the
    year written at the range's end ("from June to September 2025"). An act told undone since a date and told done after
    it by the same person (:mod:`.not_since`: "lost his sight in 2019 and has not carved since" … "Quichua carved the
    doors himself last year"; "has not been seen in public since March 2021" … "was seen at the market in June 2022";
    `ولم ينحت منذ ذلك الحين` … `ونحت العبري … العام الماضي`); when the negation names what the act is done to, the
    other telling must share a word of it ("has not visited the capital" is not "visited the village market"). A
    thing told out of use over a stated period and in use within it (:mod:`.closures`: "The old covered market stood
    empty from 2011 until 2019" … "In 2015 she sold tortillas at that same market"; `ظل مخزن التقاوي الحكومي مغلقاً
    منذ فيضان عام 2020 حتى مطلع العام الجاري` … `آخر ما اشتراه من مخزن التقاوي الحكومي … في موسم 2022`): the thing
    is told by the words before the state word (before an aside between commas too), and named again beside a word
    of sameness ("that same market", `المبنى نفسه`, `تلك المدبغة`), after a preposition of place ("a vet at the
    clinic", `في العيادة`) or by two of its words together, or a subject of a word or two by its noun told as known
    ("The mill did not turn at all from 2019 to 2022" … "In 2021 the mill ground", `توقفت الجمعية` … `باعت الجمعية`),
    in a year strictly inside the period (in the closure's own sentence, after its period), with no repair, reopening
    or negation near; an act banned there is such a closure ("banned all fishing in the lagoon", `منعت البلدية الصيد
    كلياً في البحيرة`). Likewise a thing told absent over a
    period by a negation ("Not a single newborn calf was recorded in the Kampi pool between 2017 and 2022", "had no
    midwife at all between 2016 and 2022", `لم يُزرع القطن … من 2012 حتى 2022`) and told present within it by two of
    its words a few content words apart ("photographed a newborn calf … in the Kampi pool", "the midwife who has been
    posted on the island since 2019", `زرع حواشته قطناً في موسم 2016`); and nothing of a kind over a period ("bought no
    skins" over "2022, from February to October"; "has burned no coal" since a date; `لم تصنع الورشة تنوراً واحداً طوال
    صيف 2024`) and every word of it told in another sentence, with no negation, at a date inside the period, not the
    whole of it (:mod:`.none_during`: "In June 2022 the workshop delivered 120 finished skins"; not "a teacher of
    maths" for "no teacher of English").

    A full-time post at one body over a period, and a role that is itself a full-time job ([timeline.roles]
    full_time: a managing director, a head teacher; not a board's chair) acted in for another body the sentence
    names, inside that period: "ran the rival Brora Marine yard full-time from 2014 until 2020" … "signed by
    Tulloch as Kestrel's managing director in 2018". A role acted in for the same body, or naming none, is no
    clash; the body owning a role that opens a sentence ("In 2017, as Halden's managing director, Moore signed")
    is not its subject, and "as" between two capitalised words joins no name.

    A state told since a body's founding ("the first woman to lead the university since its founding in 1921",
    `منذ تأسيسها`: [timeline] since_founding) is a record over the body's whole history, not a post held since
    then; `شغلت عمادة الكلية بين 2012 و2018` (a post held, [timeline.acts.post] heads) is a post like `تولت`.

    Presence at a venue beside the action ("was trackside in Amman in March 2022", "ringside", `في المدرجات`:
    [timeline.states] in_person) is an act in person, which a stay in prison over that time excludes.

    A stay told as a whole month or year ("spent the whole of 2021 in Auckland") holds over all of it, so an act
    in person in one of its months falls inside; a stay told by its year alone may have been part of the year and
    does not. Days of one month told once ("in hospital from 4 to 25 July") bound a stay too, and a race ridden
    ("rode Harbour Light in a novice hurdle at Kempton") is competing in person, which no one in hospital or in
    prison does. A pronoun after a person of the other gender who says it ("Ms Hale said that in June 2018 he
    handed …") stands for the one person the sentence before names; a person named once with a title is the
    subject of their own sentence. Periods are told in the message as precisely as the article tells them ("from
    March 2018 to September 2019", "on 15 July 2023").

    A medal or a title told first and then won by the subject ("the silver medal he won at the Lucerne regatta in
    July 2021") is competing in person, which a ban from all competition excludes.

    In Arabic a ban told by a verb with the one banned between it and what they are banned from (`أوقف الاتحاد
    الخرابشة عن المشاركة في أي سباق`) is a ban from competition, and an edition of a race won (`توّج بنسخة عام
    2022`) is competing.

    A place in a race or a tournament ("finished fourth in the national road race championships"; not an
    election's race) and a tournament won are competing too.

    Two statements read from one stretch of text (a stay and the post held in it: `أقام في كندا بين عامي 2010
    و2019 متفرغاً للتدريس في جامعة بمقاطعة أونتاريو`) are one stay told whole, never a conflict.

    A provincial governor and an ambassador are executive offices too ("governor of Muthanna province from 2016
    to 2019" … "ambassador in Amman between 2015 and 2020", `منصب محافظ المثنى` … `سفيراً للعراق`): each holds
    one place full time.

    Suspended from duty for a stated period and on duty within it ("while on patrol", "on duty", `خلال دوريته`,
    `أثناء مناوبته`; `[timeline.states] on_duty`, a state of the "acted" group): the subject of the post worked
    in is, like a role acted in, the person named right after it ("In June 2021, while on patrol in Hulme, Doyle
    arrested …").

    ## Why it matters
    The story may mean it ("while wanted"), but an editor must see both: a date is wrong or an explanation is owed.

    ## Example
    `كان حتى عام 2023 على قائمة المطلوبين للولايات المتحدة` … `تعاون مع التحالف الدولي منذ عام 2016`.

    ## Not flagged
    States that follow each other (wanted until 2016, an ally from 2017), different counterparts, undated states, a
    state said to have ended (`رفع العقوبات`, "sanctions were lifted") before the other began, and two states whose
    overlap is open on one side ("until 2019" and "until 2023"); an act in the year of a death, or after it by someone
    the act's sentence does not name ("She attended"). A prison term, an absence or a full-time post without a
    stated start ("in prison until 2019"), and one "since" a date that the sentence ends at an undated event ("since 2004,
    until she took over its management", `منذ عام 2004، وبقيت فيه حتى تسلمت إدارته`), read as held that year only; an
    act after release; an act abroad while barred from home ("concerts in Paris"); a full-time post and a post of the same body under its initials; two periods of different kinds, one ending
    the year the other begins ("from 2016 to 2020" … "since 2020"); a role called former (`السابق`, "as former chair")
    or said to be taken up again ("re-elected chair", `أعيد انتخابه`); different people, also a role in apposition
    before a full name the article writes only once ("in 2019, as chair, Anna Liu signed"); a body or a town taken
    for a person (a name with a word of a body, "Brackenfield Zoo", and its short form; a name after "the", "joined the
    Kunsthal"; a name written after "in" or "the" half the times or more,
    or the dateline's town). A thing out of use and named again in the year its period opens or ends, or after it; a repair or a negation told of it within the period
    ("In 2016 the council repaired that same slaughterhouse", `ولم يعبر أحد على تلك العبارة`); the town of the story
    named again ("in this town").

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    done: set = set()   # a statement reported once, whatever pairs it is in ("died": acts, in person), and
    #                     two statements reported together once (as two full-time posts, and as a stay and a post)
    for first_group, second_group, scope in timeline_data(ctx.lexicon).pairs:
        _report_pair(ctx, timeline_statements, first_group, second_group, scope, done, name_mentions)
    for s, e, since, a, b, when, _ in not_since_conflicts(ctx, date_mentions, name_mentions):   # "has not carved since"
        ctx.report("not_since", a, b, related=[ctx.related(s, e, "told undone here"), ctx.related(since.start, since.end, "since"),
                                               ctx.related(when.start, when.end, "dated here")],
                   subject=_named(ctx, name_mentions, a), verb=ctx.text[a:b], since=since.text, when=when.text)
    told = set()
    for s, e, since, until, a, b, when, thing, state, absent in closure_conflicts(ctx, date_mentions, date_ranges):
        ctx.report("absent" if absent else "closed", s, e, related=[ctx.related(a, b, "told in use here"),
                                                               ctx.related(when.start, when.end, "dated here")],
                   thing=thing, state=state, first_when=f"from {since} to {until}", when=when.text)
        told.add(ctx.doc.sentence_index(s))
    for s, e, _, _, period, a, b, when in none_during_conflicts(ctx, date_mentions, date_ranges):   # "bought no skins"
        if ctx.doc.sentence_index(s) not in told:   # (a thing absent, told by the closures already)
            ctx.report("none_during", a, b, related=[ctx.related(s, e, "none told here"), ctx.related(when.start, when.end, "dated here")],
                       period=period, none=ctx.text[s:e], thing=ctx.text[a:b], when=when.text)


def _named(ctx, mentions, at: int) -> str:
    """The name told last before ``at``."""
    before = [m for m in mentions if m.start < at]
    return ctx.text[before[-1].start:before[-1].end] if before else ""


def _paired(done: set, st: Statement) -> bool:
    """Whether a statement is told already in a finding with another (an act in person at home
    against an absence from home: the same act against a stay abroad tells nothing more)."""
    return any(isinstance(x, tuple) and st.start in x for x in done)


def _report_pair(ctx, statements: list[Statement], first_group: str, second_group: str, scope: str,
                 done: set, people) -> None:
    """The overlaps between the statements of two exclusive groups, per subject (and counterpart)."""
    by_key: dict[tuple[str, str], list[Statement]] = collections.defaultdict(list)
    for st in statements:
        if st.group in (first_group, second_group):
            by_key[(st.subject, st.counterpart if scope == "counterpart" else "*")].append(st)
    for sts in by_key.values():
        _report_overlaps(ctx, [s for s in sts if s.group == first_group and s.start not in done],
                         [s for s in sts if s.group == second_group], scope, done, people)


def _report_overlaps(ctx, firsts: list[Statement], seconds: list[Statement], scope: str, done: set, people) -> None:
    """One finding per subject (and counterpart): the first statement of the first group that
    overlaps any of the second, with every overlapping one as a related span."""
    for h in firsts:
        overlapping = [(f, overlap(h, f) if scope not in ("after", "later", "moved") else
                        moved_within(h, f) if scope == "moved" else ended_before(h, f))
                       for f in seconds if in_scope(ctx.lexicon, scope, h, f, ctx.doc) and (f.named or scope != "later")
                       and (min(h.start, f.start), max(h.start, f.start)) not in done
                       and not (scope == "away" and (_paired(done, f) or others_named(ctx.doc, people, f)))
                       and not (same_or_next(h, f) if f.group == h.group else one_after_other(h, f))
                       # (two readings of one stretch of text: `أقام في كندا … متفرغاً للتدريس في جامعة`, one stay)
                       and not (h.start < f.end and f.start < h.end)]
        overlapping = [(f, ov) for f, ov in overlapping if ov]
        if not overlapping:
            continue
        f0, (lo, hi) = overlapping[0]   # (the span of the first: two others may not overlap each other)
        pub = ctx.doc.published
        span = f"from {lo.year} to {hi.year}" if lo.year != hi.year else f"in {lo.year}"
        related = [ctx.related(f.start, f.end, f"{_state(f, ctx)} {f.counterpart_text} {_when(f.since, f.until, f.group == 'ended', pub)}".replace("  ", " "))
                   for f, _ in overlapping]
        if scope == "counterpart":
            ctx.report("overlap", h.start, h.end, related=related, subject=h.subject_text,
                       counterpart=h.counterpart_label, first_state=_state(h, ctx), first_when=_when(h.since, h.until, h.group == "ended", pub),
                       second_state=_state(f0, ctx), second_when=_when(f0.since, f0.until, f0.group == "ended", pub), overlap=span)
        else:
            ctx.report("conflict", h.start, h.end, related=related, subject=h.subject_text,
                       first_state=_state(h, ctx), first_when=_when(h.since, h.until, h.group == "ended", pub),
                       second_state=_state(f0, ctx), second_when=_when(f0.since, f0.until, f0.group == "ended", pub), overlap=span)
        done.add(h.start)
        done.update((min(h.start, f.start), max(h.start, f.start)) for f, _ in overlapping)
        return
