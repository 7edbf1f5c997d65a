"""DATE008's events an ordinal makes once-only: "released his first novel" (the verb before the
ordinal's object), `أصدر روايته الأولى`, "its first opening" (an event that happens once anyway),
"since its first edition" (a founding), "since its maiden flight" (the first flight, by any verb)."""

from __future__ import annotations

import itertools
import re

from .event_data import _Data, _bare


def _ordinal_event(toks, k: int, data: _Data, der, side: str = ""):
    """For an ordinal at ``k``, the index of the event word and the object's form (``side``: where the
    object stands, the language's unless the ordinal is one written before its noun, `أول حفل`)."""
    if (side or data.object_side) == "after":
        if k + 1 >= len(toks):
            return None
        obj, j = toks[k + 1][2], k - 1
        while j >= 0 and toks[j][2] in data.stop and k - j <= 4:
            j -= 1
    else:
        if k < 2:
            return None
        obj, j = toks[k - 1][2], k - 2
        # VSO: `وأصدر الكاتب روايته الأولى` — a word with the article is not the verb
        while j >= 0 and k - j <= 4 and (toks[j][2] in data.stop or _bare(toks[j][2], data).startswith("ال")):
            j -= 1
    if j < 0 or _bare(toks[j][2], data) in data.founding_lead or not der.derive(_bare(toks[j][2], data)).keys:
        return None   # (`ومنذ رحلتها الأولى`: "since" is no verb)
    return j, _object_form(obj, data)


_MIN_PARTICIPLE_STEM = 4   # letters of a verb's stem before its ending, at least


def _participle(word: str, data: _Data) -> str | None:
    """Where the object follows the ordinal, a verb right after it ("was first surveyed") tells the
    event itself: its form without the verb's ending ("survey"), as a noun of it would be told."""
    if data.object_side != "after":
        return None
    end = next((e for e in data.verb_endings if word.endswith(e) and len(word) - len(e) >= _MIN_PARTICIPLE_STEM), None)
    return word[:-len(end)] if end else None


def _object_form(obj: str, data: _Data) -> str:
    return re.sub(r"(?:ها|ه|هم)$", "", _bare(obj, data)) if data.side == "after" else obj


def _first_time_verb(toks, i: int, data: _Data) -> int | None:
    """The index of the verb a "first time" phrase at the ordinal ``i`` follows ("was discovered for the
    first time", `رُصد للمرة الأولى`, `رُصد لأول مرة`), stop words between; None when it is no such phrase."""
    if not data.first_time:
        return None
    if i + 1 < len(toks) and _time(toks[i + 1][2], data) and (toks[i][2] in data.first_leads or data.object_side == "after"):
        j = i - 1   # "for the first time", `لأول مرة`
    elif i >= 1 and _time(toks[i - 1][2], data) and data.object_side == "before" and toks[i][2] in data.ordinal_forms:
        j = i - 2   # `للمرة الأولى`
    else:
        return None
    while j >= 0 and toks[j][2] in data.stop and i - j <= 4:
        j -= 1
    if j < 0 or toks[j][2] in data.stop:
        return None
    word = toks[j][2]   # a verb of noticing, or a participle ("was discovered"): not an object ("won the Open")
    told = word in data.first_verbs or _bare(word, data) in data.first_verbs
    return j if told or data.object_side == "after" and word.endswith(data.verb_endings) else None


