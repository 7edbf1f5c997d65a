"""Names in languages written without capitals found once the first pass has found full names:
a family name written with its particle of lineage (`بن حميدة` after `منير بن حميدة`), a given
name one letter from the one a full name writes, a full name's given name before a family name one
letter from its own, a word no list knows that the text repeats."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.data import name_key

NEAR_MIN = 4         # letters of a family name (without the article) a slip anywhere is looked for in


def nasab(b: Builder, j: int) -> bool:
    """Token ``j`` is "son of" before a word that can end a name (`منير بن حميدة`)."""
    return b.toks.norm[j] in b.names.lineage and b.joined(j + 1) and not b.stop(j + 1)


def lineage_names(b: Builder, title_tokens: set[int]) -> None:
    """A full name's family name written alone with the particle of lineage before it (`منير بن
    حميدة` … `وبن حميدة`, `محمد بن سلمان` … `بن سلمان`): that person, the particle and the word."""
    nm, toks = b.names, b.toks
    pairs = {(toks.norm[idx[-2]], toks.norm[idx[-1]]) for idx, _, _ in b.found
             if len(idx) >= 3 and toks.norm[idx[-2]] in nm.lineage}
    for particle, last in pairs:
        for i in b.positions_in({last}):
            if i < 1 or i in b.taken or i - 1 in b.taken or i - 1 in title_tokens or not b.joined(i):
                continue
            base = b.strip_proclitic(toks.norm[i - 1], frozenset((particle,)))
            if base == particle:
                b.base[i - 1] = base
                b.add([i - 1, i], None, "surname")


def unknown_repeated(b: Builder, title_tokens: set[int]) -> None:
    """A word with the article that the text writes twice or more and that is no word of the
    language (`الفرطوسي`): a name no title or list shows, added with the cue ``unknown`` so that a
    slip in it can be told."""
    nm = b.names
    found = {w for w in b.unknown or () if b.counts[w] >= 2 and b.is_def(w)
             and len(name_key(w, nm)) >= NEAR_MIN and w not in nm.adjectives and w not in nm.stop}
    for i in b.positions_in(found) if found else ():
        if i not in b.taken and i not in title_tokens:
            b.add([i], None, "unknown")


def given_pairs_again(b: Builder, title_tokens: set[int]) -> None:
    """A given name that is also a word (`حنان`, `أمل`) right before a nisba that can be a family
    name (`الشيباني`), the two written together twice or more: one full name no cue shows
    (`أقدمهن حنان الشيباني`), not a word and its adjective (those are written once, or are no family
    name: `الوطني` is an adjective of the language data)."""
    nm, toks = b.names, b.toks
    pairs: dict[tuple[str, str], list[int]] = {}
    for i in b.positions_in(b.counts.keys() & nm.given_ambiguous):
        j = i + 1
        if j >= len(toks.norm) or not b.joined(j) or {i, j} & (b.taken | title_tokens) or b.stop(j):
            continue
        if b.family_nisba(toks.norm[j]):
            pairs.setdefault((toks.norm[i], toks.norm[j]), []).append(i)
    for at in pairs.values():
        for i in at if len(at) >= 2 else ():
            b.add([i, i + 1], None, "again")


def given_slips(b: Builder, title_tokens: set[int]) -> None:
    """A word right before the family name of a full name, one letter from the word written
    before that family name there and not itself a known given name or an ordinary word: the
    same name with a slip in its given name ("فلاديمير بوتين" … "فلاذيمير بوتين"), which no
    known given name shows."""
    nm, toks = b.names, b.toks
    before: dict[str, set[str]] = {}
    for idx, _, _ in b.found:
        last = b.family_name_at(idx)
        if last and last not in nm.stop and len(name_key(last, nm)) >= 3:
            before.setdefault(last, set()).add(toks.norm[idx[-2]])
    if not before:
        return
    for i in (j - 1 for j in b.positions_in(b.counts.keys() & before.keys()) if j > 0):
        firsts = before[toks.norm[i + 1]]
        if i in b.taken or i + 1 in b.taken or i in title_tokens or not b.joined(i + 1):
            continue
        w = toks.norm[i]
        if w in firsts or w in nm.given or w in nm.given_ambiguous or w in nm.particles \
                or b.stop(i) or b.common(w) or b.is_def(w) or b.count(w) != 1:
            continue
        if sum(1 for g in firsts if len(g) >= 3 and OSA.distance(g, w) == 1) == 1:
            b.add([i, i + 1], None, "given")


def full_names_again(b: Builder, title_tokens: set[int]) -> None:
    """A full name a cue showed (a title, a verb of saying) written again where none shows it
    (`المدير العام للشركة، منصف الشعري،` … `وتسلّم منصف الشعري`, a given name that is also a word):
    the same words, one after the other, are that person again, not its family name alone."""
    toks = b.toks
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for idx, _, _ in b.found:
        if len(idx) >= 2 and idx[-1] - idx[0] == len(idx) - 1:
            by_first.setdefault(toks.norm[idx[0]], set()).add(tuple(toks.norm[i] for i in idx))
    firsts = set(by_first)
    for i in b.positions_of(firsts) if firsts else ():
        base = b.strip_proclitic(toks.norm[i], firsts)
        for seq in sorted(by_first.get(base, ()), key=len, reverse=True):
            idx = list(range(i, i + len(seq)))
            if idx[-1] >= len(toks.norm) or any(j in b.taken or j in title_tokens for j in idx) or \
                    any(toks.norm[j] != w or not b.joined(j) for j, w in zip(idx[1:], seq[1:])):
                continue
            if base != toks.norm[i]:
                b.base[i] = base
            b.add(idx, None, "again")
            break


def family_slips(b: Builder, title_tokens: set[int]) -> None:
    """A given name that opens a full name (found with a cue), written before a word one letter
    from that name's family name, with the article as it has it: the same person with a slip in
    the family name (`عادل الشاوش` … `ونفى عادل الشاويش`), which a given name that is also a word
    (`عادل`) alone does not show."""
    nm, toks = b.names, b.toks
    families: dict[str, set[str]] = {}
    for idx, _, _ in b.found:
        last = b.family_name_at(idx)
        if len(idx) == 2 and last and len(name_key(last, nm)) >= NEAR_MIN:
            families.setdefault(toks.norm[idx[0]], set()).add(last)
    for i in b.positions_in(b.counts.keys() & families.keys()) if families else ():
        if i + 1 >= len(toks) or i in b.taken or i + 1 in b.taken or i in title_tokens or not b.joined(i + 1):
            continue
        w = toks.norm[i + 1]
        if b.stop(i + 1) or b.common(w) or w in nm.adjectives or len(name_key(w, nm)) < NEAR_MIN:
            continue
        near = [f for f in families[toks.norm[i]] if OSA.distance(name_key(f, nm), name_key(w, nm)) <= 1
                and b.is_def(f) == b.is_def(w)]
        if len(near) == 1:
            b.add([i, i + 1], None, "near")


def family_names_alone(b: Builder, surnames: set[str], titled: dict, title_tokens: set[int]) -> None:
    """The family names of full names written alone ("وقال المصطفى", "للشرع"): that person, unless
    a given name stands right before it (`كان حسن عثمان` after `عادل عثمان`: another person of that
    family) or a definite noun does before a nisba ("الجيش المصري": an adjective); two-word family names
    first (:func:`compound_families_alone`)."""
    compound_families_alone(b, title_tokens)
    nm, toks = b.names, b.toks
    given = nm.given | nm.given_ambiguous
    for i in b.positions_of(surnames) if surnames else ():
        if i in b.taken or i in title_tokens:
            continue
        if i > 0 and b.joined(i) and toks.norm[i - 1] in given and not b.stop(i - 1) \
                and i - 1 not in b.taken | title_tokens:
            continue
        base = b.strip_proclitic(toks.norm[i], surnames)
        if b.is_nisba(base) and i > 0 and b.joined(i):
            prev = toks.norm[i - 1]
            if (b.is_def(prev) or b.is_def(prev[1:])) and not (prev in nm.stop or prev[1:] in nm.stop):
                continue   # (not a verb written like it, `والتحقت القاسمي`)
        b.base[i] = base
        title = titled.get(i)
        b.add([i], title, "title" if title else "surname")


def compound_families_alone(b: Builder, title_tokens: set[int]) -> None:
    """A two-word family name that ends a full name after a given name (`منى عبد الحفيظ`: a word of
    ``compound_first`` and the word after it) written alone (`وعبد الحفيظ، البالغة`): that person,
    unless a given name stands right before it (another person of that family)."""
    nm, toks = b.names, b.toks
    pairs: dict[str, set[str]] = {}
    for idx, _, _ in b.found:
        if len(idx) >= 3 and idx[-1] - idx[-2] == 1 and toks.norm[idx[-2]] in nm.compound_first:
            pairs.setdefault(toks.norm[idx[-2]], set()).add(toks.norm[idx[-1]])
    firsts = set(pairs)
    given = nm.given | nm.given_ambiguous
    for i in b.positions_of(firsts) if firsts else ():
        base = b.strip_proclitic(toks.norm[i], firsts)
        if i + 1 >= len(toks.norm) or toks.norm[i + 1] not in pairs.get(base, ()) or not b.joined(i + 1) \
                or i in b.taken or i + 1 in b.taken or i in title_tokens \
                or i > 0 and b.joined(i) and toks.norm[i - 1] in given and base == toks.norm[i]:
            continue
        if base != toks.norm[i]:
            b.base[i] = base
        b.add([i, i + 1], None, "surname")


def given_alone_said(b: Builder, singles) -> None:
    """A given name that is also a word (`منى`) alone right after a verb of saying (`وأضافت منى، المولودة`),
    the first word of a full name found before and no name word after it: that person."""
    nm, toks = b.names, b.toks
    firsts = {toks.norm[idx[0]] for idx, _, _ in b.found if len(idx) >= 2}
    for k, _, cue in singles:
        if cue == "verb" and k not in b.taken and toks.norm[k] in firsts & nm.given_ambiguous \
                and not (k + 1 < len(toks.norm) and b.joined(k + 1) and not b.stop(k + 1)):
            b.add([k], None, "given")
