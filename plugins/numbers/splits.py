"""NUM002's reading of a whole split into its parts: a sentence that says a sum is split between
amounts ("the grant will be split between $800,000 for restoration and $750,000 for training",
`أن المنحة تتوزع بين 800 ألف دينار للترميم و750 ألف دينار للتدريب`, language data ``[figures]
split_words``) names every part, so the parts make the whole: the amount of that currency told
before the split word in its sentence, or the only one told earlier in the article. Counts listed
after a colon that ends a count's noun ("260 boats: 190 …, 40 … and 50 …"), two parts a
sentence opening with "Of these" sets apart, and two parts told alike after "of them" and "and"
in the whole's own sentence may not make more than their whole."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import (Sentences, alternation_rx, and_words, counts_by_sentence, exact_counts, figures_data, measure_units,
                     phrase_sentences, stopwords)
from .heads import head_data, noun_key
from .complements import complement_counts
from .kinds import kinds_counts
from .of_them import _listed, them_counts
from .of_whole import of_whole_counts
from .class_parts import class_parts
from .placed import place_data, placed_lists, placed_part
from .results import result_counts
from .seats import seat_counts
from .with_parts import with_counts

TOLERANCE = 0.02   # of the whole: parts rounded ("$1.4 million" split as "$750,000" and "$660,000")
_LEAD = 2   # words between a list's opener and its first count, at most ("- some 19 from Kolkata")
_NOUN_REACH = 60   # characters from a count to the colon that ends its noun phrase


def split_sums(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) where the parts a split word announces do not make the whole."""
    rx = _split_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    sums = [q for q in quantities if q.unit not in (None, "%") and not q.vague and q.low == q.high]
    seen = set()
    for m in rx.finditer(view.text) if len(sums) >= 3 else ():
        at = view.to_original(m.end(), m.end())[0]
        k = sents.index(at)
        if k is None or k in seen:
            continue
        seen.add(k)
        sent = sents.items[k]
        parts = [q for q in sums if at <= q.start < sent.end]
        if len(parts) < 2 or len({q.unit for q in parts}) != 1:
            continue
        unit = parts[0].unit
        before = [q for q in sums if q.unit == unit and sent.start <= q.start < at]
        earlier = [q for q in sums if q.unit == unit and q.start < sent.start]
        whole = before[-1] if before else earlier[0] if len(earlier) == 1 else None
        total = sum(q.value for q in parts)
        if whole is not None and abs(total - whole.value) > TOLERANCE * whole.value:
            yield whole, parts
    yield from _split_counts(ctx, quantities, sents, rx)
    yield from _colon_counts(ctx, quantities, sents)
    yield from ((w, ps) for w, ps, fewer in placed_lists(ctx, quantities, sents) if not fewer)   # "18 stations, seven on …"
    yield from _these_counts(ctx, quantities, sents)
    told = set()
    for whole, parts in them_counts(ctx, quantities, sents):
        told.add(whole.start)
        yield whole, parts
    yield from kinds_counts(ctx, quantities, sents)
    yield from of_whole_counts(ctx, quantities, sents)
    yield from class_parts(ctx, quantities, sents)   # "killed 16 people" … "nine of the dead were in …"
    yield from with_counts(ctx, quantities, sents)
    yield from seat_counts(ctx, quantities, sents)
    yield from result_counts(ctx, quantities, sents)   # "11 rounds with seven wins, three draws and two losses"
    yield from ((w, ps) for w, ps in complement_counts(ctx, quantities, sents) if w.start not in told)


_SPLIT_LEAD = 4   # words from a count to the split word after its noun, at most


