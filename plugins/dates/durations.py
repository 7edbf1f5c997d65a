"""DATE006: elapsed-time arithmetic — a stated age against a stated birth year, and "a decade
ago" / "قبل أكثر من عقد" against the year it refers to, both counted from the publication date.
The words (units, qualifiers, number words, age and birth patterns) are language data in the
``[numbers]`` and ``[durations]`` sections.

Long because: the rule's docstring is its whole explanation (`checker explain`), reading after reading;
the code itself is split into the modules it imports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker import Example, rule
from checker.core.prefilter import finditer
from checker.extractors.keywords import finditer_at
from checker.language.matching import WS as _WS, alternation as _alt, phrase_key as _key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .age_pairs import age_births, ages_now_apart, age_pairs, age_references, years_in
from .age_words import age_filled, age_value, decade_value, length_words
from .ago import check_ago
from .after_year import check_after
from .anchors import elapsed_places
from .first_in import first_in_conflicts
from .event_data import _data
from .history import history_mismatches
from .since_event import report_since
from .held_posts import held_post_lengths
from .person_words import _determined
from .persons import People

_OLDEST = 125     # an age above this is no person's


@dataclass(frozen=True)
class Elapsed:
    """"more than a decade ago": the time between an event and the publication date, in years,
    as an interval (low, high); high is None when open."""

    start: int
    end: int
    text: str
    low: float
    high: float | None
    after: bool = False     # "two decades after ... 2012": counted forward from a year
    bare: float | None = None   # the count in years when no qualifier ("about", "more than") is written


@dataclass(frozen=True)
class Age:
    start: int
    end: int
    text: str
    years: int
    about: bool = False     # `عن عمر ناهز 81 عاماً`: nearly, not exactly
    lead: int = -1          # where the whole statement starts (`البالغ 47 عاماً`, ", 41,")
    at: bool = False        # an age at a past event ("at the age of 41"): a pattern group named "at"
    width: int = 0          # an age told as a decade of life ("in her seventies"): years to years + width
    now: bool = False       # told as the age now (`البالغ من العمر 59 عاماً`): a pattern group named "now"

    @property
    def told(self) -> str:
        """The age as a message gives it: "41", or "70–79" for a decade of life."""
        return f"{self.years}–{self.years + self.width}" if self.width else str(self.years)


@dataclass(frozen=True)
class Birth:
    start: int
    end: int
    text: str
    year: int


@dataclass
class _Compiled:
    elapsed: re.Pattern | None
    after: re.Pattern | None
    units: dict[str, float]
    numbers: dict[str, float]
    qualifiers: dict[str, str]
    ages: list[re.Pattern]
    births: list[re.Pattern]
    vague: frozenset[str]


@lru_cache(maxsize=32)
def _compile(lex) -> _Compiled:
    d = lex.section("durations", {})
    units, numbers = length_words(lex)
    qualifiers = {}
    for kind in ("more", "less", "about"):
        for w in d.get(kind, []):
            qualifiers[_key(w)] = kind
    elapsed = after = None
    if units:
        qual = rf"(?:(?P<q>{_alt(qualifiers)}){_WS}+)?" if qualifiers else ""
        num = rf"(?:(?P<n>\d{{1,3}}|{_alt(numbers)}){_WS}+)?" if numbers else r"(?:(?P<n>\d{1,3})\s+)?"
        unit = rf"(?P<u>{_alt(units)})"
        tail = rf"{_WS}+(?:{_alt(d['ago_tail'])})" if d.get("ago_tail") else "(?!x)x"
        if d.get("ago"):
            elapsed = compiled(rf"(?<![^\W\d_]){qual}{num}{unit}{_WS}+(?:{_alt(d['ago'])})(?![^\W\d_])")
        elif d.get("ago_before"):
            pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
            blocked = "".join(f"|{re.escape(normalize_text(w))}" for w in d.get("ago_not_followed_by", []))
            one = rf"(?:(?:{_alt(d.get('ago_skip', []))}){_WS}+)?"   # `قبل عام واحد من منعه`: before the ban
            elapsed = compiled(
                rf"(?<![^\W\d_])(?:[{pro}])?(?:{_alt(d['ago_before'])}){_WS}+{qual}{num}{unit}(?![^\W\d_])"
                rf"(?:{tail}(?![^\W\d_])|(?!{_WS}*{one}(?:\d{blocked})))")
        if d.get("after"):
            after = compiled(rf"(?<![^\W\d_]){qual}{num}{unit}{_WS}+(?:{_alt(d['after'])})(?![^\W\d_])")
        elif d.get("after_before"):
            clitics = "".join(re.escape(normalize_text(c)) for c in d.get("after_before_clitics", []))
            clitic = f"[{clitics}]?" if clitics else ""
            link = rf"{_WS}+(?:{_alt(d['after_before_link'])})" if d.get("after_before_link") else ""
            fill = rf"(?:(?:{_alt(d['after_before_fill'])}){_WS}+)?" if d.get("after_before_fill") else ""
            after = compiled(rf"(?<![^\W\d_]){clitic}(?:{_alt(d['after_before'])}){_WS}+{fill}{qual}{num}{unit}{link}"
                             rf"(?![^\W\d_])")
    return _Compiled(elapsed, after, units, numbers, qualifiers,
                     [compiled(age_filled(lex, p)) for p in d.get("age_patterns", [])],
                     [compiled(p) for p in d.get("birth_patterns", [])],
                     frozenset(_key(w) for w in d.get("plural_units", [])))


def _interval(n: float, kind: str | None) -> tuple[float, float | None]:
    if kind in ("more", "less"):
        return (n, None) if kind == "more" else (0.0, n)
    slack = max(1.0, 0.2 * n)
    return max(0.0, n - slack), n + slack


def extract_elapsed(doc, facts=None) -> list[Elapsed]:
    comp = _compile(doc.lexicon)
    view = doc.normalized
    out = []
    places = elapsed_places(doc)
    for rx, forward in ((comp.elapsed, False), (comp.after, True)):
        if rx is None:
            continue
        for m in finditer(rx, view.text) if places is None else finditer_at(rx, view.text, places, 1):
            unit = comp.units[_key(m.group("u"))]
            n_text = m.group("n")
            if n_text is None and _key(m.group("u")) in comp.vague:
                continue  # "for years", "منذ سنوات": no number of years is stated
            n = 1.0 if n_text is None else float(n_text) if n_text.isdigit() else comp.numbers[_key(n_text)]
            q = comp.qualifiers.get(_key(m.group("q"))) if m.group("q") else None
            low, high = _interval(n * unit, q)
            s, e = view.to_original(m.start(), m.end())
            out.append(Elapsed(s, e, doc.text[s:e], low, high, forward, n * unit if q is None else None))
    out.sort(key=lambda x: x.start)
    return out


def extract_ages(doc, facts=None) -> tuple[list[Age], list[Birth]]:
    comp = _compile(doc.lexicon)
    view = doc.normalized
    ages, births = [], []
    for rx in comp.ages:
        group = "decade" if "decade" in rx.groupindex else "age"
        for m in finditer(rx, view.text):
            if group == "decade":   # "in her late seventies", `في العقد السابع من عمرها`
                years, width = decade_value(doc.lexicon, m.group("decade"), m.group("part")) or (None, 0)
            else:
                years, width = age_value(doc.lexicon, m.group("age")), 0
            if years is None or years > _OLDEST:
                continue   # "borrowers, 800,000 of them"
            first = m.start("part") if group == "decade" and m.group("part") else m.start(group)   # "late sixties"
            (s, e), lead = view.to_original(first, m.end(group)), view.to_original(m.start(), m.end())[0]
            about, at, now = (k in rx.groupindex and m.group(k) is not None for k in ("about", "at", "now"))
            ages.append(Age(s, e, doc.text[s:e], years, about, lead, at, width, now))
    for rx in comp.births:
        for m in finditer(rx, view.text):
            s, e = view.to_original(m.start(), m.end())
            births.append(Birth(s, e, doc.text[s:e], int(m.group("year"))))
    at = {(a.start, a.end) for a in ages if a.at}   # "as a 14-year-old deckhand": an age at an event only; one read twice, once
    ages = sorted({(a.start, a.end): a for a in reversed(ages) if a.at or (a.start, a.end) not in at}.values(), key=lambda a: a.start)
    births = sorted(dict.fromkeys(births), key=lambda b: b.start)   # (one birth two patterns read: once)
    return ages, births


@rule(
    id="DATE006",
    name="elapsed-time-mismatch",
    severity="warning",
    languages=["*"],
    summary="An age that does not fit the birth year of its person, or 'a decade ago' / 'two decades after' that does not fit the year it names.",
    messages={
        "ago": "'{elapsed}' does not fit {year}: counted from the publication date {published}, that is {actual}.",
        "age": "An age of {age} does not fit a birth in {born}: in {reference} that person was {expected}.",
        "after": "'{elapsed}' after {year} reaches past the publication date {published}: only {actual} have passed.",
        "after_year": "From {year} to {reached} is {actual}, not '{elapsed}'.",
        "since_event": "'{elapsed}' since the event does not fit its date, {date}: to the publication date that is {days} days.",
        "since_event_years": "'{elapsed}' since the event does not fit its date, {date}: to the publication date that is about {years} years.",
        "ages": "An age of {age} in {year} does not fit an age of {now} in {published}: one of the two ages is wrong.",
        "ages_now": "An age of {age} here does not fit the age of {other} told before for the same person: one of the two is wrong.",
        "first_in": "'{first}' does not fit the last one dated {year}: to the publication date {published} that is only {actual}.",
        "first_since": "'{first}' does not fit the last one dated {year}, after it.",
    },
    notes={
        "birth-year": "the birth year",
        "year-refers": "the year it refers to",
        "event-date": "the date of the event",
        "year-counts": "the year it counts from",
        "age-now": "the age now",
        "age-before": "the age told before",
        "last-one": "the last one",
    },
    examples=[
        Example("وكان الشرع قد اعتقل عام 2016، قبل أكثر من عقد، في العراق.", "ar", True, "2025-11-12"),
        Example("وكان الشرع قد اعتقل عام 2013، قبل أكثر من عقد، في العراق.", "ar", False, "2025-11-12"),
        Example("The mayor, 52, who was born in 1961, said he would run again.", "en", True, "2025-11-12"),
        Example("The mayor, 64, who was born in 1961, said he would run again.", "en", False, "2025-11-12"),
    ],
)
def elapsed_time_mismatch(ctx, date_mentions, elapsed_times, ages_and_births, name_mentions, events, quantities):
    """
    ## What it flags
    Arithmetic on elapsed time that does not add up against the publication date: "in 2016, more
    than a decade ago" in a story published in 2025 (nine years), `قبل عقد من الزمن، سنة 2008`
    in 2023; an elapsed time after "since" or "when" and its event, against the year another sentence (or its own, told with
    a word of the event away from it: "founded in Amman in 2004, … since its founding 12 years ago") gives the event (:mod:`.ago`:
    "since the landing was swept away eight years ago" … "swept away by the lake in 2014"; `منذ شقّها قبل سبعين عاماً` … `شقّها
    أهالي البلدة عام 1968`; `منذ تأسيسها قبل خمس سنوات` … `تأسست عام 2018`, one root; "when the growers set up the
    co-operative three years ago" … "founded in 2018", one kind of event); "two decades after the company was founded in 2012" in 2024, or in a sentence that
    names the year it reaches ("In 2018, three decades after ... in 1995"); "has led it for 12
    years since her appointment in 2018" (published in 2024), "has stood empty for almost two decades since
    production stopped in 1991", `منذ نحو عقدين، منذ توقف الإنتاج فيه عام 1991`, "has spent 21 years at the ministry
    since joining it in 2010" (`الذي أمضى 21 عاماً … منذ التحاقه بها عام 2010`; not a time told in the past that may
    have ended before the story), "for 22 years, having started in 2009" (`منذ 22 عاماً، إذ بدأ المهنة عام 2009`),
    a year after "since" restated as a time ("since 2005, that is for 30 years", `منذ عام 2009، أي منذ عشرين عاماً`, either way round); one post held since a
    year and, by the same person, for a number of years (:mod:`.held_posts`: "who has led the college since 2017" …
    "Masri ran the college for twelve years", `الذي يقود الكلية منذ 2017` … `أدار الكلية طوال اثني عشر عاماً`; not a
    predecessor, nor another body), or since the event that started it ("took over as manager in 2016" … "who has
    run the airport for 12 years"; "has worked on the ward since 2011" … "In my 17 years on the ward …," he said; "a 30-year veteran … who joined the
    force in 2001", in one sentence; "has spent 31 years at Copper Notch" … "started at Copper Notch in 1998"; "will retire … after 31 years at the museum" …
    "joined the museum in 1997"); a time since an event the article dates
    once elsewhere ("In the three weeks since its opening" of a bakery that "opened on Jan. 12", in an April story;
    `خلال الأسابيع الثلاثة التي انقضت منذ افتتاحه`; in years, since one dated to the year: "In the 25 years since he
    took over", "took over … in 2003", `خلال السنوات الـ25 التي تلت توليه`; :mod:`.since_event`); a first of its kind over
    a length of time and the last one the article dates (:mod:`.first_in`: "the first rise in water charges in a decade" …
    "charges were last raised in 2016" in 2022; "the first cut since 2012" … "the previous cut, in 2015"; `أول زيادة على
    التعرفة منذ عقد كامل` … `آخر تعديل للتعرفة أُقر عام 2016`; the two share a word, and the last is not told of a kind of
    it the first is not: "bus fares" … "ferry fares", `رسوم النقل البحري`); a history told in years
    that does not fit the article's one founding year, or a "since" year told before it in its sentence ("has been in
    service since 1987 … during its 28 years of operation", `يعمل منذ عام 1987 … طوال 28 عاماً من التشغيل`) ("our 25-year history", founded in 2009,
    `تاريخها الممتد 40 عاماً`, `تأسست عام 2001`; a built thing's age (a building, a vessel, a train), "the 29-year-old tunnel section" opened in
    1987, `المقطع الذي يبلغ عمره 29 عاماً`; an anniversary, "its 40th anniversary", `الذكرى الأربعين لتأسيسها`; the years a commemoration counts, `ذكرى مرور 75 عاماً على تأسيسه`; told with its own year,
    counted to that year: "marked its 40th anniversary in 2022", "the 40th anniversary of its founding in 2022", or to
    one named relative to publication, "marked its fifth anniversary last year"; a thing entering its Nth year, "as it
    enters its third year", `التي تدخل عامها الثالث`, has N - 1 behind it; with no founding told, from the one year the thing was built or opened: "the slipway built in 1978"); and an age that does
    not fit the birth year of the same person — in one sentence ("The 19-year-old, who was born in Accra in 2001") or
    across the article, the two linked by the name they are said of ("Diaz, 41," or "Diaz, who is 41," … "Diaz, who was born in 1976"; `وهو في الـ64 من عمره`; "died on Tuesday aged 88" … "Born in 1942 …, Penrose";
    "the 81-year-old poet Layla al-Khafaji" (an age before the name, three words at most between);
    "Aydin, 52," … "Born in Izmir in 1965, she trained" (she: the one person the sentence before names, else the one named in full before it; the pronoun may
    follow a short aside, "Born in 1960, the year Madagascar became independent, she said");
    "Tran Thi Lan won … . The 27-year-old crossed the line" (the subject of the sentence before, unless a word
    such as "who" brings in another person) … "Born in the village of X, on the shore of Y, in 2001, Lan";
    "Speaking at the preview, the 79-year-old artist said" (a description opening the main clause in a sentence that
    names nobody before it: the one person named in full shortly before; in one that names no one, "Colleagues describe
    the 49-year-old", or names only what a noun is of, "the 68-year-old chairman of Millbrook Rovers", the person named
    in full most often, twice at least, unless the sentence before names another in full; not after "a", "a 19-year-old
    student", someone new; a name after "of" is never the age's; nor a one-word name told once right after the age,
    "The 23-year-old Czech", whose subject is the sentence before's, told also by a family name, "Okoro, who …") … "Valcourt, who was born in 1951";
    "Tunisia's new ambassador, Moncef Bakkouch, 54," … "The new ambassador, a career diplomat, was born in 1968" (a birth in a sentence that
    names nobody and opens with a definite noun given as a title before one age only, `سفير … الجديد، منصف البكوش (54 عاماً)` … `والسفير الجديد … وُلد عام 1968`);
    `البالغ 35 عاماً` … `من مواليد 1979` (a child's age in the plural too, `البالغ من العمر 9 سنوات`); of two ages in a sentence with one birth, the one not beside it
    by its name: "Ali Haidari, 67, said his son Karim, 41, who was born in 1982" … "Haidari, who was born in 1951"; `يبلغ من العمر 62 عاماً` … `المزداد سنة 1971`; `عن عمر
    ناهز 81 عاماً` … `وولد الدسوقي عام 1948`; `ورحل الدقاق عن 82 عاماً`, `غيّب الموت … منير قرداحي عن ٨١ عاماً`), or at a past event its sentence dates ("became mayor
    in 2003, at the age of 68", `عام 2018 وهو في سن 24`, "who turned 19 in January", "who turns 70 in June", "who will be 80 in December", "celebrated his 70th birthday
    in April", "on his tenth birthday", "in 1988 when he turned 18", `الذي أتم 19 عاماً في يناير`, `احتفل في مارس الماضي
    بعيد ميلاده الـ70`, `حين بلغ الثامنة عشرة`, `وكان عمره يومها 21 عاماً`; in a sentence that a pronoun opens, the person
    the sentence before opens with: "She married … in 1981 at the age of 24"); an age now told `ابن الثامنة والخمسين`;
    an age told as a decade of life, any year of which fits ("is in her seventies", "in his late sixties", `وهي في
    العقد السابع من عمرها`, `في أواخر الخمسينيات من عمره`; "was in her twenties when …" at the event its sentence dates);
    an age in cardinal words (`البالغ من العمر اثنين وخمسين عاماً`), or after `وهو ابن` at the event its sentence dates
    (`آلت إليه الأرض عام 1990 وهو ابن إحدى وعشرين سنة`, `التحق بالجيش عام 1970 ابنَ ثماني عشرة سنة`; after a comma,
    `، وهو ابن ستين عاماً،`, an age now), "at the age
    of six"; a speaker's own age in a quotation ("I'm 60 years old", `عمري 60 سنة`; in a quotation opening its sentence,
    the person named right after it closes, or for "she said" the one person the sentence before names: "I'm 58 years
    old. Who is going to hire me now?" she said); an age set off right after a name is the age now though its
    sentence dates a past event after it (`وكان السعدي (58 عاماً) قد تولى رئاسة الجامعة عام 2019`; "In 2003, Omari, 41,
    took over" is his age then); a birth told "came into the world
    in 2006", `جاء إلى الدنيا في صيف 2009`, `وُلد في خريف 1971`, `رأت النور في العام نفسه الذي أُعلنت فيه المحمية، 2008`,
    `التي ازدادت سنة 1961`; an age reached, `وقد بلغ الـ71 من عمره`;
    a birth told "whose mother gave birth to him … in 1947"; two ages now of one person, each set off right
    after the full name written alike ("Zurab Chikovani, the council's 30-year-old heritage officer" … "Zurab
    Chikovani, 71,"; not after a word of kinship: a son of the same name); an age opening a sentence
    about the person now ("At 47, Freddy Mamani is", "At 41, Rojas becomes", not "At 15, she left school"), set off after a name ("Sok Heng,
    now 41,", a child's "Yael Mora, 9, will", "Marie Razafy, 58 years old and …"), told as years of life (`طوال سنوات عمره الـ61`) or an age reached
    at a date its sentence gives (`في مارس المقبل ببلوغها سن الـ60`); a birth told with a season or a part of the
    year ("born in the winter of 1949", `وُلدت في نجع قرب البلينا شتاء 1958`), after a longer place ("born on a coffee farm
    above the town in 1958", `المولودة في مزرعة قرب البلدة عام 1958`) or in other words (`أبصر النور … عام 1957`, `جاءت
    إلى الدنيا عام 1971`; by the verb opening its sentence, `وأبصر النور عام 1946`, the person named just before); and an age now
    against an age at a past event its sentence dates (of two years, the one told beside the age: "joined as a
    19-year-old trainee plumber in 1994, rose … in 2018"), the two of one person ("Amina Juma, 41, who began diving in
    1996 at the age of 14", "now 41, lost his leg in 1993 when he was 12", "was 19 when she started … in 1995" (of the name opening its
    sentence, past an apposition after it), `كانت تبلغ 19 عاماً حين بدأت … عام 1995`, `البالغة 47 عاماً، التي التحقت بالتعاونية عام 1990 وهي في سن 17`, "Halcrow, 52, … as a
    boy of 10 in 1987", "in 1996 as a 14-year-old deckhand", `(64 عاماً)، التي بدأت العمل عام 1979 وهي في الثانية
    عشرة`: an age in ordinal words; "said he was 12 in 1975", `إنه كان في الثانية عشرة عام 1975`; an age after a word
    of kinship, "his son Erlend, 19", is another person's; in another sentence about the same person, the one age now
    told of them: "Eulogio Ampo, 71," … "Ampo spent his 40th birthday in 1990", "…, the year he turned 15", or by a
    pronoun in a sentence that names nobody ("24-year-old Sokha Rith, said … . He has steered boats … since 2004, when he
    was 14"; "Meningitis took his hearing at the age of five, in 1995"; "Widowed in 2009, at the age of 40, she raised
    …", past two sentences at most that name nobody); a sentence
    opening with a pronoun tells of the one person the sentence before names at its opening: "Lekhanya remembers … . He
    was 40 when the great snow of 1996 …", `ويتذكر الحوسني … . وهو كان في الثانية عشرة من عمره عام 1986`).
    Without a publication date, only the years written in the article count. With no name mention, an age and a
    birth are linked by the word they are attached to (`وعادل الزين (47 عاماً)` … `وولد الزين عام 1981`; across a
    pronoun, `السائق (45 عاماً)` … `السائق، وهو من مواليد 1972`). An age set off right after a name is that person's,
    whoever the sentence is about ("Halloway replaces Lord Pennant, 75, who retired"); `البالغ من العمر 59 عاماً` is the
    age now though its sentence dates past posts after it, and with no name mention the person whose family name it is
    attached to is its holder (`وبن عمار، البالغة من العمر 49 عاماً` … `بن عمار، المولودة سنة 1969`); a birth told by a
    pronoun that opens a clause in the sentence next to an age no name is told of, neither sentence naming anyone
    (`والمهندس البالغ 38 عاماً` … `وتشير سجلات النقابة إلى أنه من مواليد عام 1979`). A one-word name the article writes in
    full elsewhere is a person though a speaker is named in full before it ("Keeble told jurors that Halliwell, who was
    born in 1956"); a name never told in full that qualifies a noun ("The 48-year-old former Wales scrum-half") is not
    whose the age before it is; a birth opening its sentence is the person's named after it, not the one's the sentence
    before ends with ("…," said Huw Lloyd. Born in Neath in 1970, Pryce"); an age now is never counted to a year still
    to come in its sentence ("keeping the 29-year-old … until the end of the 2025-26 season"), and "The 41-year-old"
    with no year before it in its sentence is the age now though the sentence dates a past event after it ("The 41-year-old
    first stood for the council in 2021"; not "the then 41-year-old", nor "In 2021, the 36-year-old"); a clause set off by a
    comma after the epithet is about its person ("The 31-year-old batter, who will stay on …"); a birth "in the mining town
    of Carrbrook in 1990" is told with its place.

    An epithet a verb of saying follows after a clause ("…, the 29-year-old German said") or a quotation ('"…," the
    52-year-old said': the one person the sentence before names) is the speaker; "The 47-year-old" after a sentence
    whose subject is no person (a club, a name a plural verb follows: "Carreg Vale have extended …", a name after a
    determiner where names have capitals: "The Ospreys said … that Hale", "a Rapids scarf") is the one person named in
    full before, and never whom a pronoun stands for; a length of a post named by no body ("after 16 years in
    office") against the year a title is held since ("sheriff since 2012"); a given name that is also a word alone
    after a verb of saying (`وأضافت منى،`) is the full name it opens, a two-word family name alone the one it ends.

    The event an elapsed time dates may also be told by a word of it right before the time, with what it happened
    to before that ("the building, built 40 years ago", `العقار المشيّد قبل 40 عاماً`), set against the one other
    sentence that tells it with a year ("the building was built in 1994"). A birth is read with a place of two
    words or more set off by commas ("Born in Dayton, Ohio, in 1971").

    A noun that stands for a person just told, like a pronoun (`ويقول الرجل المولود عام ١٩٥٠`, "the man";
    [event_pronouns] described), opening a sentence that names nobody, makes its age or birth the one person's the
    sentence before names.

    A birth at a place of several words ("born at a zoo in the Netherlands in 2006"), read by two patterns,
    counts once; `الذي رأى النور في أحد دروب السوق سنة 1952` after a name set off by a comma is a birth (without
    the comma, "saw the light" may tell a founding). An age in a sentence that tells another person's birth
    (`حمد الفضلي (31 عاماً)، … منى العلي (44 عاماً)، وهي من مواليد 1981`) is held against its own person's birth
    told by name elsewhere (`الفضلي، المولود عام 1988`).

    An age in an indefinite noun set off before a full name, in apposition ("arrested a 58-year-old Italian man,
    Marco Ventresca, in …"), is that person's; an indefinite epithet opening a sentence ("A 33-year-old woman
    from Ghent was questioned") brings in someone new, not the subject before. An age attached to a definite
    noun no name follows (`المدرب البالغ من العمر 58 عاماً`) is held against the births of the one person the
    article introduced before it by that noun as a title (`المدرب البرتغالي روي فيغيرا` … `فيغيرا، المولود … عام
    1971`); a title two people were introduced by names no one.

    An obituary's age in a sentence of its own ("She was 91.", opening its sentence) is the age at death, of the
    one person the sentence before names at its opening, past a dateline ("JOHANNESBURG (Wire) — Thembisa
    Koloane, …"; a place named after "in" is no second person).

    ## Why it matters
    Durations and ages are computed by hand and copied between stories as years pass; a wrong
    one is a small but checkable error readers notice.

    ## Example
    `وكان الشرع قد اعتقل عام 2016، قبل أكثر من عقد` in a story published in November 2025.

    ## Not flagged
    An age and a birth of people said to be unrelated in the sentence of either (NAME001's ``not_same`` words: `ولا
    تجمع بين الممثلين أي قرابة رغم تشابه الاسمين`).
    An age set off right after one person's name and a birth year of another in its sentence ("Hugo Brennan, 58, …, succeeding
    Ellen Prior, who was born in 1949"); "about a decade ago" for nine or eleven years; an age that fits either side of the birthday
    (one more year either way for "nearly", `ناهز`); an age next to another year in its sentence
    that it fits (an age at a past event); an age whose person has two birth years in the
    article, or whose sentence holds another birth; "ago" whose nearest year is a birth year or
    has another year close by; "N years after" in a sentence about the future; two ages with a word
    of kinship or another person's name between them ("Hamad, 33, whose daughter started school in
    2019 at the age of 6"; not a relative after a preposition: "beside her mother in 1970, when she was 12"); an age at an event its sentence does not date (`منذ كان في العاشرة`,
    "since he was ten"); `بعد مرور 20 عاماً على تأسيسه`, which dates another event; "had been empty for 20 years since 1991", counted to
    another day, and a time that runs "until" a later event; a Hijri year (`عام 1187 للهجرة، أي قبل نحو قرنين ونصف`);
    an age right after a word of kinship ("with his own son, who is 14").

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    published = ctx.doc.published
    ages, births = ages_and_births
    birth_years = [(b.start, b.end) for b in births]
    for e in elapsed_times:
        if e.after:
            check_after(ctx, e, date_mentions, published)
        elif published is not None:
            check_ago(ctx, e, date_mentions, birth_years, published, name_mentions)
    for h, first, actual, reached in history_mismatches(ctx.doc, events, date_mentions):
        ctx.report("after_year", h.start, h.end, related=[ctx.related(first.start, first.end, "the year it counts from")],
                   elapsed=h.text, year=first.text, reached=reached, actual=f"{actual} years")
    report_since(ctx, events)   # "for 12 years since her appointment in 2018", "in the three weeks since its opening"
    for f, (ls, le), m, gap in first_in_conflicts(ctx.doc, date_mentions, _data(ctx.lexicon).stop):   # "the first rise in a decade"
        related = [ctx.related(ls, m.end, "the last one")]
        if gap is None:
            ctx.report("first_since", f.start, f.end, related=related, first=f.text, year=m.text)
        else:
            ctx.report("first_in", f.start, f.end, related=related, first=f.text, year=m.text,
                       published=published.isoformat(), actual=f"{gap} years")
    people = People(ctx.doc, name_mentions)
    for s, e, m, elapsed in held_post_lengths(ctx.doc, date_mentions, quantities, people, events):   # "has led the college
        ctx.report("after_year", s, e, related=[ctx.related(m.start, m.end, "the year it counts from")],   # since 2017"
                   elapsed=ctx.text[s:e], year=m.text, reached=published.year, actual=f"{elapsed} years")
    people = people if ages else None
    for a, b, year in age_pairs(ctx.doc, ages, births, lambda s, e: years_in(date_mentions, s, e), published,
                                (_data(ctx.lexicon).kin, _data(ctx.lexicon).kin_objects), people) if people else ():
        ctx.report("ages", b.start, b.end, related=[ctx.related(a.start, a.end, "the age now")],
                   age=b.told, year=year, now=a.told, published=published.year)
    for a, b in ages_now_apart(ctx.doc, ages, people, _data(ctx.lexicon).kin) if people else ():   # "Chikovani, 71" … "30-year-old"
        ctx.report("ages_now", a.start, a.end, related=[ctx.related(b.start, b.end, "the age told before")], age=a.told, other=b.told)
    for a, b in age_births(ctx.doc, ages, births, people) if people and births else ():
        references = age_references(ctx.doc, a, b, date_mentions, published)
        if published is not None and not a.at and (a.now or people.apposed(a.start) is not None or _determined(ctx.doc, a.start)) and not any(
                m.year is not None and m.end <= a.start for m in years_in(date_mentions, ctx.doc.sentence_at(a.start).start, a.start)):
            references = [published.year]   # set off after the name, no year before it: the age now (`السعدي (58 عاماً)
            #                                 قد تولى رئاسة الجامعة عام 2019`; not "In 2003, Diaz, 41, became mayor"); so
            #                                 is "The 41-year-old first stood for the council in 2021" (not "the then 41-year-old")
        if not references:
            continue   # no publication date and no year beside the age: nothing to count from
        slack = 1 if a.about else 0
        if any(r - b.year - 1 - slack <= a.years + a.width and a.years <= r - b.year + slack for r in references):
            continue
        ref = references[-1] if a.at else references[0]   # an age at a past event: the year of its sentence
        ctx.report("age", a.start, a.end, related=[ctx.related(b.start, b.end, "the birth year")],
                   age=a.told, born=b.year, reference=ref, expected=f"{ref - b.year - 1} or {ref - b.year}")
