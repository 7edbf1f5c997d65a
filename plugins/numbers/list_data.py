"""The language data of NUM002's lists, read once per lexicon: what opens a list, what joins
its items and what ends it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import alternation_rx, figures_data, measure_units
from .heads import head_data


@dataclass(frozen=True)
class Lists:
    openers: re.Pattern | None
    comma_opens: bool
    capitalised: bool
    lead: frozenset[str]
    stops: re.Pattern | None
    continues: re.Pattern | None
    partial: re.Pattern | None
    conj: tuple[str, ...]
    gap_reject: tuple[str, ...]
    and_ends: bool
    places: re.Pattern | None
    after_last: frozenset[str]
    after_prefixes: tuple[str, ...]
    attached: re.Pattern | None
    item_articles: frozenset[str] = frozenset()
    noun_articles: frozenset[str] = frozenset()   # after a colon, "a …" opens an item in lower case
    distributive: re.Pattern | None = None   # "one each in": as many things as the places listed
    alternatives: re.Pattern | None = None   # "or" between items: a choice
    after_written: frozenset[str] = frozenset()   # ``after_last`` as written (`على`, not the name `علي`)
    said: re.Pattern | None = None   # words of attribution: "…, the office said" ends a list
    duals: tuple[str, ...] = ()      # endings of a dual noun (`شركتان`): an item of two things
    passive: frozenset[str] = frozenset()    # "were" in "Four people were arrested in …:"
    gap_preps: frozenset[str] = frozenset()  # … and the preposition after the verb
    collective: re.Pattern | None = None      # a count told by a word ("the trio", `مشرفتان هما`): group w
    collectives: dict = None                  # … its value (a dual: 2)
    heads: object = None                      # the head data: which words are plural nouns
    open_duals: tuple = ((), (), frozenset(), frozenset(), ())   # masculine dual endings, the shapes of their
    #                                         singulars, given names, the prepositions after an item, construct endings
    recurring: frozenset[str] = frozenset()   # nouns of occasions held place by place ("two concerts in A, B")
    and_inside: frozenset[str] = frozenset()  # words opening with the letter of "and" as their own (`وادي`)
    measure: re.Pattern | None = None         # a figure of a measure in an item ("15,000 tonnes"): no count
    not_duals: frozenset[str] = frozenset()   # names ending like a dual (`باكستان`), and the article
    article: str = ""
    identity: frozenset[str] = frozenset()   # pronouns opening a list after a comma (`، هم`): its count's
    sized: re.Pattern | None = None           # figures of a measure ("60 and 66 kilograms"): no count
    relatives: frozenset[str] = frozenset()   # "in which" after a count's noun, before its colon
    kinds: frozenset[str] = frozenset()       # nouns of kinds ("ranges"): a plural item is one kind


@lru_cache(maxsize=32)
def list_data(lex) -> Lists:
    f = figures_data(lex).get("lists", {})
    e = lex.section("enumerations", {})
    openers = [o for o in f.get("openers", []) if o.strip(":")]
    return Lists(
        alternation_rx(openers, after=r"(?![^\W\d_])\s*:?"),
        bool(f.get("comma_opens")), bool(f.get("items_capitalised")),
        frozenset(normalize_text(w) for w in f.get("lead", [])),
        alternation_rx(f.get("stops", [])),
        alternation_rx(f.get("continues", [])),
        alternation_rx(e.get("partial", [])),
        tuple(normalize_text(w) for w in e.get("and", [])),
        tuple(f.get("gap_reject_suffixes", [])), bool(f.get("and_ends")),
        alternation_rx(f.get("place_openers", []), after=r"(?![^\W\d_])"),
        frozenset(normalize_text(w) for w in f.get("after_last", [])),
        tuple(normalize_text(w) for w in f.get("after_last_prefixes", [])),
        _attached_count(lex), frozenset(normalize_text(w) for w in f.get("item_articles", [])),
        frozenset(normalize_text(w) for w in f.get("noun_articles", [])),
        alternation_rx(f.get("distributive", []), after=r"(?![^\W\d_])\s*"),
        alternation_rx(f.get("alternatives", [])),
        frozenset(f.get("after_last", [])),
        alternation_rx([normalize_text(w) for w in lex.section("quantities", {}).get("attribution", {}).get("words", [])]),
        tuple(normalize_text(w) for w in f.get("dual_endings", [])),
        frozenset(normalize_text(w) for w in f.get("passive_auxiliaries", [])),
        frozenset(normalize_text(w) for w in f.get("gap_prepositions", [])),
        *_collective(f), head_data(lex), _open_duals(lex, f),
        frozenset(normalize_text(w) for w in f.get("recurring", [])),
        frozenset(normalize_text(w) for w in f.get("and_inside", [])), _measure(lex, f),
        frozenset(normalize_text(w) for w in f.get("not_duals", [])), normalize_text(lex.section("script", {}).get("article", "")),
        frozenset(normalize_text(w) for w in figures_data(lex).get("identity_openers", [])), _sized(lex),
        frozenset(normalize_text(w) for w in f.get("relatives", [])), frozenset(normalize_text(w) for w in f.get("kinds", [])))


def _sized(lex) -> re.Pattern | None:
    """Figures joined by "and", a comma or a hyphen and ended by a unit of measure
    (``[quantities] measure_units``): "under 60 and 66 kilograms", `تحت 60 و66 كيلوغراما`."""
    sp = r"[^\S\n]{0,3}"
    units = alternation(sorted(measure_units(lex)), sp)
    joins = alternation([normalize_text(w) for w in lex.section("enumerations", {}).get("and", [])] + [",", "،", "-"], sp)
    if not units:
        return None
    fig = r"\d[\d.,]{0,8}"
    return compiled(rf"(?<![^\W_]){fig}(?:{sp}(?:{joins}){sp}{fig}){{0,4}}{sp}(?:{units})(?![^\W\d_])")   # (five at most: linear)


def figured(d: Lists, gap: str) -> bool:
    """Whether a figure or a quotation mark stands between a count and its list — the figures of a
    measure aside ("four players fought at under 60 and 66 kilograms, they are …")."""
    return bool(re.search(r"[\d\"“«»”]", d.sized.sub(" ", gap) if d.sized else gap))


_QUOTED_RUN = compiled(r"(?<=[^\W\d_] )[«\"“][^«»\"“”\n]{1,60}[»\"”]")


def unquoted(segment: str) -> str:
    """An item's text with what is in brackets and quotation marks' own marks blanked, and a name in
    quotation marks after a noun made one word (`تحالف "أطلس ويند" الإسباني`: four words), lengths
    kept. A title the item opens with stays as it is (“The Bridge”)."""
    segment = _QUOTED_RUN.sub(lambda m: " " + m.group()[1:-1].replace(" ", "_") + " ", segment)
    return re.sub(r"\([^)]*\)|[«»\"“”]", " ", segment)


def unsized(d: Lists, nt: str, starts: list[int], pos: int, end: int) -> list[int]:
    """The figures (sorted ``starts``) between a count ending at ``pos`` and its list at ``end``,
    but those of a measure ("60 and 66 kilograms")."""
    inside = starts[bisect_right(starts, pos):bisect_left(starts, end)]
    if not inside or d.sized is None:
        return inside
    spans = [(m.start(), m.end()) for m in d.sized.finditer(nt, pos, end)]
    return [c for c in inside if not any(a <= c < b for a, b in spans)]


def partial_list(d: Lists, window: str, end: int, opener) -> bool:
    """Whether a word of a part ("including", `منهم`) before the list makes it a few of the count's
    things. Not right after the count's noun when a pronoun opens the list after a comma
    (`أربعة لاعبين منهم …، هم …`: four of the squad, and the list names the four)."""
    if not d.partial:
        return False
    head = window[:end]
    hits = list(d.partial.finditer(head))
    if not hits or not identity_opened(d, window, opener):
        return bool(hits)
    return any(len(head[:h.start()].split()) != 1 for h in hits)


def reach(d: Lists, nt: str, pos: int, end: int, chars: int) -> int:
    """The characters after a count its list may open within: twice ``chars`` when a pronoun opens a
    list right after a comma there (`، هم`), else ``chars``."""
    if not d.identity or d.openers is None:
        return chars
    far = nt[pos:min(end, pos + 2 * chars)]
    return 2 * chars if any(far[m.start():m.end()].strip(" :") in d.identity and far[:m.start()].rstrip().endswith(("،", ","))
                            for m in d.openers.finditer(far)) else chars


def gap_words(d: Lists, window: str, opener, words: int, longer: int) -> int:
    """The words a count's list may open after: ``longer`` when a pronoun opens it right after a comma
    (`خمسة متهمين في قضية … على الحدود، هم …`: the pronoun stands for the count's noun), else ``words``."""
    return longer if identity_opened(d, window, opener) else words


def identity_opened(d: Lists, window: str, opener) -> bool:
    """Whether the list is opened by a pronoun right after a comma (`، هم`): it stands for the count's noun."""
    return opener is not None and bool(d.identity) and window[opener.start():opener.end()].strip(" :") in d.identity \
        and window[:opener.start()].rstrip().endswith(("،", ","))


def _measure(lex, f) -> re.Pattern | None:
    """A word of ``measure_leads`` ("of", `بحمولة`), a figure, maybe a scale, and a unit of measure
    (``[quantities] measure_units``): "of 15,000 tonnes", `بحمولة 15 ألف طن` — what an item weighs or
    holds, told after its noun, not a count of things in it."""
    q, sp = lex.section("quantities", {}), r"[^\S\n]{1,3}"
    units, leads = alternation(q.get("measure_units", []), sp), alternation(f.get("measure_leads", []), sp)
    scales = alternation(q.get("scales", {}), sp) or "(?!x)x"
    if not units or not leads:
        return None
    return compiled(rf"(?<![^\W\d_])(?:{leads}){sp}\d[\d.,]{{0,12}}(?:{sp}(?:{scales}))?{sp}(?:{units})(?![^\W\d_])")


def _open_duals(lex, f) -> tuple:
    shapes = tuple(compiled("^" + "".join("." if c == "?" else "[^اي]" if c == "#" else re.escape(c) for c in normalize_text(w)) + "$")
                   for w in f.get("dual_masculine_stems", []))
    given = frozenset(normalize_text(w) for w in lex.section("names", {}).get("given_names", []))
    return (tuple(normalize_text(w) for w in f.get("dual_masculine_endings", [])), shapes, given,
            frozenset(normalize_text(w) for w in f.get("after_last", [])),
            tuple(normalize_text(w) for w in f.get("dual_construct_endings", [])))


def _collective(f) -> tuple[re.Pattern | None, dict]:
    """A word that counts ("trio" = 3, ``collectives``), or a dual noun right before a word that opens
    its list (`مشرفتان هما`: ``dual_openers``): a count of its own."""
    values = {normalize_text(k).lower(): int(v) for k, v in f.get("collectives", {}).items()}
    alts = []
    if values:
        alts.append(rf"(?<![^\W\d_])(?P<w>{'|'.join(sorted(map(re.escape, values), key=len, reverse=True))})(?![^\W\d_])")
    ends, openers = [normalize_text(w) for w in f.get("dual_endings", [])], [normalize_text(w) for w in f.get("dual_openers", [])]
    if ends and openers:
        alts.append(rf"(?<![^\W\d_])(?P<d>[^\W\d_]{{3,}}(?:{'|'.join(map(re.escape, ends))}))"
                    rf"(?=\s+(?:{'|'.join(map(re.escape, openers))})(?![^\W\d_]))")
    return (re.compile("|".join(alts), re.I) if alts else None), values


def _attached_count(lex) -> re.Pattern | None:
    """A count written against the article after its noun, "the 4" (`المشتبه بهم الـ4 وهم`)."""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    if not article:
        return None
    pro = "".join(re.escape(normalize_text(p)) for p in lex.proclitics)
    return re.compile(rf"(?<![^\W\d_])(?:[{pro}])?{re.escape(article)}(?P<n>\d{{1,2}})(?![\w.,]\d|\w)")


def mixed_total(d: Lists, nt: str, items: list[tuple[int, int]], counted: dict) -> float | None:
    """The things a list of counted items and single ones names: each count's value, two for a dual,
    one for an item after "a" (`noun_articles`; where the language writes no such article but marks
    duals, any other item); None when an item is neither, or all are counted (the splits read those)."""
    total, single = 0.0, False
    for i0, i1 in items:
        q = counted.get(i0)
        first = nt[i0:i1].split()[:1]
        if q is not None and q.low == q.high and not q.vague and q.value == int(q.value):
            total += q.value
        elif dual(d, nt, i0, i1):
            total, single = total + 2, True
        elif first and (first[0] in d.noun_articles or not d.noun_articles and d.duals):
            total, single = total + 1, True   # (where no article marks one, a noun alone names one: `وسائق`)
        else:
            return None
    return total if single else None


def dual(d: Lists, nt: str, s: int, e: int) -> bool:
    """The item opens with a dual noun (`وشركتان أوروبيتان`): it names two things. A masculine
    ending is read as a dual only on the singular of a noun of a person (`سائقان`, `موظفان في …`),
    alone in its item or before a preposition or another dual: not `لبنان`, not a given name."""
    words = [w.strip(",،") for w in nt[s:e].split()[:2]]
    if not d.duals or not words or len(words[0]) < 5:
        return False
    if (end := next((x for x in d.duals if words[0].endswith(x)), None)) is not None:
        bare = words[0][1:] if words[0][:1] in d.conj and len(words[0]) > 5 else words[0]
        bare = bare[len(d.article):] if d.article and bare.startswith(d.article) else bare
        return len(bare) - len(end) >= 2 and bare not in d.not_duals   # not `والتين` (figs), not `باكستان`
    ends, shapes, given, preps = d.open_duals[:4]
    w = words[0]
    bare = w[1:] if w[:1] in d.conj and len(w) > 5 else w   # (`وناقلتا`)
    if any(bare.endswith(x) and any(p.match(bare[:-len(x)]) for p in shapes) for x in d.open_duals[4]):
        return len(words) == 2   # `ناقلتا منتجات`: a dual in construct, before the noun it owns
    end = next((x for x in ends if w.endswith(x)), None)
    return end is not None and w not in given and any(p.match(w[:-len(end)]) for p in shapes) and \
        (len(words) == 1 or words[1] in preps or words[1].endswith(ends))


CODE = compiled(r"[^\W\d_]{1,4}-?\d{2,8}")   # letters and digits, one word: a code ("NF24117", "MH-370")
_PASSIVE_GAP = 12   # words between a count and its colon, at most, after a passive verb
_PLACED_GAP = 10    # … after its noun, of phrases of place and time
_PHRASE_WORDS = 3   # words of one such phrase after its preposition


def befell(d: Lists, gap: str) -> bool:
    """The words between a count and its colon tell what befell the things counted: their noun (of
    one word to three), a passive verb and prepositional phrases or none ("people were arrested in the raid on
    Friday night", "crew members were injured while fighting the blaze")."""
    words = gap.split()
    aux = next((i for i in (1, 2, 3) if words[i:i + 1] and words[i] in d.passive), None)
    return aux is not None and 3 <= len(words) <= _PASSIVE_GAP and (words[aux + 2:aux + 3] != [] and words[aux + 2] in d.gap_preps
                                                                 or len(words) == aux + 2)
    #   (or the participle right before the colon, after a noun of up to three words: "categories of data were exposed:")


def relative(d: Lists, gap: str) -> bool:
    """The words between a count and its colon are its noun and a relative clause of it ("areas in which
    the unit had fallen short"), with no comma: the list is still the count's."""
    words = gap.split()
    return 3 <= len(words) <= _PASSIVE_GAP and "," not in gap and any(" ".join(words[1:1 + n]) in d.relatives for n in (1, 2))


def placed(d: Lists, gap: str) -> bool:
    """The words between a count and its colon are its noun and phrases of place and time, each
    opening with a preposition ("demands at an assembly in Huancayo on Monday, May 27", a date
    written as one word): the list is still the count's."""
    words = gap.split()
    if len(words) < 3 or len(words) > _PLACED_GAP or words[1] not in d.gap_preps:
        return False
    run = 0
    for w in words[1:]:
        run = 0 if w in d.gap_preps else run + 1
        if run > _PHRASE_WORDS:
            return False
    return run > 0


def object_list(d: Lists, orig, nt: str, count_end: int, opening: int) -> bool:
    """Where names are capitalised, a list in lower case after a colon that a determiner's noun
    stands before: it lists that noun's things, not the count's (not a determiner after a
    preposition: "demands at an assembly: …")."""
    first = nt[opening:opening + 40].split()[:2]
    lower = len(first) == 2 and first[0] in d.noun_articles | d.item_articles and \
        not orig(opening, opening + len(first[0]) + 2)[-1:].isupper()
    gap = nt[count_end:opening].split()
    return d.capitalised and lower and any(w in d.item_articles | d.noun_articles and gap[k] not in d.gap_preps
                                           for k, w in enumerate(gap[1:]))


def collective_counts(d: Lists, view, text: str):
    """(start, end, text, value) of each count told by a word ("The trio who run the machines — A, B, C
    and D —") or by a dual noun before a word that opens its list (`مشرفتان هما أ وب وج`)."""
    for m in d.collective.finditer(view.text) if d.collective is not None else ():
        s, e = view.to_original(m.start(), m.end())
        w = m.groupdict().get("w")
        yield s, e, text[s:e], float(d.collectives.get(w.lower(), 0) if w else 2)


def aside(between: str) -> bool:
    """The count's noun, then an aside set off by a comma before the colon ("five colours, all from
    vegetable dyes:")."""
    head, comma, rest = between.replace("،", ",").partition(",")
    return bool(comma) and len(head.split()) <= 2 and 0 < len(rest.split()) <= 5 and "," not in rest


def place_opening(d: Lists, nt: str, pos: int, end: int) -> int | None:
    """Where the places of the things counted by a count ending at ``pos`` start: "ست منشآت في"."""
    window = nt[pos:min(end, pos + 40)]
    # the noun, and an adjective before the place word ("ثلاثة مصانع جديدة في")
    noun = compiled(r"\s*[^\W\d_]+\s+(?:[^\W\d_]+\s+(?=" + d.places.pattern + "))?").match(window) \
        if d.places is not None else None
    if noun is None or noun.group().split()[0] in d.recurring:
        return None   # "two concerts in Vienna, Prague and Milan": two in each
    place = d.places.match(window, noun.end())
    return None if place is None else pos + place.end()


def name_apart(gap: str) -> bool:
    """A name between a count and a comma that is no word of its noun phrase: last, or after a word in
    lower case ("two days after Smith,"; not "Two Green councillors,")."""
    words = gap.split()
    first_lower = next((k for k, w in enumerate(words) if w[:1].islower()), len(words))
    return bool(words) and (words[-1][:1].isupper() or any(w[:1].isupper() for w in words[first_lower:]))


def in_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A count written with a capital inside its sentence and followed by a capitalised word: a word
    of a name ("the Six Nations"), no count (not "Two Green councillors" opening a sentence)."""
    after, before = text[end:end + 3].lstrip(), text[sentence_start:start].rstrip()
    return text[start:start + 1].isupper() and before[-1:] not in ("", *"-–—:\"“«(") and after[:1].isupper()
    #   (after a dateline's dash or an opening quotation mark, a count opens its clause: "LONDON - Two Green …")


def ends_open(d: Lists, written: str) -> bool:
    """A segment ending with a preposition as written (`موظفون في` before `وزارة`, its letter
    of "and" read as a joiner): no item, but a phrase cut short (not one ending with a figure: "closed since 2020")."""
    last = re.findall(r"[^\W_]+", written)[-1:]
    return bool(last) and last[0] in d.after_written


def original_of(ctx):
    """A function from a span of the normalised text to the article's text as written there (what a
    list's items are read in: their capitals, their quotation marks)."""
    view, text = ctx.doc.normalized, ctx.text

    def orig(s: int, e: int) -> str:
        a, b = view.to_original(s, e)
        return text[a:b]
    return orig
