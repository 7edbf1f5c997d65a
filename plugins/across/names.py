"""ACROSS003: one person named two ways by two articles of one story — a family name one letter
apart or with two letters swapped in one language ("Kowalski" … "Kowlaski"), or, across Arabic
and English, a transliteration whose consonant skeleton is another man's ("Mansour" … `منسي`).
Reads the name facts and the transliteration keys of :mod:`checker.across.keys`."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from checker import Example, rule
from checker.across.keys import word_key

from .common import place

_MIN_FAMILY = 4   # letters of a family name compared within one language
_MIN_KEY = 3      # consonants of a family-name key compared across languages


def _people(member) -> list:
    """Full names of people with a title before them (an office, a rank): the names an article
    states deliberately, first mention of each family name only."""
    seen: set[str] = set()
    out = []
    for m in member.facts["name_mentions"]:
        if m.person and m.full and m.title and m.surname not in seen:
            seen.add(m.surname)
            out.append(m)
    return out


def _keys(member, m) -> tuple[str, str]:
    lex = member.doc.lexicon
    return word_key(lex, m.tokens[-2]), word_key(lex, m.tokens[-1])   # given name, family name


def _family_names(member) -> set[str]:
    return {m.surname for m in member.facts["name_mentions"]}


def _family_keys(member) -> set[str]:
    return {word_key(member.doc.lexicon, m.tokens[-1]) for m in member.facts["name_mentions"]}


def _variant(a, ma, b, mb) -> bool:
    """Whether ``ma`` of article ``a`` and ``mb`` of ``b`` are one person spelt two ways."""
    ga, fa = _keys(a, ma)
    gb, fb = _keys(b, mb)
    if not ga or ga != gb:
        return False
    if a.lang == b.lang:
        x, y = ma.surname, mb.surname
        if a.doc.lexicon.section("script", {}).get("article") and fa == fb:
            return False   # only a long vowel apart (`ترامب`, `ترمب`): a transliteration house style
        return (x != y and ma.title == mb.title and min(len(x), len(y)) >= _MIN_FAMILY
                and OSA.distance(x, y) == 1 and y not in _family_names(a) and x not in _family_names(b))
    return (min(len(fa), len(fb)) >= _MIN_KEY and OSA.distance(fa, fb) == 1
            and fb not in _family_keys(a) and fa not in _family_keys(b))


@rule(
    id="ACROSS003",
    name="cross-article-names",
    severity="warning",
    languages=["*"],
    summary="Two articles of one story name one titled person two ways: a family name one letter "
            "apart, or a transliteration that spells another name.",
    messages={
        "variant": "'{second}' here, but '{first}' in {other}, an article of the same story: "
                   "one person spelt two ways, or another person named.",
    },
    notes={
        "name-in": "the name in {other}",
    },
    examples=[
        Example("published: 2024-03-04\nInterior Minister Walid Mansour said the port was closed.\n---\n"
                "published: 2024-03-04\nInterior Minister Walid Mansoor said the port would reopen.", "en", True),
        Example("published: 2024-03-04\nInterior Minister Walid Mansour said the port was closed.\n---\n"
                "published: 2024-03-04\nInterior Minister Walid Mansour said the port would reopen.", "en", False),
    ],
)
def cross_article_names(ctx, group):
    """
    ## What it flags
    A person introduced with a title ("Interior Minister Walid Mansour", `وزير الداخلية وليد
    منصور`) whose family name another article of the same story writes differently under the
    given name: in one language, under the same title, one letter apart or two letters swapped
    ("Mansour" … "Mansoor", "Kowalski" … "Kowlaski"; in Arabic only when a consonant differs); across Arabic and English, a transliteration whose
    consonant skeleton (language data, ``[transliteration]``) is one consonant from the other's
    ("Walid Mansour", skeleton ``mnsr``, … `وليد منسي`, ``mns``: another man's name). The finding
    is on the later article.

    ## Why it matters
    A name that changes between the updates or the language editions of one story either
    misspells a person or names someone else; both are corrections a desk must publish.

    ## Example
    English: "Interior Minister Walid Mansour said …". Arabic: `قال وزير الداخلية وليد منسي …`.

    ## Not flagged
    Spellings whose skeletons agree across languages (`منصور` and "Mansour") or, in Arabic,
    within one (`ترامب` and `ترمب`: house styles of a foreign name); one name under two titles;
    two people an article names both of; different given names; short family names; names
    without a title; articles that are not one story.
    """
    reported: set[tuple[int, str]] = set()
    for a, b in group.pairs():
        for mb in _people(b):
            if (b.index, mb.surname) in reported:
                continue
            for ma in _people(a):
                if _variant(a, ma, b, mb):
                    reported.add((b.index, mb.surname))
                    ctx.report(b, "variant", mb.start, mb.end,
                               related=[ctx.related(a, ma.start, ma.end, f"the name in {place(a)}")],
                               first=ma.text, second=mb.text, other=place(a))
                    break
