"""DATE007: two dated (or timed) events joined by an order word — 'then', 'a week later', 'three
weeks after', ثم, بعد أن, قبل ذلك بيومين — whose dates run the other way or do not fit the
offset stated; and the other readings of lengths against the dates or stages they run over.

Long because: DATE007 is declared here with its explanation (`checker explain`) and each reading's report."""

from __future__ import annotations

import datetime as dt
from itertools import chain

import bisect
import re
from functools import lru_cache

from checker import Example, rule
from checker.language.matching import alternation, phrase_key, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .anchored import anchored_pairs, timed_named
from .came_after import came_pairs
from .begun_ended import reversed_spans, span_mismatches, time_span_mismatches
from .stages import listed_stages, stage_sums
from .ordinal_units import ordinal_beyond
from .begun_stages import stage_disorder
from .rounds import round_disorder
from .order import Order, clause_link, conjoined, find_orders, length_lead, near_bound_rx, new_clause, opening_words, since_rx, span_end_rx
from .persons import determiners
from .lengths import length_mismatches
from .times import extract_times
from .trailing import stress_words, trailing_order
from .verdicts import date_verdict, time_verdict, year_told

_MAX_GAP = 200          # characters between two linked dates
_MAX_AFTER = 90         # from "after"/"before" to the date of the event it introduces
_MAX_OFFSET = 50        # from an offset ("a week later") to the date it measures
_MAX_LEAD = 30          # from the first date to an "after"/"before" that hangs on its clause
_MAX_LEAD_OFFSET = 60   # the same for one with a stated offset ("…, three months after"), past an object
_MAX_ANAPHORA = 140     # from "That was a week after" to the date that ends the event it names
_CLAUSE_MARK = re.compile(r"[,،;؛]")
_LATER_REACH = 4        # sentences on from the first date that "two days later, on …" may stand
_LINK_WORDS = 4         # words linking an offset to the date it places ("on the morning of")
_NAME_THEN_CLAUSE = compiled(r"\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*[,،]\s*(.*)", re.S)   # "Gabriela, which …"
_CLAUSE_THEN_WORDS = compiled(r"\s*((?:[^\W\d_]+\s+){0,5}[^\W\d_]+)\s*[,،]\s*([^,،;؛—–]*)", re.S)   # "a report, issued on"
_COMMA_THEN = compiled(r"\s*[,،]\s*(.*)", re.S)   # ", on" after an offset
_COMMA = compiled(r"[,،]")
_CONVERTED = compiled(r"[^()\d]{0,20}\(\s*")   # from a time to another in brackets right after it


