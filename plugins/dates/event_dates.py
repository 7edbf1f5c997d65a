"""DATE008: one event that happens once given two dates that cannot both hold, over the events
of :mod:`.events` (:func:`_conflicts` is shared with DATE009, which leaves such pairs to it).

Long because: the rule's docstring is its whole explanation (`checker explain`), reading after reading;
its readings live in the modules it imports."""

from __future__ import annotations

import heapq
import re
from functools import lru_cache

from rapidfuzz import fuzz

from checker import Example, rule
from checker.language.frequency import known_word
from checker.language.normalize import normalize_text

from .changes import STRIP, Changes
from .event_data import _data
from .events import _TOKEN, Event
from .editions import edition_starts
from .event_order import disordered_pairs
from .firsts import first_pairs
from .titled import titled_pairs

_OPENING_QUOTES = ('"', "«", "“")
from .open_events import _bodies
from .order import since_rx
from .scan import same_day
from .owners import owned_apart as _owned_apart
from .subjects import _head, named_as, same_subject

_SINCE_REACH = 16   # characters before a telling where "since" may stand


def _related(a: Event, b: Event) -> bool:
    """One event: words of one class; for an ordinal's event (its object already shared), one
    root in any derived form (`أصدر روايته الأولى` / `صدور روايته الأولى`)."""
    if not a.kind.startswith("first "):
        return True      # seeds of one class: synonyms (`انطلق` / `تأسيس`)
    return "*" in a.keys or "*" in b.keys or bool({k.split(":")[0] for k in a.keys} & {k.split(":")[0] for k in b.keys})


def _planned(doc, ev, plans: frozenset[str]) -> bool:
    """A telling a plan word stands shortly before ("first planned for a launch in 2014"): a plan,
    not when the event happened (two plans can still disagree)."""
    return any(w.strip(STRIP) in plans for w in doc.normalized_slice(max(0, ev.start - 40), ev.start).lower().split()[-4:])


def _past_and_coming(ctx, a: Event, b: Event) -> bool:
    """An event of a kind that recurs (``[restated] series``: an election, a festival) told once before
    the publication date and once after it ("won at the March 2023 state election" … "ahead of the
    2027 state election"): two of them."""
    pub, series = ctx.doc.published, _series(ctx.lexicon)
    if pub is None or not series or not ({a.text.lower(), b.text.lower()} & series):
        return False
    ia, ib = a.date.interval(), b.date.interval()
    if ia is None or ib is None:
        return False
    return ia[1] < pub < ib[0] or ib[1] < pub < ia[0]


@lru_cache(maxsize=32)
def _series(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("restated", {}).get("series", []))


def _span(ev) -> tuple[int, int]:
    """From an event word to its date, whichever comes first."""
    return min(ev.start, ev.date.start), max(ev.end, ev.date.end)


def _told_back(doc):
    """Whether a telling's one-word subject names the kind of a body (the name facts' body nouns:
    "company", `الشركة`) that tells back the body named ``name``, named in the telling's sentence
    or the one before it ("Streymur Aling will keep its name …. Since the company's founding in
    1997 …")."""
    kinds = _bodies(doc.lexicon)
    view, sentences = doc.normalized, doc.sentences

    def told_back(ev, subject, name) -> bool:
        if _head(subject) not in kinds:
            return False
        lo = sentences[max(0, ev.sentence - 1)].start
        words = set(_TOKEN.findall(view.text[view.from_original(lo):view.from_original(sentences[ev.sentence].end)]))
        return set(name) <= words
    return told_back


def _since_coming(ctx, ev: Event) -> bool:
    """A telling after "since" whose date comes after the publication date (`منذ بدء أعمال الترميم مع
    صلاة الجمعة المقبلة`): what "since" tells has begun, so that date is another clause's."""
    pub, rx = ctx.doc.published, since_rx(ctx.lexicon)
    if pub is None or rx is None or (iv := ev.date.interval()) is None or iv[0] <= pub:
        return False
    return rx.search(ctx.doc.normalized_slice(max(0, ev.start - _SINCE_REACH), ev.start)) is not None


