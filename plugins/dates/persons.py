"""Who a statement in a sentence is about: the person a name mention names (at a sentence's opening,
or right after a title set off by a comma: "The oldest member, Maura Lacayo,"), linked to an age,
a birth or a death by position — an appositive after the name ("Diaz, 41,", `القحطاني، البالغ
14 عاماً`), a relative clause ("Smith, who was born in 1961"), or a sentence that opens with the
statement and names its subject later ("Born in 1942 to a fisherman, Valdivia published").

Long because: :class:`People` answers who a statement is about for every way an article tells it (an
apposition, a pronoun, an opening clause, a quotation's speaker), each way with its guards."""

from __future__ import annotations

import bisect
import re

from checker.extractors.name_mentions import names_lexicon
from checker.language.regexes import compiled

from .attributed import apposed_next
from .person_words import described_rx, _a_thing, _brought_in, _determined, _indefinite, _institutions, _modifier, _owner_links, _personal, _plural_verbs, determiners

_REACH = 120   # characters back from the statement to the name it is about
_TAG = 40      # characters after an epithet where the verb of saying after it may end ("German said")
_OPENING = 12  # characters into its sentence where a statement still opens it ("Born in")
_CHAIN = 2     # sentences that name nobody, passed over back to a name, at most
_MAIN_COUNT = 2   # mentions of the person an article is about, at least
_WORD = compiled(r"[^\W\d_]+")
_MARKS = compiled(r"[\u064B-\u065F\u0670\u0640]")   # Arabic vowel marks and the tatweel, no letters
_CONJ = compiled(r"^[وف](?=[^\W\d_]{3})")
_ANTECEDENT = 400   # characters before a sentence searched for the person its pronoun stands for
_CLAUSE = compiled(r"[,،]")   # ends an opening clause before the name it is about ("Born in 1960, Diaz")
_ATTRIBUTE = 40    # characters from an attributive statement to the name it stands before
_PUNCT = compiled(r"[^\w\s'’\-]")
_MAIN_CLAUSE = compiled(r"[,،]\s*([^\W\d_]+)")   # the first word after a sentence's first comma
_MAIN_PRONOUN = compiled(r"[,،]\s*([^\W\d_]+)(?=\s+[^\W\d_]+)")   # a word after a comma, a word after it
_FIRST_WORD = compiled(r"\W{0,8}([^\W\d_]+)")     # a sentence's first word (past its opening marks)
_COMMA = compiled(r"[,،]")
_APPOSITION = compiled(r"[,،]\s*([^\W\d_]+)")   # a comma after a name and the apposition's first word
_DATELINE = compiled(r"\W{0,3}(?:[^\W\d_]{1,30}[ ,.'’]{1,2}){0,3}[^\W\d_]{1,30}[ ,.]{0,2}(?:\([^)\n]{1,30}\)[^\S\n]{0,3})?"
                     r"(?:—|–|[^\S\n]-)[^\S\n]{0,3}")   # "JOHANNESBURG (AP) — "
_ASIDE = 8   # words of an aside between a sentence's first two commas, at most
_NEXT_WORD = compiled(r"(,)|\s([^\W\d_]+)")   # after a name: a comma, or the word after it
_LETTER_NEXT = compiled(r"[^\S\n]+([^\W\d_])")   # after a name, the first letter of the next word
# "The oldest member, " before a name; "The boat's captain, 24-year-old " (a number joined to words by
# hyphens before it too)
_QUOTE_OPEN = compiled(r"\W{0,3}[\"“«]")   # a quotation opening a sentence
_QUOTE_CLOSE = compiled(r"[\"”»]")
_TOLD_END = compiled(r"[.!?؟\n]")   # ends the sentence a quotation's attribution stands in
_QUOTED = 300   # characters from a statement to the end of its quotation, at most
_TOLD_BACK = compiled(r"[,،]?[\"”»][^\S\n]*([^\W\d_]{1,4})[^\S\n]+")   # a quotation closed, then a determiner
_APPOSED_AFTER = compiled(r"[^\S\n]*[,،][^\S\n]*[^\W\d_]+[^\S\n]+")   # a comma and a determiner between a name and a statement
_TITLE_FIRST = compiled(r"\W{0,3}[^\W\d_][^,،.!?\n]{0,40}[,،]\s*(?:\d{1,3}(?:-[^\W\d_]+)+\s+)?")