@rule(
    id="DATE007",
    name="chronology-mismatch",
    severity="warning",
    languages=["*"],
    summary="Two dated events joined by an order word ('then', 'a week later', ثم, بعد أن) whose dates "
            "run the other way or do not fit the stated offset.",
    messages={
        "then": "'{word}' says the event dated {second} came after the one dated {first}, but {second} is earlier.",
        "after": "'{word}' says the event dated {second} came before the one dated {first}, but {second} is later.",
        "offset": "'{word}' puts {second} {offset} {way} {first}, which the two dates do not fit.",
        "named": "{second} is not '{word}' {first}: the two dates do not fit.",
        "length": "'{length}' does not fit {first} to {second}, which is {days} days.",
        "stages": "The stages told before '{total}' make {days} days: they do not fit it.",
        "stages_listed": "The stages listed after '{total}' make {days} days: they do not fit it.",
        "span": "'{length}' does not fit {first} to {second}, which is about {months} months.",
        "span_years": "'{length}' does not fit {first} to {second}, which is about {years} years.",
        "time_span": "'{length}' does not fit {first} to {second}, which is {hours} hours.",
        "ordinal": "'{part}' begins {begins} days into '{range}', which runs {days} days.",
    },
    notes={
        "first-date": "first date",
        "second-date": "second date",
        "first-time": "first time",
        "second-time": "second time",
        "range": "the range",
        "stage": "a stage",
    },
    examples=[
        Example("وانضم إلى الحزب عام 2019 ثم انتخب نائباً عام 2017.", "ar", True),
        Example("وانضم إلى الحزب عام 2015 ثم انتخب نائباً عام 2017.", "ar", False),
        Example("He joined the party in 2019 and was then elected to parliament in 2017.", "en", True),
        Example("He joined the party in 2015 and was then elected to parliament in 2017.", "en", False),
        Example("The museum opened on 4 May 2021, and a week later, on 2 May, it closed.", "en", True),
        Example("The museum opened on 4 May 2021, and a week later, on 11 May, it closed.", "en", False),
    ],
)
def chronology_mismatch(ctx, date_mentions, date_ranges, day_ranges):
    """
    ## What it flags
    Two events, each dated (or timed), joined by a word that orders them, when the dates say the
    opposite or do not fit the offset the words state:
    - `ثم`, `لاحقاً`, `بعد ذلك`, `قبل أن`, "then", "later", "subsequently", "a week later", `بعد
      يومين`, "the next morning", `صباح اليوم التالي`, "followed" with no object ("A second explosion followed at
      2.05am": ``came_after``) put the second date after the first (two times of day
      around "the next morning" are on two days, and tell no order): "opened on 4 May, and a week later, on 2 May"
      (a part of the day may stand between: "two days later, on the morning of July 17", or a weekday, in the next
      sentence too: "three days later, on Friday, June 14"; `بعد
      يومين، صباح 17 يوليو`; so may a stress word, `بعد يومين فقط، في …`; the second date may be a day
      of the first date's month, `في الثلاثين من الشهر نفسه`, or of the month of publication, "on the
      10th of this month", `في العاشر من الشهر الجاري`; an offset of hours may reach the next day, "six hours after
      that, on Friday" after a Thursday, and two times each told with its own date are compared across midnight, "at
      10:40 p.m. on Thursday, June 6" … "six hours after that, at 1:50 a.m. on Friday"; a word of the next day between
      two times, or right after the second, sets them on two days: "at 4 p.m., then … the next morning at 9 a.m.",
      `ظهر اليوم التالي`; a length after "after" told before two times of its sentence is an offset from an event to the
      first, no length between them: `بعد أربع ساعات من اندلاعها، أي عند الساعة 5:30 فجراً، … حتى ظهر اليوم`);
    - `بعد أن`, `بعدما`, `إثر`, `بعد يومين من`, "after", "three weeks after", "earlier", `قبل
      ذلك بيومين` put it before: "Work began on 4 April 2022, three weeks after the trustees
      approved the plan on 25 April"; so do they after words opening a sentence that stand for the
      one before ("… on Feb. 20. That was a week after the board signed it on Feb. 27", `وجاء ذلك بعد`;
      "It followed a first debate in Arequipa on March 8"; not "in 2005, followed by declines in 2006"); a
      weekday before the date keeps it linked to the offset ("the day after the fire, on Friday, Aug. 1");
      and so do they when the clause they open names a document dated by a participle set off by a comma right
      before the date ("closed on April 14, after an engineering report, issued on April 20, found cracks",
      `بعد أن كشف تقرير الفحص، الصادر في 20 نيسان`: ``dated_participles``);
    - a competition's later round told with a day before an earlier round's (:mod:`.rounds`: "in the quarter-final
      on April 12" … "in the semi-final on April 10", `في ربع النهائي يوم 12 نيسان` … `في نصف النهائي يوم 10 نيسان`;
      rounds of one draw, at most two months apart);
    - a length in years against a range of years right after it ("held the post for eight years, from 2013 to 2024",
      `شغل المنصب ثماني سنوات، من 2013 حتى 2024`: ten to twelve years, the months untold); not a length in days;
    - a later stage of something begun on a day, told with a day before that start, or a count of days, weeks or
      months into it that the two days do not fit (:mod:`.begun_stages`: "Bidding opened on Feb. 10 … After the fifth
      round, on Feb. 7"; "Picking began on March 10 … Three weeks into the harvest, on March 17"; `بدأ الإضراب في 3
      أيار … وفي اليوم الخامس، في 1 أيار`); the start is a day told with a word of a start in the stage's sentence or
      the one before;
    - times of day too ("at 3.12am" … "eight minutes later, at 3.05am"; "at 1702 GMT"; told in words:
      `في العاشرة من مساء الأحد`, `قرابة منتصف الليل`, "around midnight", `ظهر اليوم` even right after a definite noun,
      `الخط المنفجر ظهر اليوم نفسه`; minutes to the hour, `الثالثة إلا خمس دقائق`), and the
      minutes of a match ("in the 34th minute" … "three minutes later, in the 51st minute", `في الدقيقة 34`); in the
      sentence after a time, an offset from an event that sentence tells ("left the port at 21:40" … "about 40 minutes
      after it left port, at 21:55", `اندلع الحريق نحو الساعة 3:10` … `بعد ربع ساعة من اندلاعه، عند الساعة 2:55`);
    - an offset from an event named right after "before"/"after" and dated by its relative clause ("four days before
      Gabriela, which broke through on Feb. 8");
    - an offset set off before the second date ("two days later, on Feb. 25") is the order of the two dates even
      where an "after" of an undated event stands before it ("defended it after a heavy crash … two days later, on Feb. 25"),
      and so is one of a length unsaid after "then" ("then began … days after that, on Feb. 6", `ثم بدأت بعد ذلك بأيام، في 6
      شباط`);
    - an offset from a named event, anywhere in the article (or "after" with no offset opening its sentence: "Following
      that report, on Oct. 9"): "two days after the vote, on May
      21" (or "two days before the vote, on May 17", `قبل يومين من اندلاع الحرائق، أي في 11`; "days before the
      collapse, on Feb. 24", `قبل أيام من الانهيار`: before it, a length unsaid)
      (to the month as well, for an offset of months or more: "approved … in September 2021" … "began in June
      2021, three months after the approval") when the one other sentence naming the vote (a word of it, one derived like it,
      `الاقتراع` / `اقترع`, or a word of one meaning, "the surgery" / "the operation", `الجراحة` / `العملية`, "detected" /
      "spotted", `رصد` / `اكتشاف`) dates it May 18, in another paragraph (:mod:`.anchored`; a sentence that names the event only
      after a word that places other things by it, "moved before landfall", `قبل افتتاح المعبر`, or after an offset from it,
      `قبل أيام من الاقتراع`, does not date it, nor, when another does, one whose dates stand away from the event's word
      in other clauses, "charged with organising a clandestine sailing …, serving since March 2022", but one
      that names it only after "after", "evacuated after the collapse on April 6", bounds it: "three days before the
      collapse" cannot be after April 6; for a date before the day of writing, a sentence that names the event only with
      dates to come, "will publish their report on the vote on June 9", does not date it either); the offset
      may follow its date, then in any paragraph: "approved on March 11, three weeks after it was
      signed", `في 11 مارس، بعد ثلاثة أسابيع من توقيعها`, and the event may be named inside the offset
      (`في 3 أيار، أي قبل الافتتاح بثلاثة أيام`); when several dated sentences share a
      word with the event, the one that tells its head word names it ("the official opening":
      "opened on Sept. 24", not "port officials said on Monday"); of several dates of that sentence,
      the one told right after the head word ("the fair, which opened on Saturday, March 2, … due to
      close on Tuesday", or the one right before its verb, `ليل 12 شباط وأغرقت`; a form IV verb and its form I noun
      name one event, `أغرقت` … `الغرق`; an event after "since" with its date is dated, "since its detention on Sunday,
      April 21"; an event of any kind, "the incident", `الحادثة`, `وقوعه`, that no other sentence dates counts from the last
      date before, unless its own sentence dates it; an earlier time of the event told after the offset, "had previously
      been seized", `سبق أن ضُبطت`, leaves the one told before it); a word telling the event again counts only near a word of it, with only stopwords
      between (not "by the end of the second day", `بنهاية اليوم الثاني`, which is no date of the publication
      either, nor "as second berth opens"); a sentence dated only by the report's own day ("…, officials said on
      Wednesday") dates no event. Times of day too: "landed at 11.20 a.m., 50 minutes after the alarm" … "The
      alarm was raised at 10.52 a.m." (an Arabic hour in words with its minutes and no part of the day read as
      written, like "8:30": `في الثامنة والنصف`; its minutes in digits or words: `الثالثة و40 دقيقة`, `الواحدة وخمسين
      دقيقة`; an offset of a quarter or half of an hour, or a unit and a half: "a quarter of an hour after", `بعد ربع
      ساعة من`, "an hour and a half after"; the time after the offset's comma may be approximate: `قرابة السابعة`,
      "at around 8am", "shortly after 4am", `بُعيد الرابعة`: ``near_bounds``; up to three words of ``date_links`` between
      the comma and the time, `بعد ساعتين من الانفجار، أي عند الساعة 10:50`).
    A stated offset, of one unit or two ("2 hours 41 minutes later", `بعد ساعتين و41 دقيقة`), is checked exactly up to
    six days ("two days later" from 12 June is 14 June;
    stressed, "only ten days after", it keeps its length)
    and with a margin beyond (a day, or 15 % of the offset: "a week" allows a day either way; 30 % for a rough
    one, "about four hours later", `بعد نحو أربع ساعات`; two minutes for one under an hour told to the minute, "54
    minutes later", `بعد 54 دقيقة`); an offset told as a bound is checked on its one side, with a narrow margin ("less
    than an hour later", `بعد أقل من ساعة`, "within a fortnight, on Aug. 30", `في غضون شهر واحد، في 29 أبريل`: not later than that;
    "and it took just five more days …, on Sept. 8", `واستغرق الأمر خمسة أيام أخرى`, is an offset too; "more than two years later": not 22 months); loose words ("days
    later", `بعد أيام`) check the order only. A date without a year takes the year that puts it nearest to the other
    date, and so does a month without one for an offset of up to four months ("in early December … barely three weeks
    later, on Jan. 29"; two months: "in January, … two months later, in June" is five months); for a longer offset under
    a year, two months go the way the order word says ("began in November and, nine months later, was finished in
    May" is six months); a month whose year is told in words ("in May this year", `في يوليو الماضي`) is dated like one
    with its year in figures; a weekday ("on Monday", `يوم الاثنين`) is placed by the publication date. A length told by
    a verb joined to the first date's is an offset too ("began in early May and took eight weeks, ending on July 30",
    `انطلقت مطلع أيار واستغرقت ثمانية أسابيع، لتنتهي في 30 تموز`), not a length of another thing ("a voyage that
    lasted 13 months"). A weekday written with the second date is the date's ("ten days before the formal opening on
    Monday, March 23"). An offset told right after the second date, set off by a comma, counts from the first
    (:mod:`.trailing`: "began in February and ended in July, eight months later", `انطلقت في فيفري وانتهت في
    جويلية الماضي، أي بعد ثمانية أشهر`; to the day, also from the last date of the sentence before: "began operating on
    Monday, Jan. 19" … "was loaded aboard a ship on Jan. 30, eight days later"), not "two years later than planned" nor one from another named event (`أي بعد
    يومين فحسب من نقل السفارة`). A length told right before the range of days it runs over, which the range does not fit
    (:mod:`.lengths`: "lasted 12 days, from Feb. 3 to Feb. 10", `امتدت 12 يوماً بين 3 و10 شباط`; a unit alone after a
    verb of length, "took a month and a half, between Oct. 20 and Nov. 3", `استمرت أسبوعين، من 2 إلى 27 يناير`; nights
    counted as days and ends told with a weekday and a part of the day, "six nights …, from the evening of Sunday,
    Dec. 7, to Tuesday, Dec. 9", `أربع ليالٍ …، من مساء الأحد 7 ديسمبر حتى صباح الثلاثاء`, also two days of a month
    written once, "four days, from Friday 13 to Sunday 15 June", `من الجمعة 13 إلى الأحد 15 جوان`; days of every week
    before the two weekdays that bound them, "six days a week, Monday to Friday", `ستة أيام في الأسبوع، من الاثنين إلى
    الجمعة`; a clause
    of when between, "for nearly two months when the river rose, from Jan. 26 until Feb. 9"; "only" after it, `في
    عشرين يوماً فقط، بين 9 تموز و24 آب`; a few words of its clause and a comma, "four months in the workshop, from
    mid-March to late September" — a range of months, also "the last week of August", for a length of weeks or months,
    and of days only when far off: `في عشرين يوماً، من مطلع أغسطس إلى الأسبوع الرابع من نوفمبر` —; a participle after
    its comma, "in just over a week, working from early August to the third week of September"; its noun and a verb, "a 10-day
    hygiene course that ran from April 1 to April 25", `دورة من عشرة أيام امتدت من`; or after the range and a dash,
    "from March 2 to March 20 — six weeks of work", not an offset: "…, two days after the storm"; the range counted
    with both ends or without one, and beyond a week with a margin). A sentence that tells when something began, when it ended and how long it took (:mod:`.begun_ended`: "The
    18-month construction, which started in March 2023 and ended last month", "began on May 1 and ended on May 20,
    lasting two weeks", `بدأ … في مارس 2023 وانتهى في نوفمبر 2024 في مشروع دام 12 شهراً`, "took eight months: it began in January and ended in June" (a bare first month the one before the second); the time it was done in,
    "dredged the reservoir in 40 days, starting in mid-October and finishing in early February", `في أربعين يوماً، بدأت
    منتصف أكتوبر ولم تنته إلا مطلع فبراير`; or two acts joined by "and",
    each with its date, and a length a verb tells: "joined on Nov. 2 and received their certificates on Dec. 14, after
    training that lasted three months" (or the noun of what filled it: "after six months of storage", `بعد ستة أشهر من
    التخزين`), "spent three months in the store, placed there on Jan. 20 and taken out on
    March 2", `أمضت بذور هذا الموسم ثلاثة أشهر في البرادات، إذ وُضعت فيها في 20 كانون الثاني وأُخرجت منها في 2 آذار`),
    with the room the dates' precision gives; not "18-month-old", nor "a 12-month lease" beside two joined acts, nor a
    sentence with a third date. Such a sentence whose end falls before its beginning ("began in March 2023 and was
    completed in November 2022"; yearless, `بدأ … في 3 أغسطس واكتمل في 12 يوليو، بعد خمسة أسابيع`, only where no
    other year can set them in order). An ordinal day, week or month of what a range was told of that begins after the
    range ends (:mod:`.ordinal_units`: "ran from June 1 to July 3, and only in its twelfth week", `من 1 إلى 20 آذار، وفي
    أسبوعها السادس`). A trip told by the times it left and arrived
    and how long it took ("left Metlaoui at 6 a.m. and reached Gabes at 4 p.m., after a journey that lasted five hours";
    told by participles, "a 14-hour journey, leaving the hatchery at 9 p.m. and reaching the valley at 5 a.m.",
    `غادر … على الساعة السادسة صباحاً ليصل … على الساعة الرابعة بعد الظهر، بعد رحلة دامت خمس ساعات`), round the clock
    for a night trip, with a margin of a quarter of an hour or 15 %; so is a span of the day told by its two ends ("for
    five hours a day, from 6 a.m. until 1 p.m.", `لمدة خمس ساعات يومياً، من السادسة صباحاً حتى الواحدة ظهراً`), also one
    restated after them ("from 6 a.m. until 2 p.m., or 10 hours", `، أي عشر ساعات`). Stages told one
    after another that do not make the whole told after them (:mod:`.stages`: "a week …, then ten days …, then two weeks …,
    so the whole cycle never exceeds three weeks", `أسبوعاً …، ثم عشرة أيام …، فلا تتجاوز الدورة كلها ثلاثة أسابيع`),
    or a whole told before a colon and its stages listed after it, each opening its item ("takes about a month:
    three weeks for the frame, two weeks for the embroidery and a last week for the stirrups", `يُنجز في نحو شهر:
    ثلاثة أسابيع …، وأسبوعان …، وأسبوع أخير …`; a whole told "about" within a quarter).

    Of several sentences that date the event an offset counts from, the one whose date lies within a few times the
    offset of the date counted ("two days after the sinking, on 11 January" … "sank on Monday 13 January", not "a
    barge sank in February 2023", an earlier one of its kind).

    An offset past which, after a comma, a word ends another span right before the date ("will leave within two
    weeks, with weekly shipments to follow until December", `حتى كانون الأول`) does not place that date.

    An offset told as a bound ("within two hours", "within the hour") puts the second time at most that long after
    the first, and never before it ("noticed the leak at about 6am … on site within the hour, at 5.15am").

    An event named by another word for it ("the walkout" for a strike, [event_subject] same_nouns) is that event:
    "A week before the walkout, on 13 June" after a strike begun on 12 June is out of order.

    "Later than" and "earlier than" compare a date with a plan ("will open on Oct. 4, more than a year later
    than first planned"): no offset from the date before. A unit a word after it stresses whole (`بعد أسبوع كامل
    من`, `شهرين كاملين`; `whole_after`) is the offset itself.

    An offset told by a unit with no number ("days after", `بعد أيام من`; up to weeks) is short: a month told
    without its year after it is placed nearest the other date ("a decision issued on April 17, days after the
    harvest began in late May").

    An event told by its verb after a word that opens a clause of its own (`بعد أن افتتحها وزير الصحة في 22
    شباط`; `[chronology] clause_openers`) is dated by the date of that clause, though it follows "after". Of two
    sentences naming the event an offset counts from, the one that tells a date right after the event's word, no
    mark between (`وقع التفجير فجر 14 فبراير 2022`), dates it rather than one with a date set off by commas
    before it (`استمعت المحكمة، أمس الثلاثاء، إلى … في قضية تفجير`). An event pointed back at ("two days after
    that meeting", `بعد يومين من ذلك الاجتماع`; `[chronology] demonstratives`) is the last one told before that
    names it, or, where none does, the event of the last sentence before with a written date (not "today" in a
    quotation); "after that" ending its phrase before a clause ("Two days after that, it signed") still counts
    from the date before.

    A weekday told alone is placed by the publication date, in the week either side of it; ordered with a
    written date outside that week ("began on Monday, March 11, after the court announced it on Sunday evening",
    published on the 21st), it may be of the written date's week, and nothing is held.

    An event told as the subject of a verb of happening, then an offset from another event and that event's date
    ("The vote came three days after the final interviews on Oct. 14", `وجاء القرار بعد يومين من اجتماع اللجنة
    في 27 ديسمبر`; `[chronology] happened`), is held at its own date to the day, told within a few words of its
    word in the one other sentence that names it ("voted unanimously on Oct. 11"): it must fit the offset from
    the other date.

    A word of an event no pattern derives is compared without its article (and a conjunction before it): "before
    the announcement of the results" (`قبل أسبوع من إعلان النتائج`) names the sentence that tells `نتائج` with
    its date.

    A word of order alone right after a date's comma, before an event named after it ("approved the contract on
    Tuesday, Dec. 13, before the signing", `قبل توقيعه`; `[chronology] bare_before`, `bare_after`), puts the
    date before (after) that event's date told in another sentence; no length is told, so only the order is
    held, and the sentence still dates its own event.

    The event after such a word of order alone must be a definite noun (`[chronology] bare_event`: "the", "its",
    `ال`, `ـه`): "brought under control on Aug. 6, after burning 300 hectares" tells the subject's own doing.

    A word of a unit that ends a name written with capitals ("a holiday for Arafat Day …, running from June 5 to
    June 8") is no length of the range after it.

    Not an order: a figure compared with its value at another time ("1.8% lower than a year earlier", "up 2.4%
    from a year earlier"), nor a day named with a weekday's word ("Black Friday", `الجمعة السوداء`: `[dates]
    named_days`), which is no weekday of the week.

    ## Why it matters
    A sequence that runs backwards means one of the dates is wrong, or the events were told in
    the wrong order; either way the reader is misled about what led to what.

    ## Example
    "FBI agents searched his home on March 29, 2021, and he was arrested two weeks later, on
    March 3."

    ## Not flagged
    A date right after a figure compared ("within four hours, up from 54% in September", `مقارنة بـ54% في سبتمبر`).
    A first date in a relative clause that a comma closes before the order word ("Of the 102 riders who started on
    Sunday, 97 remained in the race after Wednesday's stage": ``relative_pronouns``).
    A date after "since" where a length runs from ("after 19 days in custody since his arrest on 14
    January"; "still held since 6 February, after a judge … on Monday"). Events in the right order, a sequence word with another date between the two, dates in
    sentences apart (except, about days of the sentence before — in its paragraph or opening the
    next —, a sentence that opens with its order word — "After that, on 12 June" — or that
    writes an offset right before its date: "Crews moved in a month later, on 10 January"; the
    latter also up to four sentences on, with no date between: "the following morning, on Jan. 8" after Jan. 9; a
    year told of another thing after the day, in its sentence or one between, is no date between: "on the night of
    March 17 … a pipe laid in 1984. … two days later, on March 15"; "born in the village in 1951"), a time inside a bound ("less than an hour later" of ten
    minutes), an "after"/"before" separated from its date by
    a comma or told far from the first date (the dates are then other events'; with a stated offset it
    may stand past the object of the first date's verb, and further after a comma that hangs it on the main
    clause: ", a week before it launched … on the 14th of the same month", `، وذلك قبل أسبوع من …`), an offset told as a length ("worked as a ranger
    for 12 years before opening", `لمدة`), an order word with no offset whose date
    ends a clause of its own after a comma ("born in 1973 and previously ran a terminal in Churchill, Manitoba, before
    joining the port in 2020"; so too an offset told far from the later date, which measures to the date before it:
    "3,400 hectares on Sunday from 1,700 a day earlier, as winds pushed …, officials said on Monday") or tells an undated cause before another order word ("at 3 a.m. after an asthma attack,
    and an hour later, at …": the offset orders the two), "the then minister", "since then", an "after" in a clause of its own that a comma and a conjunction open after
    the first date ("built in 2008, and its tanks were rebuilt after a storm … in 2015"), a time in brackets right
    after another, its conversion ("06:42 UAE time (0242 GMT)"), and a month
    whose year was not written against no offset or a long one ("a year earlier").

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    doc = ctx.doc
    starts = [s.start for s in doc.sentences]
    dates = [_DatePoint(m) for m in date_mentions if _usable(m)]
    blocking = [m.start for m in date_mentions]
    times = extract_times(doc)
    for a, b in zip(dates, dates[1:]):
        i = bisect.bisect_left(blocking, a.end)
        if i < len(blocking) and blocking[i] < b.start:
            continue  # another date (a weekday, "yesterday", a bare year) between the two
        j = bisect.bisect_left(blocking, b.end)
        _check_pair(ctx, starts, a, b, blocking[j] if j < len(blocking) else len(ctx.text))
    for a, y, b in zip(dates, dates[1:], dates[2:]):   # "on the night of March 17 … a pipe laid in 1984. … two days
        #                                                 later, on March 15": no other date between (the year may
        #                                                 stand in a sentence between: "born in the village in 1951")
        if a.kind == y.kind == b.kind == "date" and a.m.precision == b.m.precision == "day" and y.m.precision == "year" \
                and doc.sentence_index(a.start) <= doc.sentence_index(y.start) < doc.sentence_index(b.start) \
                and set(blocking[bisect.bisect_left(blocking, a.end):bisect.bisect_left(blocking, b.start)]) <= {y.start, y.m.start}:
            j = bisect.bisect_left(blocking, b.end)   # (a year told of another thing after the day, in its sentence)
            _check_pair(ctx, starts, a, b, blocking[j] if j < len(blocking) else len(ctx.text))
    for r, s, e, days in length_mismatches(ctx, date_ranges, day_ranges):
        years = r.first.precision == r.second.precision == "year"   # ("eight years, from 2013 to 2024")
        ctx.report("span_years" if years else "span" if days >= 60 else "length", s, e,
                   related=[ctx.related(r.start, r.end, "the range")], length=ctx.text[s:e], first=r.first.text,
                   second=r.second.text, days=days, months=round(days / 30.44),
                   years=(r.second.year - r.first.year) if years else 0)
    for a, b, s, e, days in span_mismatches(ctx, date_mentions):   # "The 18-month construction, which started …"
        if any(f.span.start < e and s < f.span.end for f in ctx.findings):
            continue   # (told already as an offset: `انطلقت مطلع أيار واستغرقت ثمانية أسابيع، لتنتهي في 30 تموز`)
        rel = [ctx.related(a.start, a.end, "first date"), ctx.related(b.start, b.end, "second date")]
        ctx.report("span" if days >= 60 else "length", s, e, related=rel, length=ctx.text[s:e], first=a.text,
                   second=b.text, days=days, months=round(days / 30.44))
    for key, (s, e, made, whole, parts) in chain((("stages", x) for x in stage_sums(ctx)),
                                                 (("stages_listed", x) for x in listed_stages(ctx))):
        # "a week, then ten days, then two weeks: the whole never exceeds three weeks"; "about a month: three weeks …"
        ctx.report(key, s, e, related=[ctx.related(a, b, "a stage") for a, b in parts], total=ctx.text[s:e], days=made)
    for r, s, e, begins, days in ordinal_beyond(ctx, [*date_ranges, *day_ranges]):   # "ran from June 1 to July 3 … in its twelfth week"
        ctx.report("ordinal", s, e, related=[ctx.related(r.start, r.end, "the range")], part=ctx.text[s:e],
                   range=ctx.text[r.start:r.end], days=days, begins=begins)
    for a, b, s, e in reversed_spans(ctx, date_mentions):   # "began on Aug. 3 and was completed on July 12"
        ctx.report("then", s, e, related=[ctx.related(a.start, a.end, "first date"), ctx.related(b.start, b.end, "second date")],
                   word=ctx.text[s:e], first=a.text, second=b.text)
    for a, b, s, e, minutes in time_span_mismatches(ctx, times):   # "left at 6 a.m. … at 4 p.m., … lasted five hours"
        ctx.report("time_span", s, e, related=[ctx.related(a.start, a.end, "first time"), ctx.related(b.start, b.end, "second time")],
                   length=ctx.text[s:e], first=a.text, second=b.text, hours=f"{minutes // 60}:{minutes % 60:02d}")
    for s, e, a, b, kind, offset in stage_disorder(doc, date_mentions):   # "Bidding opened on Feb. 10 … After the
        ctx.report(kind, s, e, related=[ctx.related(a.start, a.end, "first date"),   # fifth round, on Feb. 7"
                                        ctx.related(b.start, b.end, "second date")],
                   word=ctx.text[s:e], first=a.text, second=b.text, offset=offset, way="after")
    if (rounds := round_disorder(doc, date_mentions)) is not None:   # "the quarter-final on April 12" … "the semi-final on April 10"
        (ls, le, ld), (es, ee, ed) = rounds
        ctx.report("then", ls, le, related=[ctx.related(es, ee, "first date"), ctx.related(ed.start, ed.end, "first date"),
                                            ctx.related(ld.start, ld.end, "second date")],
                   word=ctx.text[ls:le], first=ed.text, second=ld.text)
    points = dates + [_TimePoint(t) for t in times if t.clock]
    told = {(r.span.start, r.span.end) for f in ctx.findings for r in f.related if r.span is not None}
    for a, b, order, verdict in anchored_pairs(ctx, points, date_mentions):
        if (b.start, b.end) not in told:   # (a date another reading has already set against this one)
            report_order(ctx, a, b, order, verdict, doc.sentence_at(b.start).start)
    for a, b, order, verdict, base in came_pairs(ctx, points, date_mentions):   # "The vote came three days after …"
        if (a.start, a.end) not in told and (b.start, b.end) not in told:
            report_order(ctx, a, b, order, verdict, base)
    leads = sorted(min(m.start, m.weekday.start) if m.weekday is not None else m.start for m in date_mentions)
    links = _date_links(ctx.doc.lexicon)
    kept = [t for i, t in enumerate(times) if not (i and _CONVERTED.fullmatch(ctx.text, times[i - 1].end, t.start))]
    for a, b in zip(kept, kept[1:]):   # (not a time in brackets after another, its conversion: "06:42 UAE time (0242 GMT)")
        if a.clock != b.clock:
            continue   # a time of day and a match's minute: two clocks
        i = bisect.bisect_left(leads, a.end)
        if i < len(leads) and leads[i] < b.start and len(doc.text[a.end:leads[i]].strip()) > 3 and \
                not all(normalize_text(w).lower() in links or w.isupper() for w in doc.text[a.end:leads[i]].split()):   # ("at 01:42 GMT on Tuesday")
            continue  # a date between two times: not one day's sequence (but "at 2.30am yesterday", "at 10:40 p.m.
            #           on Thursday, June 6": the first time's own date)
        _check_pair(ctx, starts, _TimePoint(a), _TimePoint(b))


def _usable(m) -> bool:
    if m.form == "weekday":     # "on Monday", placed by the publication date
        return m.day is not None and m.interval() is not None
    if m.form not in ("words", "numeric", "year", "season") or m.bare_year:
        return False
    if year_told(m):
        return m.interval() is not None
    return m.precision in ("day", "month") and m.calendar == "gregorian" and len(m.months) == 1


class _DatePoint:
    kind = "date"

    def __init__(self, m):
        self.m, self.start, self.end, self.text = m, m.start, m.end, m.text
        self.daily = m.precision == "day"


class _TimePoint:
    kind = "time"
    daily = True

    def __init__(self, t):
        self.t, self.start, self.end, self.text = t, t.start, t.end, t.text


def _check_pair(ctx, starts: list[int], a, b, limit: int = 0) -> None:
    """``limit``: where the next date after ``b`` starts, for an offset told after ``b``."""
    sa, sb = bisect.bisect_right(starts, a.start) - 1, bisect.bisect_right(starts, b.start) - 1
    if b.start - a.end > _MAX_GAP and not (sa < sb <= sa + _LATER_REACH and b.start - starts[sb] <= _MAX_GAP):
        return   # far apart, unless the second date opens a following sentence's first clauses
    order = None
    if sa == sb:
        wd = b.m.weekday.start if b.kind == "date" and b.m.weekday is not None else b.start   # "on Monday, March 23"
        order = _order_between(ctx, a.end, wd if a.end <= wd < b.start else b.start, a.kind == "date" and a.daily)
        lead = ctx.doc.normalized_slice(max(starts[sa], a.start - 40), a.start)
        if order is not None and order.minutes is None and (since := since_rx(ctx.doc.lexicon)) is not None \
                and since.search(re.split(r"[,،;؛]", lead)[-1]):
            return   # "still held since his arrest on 6 Feb, after a judge … on Monday": a state's start
        if order is not None and _in_relative(ctx, re.split(r"[,،;؛]", lead)[-1], a.end, wd):
            return   # "Of the riders who started on Sunday, 97 remained … after Wednesday's stage"
    elif sa < sb <= sa + _LATER_REACH and a.daily and b.daily:   # a following sentence
        # opening the next paragraph, or a sentence further on, only "a week later, on …" (no date
        # between): "four days after the landslide, on 19 March" there is measured from an event
        # of its own; so is "34 minutes after lift-off, at 1021 GMT" in a sentence after a time
        apart = sb > sa + 1 or ctx.doc.paragraph_at(a.start) is not ctx.doc.paragraph_at(b.start)
        lead = b.m.weekday.start if b.kind == "date" and b.m.weekday is not None and b.m.weekday.start < b.start else b.start
        order = (_order_opening(ctx, ctx.doc.sentences[sb].start, lead) if sb == sa + 1 else None) or \
            _order_before_date(ctx, ctx.doc.sentences[sb].start, lead, named=not apart and a.kind == "date")   # ("…, on Friday, June 14")
        if order is None and not apart and a.kind == "time" and sb == sa + 1:   # "… 40 minutes after it left port, at
            order = timed_named(ctx, sa, ctx.doc.sentences[sb].start, lead)     # 21:55", the time before the leaving's
        if order is not None and apart and order.kind not in ("later", "earlier"):
            return
    base = a.end if sa == sb else ctx.doc.sentences[sb].start
    if order is None and (sa == sb or sb == sa + 1 and a.daily and b.daily) and a.kind == "date" and limit:
        # "…, eight months later"; in the next sentence, to the day: "…, on Jan. 30, eight days later"
        sentence = ctx.doc.sentences[sb]
        end = max(b.end, b.m.relation_span[1] if b.m.relation_span else 0)   # ("in July last year, …")
        order, base = trailing_order(ctx, end, min(limit, sentence.end)), end
    if order is None:
        return
    if a.kind != "date" and (order.minutes is None or _unit_alone(ctx, base, order)) and (
            _next_day(ctx, base, order) or _next_day_told(ctx, a.end, b.end)):
        return   # "leaves at 8 p.m. and arrives at 9 the next morning; the return leaves at 5 p.m."; "at 4 p.m.,
        #          then … the next morning at 9 a.m." (a morning is no length of time)
    if a.kind == "date" and _weekday_elsewhere(a.m, b.m, ctx.doc.published):
        return   # "began on Monday 11 March, after the court announced it on Sunday evening" (published on the
        #          21st): the weekday is of the week of the date beside it, not of the publication's
    verdict = date_verdict(a.m, b.m, order) if a.kind == "date" else time_verdict(a.t, b.t, order)
    if verdict is None:
        return
    report_order(ctx, a, b, order, verdict, base)


_WEEK = dt.timedelta(days=7)   # a weekday alone is placed in the week either side of the publication date


def _weekday_elsewhere(a, b, published) -> bool:
    """Whether one of two dates is a weekday alone, placed by the publication date, and the other a
    written date outside the week either side of it: the weekday may be of the written date's week."""
    if (a.form == "weekday") == (b.form == "weekday") or published is None:
        return False
    other = (b if a.form == "weekday" else a).interval()
    return other is not None and (other[1] < published - _WEEK or other[0] > published + _WEEK)


