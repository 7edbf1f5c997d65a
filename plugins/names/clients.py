"""A lawyer's client read beside the role form: a name right after it ("Brandt, who represents
Hale"), a name with a possessive ending right before it ("Carver's barrister"), and a name with a
possessive ending right after it, whose thing, not the person, is the form's object ("defending
Hale's right"); and a name joined by "and" to the one after a form that names its holders so ("refereed by
Ivo Brandt and Karel Sommer")."""

from __future__ import annotations

import bisect

from checker.language.regexes import compiled

from .lexicon import WORD

SPACES = compiled(r"[^\S\r\n]*")
_POSSESSOR = compiled(r"([^\W\d_]+)(?:'s|’s)[^\S\r\n]+$")   # a name that owns the word after it ("Ferrant's")


def client_before(r, ns: int) -> bool:
    """A capitalised name with a possessive ending right before a role form ("Ferrant's barrister"),
    or a noun after an article ("the lifter's lawyer"): its client, in a script with capitals."""
    w = _POSSESSOR.search(r.vt, max(0, ns - 40), ns) if r.data.capitals else None
    if w is None:
        return False
    before = r.vt[max(0, w.start(1) - 8):w.start(1)].split()
    return r.is_upper(w.start(1)) or bool(before) and before[-1].lower() in r.data.articles


def owned_after(r, ne: int) -> bool:
    """A capitalised name with a possessive ending right after a role form ("defending Hale's right"):
    the form's object is something of that name's, not a client."""
    w = WORD.match(r.vt, SPACES.match(r.vt, ne).end()) if r.data.capitals else None
    return w is not None and r.is_upper(w.start()) and w.group().endswith(("'s", "’s"))


def client_named(r, ne: int) -> bool:
    """A person's name starts right after a role form ending at normalised ``ne``: its client."""
    w = WORD.search(r.vt, ne, ne + 3)
    if w is None:
        return False
    start = r.orig(w.start(), w.end())[0]
    i = bisect.bisect_left(r.starts, start)
    return i < len(r.starts) and r.starts[i] == start


def and_mention(r, end: int):
    """The name mention right after the one ending at original ``end`` and an "and" word between."""
    i = bisect.bisect_right(r.starts, end)
    if i >= len(r.starts):
        return None
    m = r.mention_over(r.starts[i], r.starts[i] + 1)
    gap = r.doc.text[end:r.starts[i]].strip().lower()
    return m if m is not None and gap in r.data.and_words else None


def described(r, ns: int, ne: int, w) -> int | None:
    """After a form that names its holder after "by" ("chaired by Swiss lawyer Anton Seiler", "chaired by the
    barrister Helen Okonedo"), at the word ``w``: the end of a role form that describes the holder (past an
    article, and a capitalised word, a demonym, before it), where the holder's name follows; else None."""
    if not r.data.capitals or r.vt[ns:ne].split()[-1:] not in [[a] for a in r.data.agents]:
        return None
    at = w.start()
    if w.group().lower() in r.data.articles and (nxt := WORD.match(r.vt, SPACES.match(r.vt, w.end()).end())) is not None:
        w, at = nxt, nxt.start()   # ("chaired by the barrister Helen Okonedo")
    if r.is_upper(at) and (nxt := WORD.match(r.vt, SPACES.match(r.vt, w.end()).end())) is not None:
        at = nxt.start()   # ("Swiss")
    f = r.data.forms.match(r.vt, at)
    return f.end("w") if f is not None and f.start("w") == at else None
