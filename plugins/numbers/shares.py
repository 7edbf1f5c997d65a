"""Shares of one whole that add up to well over 100%: three or more percentages in one sentence,
each opening its own clause of one breakdown — of a poll or vote, after a word that says the
figures split one whole (`توزعت … على النحو الآتي`, "split", "respectively"), or written in
parallel (each figure right after the separator and followed by the same noun: `48% شركات
صغيرة، و37% شركات متوسطة`, or each clause "N% <verb> …": "64% were admitted …, 27% waited …
and 21% waited …")."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from checker.extractors.quantity_mentions import Quantity
from checker.language.matching import prefixes, word_regex
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import Sentences, alternation_rx, and_words, figures_data
from .heads import head_data, noun_key
from .rests import rest_after
from .held import held_by as _held_by, named_opener_rx as _named_opener_rx, staked as _staked
from .share_wholes import bases_apart, long_words as _long, of_these, of_these_rx, placed_apart, placed_parts, share_words, \
    whole_again as _whole_again

TOLERANCE = 2.0   # percentage points over 100 allowed for rounding
_CHANGE_REACH = 30   # characters before the first share where a word of change makes them values over time
_CHANGE_NEAR = 12    # … and right before a later one, in its clause ("…, then rose to 45%"; not `الأولية، و25%`)
_ABOUT = "about"   # the qualifier of an approximate figure ("about 70 percent"): a share at its value, give or take
_ABOUT_SLACK = 3.0   # percentage points each approximate share may be off
_GAP_REACH = 6    # words after the first share in which the word the later shares repeat is found


@lru_cache(maxsize=32)
def _rx(lex):
    q = lex.section("quantities", {})
    f = figures_data(lex)
    of = "|".join(re.escape(w) for w in f.get("of", [])) or "(?!x)x"
    return (word_regex(lex, q.get("updates", {}).get("words", [])),
            word_regex(lex, q.get("breakdown", {}).get("words", [])),
            alternation_rx(f.get("shares", {}).get("whole", []), before=rf"(?<![^\W\d_]){prefixes(lex)}"),   # `وتتوزع`
            re.compile(rf"\s*(?:{of})\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)"))  # "of new borrowers"


@lru_cache(maxsize=32)
def _joins(lex) -> tuple[re.Pattern, re.Pattern]:
    """What opens a clause of a breakdown before a figure (", 27%", "and 21%", `و37%`, ": 48%"),
    and what a gap between two of its figures holds (a comma or an "and" word)."""
    words, attached = and_words(lex)
    alts = [r"[,،:]"] + [rf"\b{re.escape(w)}" for w in words] + \
        [rf"(?<![^\W\d_]){re.escape(w)}" for w in attached]
    gaps = [r"[,،]"] + [rf"\b{re.escape(w)}\b" for w in words + attached] + [rf"\s{re.escape(w)}" for w in attached]
    return compiled(rf"(?:{'|'.join(alts)})\s*$"), compiled("|".join(gaps))


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause of a figure at ``hi`` starts, after the last comma between ``lo`` and it."""
    return max(lo, text.rfind(",", lo, hi) + 1, text.rfind("،", lo, hi) + 1)


def _lead_end(text: str, pos: int = 0) -> int:
    """Where the first word or figure at or after ``pos`` starts: past quotation marks and dashes."""
    while pos < len(text) and not text[pos].isalnum():
        pos += 1
    return pos


_WORD2 = re.compile(r"\s*([^\W\d_]+)\s+([^\W\d_]+)")


def _next_word(nt: str, pos: int) -> str:
    m = re.match(r"\s*([^\W\d_]+)", nt[pos:pos + 30])
    return m.group(1) if m else ""


