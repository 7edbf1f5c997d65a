"""NUM002's reading of a count broken down after the fact, in three forms.

A noun told as distributed ("The cases break down as follows: 620 in Kassala, 310 in New Halfa
and 260 in Aroma", `إن الإصابات توزعت على النحو التالي: 620 في …، و310 في …، و260 في …`, language
data ``[figures] split_words``) with its parts counted after the split word, each told alike (the
same word after each) and the last joined by "and": the parts make the count of that noun told
before, the nearest one whose head noun is the split word's subject.

And counts that are the shares of one whole told after them in their sentence ("took 48,210 votes
against 39,870 for A and 6,415 for B, out of 91,300 valid votes", ``[figures] out_of``): the first
told with the whole's noun, the others with it or with no noun of their own (a preposition after
them, attached in Arabic: ``attached_for``); they cannot make more than the whole. A count right
before "out of" is a fraction of its own ("52 out of 91").

And a vote's tally against all who took part in its sentence (:func:`tally_counts`)."""

from __future__ import annotations

import bisect
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, alternation_rx, and_words, counts_by_sentence, exact_counts, figures_data, stopwords
from .heads import head_of, noun_key
from .shares import _lead_end, _opener_rx, _remaining_rx
from .splits import TOLERANCE, _WORD_AFTER, _measure, _split_rx

_WHOLE_REACH = 12    # counts before a split word searched for the whole it distributes
_SUBJECT_REACH = 3   # words between a split word and the noun it distributes, at most
_MOST = 1.5         # parts of one whole that make more than this many times it are no breakdown of it
_FRACTION_GAP = 3    # characters between a count and "out of" that make the two one fraction


def distributed_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for a count whose distribution, told after a split word, does not
    make it."""
    rx = _split_rx(ctx.lexicon)
    counts = exact_counts(quantities, 1)
    if rx is None or len(counts) < 3:
        return
    starts = [q.start for q in counts]
    view = ctx.doc.normalized
    stop = stopwords(ctx.lexicon)
    for m in rx.finditer(view.text):
        at = view.to_original(m.start(), m.start())[0]
        k = sents.index(at)
        if k is None:
            continue
        sent = sents.items[k]
        lo = bisect.bisect_right(starts, at)
        parts = counts[lo:bisect.bisect_left(starts, sent.end, lo)]
        if len(parts) < 2 or any(_measure(ctx, q) for q in parts) or not _listed(ctx, parts):
            continue
        before = view.text[view.from_original(sent.start):m.start()].split()
        nouns = [w for w in before[-_SUBJECT_REACH:] if w not in stop and not w[:1].isdigit()]
        if not nouns:
            continue
        key = noun_key(ctx.lexicon, nouns[-1])
        most = max(p.value for p in parts)
        whole = _last_count_of(ctx, [q for q in counts[max(0, lo - _WHOLE_REACH):lo] if not q.subset and q.value > most], key)
        total = sum(q.value for q in parts)
        if whole is None or abs(total - whole.value) <= TOLERANCE * whole.value:
            continue
        rest = _remaining_rx(ctx.lexicon)
        if total < whole.value and rest is not None and rest[2].search(view.text, m.end(), view.from_original(sent.end)):
            continue   # ("…, and the rest in smaller localities": the parts told are not all)
        yield whole, parts


def _listed(ctx, parts: list[Quantity]) -> bool:
    """Parts each followed by the same word ("in", `في`), the last joined by "and"."""
    view, (words, attached) = ctx.doc.normalized, and_words(ctx.lexicon)
    after = set()
    for q in parts:
        m = _WORD_AFTER.match(view.text, view.from_original(q.end))
        after.add(m.group(1) if m else None)
    if len(after) != 1 or None in after:
        return False
    lead = view.text[view.from_original(parts[-2].end):view.from_original(parts[-1].start)].split()
    return bool(lead) and (lead[-1] in words or lead[-1] in attached)


def _last_count_of(ctx, earlier: list[Quantity], key: str) -> Quantity | None:
    """The last of the counts whose head noun has ``key``."""
    view = ctx.doc.normalized
    for q in reversed(earlier):
        ns, ne = view.from_original(q.start), view.from_original(q.end)
        head = head_of(ctx.lexicon, view.text, ns, ne, ctx.doc.text[max(0, q.start - 30):q.start])
        if head is not None and head.main == key:
            return q
    return None


def out_of_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for counts before "out of" in a sentence that make more than the
    whole told after it."""
    rx = _out_of_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    counts = exact_counts(quantities, 1)
    starts = [q.start for q in counts]
    for m in rx.finditer(view.text):
        at = view.to_original(m.start(), m.start())[0]
        k = sents.index(at)
        after = counts[bisect.bisect_left(starts, at):][:1]
        if k is None or not after or view.text[m.end():view.from_original(after[0].start)].strip():
            continue   # (the whole is the count right after "out of")
        whole, sent = after[0], sents.items[k]
        parts = [q for q in counts[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, at)] if q.end <= at]
        if len(parts) < 3 or at - parts[-1].end <= _FRACTION_GAP or any(_measure(ctx, q) for q in parts):
            continue
        if not whole.value * (1 + TOLERANCE) < sum(q.value for q in parts) <= whole.value * _MOST:
            continue   # (far more: counts of several rounds, each out of the whole)
        ws, we = view.from_original(whole.start), view.from_original(whole.end)
        head = head_of(ctx.lexicon, view.text, ws, we, ctx.doc.text[max(0, whole.start - 30):whole.start])
        keys, after = _heads(ctx, parts)
        if head is None or keys[0] != head.main or not set(keys[1:]) <= {None, head.main} or len(set(after[1:])) != 1:
            continue   # (not the counts of two rounds: "48,210 votes in the first round and 52,870 in the runoff")
        yield whole, parts