def _split_counts(ctx, quantities: list[Quantity], sents: Sentences, rx):
    """A count split right after its noun between counts listed to an "and" (`يضم 64 حظيرة، تتوزع بين
    40 حظيرة للأغنام و18 حظيرة للإبل`, "112 members, split between 75 men and 29 women"): the split word
    names every part, so any other sum is wrong."""
    view, counts = ctx.doc.normalized, exact_counts(quantities, 2)
    if len(counts) < 3 or not any(w in view.text for w in _split_heads(ctx.lexicon)):
        return   # (none of the split phrases: no scan)
    for at, sent in phrase_sentences(view, rx, sents):
        before = [q for q in counts if sent.start <= q.start and q.end <= at]
        after = [q for q in counts if at <= q.start < sent.end]
        if not before or len(after) < 2 or len(ctx.doc.text[before[-1].end:at].split()) > _SPLIT_LEAD:
            continue
        whole, parts = before[-1], _listed(ctx, after)
        if (grouped := _by_groups(ctx, after)) is not None:   # `يتوزعن على ثلاث قرى، 17 منهن من …، و12 من …، و6 من …`
            if abs(sum(q.value for q in grouped) - whole.value) > TOLERANCE * whole.value:
                yield whole, grouped
            continue
        if len(parts) < 2 or max(q.value for q in parts) >= whole.value or (of := _of_rx(ctx.lexicon)) is not None \
                and of.search(view.text, view.from_original(parts[0].start), view.from_original(parts[-1].end)):
            continue   # (no whole: `جرى بين 9 و13 جوان، موزعين بين 2960 …`; groups and the parts of them: `يتوزعون
            #            على ثلاثة دواوير، 19 منهم …`, read by "of them")
        if abs(sum(q.value for q in parts) - whole.value) > TOLERANCE * whole.value:
            yield whole, parts


def _by_groups(ctx, after: list[Quantity]) -> list[Quantity] | None:
    """The parts of a split over a count of groups ("split across three villages, 17 from …, 12 from …
    and 6 from …"): the first count after the split word, its noun and a comma, then as many counts as
    it says, the last joined by "and"; None when the split is told otherwise."""
    text, (words, attached) = ctx.doc.text, and_words(ctx.lexicon)
    groups = after[0]
    n = int(groups.value)
    if len(after) < n + 1 or not 2 <= n <= 6 or not re.match(r"\s+[^\W\d_]+\s*[,،]", text[groups.end:groups.end + 40]):
        return None
    parts = after[1:n + 1]
    lead = normalize_text(text[parts[-2].end:parts[-1].start]).split()
    joined = lead and (lead[-1] in words or lead[-1] in attached) or normalize_text(text[parts[-1].start - 1:parts[-1].start]) in attached
    return parts if joined else None


