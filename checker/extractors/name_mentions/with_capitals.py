"""Names in languages written with capitals: capitalised runs, less the words capitalised for
another reason, with the title before them."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.data import name_key, transliterated
from checker.language.frequency import known_word
from checker.language.matching import matched_key, phrase_key
from checker.language.regexes import compiled

_MAX_RUN = 6          # capitalised words in one run (longer runs are headings)
_NEAR_MIN = 5          # letters of a word that opens a sentence and is one letter from a name
_OPENERS = "\n\r“‘«(:[—–-"   # after these (and spaces) a word starts a sentence, a quotation or a line
# where such a word starts: after the start of the text, an opener or an opening straight
# quotation mark (one at the start or after a space), and spaces or tabs; matched on the text
# between two words (what ends there), and on the text before the first word
_OPENED = compiled(r"(?:[" + re.escape(_OPENERS) + r"]|(?<=\s)[\"'])[ \t]*\Z")
_FIRST = compiled(r"[\"']?[ \t]*")
_COMMA_GAP = compiled(r",[ \t]+")   # a comma and spaces between two words


def _before(text: str, pos: int) -> int:
    """Where the spaces and tabs before ``pos`` begin."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


class _Capitals:
    """The tests on the tokens of one document that finding capitalised names needs."""

    def __init__(self, b: Builder):
        self.b = b
        self.nm, self.toks, self.text, self.vt = b.names, b.toks, b.doc.text, b.view.text
        self.n = len(self.toks)
        self.title_by_end: dict[int, re.Match] = {}
        self.title_tokens: set[int] = set()
        # each word's first letter as written, and whether it is a capital: one pass in C
        firsts = list(map(self.text.__getitem__, self.toks.s))
        self.caps: list[bool] = list(map(str.isupper, firsts))
        self.lowers: list[bool] = list(map(str.islower, firsts))
        toks, text = self.toks, self.text
        # the normaliser keeps a hyphen as it is: the words written with one
        for i in b.positions_in({w for w in b.counts if "-" in w}):
            s, e = toks.span(i)
            head, dash, rest = text[s:e].partition("-")
            if not self.caps[i] and dash and rest[:1].isupper() and phrase_key(head) in self.nm.particles:
                self.caps[i], self.lowers[i] = True, False   # "al-Assad" (not a word written in lower case)

    def capital(self, i: int) -> bool:
        return self.caps[i]

    def stopped(self, i: int) -> bool:
        """Token ``i`` is capitalised for another reason: a stopword, or a month or weekday neither
        followed by a capitalised word ("Jan Kowalski" is a name) nor after one ("Theresa May")."""
        nm, toks = self.nm, self.toks
        w = toks.norm[i]
        if w in nm.months:
            nxt, prev = i + 1, i - 1
            if prev >= 0 and self.b.joined(i) and self.capital(prev) and toks.norm[prev] not in nm.stop \
                    and toks.norm[prev] not in nm.months and not (nxt < self.n and toks.norm[nxt][:1].isdigit()):
                return False   # "Rony Azar", "Theresa May": a name's last word (not "Tuesday, June 3")
            return not (nxt < self.n and self.b.joined(nxt) and self.capital(nxt) and toks.norm[nxt] not in nm.stop
                        and toks.norm[nxt] not in nm.months)
        return w in nm.stop

    def initial_at(self, i: int) -> bool:
        """A one-letter word that is the initial of a name ("J. K. Rowling", "George W. Bush")."""
        nxt = i + 1
        return nxt < self.n and self.vt[self.toks.ne[i]:self.toks.ns[nxt]] == ". " and self.capital(nxt) \
            and not self.stopped(nxt)

    def can_continue(self, i: int) -> bool:
        return self.capital(i) and not self.stopped(i) and i not in self.title_tokens

    def sentence_initial(self, runs: list[list[int]]) -> set[int]:
        """The tokens of ``runs`` where a sentence (or a quotation, or a line) starts: a capital
        says nothing there."""
        b, gaps = self.b, self.toks.gaps
        initial: set[int] = set()
        for sent in b.doc.sentences:
            i = b.index_at(b.view.from_original(sent.start))
            if i < self.n:
                initial.add(i)
        for i in {i for r in runs for i in r}:
            if _OPENED.search(gaps[i]) or (i == 0 and _FIRST.fullmatch(gaps[0])):
                initial.add(i)
        return initial

    def find_titles(self) -> None:
        """Titles followed by a capitalised word ("Mr King said", not "Mervyn King said"), by
        where they end, and their tokens."""
        b, vt, toks = self.b, self.vt, self.toks
        for m in self.nm.title_matches(b.doc):
            after = b.index_at(m.end("w"))
            if after >= self.n or vt[m.end("w"):toks.ns[after]].strip(" \t") or not self.capital(after) \
                    or self.stopped(after):
                continue
            self.title_by_end[m.end("w")] = m
            i = b.index_at(m.start("w"))
            while i < self.n and toks.ns[i] < m.end("w"):
                self.title_tokens.add(i)
                i += 1

    def glue_after(self, j: int) -> list[int]:
        """Particles or connectors (at most two) after token ``j`` ("bin", "of", "of the")."""
        nm, toks, b = self.nm, self.toks, self.b
        glue: list[int] = []
        k = j + 1
        while k < self.n and b.joined(k) and (toks.norm[k] in nm.particles and toks.norm[k] not in nm.hyphen_particles
                                               or toks.norm[k] in nm.connectors
                                               or " ".join(toks.norm[q] for q in glue + [k]) in nm.connectors) \
                and not self.capital(k) and len(glue) < 2:
            glue.append(k)
            k += 1
        return glue

    def described(self, i: int) -> bool:
        """The run at token ``i`` follows a word in lower case that is no function word, or that
        word and a comma: what the person is ("ornithologist Serkan Yalçınkaya", "the centre
        referee, Paolo Ferrante of Italy"), not "the" of "the Bank of England"."""
        toks, b = self.toks, self.b
        if i > 1 and toks.norm[i - 1] in self.nm.agents and b.joined(i) and toks.norm[i - 2].isalpha() \
                and not self.capital(i - 2) and not b.stop(i - 2):
            return True   # the doer after a participle: "refereed by Ilse Vandermeer of the Netherlands"
        return i > 0 and (b.joined(i) or _COMMA_GAP.fullmatch(toks.gaps[i]) is not None) and not self.capital(i - 1) \
            and toks.norm[i - 1].isalpha() and not b.stop(i - 1) and toks.norm[i - 1] not in self.nm.connectors
        #   (or set off by a comma after it: "the bout's centre referee, Paolo Ferrante of Italy")

    def run_from(self, i: int) -> list[int]:
        """The capitalised run starting at token ``i``, with the particles, connectors and
        initials inside it; longer than :data:`_MAX_RUN` when it is a heading."""
        nm, toks, b = self.nm, self.toks, self.b
        run = [i]
        j = i
        while len(run) <= _MAX_RUN:
            if nm.possessive and toks.norm[j].endswith(nm.possessive):
                break
            nxt = j + 1
            if nxt < self.n and b.joined(nxt) and self.can_continue(nxt):
                run.append(nxt)
                j = nxt
                continue
            # a particle or connector between capitalised words ("bin Laden", "Bank of England")
            glue = self.glue_after(j)
            k = glue[-1] + 1 if glue else nxt
            if glue and len(run) >= 2 and (i - 1 in self.title_tokens or self.described(i)):
                break   # "Judge Ramon Villafuerte of Branch 14", "ornithologist Serkan Yalçınkaya of Ondokuz
                #         Mayıs University": a titled or described person's name ends at "of"
            if glue and k < self.n and b.joined(k) and self.can_continue(k):
                run += glue + [k]
                j = k
                continue
            if len(toks.norm[j]) == 1 and self.initial_at(j) and nxt not in self.title_tokens:
                run.append(nxt)  # an initial ("George W. Bush")
                j = nxt
                continue
            break
        return run

    def runs(self) -> list[list[int]]:
        """Every capitalised run, less particles and connectors at its ends."""
        nm, toks = self.nm, self.toks
        runs: list[list[int]] = []
        after = 0   # where the last run ended
        for i in itertools.compress(range(self.n), self.caps):   # a run opens with a capital
            if i < after or not self.can_continue(i) or (len(toks.norm[i]) == 1 and not self.initial_at(i)):
                continue
            run = self.run_from(i)
            after = run[-1] + 1
            if len(run) > _MAX_RUN:
                continue
            while run and (toks.norm[run[0]] in nm.particles or toks.norm[run[0]] in nm.connectors):
                run = run[1:]
            while run and toks.norm[run[-1]] in nm.connectors:
                run = run[:-1]
            if run:
                runs.append(run)
        return runs


