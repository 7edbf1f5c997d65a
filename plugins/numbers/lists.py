"""A count and the list it announces: "three ministers: A, B, C and D", `خمسة مستشفيات … هي
أ، وب، وج، ود`, "three new routes from the city, to Porto, Split, Tirana and Bergen". The list is
read by its separators: items joined one way (commas, or و before each) end where the joining
changes, and an English list ends with its item after "and"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.regexes import compiled

from .common import Sentences
from .heads import measures, named
from .list_series import joined_inside, named_out, part_before, masked as _masked, semicolon_items as _semicolon_items, series_items, within as _within
from .list_groups import grouped_rest, other_addition, paired as _paired, plural_item as _plural_item
from .list_data import (Lists as _Lists, aside, befell as _befell, collective_counts as _collective_counts, dual as _dual,
                        list_data as _data, mixed_total as _mixed_total, object_list as _object_list,
                        place_opening, placed as _placed, relative as _relative, CODE as _CODE, gap_words, in_name, name_apart, reach, figured, partial_list, unsized, unquoted, ends_open)

_GAP_WORDS, _ITEM_WORDS = 10, 4   # words from a count to its list's opener; of one item (a name, a place)
_MORE = "more"   # a list's end followed by an addition ("as well as K"): it may hold more items
_COLON_ITEM_WORDS = 7   # … after a colon: a name with what the person is (`ومعاون المدير العام رياض جاسم`)
_SPACED_HYPHEN = compiled(r"(?<=\s)-(?=\s)")
_DASH = compiled(r"--|[—–]|(?<=\s)-(?=\s)")
_PHRASE_ITEM_WORDS, _TIGHT = 10, 4   # words of a phrase listed after "three grounds:"; from a count to that colon
_APPOSED = 4   # words of an apposition after a name in a list ("Dr Lena Holm, a Swedish oceanographer, and …")
_NUMBER = compiled(r"(?<![^\W_])\d")   # a figure standing alone, not the digits of a name ("A426")
_CAPITALISED_THEN_NOUN = compiled(r"[A-Z][a-z]+\s+[a-z]{3,}\b")
_NAME_THEN_NUMBER = compiled(r"[A-Z][\w'’-]*[^\S\n]\d{1,3}(?!\d)")   # a name ending with its number ("Sport 2"), an item between dashes
_PAIRED = (("«", "»"), ("“", "”"))   # quotation marks that open and close apart
_WORD_AT = compiled(r"[^\W\d_]+")
_QUOTED = compiled(r"[«\"“„‘']([^»\"”’'\n]*)")   # a quotation mark and what follows it to a closing one


def _opening(d: _Lists, orig, nt: str, pos: int, end: int, dates: tuple[tuple[int, int], ...] = ()) -> int | None:
    """Where the list announced by a count ending at ``pos`` (normalised) starts, or None. A date
    between the count and its list ("four demands at an assembly on Monday, May 27: …", spans of
    ``dates`` in the normalised text) reads as one word: its figures and its comma are no clause."""
    window = _masked(nt, pos, min(end, pos + reach(d, nt, pos, end, 90)), dates)
    colon = window.find(":")
    m = d.openers.search(window) if d.openers is not None else None
    if d.openers is not None and d.openers.search("—") and (h := _SPACED_HYPHEN.search(window)) and \
            (m is None or h.start() < m.start()):
        m = h   # "three co-leaders - A, B, C and D - signed": a dash typed so
    cut = [i for i in (colon, m.start() if m else -1) if i >= 0]
    comma = re.search(r"[,،]", window)
    if cut:
        i = min(cut)
        gap = window[:i]
        start = m.end() if m is not None and i == m.start() else colon + 1
        if re.search(r"[,،]", gap.rstrip(" ,،")) and not (i == colon and aside(gap)) or \
                partial_list(d, window, start, m):
            return None   # (a comma before the colon only sets off an aside: "five colours, all from vegetable dyes:")
    elif d.comma_opens and comma:
        gap = window[:comma.start()]
        rest = window[comma.end():]
        lead = re.match(r"\s*([^\W\d_]+)\s+", rest)
        start = comma.end() + (lead.end() if lead and lead.group(1) in d.lead else 0)
        if name_apart(orig(pos, pos + comma.start())) or \
                any(w.endswith(x) for w in gap.split()[1:] or gap.split() for x in d.gap_reject):   # (not "five rescued men,")
            return None  # a name or a verb before the comma: the list is not the count's
    else:
        return None
    if len(gap.split()) > gap_words(d, window, m, _GAP_WORDS, 2 * _GAP_WORDS) and not (cut and aside(gap)) or figured(d, gap) or partial_list(d, window, len(gap), m):
        return None
    return pos + start


@lru_cache(maxsize=32)
def _joins(conj: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The separators between items (a comma, "and", a comma and "and"), and "and" as a word."""
    c = "|".join(re.escape(x) for x in conj) or "(?!x)x"
    return (compiled(rf"\s*(?:[,،]\s*(?:{c})(?:\s+|(?=[^\W\d_]|[«\"“]))|[,،]\s*|\s+(?:{c})(?:\s+|(?=[^\W\d_]|[«\"“])))"),
            compiled(rf"(?<![^\W\d_])(?:{c})(?![^\W\d_])"))


