"""NAME002: one person given two offices that one person does not hold at once (Finance Minister
X … Trade Minister X); the ``name_roles`` fact it reads.

Long because: the rule's docstring is its whole explanation (`checker explain`), reading after reading;
its readings live in the modules it imports."""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass
from functools import lru_cache

from checker import Example, rule
from checker.language.matching import finditer_near, matched_key, proclitic_letters, punctuation_class
from checker.language.regexes import compiled

from .deputies import DEPUTY_SET, OFFICE_SET
from .lexicon import NamesData, WORD, names_data
from .reintroduced import reintroductions
from .role_conflicts import exclusive_conflicts, two_holders

_BLANKS = compiled(r"[ \t]*")
_APPOSITION = compiled(r"[^\S\r\n]*[,،][^\S\r\n]*")   # a comma after a name, then its apposition


@dataclass(frozen=True)
class Role:
    """An office the article gives a person: ``mention`` (the NameMention), ``group`` and
    ``office`` (the ``[names.offices.<group>]`` table and key), where the office is written,
    whether it is held jointly with another, and whether a change is stated next to it."""

    mention: object
    group: str
    office: str
    start: int          # the office as written
    end: int
    joint: bool          # held with another office ("Trade and Industry Secretary")
    changed: bool        # "the new finance minister", "وزير المالية الجديد"


@lru_cache(maxsize=32)
def _clause_break(lex) -> re.Pattern:
    """A mark that ends a sentence or a clause (language data), a colon or a line break."""
    return re.compile(punctuation_class(lex, "sentence_end", "clause_end", extra=":\n\r"))


def _words_before(view_text: str, pos: int, n: int = 1) -> list[str]:
    return [m.group() for m in WORD.finditer(view_text[max(0, pos - 40):pos])][-n:]


def _word_after(view_text: str, pos: int) -> str:
    m = WORD.match(view_text, _BLANKS.match(view_text, pos).end())
    return m.group() if m else ""


def _joint(vt: str, ns: int, ne: int, data: NamesData, proclitics: str) -> bool:
    """The office is held with another: "Trade and Industry Secretary", `وزير الاقتصاد والمالية`."""
    before = _words_before(vt, ns)
    after = _word_after(vt, ne)
    if (before and before[0] in data.conjunctions) or after in data.conjunctions:
        return True
    return bool(after) and bool(data.article) and any(
        c in proclitics and after.startswith(c + data.article) and len(after) > len(c + data.article) + 1
        for c in data.conjunctions)


def extract_roles(doc, facts) -> list[Role]:
    """The offices the article gives the people it names (a shared fact, ``name_roles``): the
    office in the title before a name or in an apposition after it."""
    data = names_data(doc.lexicon)
    if data.offices is None:
        return []
    return _roles(doc, facts["name_mentions"], data)


def _roles(doc, mentions, data: NamesData) -> list[Role]:
    view = doc.normalized
    vt = view.text
    proclitics = proclitic_letters(doc.lexicon)
    out = []
    for m in mentions:
        if not m.person:
            continue
        found = None
        if m.title_start is not None:
            ns = view.from_original(m.title_start)
            hit = data.offices.match(vt, ns) if data.offices is not None else None
            if hit is not None:
                found = hit
        if found is None and data.offices is not None:
            # an apposition after the name: "Ralph Goodale, the finance minister", "معاذ مصطفى، رئيس"
            pos = view.from_original(m.end)
            g = _APPOSITION.match(vt, pos)
            if g:
                pos = g.end()
                for _ in range(2):
                    w = WORD.match(vt, pos)
                    if w is None:
                        break
                    raw = doc.text[view.offsets[w.start()]]
                    if w.group() in data.skip or (data.possessive and w.group().endswith(data.possessive)) or \
                            (raw.isupper() and data.office_of.get(w.group()) is None and
                             data.offices.match(vt, w.start()) is None):
                        pos = _BLANKS.match(vt, w.end()).end()
                        continue
                    break
                found = data.offices.match(vt, pos)
        if found is None:
            continue
        group, office = data.office_of[matched_key(found.group())]
        s, e = view.to_original(found.start(), found.end())
        # the words next to the office: two before it, and those between it and the name
        lo = found.start()
        before = _clause_break(doc.lexicon).split(vt[max(0, lo - 40):lo])[-1]
        words = list(WORD.finditer(before))[-2:]
        if words:
            lo -= len(before) - words[0].start()
        hi = max(found.end(), view.from_original(m.start)) if m.start >= e else found.end()
        near = data.change_near is not None and data.change_near.search(vt, lo, hi) is not None
        after = _word_after(vt, found.end())
        near = near or (data.change_near is not None and bool(after) and data.change_near.fullmatch(after) is not None)
        out.append(Role(m, group, office, s, e, _joint(vt, found.start(), found.end(), data, proclitics), near))
    return out


