"""One quantity of one thing, for any counted noun phrase: two figures whose heads name the same
thing ("14 residents" … "the 17 residents rescued"; `عقد بقيمة 3 مليارات` … `العقد البالغة قيمته
2.4 مليار`), in clauses that tell the same fact — the later one refers back to it (a definite noun)
or restates it (the content words around both figures align). Pairs are only formed within one
head noun, so an article costs what its repeated nouns cost, not all pairs of its figures."""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from checker.extractors.quantity_mentions import Quantity
from checker.language.normalize import normalize_text

from .common import (Sentences, alternation_rx, and_words, headline, headline_told, summed_to, bare, bound, change_by, compatible,
                     figures_data, partitive_after, plural_word, prefixes, stopwords, told_alike, transposed)
from .amount_verbs import verb_head
from .closeness import close as _close
from .apart import additions, complement_apart, contrasted, corrected, ordered_apart, stances_apart
from .heads import Head, head_data, head_of, noun_key
from .job_losses import as_job_loss
from .properties import capacity_head
from .scenes import scenes_apart
from .sources import quoted
from .told_of import Names, destinations_apart, names_listed, parts_apart, qualified_apart

_MAX_GROUP = 8       # more figures of one noun than this: a table of figures, not one fact restated
_WINDOW = 70         # characters either side of a figure compared for alignment
_ALIGNED = 62        # rapidfuzz score over the content words of the two windows
_ALONE_RATIO = 2.0  # a definite figure and the only other one of its noun, told this close
_SHARED_RATIO = 2.5  # … or one in a sentence sharing a distinctive word with the other's (not "nine books" … "the three
#                      shortlisted books")
_ALONE_ALIGNED = 0  # … and for the only two figures of one noun
_COMMON_RATIO = 1.5  # … neither definite, in sentences with a word in common, told this close
_ALONE_SHARED = 2   # distinctive words shared by the sentences of the only two figures of one noun
_RARE = 3            # a word in at most this many sentences is distinctive
_OTHER_SIZE = 10.0   # a figure of the same noun this many times smaller or larger is another quantity
_SHORT = 4           # a word this short whose stem has two letters is kept as written
_AFTER_REACH, _AFTER_WORDS = 40, 3   # the words right after a figure that tell what it counts


@dataclass(frozen=True)
class Mention:
    q: Quantity
    head: Head
    sentence: int
    new_value: bool = False   # "rose to 31": a count's new value, held only by a later definite telling


@lru_cache(maxsize=32)
def guards(lex):
    f = figures_data(lex)
    joiners = "|".join(re.escape(normalize_text(j)) for j in f.get("range_joiners", [])) or "(?!x)x"
    # an attached "and" (Arabic و) split off the figure it joins: `و12` -> ` و 12`
    attached = and_words(lex)[1]
    split = re.compile("|".join(re.escape(w) for w in attached)) if attached else None
    article = re.escape(normalize_text(lex.section("script", {}).get("article", "")))
    told = rf"(?:\s+{article}[^\W\d_]+)?" if article else ""   # (a definite noun between: `بعد أن كان العدد 130`)
    return (alternation_rx(f.get("previous", []), after=told + r"\s*$"),
            re.compile(rf"^\s*(?:{joiners})\s*$"), split)


def in_range(doc, qs: list[Quantity], i: int, joiner: re.Pattern, split: re.Pattern | None) -> bool:
    """Part of a range of two figures: "between 10 and 12", "£80m to £95m", `بين 10 و12`."""
    t = doc.text
    for j in (i - 1, i + 1):
        if 0 <= j < len(qs):
            a, b = (qs[j], qs[i]) if j < i else (qs[i], qs[j])
            if a.unit == "%" and b.unit != "%":
                continue   # "rose 8% to 460,000 tonnes": a change and the value it reached (but
                #            "between 35 and 38 percent": the unit written once, after the range)
            gap = t[a.end:b.start]
            if len(gap) > 8:
                continue
            gap = normalize_text(gap)
            if joiner.match(split.sub(r" \g<0> ", gap) if split is not None else gap):
                return True
    return False