def short_colon_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Three counts or more listed right after a colon that ends a count, each told with where its
    part is ("450 lights: 200 along the main road, 150 in the suburbs and 80 around the market",
    ``[figures] place_prepositions``), that make fewer than the whole: a part left out or a figure
    wrong, told for information (a list by place may leave some out)."""
    yield from _colon_counts(ctx, quantities, sents, short=True)
    yield from ((w, ps) for w, ps, fewer in placed_lists(ctx, quantities, sents) if fewer)   # … and after a comma


def _colon_counts(ctx, quantities: list[Quantity], sents: Sentences, short: bool = False):
    """A count whose noun phrase a colon or a dash ends, and the counts listed after it in its
    sentence (or up to the closing dash), the last after "and" ("The harbour has 260 registered
    boats: 190 launches, 40 boats and 50 trawlers", `يضم الميناء 260 قارباً: 190 زورقاً و40 مركباً
    و50 سفينة صيد`): parts that make more than the whole; or, each told alike right from the
    opener ("drew 46 bidders - 19 from Kolkata, 14 from Europe and 8 from Japan -"), any other sum. The list
    ends at its last "and": "12 doctors: eight surgeons and five anaesthetists, helped by 20 nurses"."""
    text, (words, attached) = ctx.doc.text, and_words(ctx.lexicon)
    counts, ones = _counts(quantities), exact_counts(quantities, 1)
    for whole in counts:
        k = sents.index(whole.start)
        if k is None:
            continue
        end = sents.items[k].end
        opener = _OPENER.search(text, whole.end, min(end, whole.end + _NOUN_REACH))
        if opener is None or text[opener.start() - 1].isdigit() and text[opener.end():opener.end() + 4].strip()[:1].isdigit() \
                or _measure(ctx, whole):
            continue   # (no colon of a sentence: "at 7: 15", but "a team of 22: three …")
        between = [q for q in counts if whole.end <= q.start < opener.start() and not _measure(ctx, q)]   # (another
        #   count before the colon, not a measure: "1,596 nests along 11 kilometres of coast: …")
        close = end if opener.group() == ":" else _closing(text, opener.group(), opener.end(), end)
        parts = [q for q in ones if opener.end() <= q.start < (close if close >= 0 else end)]   # ("… and one at the wharf")
        parts = [q for i, q in enumerate(parts) if not i or _apart(ctx, parts[i - 1], q)]   # ("two Embraer 145 jets")
        parts = (_listed(ctx, parts) if parts else []) or parts   # (the list ends at its "and": not "…، يعاونهم 20 ممرضاً")
        if close >= 0 and len(parts) >= 2 and (last := _one_after(ctx, parts[-1], close)) is not None:
            parts = parts + [last]   # "- two at the market, two at the bus stop and one at the wharf -"
        if len(parts) < 2 or sum(q.value for q in parts) == whole.value or any(_measure(ctx, q) for q in parts) \
                or len(text[opener.end():parts[0].start].split()) > _LEAD or len(parts) == whole.value \
                or any(q.value != len(parts) for q in between):
            continue   # (a measure is no part of a count: "three phases: stabilising 600 metres of …"; a clause
            #            is no item: "two cousins against each other: Suva winger Ravula scored two of …"; as many
            #            parts as the count tells are its items, each with a count of its own: `ثلاث مناطق: 91 نسراً في …،
            #            و39 في …، و16 في …`; a count between the whole and the colon only where it counts the
            #            parts' places: "All 41 crew members aboard the two vessels …: 23 on the tanker and 22 on …")
        fewer = sum(q.value for q in parts) < whole.value and not (close >= 0 and _alike(ctx, text, opener.end(), parts)) \
            and not _kinds_of(ctx, whole, parts, opener.end())
        if fewer != short or short and not _placed(ctx, parts, opener.end()):
            continue   # (fewer may be a list of some of them: "40 ships: 12 built in Korea and 8 in Japan")
        lead = normalize_text(text[parts[-2].end:parts[-1].start]).split()
        if sum(q.value for q in parts) < whole.value and _continues(ctx, parts[-1], close if close >= 0 else end):
            continue   # (`… وثلاث طائرات إيه تي آر 72 وطائرة إمبراير 190`: one more item, its count unwritten)
        if lead and (lead[-1] in words or lead[-1][:1] in attached and not lead[-1][1:]) \
                or normalize_text(text[parts[-1].start - 1:parts[-1].start]) in attached:
            yield whole, parts


def _closing(text: str, dash: str, start: int, end: int) -> int:
    """Where the dash closing an aside opened by ``dash`` stands, or -1: a hyphen only between
    spaces ("- four Boeing 737-500s, … -")."""
    if dash != "-":
        return text.find(dash, start, end)
    m = _SPACED.search(text, start, end)
    return m.start() if m else -1


_SPACED = compiled(r"(?<=\s)-(?=\s)")


def _apart(ctx, prev: Quantity, q: Quantity) -> bool:
    """Whether a count stands in an item of its own after the one before it: a comma, a semicolon or
    "and" between them, not a name the count is part of ("two Embraer 145 regional jets")."""
    words, attached = and_words(ctx.lexicon)
    gap = normalize_text(ctx.doc.text[prev.end:q.start])
    return bool(re.search(r"[,،;؛]", gap)) or any(w in words or w[:1] in attached for w in gap.split()) \
        or normalize_text(ctx.doc.text[q.start - 1:q.start]) in attached


def _continues(ctx, last: Quantity, end: int) -> bool:
    """Whether the list goes on after its last count with an item joined by "and" (a word, or
    attached to the item's first word) whose count is not written."""
    words, attached = and_words(ctx.lexicon)
    rest = normalize_text(ctx.doc.text[last.end:end]).split()[1:]
    return any(w in words or w[:1] in attached and len(w) > 3 for w in rest)


_PHRASE = compiled(r"\W{0,8}((?:[^\W\d_]+[^\S\n]*)+)")   # the words right after a count, to a mark
_HEAD_WORDS = 3   # words of a part's noun phrase read, at most

_OPENER = compiled(r":(?=\s)|(?<=\s)(?:--|[—–-])(?=\s)|[—–]")


def _alike(ctx, text: str, opened: int, parts: list[Quantity]) -> bool:
    """Parts listed right from the opener, each told with the same word after it ("19 from
    Kolkata, 14 from Europe and 8 from Japan"): one partition, every part told."""
    if text[opened:parts[0].start].strip():
        return False
    after = {(m.group(1) if (m := _WORD_AFTER.match(normalize_text(text[q.end:q.end + 30]))) else None) for q in parts}
    return len(after) == 1 and None not in after


_ONE_REACH = 40   # characters from the last part to "and one" after it


@lru_cache(maxsize=32)
def _one_rx(lex):
    """ "and" and the words of one after it ("and one", `وواحد`), in the normalised text; None without them."""
    words = and_words(lex)[0]
    ones = [normalize_text(w) for w, v in lex.section("quantities", {}).get("words", {}).items() if v == 1]
    if not words or not ones:
        return None
    return compiled(r"(?:^|\s)(?:" + "|".join(map(re.escape, words)) + r")\s+(" + "|".join(map(re.escape, ones))
                    + r")(?![^\W\d_])")


def _one_after(ctx, last: Quantity, close: int) -> Quantity | None:
    """A part of one told in words after "and", right after the last part of a list between dashes
    ("and one at the wharf", `وواحد في`), which the figures do not read; None when there is none."""
    text, view, rx = ctx.doc.text, ctx.doc.normalized, _one_rx(ctx.lexicon)
    if rx is None:
        return None
    a, b = view.from_original(last.end), view.from_original(min(close, last.end + _ONE_REACH))
    m = rx.search(view.text, a, b)
    if m is None or re.search(r"\d|[,،]", view.text[a:m.start()]):
        return None
    s, e = view.to_original(m.start(1), m.end(1))
    return replace(last, start=s, end=e, text=text[s:e], value=1.0, low=1.0, high=1.0)


def _kinds_of(ctx, whole: Quantity, parts: list[Quantity], opened: int) -> bool:
    """Three parts or more listed right from the opener, each a count of a noun of its own, none the
    whole's ("86 workers: 52 women …, 24 men … and six supervisors", `22 موظفاً: ثلاثة أطباء و14 ممرضاً
    وأربعة معالجين`): the kinds the whole is made of, every one told (not "12 built in Korea, 8 in Japan")."""
    text = ctx.doc.text
    if len(parts) < 3 or text[opened:parts[0].start].strip():
        return False
    stop, nouns, participles = stopwords(ctx.lexicon), [], head_data(ctx.lexicon).participles
    for q in (whole, *parts):
        if q is whole and text[q.end:q.end + 3].lstrip()[:1] in (":", "—", "–", "-"):
            nouns.append("")   # ("a team of 22: three neurologists …": the whole's noun is told before it)
            continue
        phrase = []   # the noun phrase: its head ends it where the language puts it last ("six Turkana women": women)
        m = _PHRASE.match(normalize_text(text[q.end:q.end + 40]))
        for w in (m.group(1).split()[:_HEAD_WORDS] if m else []):
            if w in stop:
                break
            phrase.append(w)
        head = (phrase[-1] if head_data(ctx.lexicon).head_last else phrase[0]) if phrase else ""
        if not head or participles and head.endswith(participles):
            return False   # (nor what was done to each: "300 panels: 120 cleaned, 90 repaired and 40 sent back")
        nouns.append(noun_key(ctx.lexicon, head))
    return len(set(nouns[1:])) == len(parts) and nouns[0] not in nouns[1:]


def _placed(ctx, parts: list[Quantity], opened: int) -> bool:
    """Three parts or more listed right from the opener, each followed by a word that tells where it
    is ("200 along the main road, 150 in the suburbs and 80 around the market")."""
    text, where = ctx.doc.text, place_data(ctx.lexicon)[0]
    return len(parts) >= 3 and not text[opened:parts[0].start].strip() and all(placed_part(text, q, where) for q in parts)


def _counts(quantities: list[Quantity]) -> list[Quantity]:
    """The exact whole counts of two or more."""
    return exact_counts(quantities, 2)


def _measure(ctx, q: Quantity) -> bool:
    """A figure told with a unit of measure after it ("600 metres", `600 متر`)."""
    return q.group is not None and normalize_text(q.group) in measure_units(ctx.lexicon)


@lru_cache(maxsize=32)
def _split_rx(lex):
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("split_words", [])])