@lru_cache(maxsize=32)
def _next_day_rx(lex):
    words = lex.section("chronology", {}).get("next_day", [])
    return word_regex(lex, [normalize_text(w) for w in words]) if words else None


def _next_day(ctx, base_at: int, order: Order) -> bool:
    """Whether the order phrase (its offsets counted from original ``base_at``) puts the second
    event on the next day ("the next morning", `صباح اليوم التالي`)."""
    rx, view = _next_day_rx(ctx.doc.lexicon), ctx.doc.normalized
    base = view.from_original(base_at)
    return rx is not None and rx.search(view.text, base + order.start, base + order.end) is not None


_NEXT_DAY_AFTER = 24   # characters after a time where a word of the next day may tell its day (`ظهر اليوم التالي`)


def _next_day_told(ctx, start: int, end: int) -> bool:
    """A word of the next day between two times, or right after the second, in its sentence."""
    rx, view, sent = _next_day_rx(ctx.doc.lexicon), ctx.doc.normalized, ctx.doc.sentence_at(end - 1)
    limit = min(end + _NEXT_DAY_AFTER, sent.end if sent is not None else end)
    return rx is not None and rx.search(view.text, view.from_original(start), view.from_original(max(end, limit))) is not None


def _unit_alone(ctx, base_at: int, order: Order) -> bool:
    """The order's offset is a unit told alone, no number ("the next morning", `صباح اليوم التالي`)."""
    if order.offset is None:
        return False
    base = ctx.doc.normalized.from_original(base_at)
    told = ctx.doc.normalized.text[base + order.offset[0]:base + order.offset[1]]
    return len(told.split()) == 1 and not any(c.isdigit() for c in told)