def _separators(d: _Lists, nt: str, start: int, end: int):
    """(item start, item end, how it is joined to the item before) over the text of a list."""
    sep = _joins(d.conj)[0]
    pos, kind = start, ""
    for m in sep.finditer(nt, start, end):
        g = m.group().strip()
        if g[:1] not in ",،" and not m.group()[-1:].isspace() and nt[pos:m.start()].split()[-1:] and \
                nt[pos:m.start()].split()[-1] in d.after_written:
            continue   # `ممثل عن وزارة النقل`: a word after a preposition opens with the letter of "and"
        if (w := _WORD_AT.match(nt, m.start() + len(m.group()) - len(m.group().lstrip()))) and w.group() in d.and_inside:
            continue   # `وادي الريم`: a word that opens with the letter of "and" as its own
        if any(nt.count(a, pos, m.start()) > nt.count(b, pos, m.start()) for a, b in _PAIRED) or nt.count('"', pos, m.start()) % 2:
            continue   # inside a title in quotation marks: «المتوسط للطاقة والمياه», "أطلس ويند"
        yield pos, m.start(), kind
        kind = "comma" if g in (",", "،") else ("comma-and" if g[:1] in ",،" else "and")
        pos = m.end()
    yield pos, end, kind


def read_list(d: _Lists, orig, nt: str, start: int, end: int, words: int = _ITEM_WORDS, bounded: bool = False,
              names: frozenset[int] = frozenset()) -> tuple[list[tuple[int, int]], bool]:
    """The items of a list starting at ``start`` of the normalised text, and whether its end is
    certain. Items end where the joining changes, after an item joined by "and" that follows
    commas, or (where the language says so) after any item joined by "and". The end is certain
    at the end of the sentence, or before a segment that cannot be an item (a clause, a figure,
    a word that ends a list); it is not where what follows could still be an item, or adds one
    ("as well as K"). An item that ends with a person's name (``names``: where names end) may be longer: a
    title before it (`ونائب النقيب السابق سامي حتاملة`)."""
    items: list[tuple[int, int]] = []
    joined, ended = None, False
    parts = list(_separators(d, nt, start, end))
    for i, (s, e, kind) in enumerate(parts):
        later = {k for _, _, k in parts[i + 1:]}
        following = next((k for _, _, k in parts[i + 1:] if k != "and"), "")   # an "and" inside an item skipped
        if kind == "comma-and" and later & {"comma", "and"} and "comma-and" not in (joined, following):
            kind = "comma"   # "A، وليد …، B وأنور": a name opening with the letter of "and" (not
            #                  a run of items each after "، و": `أ، وب، وج`)
        if kind == "and" and joined == "comma-and" and items and not ended and later & {"comma-and"}:
            items[-1] = (items[-1][0], e)   # `، وقاعة الخرائط والأدوات الملاحية، وقاعة …`: an "and"
            continue                        # inside an item of a series each after "، و"
        raw = unquoted(nt[s:e]).strip().rstrip(".؟!").strip()   # (a name in quotes: one word)
        named = bool(names) and any(x in names for x in range(e - 3, e + 1))   # (a title and a name: no capitals)
        item = _is_item(d, orig, raw, s, max(words, _COLON_ITEM_WORDS) if named else words, bounded) and not ends_open(d, orig(s, e))
        last = kind in ("and", "comma-and") and (joined == "comma" or d.and_ends)
        closing = kind in ("and", "comma-and") and joined in ("comma", None) and bool(items) \
            and not (kind == "comma-and" and kind in later) \
            and not (kind == "and" and joined is None and "and" in later)   # more items joined so follow
        final = kind == "and" and joined == "and" and not later & {"and", "comma", "comma-and"} \
            and not any(w in d.after_written for a, b in items for w in (orig(a, b) if orig else nt[a:b]).split())   # (as written: `علي`)
        if (closing or final) and not ended and words != _PHRASE_ITEM_WORDS and (cut := _cut_last(d, nt, s, e, orig)) is not None:
            items.append((s, cut))
            return items, True   # the last item, then a phrase: "… وأنور منصور للانتخابات"
        if closing and not ended and not item and not d.capitalised and _runs_on(d, raw):
            return items, False  # the last item runs into words that end it nowhere: unclear
        if ended and item and kind == "and" and d.capitalised:
            items[-1] = (items[-1][0], e)   # "… for Consumers and Markets and Britain's Competition
            continue                        # and Markets Authority": an "and" inside a name
        if items and d.capitalised and kind == "comma" and raw.split(" ", 1)[0] in d.noun_articles \
                and len(raw.split()) <= _APPOSED and not _NUMBER.search(raw) and orig(items[-1][0], items[-1][0] + 1).isupper():
            items[-1] = (items[-1][0], e)   # "Dr Lena Holm, a Swedish oceanographer, and …": the name's apposition
            continue
        if (ended or items and kind != joined) and _attributes(d, raw):
            return items, True   # "… and crew without certificates, the office said", `، بحسب …`
        if ended and kind == "comma" and \
                (grouped := grouped_rest(d, orig, nt, items, lambda: read_list(d, orig, nt, s, end, max(words, _COLON_ITEM_WORDS), bounded))):
            return grouped, True   # "Canadians A and B, German instructor C and their guide D"
        if ended or not item:
            return items, True if other_addition(d, nt, items, raw) else _clean_end(d, raw, item, kind, joined)
        if joined == "and" and (kind == "comma" and len(items) >= 2 or kind == "comma-and" and len(items) >= 3) \
                and not (d.continues and d.continues.match(raw)):
            return items, True    # joined by "and" only (`هي أ وب وج`), then a comma (three, then `، وتوج`): ended
        if joined is not None and kind != joined and not last:
            return items, False   # joined another way, and could be an item: unclear
        if items and joined is None:
            joined = kind
        while e > s and nt[e - 1] in " .؟!\n":
            e -= 1
        items.append((s, e))
        ended = last
    return items, True


