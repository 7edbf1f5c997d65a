"""What a state word of a timeline statement is about, and where its date stands: the subject a
verb may name before its object, the body a common noun names with the word after it, and the words
that put a state after the date told before it or end it at a time not told."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checker.extractors.name_mentions import names_lexicon
from checker.language.matching import alternation, phrase_key, prefixes, whole_word
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_TARGET_SPAN = 48     # characters after a state word where its target may start
_WORD = compiled(r"[^\W\d_][\w'’.-]*")
_DIGIT = compiled(r"\d")


def past_subject(doc, end: int, people) -> int:
    """Where a state's target may begin: in a script without capitals, where a verb may come
    before its subject, past a person named right after it (`وتدير عثمان مستشفى الخرطوم`); else
    at ``end`` ("has run Cobrenor": an object, whatever the name table holds)."""
    if doc.lexicon.section("names", {}).get("capitals", True):
        return end
    i = bisect.bisect_left(people, (end,))
    while i < len(people) and people[i][0] <= end + 2:
        if not doc.text[end:people[i][0]].strip():
            return people[i][1]
        i += 1
    return end


@lru_cache(maxsize=16)
def _words_rx(lex, key: str) -> re.Pattern | None:
    """The words of ``[timeline] <key>`` as one pattern on the normalised text."""
    words = lex.section("timeline", {}).get(key, [])
    return compiled(whole_word(alternation([normalize_text(w) for w in words]), prefixes(lex))) if words else None


def _said_between(doc, key: str, start: int, end: int) -> bool:
    rx, view = _words_rx(doc.lexicon, key), doc.normalized
    return rx is not None and rx.search(view.text, view.from_original(start), view.from_original(end)) is not None


def told_later(doc, start: int, end: int) -> bool:
    """Whether a word between a date and a state puts the state after the date ("…, before taking
    over", `قبل أن تتولى`; ``[timeline] later``)."""
    return _said_between(doc, "later", start, end)


@lru_cache(maxsize=8)
def _body_nouns(lex) -> tuple[frozenset[str], str]:
    """The nouns a body's or a place's name follows (the name facts' ``body_nouns``), and the proclitics."""
    return names_lexicon(lex).body_nouns, "".join(normalize_text(p) for p in lex.proclitics)


def body_noun(lex, word: str) -> str | None:
    """``word`` as the common noun a body's or a place's name follows (`مستشفى`), with or without
    a proclitic before it (`لمستشفى`), else None."""
    nouns, pro = _body_nouns(lex)
    if word in nouns:
        return word
    return word[1:] if word[:1] and word[0] in pro and word[1:] in nouns else None


def construct_head(lex, word: str) -> str | None:
    """``word`` without a proclitic when it is a noun without the article in a language that writes
    the article on the word (`مرصد` of `مرصد باريس`): the head of a construct, whose name follows it."""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    if not article:
        return None
    _, pro = _body_nouns(lex)
    w = word[1:] if len(word) > 3 and word[0] in pro and not word.startswith(article) else word
    return w if not w.startswith(article) and len(w) >= 3 else None


def ended_later(doc, start: int, end: int) -> bool:
    """Whether a word that ends a stay (``[timeline] stay_ends``: "until", `حتى`) follows a "since" date
    in its sentence: the period ended, at a time the sentence does not date (`منذ عام 2004، وبقيت فيه حتى
    تسلمت إدارته`)."""
    return _said_between(doc, "stay_ends", start, end)


@lru_cache(maxsize=8)
def stop_words(lex, dates: bool = False) -> frozenset[str]:
    """The stopwords, and with ``dates`` the words that lead to a role's dates (`بين عامي`: [timeline.roles])."""
    r = lex.section("timeline", {}).get("roles", {}) if dates else {}
    return frozenset(normalize_text(w) for w in lex.section("stopwords", {}).get("words", []) + [
        x for k in ("date_leads", "ranged_by") for p in r.get(k, []) for x in p.split()])


def target_after(doc, end: int, limit: int, construct: bool = False) -> str | None:
    """What a state word is about: the capitalised run after it in a cased script (skipping
    lower-case words such as "the rival"), else the next word; None when nothing follows in its
    clause."""
    text = doc.text[end:min(limit, end + _TARGET_SPAN)]
    text = re.split(r"[,;:.،؛()\"«»“”]", text, maxsplit=1)[0]
    words = [(m.group(), m.start()) for m in _WORD.finditer(text)]
    if not words:
        return None
    cased = any(c.isupper() or c.islower() for c in text if c.isalpha()) and any(
        c.isupper() for w, _ in words for c in w[:1])
    if cased:   # (not past a date: "full-time from 2015 until 2021 before joining Corrie")
        words = [(w, o) for w, o in words if not _DIGIT.search(text, 0, o)]
        run: list[str] = []
        calendar = names_lexicon(doc.lexicon).months   # (month names and weekdays: "on June 30" is a date)
        for w, _ in words:
            if w[:1].isupper() and phrase_key(w) not in calendar:
                run.append(w)
            elif run:
                break
        return phrase_key(" ".join(run)) if run else None
    if any(c.isalpha() and (c.isupper() or c.islower()) for w, _ in words for c in w):
        return None  # a cased script without a capitalised word: no named target
    stop = stop_words(doc.lexicon, True)   # (nor a date's words: `متفرغاً بين عامي 2015 و2021`, `يدير في عام 2017 اجتماع`)
    content = [w for w, _ in words if normalize_text(w) not in stop and not _DIGIT.search(w)]
    if not content:
        return None
    noun = body_noun(doc.lexicon, normalize_text(content[0])) or \
        (construct_head(doc.lexicon, normalize_text(content[0])) if construct else None)
    return phrase_key(f"{noun} {content[1]}") if noun and len(content) > 1 else phrase_key(content[0])
    #   (`لمستشفى أم درمان`, `مرصد باريس`: a noun without the article and the word it is in construct with)
