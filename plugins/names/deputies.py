"""NAME002's reading of a title and its deputy: one person named in full with a title right before
the name ("Park superintendent Arnel Sabado", `مدير الحديقة أرنل سابادو`) and elsewhere with the
same title after a word that makes it the deputy's ("deputy park superintendent Arnel Sabado",
`نائب مدير الحديقة`; language data ``[role_sets] deputies``). The holder of a title is not its
deputy. The title is read as written — the words between the name and the nearest punctuation, verb
or stopword before it — so any title counts, with no list of offices."""

from __future__ import annotations

from functools import lru_cache

from checker.language.matching import phrase_key
from checker.language.regexes import compiled

from .role_data import RoleSetsData

DEPUTY_SET = "deputy "   # the claims' set: this and the title's words
DEPUTY_SCOPE = "organisation"   # what the holder and the deputy are of, in the message
OFFICE_SET = "office "   # the claims' set of an office of a body: this and the body's words
_TITLE_WORDS = 5         # words of a title before a name, at most
_SUFFIX_WORDS = 3        # words of a title that, ending a longer one read before a name, make it that title
_REACH = 80              # characters before a name searched for its title
_WORD = compiled(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BREAK = compiled(r"[.!?؟؛:;\"“”«»()\[\]\n\r,،]")


def deputy_claims(doc, mentions, data: RoleSetsData, claim) -> list:
    """The claims ``claim(set, role, start, end, mention)`` of the titles written right before
    the people named in full: role "deputy" after a word of ``deputies``, else "holder"; the set
    names the title without that word."""
    if not data.deputies:
        return []
    out = []
    for m in mentions:
        if not (m.person and m.full):
            continue
        title = _title(doc.text, m.start, data, _stopwords(doc.lexicon))
        if not title:
            continue
        words = [_bare(phrase_key(w.group()), data) for w in title]
        role = "holder"
        if words[0] in data.deputies:
            role, words = "deputy", words[1:]
        elif "-" in words[0] and words[0].split("-", 1)[0] in data.deputies:   # "vice-president"
            role, words = "deputy", [words[0].split("-", 1)[1], *words[1:]]
        if not words or not any(len(w) > 2 for w in words):
            continue
        out.append(claim(DEPUTY_SET + " ".join(words), role, title[0].start(), title[-1].end(), m))
        if role == "holder" and (office := _office(words, data)) is not None:
            kind, body, (first, last) = office   # (the office and the body's head noun only)
            out.append(claim(OFFICE_SET + body, kind, title[first].start(), title[last].end(), m))
    return out


def _office(words: list[str], data: RoleSetsData) -> tuple[str, str, tuple[int, int]] | None:
    """The kind of an office the title tells and the body it is held in, by the body's head noun right
    after the office (`… أمين صندوق الاتحاد`) or, where the body comes first, the office ending the title
    and the noun right before it ("federation treasurer"), with the first and last words that tell
    them; None when the title holds no office or names no body."""
    for n in (3, 2, 1):
        if data.office_first:
            for i in range(len(words) - n - 1, -1, -1):
                if tuple(words[i:i + n]) in data.offices:
                    return data.offices[tuple(words[i:i + n])], _body(words[i + n], data), (i, i + n)
        elif len(words) > n and tuple(words[-n:]) in data.offices:
            return data.offices[tuple(words[-n:])], words[-n - 1], (len(words) - n - 1, len(words) - 1)
    return None


def _body(word: str, data: RoleSetsData) -> str:
    """A body's noun with the article read where a preposition is written against it (`للاتحاد`)."""
    for k, v in data.body_articles.items():
        if word.startswith(k) and len(word) > len(k) + 2:
            return v + word[len(k):]
    return word


@lru_cache(maxsize=32)
def _stopwords(lex) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in lex.section("stopwords", {}).get("words", []))


def _title(text: str, start: int, data: RoleSetsData, stop: frozenset[str]) -> list:
    """The words written right before a name as its title, in text order: back from the name to
    the nearest punctuation (a comma just before the name excepted), verb or stopword."""
    lo = max(0, start - _REACH)
    window = text[lo:start]
    while (last := list(_WORD.finditer(window))[-1:]) and phrase_key(last[0].group()) in data.between \
            and not window[last[0].end():].strip():
        window = window[:last[0].start()]   # `رئيس الاتحاد، المهندس عادل منصور`: an honorific before the name
    cut = window.rstrip()
    if cut.endswith((",", "،")):
        window = cut[:-1]   # `مدير الحديقة، أرنل سابادو`: the title, its comma, the name
    breaks = [b.end() for b in _BREAK.finditer(window)]
    words = list(_WORD.finditer(text, lo + (breaks[-1] if breaks else 0), lo + len(window)))
    out: list = []
    for w in reversed(words):
        key = phrase_key(w.group())
        bare = _bare(key, data)
        if key in stop or bare in stop or bare in data.verbs or key in data.between:
            break
        out.append(w)
        if bare in data.deputies or len(out) == _TITLE_WORDS:
            break
    return list(reversed(out))


def _bare(key: str, data: RoleSetsData) -> str:
    """A word without a conjunction written against it (`ونائب`)."""
    return key[1:] if data.conjunctions and key[:1] in data.conjunctions and len(key) > 3 else key


def merged_titles(by_set: dict, data: RoleSetsData) -> dict:
    """One person's claims by set, a title told with its body's complement and told without it taken
    for one title (`رئيس اللجنة المنظمة للمهرجان` … `نائب رئيس اللجنة المنظمة`): the complement opens with
    an attached article of ``body_articles`` (`لل`) and the title without it keeps two words or more; so
    is a title of three words or more that ends one read with words before it."""
    titles = sorted((s for s in by_set if s.startswith(DEPUTY_SET)), key=len)
    out = dict(by_set)
    for long_ in reversed(titles):
        for short in titles:
            words, lw = short[len(DEPUTY_SET):].split(), long_[len(DEPUTY_SET):].split()
            if len(words) >= len(lw) or long_ not in out or short not in out:
                continue
            complement = data.body_articles and len(words) >= 2 and lw[:len(words)] == words \
                and lw[len(words)].startswith(tuple(data.body_articles))
            if complement or len(words) >= _SUFFIX_WORDS and lw[-len(words):] == words:
                out[short] = out[short] + out.pop(long_)   # (or a title read with a word before it:
                break                                      # `عن الجانب العراقي رئيس هيئة استثمار نينوى`)
    return out
