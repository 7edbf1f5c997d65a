"""DATE006 between two ages of one person told in one sentence: an age now ("Rehema Omar, 38,")
and an age at a past event the sentence dates ("who started farming in 1989 at the age of 12").
Both give the year the person was born, a year either way for the birthday; when the two years
cannot meet, one age is wrong. Also the years an age is counted to against a birth year, each age
with the birth year of its person (:func:`age_births`), and two ages now of one person named in full
alike (:func:`ages_now_apart`)."""

from __future__ import annotations

import re

from checker.extractors.spans import starting_in
from checker.language.normalize import normalize_text

from .order import since_rx
from .role_held import by_role
from .holders import by_holder, family_named, titled_named, holder_words, other_holder, stop_words, unnamed_next_door

_SET_OFF = 3   # words between a name's comma and an age told of it, at most
_BESIDE = 30   # characters between an age at an event and the year that dates it, where its sentence tells two


def _kin_between(text: str, kin: frozenset[str], objects: frozenset[str]) -> bool:
    """A word of kinship in ``text`` that may tell another person ("whose son"), not one after a
    preposition, the object of the clause ("beside her mother", `مع والده`; a possessive between)."""
    words = re.findall(r"[^\W\d_]+", normalize_text(text).lower())
    return any(w in kin and not (objects & set(words[max(0, i - 3):i])) for i, w in enumerate(words))


def _kin_before(text: str, a, kin: frozenset[str]) -> bool:
    """A word of kinship among the few words right before an age's statement ("his son, who is 14")."""
    words = re.findall(r"[^\W\d_]+", normalize_text(text[max(0, a.lead - 40):a.lead]).lower())[-3:]
    return bool(kin & set(words))


def age_pairs(doc, ages, births, years_in, published, kin: tuple[frozenset[str], frozenset[str]], people):
    """Yield (age now, age then, year) whose birth years cannot meet: the only age at an event of
    a sentence that names one year (before publication) and no birth, and the only age now of the
    sentence with neither another person's name nor a word of kinship ("whose son") between it
    and the age at the event."""
    if published is None:
        return
    by_sentence: dict[int, list] = {}
    for a in ages:
        sent = doc.sentence_at(a.start)
        if sent is not None:
            by_sentence.setdefault(sent.start, []).append(a)
    for start, found in by_sentence.items():
        then = [a for a in found if a.at]
        if len(then) != 1:
            continue
        b = then[0]

        def apart(a) -> bool:   # "Omar, 38, whose son started at the age of 12": two people
            # (up to where the age at the event is told: `وهو ابن 21 سنة` names no son)
            lo, hi = sorted((a.end, max(a.end, b.lead)) if a.start < b.start else (b.end, a.start))
            return _kin_between(doc.text[lo:hi], *kin) or len({people.about(x.start, x.end) for x in (a, b)} - {None}) > 1 \
                or _kin_before(doc.text, a, kin[0])   # "… with his own son, who is 14": the son's age
        now = [a for a in found if not a.at and not apart(a)]   # (not "…, and his son Erlend, 19,")
        if not now and not any(not a.at for a in found):
            now = _told_elsewhere(doc, ages, b, people)   # "Ampo, 71, led …" … "Ampo spent his 40th birthday in 1990"
        if len(now) != 1:
            continue
        a = now[0]
        sent = doc.sentence_at(start)
        if starting_in(births, sent.start, sent.end):
            continue   # a birth told beside them: the birth rule weighs each age against it
        told = [m for m in years_in(sent.start, sent.end) if m.precision != "decade"]
        years = {m.year for m in told}
        if len(years) > 1:   # "joined as a 19-year-old trainee in 1994, rose … in 2018": the year told beside the age
            years = {m.year for m in told if -_BESIDE <= m.start - b.end <= _BESIDE or -_BESIDE <= b.start - m.end <= 0}
        if len(years) != 1 or (year := years.pop()) > published.year:
            continue
        born_now = (published.year - a.years - a.width - 1 - a.about, published.year - a.years + a.about)
        born_then = (year - b.years - b.width - 1 - b.about, year - b.years + b.about)
        if born_now[1] < born_then[0] or born_then[1] < born_now[0]:
            yield a, b, year


def ages_now_apart(doc, ages, people, kin: frozenset[str]):
    """Yield (later age, earlier age) for two ages now of one person, each set off right after a full
    mention of the name ("Zurab Chikovani, 71," … "Zurab Chikovani, the council's 30-year-old heritage
    officer") in two sentences, that cannot both hold: one is wrong. Not when a word of kinship stands
    right before either name (a father and a son of one name)."""
    told: dict[tuple, object] = {}
    for a in ages:
        if a.at:
            continue
        m = people.mention_before(a.start)
        between = doc.text[m.end:a.start] if m is not None else ""
        if m is None or not m.full or not re.match(r"\s*[,،(]", between) or len(re.findall(r"[^\W\d_]+", between)) > _SET_OFF \
                or _kin_before_name(doc.text, m.start, kin):
            continue   # ("Zurab Chikovani, 71,", "Zurab Chikovani, the council's 30-year-old heritage officer")
        first = told.setdefault(m.tokens, a)   # (one name written alike: not "Anselmo Vásquez Montaño, 58" and
        #                                        "Anselmo Velásquez Montaño, 44")
        if first is a or doc.sentence_index(first.start) == doc.sentence_index(a.start):
            continue
        lo_a, hi_a = a.years - a.about, a.years + a.width + a.about
        lo_b, hi_b = first.years - first.about, first.years + first.width + first.about
        if hi_a + 1 < lo_b or hi_b + 1 < lo_a:
            yield a, first