class People:
    """The person name mentions of one document, by position."""

    def __init__(self, doc, mentions):
        self.doc = doc
        bodies = _institutions(doc.lexicon)   # ("Trinity College Dublin": a body, not a person)
        self.mentions = sorted((m for m in mentions if m.person and not bodies & set(m.tokens)), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.sent_starts = [s.start for s in doc.sentences]
        self.clusters = {m.cluster for m in self.mentions}
        self.capitals = bool(doc.lexicon.section("names", {}).get("capitals", False))
        self.full = {m.cluster for m in self.mentions if len(m.tokens) >= 2}
        plural = _plural_verbs(doc.lexicon)   # a name a plural verb follows: a team or a body ("Carreg Vale have")
        self.teams = {m.cluster for m in self.mentions if plural and (w := _NEXT_WORD.match(doc.text, m.end)) is not None
                      and w.group(2) in plural or self.capitals and _determined(doc, m.start)}
        #   (or a name after a determiner where names have capitals: "The Kestrels said", no person)
        self.counts: dict[int, int] = {}
        for m in self.mentions:
            self.counts[m.cluster] = self.counts.get(m.cluster, 0) + 1

    def sentence(self, pos: int):
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.doc.sentences[i] if i >= 0 else None

    def _opener_apposed(self, sent, before: list, start: int) -> int | None:
        """The name opening a sentence whose apposition, set off by commas, holds the nearer names
        before ``start`` ("Lunde, a veteran of a dozen Norwegian tunnel projects, was 19 when …"):
        the sentence's subject, which the statement after the apposition is about."""
        first = before[-1]
        lead = _FIRST_WORD.match(self.doc.text, sent.start, sent.end)
        if len(before) < 2 or lead is None or first.start != lead.start(1) or any(len(m.tokens) > 1 for m in before[:-1]) \
                or (w := _APPOSITION.match(self.doc.text, first.end)) is None or self.capitals and not w.group(1).islower() \
                or not _COMMA.search(self.doc.text, before[0].end, start):
            return None   # (an apposition in lower case, with no other person named in it: not "Luca Ferrant, 34, and
            #              Owen Tully, 29")
        return first.cluster if self.counts[first.cluster] > 1 or len(first.tokens) >= 2 else None

    def about(self, start: int, end: int | None = None) -> int | None:
        """The cluster of the person a statement at ``start`` is about: the nearest name before
        it in its sentence, else, when the statement opens its sentence, the first name after it,
        else (given its ``end``) the name it stands before as an attribute."""
        sent = self.sentence(start)
        if sent is None:
            return None
        if end is not None and _determined(self.doc, start) and (m := self.mention_before(start)) is not None \
                and _APPOSED_AFTER.fullmatch(self.doc.text, m.end, start):
            who = self._tag_speaker(sent, end, m)   # ("…, the 29-year-old German said": the speaker)
            return m.cluster if who is None else who   # "Kjeldsen, the 23-year-old Dane who …": an apposition after the name
        if end is not None and _determined(self.doc, start) and (nxt := self.named_next(end)) is not None:
            return nxt   # "Raghunathan and the 29-year-old engineer Imran Sheikh": the name it qualifies
        if end is not None and (nxt := apposed_next(self, end)) is not None:
            return nxt   # "arrested a 58-year-old Italian man, Marco Ventresca, in": the name set off after it
        i = bisect.bisect_left(self.starts, start)
        before = []
        for m in reversed(self.mentions[max(0, i - 4):i]):
            if m.start < sent.start or start - m.end > _REACH:
                break
            if m.end <= start and not _modifier(self.doc, m):   # (not "who chairs the Umodzi club")
                before.append(m)
        if before and (opener := self._opener_apposed(sent, before, start)) is not None:
            return opener   # "Lunde, a veteran of a dozen Norwegian projects, was 19 when": the subject set off
        if before:   # the nearest person the story names more than once ("Chilean" is not one)
            if (len(before[0].tokens) >= 2 or before[0].cluster in self.full) and self.doc.sentence_at(before[0].start) is sent:
                return before[0].cluster   # the nearest name is a full name in its sentence: a person ("Marie
                #                            Razafy, 58", not "Madagascar" of the dateline, named twice), or one
                #                            the article names in full ("… told jurors that Ashcombe, who was born")
            full = [m for m in before if len(m.tokens) >= 2 and self.doc.sentence_at(m.start) is sent]
            if full:   # a person named in full in it, before one-word names: "Akosua Boateng, 31, started
                return full[0].cluster   # SikaLink in 2018, at the age of 19" (hers, not the company's named often)
            return next((m.cluster for m in before if self.counts[m.cluster] > 1), before[0].cluster)
            #   (the person named more than once: "Mvula, 45, who chairs the Umodzi club")
        if (who := self._quoted_speaker(sent, start, i)) is not None:
            return who   # "In my 17 years on the ward …," he said
        first = _FIRST_WORD.match(self.doc.text, sent.start, sent.end)
        if first is not None and first.group(1).lower() in _personal(self.doc.lexicon) \
                and (who := self._subject_named(sent, i)) is not None:
            return who   # "She married into the village in 1981 at the age of 24": anywhere in a sentence the pronoun opens
        if (told := described_rx(self.doc.lexicon)) is not None and start - sent.start <= _OPENING \
                and told.search(self.doc.normalized_slice(sent.start, start)) is not None \
                and not any(sent.start <= m.start < start for m in self.mentions[max(0, i - 4):i]) \
                and (who := self._subject_named(sent, i)) is not None:
            return who   # `ويقول الرجل المولود عام 1950`: the one person the sentence before names
        if self.capitals and not any(sent.start <= m.start < sent.end for m in self.mentions[max(0, i - 4):i + 4]) \
                and _personal(self.doc.lexicon) & {w.lower() for w in _WORD.findall(self.doc.text, sent.start, start)} \
                and (who := self._subject_named(sent, i)) is not None:
            return who   # "Meningitis took his hearing at the age of five": a sentence that names nobody (where
            #              capitals show every name), a pronoun
        if end is not None and _determined(self.doc, start) and not _brought_in(self.doc, end) \
                and self._main_subject(sent, start) and (who := self._one_named_before(sent, i)) is not None:
            return who   # "Speaking at the preview, the 79-year-old artist said": the one person named before
        if start - sent.start <= _OPENING or self._in_opener(sent, start):
            if (who := self._antecedent(sent, i)) is not None:
                return who
            if end is not None and _determined(self.doc, start) and not _indefinite(self.doc, start) and not _brought_in(self.doc, end) \
                    and ((who := self._subject_before(sent, i)) is not None or (who := self._one_named_before(sent, i)) is not None):
                return who   # "Tran Thi Lan won … . The 27-year-old crossed the line": the subject before (or the one
                #              person named in full before: "Athletic have extended manager Tiago Ferraz's contract. The 47-year-old")
            after = [m for m in self.mentions[i:i + 4]
                     if m.start < sent.end and _CLAUSE.search(self.doc.text, start, m.start)]
            if after:   # "Born in 1960 in Lagos, Diaz trained": the person named again, not the place
                return next((m.cluster for m in after if self.counts[m.cluster] > 1), after[0].cluster)
        if end is None:
            return None
        if (who := self.named_next(end)) is None and _determined(self.doc, start) and not _indefinite(self.doc, start) \
                and not _brought_in(self.doc, end) \
                and not any(sent.start <= m.start < sent.end and not self._linked(m) for m in self.mentions[max(0, i - 4):i + 4]):
            return self._main_unless_other(sent)   # "Colleagues describe the 49-year-old as blunt": in a sentence naming no one (or
        return who                #   only what a noun is of: "chairman of Castlebridge Town"), the person the article is about

    def _linked(self, m) -> bool:
        """A name right after a word of :func:`_owner_links` ("of Castlebridge Town", "in Paisley")."""
        words = self.doc.text[max(0, m.start - 20):m.start].split()
        return bool(words) and words[-1].lower() in _owner_links(self.doc.lexicon)

    def opening(self, start: int) -> int | None:
        """For a birth told by the verb opening its sentence where names have no capitals (`وأبصر
        النور عام 1941 في بلدة …`: its subject untold), the one person named in full shortly before."""
        sent = self.sentence(start)
        if self.capitals or sent is None or start != sent.start:
            return None
        return self._one_named_before(sent, bisect.bisect_left(self.starts, start))

    def _main(self) -> int | None:
        """The person the article is about: named in full, and more often than anyone else (twice
        at least)."""
        ranked = sorted(((n, c) for c, n in self.counts.items() if c in self.full), reverse=True)
        return ranked[0][1] if ranked and ranked[0][0] >= _MAIN_COUNT and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]) \
            else None

    def _main_unless_other(self, sent) -> int | None:
        """The main person, unless the sentence before names someone else (the curator named there: whose
        "the 79-year-old artist" is, is unsure)."""
        main = self._main()
        k = bisect.bisect_right(self.sent_starts, sent.start) - 2
        if main is None or k < 0:
            return main
        before = self.doc.sentences[k]
        others = {m.cluster for m in self.mentions if before.start <= m.start < before.end and len(m.tokens) >= 2
                  and not self._linked(m)} - {main}   # (not a place named after its preposition: "at Riverside Park")
        return None if others else main

    def _tag_speaker(self, sent, end: int, m) -> int | None:
        """For an epithet that a verb of saying follows, after a clause and a comma ("Kaltenbach has split
        with her coach Uribe, the 29-year-old German said"): the speaker, the clause's subject (its first
        person, followed by a lower-case word), not the name before the comma."""
        tag = [w.lower() for w in _WORD.findall(self.doc.text, end, min(sent.end, end + _TAG))[:5]]
        if not self.capitals or not any(w in names_lexicon(self.doc.lexicon).verbs for w in tag[2:]):
            return None
        j = bisect.bisect_left(self.starts, sent.start)
        first = self.mentions[j] if j < len(self.mentions) else None
        if first is None or first is m or first.start - sent.start > 2 * _OPENING or len(first.tokens) < 2:
            return None
        nxt = _NEXT_WORD.match(self.doc.text, first.end)
        return first.cluster if nxt is not None and nxt.group(2) and nxt.group(2).islower() else None

    def _quoted_speaker(self, sent, start: int, i: int) -> int | None:
        """For a statement inside a quotation that opens its sentence ("I'm 58 years old. Who is going
        to hire me now?" she said), its speaker: the person named right after the quotation closes,
        or, for a personal pronoun there, the one person the sentence before the quotation names."""
        text = self.doc.text
        opened = _QUOTE_OPEN.match(text, sent.start)
        close = _QUOTE_CLOSE.search(text, start, min(len(text), start + _QUOTED))
        told = _TOLD_BACK.search(text, max(opened.end() if opened else start, start - 12), start)
        if opened is not None and told is not None and told.end() == start and told.group(1).lower() in determiners(
                self.doc.lexicon) and names_lexicon(self.doc.lexicon).verbs & {w.lower() for w in _WORD.findall(text, start, start + 30)[:4]}:
            close = told   # ("…," the 52-year-old said: an epithet right after the quotation, its speaker)
        elif opened is None or close is None or _QUOTE_CLOSE.search(text, opened.end(), start):
            return None
        j = bisect.bisect_left(self.starts, close.end())
        if j < len(self.mentions) and self.mentions[j].start - close.end() <= _ATTRIBUTE \
                and not _TOLD_END.search(text, close.end(), self.mentions[j].start):
            return self.mentions[j].cluster   # "…," said Tevita Lolo (in the same sentence)
        after = [w.lower() for w in _WORD.findall(text, close.end(), min(len(text), close.end() + 24))[:2]]
        if close is not told and not _personal(self.doc.lexicon) & set(after):
            return None
        k = self._named_before(sent, i)   # the sentence before, one person (past sentences that name nobody:
        #                                  another quotation of the speaker, "… ," he said)
        named = {m.cluster for m in self.mentions[:i] if k >= 0 and self.sent_starts[k] <= m.start < sent.start
                 and not _a_thing(self.doc, m.start)}
        return named.pop() if len(named) == 1 else None

    def mentions_in(self, start: int, end: int) -> list:
        """The person mentions that start in ``[start, end)``."""
        return self.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def mention_before(self, start: int):
        """The name mentioned last before ``start`` in its sentence, or None."""
        i = bisect.bisect_left(self.starts, start) - 1
        sent = self.sentence(start)
        return self.mentions[i] if i >= 0 and sent is not None and self.mentions[i].start >= sent.start else None

    def apposed(self, start: int) -> int | None:
        """The person a statement at ``start`` stands right after, set off by a comma or a
        bracket ("Hugo Brennan, 58,", `عمر بنسالم (72 عاماً)`)."""
        i = bisect.bisect_left(self.starts, start) - 1
        if i < 0 or not re.fullmatch(r"\s*[,،(]\s*", self.doc.text[self.mentions[i].end:start]):
            return None
        return self.mentions[i].cluster

    def named_next(self, end: int) -> int | None:
        """The person a statement ending at ``end`` stands before as an attribute, with at most
        three words and no punctuation between ("the 81-year-old poet Layla al-Khafaji")."""
        sent = self.sentence(end)
        i = bisect.bisect_left(self.starts, end)
        if sent is None or i == len(self.mentions) or self.mentions[i].start >= sent.end:
            return None
        m = self.mentions[i]
        between = self.doc.text[end:m.start]
        if m.start - end > _ATTRIBUTE or _PUNCT.search(between) or len(between.split()) > 3:
            return None
        if self._linked(m):
            return None   # "the 66-year-old chairman of Castlebridge Town": the body chaired, not the person
        if self.capitals and len(between.split()) <= 1 and len(m.tokens) == 1 and self.counts[m.cluster] == 1 \
                and m.cluster not in self.full:
            return None   # "The 23-year-old Czech": a word of nationality named once, no name of a person
        if self.capitals and len(m.tokens) == 1 and m.cluster not in self.full \
                and (w := _LETTER_NEXT.match(self.doc.text, m.end)) is not None and w.group(1).islower():
            return None   # "The 51-year-old former England opener": a name never told in full, qualifying a noun
        return m.cluster

    def _subject_before(self, sent, i: int) -> int | None:
        """The subject of the sentence before ``sent``: its first person named in full, followed
        by a comma or a lower-case word ("Tran Thi Lan became …", "Diaz Ortega, 41, said")."""
        k = bisect.bisect_right(self.sent_starts, sent.start) - 2
        if k < 0:
            return None
        for m in self.mentions[bisect.bisect_left(self.starts, self.sent_starts[k]):i]:
            if m.start >= sent.start:
                break
            if (len(m.tokens) >= 2 or m.cluster in self.full) and not (self.capitals and self.doc.text[m.start:m.end].isupper()):
                #   (a person named in full before, told by a family name: "Okoro, who was born …"; no dateline)
                nxt = _NEXT_WORD.match(self.doc.text, m.end)
                if m.cluster in self.teams:
                    continue   # "Carreg Vale have extended head coach Declan Harrowby's contract": a team
                return m.cluster if nxt is not None and (nxt.group(1) or nxt.group(2).islower()) else None
        return None

    def _named_before(self, sent, i: int) -> int:
        """The index of the sentence before ``sent``, or of the one before up to two sentences that name
        nobody (``i``: the first mention at or after ``sent``)."""
        k = bisect.bisect_right(self.sent_starts, sent.start) - 2
        for _ in range(_CHAIN):
            if k < 1 or any(self.sent_starts[k] <= m.start < sent.start for m in self.mentions[max(0, i - 8):i]):
                break
            k -= 1
        return k

    def _subject_named(self, sent, i: int) -> int | None:
        """For a sentence that opens with a personal pronoun, the one person the sentence before names,
        named at its opening ("Lekhanya remembers winters … . He was 40 when …"), past two sentences at most
        that name nobody ("Lazo, 66, has dyed wool … . Lime juice brightens it … . For the rugs her family
        sells, she uses …")."""
        k = self._named_before(sent, i)
        j = bisect.bisect_left(self.starts, self.sent_starts[k]) if k >= 0 else i
        lead = (m.end() if (m := _DATELINE.match(self.doc.text, self.sent_starts[k])) else self.sent_starts[k]) if k >= 0 else 0
        while j < i and self.mentions[j].start < lead:
            j += 1   # (the dateline's own place)
        if j >= i or self.mentions[j].start - lead > _OPENING \
                and not _TITLE_FIRST.fullmatch(self.doc.text, lead, self.mentions[j].start):
            return None   # (named at the opening, or right after a title set off: "The oldest member, Maura Zeledon,")
        named = {x.cluster for x in self.mentions[j:i] if x.start < sent.start and not _a_thing(self.doc, x.start)
                 and not self._linked(x)}   # (not a place named besides: "at her home in Cape Town")
        return self.mentions[j].cluster if named == {self.mentions[j].cluster} else None

    def _in_opener(self, sent, start: int) -> bool:
        """``start`` is inside the phrase that opens its sentence before a main clause a personal pronoun
        opens after a comma ("Widowed in 2009, at the age of 40, she raised …"), the sentence before naming
        nobody, where capitals show every name."""
        personal = _personal(self.doc.lexicon)
        before = _WORD.findall(self.doc.text, sent.start, start)
        if not self.capitals or not before or personal & {w.lower() for w in before}:
            return False
        k = bisect.bisect_right(self.sent_starts, sent.start) - 2
        j = bisect.bisect_left(self.starts, self.sent_starts[k]) if k >= 0 else 0
        if k < 0 or j < len(self.starts) and self.starts[j] < sent.start:
            return False   # (only past a sentence that names nobody: "Her brother, Peter Kovacs, 47, …. In
            #                2010, aged 38, she" is not the brother)
        m = _MAIN_PRONOUN.search(self.doc.text, start, sent.end)
        return m is not None and m.group(1).lower() in personal

    def _main_subject(self, sent, start: int) -> bool:
        """A statement after a determiner that opens the main clause after an opening phrase that
        names nobody ("Speaking at the preview, the 79-year-old artist said")."""
        m = _MAIN_CLAUSE.search(self.doc.text, sent.start, sent.end)
        return m is not None and m.group(1).lower() in determiners(self.doc.lexicon) and m.start(1) < start \
            and not _WORD.search(self.doc.text, m.end(1), start) and not any(sent.start <= x < start for x in self.starts)

    def _one_named_before(self, sent, i: int) -> int | None:
        """The one person named in full (or by the family name of one) in the text shortly before a
        sentence that names nobody before its statement; None when two are."""
        lo = bisect.bisect_left(self.starts, sent.start - 2 * _ANTECEDENT)
        near = {x.cluster for x in self.mentions[lo:i] if x.start < sent.start and x.cluster in self.full
                and not _a_thing(self.doc, x.start)} - self.teams   # (a place or a body is mostly named in one word)
        return near.pop() if len(near) == 1 else None

    def _antecedent(self, sent, i: int) -> int | None:
        """The one person named in the text just before a sentence whose main clause opens with a
        personal pronoun ("Born in Izmir in 1965, she trained …"): who the pronoun stands for;
        none when two could be."""
        m = _FIRST_WORD.match(self.doc.text, sent.start, sent.end)   # "He was 40 when …": opening with the pronoun
        if m is not None and m.group(1).lower() in _personal(self.doc.lexicon):
            return self._subject_named(sent, i)
        m = _MAIN_CLAUSE.search(self.doc.text, sent.start, sent.end)
        if m is not None and m.group(1).lower() not in _personal(self.doc.lexicon):
            # "Born in 1960, the year Madagascar became independent, she said": past a short aside
            nxt = _MAIN_CLAUSE.search(self.doc.text, m.end(), sent.end)
            aside = len(self.doc.text[m.end():nxt.start()].split()) if nxt is not None else None
            m = nxt if aside is not None and (aside <= _ASIDE or aside <= 2 * _ASIDE and m.group(1).lower() in determiners(
                self.doc.lexicon)) else None   # (a longer one describing the person: ", the daughter of a hill farmer and …,")
        if m is None or m.group(1).lower() not in _personal(self.doc.lexicon):
            return None
        k = bisect.bisect_right(self.sent_starts, sent.start) - 2   # the sentence before, one person
        j = bisect.bisect_left(self.starts, self.sent_starts[k]) if k >= 0 else i
        opening = j < i and self.mentions[j].cluster not in self.teams and (self.mentions[j].start - self.sent_starts[k] <= _OPENING
                                                                         or self.mentions[j].cluster in self.full)
        if opening and len({x.cluster for x in self.mentions[j:i] if x.start < sent.start
                            and (x is self.mentions[j] or not _a_thing(self.doc, x.start))}) == 1:
            return self.mentions[j].cluster   # "Dizon, 38, will be … . Born in 1981 …, he": its subject
            # (or the one person it names in full: "… is the poet Layla al-Khafaji. Born in 1946, she")
        full = {x.cluster for x in self.mentions[j:i] if x.start < sent.start and x.cluster in self.full}
        if opening and len(full) == 1:
            return full.pop()   # "TOLIARA, Madagascar (Wire) - Marie Razafy, 58, …": the one person named in full
        lo = bisect.bisect_left(self.starts, sent.start - _ANTECEDENT)
        near = {x.cluster for x in self.mentions[lo:i] if x.start < sent.start}
        # a person named in full somewhere (a place or a body is mostly named in one word)
        near = {c for c in near if c in self.full} - self.teams
        if len(near) == 1:
            return near.pop()   # one only: else whom it stands for is unsure
        return self._subject_named(sent, i) if j >= i else None   # (the sentence before names nobody: further back)

    def given_named(self, words: frozenset[str], who: int | None) -> int | None:
        """The one person named in full whose given name is the word a statement is attached to, when
        that word is not in the name ``who`` of the mention before it (`يزن الخوالدة` … `أن يزن، المولود`)."""
        told = {_CONJ.sub("", w.lower()) for m in self.mentions if m.cluster == who for w in _WORD.findall(m.text)}
        words = {w for w in words if w not in told}
        found = {m.cluster for m in self.mentions if len(m.tokens) >= 2 and _CONJ.sub("", _WORD.findall(m.text)[0].lower()) in words}
        if len(found) != 1:
            return None
        who = found.pop()
        spans = [(m.start, m.end) for m in self.mentions if m.cluster == who]
        given = {_WORD.findall(m.text)[0] for m in self.mentions if m.cluster == who and len(m.tokens) >= 2}
        for w in _WORD.finditer(self.doc.text):   # the given name written elsewhere with a word after it, not in
            if _CONJ.sub("", w.group()) in given and not any(a <= w.start() < b for a, b in spans) \
                    and _WORD.match(self.doc.text, w.end() + 1) and self.doc.text[w.end():w.end() + 1] == " ":
                return None   # that name: maybe another person's (`سامر الحسن`, which the name facts missed)
        return who

    def words_of(self, start: int) -> frozenset[str]:
        """The words of the name a statement at ``start`` is about (`حليمة آدم (34 عاماً)` …
        `وتضيف حليمة، التي وُلدت`), as :func:`holder_words` writes them."""
        who = self.about(start)
        if who is None:
            return frozenset()
        return frozenset(_CONJ.sub("", w.lower()) for m in self.mentions if m.cluster == who
                         for w in _WORD.findall(m.text) if len(w) >= 3)
