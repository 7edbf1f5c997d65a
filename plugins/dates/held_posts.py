"""DATE006's reading of one post told twice: held since a year ("who has led the college since
2017", `الذي يقود الكلية منذ 2017`) and for a number of years ("Masri ran the college for twelve
years", `المصري أدار الكلية طوال اثني عشر عاماً`). Both are told with a word of heading a body
(``[durations] held_posts``) before the same body, and the length after a word of a stretch of time
(``held_for``), of the person the "since" clause tells: a name of theirs right before the word.
The length must be the years from that year to the publication date, one either way (the month
the post began is seldom told)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import WS, phrase_key
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_CLAUSE = compiled(r"[,،;؛:.«»\"“”()]")
_UNIT = compiled(rf"{WS}*([^\W\d_]+)")   # the word after a figure
_WORDS = 6   # words at most between a word of heading and the date or the length after its body


@dataclass(frozen=True)
class _Data:
    posts: frozenset[str]         # words of heading a body, normalised
    longest: int                  # words in the longest of them
    held_for: frozenset[str]
    units: dict[str, float]
    article: str


@lru_cache(maxsize=32)
def _data(lex) -> _Data:
    d = lex.section("durations", {})
    posts = frozenset(phrase_key(w) for w in d.get("held_posts", []))
    return _Data(posts, max((len(p.split()) for p in posts), default=0),
                 frozenset(phrase_key(w) for w in d.get("held_for", [])),
                 {phrase_key(k): float(v) for k, v in d.get("units", {}).items()},
                 normalize_text(lex.section("script", {}).get("article", "")))


def _body(d: _Data, text: str) -> str | None:
    """The body a word of heading takes, from the clause before a date or a length: its first
    content word, without the article (`الكلية` → `كلية`; "the college" → "college")."""
    words = _CLAUSE.split(text)[-1].split()[-(_WORDS + d.longest):]
    for k in range(len(words) - 1, -1, -1):   # the word of heading nearest the date or the length
        n = next((n for n in range(d.longest, 0, -1) if phrase_key(" ".join(words[k:k + n])) in d.posts), 0)
        if n and k + n < len(words):
            rest = [w for w in words[k + n:] if len(w) > 3 or not w.isascii()]
            if not rest:
                return None
            w = rest[0].lower()
            return w[len(d.article):] if d.article and w.startswith(d.article) and len(w) > len(d.article) + 2 else w
    return None


def held_post_lengths(doc, date_mentions, quantities, people):
    """(length start, end, since mention, years) for each length a post is told with that does not
    fit the year it is held since. ``people``: the dates' :class:`.persons.People`."""
    d, pub = _data(doc.lexicon), doc.published
    if not d.posts or pub is None or not d.held_for:
        return []
    view = doc.normalized
    since = []
    for m in date_mentions:
        if m.bound != "since" or m.year is None or m.year > pub.year or m.year_part is None:
            continue
        lead = view.from_original(m.lead if m.lead is not None else m.start)
        body = _body(d, view.text[max(0, lead - 120):lead].lower())
        who = people.about(m.start)
        if body is not None and who is not None:
            since.append((m, body, who))
    if not since:
        return []
    out = []
    for q in quantities:
        qs, qe = view.from_original(q.start), view.from_original(q.end)
        unit = _UNIT.match(view.text[qe:qe + 20])
        before = view.text[max(0, qs - 120):qs].lower().split()
        lead = next((k for k in (2, 1) if len(before) >= k and phrase_key(" ".join(before[-k:])) in d.held_for), 0)
        if unit is None or phrase_key(unit.group(1)) not in d.units or not lead:
            continue   # ("for twelve years", `طوال اثني عشر عاماً`, `على مدى 12 عاماً`)
        years = q.value * d.units[phrase_key(unit.group(1))]
        body = _body(d, " ".join(before[:-lead]))
        for m, held, who in since:
            if body != held or doc.sentence_index(m.start) == doc.sentence_index(q.start) or people.about(q.start) != who:
                continue
            elapsed = pub.year - m.year
            if abs(years - elapsed) > 1:
                s, e = view.to_original(qs, view.from_original(q.end) + unit.end())
                out.append((s, e, m, elapsed))
            break
    return out