def _conflicts(ctx, events):
    """Pairs (earlier, later) of tellings of one event whose dates do not overlap."""
    by_kind: dict[str, list[Event]] = {}
    changes = Changes(ctx.doc)
    plans, anniversaries = _data(ctx.lexicon).plans, _data(ctx.lexicon).anniversaries
    planned = {id(ev) for ev in events if plans and _planned(ctx.doc, ev, plans)}
    events = [ev for ev in events if not (anniversaries and _planned(ctx.doc, ev, anniversaries))]   # an anniversary's
    editions = edition_starts(ctx, events)   # "the festival's 14th edition … opened on Friday": this year's
    events = [ev for ev in events if id(ev) not in editions]
    told_back, name_of = _told_back(ctx.doc), named_as(ctx.doc)
    recurring = {ev.kind for ev in events if ev.again}   # "closed again on Nov. 21": this story's closures are two
    for ev in events:
        if ev.kind not in recurring:
            by_kind.setdefault(ev.kind, []).append(ev)
    for kind, group in by_kind.items():
        subjects = [ev.subject for ev in group if ev.subject and "?" not in ev.subject]
        years = len({ev.date.year for ev in group if not ev.subject})
        dated: dict[tuple, list[tuple[int, Event]]] = {}   # earlier tellings by their dates' interval
        for j, b in enumerate(group):
            ib = b.date.interval()
            apart = [ts for iv, ts in dated.items() if ib is not None and (iv[1] < ib[0] or ib[1] < iv[0])]
            if ib is not None:
                dated.setdefault(ib, []).append((j, b))
            told = [a for _, a in heapq.merge(*apart, key=lambda t: t[0])]   # in text order, as told, those
            for a in sorted(told, key=lambda a: not (a.subject and set(a.subject) & set(b.subject))):   # of its subject first
                if a.date is b.date or a.sentence == b.sentence and not (_since_told_back(a, b) or _quoted_back(ctx, a, b)) \
                        or not _related(a, b) or same_day(a.date, b.date) \
                        or (id(a) in planned) != (id(b) in planned) or _past_and_coming(ctx, a, b) \
                        or _since_coming(ctx, a) or _since_coming(ctx, b):
                    continue   # (a plan and when it happened: "first planned for a launch in 2014")
                # a weekday, or a day whose year is not written: both must name their subject
                placed = any(x.date.form == "weekday" or x.date.year_part is None for x in (a, b))
                # … or one names it, the other's pronoun fits it, and no other subject is told
                # (`«دلتا سات-1»، الذي أطلق يوم 28 سبتمبر` … `منذ إطلاقه … في 26 سبتمبر`)
                named = a.subject and b.subject or len(set(subjects)) == 1 and any(x.pronoun and not x.subject for x in (a, b)) \
                    and not any(x.antecedent and not set(x.antecedent) <= y.context for x, y in ((a, b), (b, a)))
                #   (`المركز منذ تأسيسه`: the centre's founding, not that of a thing whose sentence names no centre)
                if (named if placed else a.subject or b.subject or years <= 2) \
                        and same_subject(a, b, subjects, told_back, name_of) and not _owned_apart(ctx, a, b) \
                        and not changes.between(a.sentence, b.sentence, (set(a.words), set(b.words)),
                                                tuple((x.sentence, _span(x)) for x in (a, b))):
                    yield a, b
                    break


