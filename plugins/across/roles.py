"""ACROSS004: one person given two offices of one group (two ministries, two heads of one body) by
two articles of one story. Reads the names family's ``name_roles`` fact, whose office keys are
shared by every language, so "Interior Minister Samir Haddad" and `وزير الخارجية سمير حداد` meet."""

from __future__ import annotations

from checker import Example, rule
from checker.across.keys import word_key
from checker_plugins.names.lexicon import names_data

from .common import place


def _roles(member) -> dict[tuple[str, str], object]:
    """(person key, office group) -> the first role the article gives that person in that group;
    a person the article itself gives two offices of a group is left to NAME002."""
    lex = member.doc.lexicon
    out: dict[tuple[str, str], object] = {}
    several: set[tuple[str, str]] = set()
    for r in member.facts["name_roles"]:
        m = r.mention
        if not (m.full and m.person) or r.joint or r.changed or len(m.tokens) < 2:
            continue
        key = (f"{word_key(lex, m.tokens[-2])} {word_key(lex, m.tokens[-1])}", r.group)
        if key in out and out[key].office != r.office:
            several.add(key)
        out.setdefault(key, r)
    return {k: v for k, v in out.items() if k not in several and k[0].split()[0]}


def _span(r) -> tuple[int, int]:
    return min(r.start, r.mention.start), max(r.end, r.mention.end)


@rule(
    id="ACROSS004",
    name="cross-article-roles",
    severity="warning",
    languages=["*"],
    summary="Two articles of one story give one person two offices one person does not hold at once.",
    messages={
        "conflict": "{name} is called {office} here, but {other} in {where}, an article of the same story.",
    },
    notes={
        "office-in": "the office in {other}",
    },
    examples=[
        Example("published: 2024-03-04\nInterior Minister Samir Haddad visited the port.\n---\n"
                "published: 2024-03-04\nForeign Minister Samir Haddad said the port would reopen.", "en", True),
        Example("published: 2024-03-04\nInterior Minister Samir Haddad visited the port.\n---\n"
                "published: 2024-03-05\nThe new foreign minister, Samir Haddad, said the port would reopen.", "en", False),
    ],
)
def cross_article_roles(ctx, group):
    """
    ## What it flags
    A person (a full name, matched across Arabic and English by its transliteration key) given
    an office by one article of a story and another office of the same group by a later one —
    two ministries ("Interior Minister Samir Haddad" … `وزير الخارجية سمير حداد`), two heads of
    one body — when the two offices are not a pair one person may hold at once (the names
    family's ``[names.offices]`` and ``compatible`` data, whose keys every language shares).

    ## Why it matters
    A wrong office in one update or one language edition misinforms readers about who decides
    what, and is copied into the next.

    ## Example
    English: "Interior Minister Samir Haddad visited the port." Arabic, the same day: `قال وزير
    الخارجية سمير حداد …`.

    ## Not flagged
    A change the later article states ("the new foreign minister"), an office held jointly
    ("Trade and Industry Secretary"), pairs one person may hold at once, a person one article
    already gives two offices (NAME002 reads that article), offices of different groups (a
    minister who is also a party leader), articles that are not one story.
    """
    reported: set[tuple[int, tuple[str, str]]] = set()
    for a, b in group.pairs():
        ra_all, rb_all = _roles(a), _roles(b)
        compatible = names_data(b.doc.lexicon).compatible
        for key, rb in rb_all.items():
            ra = ra_all.get(key)
            if ra is None or ra.office == rb.office or (b.index, key) in reported:
                continue
            if frozenset((ra.office, rb.office)) in compatible:
                continue
            reported.add((b.index, key))
            bs, be = _span(rb)
            as_, ae = _span(ra)
            ctx.report(b, "conflict", bs, be,
                       related=[ctx.related(a, as_, ae, f"the office in {place(a)}")],
                       name=rb.mention.text, office=f"'{b.doc.text[rb.start:rb.end]}'",
                       other=f"'{a.doc.text[ra.start:ra.end]}'", where=place(a))