def _dated_by_relative(ctx, rest: str) -> bool:
    """What follows "before"/"after" up to the second date is the event's name (three words at most),
    a comma and a relative clause of it with no other mark ("Gabriela, which broke through on"); or
    a short clause, a comma and a participle that dates a document of it, right before the date
    ("after an engineering report, issued on")."""
    rx = relative_rx(ctx.doc.lexicon)
    m = _NAME_THEN_CLAUSE.fullmatch(rest)
    if rx is not None and m is not None and rx.match(m.group(2)) is not None \
            and not any(c in m.group(2) for c in ",،;؛—–"):
        return True
    m = _CLAUSE_THEN_WORDS.fullmatch(rest)
    dated = dated_participle_rx(ctx.doc.lexicon)
    return dated is not None and m is not None and dated.fullmatch(m.group(2).strip()) is not None


@lru_cache(maxsize=32)
def dated_participle_rx(lex):
    """A dated participle and the words that link a date after it ("issued on", `الصادر في`)."""
    section = lex.section("chronology", {})
    words, links = section.get("dated_participles", []), section.get("date_links", [])
    if not words:
        return None
    return compiled(rf"(?:{alternation(words)})(?:\s+(?:{alternation(links) or '(?!)'}))?", re.I)


def _in_relative(ctx, lead: str, end: int, until: int) -> bool:
    """The first date stands in a relative clause (a relative pronoun in its clause before it) that a
    comma closes before the second date."""
    rx = relative_rx(ctx.doc.lexicon)
    return rx is not None and rx.search(lead) is not None and \
        _COMMA.search(ctx.doc.normalized_slice(end, until)) is not None


