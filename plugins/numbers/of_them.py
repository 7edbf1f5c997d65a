"""NUM002's reading of a whole and its parts marked "of them" in one sentence: a whole, then after
a comma a part marked "of them" (before or after it) and more joined to it by commas and "and",
told alike — the same word after each ("43 boatmen work the crossing, 27 of them from the north
bank and 19 from the city side", "640 families, 310 of them in Zavkhan, 205 in Uvs and 95 in
Khuvsgul", `يعمل 43 مراكبياً، منهم 27 من القرى و19 من المدينة`), or the first with the whole's
noun and the others with none of their own (`يضم 64 منصة، منها 40 منصة للأسماك و18 للروبيان و10
للأسماك المجففة`) — or two set apart ("29 of them reached the finish while 15 retired", `فيما`):
a breakdown whose parts make more than the whole."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import Sentences, alternation_rx, and_words, counts_by_sentence, figures_data
from .heads import head_of, noun_key
from .list_data import list_data
from .shares import _remaining_rx

_WORD_AFTER = re.compile(r"\W{0,8}([^\W\d_]+)")
_OF_NOUN = re.compile(r"\s+(\S+)\s+(?:\S+\s+){0,2}?([^\W\d_]+)")   # "of" and the noun after it, a few words on


@lru_cache(maxsize=32)
def _rxs(lex):
    """The words of a part of the count told before ("of them", `منهم`), the words that set two
    parts apart ("while"), and the prepositions written attached after a count (`للروبيان`)."""
    f = figures_data(lex)
    of = alternation_rx([normalize_text(w) for w in f.get("of_these", [])], before=r"\s*", after=r"(?![^\W\d_])")
    apart = alternation_rx([normalize_text(w) for w in f.get("apart_words", [])])
    return of, apart, tuple(normalize_text(w) for w in f.get("attached_for", []))


def them_counts(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (whole, parts) for a whole whose parts marked "of them" make more than it."""
    ofx, apart, attached = _rxs(ctx.lexicon)
    if ofx is None:
        return
    view = ctx.doc.normalized
    for cs in counts_by_sentence(quantities, sents).values():
        if len(cs) < 3:
            continue
        if (grouped := _grouped(ctx, cs, ofx)) is not None:
            yield grouped
            continue
        whole, first = cs[0], cs[1]
        we, fs, fe = view.from_original(whole.end), view.from_original(first.start), view.from_original(first.end)
        if not re.search(r"[,،]", view.text[we:fs]):
            continue
        marked = ofx.match(view.text, fe)   # "27 of them", or `منهم 27`
        if marked is None and ofx.search(view.text, max(we, fs - 12), fs) is None:
            continue
        parts = _listed(ctx, cs[1:])
        if len(parts) >= 2 and (rest := _remaining(ctx, cs, parts)) is not None:
            if sum(q.value for q in parts) + rest.value != whole.value:
                yield whole, [*parts, rest]   # "…, while the remaining 6 are in C": every part told
            continue
        if len(parts) < 2 or sum(q.value for q in parts) <= whole.value:
            continue
        gap = view.text[fe:view.from_original(parts[1].start)].split()
        if len(parts) == 2 and gap and apart is not None and any(apart.fullmatch(w) for w in gap[-2:]):
            if not _of_another(ctx, whole, parts[1]):
                yield whole, parts   # "29 of them reached the finish while 15 retired": set apart, both told
        elif _alike(ctx, whole, parts, marked.end() if marked else fe, attached):
            yield whole, parts


def _listed(ctx, counts: list[Quantity]) -> list[Quantity]:
    """The counts from the first that make one list: each after the first joined by a comma or
    "and" (or a while-clause's word), closed by one joined by "and"; after it only another
    joined by "and" goes on (`و18 … و10`), and nothing when no "and" closes it."""
    view, (words, attached) = ctx.doc.normalized, and_words(ctx.lexicon)
    apart = _rxs(ctx.lexicon)[1]
    out, closed = [counts[0]], False
    for prev, q in zip(counts, counts[1:]):
        qs = view.from_original(q.start)
        lead = view.text[view.from_original(prev.end):qs].split()
        clause = lead[next((i + 1 for i in range(len(lead) - 1, -1, -1) if lead[i].endswith((",", "،"))), len(lead)):]
        by_and = lead and lead[-1] in words or view.text[qs - 1:qs] in attached \
            or len(clause) in (1, 2) and clause[0][:1] in attached and len(clause[0]) > 3 \
            and clause[-1] not in list_data(ctx.lexicon).after_last   # `، وأحيل 12` (not `، وُزّعوا على 12`: a
        #                                                              verb's complement, its و a letter of the root)
        if closed and not by_and:
            break   # (closed by "and": not "…, while 390 stalls have been handed out", another clause)
        if by_and or lead and apart is not None and any(apart.fullmatch(w) for w in lead[-2:]):
            closed = True
        elif closed or not lead or not lead[-1].endswith((",", "،")):
            break
        out.append(q)
    return out if closed else []


