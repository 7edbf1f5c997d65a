"""The names a figure is told of, where the language capitalises names: the places, teams and
people in its sentence, and a place named right after it ("£1,480 in England"). Two figures
told of different names are two values, not one told twice; and so are two shares of one whole
whose clauses name two parts of it (:func:`parts_apart`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled
from checker.language.sections import Weekdays

from .common import Sentences, alternation_rx, bare, clause_bounds, content, figures_data, prefixes, stopwords
from .shares import _lead_end, _opener_rx   # (the shares' reading of an opening whole)


_NEAR = 70   # characters either side of a figure in which its noun's qualifier is read (its clause at most)


@lru_cache(maxsize=32)
def _place_after_rx(lex) -> re.Pattern | None:
    """A preposition of [figures] place_after and the capitalised name after it."""
    words = figures_data(lex).get("place_after", [])
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[^\S\n]+(?:{alts})[^\S\n]+([A-Z][\w'-]+(?:[^\S\n]+[A-Z][\w'-]+)*)") if alts else None


@lru_cache(maxsize=32)
def _speaker_rx(lex) -> re.Pattern | None:
    """A capitalised name right before a word of attribution, or right after one, a title in lower case
    maybe between ("said head librarian Margaret Oduya", "Oduya, the head librarian, said")."""
    words = [w for w in lex.section("quantities", {}).get("attribution", {}).get("words", []) if w.strip()]
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    name = r"[A-Z][\w'-]+(?:[^\S\n]+[A-Z][\w'-]+){0,3}"
    title = r"(?:[a-z][\w'-]*[^\S\n]+){0,3}"
    return compiled(rf"(?P<a>{name})(?:,[^\S\n]+{title}[a-z][\w'-]*,)?,?[^\S\n]+(?:{alts})\b"
                    rf"|\b(?:{alts})[^\S\n]+{title}(?P<b>{name})")


class Names:
    """Capitalised words inside each sentence (not the first word): the places, teams and people
    a figure is told of, where the language writes names so."""

    def __init__(self, doc, sents: Sentences):
        self.doc, self.sents = doc, sents
        self._of: dict[int, set[str]] = {}   # read once per sentence, whatever pairs ask

    def of(self, i: int) -> set[str]:
        if i not in self._of:
            self._of[i] = self._read(i)
        return self._of[i]

    def _read(self, i: int) -> set[str]:
        s = self.sents.items[i]
        text = self.doc.text[s.start:s.end]
        words = re.findall(r"[^\W\d_][\w'-]*", text)[1:]
        weekdays, speakers = _weekdays(self.doc.lexicon), self._speakers(text)
        return {w for w in words if w[0].isupper() and not w.isupper() and w not in speakers
                and normalize_text(w.split("'")[0]) not in weekdays}

    def _speakers(self, text: str) -> set[str]:
        """The words of a name right before or after a word of attribution ("Salem Harthi said",
        "said Salem Harthi"): who tells the figure, not what it is told of."""
        rx = _speaker_rx(self.doc.lexicon)
        if rx is None:
            return set()
        return {w for m in rx.finditer(text) for w in (m.group("a") or m.group("b")).split()}

    def places_after(self, a: Quantity, b: Quantity) -> bool:
        """A figure told of a name right after it, the other not of that name: "the average bill
        fell to £1,480 in England" … "was £1,390 in Wales"; "The average price fell to £180,226"
        (the country's) … "was £192,713 in England" (one part's)."""
        rx = _place_after_rx(self.doc.lexicon)
        if rx is None:
            return False
        x, y = rx.match(self.doc.text, a.end), rx.match(self.doc.text, b.end)
        return (x is not None or y is not None) and (x is None or y is None or x.group(1) != y.group(1))

    def apart(self, a, b) -> bool:
        """Two mentions whose sentences each name someone or somewhere, none in common."""
        na, nb = self.of(a.sentence), self.of(b.sentence)
        return bool(na and nb) and not na & nb


@lru_cache(maxsize=32)
def _weekdays(lex) -> frozenset[str]:
    """Weekday names: capitalised, but no place or person a figure is told of, and the days of one
    story ("Saturday's vote", "said on Sunday"). Month names still set two figures apart."""
    return frozenset(normalize_text(w) for names in lex.get(Weekdays).root.values() for w in names)


def parts_apart(ctx, sents: Sentences, a: Quantity, b: Quantity) -> bool:
    """Two shares of one whole, each told with "of" after it, whose clauses share no word but
    the whole's ("the Sfax region alone supplied about 40% of the exports" … "bottled oil makes
    up only 22% of the exports"): shares of two parts of the whole ("41% of voters backed the
    law" … "the law, which was backed by 59% of voters" share "backed")."""
    of = {normalize_text(w) for w in figures_data(ctx.lexicon).get("of", [])}
    stop, pf, spans, wholes = stopwords(ctx.lexicon), prefixes(ctx.lexicon), [], []
    for m in (a, b):
        sent = sents.at(m.start)
        lo, hi = clause_bounds(ctx.doc.text, m.start, m.end)
        after = ctx.doc.normalized_slice(m.end, hi).split()
        if not after or after[0] not in of or sent is None:
            return False
        spans.append((max(lo, sent.start), m.start, m.end, min(hi, sent.end)))
        wholes.append(after[1:4])
    whole = set()   # the words the two tell the whole by, in order after "of"
    for x, y in zip(*wholes):
        if x != y:
            break
        whole.add(x)
    parts = [{bare(w, pf) for w in (content(ctx.doc, lo, s, stop) | content(ctx.doc, e, hi, stop)) - whole}
             for lo, s, e, hi in spans]
    return bool(whole) and bool(parts[0]) and bool(parts[1]) and not parts[0] & parts[1]


