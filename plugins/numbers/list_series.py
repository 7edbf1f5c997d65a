"""Helpers of NUM002's lists: dates read as one word between a count and its list, a series of
items each joined by a comma and an attached "and" (`أ، وب، وج`), whatever their length, and
items holding commas parted by semicolons."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import figures_data
from .list_data import Lists

_SERIES_WORDS = 12   # words of one item of such a series, at most
_NUMBER = compiled(r"(?<![^\W_])\d")
_COMMA = compiled(r"[,،]")
_QUOTE_OPEN = compiled(r"[«\"“]")
_FIGURE_END = compiled(r"[\w.,]+")   # a figure or a number word, to its end
_OF_REACH = 40   # characters between a part and the whole after it


def masked(nt: str, start: int, end: int, dates: tuple[tuple[int, int], ...]) -> str:
    """The text of ``[start, end)`` with each date inside it written as one word of its length."""
    text = nt[start:end]
    for s, e in dates:
        if start <= s and e <= end:
            text = text[:s - start] + "_" * (e - s) + text[e - start:]
    return text


def within(dates: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``dates`` (sorted) that open inside ``[start, end]``."""
    return dates[bisect_left(dates, (start, start)):bisect_right(dates, (end, end))]


@lru_cache(maxsize=32)
def _attached_and(conj: tuple[str, ...]) -> re.Pattern | None:
    words = "|".join(re.escape(c) for c in conj if c)
    return compiled(rf"[,،]\s*(?:{words})(?=[«\"“]?[^\W\d_])") if words else None