def opened_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for a sentence that opens with the whole it breaks down ("Of the 300 MHz
    on offer, NorthWave secured 140 MHz, Velar Mobile 100 MHz and Kestrel Telecom 90 MHz"; "Of the 40
    new buses, 25 went to Cairo, 12 to Giza and 9 to Alexandria", ``[figures.shares] whole_openers``)
    when its parts, a list joined by "and", make more than that whole. Each part is told with the
    whole's noun or none of its own (a verb or a preposition told once for all: "25 went to Cairo, 12
    to Giza")."""
    opener = _opener_rx(ctx.lexicon)
    if opener is None:
        return
    view = ctx.doc.normalized
    for k, cs in counts_by_sentence([q for q in quantities if q.unit is None], sents, 1).items():
        ns = view.from_original(sents.items[k].start)
        lead = _lead_end(view.text, ns)
        if len(cs) < 3 or not (m := opener.match(view.text, lead)) or view.from_original(cs[0].start) != m.end() - 1:
            continue   # (the whole is the count right after "of the", opening the sentence)
        whole, parts = cs[0], cs[1:]
        if not listed_over(ctx, whole, parts):
            continue   # (a list: commas between the parts, "and" before the last: "…, Velar Mobile 100 MHz and
            #            Kestrel Telecom 90 MHz"; making more than the whole, not far more)
        head, (keys, after) = whole_head(ctx, whole), _heads(ctx, parts)
        same = head is not None and head.main in keys and set(keys) <= {None, head.main}
        if same or set(keys[1:]) == {None} and len(set(after[1:])) == 1 and after[1] not in (None, after[0]) \
                or all(w is not None and w in _vote_words(ctx.lexicon) for w in after):
            yield whole, parts   # (or a vote told out: "nine voted in favour, four against and three abstained")


def listed_over(ctx, whole: Quantity, parts: list[Quantity]) -> bool:
    """Whether counts told as a list (commas between them, "and" before the last) make more than a
    whole, not far more (counts of several rounds)."""
    view, (words, attached) = ctx.doc.normalized, and_words(ctx.lexicon)
    gaps = [view.text[view.from_original(a.end):view.from_original(b.start)].split() for a, b in zip(parts, parts[1:])]
    if not gaps or not any(w in words or w[:1] in attached for w in gaps[-1]) or \
            any("," not in " ".join(g) and "،" not in " ".join(g) for g in gaps[:-1]):
        return False
    return whole.value * (1 + TOLERANCE) < sum(q.value for q in parts) <= whole.value * _MOST


def whole_head(ctx, whole: Quantity):
    """The head of the noun a whole counts, or None."""
    view = ctx.doc.normalized
    return head_of(ctx.lexicon, view.text, view.from_original(whole.start), view.from_original(whole.end),
                   ctx.doc.text[max(0, whole.start - 30):whole.start])


@lru_cache(maxsize=32)
def _out_of_rx(lex):
    return alternation_rx([normalize_text(w) for w in figures_data(lex).get("out_of", [])])


@lru_cache(maxsize=32)
def _attached_for(lex) -> tuple[str, ...]:
    return tuple(normalize_text(w) for w in figures_data(lex).get("attached_for", []))


def _heads(ctx, parts: list[Quantity]) -> tuple[list[str | None], list[str | None]]:
    """The key of the noun right after each part, None for a part told without one ("39,870 for
    A"); and the word right after each (a preposition written attached, for that preposition)."""
    view, stop, keys, after = ctx.doc.normalized, stopwords(ctx.lexicon), [], []
    attached = _attached_for(ctx.lexicon)
    for q in parts:
        m = _WORD_AFTER.match(view.text, view.from_original(q.end))
        w = m.group(1) if m else None
        pre = next((p for p in attached if w and w.startswith(p) and len(w) > len(p) + 2), None)
        keys.append(None if w is None or w in stop or pre else noun_key(ctx.lexicon, w))
        after.append(pre or w)
    return keys, after


@lru_cache(maxsize=32)
def _vote_words(lex) -> frozenset[str]:
    """The words right after each count of a vote told out: its verbs, "against", the abstentions."""
    f = figures_data(lex)
    words = f.get("shares", {}).get("vote_verbs", []) + f.get("tally", {}).get("links", []) + f.get("tally", {}).get("abstentions", [])
    return frozenset(normalize_text(w) for w in words)


@lru_cache(maxsize=32)
def _tally_words(lex):
    f = figures_data(lex).get("tally", {})
    return (frozenset(normalize_text(w) for w in f.get("links", [])), alternation_rx([normalize_text(w) for w in f.get("abstentions", [])]),
            frozenset(normalize_text(w) for w in f.get("all", [])),
            alternation_rx([normalize_text(w) for w in f.get("members", [])], before=r"[^\S\n]{1,3}"))


@lru_cache(maxsize=32)
def _size_words(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in figures_data(lex).get("seat_wholes", []))


def _sized(lex, text: str, end: int) -> bool:
    """A body's size told by its count and a word of ``seat_wholes`` joined by a hyphen ("the
    12-member board"): the count of its members."""
    m = _HYPHENED.match(text, end)
    return m is not None and m.group(1).lower() in _size_words(lex)


_HYPHENED = compiled(r"-([^\W\d_]+)")


def tally_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for a vote's tally that does not make the count of all who took part in
    its sentence: "by 27 votes to 9, with two abstentions, in a vote in which all 41 deputies took
    part" (``[figures.tally]``: the words between the two sides, of abstention, of "all"); without
    abstentions told, only a tally that makes more; or one of more votes than the body's members
    told right before their noun ("The board's nine voting members approved it by six votes to four") or
    as its size ("The 12-member board approved it by seven votes to three, with three abstentions")."""
    links, abstain, every, members = _tally_words(ctx.lexicon)
    if not links or not every:
        return
    view = ctx.doc.normalized
    for cs in counts_by_sentence(quantities, sents, 1).values():
        ends = [(view.from_original(q.start), view.from_original(q.end)) for q in cs]
        for i in range(len(cs) - 1):
            gap = view.text[ends[i][1]:ends[i + 1][0]].split()
            if not (1 <= len(gap) <= 2 and gap[-1] in links):
                continue   # "27 votes to 9", `27 صوتاً مقابل 9`
            rest = [n for n in range(len(cs)) if n not in (i, i + 1)]
            told = [n for n in rest if abstain is not None and
                    (abstain.match(view.text, ends[n][1] + 1) or abstain.search(view.text, max(0, ends[n][0] - 12), ends[n][0]))]
            whole = [n for n in rest if n not in told and
                     every & set(view.text[max(0, ends[n][0] - 30):ends[n][0]].split()[-3:])]
            seated = [n for n in rest if n not in told and (members is not None and members.match(view.text, ends[n][1])
                                                          or _sized(ctx.lexicon, view.text, ends[n][1]))]
            if len(whole) != 1 and not (not whole and len(seated) == 1) or len(told) > 1:
                continue   # (or the body's members: "The board's nine voting members approved it by six votes to four")
            parts = [cs[i], cs[i + 1]] + [cs[n] for n in told]
            total, w = sum(q.value for q in parts), cs[(whole or seated)[0]]
            if total > w.value or told and whole and total != w.value:
                yield w, parts
            break