def over_100(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield the share figures of one sentence when they add up to over 100%."""
    change, breakdown, whole, of_rx = _rx(ctx.lexicon)
    joined = _joins(ctx.lexicon)[1]
    by_sentence: dict[int, list[Quantity]] = collections.defaultdict(list)
    for q in quantities:
        if q.unit == "%" and (q.low == q.high or q.qualifier == _ABOUT):
            i = sents.index(q.start)
            if i is not None:
                by_sentence[i].append(q)
    view = ctx.doc.normalized
    nt = view.text
    for i, told in by_sentence.items():
        rest = len(told) == 2 and rest_after(ctx.lexicon, nt, view.from_original(told[-1].end), view.from_original(sents.items[i].end))
        told = [q for k, q in enumerate(told) if not k or rest or not of_these(ctx.lexicon, nt, view.from_original(q.end))
                or _whole_again(nt, view, of_rx, told, k)]   # ("30% of them" after a share: a share of that share; the first
        #   one's "of them" is the whole told before; not between two shares of one whole it names: `72% من المدارس …، و41%
        #   منها …، و9% من المدارس`; nor with "and the rest …" after two shares: shares of one whole)
        if len(told) >= 3 and _own_rate(ctx.lexicon, nt, view.from_original(told[0].start), view.from_original(told[0].end)):
            told = told[1:]   # "Turnout was 71%, 64% of voters backed …": the first a rate of its own
        if len(told) < (2 if rest else 3) or not _over(told) or bases_apart(ctx.lexicon, view, told):
            continue   # (each share measured on its own basis: `60% … من حيث الكمية و52% من حيث القيمة`)
        norm = sents.norm(i)
        lo = view.from_original(told[0].start)
        lo = max(view.from_original(sents.items[i].start), lo - _CHANGE_REACH)
        if change is not None and any(change.search(nt, _clause_start(nt, max(lo, a - _CHANGE_NEAR), a) if k else lo, a)
                                      for k, a in enumerate(view.from_original(q.start) for q in told)):
            continue   # "rose to 45%, …" (not "the preliminary results, …, gave her 46.8%"; not "children who fell
            #            ill" well after a figure, inside its clause)
        choice = _choice_rx(ctx.lexicon)
        if choice is not None and choice.search(norm):
            continue   # "respondents could name more than one issue": answers, no shares of one whole
        # the sentence's figures, or its first ones when a later clause adds another ("…, while turnout did not pass 19.6%")
        for qs in (told[:k] for k in range(len(told), 1 if rest else 2, -1)):
            gaps = [ctx.text[a.end:b.start] for a, b in zip(qs, qs[1:])]
            if not _over(qs) or any(len(g) > 80 or not joined.search(g) for g in gaps):
                continue
            if (rate := _rate_rx(ctx.lexicon)) is not None and \
                    any(rate.search(_before_last_word(normalize_text(g), rate)) for g in gaps):
                continue   # "…, while national turnout stood at 61%": a clause naming a rate of its own
            wholes = {m.group(1) for q in qs if (m := of_rx.match(nt, view.from_original(q.end)))
                      and not of_these(ctx.lexicon, nt, view.from_original(q.end))}
            first = nt[view.from_original(qs[0].end):view.from_original(qs[1].start)]
            wholes = {w for w in wholes if w.split()[0] not in first.split()[2:]}
            if (m := of_rx.match(first)) is not None and of_rx.search(first, m.end()) is not None:
                wholes = {m.group(1)}   # `جاءت 58% من المطايا من الإمارات، و31% من السعودية`: the later ones
                #                         repeat the first clause's second "من", where each comes from
            if len(wholes) > 1 and not set.intersection(*map(_long, wholes)):
                continue   # "64% of sales and 81% of units": shares of different wholes (not `46% من
                #            الإيرادات من السوق السعودية، و39% من السوق الإماراتية`: where each comes from)
            if _one_whole(ctx, qs, norm, breakdown, whole):
                yield qs
                break


def _over(qs: list[Quantity]) -> bool:
    """Whether shares make well over 100%, each approximate one allowed its slack."""
    return sum(q.value for q in qs) > 100 + TOLERANCE + _ABOUT_SLACK * sum(q.qualifier == _ABOUT for q in qs)


def remainders(ctx, quantities: list[Quantity], sents: Sentences):
    """Yield (shares, remainder) when a sentence gives shares and then "the remaining" one of
    the same whole ("will own 58% of the group and Corvid investors the remaining 47%",
    `60% للحكومة والـ45% المتبقية للشركاء`; "55% …, 30% … and the remaining 20%") and they do not
    make 100%. Only where the shares before the remainder are told as a list, no word of change
    stands before the first, and no other percentage comes after the remainder."""
    rest = _remaining_rx(ctx.lexicon)
    if rest is None:
        return
    change = _rx(ctx.lexicon)[0]
    view = ctx.doc.normalized
    nt, by_sentence = view.text, collections.defaultdict(list)
    for q in quantities:
        if q.unit == "%" and (i := sents.index(q.start)) is not None:
            by_sentence[i].append(q)
    for told in by_sentence.values():
        if len(told) < 2 or any(q.low is None or q.high is None for q in told):
            continue   # (a bound, "less than a fifth": no share told; "about 70%" is, within its margin)
        *firsts, last = told   # (one share or more before the remainder: "55%, 30% and the remaining 20%")
        if len(firsts) > 1 and _own_rate(ctx.lexicon, nt, view.from_original(firsts[0].start), view.from_original(firsts[0].end)):
            firsts = firsts[1:]   # "Turnout was 71%, 64% backed it and the remaining 36%": a rate of its own first
        first = firsts[0]
        s, e = view.from_original(last.start), view.from_original(last.end)
        before = nt[max(0, s - 25):s]
        if not (rest[0].search(before) or rest[1].match(nt, e)):
            continue
        fs = view.from_original(first.start)
        if change is not None and change.search(nt, max(0, fs - _CHANGE_REACH), view.from_original(first.end)):
            continue   # "rose 5%, while the remaining 95%": a change, no share
        if len(firsts) > 1 and not all(_joins(ctx.lexicon)[1].search(ctx.text[a.end:b.start]) for a, b in zip(firsts, firsts[1:])):
            continue   # (the shares before the remainder told as a list)
        lo, hi = sum(q.low for q in firsts) + last.low, sum(q.high for q in firsts) + last.high
        if lo > 100 + TOLERANCE or hi < 100 - TOLERANCE:   # (an approximate share: its margin either way, "about 70%")
            yield firsts, last


@lru_cache(maxsize=32)
def _remaining_rx(lex):
    """A word that makes a share the rest of a whole: (told before it, up to one more word and a
    comma between: "the remaining 47%", "the rest, 47%"; told right after it: `45% المتبقية`)."""
    words = [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("remaining", [])]
    if not words:
        return None
    word = rf"(?<![^\W\d_]){prefixes(lex, article=True)}(?:{'|'.join(re.escape(w) for w in words)})(?![^\W\d_])"
    return compiled(rf"{word}(?:\s+[^\W\d_]+)?\s*[,،]?\s*$"), compiled(rf"\s*{word}"), compiled(word)


def _one_whole(ctx, qs, norm: str, breakdown, whole) -> bool:
    if whole is not None and whole.search(norm):
        return True
    view = ctx.doc.normalized
    if breakdown is not None and breakdown.search(norm):
        return not _placed_rates(ctx.lexicon, view.text, [(view.from_original(q.start), view.from_original(q.end)) for q in qs])
        #      (a poll's shares, but not its rates of places or times: "a survey found 69% were in arrears in
        #      Tema, 65% in Ho and 62% in Keta")
    if (rest := _remaining_rx(ctx.lexicon)) is not None and rest[2].search(
            view.text, view.from_original(qs[-2].end), view.from_original(qs[-1].start)):
        return True   # "…, while the rest of the Gulf brought 31%": the last share is the rest of one whole
    lex = ctx.lexicon
    opened = (opens := _opener_rx(lex)) is not None and opens.match(norm, _lead_end(norm)) is not None
    named = (opens := _named_opener_rx(lex)) is not None and opens.match(norm, _lead_end(norm)) is not None
    if opened or named:   # (read only where the sentence opens with its whole)
        ends, (placed, located, sent_to) = [view.from_original(q.end) for q in qs[1:]], _placed_shares(lex, view, qs)
        if opened and (placed and located or sent_to or not all(
                _next_word(view.text, end) in share_words(lex, "locatives") for end in ends)):
            return True   # "Of the 410 shops, 57% have reopened, 29% …", "…, 30% in the warehouse and 25% in …" (not
            #               "…, 81% by August, 97% by …")
        if named and (placed or sent_to):
            return True   # "Of the candidates whose papers were annulled, 48% sat the exam in the capital, 37% in …",
            #               "Of the teams in the open event, 41% came from Europe, 38% from Asia …"
    view = ctx.doc.normalized
    nt = view.text
    spans = [(view.from_original(q.start), view.from_original(q.end)) for q in qs]
    if _share_clauses(ctx.lexicon, nt, spans) or _stakes(ctx.lexicon, nt, spans) or _held_by(ctx.lexicon, nt, spans):
        return True
    opens, _ = _joins(ctx.lexicon)
    if not all(opens.search(nt[max(0, view.from_original(q.start) - 12):view.from_original(q.start)]) for q in qs[1:]):
        return False
    after = [_next_word(nt, view.from_original(q.end)) for q in qs]
    if (of := of_these_rx(lex)) is not None and (m := of.match(nt, view.from_original(qs[0].end))) is not None \
            and len({_next_word(nt, m.end()), *after[1:]}) == 1 and after[1]:
        return True   # `يعمل 65% منهم في …، و30% في …، و25% في …`: shares "of them", the whole told before, each where
    if not all(after):
        return False
    if placed_parts(nt, spans, after, _rx(lex)[3], share_words(lex, "part_verbs"), share_words(lex, "locatives"),
                    lex.month_lookup):
        return True   # "70% of the affected jobs were in steelmaking, 25% in the mills and 30% in …"
    keys = {noun_key(lex, w) for w in after}
    if len(keys) == 1 and not keys <= head_data(lex).units and after[0] not in share_words(lex, "locatives"):   # (not "in": places)
        return True   # `48% شركات صغيرة، و37% شركات متوسطة، و29% شركات كبيرة`
    if _gapped(lex, nt, view.from_original(qs[0].end), after) and (
            not _named(ctx.text, qs[1:]) or after[1] in share_words(lex, "origins")):
        return True   # "47% goes on health, 26% on schools and 43% on roads": the verb told once (and
        #               "58% came from the UAE, 31% from Saudi Arabia": where each came from, not each place's rate)
    verbs, suffixes = _verbs(lex)
    if all(w in verbs or any(w.endswith(x) for x in suffixes) for w in after[1:]) \
            and _rx(lex)[3].match(nt, view.from_original(qs[0].end)) is not None \
            and after[1] in re.findall(r"[^\W\d_]+", nt[view.from_original(qs[0].end):view.from_original(qs[1].start)]):
        return True   # "12% of the children who fell ill had received both doses, 19% had received one …": the
        #               first figure's whole told after it, each clause opening with the verb of the first
    # "64% were admitted …, 27% waited … and 21% waited …": each figure the subject of its clause
    return all(w in verbs or any(w.endswith(x) for x in suffixes) for w in after)


def _placed_shares(lex, view, qs) -> tuple[bool, bool, bool]:
    """(placed, located, sent) for shares after a sentence's whole: the later ones each told with one word of place (not
    after a verb of an outcome, "82% passed in the science stream, 67% in …": a rate of each); the first after a verb of
    where it is ("60% are on the lines, 30% in …"); the later ones told with where they come from ("38% from Asia")."""
    nt, ends, first = view.text, [view.from_original(q.end) for q in qs[1:]], view.from_original(qs[0].end)
    rates = share_words(lex, "rate_verbs")
    rated = _next_word(nt, first) in rates or _word_before(nt[max(0, view.from_original(qs[0].start) - 30):
                                                               view.from_original(qs[0].start)]) in rates
    two = _WORD2.match(nt, first)
    located = two is not None and two.group(1) in share_words(lex, "part_verbs") \
        and two.group(2) in share_words(lex, "locatives") | share_words(lex, "fraction_links")
    return (not rated and placed_apart(nt, ends, share_words(lex, "locatives"), lex.month_lookup), located,
            placed_apart(nt, ends, share_words(lex, "origins"), lex.month_lookup))


def _placed_rates(lex, nt: str, spans: list[tuple[int, int]]) -> bool:
    """Whether each later share is told with one word of place or time alone, not as a part of the
    whole the first names ("…, 65% in Ho and 62% in Keta")."""
    after = [_next_word(nt, end) for _, end in spans]
    return len(set(after[1:])) == 1 and after[1] in share_words(lex, "locatives") and \
        not placed_parts(nt, spans, after, _rx(lex)[3], share_words(lex, "part_verbs"), share_words(lex, "locatives"),
                         lex.month_lookup)


def _gapped(lex, nt: str, end: int, after: list[str]) -> bool:
    """Whether the clauses after the first figure repeat one word that the first clause holds a
    few words after its figure, their verb left out: "N% goes on A, M% on B and K% on C",
    `يذهب N% من الميزانية إلى أ، وM% إلى ب`."""
    rest = {noun_key(lex, w) for w in after[1:]}
    if len(rest) != 1 or rest <= head_data(lex).units or after[1] in share_words(lex, "locatives"):
        return False
    first = re.findall(r"[^\W\d_]+", nt[end:end + 40])[:_GAP_REACH]
    return after[1] in first[1:]


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _share_clauses(lex, nt: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a word that says "a share of" stands in the first figure's clause and each later
    figure's clause holds one too, or repeats the word before the first figure: "Corporate lending
    accounted for 58% of the loan book, retail customers for 31% and small businesses for 27%",
    `شكّل الأطفال 64% من الإصابات، فيما بلغت نسبة … 29%، ونسبة … 22%`."""
    share = _share_rx(lex)
    first = nt[max(0, spans[0][0] - 60):spans[0][0]]
    if share is None or not share.search(first):
        return False
    lead = _word_before(first)
    joined = _joins(lex)[1]
    for (_, end), (start, _) in zip(spans, spans[1:]):
        gap = nt[end:start]
        if share.search(gap):
            continue
        clause = gap[max((m.end() for m in joined.finditer(gap)), default=0):]
        words = re.findall(r"[^\W\d_]+", clause)
        # "…, retail customers for 31%": a subject of its own before the repeated word, no year (an
        # age range is: "adults aged 15 to 59 for 39%")
        if not (lead and words[-1:] == [lead] and len(words) > 1) or _YEAR.search(clause):
            return False
    return True