@rule(
    id="DATE008",
    name="same-event-two-dates",
    severity="warning",
    languages=["*"],
    summary="One event that happens once (a founding, an opening, a collapse, a birth, a first novel) given two incompatible dates.",
    messages={"conflict": "The {kind} is dated {second} here but {first} earlier in the article.",
              "order": "The {kind} is dated {second} here and the {other} {first}: the {before} cannot come after the {after}."},
    notes={"event-first": "the {kind} dated here first", "first-telling": "first telling",
           "second-telling": "second telling", "event-dated": "the {kind} dated here"},
    examples=[
        Example("The Riverside Museum opened in March 2012. Visitors have flocked to the Riverside "
                "Museum since its opening in 2011.", "en", True),
        Example("The Riverside Museum opened in March 2012. The Hillside Gallery opened in 2015.", "en", False),
        Example("The company was founded in 2009. It has grown every year since its founding in 2011.", "en", True),
        Example("تأسس حزب الوسط عام 1996. ومنذ تأسيس حزب الوسط عام 1998 شارك في الانتخابات.", "ar", True),
        Example("وقالت إدارة الورشة إنها تأسست عام 2009. وتعمل فيها منذ تأسيسها عام 2011.", "ar", True),
        Example("تأسس حزب الوسط عام 1996. ومنذ تأسيس حزب الوسط عام 1996 شارك في الانتخابات.", "ar", False),
    ],
)
def same_event_two_dates(ctx, events, open_events, date_mentions):
    """
    ## What it flags
    An event that can only happen once to its subject, told twice in the article — once as a verb and once as a
    noun, or twice alike — with dates that do not overlap: "The museum, which opened in 1987" … "Since its opening
    in 1989"; "was founded in 2009" … "since its founding in 2011"; "collapsed on 3 June 2021" … "since the 5 June
    2021 collapse"; `تأسست عام 2009` … `منذ تأسيسها عام 2011` (or told by its founder, `منذ أن أسسنا الجمعية عام 2017`;
    an earlier telling of the same subject is weighed first); `انطلق سنة 1998` … `منذ تأسيسه سنة 1996`; `أصدر
    روايته الأولى عام 1975` … `منذ صدور روايته الأولى عام 1979`; `أحيا أول حفل له عام 1963` … `منذ حفله الأول عام 1966`
    (`أول` before its noun and `له` after: the person's own first). A verb and its noun are matched by derivation
    (English endings: -ing, -ion, -ment, -al, zero derivation, a stem an -ion changes back: "suspension" / "suspended",
    "decision" / "decided"; Arabic patterns on the root: فعّل/تفعيل, أفعل/إفعال,
    انفعل/انفعال, افتعل/افتعال, فعل/فعول …), so any derived form of a once-only event (founded, opened, collapsed,
    elected, launched — a service's launch is its start of running, "launched in 2019" … "started running in
    2021" —, born, died, independence, assassinated, the start of something — "construction began" …
    "construction of the plant started", `اندلع الحريق` — and their synonyms in the language data: a find told by
    what was found, `عثر عليه` … `منذ اكتشافه`, or a verb its vowel marks make passive, `واكتُشف المسرح عام 1996`) counts, and so
    does any event whose object is qualified by "first"/`الأولى` (or another ordinal of the first: "maiden", "inaugural",
    `الافتتاحية`; "his first novel"; a verb right after "first" tells the event itself, "was first surveyed in 1988" …
    "since that first survey in 1992", and so does one before "for the first time" ("was discovered for the first time
    in 2018", `رُصد لأول مرة`); verbs of noticing there are one event, the thing's first notice, whatever the verb
    ("was first recorded in 2019" … "was first spotted in 2021", `رُصد لأول مرة` … `لوحظ لأول مرة`; a date before the
    noun of a relative clause the verb opens dates it too: "the 2021 inspection that first noted the crack"); a state told right
    before "since" and its date dates the event that began it ("entered service in 1972" … "in service since 1976",
    `الذي يعمل منذ 1976`); an event that happens once
    anyway stays itself: `افتُتح للمرة الأولى`, `افتتاحه الأول`); a thing's first edition is its founding ("founded
    in 1996" … "since its first edition in 1999", `منذ دورته الأولى`), when its sentence names the thing; any other
    event told as a verb and as a definite noun derived from it (:mod:`.open_events`; after "since", to the day: "was
    appointed on April 1" … "Since its appointment on April 4"; "the Nov. 4 vote" … "voted on
    Nov. 6"; "was awarded in November 2021" … "the award of the contract in February 2022"; an arrest told by
    `القبض` or `توقيف`; an Arabic form I verb after a particle only a verb follows, and its masdar written like it with
    the article after "since": `قد كشفت الشبكة في آذار 2021` … `منذ الكشف عن الشبكة في أيلول 2021`, or a pronoun:
    `التي سُرقت عام 2013` … `منذ سرقتها عام 2011`; so after `يعود`, "dates back to": `يعود رسمها إلى عام 1768`), and an incident named by its date and told by a verb of happening or of what it did ("the Nov. 21
    fire" … "The fire broke out … on Nov. 19", or by another noun of one meaning, "the February 2022 blaze"; "the landslide of October 2018" … "since the landslide destroyed his
    village in 2020", `حريق 21 نوفمبر` … `اندلع الحريق`); vowel marks tell a verb's first letter from a
    conjunction (`وُقّعت` … `توقيع`). Where the subject follows the verb (Arabic), a long subject may stand between
    the verb and its date (`تأسست شركة … البحرية عام 2004`), and a definite one between the two words of
    a phrase (`ودخلت المحطة الخدمة عام 2016` … `منذ تشغيلها عام 2018`); in "Goldcoast Structures, which he founded in 1998" the
    company is what was founded, and in `للنادي الذي تأسس عام 1952` the club. A thing a person did is matched by
    what it was done to: "Okafor, born in 1961, launched the Lagos Courier in 1996" (the subject read across the
    apposition) … "since the Courier's launch in 1999"; joining a body is once for the body joined ("joined the
    institute in 2005" … "since joining the institute in 2007", `انضمت إلى المعهد` … `منذ انضمامها إلى المعهد`; after
    "since" and a pronoun, told without the body, the body told before: "She joined the union in 1992" … "since she
    joined in 1990"), and
    taking over a thing once for the thing taken over ("took over the bakery … in 2003" … "Since taking over the
    bakery in 2005"). A
    building is built once ("was built in 1962" … "since its construction in 1958", `بُني المسرح عام 1962` … `منذ
    تشييده عام 1958`; its noun counts only after "since": "construction began in 1958" is a start), and so is a
    thing closed, dissolved or abolished ("was shut down in 2012" … "since the line's closure in 2013", "was
    dissolved in 2019" … "since the board's dissolution in 2020", `أُغلق المصنع` … `منذ إغلاق المصنع`; or its noun owned
    right after a word of reference: "before its closure in 2021", `قبل إغلاقه سنة 2021`), and so is a
    person arrested, told of by a noun, a name or a pronoun (`أُلقي القبض على المتهم في 9 أكتوبر` … `منذ القبض عليه
    في 19 نوفمبر`; a noun after a verb that tells it counts too, `أُلقي القبض`, `تم إغلاق`; `قيد التوقيف` is a
    state); a verb's object is read whole, up to four words, and one object holding all the other's words is the same thing
    ("founded the civic movement Girardot Primero in 2017" … "Since creating Girardot Primero in 2019"; not "the Kenya
    Wildlife Trust" and "the Kenya Sports Foundation"); a passive verb's agent is no object and its date may follow it
    ("was opened by the then prime minister in 1958" … "since its opening in 1961"); a year between a determiner and a
    noun dates that noun ("kept the crossing open after a 2018 inspection"); an older year after "since", the event's
    word and a link word is its date, `منذ تشييده في 1868`; "formed", "created" and "set up" found a thing as "founded" does ("was set up in 2011" … "before
    founding the company in 2013"); a thing's beginnings after "since" are its founding ("since its inception", "since its foundation", `منذ
    بدايتها`); a relative after a name in construct is told of the chain's head (`سد وادي القنديل، الذي أُنشئ عام
    1978` … `منذ إنشاء السد عام 1987`). Nouns the language data groups name one subject ("the factory opened in
    2016" … "since its opening in 2018, the plant has processed …"), and so does a name the article writes right before
    the subject's noun ("The plant opened in 1987" … "its Wexham assembly plant" … "Since its opening in 1989, Wexham has
    built …"). A day of a month without its year (or a
    weekday) dates a telling when both name their subject ("Samuel Kiprop died on Aug. 3" … "Kiprop's death on Aug.
    13"), or when one names it and the other tells it by a pronoun while the article names no other subject of that
    event ("Najma-2, which was launched on March 14" … "since its launch on March 12"). A part of a decade dates a
    telling by five of its years ("was founded in the early 1990s" … "since it was founded in 1987", `تأسست مطلع
    التسعينيات` … `تأسيسها عام 1987`). A telling by a pronoun in a
    sentence that names two subjects of the event is told of the one its clause opens with, up to three words before
    it ("the hospital has grown since its opening in 2011, and a wing that opened in 2021", `أن المستشفى شهد منذ
    افتتاحه`). An event told back after "since" by its words (:mod:`.since_told`: "Since the collision in January
    2022", `ومنذ العثور على الحوت في 19 أيلول`, `منذ انهيار 17 كانون الثاني`) is held against the one earlier
    sentence that holds all those words, or words derived like them (`عثروا على الحوت`), with one date near them; a
    word that only classes the event (`حادث`, "incident", `برنامج`, "programme", `أعمال`: `منذ انطلاق أعمال تنفيذه`) may be missing there, a word of
    beginning stands for any other ("began producing" … "since production started", `بدأت القياس` … `منذ انطلاق
    برنامج القياس`) or may be missing before a state named in two words or more ("was placed in special measures"
    … "since entering special measures"), and a single word must be definite or named by its date and written alike in both, or own a
    pronoun that stands for what the event befell and share its root and derived form (`منذ إحالتها إلى القضاء في
    4 أبريل` … `أحالت النيابة الملف إلى المحكمة في 14 فبراير`; a form II masdar meets a verb written like form I
    whose sentence names a word told after it: `منذ تسجيلها باسم الشركة` … `سجلت الأرض باسم الشركة`: the words
    after it may be told otherwise); "the last" told in both is one event, written either way ("had its last
    full overhaul in 1998" … "since its last full overhaul in 2001", `خضعت لآخر تحديث` … `منذ التحديث الأخير`).
    A work named with its year in brackets, told elsewhere with a verb of its release and another year (:mod:`.titled`:
    "Salt Orchard (1991)" … "Her debut collection, Salt Orchard, came out in 1989", `«نخيل المدّ» (1969)` … `صدرت
    روايته «نخيل المدّ» عام 1967`).
    Two once-only events of one subject told in an order they cannot have (:mod:`.event_order`, pairs of classes in the
    language data): "The market, built by the city council in 1992" … "since the day the market opened in 1986" (built
    after it opened), `أسسها جده عام 1961` … `منذ افتتاح الورشة عام 1957`; a birth after a death.
    A first of its kind dated by a verb in its clause, told again with another year, whatever verb tells it (:mod:`.firsts`:
    "the city's first traffic lights, installed at the Mwanjelwa junction in 2014" … "where Mbeya's first traffic lights
    went up in 2016", `أول مسح لأحوال الأسر أجري فيها عام 2011` … `المسح الأول الذي عرفته المحافظة سنة 2009`); not "the
    first time" or "the first woman", a first of another named owner, one its date follows at once ("the first case in
    2019"), a first since a year or of a period, nor one after an offset word ("a week after the first bus arrived, on …"), nor one after "since" whose
    sentence's date comes after the publication date, which is another clause's ("since the start of the restoration, at
    Friday prayers next week, on April 18", `منذ بدء الأعمال مع صلاة الجمعة المقبلة`).

    A person's hiring and arrival are one start ("hired him in June 2019" … "since his arrival in 2021").

    Finding a thing told by the verb with the thing right after `على` (`عثر على الكنز عام 2015`) is its discovery
    (`اكتشاف الكنز عام 2013`).

    An incident's date written after a part of its day ("broke out in the engine room of the Cape Verity on the
    night of 11 July 2021", `ليلة 11 تموز`; `[event_subject] day_parts`) is as near its verb as without it, and
    a date opening with its own article before the noun ("the 21 July blaze") names the incident.

    A verb of form IV of a doubled root, written like it without its shadda (`أقرّ`, `أقر`), meets its noun
    (`إقرار`); the pattern is read only on a word with nothing but a conjunction taken off it, so an elative
    with the article (`الأهم`) or a noun with a suffix (`أزمة`) is no such verb (`[event_derivation] patterns`,
    "bare").

    After "since", a noun of joining with a pronoun for what was joined (`منذ التحاقه به عام 1998`) stands for
    the one body joined in an earlier telling (`التحق بالبنك المركزي عام 1994`), when only one was; a noun of an
    event told back after "since" owning a pronoun of one person is not another person's (`منذ التحاقها به` …
    `منذ التحاقه به`). Nouns of one meaning name one deal ("the arrangement struck in March 2014" … "since the
    deal was struck in 2015").

    A body told of by its kind ("The restaurant opened … in 2006") and by its name ("When Maison Roulleau opened
    in the spring of 2008") is one body when the article sets that name off as that kind ("Maison Roulleau, the
    Marylebone restaurant"), the two the only subjects told of the event, and no other name set off so.

    ## Why it matters
    A reader who meets both dates cannot know which is true; one was mistyped or copied.

    ## Example
    `تأسس حزب الوسط عام 1996` … `منذ تأسيس حزب الوسط عام 1998`.

    ## Not flagged
    An event of a kind that recurs (``[restated] series``: an election, a festival) told once before the publication
    date and once after it ("at the March 2023 state election" … "ahead of the 2027 state election"); a telling beside a
    word that makes it one of a series ("the previous census", `الإحصاء السابق الذي أُجري` … `لإجراء الإحصاء المقبل`).
    A noun whose date another verb stands before ("Elna's painting had belonged to the town since 1962": the belonging's
    date). Two different subjects (two museums opening in two years: when tellings name different subjects, a telling with
    only a pronoun is not matched to either, unless its clause opens with one of them; two tellings by a pronoun
    alone whose clauses open with different nouns: "the university had grown since its opening in 1985" … "Its
    central library has lent a million books since its opening in 2016"), pronouns of different kinds ("his" and
    "its", `تأسيسه` and `تأسيسها`), a plan and when it happened ("first planned for a launch in 2014", `كان من
    المقرر افتتاحه عام 2014`), one person doing it to two things ("launched a party on Monday", "launched the
    Courier in 1996"; joining two bodies), a repetition ("reopened", "re-elected", `أعادت افتتاح`; "closed again", `أُغلقت مجدداً`: no two
    tellings of that event are then compared), dates that
    overlap (2012 and March 2012) or repeat the same year, events that recur (a meeting, a visit) unless an ordinal
    makes them once-only, an incident told again ("another blast", `انفجار آخر`) or by its verb with two dates (two
    fires), a noun told back with a day but no year, one day told once without its year ("one year since the Aug. 3
    explosion" … "on Aug. 3, 2023"), a pronoun after "since" and a noun before it against another thing ("has run
    the centre since its opening" … "the fair, which opened on Sept. 3"; a noun with a pronoun after a relative tells of
    the noun before it, `السوق المحلية، التي يعود تأسيسها إلى عام 1990`), tellings in the same sentence (but a later one by
    a pronoun alone inside a quotation opened after the first is a speaker's own: `التي دُشّنت عام 2018، … إنها "لم تعمل …
    منذ تدشينها عام 2016"`), two dates
    with a sentence telling of a change of date from the first to the second ("postponed", `تأجيل`; in a telling's
    own sentence, in its clause), the event an anniversary counts from ("the 40th anniversary of its founding in
    2022", `بالذكرى الأربعين لتأسيسها`), and an event told as the point of reference of another ("after its opening, a
    final in May 2014", `بعد افتتاحه لقاء … في 2014`); after "since", an event told with a date in more than one
    earlier sentence, an earlier sentence holding a date that meets the later one ("arrested on March 3 …, his
    partner on March 11"), a recurring event, a repetition or a negation in the clause of either telling ("the tenth
    edition since the fair's launch in 2013"; a negation before "since" negates the main verb, not the event after
    it: "has not changed much since its last overhaul in 2001" is told).

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    _report(ctx, [*_conflicts(ctx, events), *open_events, *first_pairs(ctx, date_mentions)])
    told = {f.span.start for f in ctx.findings}
    for (a0, a1), (b0, b1), first, then in titled_pairs(ctx, date_mentions):   # "Salt Orchard, came out in 1989" … "Salt
        if b0 not in told:                                                       # Orchard (1991)"
            told.add(b0)
            ctx.report("conflict", b0, b1, related=[ctx.related(a0, a1, "the release dated here first"), ctx.related(*first, "first telling"),
                                                    ctx.related(*then, "second telling")],
                       kind="release", first=ctx.text[a0:a1], second=ctx.text[b0:b1])
    for a, b, first, then in disordered_pairs(ctx.lexicon, events):   # "built in 1992" … "opened in 1986"
        if b.date.start not in told and a.date.start not in told:
            told.add(b.date.start)
            ctx.report("order", b.date.start, b.date.end,
                       related=[ctx.related(a.date.start, a.date.end, f"the {_label(ctx, a)} dated here"),
                                ctx.related(a.start, a.end, "first telling"), ctx.related(b.start, b.end, "second telling")],
                       kind=_label(ctx, b), second=b.date.text, other=_label(ctx, a), first=a.date.text,
                       before=_label(ctx, first), after=_label(ctx, then))


def _participle_label(ctx, kind: str, sent) -> str:
    """A first told by a verb whose key is no word ("was first announced": `first announc`) as the
    event first done: "the event first announced"."""
    key = kind[len("first "):]
    words = re.findall(r"[^\W\d_]+", ctx.text[sent.start:sent.end])
    if " " in key or any(w.lower() == key for w in words) or known_word(key, ctx.doc.lang) is not False:
        return kind   # ("first survey": a word of the language)
    told = next((w for w in words if w.lower().startswith(key) and w.lower().endswith(tuple(_data(ctx.lexicon).verb_endings))), None)
    return f"event first {told}" if told else kind


def _label(ctx, ev) -> str:
    """The event's class as the message names it; in a language compared by stems without their
    pronouns, a first's object as written in its sentence (`first روايته`), not its key (`روايت`)."""
    kind = ev.kind.replace("_", " ")
    if not kind.startswith("first ") or (sent := ctx.doc.sentence_at(ev.start)) is None:
        return kind
    if ctx.lexicon.section("names", {}).get("capitals", False):
        return _participle_label(ctx, kind, sent)   # (elsewhere words are compared by their stems without a pronoun: `روايت`)
    key = kind[len("first "):].split(" ")[0]
    view = ctx.doc.normalized
    for m in re.finditer(r"[^\W\d_]+", view.text[view.from_original(sent.start):view.from_original(sent.end)]):
        if key in m.group().lower() and len(m.group()) - len(key) <= 3:
            s, e = view.to_original(view.from_original(sent.start) + m.start(), view.from_original(sent.start) + m.end())
            return "first " + ctx.text[s:e] + kind[len("first ") + len(key):]
    return kind