@lru_cache(maxsize=32)
def _split_heads(lex) -> tuple[str, ...]:
    """The split phrases as written (`تتوزع بين`, "split between"), to look for before a scan."""
    return tuple(sorted({normalize_text(w) for w in figures_data(lex).get("split_words", []) if w.strip()}))


@lru_cache(maxsize=32)
def _of_rx(lex):
    """The words of "of them" (`منهم`)."""
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("of_these", [])])


@lru_cache(maxsize=32)
def _these_rx(lex):
    """A sentence's opening words that take the count before it as a whole, and the words that set
    two of its parts apart."""
    f = figures_data(lex)
    opening = alternation_rx([normalize_text(w) for w in f.get("of_these", [])], before=r"^\W*", after=r"(?![^\W\d_])")
    return opening, alternation_rx([normalize_text(w) for w in f.get("apart_words", [])])


def _these_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """The only count of a sentence, and the counts of the next sentence when it opens with "Of
    these" and sets two of them apart ("The khan has 46 shops … . Of these, 29 reopened on
    Wednesday, while 21 remain empty", `ومنها 29 …، فيما …`), or lists them each with a verb of its own ("Of those
    arrested, 22 paid fines, 12 were sent to court and 9 were released"): parts that make more than the whole."""
    opening, apart = _these_rx(ctx.lexicon)
    if opening is None or apart is None:
        return
    by = counts_by_sentence(quantities, sents)
    view = ctx.doc.normalized
    for k, parts in by.items():
        if len(parts) < 2 or (m := opening.search(sents.norm(k))) is None:
            continue
        wholes = _named_back(sents, by, k, _WORD_AFTER.match(sents.norm(k), m.end())) or by.get(k - 1, [])
        if len(wholes) != 1 or sum(q.value for q in parts) <= wholes[0].value:
            continue
        gap = view.text[view.from_original(parts[0].end):view.from_original(parts[1].start)]
        if apart.search(gap) or _listed(ctx, parts) == parts and not _gapped(view, parts, set(_WORDS.findall(gap))):
            yield wholes[0], parts   # (or listed, each with a verb of its own: "Of those arrested, 22 paid fines,
            #                          12 were sent to court and 9 were released"; not "40 work in copper and 30 in wood")