def qualified_apart(ctx, words, a, b, shared: set[str]) -> bool:
    """A noun both sentences share, told next to each figure with another qualifier ("The pottery
    course has 24 trainees" … "The weaving course has 18 trainees"; `دورة الفخار` … `دورة النسيج`):
    two things of one kind, each counted once. Neither qualifier may stand anywhere in the other
    sentence. A later definite figure, smaller, whose counted noun carries a relational adjective the
    earlier sentence lacks is a part of the earlier whole (`6.2 ملايين سائح` … `بلغ عدد السياح الأوروبيين
    2.3 ملايين`)."""
    for w in shared:
        qa, qb = _qualifiers(ctx, words, a.q, w), _qualifiers(ctx, words, b.q, w)
        if qa and qb and not qa & words.sentence(b.sentence) and not qb & words.sentence(a.sentence):
            return True
    if not (b.head.definite and b.q.value < a.q.value):
        return False
    text = words.sents.norm(a.sentence).lower()
    return any(not re.search(rf"{re.escape(f)}(?![^\W\d_])", text)   # (with a prefix or not)
               for w in set(words.keys_of(b.head.word or "")) for f in _relational(ctx, words, b.q, w))


def _qualifiers(ctx, words, q: Quantity, key: str) -> set[str]:
    """The keys of the words that qualify ``key`` in the few words of the figure's clause either
    side of it: between a determiner and it where qualifiers come first; where they follow, the
    definite word right after it when it is itself without the article (`دورة الفخار`, not
    `الصادرات البالغة`, a participle)."""
    dets, pre, _ = _qualifier_data(ctx.lexicon)
    out = set()
    for toks, n, opens in _told(ctx, words, q, key):
        if dets and (n >= 2 and toks[n - 2] in dets or n == 1 and opens):   # (a headline's "Pottery course fills")
            out.update(words.keys_of(toks[n - 1]))
        elif pre and not toks[n].startswith(pre) and n + 1 < len(toks) and toks[n + 1].startswith(pre):
            out.update(words.keys_of(toks[n + 1]))
    return out - {key}


def _relational(ctx, words, q: Quantity, key: str) -> set[str]:
    """The relational adjectives (of place or people) that qualify ``key`` next to the figure: right
    after it, with the article, ending as ``qualifier_endings`` say (`السياح الأوروبيين`); none in a
    language without such endings."""
    _, pre, ends = _qualifier_data(ctx.lexicon)
    if not (pre and ends):
        return set()
    out = {bare(toks[n + 1], pre) for toks, n, _ in _told(ctx, words, q, key)
           if toks[n].startswith(pre) and n + 1 < len(toks) and toks[n + 1].startswith(pre) and toks[n + 1].endswith(ends)}
    return {w for w in out if len(w) >= 3 and w not in words.stop}