def mentions(ctx, quantities: list[Quantity], sents: Sentences) -> list[Mention]:
    doc = ctx.doc
    view = doc.normalized
    previous, joiner, split = guards(ctx.lexicon)
    target = _rate_target_rx(ctx.lexicon)
    out = []
    for i, q in enumerate(quantities):
        if q.subset or q.vague:
            continue   # a part, "thousands of": no figure to hold another to
        ns, ne = view.from_original(q.start), view.from_original(q.end)
        if previous is not None and previous.search(view.text[max(0, ns - 30):ns]) or corrected(ctx, q):
            continue  # "up from 17": an earlier value; "corrected the figure to 37,100": a correction told
        if in_range(doc, quantities, i, joiner, split):
            continue
        k = sents.index(q.start)
        if k is None:
            continue
        head = capacity_head(ctx.lexicon, view.text, ns, head_of(ctx.lexicon, view.text, ns, ne, doc.text[max(0, q.start - 30):q.start],
                                                                amount=q.unit is not None, share=q.unit == "%"))
        told = verb_head(ctx.lexicon, view.text, ns, head, q.unit is not None and q.unit != "%", ne)   # "raised $1.38 billion":
        verbal, head = told is not head, told   # the sum raised, no value the amount was raised to
        if head is None or head.generic:
            continue
        head = as_job_loss(ctx.lexicon, view.text, ns, ne, head)   # ("will make 430 staff redundant": jobs lost)
        if q.unit == "%" and (_of_a_name(ctx.lexicon, doc.text, q.end) or not head.reached and
                              target is not None and target.search(view.text[max(0, ns - 30):ns])):
            continue   # "42% of Texas Commerce's losses" (a name's share), "a rise to 8%" (where a rate goes)
        out.append(Mention(q, head, k, q.update and not verbal and not head.change and not change_by(ctx, q)))
    return out

@lru_cache(maxsize=32)
def _rate_target_rx(lex) -> re.Pattern | None:
    return alternation_rx(figures_data(lex).get("rate_target", []), after=r"\s*$")


def _of_a_name(lex, text: str, end: int) -> bool:
    """A share of something a capitalised name owns: "42% of Texas Commerce's losses"."""
    if not head_data(lex).names_capitalised:
        return False
    m = _lead_rx(lex).match(text, end, end + 40)
    return m is not None and text[m.end():m.end() + 1].isupper() and text[m.end() + 1:m.end() + 2].islower()

@lru_cache(maxsize=32)
def _lead_rx(lex) -> re.Pattern:
    """Space, then up to two words of the [figures] "of" and "definite" lists ("of the")."""
    words = "|".join(re.escape(normalize_text(w)) for w in [*figures_data(lex).get("of", []), *figures_data(lex).get("definite", [])])
    return re.compile(rf"\s+(?:(?:{words})\s+){{0,2}}" if words else r"\s+")


