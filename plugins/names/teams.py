"""NAME002's reading of the two sides of a match: one person given a team's office ("coach",
"captain", `مدرب`, `المدير الفني`) of two teams that the article shows facing each other ("Fathi Dridi,
coach of Etoile Nabeul" … "Sfax coach Fathi Dridi", `مدرب الملعب الصفاقسي، فتحي الدريدي` … `فتحي الدريدي،
مدرب النجم النابلي`). The office and the team are read from the title as :mod:`.sides` reads it (before
the name, or in an apposition after it), the team from the words the office heads (`مدرب النجم النابلي`,
`للرائد`) or that come before it ("Rovers manager"). Two teams face each other when one sentence names
both with a word of a match between them or a score (``[role_sides] facing_words``: "beat", "final",
`أمام`, `على`; "27-25"); a coach of a club and of a national team, never named in such a sentence, stay
apart."""

from __future__ import annotations

from checker.language.regexes import compiled

from .lexicon import WORD
from .sides import SIDE_SET, SidesData, _body_name, _key, sides_data

TEAM_SET = SIDE_SET + "team"   # the claims' set: each role a team
_TEAM_WORDS = 3                 # words of a team's name after the office, at most
_SCORE = compiled(r"(?<!\d)\d{1,3}\s{0,2}[-–]\s{0,2}\d{1,3}(?!\d)")


def _office(keys: list[str], data: SidesData) -> tuple[int, int] | None:
    """The first and last word of a team's office among a title's words (the first one where the office
    opens the title, the last where it ends it)."""
    spots = range(len(keys)) if data.office_first else range(len(keys) - 1, -1, -1)
    for i in spots:
        for n in range(min(3, len(keys) - i), 0, -1):
            if " ".join(keys[i:i + n]) in data.team_offices:
                return i, i + n - 1
    return None


def _team(words: list, first: int, last: int, data: SidesData) -> frozenset[str]:
    """The words of the team a team's office is held in: those it heads (`مدرب النجم النابلي`), or the
    capitalised name before it or after "of" ("Rovers manager", "captain of Leeds Rhinos")."""
    if data.office_first:
        team = words[last + 1:last + 1 + _TEAM_WORDS]
    else:
        team = _body_name(words, first, last, data) or []
    return frozenset(k for w in team if len(k := _key(w.group(), data)) > 2 and k not in data.links)


def _facing(doc, teams: list[frozenset[str]], data: SidesData) -> set[frozenset[str]]:
    """The teams some sentence names with another team and a word of a match or a score."""
    out: set[frozenset[str]] = set()
    if len(teams) < 2:
        return out
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.end]
        keys = {_key(w, data) for w in WORD.findall(text)}
        if not (_SCORE.search(text) or keys & data.facing_words):
            continue
        named = [t for t in teams if t & keys]
        out |= {a for a in named for b in named if not a & b}
    return out


def team_claims(doc, titles, claim) -> list:
    """The claims ``claim(set, role, start, end, mention, took)`` of the teams' offices among the titles
    of :func:`.sides.titles_of`, one role per team, for the teams that face another."""
    data = sides_data(doc.lexicon)
    if data is None or not data.team_offices:
        return []
    told = []
    for m, words, relative, took in titles:
        keys = [_key(w.group(), data) for w in words]
        if not relative and (at := _office(keys, data)) is not None and (team := _team(words, *at, data)):
            told.append((m, words[0].start(), words[-1].end(), team, took))
    facing = _facing(doc, list({t for *_, t, _ in told}), data)
    return [claim(TEAM_SET, " ".join(sorted(team)), s, e, m, took) for m, s, e, team, took in told if team in facing]