def _stakes(lex, nt: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the first figure is what a holder holds of a whole and each later clause names
    another holder and its figure, the verb told once: "Cedar Grid holds 60% of the project
    company, a Kuwaiti fund 35% and Haddad & Sons 25%", `تملك شركة أ 60% من الشركة، وصندوق كويتي
    35%، والمقاول 25%`; or what a word saying "a share of" gives each ("sweet oranges made up 55%,
    navel oranges 40% and mandarins 20%"). Each later figure ends its clause."""
    holds, share, before = _hold_rx(lex), _share_rx(lex), nt[max(0, spans[0][0] - 40):spans[0][0]]
    held = holds is not None and holds.search(before) and \
        (_rx(lex)[3].match(nt, spans[0][1]) is not None or _staked(lex, nt, *spans[0]))
    if not held and not (share is not None and share.search(before)):
        return False   # (or a word that says "a share of": "sweet oranges made up 55%, navel oranges 40% …")
    joined = _joins(lex)[1]
    for k, ((_, end), (start, stop)) in enumerate(zip(spans, spans[1:]), start=1):
        gap = nt[end:start]
        cut = max((m.end() for m in joined.finditer(gap)), default=-1)
        holder = re.findall(r"[^\W\d_]+", gap[cut:]) if cut >= 0 else []
        after = nt[stop:stop + 12]
        if not 1 <= len(holder) <= 6 or re.search(r"\d", gap[cut:]) or _previous(lex) & set(holder) or \
                not (re.match(r"\s*(?:[,،.;؛]|$)", after) or k < len(spans) - 1 and (joined.match(after.lstrip()) or joined.match(after))):
            return False
    return True


@lru_cache(maxsize=32)
def _previous(lex) -> frozenset[str]:
    """The words of an earlier value ("up from 35%"): no holder's name."""
    return frozenset(w for p in figures_data(lex).get("previous", []) for w in normalize_text(p).split())


@lru_cache(maxsize=32)
def _choice_rx(lex):
    """Words that make a sentence's figures the answers of a poll that allows several (no shares
    of one whole)."""
    return word_regex(lex, [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("multiple_choice", [])])


@lru_cache(maxsize=32)
def _opener_rx(lex):
    """A sentence opening with the whole its figures split: "Of the 410 shops,", `من أصل 410`."""
    words = [re.escape(normalize_text(w)) for w in figures_data(lex).get("shares", {}).get("whole_openers", [])]
    return re.compile(rf"(?:{'|'.join(words)})\s+\d") if words else None   # (matched past the marks at the start)


@lru_cache(maxsize=32)
def _rate_rx(lex):
    """Nouns of a rate of its own ("turnout", `نسبة`): told between two figures, they open another whole."""
    return word_regex(lex, [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("rates", [])])


def _before_last_word(gap: str, rate: re.Pattern) -> str:
    """A gap without the rate word that ends it, right before the next figure (`، والمباني بنسبة
    31%`: "at a share of", each clause's own, not a rate of another whole)."""
    m = re.search(r"([^\W\d_]+)\s*$", gap)
    return gap[:m.start()] if m and rate.fullmatch(m.group(1)) else gap


def _own_rate(lex, nt: str, start: int, end: int) -> bool:
    """Whether a figure is a rate named before it in its own clause, the clause closing after it:
    "turnout was 71%, …", `بلغت نسبة المشاركة 71%، …`."""
    rate = _rate_rx(lex)
    if rate is None:
        return False
    before = _before_last_word(re.split(r"[,،;؛:]", nt[max(0, start - 40):start])[-1], rate)
    return rate.search(before) is not None and re.match(r"\s*[,،;؛]", nt[end:end + 3]) is not None


@lru_cache(maxsize=32)
def _hold_rx(lex):
    return word_regex(lex, [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("hold_verbs", [])])


def _word_before(text: str) -> str:
    m = re.search(r"([^\W\d_]+)\s*$", text)
    return m.group(1) if m else ""


def _named(text: str, qs) -> bool:
    """Whether each figure is followed by a word and a name: "61% in Mombasa and 70% in Kisumu"
    are shares of the whole of each place, not of one."""
    return all((m := re.match(r"\s*[^\W\d_]+\s+([^\W\d_])", text[q.end:q.end + 40])) and m.group(1).isupper()
               for q in qs)


@lru_cache(maxsize=32)
def _share_rx(lex):
    return word_regex(lex, [normalize_text(w) for w in figures_data(lex).get("shares", {}).get("share_words", [])])


@lru_cache(maxsize=32)
def _verbs(lex):
    sh = figures_data(lex).get("shares", {})
    return (frozenset(normalize_text(w) for w in sh.get("clause_verbs", [])),
            tuple(normalize_text(w) for w in sh.get("verb_suffixes", [])))