def _unshared_full_names(mentions) -> set[int]:
    """The entities with a full name whose family name no other entity shares."""
    fulls = collections.defaultdict(set)
    for m in mentions:
        if m.full and m.person:
            fulls[m.key].add(m.cluster)
    return {m.cluster for m in mentions if m.full and m.person and len(fulls[m.key]) == 1}


def _named_where_an_office_changed(doc, mentions, data: NamesData) -> set[int]:
    """The entities named in a sentence that says an office changed hands ("former",
    "appointed", `السابق`)."""
    if data.change is None:
        return set()
    view = doc.normalized
    sents = doc.sentences
    starts = [view.from_original(sent.start) for sent in sents]
    changed = set()  # one pass over the text: the sentences a change word falls in
    for hit in finditer_near(data.change, data.change_finder, view.text, 0):
        i = bisect.bisect_right(starts, hit.start()) - 1
        if i >= 0 and hit.end() <= view.from_original(sents[i].end):
            changed.add(sents[i])
    return {m.cluster for m in mentions if doc.sentence_at(m.start) in changed}


@rule(
    id="NAME002",
    name="role-conflict",
    severity="warning",
    languages=["*"],
    summary="One person given two offices one person does not hold at once (Finance Minister X … Trade Minister X; "
            "وزير المالية … وزير الاقتصاد; العقيد … العميد), or two roles of one story that exclude each other "
            "(the judge and the prosecutor of a trial; الحكم … المدير الفني), or one office two people hold "
            "(two regional governors).",
    messages={
        "conflict": "{name} is called {office} here and {other} elsewhere: one person holds one of these "
                    "at a time.",
        "exclusive": "{name} is called {role} here and {other} elsewhere: one person is not both in one "
                     "{scope}.",
        "holders": "{name} is called {role} here, but so is {other} earlier in the article: one person "
                   "holds it at a time.",
        "reintroduced": "{name} is introduced here as '{second}', after being introduced as '{first}': "
                        "two people share the name, or one description is wrong.",
    },
    notes={
        "called": "called {title} here",
        "introduced-first": "introduced here first",
    },
    examples=[
        Example("WARSAW (Reuters) - Finance Minister Jan Kowalski said the deficit would narrow. "
                "Kowalski told reporters growth would reach 3.5 percent. Trade Minister Jan Kowalski "
                "will travel to Berlin next week.", "en", True),
        Example("WARSAW (Reuters) - Former Trade Minister Jan Kowalski, appointed finance minister in "
                "March, said the deficit would narrow. Finance Minister Jan Kowalski will travel to Berlin.",
                "en", False),
        Example("وقال وزير المالية سامر الخليل إن العجز سينخفض. وأضاف وزير الاقتصاد سامر الخليل أن "
                "الصادرات ارتفعت.", "ar", True),
        Example("وقال وزير المالية السابق سامر الخليل إن العجز سينخفض. وأضاف وزير الاقتصاد سامر الخليل أن "
                "الصادرات ارتفعت.", "ar", False),
        Example("The trial was held before U.S. District Judge Maria Okafor. Assistant U.S. Attorney Maria "
                "Okafor told jurors the evidence was clear.", "en", True),
        Example("Judge Lena Brandt presided over the trial. Prosecutor James Brandt told jurors the evidence "
                "was clear.", "en", False),
        Example("وأدار اللقاء الحكم كريم الصاوي. وقال المدير الفني لشباب الفيوم، كريم الصاوي، إن فريقه "
                "قدم شوطا جيدا.", "ar", True),
    ],
)
def role_conflict(ctx, name_mentions, name_roles, role_claims):
    """
    ## What it flags
    One person (a full name, or its family name alone when no one else in the article has it)
    given two offices of one group, in the title before the name ("Finance Minister Jan
    Kowalski", `وزير الاقتصاد سامر الخليل`) or in an apposition after it ("Jan Kowalski, the
    trade minister", `معاذ مصطفى، رئيس الوزراء`). The groups are language data: ministerial
    portfolios (finance, economy, trade, foreign affairs…), heads of state and government
    (president, vice-president, prime minister, king), military ranks (`العقيد`, `العميد`,
    `اللواء`; Colonel, General). The finding is on the rarer office (the later one when both
    are as frequent), with the other as a related span.

    Also one person given two roles of one set that exclude each other in one story (``[role_sets]``
    language data, :mod:`.role_sets`): the judge, a prosecutor, a defence lawyer, the defendant,
    a witness, the expert the court appointed of one trial ("U.S. District Judge Maria Okafor" … "Assistant U.S. Attorney Maria
    Okafor"; `برئاسة المستشار …` … `ممثل النيابة العامة، المستشار …`); the referee (an umpire, an arbiter) and a
    coach or player (an opener, a bowler) of one match; the mayor, the province's governor (not the chair of its
    council either: `رئيس مجلس المحافظة`), the
    appointed city manager and the council's opposition leader (`رئيس المجلس البلدي` … `مدير عام
    بلدية الكويت`, `محافظ اللاذقية` … `رئيس البلدية`); the prime minister, or any minister, and the
    opposition leader or an opposition MP (`وزيرة الشؤون الاجتماعية` … `رئيسة كتلة المعارضة في البرلمان`; "Culture
    Minister Samir Aoun" … "Samir Aoun, the opposition MP", `النائب المعارض`); a candidate, or the winner ("the incoming chairman", `الرئيس المنتخب`), and the head
    of the election commission (or of the committee supervising the vote, or its returning officer,
    `رئيس لجنة الإشراف على الانتخابات` … `مرشح قائمة`); the clinician who treats (a
    consultant cardiologist, a surgeon, a midwife: not "Dr" alone) and the patient (`استشاري أمراض القلب` …
    `المريض`); a company's auditor
    (an inspector general) and its finance director or chief executive; a union's leader and the
    company's chief executive or its human resources director (`رئيس النقابة` … `الرئيس التنفيذي للمصنع`;
    "Rell, who as the yard's human resources director signed the letters"); a councillor and the
    council's chief executive; the inspector of prisons or schools and the governor or head of one ("The governor of HMP
    Fenwick Moor, Denise Aldridge" … "Denise Aldridge, the chief inspector of prisons", `مدير السجن` … `كبير مفتشي
    السجون`; a role ending in the body's name, then a comma and its holder's); the head of a college or university and
    the students' union president (`رئيس الجامعة` … `رئيس اتحاد الطلبة`); a prize's jury chair and a writer shortlisted
    for it (`رئيس لجنة التحكيم` … `المرشح للجائزة`); one name told with its lineage and
    without it is one person (`القاضي ناصر بن حمد الدوسري` … `محامي الدفاع ناصر الدوسري`); a public office or a company's helm and the livelihood of a member of
    the public the story meets ("County Commissioner Joseph Otieno" … "Joseph Otieno, a 41-year-old
    fisherman who lost his vessel", `المدير العام … خليل عيسى` … `الصياد خليل عيسى`, `مدير النقل …` …
    `الطالب …`, `العقيد …` … `الشاب …`, `رئيس بلدية …` … `مربي أغنام …`, "director of the national malaria programme" …
    "a fisherman", "director Mohammed Khasawneh" … "Lorry driver Mohammed Khasawneh", `السائق`; "once" in "at once"
    tells no change of role; a figure joined to the noun, "41-year-old", is passed over to the name, and so are up to two
    words after an article opening the apposition, "a second-year engineering student"); the planning inspector hearing an appeal, the chair of an inquiry
    or a tribunal and a barrister in it or a party's counsel ("who chairs the inquiry" …
    "appearing for Orkney Sound Lines"). A role a story has one holder of (``single``: the mayor,
    the governor, the council's chair) given to two people named in full is flagged too ("Regional
    governor Elena Quispe" … "Regional Governor Rodrigo Huamán", `رئيس البلدية أحمد الخطيب` … `رئيس
    البلدية محمود العلي`), unless a change is stated near either or they name different places (with the role, or opening
    its sentence: "In Elma, Mayor …", `وفي العلمة، قال رئيس البلدية`), or one
    a place and the other none ("Governor Elena Quispe of Arequipa" … "Governor Rodrigo Huamán"). One person given a
    title right before the name and the same title after a word that makes it the deputy's ("Park superintendent Arnel
    Sabado" … "deputy park superintendent Arnel Sabado", `مدير الحديقة` … `نائب مدير الحديقة`; any title, read as written
    back to the nearest punctuation, verb or stopword: :mod:`.deputies`; a title told once with its body's complement
    and once without it is one title: `رئيس اللجنة المنظمة للمهرجان` … `نائب رئيس اللجنة المنظمة`, and so is one of three
    words or more read with words before it: `عن الجانب العراقي رئيس هيئة استثمار نينوى`); and so two executive offices of one body in
    such titles ("federation treasurer Hassan Zoubi" … "Federation president Hassan Zoubi", `أمين صندوق الاتحاد` … `رئيس
    الاتحاد`; the body by its head noun, data ``[role_sets] offices``; across a comma and an honorific: `رئيس الاتحاد
    المصري للكرة الطائرة، المهندس عادل منصور`). A lawyer's title set off by a comma after a name is in construct with the
    name after it, the client (`رشيد الوزاني، محامي بوزيان`: Wazzani's role). The role is read
    from its structure: a title before the name, across honorifics, a complement and one comma
    ("the manager of Rovers, Dean Whitcombe", `المدير الفني لشباب الفيوم، كريم الصاوي`, `المدعي
    العام في القضية، فراس العمري`, a quoted complement: `المرشح عن قائمة "التجار المستقلين" فادي عويضة`), after
    "برئاسة", or an apposition after the name ("Dean Whitcombe, the referee"), also one that tells
    the role by what the person does ("Maria Diaz, who leads the opposition on the council",
    "Rafael Ortega, representing the accused", "Paul Ibbotson, representing Pryce" — a counsel, not
    the detective of the case —, "Brandt, who represents Hale" — a party's counsel, never the
    prosecutor —, a lawyer after a client's possessive, "Carver's barrister, Nia Okoro", "Marsh, who is defending
    Lindahl" (not "defending Hale's right"), every name joined by "and" after a form ending in "by" ("refereed by Ivo
    Brandt and Karel Sommer"; ``agent_after``), a union's officer told with the possessive ("the union's general
    secretary, Mark Delaney"), court reporting's "Fiona Rennie, prosecuting," (letters after the name no part of it:
    "Simon Achterberg KC, prosecuting"), "…, for the defence," and "…, defending," (not "defending
    champion", "defending her title"), `إياد البكري، الذي يمثل المتهم`, `منير الشامي، الذي يتولى الدفاع عن الكردي`, `الوزاني، بصفته ممثلاً للنيابة` with the
    family name alone of a person named in full; a role whose client no name gives (or one gives, with no name
    before the role), its holder set off after it by a comma, `وكيل الدفاع عن المتهم الأول، المحامي سامر الخوالدة`,
    `محامي الدفاع عن الفاخوري، مروان الشريف`; after "who" never
    the name after it: "Owen Pritchard, who leads the opposition Plaid Cymru group", against
    "Council leader Owen Pritchard"). In Arabic a role told as the predicate of the name right
    before it (`انتخب المجلس وائل الدهيبي رئيساً للبلدية`) is read too: its form is derived from
    the listed one (`رئيس البلدية`) by a rewriting rule of the language data (``derived_forms``); so is a role
    joined by an attached "and" to the role of an apposition (`فرج العبيدي، المدير الفني للشركة والمتهم الثاني`). In Arabic a
    complement may hold a noun the name facts stop a name at (`مدرب نادي الاتحاد الرياضي …`), and
    a name read one word past its end into the verb's object (`وأرجأ القاضي طارق بن سالم
    المحاكمة`) is the same person as the name without that word, unless the word is a given name.
    Two words right after a role, or before the comma of an apposition, with no given name the
    language data knows (`ناجي حداد`), are a name only when another role of the article is given
    the same two words. A title whose first word ends a team's name ("Millbrook City manager") is
    read without it.
    One full name introduced twice as two people (:mod:`.reintroduced`): first told with a
    description (a title before the name, an apposition after it: "said the school's director, Bounmy
    Sihavong", "culture department head Johan Pattiasina", `مدير المعمل، المهندس مهند الفهداوي`; in Arabic the
    noun of a role right before the name: `المفتش عبد الباسط بوسدرة`), then
    written in full again with an apposition that introduces someone ("Bounmy Sihavong, one of the
    twelve graduates", "Chandana Jayasundara, a tuk-tuk driver"; in Arabic, which marks no indefinite,
    a definite noun, the noun of a role, `وهو` or `أحد`: `مهند الفهداوي، سائق إحدى الشاحنات`, `وهو متقاعد`,
    `أحد المتدربين`; or a relative clause of what one does now: "Lomuria Ekaale, who is paid 300 shillings a day to
    drive the donkey cart", `محمد الخصاونة، الذي ينقل الخضار` — not one in the past: "who trained as a nurse"; an age
    may stand first, an adverb before the verb: "Kwame Ofori, 15, who still goes to junior high school", `سالم المهيري
    (17 عاماً)، الذي يدرس`), the two descriptions, read to a relative clause, sharing no word and the second's words
    not half of them the first sentence's, and no word of the first told again right before the second name (a
    headline's "novelist Sami Attar" and the lede's "novelist Sami Attar, one of the leading writers of …": one
    introduction, `الروائي سامي العطار، أحد أبرز كتاب الرواية`). A title is read from its noun phrase ("the oil company's inspector", `مفتشة
    الرقابة` past the verb before it), a title also written as an honorific describes ("whose director, Kwame Ofori"),
    and what follows a name that a comma sets off after a title goes on with the clause there, unless a word that
    introduces someone opens it ("The building's owner, Johan Pattiasina, a shipping agent"); not when a change is stated next to either ("a former masseuse", `المعلمة السابقة`), nor when
    both descriptions name a title or an office ("Foreign Minister Ayman Safadi" … "Ayman Safadi, a deputy prime
    minister": one person may hold two, which the readings of offices weigh).
    One person is one full name, or a family name alone when one full name of the article ends
    with it.

    The incumbent and the challenger of one race ("Incumbent Sheriff Ron Tabor" … "Tabor, the first-time
    challenger"); a hearing's panel told before its chair ("The panel, chaired by Swiss lawyer Anton Seiler") and
    a party's counsel ("the lifter's lawyer"); a recall's organizer and the mayor; a bout's referee (`حكم النزال`)
    and a coach; a change word with another person's name between it and the mention is that person's.

    An appellant is a party to the case ("one of the appellants", `أحد المستأنفين`), never its judge; "late" in a
    relative's phrase ("son of the late merchant", `أكبر أبناء الراحل`) is the relative's, no change of the
    person's role.

    A word of another case inside someone's quoted words (`إن الحكم «سابقة في المنطقة»`: a precedent) sets no
    other scope for a role.

    Votes won ("who topped the poll with 611 votes") make a candidate, never the returning officer of the count; a
    hearing's panel "is chaired by" its chair. A name in a list of names ("the new members are Jory Pascoe,
    Morwenna Treloar, …") has no description of its own.

    A coach told in construct with the athlete after a comma (`عبد الإله الوزاني، مدرب الإدريسي`) is the person
    named before, the athlete the one coached.

    A panel's chair is read past an article before the holder's own role ("chaired by the barrister Helen
    Okonedo") and where the panel is a named body ("the National Anti-Doping Panel, chaired by").

    A sale (the buyer and the seller of one deal) and a negotiation (the mediator of talks, the union's
    negotiators and lawyers, the employer's) are sets of their own; in an election the winner ("mayor-elect",
    `الرئيس المنتخب`) and the losing candidate (`المرشح الخاسر`) are two roles, each compatible with
    "candidate". An Arabic role's complement may run to four words before the comma and the name (`قاضي التحقيق
    الأول في جبل لبنان، جورج عيسى`), and the secretary-general of a union may be told `الكاتب العام للنقابة`.

    One person given offices in two bodies of kinds that face each other in one story (:mod:`.sides`): a union's
    officer and an executive of the employer or of the ministry it bargains with ("Unite's regional organiser
    Gary Holmes" … "Pennine Metro's operations director, Gary Holmes"; `الكاتب العام للنقابة` … `المدير العام
    لشركة …`), an auditor or a regulator and what it oversees ("State Auditor Dana Whitlock" … "the agency's
    executive director, Dana Whitlock"; "who chairs the national water regulator"), a government official and a
    company's executive. An office is any title holding an office word ("director", "general secretary",
    `مدير`), read before the name or in an apposition after it; its body is the rest of the title (a possessive,
    the words before the office, a complement after it), its kind told by a noun of its kind ("union",
    "consortium", "ministry", "regulator", `النقابة`, `شركة`) or, for a body named only by its name, by such a
    noun written next to that name elsewhere ("bus operator Pennine Metro", "the Unite union", "Silver Basin
    shares") or before its short form in brackets ("the Rail Operatives' Union (ROU)"). Not a state-owned
    company and a ministry's official ("state-owned", "central bank", `الشركة العامة`), not "rugby union", not a
    title that runs into another person's name, and not with a change told ("a former Unite organiser").

    One person given a team's office ("coach", "captain", `مدرب`, `المدير الفني`) of two teams the article shows
    facing each other (:mod:`.teams`: one sentence names both with a word of a match or a score, "Leeds Rhinos
    beat Wigan Warriors 24-18", `بعد فوزه على الرائد الكويتي بنتيجة 31-28`): "Leeds coach Tom Barrow" … "Tom
    Barrow, the Wigan Warriors coach"; `المدير الفني للرائد، التونسي منير الغربي` … `منير الغربي، مدرب الشروق`
    (an adjective of origin before the name no part of the title or the name). Not a club's and a national
    team's captain that never face each other in the article.

    The speaker of parliament and a minister ("Speaker Nabil Tohme" … "Finance Minister Nabil Tohme", `رئيس مجلس
    النواب` … `وزير المالية`; not "the keynote speaker"); the city's attorney and the council's president; a
    board's chairman and the external auditor reporting to its members (`رئيس مجلس الإدارة` … `مراقب الحسابات
    الخارجي`).

    ## Why it matters
    A wrong office misinforms the reader about who speaks for whom, and is usually a slip from
    an earlier story or a confusion between two officials.

    ## Example
    `Finance Minister Jan Kowalski said …` … `Trade Minister Jan Kowalski will travel …`

    ## Not flagged
    A namesake told as such ("a young novelist who was named after his grandfather", `الذي يحمل اسم جده`: NAME001's
    ``not_same`` words).
    A stated change anywhere in a sentence that names the person ("former", "acting",
    "appointed", "replaced", `السابق`, `عُيّن`, `تولى`, `المكلف`) or next to the office ("the new
    finance minister", "then-Trade Minister", `وزير المالية الجديد`); offices held
    together ("Trade and Industry Secretary", `وزير الاقتصاد والمالية`); pairs the language
    data lists as one office (finance and economy in English copy; `الرئيس` for a prime minister
    in Lebanese usage); offices of different groups (a deputy prime minister who is also foreign
    minister); ranks written short ("Lieutenant General" then "General"); a family name alone that
    two people in the article share; titles that are not offices ("Mr", "leader"). A name written
    again whose sentence tells another person of the name ("another Eleni Mavraki, 45, who … is no
    relation"); words before a name set off by a comma where the name opens its clause ("Kneeling under a
    low, twisted tree, Eleni Mavraki scrapes"), which describe no one.
    For roles of a set: a change stated within a few words of the person or the role ("former",
    "now", "who was … until", "appointed", `السابق`, `عُيّن`; `الحالي`, `المنتخب` only right after the role or the name, not
    of another noun a few words on: `السوق الحالي`, and with the article only after a role that has it, `الرئيس المنتخب`, not
    `مدرب المنتخب`, the national team's coach; not a date set for the proceedings: "adjourned until Monday",
    `حتى يوم`, nor the time of what follows, "Until then assistant coach Neil Harrop will lead the side", `وحتى ذلك
    الحين`; not "until" with a year still to come after it, "extended the contract of head coach Liam Corbett until
    the end of the 2027 season"; not a word inside another person's title: `المتهم الرئيسي كاتب العدل السابق وليد الطراونة`), another case, match or
    city told next to a role ("in an unrelated case", `في قضية أخرى`), roles one person holds
    together (a lawyer and the defence; a player-coach; the mayor who chairs the council; an office and a
    second occupation told as such: "a farmer by trade", "herself a farmer", `في أوقات فراغه`), roles
    of different sets, a role inside someone's quoted words (a quotation left open before it in
    its paragraph, unless the last mark closes one), and two people who share a family name.

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    told = _office_conflicts(ctx, name_mentions, name_roles)   # "Vice President X": told by the offices
    role_claims = [c for c in role_claims if not (c.set.startswith((DEPUTY_SET, OFFICE_SET)) and c.cluster in told)]
    exclusive_conflicts(ctx, role_claims, name_mentions)
    two_holders(ctx, role_claims, name_mentions)
    taken = [(f.span.start, f.span.end) for f in ctx.findings]
    for r in reintroductions(ctx, name_mentions):   # "the school's director, Bounmy Sihavong" … "Bounmy Sihavong, one of the graduates"
        if not any(s < r.end and r.second.start < e for s, e in taken):
            ctx.report("reintroduced", r.start, r.end, related=[ctx.related(r.first_start, r.first_end, "introduced here first")],
                       name=ctx.text[r.second.start:r.second.end], second=ctx.text[r.start:r.end],
                       first=ctx.text[r.first_start:r.first_end])


def _office_conflicts(ctx, name_mentions, roles) -> set:
    """One person given two offices of one group (the first half of NAME002); the clusters told."""
    data = names_data(ctx.lexicon)
    told: set = set()
    if data.offices is None or not roles:
        return told
    safe = _unshared_full_names(name_mentions)
    touched = _named_where_an_office_changed(ctx.doc, name_mentions, data)
    by_cluster = collections.defaultdict(list)
    for r in roles:
        by_cluster[(r.mention.cluster, r.group)].append(r)
    for (cluster, group), rs in sorted(by_cluster.items(), key=lambda kv: kv[1][0].start):
        if cluster not in safe or cluster in touched or any(r.joint or r.changed for r in rs):
            continue
        counts = collections.Counter(r.office for r in rs)
        if len(counts) < 2:
            continue
        offices = list(counts)
        if all(frozenset((a, b)) in data.compatible for i, a in enumerate(offices) for b in offices[i + 1:]):
            continue
        first = {o: next(r for r in rs if r.office == o) for o in offices}
        ranked = sorted(offices, key=lambda o: (counts[o], -first[o].start))
        rare, common = ranked[0], ranked[-1]
        if frozenset((rare, common)) in data.compatible:
            continue
        p, c = first[rare], first[common]

        def span(r: Role) -> tuple[int, int]:
            return min(r.start, r.mention.start), max(r.end, r.mention.end)

        ps, pe = span(p)
        cs, ce = span(c)
        name = next((m.text for m in name_mentions if m.cluster == cluster and m.full), p.mention.text)
        ctx.report("conflict", ps, pe, related=[ctx.related(cs, ce, f"called {ctx.text[c.start:c.end]} here")],
                   name=name, office=f"'{ctx.text[p.start:p.end]}'", other=f"'{ctx.text[c.start:c.end]}'")
        told.add(cluster)
    return told