@lru_cache(maxsize=32)
def relative_rx(lex):
    words = lex.section("chronology", {}).get("relative_pronouns", [])
    return word_regex(lex, words) if words else None


def report_order(ctx, a, b, order: Order, verdict: str, base_at: int) -> None:
    """Report the order phrase ``order`` (its offsets counted from original ``base_at``) that
    the dates of ``a`` and ``b`` do not fit."""
    view = ctx.doc.normalized
    base = view.from_original(base_at)
    s0, e0 = view.to_original(base + order.start, base + order.end)
    kind = verdict if verdict == "offset" else ("then" if order.direction > 0 else "after")
    offset = ""
    if order.offset is not None:
        o0, o1 = view.to_original(base + order.offset[0], base + order.offset[1])
        offset = ctx.text[o0:o1]
    word = ctx.text[s0:e0]
    if kind == "offset" and not order.bound and (word == offset or word.split()[0].lower() in determiners(ctx.doc.lexicon)
                             and word.split()[1:2] == [offset]):
        kind = "named"   # "the morning after", `غداة`: a unit alone, told as a moment, not a length
    ctx.report(kind, s0, e0, related=[ctx.related(a.start, a.end, "first date"),
                                      ctx.related(b.start, b.end, "second date")],
               word=ctx.text[s0:e0], first=a.text, second=b.text, offset=offset,
               way="after" if order.direction > 0 else "before")