def _told(ctx, words, q: Quantity, key: str):
    """(tokens, index, whether they open the clause) for each word of ``key`` in the few words of the
    figure's clause either side of it."""
    lo, hi = clause_bounds(ctx.doc.text, q.start, q.end)
    for side, opens in ((ctx.doc.normalized_slice(max(lo, q.start - _NEAR), q.start), q.start - _NEAR <= lo),
                        (ctx.doc.normalized_slice(q.end, min(hi, q.end + _NEAR)), False)):
        toks = re.findall(r"[^\W\d_]+|\S", side)
        for n, t in enumerate(toks):
            if key in words.keys_of(t):
                yield toks, n, opens


@lru_cache(maxsize=32)
def _qualifier_data(lex) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    r = figures_data(lex).get("restated", {})
    return (frozenset(normalize_text(w) for w in r.get("determiners", [])),
            tuple(normalize_text(p) for p in r.get("qualifier_prefixes", [])),
            tuple(normalize_text(p) for p in r.get("qualifier_endings", [])))


_QUOTED = compiled(r'"[^"\n]{1,60}"|«[^»\n]{1,60}»|“[^”\n]{1,60}”')


def names_listed(ctx, sents: Sentences, k: int, q: Quantity) -> bool:
    """As many names in quotation marks as the figure counts, in the sentence before its own or in
    its own before it (`"مجموعة المحروس" … و"سيغماتيك" … و"تكنولاب"` … `والشركات الثلاث`): the
    figure counts them, a part of a whole told earlier, not that whole told again."""
    lo = sents.items[k - 1].start if k > 0 else sents.items[k].start
    return len(_QUOTED.findall(ctx.doc.text, lo, q.start)) == q.value


def part_told(sents, quantities, a, b) -> bool:
    """The later figure is one the earlier one's sentence gives a part of it ("13 boats, eight of them
    at sea" … "the eight boats", `13 قارباً، نزلت 8 منها` … `بالقوارب الثمانية`): told of that part."""
    i, text = sents.index(a.start), sents.doc.text
    return any(q is not a and q.value == b.value and q.start < b.start and sents.index(q.start) == i
               and text[q.end:q.end + 1] != "-" for q in quantities)   # (not "a six-hour trip": a measure)