def find_restated(ctx, quantities: list[Quantity], sents: Sentences, near_date):
    """Yield (earlier, later, noun) for figures that give one quantity of one thing two ways."""
    ms = mentions(ctx, quantities, sents)
    # "the count reached 9,000, before rising to 12,000": a value its own sentence tells replaced
    superseded = {n for n, m in enumerate(ms) if any(o.new_value and o.sentence == m.sentence and o.q.start > m.q.start
                                                       and o.q.unit == m.q.unit and _replaces(m, o) for o in ms[n + 1:n + 4])}
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for n, m in enumerate(ms):
        for key in m.head.keys:
            groups[(key, m.q.unit)].append(n)
    candidates: dict[int, set[int]] = collections.defaultdict(set)   # later -> earlier ones
    for members in groups.values():
        if len(members) < 2 or len(members) > _MAX_GROUP:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                candidates[j].add(i)
    words = _SentenceWords(ctx, sents)
    head_last = head_data(ctx.lexicon).head_last
    names = Names(ctx.doc, sents) if head_data(ctx.lexicon).names_capitalised else None
    per_sentence, head = None, headline(sents)   # (figures per sentence: counted when a pair needs them)
    extras: list[Quantity] = []
    for j in sorted(candidates):
        b = ms[j]
        if b.new_value or j in superseded:
            continue   # a new value: the earlier figures were true before it (and a replaced one, before it)
        earlier = sorted(candidates[j])
        if told_alike(ms, earlier, b):
            continue  # told the same way elsewhere: this is that figure, the other is another one
        held = []
        for i in reversed(earlier):
            a = ms[i]
            if a.sentence == b.sentence or i in superseded or not _close(a.q, b.q) or compatible(a.q, b.q) or not a.head.same_thing(b.head, head_last) \
                    or a.new_value and not (b.head.definite and (b.head.measured or a.head.reached)) \
                    or summed_to(ctx, quantities, a.q, b.q) or summed_to(ctx, quantities, b.q, a.q) \
                    or _rest_of(quantities, sents, a, b):
                continue   # … a new value is held only by a later telling of the thing already told; a part of a sum
            if a.head.new != b.head.new and not b.head.definite:
                continue   # "three new plants" … "four plants": those added and all there are
            if (head_last or a.head.change) and any(x.head.other_modifiers(b.head) for x in [a] + [ms[k] for k in earlier if ms[k].q.value == a.q.value]):
                continue   # "two Brit awards", "three Grammy awards" (or the first told again so: "four diesel-electric submarines")
            if names is not None and (not b.head.definite or b.q.unit == "%" and not a.head.measured) and names.apart(a, b) \
                    and not transposed(a.q.value, b.q.value) \
                    or names is not None and names.places_after(a.q, b.q) \
                    or names is None and not b.head.definite and scenes_apart(ctx, sents, a.sentence, b.sentence) \
                    or names is None and not b.head.definite and destinations_apart(ctx, words, a, b):
                continue   # "In London, … £262,825" and "£192,713 in England": two places (`وفي صفاقس، …`;
                #            `25 حافلة للقاهرة` … `18 حافلة لأسوان`: two destinations)
            if near_date(a.q, b.q) and not (b.head.definite and transposed(a.q.value, b.q.value)):
                continue   # (not "the 604 families who left" told back to "640 families" left: digits swapped)
            alone = _alone(groups, ms, a, b, head, b.head.definite and not partitive_after(ctx.lexicon, ctx.doc.normalized, b.q))
            if b.q.unit == "%" and not (alone and a.head.main == b.head.main):
                continue   # rates of one noun told three times or more (periods, forecasts, sources),
                #            or of a noun only one of them qualifies ("3.5% next quarter", "2.5% quarter growth")
            if ordered_apart(ctx, words, a, b) and not (b.head.definite and transposed(a.q.value, b.q.value)):
                continue   # "the first patient a 40% chance" … "the second patient a 70% chance" (not
                #            "the 421,000 children" told back to "412,000 children": its digits swapped)
            if b.q.unit == "%" and parts_apart(ctx, sents, a.q, b.q):
                continue   # "Sfax alone supplied 40% of the exports" … "bottled oil makes up 22% of the exports"
            if stances_apart(ctx, a.q, b.q) or complement_apart(ctx, words, a, b):
                continue   # "is demanding a bonus of 22 million" … "offered a bonus of 15 million": asked and offered
            if not b.head.definite and contrasted(ctx, a.q, b.q):
                continue   # "approved 12 new schools" … "did not approve 10 new schools" (not "the 650m budget does not …")
            if per_sentence is None:   # figures per sentence: a sentence of one figure tells one fact
                per_sentence = collections.Counter(sents.index(q.start) for q in quantities)
                extras = additions(ctx, quantities, sents)[1]
            if any(x.unit == b.q.unit and sents.index(x.start) in (a.sentence, b.sentence) for x in extras) or \
                    any(x.start < b.q.start and a.q.value + x.value == b.q.value for x in extras):
                continue   # "four engineers with four others" … "eight engineers": parts of a whole (`ثلاثة … وثلاثة
                #            متهمين آخرين` … `المتهمين الستة`: the sum)
            if b.head.definite and names_listed(ctx, sents, b.sentence, b.q):
                continue   # `"أ" و"ب" و"ج"` … `والشركات الثلاث`: the names just listed
            if _other_tally(ms, a, b):
                continue   # "passed by 31 votes to 19, with three abstentions" … "defeated by 33 votes to 18, …": two votes
            single, kin = per_sentence[a.sentence] == 1 and per_sentence[b.sentence] == 1, [ms[n] for k in a.head.keys & b.head.keys for n in groups[(k, b.q.unit)]]
            if _same_fact(ctx, a, b, words, alone, single) or headline_told(a, b, head, alone, kin) and not qualified_apart(
                    ctx, words, a, b, _shared(words, a, b)):   # (the headline's figure told again; not "the pottery course")
                held.append(a)
        if held:
            a = held[0] if len(held) == 1 else max(held, key=lambda a: _likeness(ctx, words, a, b))
            yield a.q, b.q, b.head.word