def _order_between(ctx, start: int, end: int, daily: bool = False) -> Order | None:
    """The order phrase between two dates of one sentence: the one with an offset if any, else
    the first; none when they disagree, or when an "after"/"before" is cut from the second date
    by a comma (the date then belongs to another clause)."""
    text = ctx.doc.normalized_slice(start, end)
    orders = find_orders(ctx.doc.lexicon, text)
    if orders and (length := length_lead(ctx.doc.lexicon)) is not None:   # "worked … for 12 years before
        orders = [o for o in orders if not length.search(text, max(0, o.start - 12), o.start)]   # opening": a length
    if len({o.direction for o in orders}) > 1 and (linked := _linked_offset(ctx, orders, text)) is not None:
        orders = [linked]   # "defended it after a heavy crash … two days later, on Feb. 25": the offset set off
        #                     before the second date is the one that places it
    if len({o.direction for o in orders}) > 1:   # (an "after" whose clause ends before the next order word
        orders = [o for o, nxt in zip(orders, orders[1:] + [None]) if not (   # tells an undated cause: `إثر نوبة ربو،`)
            nxt is not None and o.kind in ("after", "before") and o.minutes is None and _CLAUSE_MARK.search(text, o.end, nxt.start))]
    if not orders or len({o.direction for o in orders}) > 1:
        return None
    order = _came_after(ctx, next((o for o in orders if o.minutes is not None), orders[0]), text)   # ("followed at")
    # an offset measures to the date right after it ("a week later, on …"), or, after "after" or
    # "before", to the date that ends its clause ("three weeks after the minister signed it on Feb. 12")
    reach = _MAX_AFTER if order.kind in ("after", "before") and not _CLAUSE_MARK.search(text, order.end) else _MAX_OFFSET
    if order.minutes is not None and len(text) - order.end > reach:
        order = Order(order.start, order.end, order.kind, None)  # the offset is another clause's (so read before the
        #     clause test below: "3,400 hectares on Sunday from 1,700 a day earlier, as …, officials said on Monday")
    if order.minutes is None and order.kind in ("later", "earlier") and \
            _CLAUSE_MARK.search(re.sub(r"^\s*[,،]", "", text[order.end:])):
        if orders[-1].kind not in ("later", "earlier") or _linked_offset(ctx, orders, text, True) is None:
            return None   # "born in 1973 and previously ran a terminal in Churchill, Manitoba, before
            # joining the port in 2020": the date ends a clause of its own ("later, on 11 May" does not, nor
            # `ثم بدأت بعد ذلك بأيام، في 6 شباط`: the last order phrase, its length unsaid, set off before the date)
        order = orders[-1]
    if (since := since_rx(ctx.doc.lexicon)) is not None and since.search(text, order.end):
        return None   # "after 19 days in custody since his arrest on 14 January": the date a length runs from
    if (until := span_end_rx(ctx.doc.lexicon)) is not None and _CLAUSE_MARK.search(text, order.end) \
            and until.search(text, order.end):
        return None   # "within two weeks, with weekly shipments until December": the date ends another span
    if (fig := _compared_rx(ctx.doc.lexicon)) is not None and fig.search(text, order.end):
        return None   # "… within four hours, up from 54% in September": the date is the compared figure's
    if order.kind in ("after", "before"):
        rest = text[order.end:]
        if (timed := _timed_after(ctx, order, rest)) is not None:
            return timed
        lead = _MAX_LEAD_OFFSET if order.minutes is not None and daily else _MAX_LEAD   # (a day's date)
        if order.minutes is not None and daily and clause_link(ctx.doc.lexicon).search(text[:order.start]):
            lead = _MAX_AFTER   # ", a week before …", `، وذلك قبل أسبوع من …`: a clause on the main one
        if order.start > lead or len(rest) > _MAX_AFTER or any(c in rest for c in ",،;؛—–") \
                and not _dated_by_relative(ctx, rest):
            return None   # (a comma or a dash closes the clause of the event "after" names, unless a relative
            #             clause of that event dates it: "four days before Gabriela, which broke through on")
        if conjoined(ctx.doc.lexicon, text[:order.start]) or new_clause(ctx.doc.lexicon, text[:order.start]):
            return None  # "A in 1929, and after several redesigns B in 1934": B's own clause; "built in 2008,
            #   and its tanks were rebuilt after a storm … in 2015": "after" orders the tanks' rebuilding
    return order