@lru_cache(maxsize=32)
def _batch_rx(lex):
    """A noun of a batch and "of" right before a figure ("a reprint of 20,000 copies", `دفعة من`)."""
    f = figures_data(lex)
    nouns, of = f.get("batch_nouns", []), f.get("of", [])
    if not nouns or not of:
        return None
    alt = lambda ws: "|".join(re.escape(normalize_text(w)) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return compiled(rf"(?<![^\W\d_])(?:{alt(nouns)})\s+(?:{alt(of)})\s+(?:[^\W\d_]+\s+)?$")


def batch_apart(ctx, a, b) -> bool:
    """One of two figures told as the size of a batch ("ordered a reprint of 20,000 copies" …
    "has sold about 18,000 copies"): a batch is a thing of its own, not the count of all."""
    rx = _batch_rx(ctx.lexicon)
    if rx is None:
        return False
    told = [rx.search(ctx.doc.normalized_slice(max(0, q.start - 30), q.start).lower()) is not None for q in (a, b)]
    return told[0] != told[1]


_SO_FAR_REACH = 30   # characters after a figure in which its "so far" is read (its noun between)


@lru_cache(maxsize=32)
def _so_far_rx(lex):
    return alternation_rx(figures_data(lex).get("so_far", []))


def running_apart(ctx, a, b) -> bool:
    """One of two figures told as a count so far, the words right after its noun ("has inspected 18,000 buses
    so far", `أنهت فحص 18 ألف حافلة حتى الآن`), smaller than the other: a count still running, a part of the whole (not a toll so
    far that outgrows the one told before: `23 شخصاً توفوا` … `البالغة 32 حالة حتى الآن`)."""
    rx = _so_far_rx(ctx.lexicon)
    if rx is None:
        return False

    def so_far(q) -> bool:   # right after the figure's noun (not "The $616 reward has so far produced no leads")
        after = ctx.doc.normalized_slice(q.end, q.end + _SO_FAR_REACH).lower()
        m = rx.search(after)
        return m is not None and len(after[:m.start()].split()) <= 1
    told = [so_far(q) for q in (a, b)]
    return told[0] != told[1] and (a.value < b.value if told[0] else b.value < a.value)


_OPENED_AFTER = compiled(r"[,،]")   # the comma that closes an opening whole before its parts
_LAST_WORD = compiled(r"([^\W\d_]+)\s*$")


@lru_cache(maxsize=32)
def _speech_openers(lex) -> frozenset[str]:
    """The words that open reported speech ("that", `أن`): an opening whole may follow them."""
    return frozenset(normalize_text(w) for w in figures_data(lex).get("restated", {}).get("speech_openers", []))


def opened_part(ctx, sents, q) -> bool:
    """A figure after the whole its sentence opens with ("Of the 64 people hurt in the crash, nine
    remained in intensive care", `ومن أصل 380 محلاً`): a part of that whole, no count of its own."""
    rx, k = _opener_rx(ctx.lexicon), sents.index(q.start)
    if rx is None or k is None:
        return False
    view = ctx.doc.normalized
    ns, qs = view.from_original(sents.items[k].start), view.from_original(q.start)
    m = rx.match(view.text, _lead_end(view.text, ns))
    if m is None:   # (or right after a lead of speech: "Hospitals said that of the 64 people hurt, nine …")
        leads = _speech_openers(ctx.lexicon)
        m = next((x for x in rx.finditer(view.text, ns, qs) if _OPENED_AFTER.search(view.text, x.end(), qs)
                  and (w := _LAST_WORD.search(view.text, ns, x.start())) is not None and w.group(1) in leads), None)
    return m is not None and qs > m.end()


_DESTINATION_WORDS = 4   # words after a figure in which the preposition of its destination is read


def destinations_apart(ctx, words, a, b) -> bool:
    """Two figures each told with where or whom its thing goes, right after its noun, by a preposition
    written apart or attached (`25 حافلة للقاهرة` … `18 حافلة لأسوان`, `لمحافظة القاهرة` … `لمحافظة أسوان`),
    the two destinations sharing no word and neither told in the other's sentence: two values."""
    dest = _destinations(ctx.lexicon)
    if dest is None:
        return False
    told = [_destination(ctx, m.q, *dest) for m in (a, b)]
    if not all(told):
        return False   # (the last word names it: `لمحافظة القاهرة`; `في مدينة دوز` … `في أحياء دوز` is one town)
    seen = [_bare_words(ctx, words.sents.items[m.sentence]) for m in (a, b)]
    return told[0][-1] not in seen[1] and told[1][-1] not in seen[0]


def _destination(ctx, q: Quantity, apart: frozenset[str], attached: tuple[str, ...]) -> list[str]:
    """The one or two words after the preposition that follows a figure's noun (bare), or none."""
    view = ctx.doc.normalized
    end = view.from_original(q.end)
    toks = re.findall(r"[^\W\d_]+|[^\w\s]", view.text[end:end + 60])[:_DESTINATION_WORDS + 2]
    for n, t in enumerate(toks[1:_DESTINATION_WORDS], start=1):   # (past the noun)
        if not t[0].isalpha():
            return []
        if t in apart:
            rest = toks[n + 1:n + 3]
        elif (p := next((p for p in attached if t.startswith(p) and len(t) - len(p) >= 3), None)) is not None:
            rest = [t[len(p):]] + toks[n + 1:n + 2]
        else:
            continue
        stop = stopwords(ctx.lexicon)
        out = [bare(w, prefixes(ctx.lexicon)) for w in rest if w[:1].isalpha()]
        return [w for w in out[:1 + (len(out) > 1 and out[1] not in stop)] if len(w) >= 3 and w not in stop]
    return []


def _bare_words(ctx, sent) -> set[str]:
    """The words of a sentence, each without what the language attaches before a word."""
    pf = prefixes(ctx.lexicon)
    return {bare(t, pf) for t in re.findall(r"[^\W\d_]{3,}", ctx.doc.normalized_slice(sent.start, sent.end))}


@lru_cache(maxsize=32)
def _destinations(lex) -> tuple[frozenset[str], tuple[str, ...]] | None:
    r = figures_data(lex).get("restated", {})
    apart = frozenset(normalize_text(w) for w in r.get("destinations", []))
    attached = tuple(sorted((normalize_text(w) for w in r.get("destination_prefixes", [])), key=len, reverse=True))
    return (apart, attached) if apart or attached else None