def _told(date) -> int:
    """Where a date starts as told: a part of a decade with it ("the early 1990s")."""
    return date.lead if date.precision == "decade" and date.part and date.lead is not None else date.start


def _report(ctx, pairs) -> None:
    """Report the later telling of each pair, once for each date (an event told back after
    "since" that a reading before already found is found once)."""
    told = set()
    for a, b in pairs:
        if b.date.start in told:
            continue
        told.add(b.date.start)
        similarity = fuzz.token_set_ratio(" ".join(a.words), " ".join(b.words)) / 100
        kind = _label(ctx, a)
        ctx.report("conflict", b.date.start, b.date.end,
                   related=[ctx.related(_told(a.date), a.date.end, f"the {kind} dated here first"),
                            ctx.related(a.start, a.end, "first telling"),
                            ctx.related(b.start, b.end, "second telling")],
                   confidence=round(0.5 + similarity / 2, 2), kind=kind, first=ctx.text[_told(a.date):a.date.end],
                   second=b.date.text)


def _quoted_back(ctx, a, b) -> bool:
    """A later telling by a pronoun alone inside a quotation the sentence opens after an earlier telling
    (`التي دُشّنت عام 2018، وقال …، إنها "لم تعمل … منذ تدشينها عام 2016"`): a speaker's telling of its own."""
    return b.pronoun is not None and not b.subject and bool(a.subject) and a.end <= b.start \
        and any(q in ctx.text[a.end:b.start] for q in _OPENING_QUOTES)


def _since_told_back(a, b) -> bool:
    """A later telling in the sentence of an earlier one that tells it back by a pronoun after
    "since", the noun it stands for right before (`الذي أنشئ عام 1987، … يسجله السد منذ إنشائه عام
    1991`)."""
    return bool(b.antecedent) and not b.subject and bool(a.subject)