@lru_cache(maxsize=32)
def _compared_rx(lex):
    """A word of a figure compared (``[chronology] compared``: "up from"), the figure, its unit and a word that
    links a date, right before the date."""
    c = lex.section("chronology", {})
    words, links = c.get("compared", []), [normalize_text(w).lower() for w in c.get("date_links", [])]
    if not words or not links:
        return None
    return compiled(rf"(?<![^\W\d_])(?:{alternation([normalize_text(w).lower() for w in words])})\s*\d[\d,.]*\s*"
                    rf"(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+(?:{alternation(links)})\s*$")


def _near_bound_cut(ctx, text: str) -> str:
    """``text`` without a word that sets the date right after it near ("shortly after 4am", `بُعيد`)."""
    rx = near_bound_rx(ctx.doc.lexicon)
    m = rx.search(text) if rx is not None else None
    return text[:m.start()] if m is not None else text


@lru_cache(maxsize=32)
def _date_links(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("chronology", {}).get("date_links", []))


def _linked_offset(ctx, orders: list[Order], text: str, bare: bool = False) -> Order | None:
    """The last order phrase, when it states an offset (or, ``bare``, any) and only a comma and the words
    that link a date ("on", `في`) stand between it and the second date ("two days later, on")."""
    last = orders[-1]
    if last.minutes is None and not bare:
        return None
    m = _COMMA_THEN.fullmatch(_near_bound_cut(ctx, text[last.end:]))
    links = _date_links(ctx.doc.lexicon)
    return last if m is not None and len(m.group(1).split()) <= 2 and all(w.lower() in links for w in m.group(1).split()) else None