def series_items(d: Lists, lex, nt: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The items of a list from ``start`` to the sentence's end at ``end`` whose every comma is
    followed by an attached "and" (`توظيف أبناء المنطقة في الشركات العاملة بالحقل، وصرف رواتب
    متأخرة، وتأهيل المستشفى، وصيانة الطريق`; after a colon too: `ثلاث مخالفات: صرف …، وتسديد …، وتوزيع …`):
    items of any length up to twelve words, none a clause after the list (`…، وهو أعلى تمثيل`), an "and" inside
    one joining its own words. Two such joins at least, no figure in an item, and items alike in
    the article (all with it or all without: not a predicate and the clauses after it, `هي الأكبر
    في المدينة، وتضم …، وتقع …`); else None."""
    rx = _attached_and(d.conj)
    if d.continues is not None:   # "…، و«رسائل» من الجزائر، إلى جانب 11 عرضاً سورياً": an addition ends the series
        end = next((c.start() for c in _COMMA.finditer(nt, start, end)
                    if d.continues.match(nt, c.end() + len(nt[c.end():end]) - len(nt[c.end():end].lstrip()))), end)
    while end > start and nt[end - 1] in " .؟!\n":
        end -= 1
    if rx is None or end <= start:
        return None
    seps = list(rx.finditer(nt, start, end))
    if len(seps) < 2 or len(_COMMA.findall(nt, start, end)) != len(seps):
        return None
    items = list(zip([start] + [m.end() for m in seps], [m.start() for m in seps] + [end]))
    article = normalize_text(lex.section("script", {}).get("article", ""))
    firsts = set()
    for s, e in items:
        words = nt[s:e].split()
        if not 1 <= len(words) <= _SERIES_WORDS or _NUMBER.search(nt, s, e) or \
                d.continues is not None and d.continues.match(nt, s, e) or d.stops is not None and d.stops.match(nt[s:e]):
            return None   # (nor a clause after the list: `…، وهو أعلى تمثيل`)
        firsts.add(bool(article) and words[0].startswith(article) if not _QUOTE_OPEN.match(words[0]) else "title")
    return items if len(firsts) == 1 else None   # (titles in quotation marks, each: `«بيت بلا نوافذ» من لبنان، و«الجسر»`)


def semicolon_items(d: Lists, nt: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool] | None:
    """The items of a list whose items hold commas and are parted by semicolons, each opening with
    the same word and the last with "and" too: "four crew members: the master, Capt. A; the chief
    engineer, B; and the third mate, C" (not clauses: "three were hurt: one is in hospital; the
    others went home"; not a clause after the list: "…, C; the minister accepted")."""
    if not re.search(r"[;؛]", nt[start:end]):
        return None
    items, firsts, joined = [], [], False
    for part in re.finditer(r"[^;؛]+", nt[start:end]):
        s, e = start + part.start(), start + part.end()
        words = re.findall(r"[^\W\d_]+", nt[s:e])
        if not words:
            return None
        joined = words[0] in d.conj and len(words) > 1
        firsts.append(words[1] if joined else words[0])
        while e > s and nt[e - 1] in " .؟!\n":
            e -= 1
        items.append((s + len(nt[s:e]) - len(nt[s:e].lstrip()), e))
    if items and not joined:   # `؛ والمهندس`: the "and" written against the word
        last = firsts[-1]
        joined = any(last.startswith(c) and last[len(c):] == firsts[0] for c in d.conj)
        firsts[-1] = firsts[0] if joined else last
    return (items, True) if len(items) >= 2 and joined and len(set(firsts)) == 1 else None


def joined_inside(lex, nt: str, items: list[tuple[int, int]], noun: str = "") -> int:
    """How many items may be the second noun of the item before, joined to its own last noun by
    "and": a single word with the article after an item of a noun without it and a noun with it
    (`مركز القلب والقسطرة`, "the centre of the heart and of catheterisation", may be one item or two),
    in a list of such items at least as many as the single words, with no comma between them; none
    where the list opens with the counted noun itself (`ثلاث فرق …، هي فرق المفرق والزعتري`: each is one)."""
    article = normalize_text(lex.section("script", {}).get("article", ""))
    split = [nt[s:e].split() for s, e in items]
    if not article or noun and split and split[0] and split[0][0] == noun:
        return 0
    construct = [len(w) >= 2 and not w[0].startswith(article) and w[-1].startswith(article) for w in split]
    single = [len(w) == 1 and w[0].startswith(article) for w in split]
    if sum(construct) < 2 or sum(construct) < sum(single):
        return 0   # (a list of constructs, `مركز … ومركز … ووحدة …`, not of single nouns: `صناعة الآلات والغناء والرقص`)
    return sum(1 for k in range(1, len(split)) if single[k] and construct[k - 1]
               and not _COMMA.search(nt, items[k - 1][1], items[k][0]))   # (after a comma: an item of its own)


@lru_cache(maxsize=32)
def _of_rx(lex) -> re.Pattern | None:
    """ "of" and up to three words after a figure, up to the next figure ("two of their five")."""
    of = figures_data(lex).get("of", [])
    words = "|".join(sorted((re.escape(normalize_text(w)) for w in of), key=len, reverse=True))
    article = re.escape(normalize_text(lex.section("script", {}).get("article", "")))
    # (a few words between, and the article written against the whole: `اثنين من أسباب الطعن الخمسة`)
    return compiled(rf"\s+(?:{words})(?:\s+[^\W\d_]+){{0,3}}\s+(?:{article})?$") if words else None


def part_before(lex, nt: str, starts: list[int], start: int) -> bool:
    """The count is the whole of a part told right before it ("on two of their five grounds: A and
    B"): a list after it names the part."""
    rx = _of_rx(lex)
    i = bisect_left(starts, start)
    if rx is None or i == 0:
        return False
    prev = starts[i - 1]
    m = _FIGURE_END.match(nt, prev)
    return m is not None and start - m.end() <= _OF_REACH and rx.fullmatch(nt, m.end(), start) is not None


@lru_cache(maxsize=32)
def _identity_rx(lex) -> re.Pattern | None:
    words = sorted({normalize_text(w) for w in figures_data(lex).get("identity_openers", [])}, key=lambda w: (-len(w), w))
    return compiled(rf"(?:\s+[^\W\d_]+){{1,3}}\s+(?:{'|'.join(map(re.escape, words))})\s+[«\"“]?[^\W\d_]") if words else None


@lru_cache(maxsize=32)
def _members_rx(lex) -> re.Pattern | None:
    words = sorted({normalize_text(w).lower() for w in figures_data(lex).get("lists", {}).get("hyphen_counts", [])},
                   key=lambda w: (-len(w), w))
    return compiled(rf"-(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])") if words else None


def named_out(lex, nt: str, end: int) -> bool:
    """A count's noun and a word that says what they are right after it (`أربع نقاط إنزال رئيسية هي
    نواذيبو …`): things named one by one, whatever else the noun measures ("points"); or a count
    joined by a hyphen to a word of the members it counts ("the five-member jury — A, B, …",
    "a three-nation tour: A, B and C")."""
    rx, members = _identity_rx(lex), _members_rx(lex)
    return rx is not None and rx.match(nt, end) is not None or members is not None and members.match(nt, end) is not None