def _alike(ctx, whole: Quantity, parts: list[Quantity], first_end: int, attached: tuple[str, ...]) -> bool:
    """Every part told with the same word after it, or the first with the whole's noun and the
    others with a preposition written attached (`40 منصة للأسماك و18 للروبيان`)."""
    view = ctx.doc.normalized
    after = [_WORD_AFTER.match(view.text, first_end)] + [_WORD_AFTER.match(view.text, view.from_original(q.end)) for q in parts[1:]]
    if any(m is None for m in after):
        return False
    words = [m.group(1) for m in after]
    if len(set(words)) == 1:
        return True
    rest = {next((p for p in attached if w.startswith(p) and len(w) > len(p) + 2), None) for w in words[1:]}
    if len(rest) != 1 or None in rest:
        return False
    ws, we = view.from_original(whole.start), view.from_original(whole.end)
    head = head_of(ctx.lexicon, view.text, ws, we, ctx.doc.text[max(0, whole.start - 30):whole.start])
    return head is not None and head.main == noun_key(ctx.lexicon, words[0])


def _grouped(ctx, cs: list[Quantity], ofx) -> tuple[Quantity, list[Quantity]] | None:
    """A whole spread over a stated number of groups, then as many parts marked "of them", one a
    group (`تضم 42 فلاحاً يتوزعون على ثلاثة دواوير، 19 منهم من … و17 من … و4 من …`, "640 families
    in three provinces, 310 of them in …, 205 in … and 95 in …"): every group told, so the parts
    make the whole; (whole, parts) when they do not."""
    if len(cs) < 4:
        return None
    view = ctx.doc.normalized
    whole, groups, first = cs[0], cs[1], cs[2]
    if whole.qualifier or whole.vague or whole.low != whole.high or groups.value != int(groups.value):
        return None
    ge, fs, fe = view.from_original(groups.end), view.from_original(first.start), view.from_original(first.end)
    if not re.search(r"[,،]", view.text[ge:fs]) or ofx.match(view.text, fe) is None:
        return None
    parts = _listed(ctx, cs[2:])
    if len(parts) != groups.value or sum(q.value for q in parts) == whole.value:
        return None
    return whole, parts


def _of_another(ctx, whole: Quantity, part: Quantity) -> bool:
    """The part is told "of" a noun other than the whole's (`فيما اجتاز 410 من الناجحين`, "while
    410 of those who passed"): a part of another part, not of the whole."""
    view, end = ctx.doc.normalized, ctx.doc.normalized.from_original(part.end)
    if (of := _rxs(ctx.lexicon)[0].match(view.text, end)) is not None:   # "15 of them": of the whole (not
        nxt = _WORD_AFTER.match(view.text, of.end())                    # "of those who passed")
        relative = {normalize_text(w) for w in figures_data(ctx.lexicon).get("relative", [])}
        return nxt is not None and nxt.group(1) in relative
    m = _OF_NOUN.match(view.text[end:end + 40])
    if m is None or m.group(1) not in {normalize_text(w) for w in figures_data(ctx.lexicon).get("of", [])}:
        return False
    ws, we = view.from_original(whole.start), view.from_original(whole.end)
    head = head_of(ctx.lexicon, view.text, ws, we, ctx.doc.text[max(0, whole.start - 30):whole.start])
    return head is not None and head.main not in {noun_key(ctx.lexicon, w) for w in view.text[m.start(2):m.end()].split()}


def _remaining(ctx, cs: list[Quantity], parts: list[Quantity]) -> Quantity | None:
    """The count right after the listed parts told as the rest of the whole ("the remaining 6",
    `أما الـ6 الباقية`), if any."""
    k = cs.index(parts[-1]) + 1
    if k >= len(cs):
        return None
    rest, view = cs[k], ctx.doc.normalized
    found = _remaining_rx(ctx.lexicon)
    if found is None:
        return None
    before_rx, after_rx, _ = found
    rs, re_ = view.from_original(rest.start), view.from_original(rest.end)
    return rest if before_rx.search(view.text, max(0, rs - 30), rs) or after_rx.match(view.text, re_) else None