def _rest_of(quantities: list[Quantity], sents: Sentences, a: Mention, b: Mention) -> bool:
    """The later figure is what is left of the earlier whole once a part told in the whole's own
    sentence is taken away ("two of the terminal's six silos" … "the four undamaged silos"; not a
    part told against its whole: `خمسة أبراج من أصل أحد عشر` … `الأبراج الستة التي أُنجز ترميمها`)."""
    return b.head.definite and b.q.value < a.q.value and any(
        x is not a.q and x.unit == a.q.unit and x.value + b.q.value == a.q.value and sents.index(x.start) == a.sentence
        and x.start < a.q.start for x in quantities)


def _replaces(a: Mention, b: Mention) -> bool:
    """The later figure can be a new value of the earlier one: told of the same noun, or of no noun
    of its own ("reached 9,000, before rising to 12,000"); not a measure keyed by another property
    ("…, up to 60 megawatt hours") nor a count of other things ("enough for 40,000 homes")."""
    return bool(a.head.keys & b.head.keys) or b.head.measured and " " not in b.head.main


def _other_tally(ms: list[Mention], a: Mention, b: Mention) -> bool:
    """Both sentences give figures of two nouns or more, the same nouns, and none of one agrees
    with its like in the other: a second tally of another thing, not the first told again with
    a slip (which leaves the other figures as they were)."""
    xa = [m for m in ms if m.sentence == a.sentence]
    xb = [m for m in ms if m.sentence == b.sentence]
    if len({m.head.main for m in xa} & {m.head.main for m in xb}) < 2:
        return False
    return not any(compatible(x.q, y.q) for x in xa for y in xb if x.head.main == y.head.main)


def _alone(groups, ms, a: Mention, b: Mention, head: int | None = None, told_back: bool = False) -> bool:
    """Whether ``a`` and ``b`` are the only two figures of their noun (of their size, when one is the
    other with its digits swapped, "850,000 children" … "580,000 children", with "seven children died"
    between them, or the later one tells the group back, "34 workers" … "the 43 workers", with "1,200
    employees" between; the dead or hurt of a noun two untagged figures count left out)."""
    swapped, told = transposed(a.q.value, b.q.value) or told_back, a.q.thing is None and b.q.thing is None   # (size: within 10×)
    return all(sum(1 for n in groups[(k, b.q.unit)] if not (told and ms[n].q.thing) and (not swapped or ms[n].q in (a.q, b.q) or not ms[n].q.subset and (
        _close(ms[n].q, a.q, _OTHER_SIZE) or _close(ms[n].q, b.q, _OTHER_SIZE))) and not (
        ms[n].sentence == head and (any(ms[o].q.value == ms[n].q.value and ms[o].sentence != head for o in groups[(k, b.q.unit)])
                                    or bound(ms[n].q) and compatible(ms[n].q, a.q) and compatible(ms[n].q, b.q)))) == 2
        for k in a.head.keys & b.head.keys)   # (a headline's figure the body tells again is that figure; a bound both meet)