def _distributed(d: _Lists, nt: str, count_end: int, end: int) -> int | None:
    """Where the places start after a count whose things are one to each place ("five plants —
    one each in A, B, C and D", `خمسة مصانع، واحد في كل من أ وب`), a word or two after its
    noun and a comma or a dash; None when no such words follow."""
    if d.distributive is None:
        return None
    m = d.distributive.search(nt, count_end, min(end, count_end + 60))
    if m is None or not re.fullmatch(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:[,،]|--|[—–]|-)\s*",
                                     nt[count_end:m.start()]):
        return None
    return m.end()


def _phrases(d: _Lists, orig, nt: str, count_end: int, opening: int, end: int, dashed: bool = False,
             dates: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the list after a count is one of noun phrases in lower case ("three grounds for
    refusal: traffic on the A426, the risk of flooding …", "five kinds of product - solid bricks,
    …, and roof tiles -"), where names are capitalised: a colon, or a dash closed after the list,
    right after the count's noun, and no "or" in the list (a choice, not a count)."""
    colon = nt.find(":", count_end, opening)
    if dashed and colon < 0:
        dash = _DASH.search(nt, count_end, opening)
        colon = dash.start() if dash else -1
        if sum(not orig(s, s + 1).isupper() for s, _, _ in _separators(d, nt, opening, end)) <= 1:
            return False   # "— offshore Namibia, Guyana, …": names, read as names (not one name among
            #                phrases: "— mackerel, blue whiting, Atlanto-Scandian herring and horse mackerel —")
    first = re.match(r"(\S+)\s+", nt[opening:end])
    article = bool(first) and first.group(1) in d.item_articles | d.noun_articles
    at = opening + first.end() if article else opening
    # (after "a", a capitalised word before a noun in lower case qualifies it: "a Mandaya troupe from …")
    qualified = article and _CAPITALISED_THEN_NOUN.match(orig(at, min(at + 40, len(nt)))) is not None
    gap = _masked(nt, count_end, colon, dates) if colon >= 0 else ""
    return d.capitalised and colon >= 0 and (len(gap.split()) <= _TIGHT or _befell(d, gap) or aside(gap) or _placed(d, gap)
                                             or _relative(d, gap)) and \
        (qualified or not orig(at, min(at + 1, len(nt))).isupper()) and \
        not _choice(d, nt, opening, end)


def _choice(d: _Lists, nt: str, opening: int, end: int) -> bool:
    """Whether a list is a choice: "or" joins its items, not words inside one ("missing or expired life jackets, …")."""
    alt = d.alternatives.search(nt, opening, end) if d.alternatives is not None else None
    if alt is None:
        return False
    return _joins(d.conj)[1].search(nt, alt.end(), end) is None


def _dash_closed(nt: str, count_end: int, opening: int, end: int) -> int:
    """Where a list set off by a dash ends: at the same dash after it ("four districts -- A, B and C -- were declared")."""
    dash = _DASH.search(nt, count_end, opening)
    if dash is None:
        return end
    close = next((m.start() for m in _DASH.finditer(nt, opening, end) if m.group() == dash.group()), -1)
    return end if close < 0 else close   # (a dash as the opening one: a spaced hyphen, not "Saint-Clair")


def _cut_last(d: _Lists, nt: str, s: int, e: int, orig=None) -> int | None:
    """Where the last item of a list ends when the rest of its sentence follows it unmarked: before a word that opens
    a phrase (a preposition, or one with the article), or three words with no capital after a name ("Start sold in 2kg")."""
    if not d.after_last and not d.after_prefixes:
        return None
    words = list(re.finditer(r"[^\W\d_]+|\S", nt[s:e]))
    named = d.capitalised and orig is not None and orig(s, s + 1).isupper()
    for k, w in enumerate(words[1:_ITEM_WORDS + 1], start=1):
        t = w.group()
        if t in d.after_last or any(t.startswith(p) and len(t) - len(p) >= 3 for p in d.after_prefixes) \
                or named and t.isalpha() and not any(orig(s + x.start(), s + x.start() + 1).isupper() for x in words[k:k + 3]):
            if all(re.fullmatch(r"[^\W\d_]+", x.group()) for x in words[:k]):
                return s + words[k - 1].end()
            return None
    return None


def _attributes(d: _Lists, raw: str) -> bool:
    """Whether a segment is a clause of attribution ("the harbour master's office said on Monday",
    "according to police"): a short one holding a word of attribution, no figure in it."""
    return d.said is not None and 0 < len(raw.split()) <= _COLON_ITEM_WORDS and not re.search(r"\d", raw) \
        and d.said.search(raw) is not None


def _runs_on(d: _Lists, raw: str) -> bool:
    """Whether a segment that is too long for an item may still open with the last item: it
    starts with no word that ends a list, no clause and no figure."""
    return not re.search(r"\d", raw) and not (d.stops is not None and d.stops.match(raw)) and \
        not (d.continues is not None and d.continues.match(raw))


def _is_item(d: _Lists, orig, raw: str, s: int, words: int = _ITEM_WORDS, bounded: bool = False) -> bool:
    if words == _PHRASE_ITEM_WORDS:   # "three grounds for refusal: traffic on the A426, the risk of …", "a 38% rise"
        first = raw.split(" ", 1)[0]
        return 1 <= len(raw.split()) <= words and (first in d.noun_articles or not _NUMBER.search(raw)) and \
            not (d.continues is not None and d.continues.match(raw)) and \
            (first in d.item_articles or first in d.noun_articles or not (d.stops and d.stops.match(raw)))
    if d.measure is not None and not bounded and raw[:1].isalpha():   # "a tanker of 15,000 tonnes": a measure
        raw = d.measure.sub("", raw).strip()                          # after its noun, no count in the item
    if words == _COLON_ITEM_WORDS and raw.split(" ", 1)[0] in d.noun_articles and 1 < len(raw.split()) <= words \
            and not re.search(r"\d", raw):
        return True   # after a colon, "a university in Glasgow": a noun phrase, in lower case
    lead = _article_lead(d, orig, raw, s, bounded or words == _COLON_ITEM_WORDS)   # (after a colon too: "the holders …")
    last = raw.rsplit(" ", 1)
    named_number = bounded and d.capitalised and len(last) == 2 and last[1].isdigit() and not re.search(r"\d", last[0]) \
        and _NAME_THEN_NUMBER.search(orig(s, s + len(raw) + 1)) is not None
    coded = d.capitalised and _CODE.fullmatch(raw) is not None and orig(s, s + 1).isupper()   # a batch's code, "NF24117"
    phrase = bounded and raw.split(" ", 1)[0] in d.item_articles and " " in raw   # ("- Year 5 and the nursery group -")
    return bool(raw) and len(raw.split()) <= words and (named_number or coded or not re.search(r"\d", raw)) and \
        not (d.stops is not None and not (lead or phrase) and d.stops.match(raw)) and \
        not (d.continues is not None and d.continues.match(raw)) and \
        not (d.capitalised and not phrase and not orig(s + lead, s + lead + 1).isupper())


def _article_lead(d: _Lists, orig, raw: str, s: int, any_word: bool = False) -> int:
    """The length of an article an item opens with before a capitalised name ("the European
    Commission"), or with ``any_word`` of any lower-case word ("offshore Namibia"), or 0."""
    first = re.match(r"(\S+)\s+", raw)
    if first is None or first.group(1) not in d.item_articles and not any_word:
        return 0
    if any_word:   # between dashes, what a person is before the name: "economist Tunde Okafor"
        words = list(re.finditer(r"\S+", raw))
        name = next((w for w in words if orig(s + w.start(), s + w.start() + 1).isupper()), None)
        if name is not None and orig(s + words[-1].start(), s + words[-1].start() + 1).isupper():
            return name.start()
    return first.end() if orig(s + first.end(), s + first.end() + 1).isupper() else 0


def _clean_end(d: _Lists, raw: str, item: bool, kind: str, joined: str | None) -> bool:
    if not raw:
        return True
    if d.continues is not None and d.continues.match(raw):
        # "as well as K" adds an item; "plus 46 clinics" does not
        return True if re.search(r"\d", raw) else _MORE
    if item or d.capitalised and kind == "and" and joined == "comma" and raw.split(" ", 1)[0] in d.item_articles | d.noun_articles:
        return False   # after the last item, another one, or one in lower case ("Ashby Vale, Calder Bridge and the
        #                colliery's own brigade"): where the list ends is unclear
    if (d.stops is not None and d.stops.match(raw)) or d.capitalised:
        return True   # a word that ends a list; a lower-case clause after English names
    return True if kind != joined else _MORE   # a clause or a figure joined another way: ended; joined
    # the same way, maybe the last item with the rest of its sentence ("… and the US in 2015"): more items


def count_lists(ctx, quantities, sents: Sentences, date_mentions=(), name_mentions=()):
    """Yield (count, list start, list end, number of items) where they disagree."""
    d, view = _data(ctx.lexicon), ctx.doc.normalized
    nt, text, names = view.text, ctx.text, frozenset(view.from_original(m.end) for m in name_mentions if m.person and m.full and not d.capitalised)
    dates = tuple(sorted((view.from_original(min(m.start, m.weekday.start if m.weekday else m.start)),
                          view.from_original(m.end)) for m in date_mentions))

    def orig(s: int, e: int) -> str:
        a, b = view.to_original(s, e)
        return text[a:b]

    starts = sorted(counted := {view.from_original(x.start): x for x in quantities})
    for q in _counts(d, quantities, view, text):
        if (sent := sents.at(q.start)) is None:
            continue
        ne = view.from_original(q.end)
        send = view.from_original(sent.end)
        if measures(ctx.lexicon, nt, ne, others=False) and not named_out(ctx.lexicon, nt, ne) \
                or named(ctx.lexicon, text[max(0, q.start - 30):q.start]) or in_name(text, q.start, q.end, sent.start) \
                or part_before(ctx.lexicon, nt, starts, view.from_original(q.start)):
            continue   # "two years after the war, France, …": not a count of things
        each = _distributed(d, nt, ne, send)   # "five plants — one each in Pune, Vapi, Dahej and Hosur —"
        total = None   # the things a list of counted and single items names
        for opening, places in ((each, True), (place_opening(d, nt, ne, send), True),
                                (_opening(d, orig, nt, ne, send, _within(dates, ne, send)), False)):
            if opening is None:
                continue
            while opening < send and nt[opening] == " ":
                opening += 1
            if d.partial is not None and d.partial.match(nt, opening) or any(not measures(
                    ctx.lexicon, nt, view.from_original(counted[c].end)) for c in unsized(d, nt, starts, ne, opening)):
                continue   # "10 Grammys - including …": some of them; `١٢ فرقة من سبع دول هي`: the nearer count's
            if (quoted := _QUOTED.match(nt, opening, send)) is not None and len(quoted.group(1).split()) > _ITEM_WORDS:
                continue   # "a mother of three: «my son …»": a quotation opens there, no list (not «A» و«B»)
            close = _dash_closed(nt, ne, opening, send)   # between dashes an item may open with one
            if close == send and not d.capitalised and _DASH.search(nt, ne, opening):
                continue   # a dash not closed, where names have no capitals: "خط عطبرة - بورتسودان"
            words = _COLON_ITEM_WORDS if ":" in nt[ne:opening] or close < send else _ITEM_WORDS
            if _phrases(d, orig, nt, ne, opening, close, close < send, _within(dates, ne, send)):
                words = _PHRASE_ITEM_WORDS   # any noun phrases, right after "N <noun>:", to the sentence's
                #                              end or between dashes
            elif _object_list(d, orig, nt, ne, opening):
                continue   # "Three inspectors visited the farms on Saturday: a maize farm, …": the object's
            items, certain = _semicolon_items(d, nt, opening, close) or \
                read_list(d, orig, nt, opening, close, words, close < send, names)   # lower-case word
            if not places and close == send and \
                    (series := series_items(d, ctx.lexicon, nt, opening, send)) is not None and len(series) > len(items):
                items, certain = series, True   # `ثلاثة مطالب، هي توظيف أبناء المنطقة في …، وصرف …، وتأهيل …، وصيانة …`
            if certain is _MORE:   # "…، وقاعة المرافئ القديمة، إلى جانب مختبر": an addition after the
                certain = len(items) > q.value   # items, which can only make more than already told
            if places and any(i0 in counted for i0, _ in items):   # `تسعة … في أ، وخمسة في ب`: told out by place
                continue
            if certain and (nt[ne:ne + 40].split() or [""])[0] not in d.kinds \
                    and any(_plural_item(ctx.lexicon, orig, i0, i1) for i0, i1 in items):   # (not "three ranges: the Hedgerow mugs, …")
                items = None   # "Three players were named: the Ovalles sisters and libero Yeimi Santana": an item of
                break          # two or more
            if certain and len(items) >= 2 and any(i0 in counted or _dual(d, nt, i0, i1) for i0, i1 in items):
                total = _mixed_total(d, nt, items, counted)   # "five wrecks: two cargo ships, a patrol boat
                items = None if total is None else items     # and a seaplane": 2 + 1 + 1
                if total is not None and total != q.value and any(i0 in counted and len(nt[i0:i1].split()) > _ITEM_WORDS for i0, i1 in items):
                    total = None   # an item told by a long phrase with a figure: one item ("two nurses on every ward")
                break   # "11 members -- six women and five men --": counts of parts (read by the splits);
                #         `الخطوط التونسية وشركتان أوروبيتان`: an item of two
            if certain and len(items) >= 2:
                items = _paired(d, orig, items)
                break
            each = None
        else:
            continue
        listed = None if items is None else len(items) if total is None else int(total)
        if listed is None or listed == int(q.value) or places and listed < q.value and each is None:
            continue   # a list of places holds as many as the things counted, or fewer
        if total is None and listed - joined_inside(ctx.lexicon, nt, items, (nt[ne:ne + 30].split() or [""])[0]) <= q.value < listed:
            continue   # `هي مركز القلب والقسطرة ومركز الأورام ووحدة …`: three items, or four
        s, _ = view.to_original(items[0][0], items[0][0])
        _, e = view.to_original(items[-1][1], items[-1][1])
        yield q, s, e, listed


@dataclass(frozen=True)
class _Count:
    start: int
    end: int
    text: str
    value: float


def _counts(d: _Lists, quantities, view, text: str):
    """The whole counts from 2 to 12 a list may follow, with those written against the article
    after their noun (`المشتبه بهم الـ4`), which are no quantities of their own."""
    for q in quantities:
        if q.unit is None and q.low == q.high and not q.vague and 2 <= q.value <= 12 and q.value == int(q.value):
            yield q
    yield from (_Count(*c) for c in _collective_counts(d, view, text))   # "The trio who …", `مشرفتان هما`
    if d.attached is None:
        return
    for m in d.attached.finditer(view.text):
        if 2 <= int(m.group("n")) <= 12:
            s, e = view.to_original(m.start("n"), m.end("n"))
            yield _Count(s, e, text[s:e], float(m.group("n")))