_WORD_AFTER = compiled(r"\W{0,8}([^\W\d_]+)")
_WORDS = compiled(r"[^\W\d_]+")
_BACK = 3   # sentences before "Of those X" searched for the count it names


def _named_back(sents: Sentences, by: dict, k: int, named) -> list[Quantity]:
    """The counts of the nearest of the few sentences before ``k`` that holds the word "Of those"
    names ("Of those arrested" … "Police have arrested 40 people"), when a sentence between has counts."""
    if named is None:
        return []
    word = named.group(1)
    for j in range(k - 1, max(-1, k - _BACK - 1), -1):
        if by.get(j) and word in _WORDS.findall(sents.norm(j)):
            return by[j]
    return []


def _gapped(view, parts: list[Quantity], first_clause: set[str]) -> bool:
    """A part after the first told without a verb of its own: the word after it is one of the first
    part's clause ("40 work in copper and 30 in wood", `40 يعملون في النحاس و30 في الخشب`)."""
    return any((m := _WORD_AFTER.match(view.text, view.from_original(q.end))) is not None and m.group(1) in first_clause
               for q in parts[1:])


@lru_cache(maxsize=32)
def _of_them_rx(lex):
    """The words of a part of the count told before ("of them", `منهم`)."""
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("of_these", [])], before=r"\s*",
                          after=r"(?![^\W\d_])")
