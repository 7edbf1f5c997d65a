"""Residue recognised by its structure rather than by exact lines.

A call to action is short, carries no sentence punctuation at its end, and is built from a few
kinds of words: an imperative that opens it ("Sign up", `اشترك`), words addressing the reader
or speaking as the publisher ("us", "our newsletter", `تابعونا`), what it offers (a newsletter,
an app, a link), social networks, list separators (``|``, ``•``, ``·``), a link label before a
colon ("Read more:") and an arrow at its end ("Watch the full interview »"). Each kind adds to
a score; a segment is residue when the score reaches ``THRESHOLD`` and an anchor holds it: an
opening imperative, a bar of networks, or a label on a line made of nothing but such words.

Candidates are one-line paragraphs, short lines of hard-wrapped copy that stand apart from the wrapping, the
last segment of a paragraph, and link segments ending with an arrow inside a paragraph (CNN's "…said.  Watch the
interview » . Next sentence"). Every candidate is short, so the cost stays linear in the article. The words are
language data (``data/<lang>/structure.toml``); this module holds only the structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.matching import NOT_LETTER_AFTER, alternation, phrase_key, prefixes
from checker.language.regexes import compiled

THRESHOLD = 3
ARROWS = "»›→▸▶"
SEPARATORS = compiled(r"\s[|•·/]\s|\s[|•·]|[|•·]\s")
_WORD = compiled(r"[^\W_]+(?:['’\-][^\W_]+)*")
BULLETS = " \t-•*·>|–—"
_END_PUNCT = set(".!?؟…,;،؛")
_QUOTES = set("\"“”‘’'«")
_OWNED_GAP = 3   # words between "our" and the offer it owns ("our Game, Set, Match newsletter")
CHARS_PER_WORD = 12  # a segment longer than max_words of this length is too long to be one


@dataclass(frozen=True)
class Structure:
    verb: re.Pattern | None
    verb_weak: re.Pattern | None
    label: re.Pattern | None        # a label and its colon (group ``link``: a link label)
    label_plain: re.Pattern | None  # a label alone (group ``link``: a link label)
    vocabulary: re.Pattern | None   # every word a call to action is made of
    addressee: re.Pattern | None
    possessives: re.Pattern | None  # "our", "your": address the reader when an offer follows
    objects: re.Pattern | None
    owned_objects: re.Pattern | None  # offers only with a pronoun attached (حسابنا, not حساب)
    networks: re.Pattern | None
    bar: re.Pattern | None
    max_words: int


@dataclass(frozen=True)
class Score:
    score: int
    anchored: bool
    opens: bool      # an imperative or a link label opens the segment
    arrow: bool      # it ends with an arrow


def _words_regex(lex, words, table, start: bool = False, owned: bool = False) -> re.Pattern | None:
    """Words of ``words`` with the language's proclitics and article before them and, where the
    language has them, an enclitic after (group ``enc``), including the construct form a final
    letter takes before an enclitic (Arabic نشرة, نشرتنا). ``owned``: the enclitic is required."""
    words = [phrase_key(w) for w in words if w.strip()]
    plain = alternation(words)
    if not plain:
        return None
    enclitics = alternation(table.get("addressee_enclitics", []))
    construct = table.get("construct", {})
    alts = f"(?P<w>{plain})"
    if owned and not enclitics:
        return None
    if enclitics:
        built = [w[:-len(a)] + b for w in words for a, b in construct.items() if w.endswith(a)]
        cons = alternation(built)
        alts = f"(?:(?P<w>{plain})(?P<enc>{enclitics}){'' if owned else '?'}" + \
            (f"|(?P<wc>{cons})(?P<enc2>{enclitics})" if cons else "") + ")"
    lead = "" if start else r"(?<![^\W\d_])"  # imperatives are matched where a word starts
    return compiled(lead + prefixes(lex, article=True) + alts + NOT_LETTER_AFTER)


_KINDS = ("verbs", "verbs_weak", "labels", "section_labels", "addressee", "possessives", "objects", "owned_objects",
          "networks", "bar_words", "fillers")


@lru_cache(maxsize=32)
def compile_structure(lex) -> Structure:
    t = lex.section("residue_structure", {})
    links, sections = alternation(t.get("labels", [])), alternation(t.get("section_labels", []))
    labels = "|".join(x for x in (f"(?P<link>{links})" if links else "", sections) if x)
    words = [w for kind in _KINDS for w in t.get(kind, [])]
    return Structure(
        verb=_words_regex(lex, t.get("verbs", []), t, start=True),
        verb_weak=_words_regex(lex, t.get("verbs_weak", []), t, start=True),
        label=compiled(rf"(?:{labels})\s*[:：\-–—]") if labels else None,
        label_plain=compiled(rf"(?:{labels}){NOT_LETTER_AFTER}") if labels else None,
        vocabulary=_words_regex(lex, words, t),
        addressee=_words_regex(lex, t.get("addressee", []), {}),
        possessives=_words_regex(lex, t.get("possessives", []), {}),
        objects=_words_regex(lex, t.get("objects", []), t),
        owned_objects=_words_regex(lex, t.get("owned_objects", []), t, owned=True),
        networks=_words_regex(lex, t.get("networks", []), {}),
        bar=_words_regex(lex, t.get("bar_words", []), {}),
        max_words=int(t.get("max_words", 16)),
    )


def _has_enclitic(m: re.Match) -> bool:
    return bool(m.groupdict().get("enc") or m.groupdict().get("enc2"))


def _imperative(norm: str, pos: int, st: Structure) -> tuple[int, bool, int]:
    """(weight, addressed, end) of the imperative that starts at ``pos``, if any."""
    for rx, weight in ((st.verb, 2), (st.verb_weak, 1)):
        m = rx.match(norm, pos) if rx else None
        if m:  # "Tell us", "Email us", `تابعونا` address the reader themselves
            addressed = _has_enclitic(m) or bool(st.addressee and st.addressee.search(m.group(0)))
            return weight, addressed, m.end()
    return 0, False, pos


_LEAD_END = compiled(r"[:：?؟]|\s[-–—]\s")
_LEAD_REACH = 10   # words of a lead-in a weak imperative opens, before a stronger one after its dash


def _opening(norm: str, st: Structure) -> tuple[int, bool, int]:
    """(weight, addressed, end) of what opens ``norm``: an imperative at the start, or after a lead-in ending with a
    colon, a question mark or a dash, a label, or a weaker imperative ("Never miss a story: sign up…", "Get the latest
    results in your inbox — sign up …", `للمزيد من الأخبار تابعونا…`). A link label and its colon followed by a headline
    ("Read more: <headline>", `للمزيد: …`) weighs 3, as does an imperative written as a label ("Watch: …"); any other
    label and its colon ("Timeline: …") weighs 2."""
    weight, addressed, end = _imperative(norm, 0, st)
    if weight < 2:   # none, or one also read otherwise ("Get"): a stronger one after its lead-in
        lead = st.label_plain.match(norm) if st.label_plain and not weight else None
        sep = _LEAD_END.search(norm)
        for m in list(_WORD.finditer(norm))[1:_LEAD_REACH if weight else 5]:
            after_sep = sep is not None and not norm[sep.end():m.start()].strip()
            if lead or after_sep:
                w, a, e = _imperative(norm, m.start(), st)
                if w > weight:
                    weight, addressed, end = w, a, e
                    break
    m = st.label.match(norm) if st.label else None
    if m:
        return (3 if weight or m.groupdict().get("link") else 2), addressed, max(end, m.end())
    return weight, addressed, end


def _object_follows(rest: str, objects: list[re.Match], gap: int) -> bool:
    """The offer follows the imperative within ``gap`` words ("Watch the video", `شاهد الفيديو`,
    "Listen to the full interview")."""
    return bool(objects) and len(_WORD.findall(rest[:objects[0].start()])) <= gap


def _owned(rest: str, objects: list[re.Match], st: Structure) -> bool:
    """A possessive addressing the reader, an offer within three words after it ("our Game, Set, Match newsletter")."""
    if st.possessives is None:
        return False
    return any(0 <= len(_WORD.findall(rest[p.end():o.start()])) <= _OWNED_GAP and p.end() <= o.start()
               for p in st.possessives.finditer(rest) for o in objects)


def _names_site(original: str, opening: int) -> bool:
    """The call names what it offers by its capitalised name, right after its ``opening`` words or
    a word after them ("Subscribe to Energy Wire for a weekly digest."): a publication, not a story."""
    w = _WORD.findall(original)[opening:opening + 2]
    return bool(w) and (w[0][0].isupper() or len(w) > 1 and w[0].islower() and w[1][0].isupper())


def _only_vocabulary(core: str, st: Structure) -> bool:
    """Every word of ``core`` is a word calls to action are made of ("Related coverage")."""
    return st.vocabulary is not None and not _WORD.search(st.vocabulary.sub(" ", core))


def score(norm: str, original: str, st: Structure, closed: bool = False) -> Score | None:
    """Score one candidate segment (its normalised and original text, stripped). None when a
    gate fails: too long, ends like a sentence, opens with a quotation mark or lowercase. With
    ``closed`` (a paragraph of its own) a full stop may end it when the rest is plainly a call to
    the reader: an imperative first, an offer, and the reader or the site named ("Sign up for our
    newsletter and get the results in your inbox.")."""
    if len(original) > st.max_words * CHARS_PER_WORD:
        return None
    body = norm.lstrip(BULLETS).rstrip()
    orig = original.lstrip(BULLETS).rstrip()
    closed = closed and body[-1:] == "." and body[-2:-1] not in ".…"
    body = body[:-1].rstrip() if closed else body
    if not body or not orig:
        return None
    arrow = body[-1] in ARROWS or body.endswith(">>")
    core = body.rstrip(ARROWS + "> ").rstrip() if arrow else body
    if orig[0] in _QUOTES or (core and core[-1] in _END_PUNCT and not (arrow and core[-1] == ".")):
        return None  # the cheap gates first: most segments end like a sentence
    words = _WORD.findall(core)
    if not words or len(words) > st.max_words:
        return None
    first = next((c for c in orig if c.isalpha()), "")
    if first.islower():
        return None
    weight, addressed, open_end = _opening(core, st)
    total = weight + (2 if arrow else 0)
    rest = core[open_end:]
    objects = sorted((m for rx in (st.objects, st.owned_objects) if rx for m in rx.finditer(rest)),
                     key=lambda m: m.start())
    owned = _owned(rest, objects, st)
    reader = addressed or bool(st.addressee and st.addressee.search(rest)) or owned
    networks = len(st.networks.findall(rest)) if st.networks else 0
    named = closed and weight == 2 and not reader and bool(objects) and _names_site(orig, len(_WORD.findall(core[:open_end])))
    if closed and not (weight == 2 and (addressed or owned or any(_has_enclitic(m) for m in objects)
                                        or reader and networks or named)
                       or weight and (reader and networks >= 2 or addressed and networks)):
        return None   # a sentence: only a call for the site's own offer ("our newsletter", `نشرتنا`, a site named,
        #               "Follow us on Facebook, X and Instagram for the latest.", "Follow us on Viber for
        #               breaking news.")
    total += reader + named - closed   # (a sentence's full stop: one point more is needed)
    if objects:
        # an imperative also read as a past tense (شارك, تابع) gets no credit for its object:
        # "تابع الخبر مراسلنا" is told, not asked
        total += 1 + (1 if weight > 1 and _object_follows(rest, objects, 3) else 0)
        if any(_has_enclitic(m) for m in objects) and not addressed:
            total += 1
    bar = _is_bar(core, words, networks, st)
    total += min(networks, 1) + (1 if bar else 0)
    if SEPARATORS.search(core) and _short_items(core):
        total += 1
    pure = _only_vocabulary(core, st)
    counter = _counter(core, objects or networks, st)
    if counter:
        total += 2  # a widget's label and its count: "Comments (12)", `التعليقات (12)`
    label = st.label_plain.match(core) if st.label_plain else None
    labelled = label is not None
    if label is not None and label.groupdict().get("link") and not weight:
        total += 1  # the label is itself the call: "Related coverage", `أخبار ذات صلة`
    if pure and (weight or labelled):
        total += 2
    anchored = weight > 0 or bar or (pure and labelled) or counter
    return Score(total, anchored, weight > 0 or labelled, arrow)


_COUNT = compiled(r"[^\S\n]*(?:[(\[][^\S\n]*\d[\d,.]*[^\S\n]*[)\]]|\d[\d,.]*)$")


def _counter(core: str, offers, st: Structure) -> bool:
    """A count after words that are all call-to-action vocabulary, one of them an offer or a
    network: the label of a page widget with its counter ("Comments (12)", "Shares 40")."""
    m = _COUNT.search(core)
    return bool(m and offers and m.start() > 0 and _only_vocabulary(core[:m.start()], st))


def is_residue(s: Score | None) -> bool:
    return s is not None and s.anchored and s.score >= THRESHOLD


def _is_bar(core: str, words: list[str], networks: int, st: Structure) -> bool:
    """Two networks or more, and the segment is made of little else (a share bar)."""
    if networks < 2:
        return False
    rest = st.networks.sub(" ", core)
    if st.bar:
        rest = st.bar.sub(" ", rest)
    if st.verb:
        rest = st.verb.sub(" ", rest)
    left = [w for w in _WORD.findall(rest) if not w.isdigit()]
    return len(left) <= max(1, len(words) // 4)


def _short_items(core: str) -> bool:
    items = [i for i in re.split(r"[|•·/]", core) if i.strip()]
    return len(items) >= 2 and all(len(_WORD.findall(i)) <= 4 for i in items[1:])
