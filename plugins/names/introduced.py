"""NAME001's guard for two people: two spellings of a name, each first told as a full name that
introduces its own person ("Teiti Kautu, a fisherman" … "Hatchery manager Teiti Kaitu"; `سعيد بنحمو،
رئيس قسم الشؤون الاقتصادية` … `سعيد بنحمود، بائع الخضر`), are two people, not one name spelt two ways —
unless the two introductions tell the same thing of them (one person introduced twice)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_DESCRIBED = 6   # words after a name that its introduction is read from


def both_introduced(ctx, told) -> bool:
    """The spelling written less (once) and the other, each first told as a full name with an age or
    a description set off right after it (``[variants] introduced_after``), or a title right before
    it (``introduced_before``), one at least after; and no content word shared by the two
    descriptions ("Kazunori Sasamori, the mayor" … "Kazunori Sasamoto, the town's mayor": one)."""
    after, before = _introductions(ctx.lexicon)
    if after is None or len(told) != 2 or len(told[0]) != 1 or not told[1] \
            or any(len(ms[0].tokens) < 2 for ms in told):
        return False
    view = ctx.doc.normalized
    ways, said = [], []
    for ms in told:
        m = ms[0]
        s, e = view.from_original(m.start), view.from_original(m.end)
        ways.append("after" if after.match(view.text, e) else
                    "before" if before is not None and before.search(view.text[max(0, s - 60):s]) else None)
        said.append(_described(ctx.lexicon, view.text[e:e + 80]) if ways[-1] == "after" else set())
    return None not in ways and "after" in ways and not said[0] & said[1]


def _described(lex, text: str) -> set[str]:
    """The content words of the few words of a description after a name, to its clause's end."""
    words = re.findall(r"[^\W\d_]{3,}", re.split(r"[.;:؛]", text, maxsplit=1)[0])[:_DESCRIBED]
    return set(words) - _stop(lex)


@lru_cache(maxsize=32)
def _stop(lex) -> frozenset[str]:
    return frozenset(normalize_text(w).lower() for w in lex.section("stopwords", {}).get("words", []))


@lru_cache(maxsize=32)
def _introductions(lex):
    v = lex.section("variants", {})
    after, before = v.get("introduced_after", []), v.get("introduced_before", [])
    return (compiled("|".join(f"(?:{p})" for p in after)) if after else None,
            compiled("|".join(f"(?:{p})" for p in before)) if before else None)
