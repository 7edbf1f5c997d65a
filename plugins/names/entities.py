"""Whether two spellings one letter apart are written in the names of two entities: the other
words of the names they stand in differ ("S Horgan", "Marcus Horan")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.extractors.name_mentions import names_lexicon
from checker.extractors.name_mentions.data import strip_marks

if TYPE_CHECKING:
    from .pairs import Article


def content(m) -> tuple[str, ...]:
    """The words of a name as compared: the family name without its article or particle, every
    word's accents folded as the family name's are ("Teotitlán del Valle" … "Teotitlán" is one word)."""
    return tuple(strip_marks(t) for t in m.tokens[:-1]) + (m.key,)


def _others(art: Article, m, w: str) -> set[str]:
    """The words of the name ``m`` other than ``w`` and its particles, with an initial written
    before it ("T Brannan")."""
    out = set(content(m)) - {w} - art.data.particles
    before = art.word_before(m.start)
    if len(before) == 1 and before.isalpha() and before not in names_lexicon(art.ctx.doc.lexicon).stop:
        out.add(before)
    return out


def two_entities(art: Article, w: str, mw, c: str, mcs) -> bool:
    """The name written with ``w`` has other words, and those written with ``c`` have none or
    share none with it (an initial shares the words it begins): two names ("S Horgan", "Marcus
    Horan"; "Kelli White", "Kelly Holmes"; "Indira Gandhi", "India"), not "F Sheahan", "Frank
    Sheehan"."""
    others_w = _others(art, mw, w)
    others_c = set().union(*(_others(art, m, c) for m in mcs))
    if others_w and not others_c:
        return True   # "Prime Minister Indira Gandhi", "India"
    if not others_w or not others_c or others_w & others_c:
        return False
    return not any(len(a) == 1 and b.startswith(a)
                   for x, y in ((others_w, others_c), (others_c, others_w)) for a in x for b in y)


def told_apart(art: Article, ma, mb) -> bool:
    """Each of two spellings written after words that say what its person is, none of them shared
    ("the marine biologist Rita Khoury" … "the volunteer Rima Khoury", `المندوب الجهوي، علي بن ناجي` …
    `الفلاح علي بن ناجح`): two people, not a slip ("the Saudi journalist" and "the journalist" share one)."""
    nm = names_lexicon(art.ctx.lexicon)
    article = art.data.article
    skip = nm.verbs | nm.stop

    def described(ms) -> set[str]:
        out = set()
        for m in ms:
            words = art.words_before(m.start, _DESCRIBED)
            for k, raw in enumerate(reversed(words)):
                w = raw.strip(",،:;")
                if not w or w[0].isdigit() or {w, w[1:]} & skip or (raw != w and (k or not article)):
                    break   # (a comma only right before the name, after a word with the article)
                if article and not w.startswith(article) or not article and art.ctx.text[m.start - 1:m.start] != " " \
                        or any(w.endswith(e) and len(w) > len(article) + len(e) + 2 for e in art.data.group_endings):
                    break   # (`وحمل المشجعون مرتضى`: a group, the verb's subject, says nothing of the person)
                out.add(w)
        return out

    da, db = described(ma), described(mb)
    return bool(da) and bool(db) and not da & db


_DESCRIBED = 3   # words before a name read as what its person is, at most


_KIN_REACH = 30   # characters before a name where a word of kinship makes it a relative's


def relative_given(art, w: str, m) -> bool:
    """Whether ``w`` is the given name of a person's full name ``m`` told right after a word of
    kinship ("His younger brother, Ahmed al-Dulaimi"): a relative of the same family name, whose
    given name differs from the other's by right."""
    if not (m.full and m.person and content(m)[:1] == (w,) and art.kin(art.sentence(m.start))):
        return False
    doc = art.ctx.doc
    before = doc.normalized_slice(max(doc.sentence_at(m.start).start, m.start - _KIN_REACH), m.start)
    return art.data.kin is not None and art.data.kin.search(before) is not None

