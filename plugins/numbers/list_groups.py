"""Items of a list that are groups: a pair told under one plural noun before the rest of the list
("Canadians Tom Harlan and Marc Leblanc, German instructor Ines Vogt and their guide Rafael Uc"),
an item that names two people ("the Ovalles sisters"), a role and a name paired ("the transport
minister, Rex Cruz, and …")."""

from __future__ import annotations

import re

from .common import plural_word
from .heads import head_data, noun_key_data
from .list_data import Lists as _Lists

_NEXT_WORD = re.compile(r"\s*[,،]\s*([^\W\d_]+)")


def grouped_rest(d: _Lists, orig, nt: str, items: list[tuple[int, int]], read_rest) -> list[tuple[int, int]] | None:
    """The whole list where a first pair joined by "and" is told under one plural noun and a comma
    goes on to more items: "The five divers, Canadians Tom Harlan and Marc Leblanc, German
    instructor Ines Vogt and their Mexican guide Rafael Uc, were …" lists four people. Only where
    names are capitalised and the rest reads as a list of its own, its end certain."""
    if not d.capitalised or d.heads is None or len(items) != 2:
        return None
    words = orig(*items[0]).split()
    if len(words) < 3 or not plural_word(d.heads, words[0].lower()) or not all(w[:1].isupper() for w in words[1:]):
        return None
    rest, sure = read_rest()
    if len(rest) < 2:
        return None
    if sure is not True:   # (the sentence's verb after the closing comma: ", were flown to …")
        m = _NEXT_WORD.match(nt, rest[-1][1])
        sure = m is not None and m.group(1) in d.passive
    return items + rest if sure is True else None


def paired(d: _Lists, orig, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items that alternate a role opening with the article and a capitalised name are one item a
    pair: "two ministers: the transport minister, Rex Cruz, and the tourism minister, Ana Lim"."""
    if not d.capitalised or len(items) < 4 or len(items) % 2:
        return items
    firsts = [re.sub(rf"^(?:{'|'.join(map(re.escape, d.conj))})\s+", "", orig(s, e).strip()).split(" ", 1)[0]
              for s, e in items]
    if all(w.lower() in d.item_articles if i % 2 == 0 else w[:1].isupper() for i, w in enumerate(firsts)):
        return [(items[i][0], items[i + 1][1]) for i in range(0, len(items), 2)]
    return items


def plural_item(lex, orig, s: int, e: int) -> bool:
    """An item of a name and a plural common noun in lower case ("the Ovalles sisters", "the Mensah
    twins"): two or more people."""
    words = orig(s, e).split()
    return 2 <= len(words) <= 3 and words[-1].islower() and words[-2][:1].isupper() \
        and plural_word(head_data(lex), words[-1])


def other_addition(d, nt: str, items: list[tuple[int, int]], raw: str) -> bool:
    """Whether an addition after the list ("…, in addition to the town hall", `، إضافة إلى مبنى البلدية`)
    names a thing of another kind than every item: the items all open with the noun the count counts
    (`خمس مدارس، هي مدرسة الحصن ومدرسة الرازي …`), the addition with another. The list then ends
    before it (not items that share a given name: `3 شبان: فيليب …، فيليب …، بالإضافة إلى كيتوف`)."""
    m = d.continues.match(raw) if d.continues is not None else None
    firsts = {nt[s:e].split(" ", 1)[0] for s, e in items}
    if m is None or len(items) < 2 or len(firsts) != 1 or d.heads is None:
        return False
    first = next(iter(firsts))
    counted = {noun_key_data(d.heads, w) for w in _WORDS.findall(nt, max(0, items[0][0] - _COUNTED), items[0][0])}
    after = [w for w in raw[m.end():].split() if w not in d.after_last]   # (past its preposition: "إضافة إلى", "فضلا عن")
    return noun_key_data(d.heads, first) in counted and bool(after) and after[0] != first


_COUNTED = 80   # characters before the list where the counted noun stands (with its modifiers: `خمس مدارس حكومية وخاصة في لواء قصبة إربد، هي`)
_WORDS = re.compile(r"[^\W\d_]+")