class _SentenceWords:
    """Content-word keys of sentences, computed when a pair needs them, and how many sentences
    hold each key."""

    def __init__(self, ctx, sents: Sentences):
        self.ctx, self.sents = ctx, sents
        d = head_data(ctx.lexicon)
        self.stop = stopwords(ctx.lexicon) | d.units | d.modifiers
        self._keys: dict[int, set[str]] = {}
        self._freq: collections.Counter | None = None

    def keys_of(self, text: str) -> list[str]:
        lex = self.ctx.lexicon
        out = []
        for t in re.findall(r"[^\W\d_]{3,}", text):
            if t in self.stop:
                continue
            k = noun_key(lex, t)
            if len(k) < 3 and len(w := bare(t, prefixes(lex))) <= _SHORT and k not in self.stop:
                k = w   # a short word its stem would reduce to two letters (`سوسة`, a place): kept as written
            if len(k) >= 3 and k not in self.stop:
                out.append(k)
        return out

    def sentence(self, i: int) -> set[str]:
        return self._keys[i] if i in self._keys else self._keys.setdefault(i, set(self.keys_of(self.sents.norm(i))))

    def freq(self) -> collections.Counter:
        if self._freq is None:
            self._freq = collections.Counter()
            for i in range(len(self.sents.items)):
                self._freq.update(self.sentence(i))
        return self._freq


def _window(ctx, q: Quantity, sent) -> str:
    view = ctx.doc.normalized
    s = view.from_original(max(sent.start, q.start - _WINDOW))
    e = view.from_original(min(sent.end, q.end + _WINDOW))
    return view.text[s:view.from_original(q.start)] + " " + view.text[view.from_original(q.end):e]


def _same_fact(ctx, a: Mention, b: Mention, words: _SentenceWords, alone: bool, single: bool = False) -> bool:
    """The later figure refers back to the earlier one (a definite noun phrase sharing a
    distinctive word with it, or the only other figure of its noun, told close to it), or
    restates its clause (the words around both figures align)."""
    heads = a.head.keys | b.head.keys
    if a.head.main != b.head.main and b.head.main in a.head.keys and not (b.head.definite or a.head.measured
                                                                          or a.head.counted or b.head.counted) \
            and head_data(ctx.lexicon).head_last and plural_word(head_data(ctx.lexicon), b.head.word):
        return False   # one's noun, counted in the plural, only a modifier before the other's ("19 match points" …
        #                "won nine matches"): two things
    shared = _shared(words, a, b)
    if a.head.main != b.head.main and not shared and not (a.head.measured or b.head.measured or a.head.counted
                                                          or b.head.counted):
        alone = False   # one's noun only a word of the other's compound ("two port workers" … "three ports"), in
        #                 sentences with no distinctive word in common: being the only two of it is no sign of one thing
    if a.q.unit == b.q.unit == "%" and not shared and not (b.head.definite and alone and a.head.measured and _close(
            a.q, b.q, _ALONE_RATIO)) and _window_score(ctx, a, b, words, heads) < _ALIGNED:   # (not "a duty of 32%" … "the 23% duty")
        return False   # two shares of one whole, of two parts of it ("women are two-thirds of the
        #                learners" … "more than 80% of the learners passed"): their sentences must
        #                share the words of what the part is
    if shared and qualified_apart(ctx, words, a, b, shared):   # "the pottery course" … "the weaving course"
        return False
    part = a.head.definite and _narrowed(ctx, a.q)   # "the 1,412 members who cast ballots": a part
    if b.head.definite and not part and (shared and _close(a.q, b.q, _SHARED_RATIO) or alone and _close(a.q, b.q, _ALONE_RATIO)
                                         or transposed(a.q.value, b.q.value)
                                         or (b.head.keys - {b.head.main}) & _right_after(ctx, words, a.q)):
        return True   # "the 17 residents rescued", `العقد البالغة قيمته`: the thing already told, or
        #               told with the word the earlier one has ("14 miners trapped" … "the 17 trapped miners"),
        #               or with its digits swapped ("checked 214 boats" … "Of the 241 vessels inspected")
    if alone and not part and transposed(a.q.value, b.q.value) and a.head.main == b.head.main:
        return True   # the only two figures of one noun of their size, one the other with its digits
        #               swapped ("about 850,000 children" … "to reach 580,000 children")
    if a.head.definite and alone and _close(a.q, b.q, _ALONE_RATIO) and not _narrowed(ctx, a.q):
        return True   # "The $850 reward …" told first, "a reward of $580" after: one reward (not
        #               "Of the 1,412 members who cast ballots" … "its 1,990 members": a part)
    score = _window_score(ctx, a, b, words, heads)
    if alone and shared and _close(a.q, b.q, _COMMON_RATIO) and score >= _ALONE_ALIGNED:
        return True   # the only two figures of one noun, in sentences about one thing
    if shared and transposed(a.q.value, b.q.value):
        return True   # "147,000 cruise passengers this season" … "the season would close with about
        #               174,000 passengers": one figure with its digits swapped, in sentences about one thing
    if alone and not part and _close(a.q, b.q, _ALONE_RATIO) and quoted(ctx.doc.text, a.q.start) != quoted(ctx.doc.text, b.q.start):
        return True   # a quotation and its paraphrase ("carrying 38 passengers" … "“There were 43 passengers on that bus”")
    if alone and single and len(shared) >= _ALONE_SHARED and not part:
        return True   # … or further apart in size, each alone in its sentence and the two sharing
        #               distinctive words ("386 workers had been laid off at the Bergen plant" /
        #               "The Bergen plant, where 618 workers lost their jobs"; not a part a relative
        #               clause picks out: `السنوات الـ25 التي تلت توليه` … `السنوات الـ14 التي تلت افتتاحها`)
    return len(shared) >= 2 and score >= _ALIGNED