@lru_cache(maxsize=32)
def _came_after_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("chronology", {}).get("came_after", []))


def _came_after(ctx, order: Order, text: str) -> Order:
    """"A second explosion followed at 2.05am": a verb of following with no object, only the words that
    link a date between it and the date, puts its event after the one before; else ``order``."""
    if order.minutes is not None or text[order.start:order.end].lower() not in _came_after_words(ctx.doc.lexicon):
        return order
    gap = text[order.end:].split()
    links = _date_links(ctx.doc.lexicon)
    if not 1 <= len(gap) <= 2 or any(w.lower() not in links for w in gap):
        return order
    return Order(order.start, order.end, "later", None)


def _timed_after(ctx, order: Order, rest: str) -> Order | None:
    """"came to rest 40 minutes after take-off, at 9.42pm": a stated offset after an event named
    in a few words, then a comma and the date of the main clause, which comes that long after the
    first date."""
    if order.kind != "after" or order.minutes is None:
        return None
    links = _date_links(ctx.doc.lexicon)
    m = re.match(r"([^,،]*)[,،](.*)$", rest, re.S)
    if m is None:
        return None
    words = m.group(2).split()
    if not 1 <= len(m.group(1).split()) <= 3 or len(words) > 3 or any(w.lower() not in links for w in words):
        return None
    return Order(order.start, order.end, "later", order.minutes, order.offset)


def _order_opening(ctx, sentence_start: int, end: int) -> Order | None:
    """"After that, on 12 June": an order phrase that opens the sentence of the second date; or
    "after"/"before" after words that stand for the sentence before ("That was a week after the
    board signed the contract on Feb. 27", `وجاء ذلك بعد أسبوع من توقيع العقد في 27 شباط`)."""
    text = ctx.doc.normalized_slice(sentence_start, end)
    orders = find_orders(ctx.doc.lexicon, text)
    if not orders:
        return None
    o = orders[0]
    openers, anaphora = opening_words(ctx.doc.lexicon)
    lead = text[:o.start].strip(" ,،\"'“«").lower()
    if o.kind in ("after", "before") and lead in anaphora:
        rest = text[o.end:]   # "That was a week after the board, meeting in session, signed it on Feb. 27"
        return o if len(rest) <= _MAX_ANAPHORA and (rest.count(",") + rest.count("،")) % 2 == 0 else None
        #      (commas in pairs: an aside; the dates paired are next to each other, none between)
    if o.kind not in ("later", "earlier"):
        return None
    if (lead and lead not in openers) or len(text) - o.end > 25:
        return None
    return o


def _order_before_date(ctx, sentence_start: int, end: int, named: bool = True) -> Order | None:
    """"She lodged a complaint a week later, on March 9", "reached the town four days after the
    flood, on Aug. 19": an order phrase anywhere in the sentence of the second date, right before
    that date (a comma and a word that links a date between); the second kind only when
    ``named``."""
    text = ctx.doc.normalized_slice(sentence_start, end)
    orders = find_orders(ctx.doc.lexicon, text)
    if not orders:
        return None
    last = orders[-1]
    if last.kind not in ("later", "earlier") and (last := _came_after(ctx, last, text)).kind not in ("later", "earlier"):
        return _timed_after(ctx, last, text[last.end:]) if named else None
    links = _date_links(ctx.doc.lexicon)
    gap = _near_bound_cut(ctx, text[last.end:]).replace(",", " ").replace("،", " ").split()
    if gap and phrase_key(gap[0]) in stress_words(ctx.doc.lexicon):
        gap = gap[1:]   # `بعد يومين فقط، في 30 أيار`
    return last if len(gap) <= _LINK_WORDS and all(w.lower() in links for w in gap) else None