def _kin_before_name(text: str, start: int, kin: frozenset[str]) -> bool:
    words = re.findall(r"[^\W\d_]+", normalize_text(text[max(0, start - 30):start]).lower())[-3:]
    return bool(kin & set(words))


def _told_elsewhere(doc, ages, b, people) -> list:
    """The one age now of the person an age at an event is about, told in other sentences
    ("Boatbuilder Eulogio Ampo, 71," … "Ampo spent his 40th birthday in 1990"); none when the
    person is not known or has ages now of two values."""
    who = people.about(b.start)
    if who is None:
        return []
    sent = doc.sentence_at(b.start)
    now = [a for a in ages if not a.at and not (sent.start <= a.start < sent.end) and people.about(a.start, a.end) == who]
    return now[:1] if len({a.years for a in now}) == 1 else []


def years_in(mentions, start: int, end: int, exclude: tuple[int, int] | None = None) -> list:
    """The Gregorian dates in ``[start, end)`` that write their year (but the span ``exclude``)."""
    return [m for m in starting_in(mentions, start, end) if m.year is not None and not m.year_inferred
            and m.calendar == "gregorian" and (exclude is None or not (exclude[0] <= m.start < exclude[1]))]


def age_references(doc, a, b, date_mentions, published) -> list[int]:
    """The years an age ``a`` of a person born at ``b`` may be counted to: the publication year
    for an age now, the years its sentence names for an age at an event (the last one counts)."""
    sent = doc.sentence_at(a.start)
    since = since_rx(doc.lexicon) if not a.at else None
    references = [m.year for m in years_in(date_mentions, sent.start, sent.end, (b.start, b.end))
                  if m.year > b.year and m.precision != "decade"   # (not "since the 1920s")
                  and (a.at or published is None or m.year <= published.year)   # (an age now is no age at a year to
                  #   come: "keeping the 29-year-old … until the end of the 2025-26 season")
                  and not (since is not None and since.search(normalize_text(doc.text[max(sent.start, m.start - 12):m.start])))]
    #   (an age now: "Lan, 58, has overseen the department since 2019" is not 58 in 2019)
    if a.at and not references and not any(not (b.start <= m.start < b.end) for m in
                                           starting_in(date_mentions, sent.start, sent.end)):
        return []   # `منذ كان في العاشرة`: an age at an event its sentence does not date (but "in January")
    if published is not None:
        references.insert(0, published.year)
    elif not a.at:
        return []   # "Diaz, 41,": an age now, and no publication date to count it from
    return references


def age_births(doc, ages, births, people):
    """Each age with the birth year of its person: the one birth in its sentence, else the
    births of the person it is said of (by name) elsewhere in the article, if they agree."""
    by_person: dict[int, list] = {}
    stop = stop_words(doc.lexicon)
    for b in births:
        if (who := people.opening(b.start)) is None:   # (`وأبصر النور عام 1941`: the person named before)
            who = people.about(b.start)
        if (given := people.given_named(holder_words(doc.text, b.start, b.end, stop), who)) is not None:
            who = given   # `أن يزن، المولود عام 2001`: the given name it is attached to, not the speaker before
        sent = doc.sentence_at(b.start)
        if sent is not None and any(not x.at for x in starting_in(ages, sent.start, sent.end)):
            continue   # a birth told beside an age now is that age's person's (`كريم الشعري، 31 عاماً، المولود …`;
            #            not an age at an event: "Born in 1998, Beridze took up wrestling at the age of nine")
        if who is not None:
            by_person.setdefault(who, []).append(b)
    for a in ages:
        sent = doc.sentence_at(a.start)
        if sent is None:
            continue
        born = starting_in(births, sent.start, sent.end)
        born = [b for b in born if not any(o is not b and o.start <= b.start and b.end <= o.end for o in born)]
        #   (one birth read twice, `من مواليد ١٩٧٣` and `مواليد ١٩٧٣` inside it, is one)
        if len(born) == 1:
            aged = starting_in(ages, sent.start, sent.end)
            if (wa := people.apposed(a.start)) is not None and wa != people.about(born[0].start) is not None:
                # "Hugo Brennan, 58, …, succeeding Ellen Prior, who was born in 1949": two people; the age's own
                # birth, told of its name elsewhere, alone (`حمد الفضلي (31 عاماً)، … منى العلي (44 عاماً)، وهي من
                # مواليد 1981` … `الفضلي، المولود عام 1988`)
                linked = by_person.get(wa, [])
                if len({b.year for b in linked}) == 1:
                    yield a, linked[0]
                continue
            if min(aged, key=lambda x: abs(x.start - born[0].start)) is a:
                yield a, born[0]   # of two ages, the one told next to the birth: `أنس، البالغ 21
                continue           # عاماً والمولود عام 2002، … شقيقه محمد، 25 عاماً`; the other is linked by its name
        elif born:
            continue
        who = people.apposed(a.start)   # ("Halloway replaces Lord Pennant, 75, who retired": Pennant's)
        who = people.about(a.start, a.end) if who is None else who
        who = family_named(doc, a, people) if who is None else who   # (`وبن عمار، البالغة …`: a name the facts missed)
        linked = by_person.get(who, []) if who is not None else []
        if not linked and who is None and (titled := titled_named(doc, a, people)) is not None:
            linked = by_person.get(titled, [])   # (`المدرب البالغ من العمر 58 عاماً`: the coach named before)
        if not linked:
            linked = by_holder(doc, a, births, people)
        if not linked and who is None:
            linked = [b for b in unnamed_next_door(doc, a, births, people) if not other_holder(doc, a, b)]
        if not linked:
            linked = by_role(doc, a, ages, births, people)   # `سفير … الجديد، منصف البكوش (54 عاماً)` … `والسفير الجديد … وُلد`
        if linked and len({b.year for b in linked}) == 1:
            yield a, linked[0]