def _bare(w: str, possessive: tuple[str, ...]) -> str:
    """``w`` less a possessive ending ("McAllister's")."""
    if w[-1] not in "s'’":
        return w
    for p in possessive:
        if w.endswith(p) and len(w) > len(p) + 1:
            return w[:-len(p)]
    return w


def with_capitals(b: Builder) -> None:
    """Add the capitalised names of ``b``'s document: a run at the start of a sentence counts
    when its first word is capitalised in mid-sentence elsewhere, or is a family name, or is one
    letter from one of those (a slip in a name that opens a sentence: "Kowlaski said")."""
    cap = _Capitals(b)
    nm, toks = b.names, b.toks
    lower = set(itertools.compress(toks.norm, cap.lowers))   # words written in lower case
    cap.find_titles()
    runs = cap.runs()
    initial = cap.sentence_initial(runs)
    # what is capitalised in mid-sentence, and the last words of full names
    mid = {_bare(toks.norm[i], nm.possessive) for r in runs for i in r if i not in initial}
    surnames = {_bare(toks.norm[r[-1]], nm.possessive) for r in runs
                if len([i for i in r if toks.norm[i] not in nm.particles]) >= 2}
    surnames |= {name_key(w, nm) for w in surnames}
    pool = None
    for run in runs:
        if run[0] in initial:
            w = _bare(toks.norm[run[0]], nm.possessive)
            if len(run) == 1 and (w not in mid or w in lower) and w not in surnames:
                if w in lower or len(w) < (_NEAR_MIN - 1 if known_word(w, b.doc.lang) is False else _NEAR_MIN):
                    continue
                pool = pool or sorted(mid | surnames)
                if process.extractOne(w, pool, scorer=OSA.distance, score_cutoff=1) is None \
                        and not any(t in surnames for t in transliterated(w, nm)):
                    continue   # ("Khamdi said" after "Thawatchai Khamdee")
            if len(run) > 1 and w not in mid and w not in surnames and \
                    (w in lower or (toks.norm[run[1]] in nm.given and w not in nm.given)):
                run = run[1:]  # "Making Michael Howard leader": a capital for the sentence
        tm = cap.title_by_end.get(_before(cap.vt, toks.ns[run[0]]))
        title = (tm.start("w"), tm.end("w"), matched_key(tm.group("w"))) if tm is not None else None
        b.add(run, title, "title" if title else "capitals")