def first_of(verbal: bool, subject: tuple[str, ...], obj: tuple[str, ...], before: list[str], after: list[str],
             data: _Data, run) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The subject and object of a first: no subject for an ordinal's object ("his first novel": the
    object is in its kind); for a verb, what it befell as its subject and no object: as read
    (``subject``), the object of an active verb of noticing ("the inspection that first noted the
    crack"), or where subjects follow their verb, by :func:`first_subject` (``run`` reads a noun
    from words)."""
    if not verbal:
        return (), obj
    if data.side == "after":
        return first_subject(before, after, data, run), ()
    if data.passive and not data.passive & set(before[-3:]) and (told := run(after[:3])):
        return tuple(told), ()
    return subject, ()


def first_subject(before: list[str], after: list[str], data: _Data, run) -> tuple[str, ...]:
    """The subject of a verb a "first time" phrase follows, where subjects follow their verb: the noun
    after it up to the phrase (`ورُصد الصدأ في الجسر لأول مرة`), else the noun that opens the clause
    before it (`إن الشق في العارضة رُصد لأول مرة`), else the noun right before it."""
    ahead = list(itertools.takewhile(lambda t: not (_time(t, data) or t in data.first_leads or t in data.ordinal_forms), after))
    if (got := run(ahead[:3])) or not before:
        return tuple(got)
    opened = max((k for k, t in enumerate(before) if t in data.clause_openers), default=None)   # `إن الشق في العارضة`
    return tuple(run(before[opened + 1:])[:1] if opened is not None else run(list(reversed(before)))[:1])


def _time(tok: str, data: _Data) -> bool:
    return tok in data.first_time or any(tok.startswith(p) and tok[len(p):] in data.first_time for p in ("ل", "لل"))


def ordinal_found(ds, i: int, data: _Data, der, found: dict, named: set, verbal: set) -> None:
    """The event an ordinal at token ``i`` of a dated sentence tells, added to ``found``: the
    event itself when its object or its verb is one that happens once anyway ("its first opening",
    `افتتح للمرة الأولى`), a founding for a thing's first edition after "since" (its index added to
    ``named``), else "first <object>" for the verb before ("released his first novel")."""
    toks = ds.toks
    if (verb := _first_time_verb(toks, i, data)) is not None:   # "was discovered for the first time", `رُصد لأول مرة`
        word = _bare(toks[verb][2], data)
        told = data.first_verbs.get(toks[verb][2]) or data.first_verbs.get(word)   # (`لوحظ` is no `ل` + `وحظ`)
        found[verb] = (f"first {told}", frozenset({"=" + told})) if told else (f"first {word}", der.derive(word).keys)
        verbal.add(verb)   # (told by a verb: its subject is what it befell, no object in its kind)
        return
    lead_first = data.object_side == "before" and toks[i][2] in data.first_leads and i + 2 < len(toks) \
        and toks[i + 1][2] not in data.stop and toks[i + 2][2] in data.owned
    if toks[i][2] not in data.ordinal_forms and not lead_first:
        return   # `لأول` before another noun: a first of a kind (:mod:`.firsts`)
    hit = _ordinal_event(toks, i, data, der, "after" if lead_first else "")   # (`أحيا أول حفل له`: as `حفله الأول`)
    at = i - 1 if data.object_side == "before" and not lead_first else i + 1
    nxt = max(at, i) + 1
    lead = {w for _, _, t in toks[max(0, min(at, i) - 2):min(at, i)] for w in (t, _bare(t, data))}
    if 0 <= at < len(toks) and ds.kinds[at] is not None and ds.kinds[at][0]:
        found[at] = ds.kinds[at]   # "its first opening", `افتتاحه الأول`: the event itself, once
    elif 0 <= at < len(toks) and _bare(toks[at][2], data) in data.founding_objects \
            and lead & data.founding_lead and not (nxt < len(toks) and toks[nxt][2] in data.object_of):
        found[at] = ("founding", der.derive(_bare(toks[at][2], data)).keys)   # its first edition
        named.add(at)   # … not "the first edition of a history": an edition of another thing
    elif 0 <= at < len(toks) and lead & data.founding_lead and (hit is None or hit[0] < min(at, i) - 2):
        found[at] = (f"first {_object_form(toks[at][2], data)}", frozenset({"*"}))   # "since its maiden flight"
    elif 0 <= at < len(toks) and (told := data.first_verbs.get(toks[at][2]) or data.first_verbs.get(_bare(toks[at][2], data))):
        found[at] = (f"first {told}", frozenset({"=" + told}))   # "first recorded", "first noted": one event
        verbal.add(at)
    elif 0 <= at < len(toks) and (verb := _participle(toks[at][2], data)):
        found[at] = (f"first {verb}", der.derive(toks[at][2]).keys)   # "was first surveyed": "its first survey"
        verbal.add(at)
    elif hit and ds.kinds[hit[0]] is not None and ds.kinds[hit[0]][0]:
        found[hit[0]] = ds.kinds[hit[0]]   # `افتتح للمرة الأولى`: an event that happens once anyway
    elif hit:
        found[hit[0]] = (f"first {hit[1]}", der.derive(_bare(toks[hit[0]][2], data)).keys)