def _window_score(ctx, a: Mention, b: Mention, words: "_SentenceWords", heads) -> float:
    """How alike the content words around the two figures are (rapidfuzz token set ratio), heads apart."""
    wa, wb = (" ".join(sorted(set(words.keys_of(_window(ctx, m.q, words.sents.items[m.sentence]))) - heads)) for m in (a, b))
    return fuzz.token_set_ratio(wa, wb) if wa and wb else 0


def _shared(words: "_SentenceWords", a: Mention, b: Mention) -> set[str]:
    """The distinctive words (in few sentences) both figures' sentences hold, heads apart."""
    freq = words.freq()
    common = (words.sentence(a.sentence) & words.sentence(b.sentence)) - (a.head.keys | b.head.keys)
    return {w for w in common if freq[w] <= _RARE}


def _likeness(ctx, words: "_SentenceWords", a: Mention, b: Mention) -> tuple:
    """How alike an earlier telling is to the later one, to choose among several: one told as
    it is before one told as a change or a first count ("rose to 45, from a preliminary 30"), then
    the words around the two figures in common, then the distinctive words of their sentences,
    then the nearest sentence, and in it the figure told first ("seven of the 13 towers")."""
    sents = words.sents.items
    near = set(words.keys_of(_window(ctx, a.q, sents[a.sentence]))) & set(words.keys_of(_window(ctx, b.q, sents[b.sentence])))
    return not a.new_value, len(near - a.head.keys - b.head.keys), len(_shared(words, a, b)), a.sentence, -a.q.start


def _right_after(ctx, words: "_SentenceWords", q: Quantity) -> set[str]:
    """The keys of the few words right after a figure: its noun and what it is ("14 miners
    trapped")."""
    view = ctx.doc.normalized
    end = view.from_original(q.end)
    return set(words.keys_of(" ".join(view.text[end:end + _AFTER_REACH].split()[:_AFTER_WORDS])))


def _narrowed(ctx, q: Quantity) -> bool:
    """A relative word right after the figure's noun, before any punctuation: the figure counts
    the part the clause picks out ("the 1,412 union members who cast ballots")."""
    rel = _relatives(ctx.lexicon)
    view = ctx.doc.normalized
    end = view.from_original(q.end)
    for k, w in enumerate(re.findall(r"[^\W\d_]+|[^\w\s]", view.text[end:end + _AFTER_REACH])[:_AFTER_WORDS + 1]):
        if w in rel:   # (right after the figure when its noun is before it: `السنوات الـ25 التي تلت توليه`)
            return True
        if k and not w[0].isalpha():
            return False
    return False


@lru_cache(maxsize=32)
def _relatives(lex) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in figures_data(lex).get("restated", {}).get("relatives", []))
