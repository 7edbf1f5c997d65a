"""From the words found to name mentions: spans as written, one cluster per entity, speakers."""

from __future__ import annotations

import bisect
import collections
from typing import NamedTuple

from checker.extractors.publication import dateline_country
from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.data import name_key
from checker.language.matching import phrase_key
from checker.language.regexes import compiled
from checker.extractors.name_mentions.model import NameMention, new_mention


_WORD = compiled(r"[^\W\d_]+")


class _Found(NamedTuple):
    """A name found, as written, before it is given its cluster."""

    start: int
    end: int
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    full: bool
    person: bool
    title: str | None
    title_start: int | None
    title_end: int | None
    cue: str
    speaker: bool


def mentions(b: Builder) -> list[NameMention]:
    nm, toks, text = b.names, b.toks, b.doc.text
    norm, starts, ends, span, to_original = toks.norm, toks.ns, toks.ne, toks.span, b.view.to_original
    possessive, base_of = nm.possessive, b.base
    dl = dateline_country(text, b.doc.body_start)
    country = (dl.start(1), dl.end(1)) if dl else (-1, -1)
    # words that are no content word of a name: with a given name, they make no full name
    other = nm.particles | nm.connectors | nm.compound_last | nm.initials
    compound_first, connectors = nm.compound_first, nm.connectors
    raw = []
    for idx, title, cue in sorted(b.found, key=lambda f: f[0][0]):   # in text order
        words = []
        spans = []
        for i in idx:
            w = norm[i]
            s, e = span(i)
            if possessive and w.endswith(possessive):
                for p in possessive:
                    if w.endswith(p) and len(w) > len(p) + 1:
                        w = w[:-len(p)]
                        _, e = to_original(starts[i], ends[i] - len(p))
                        break
            base = base_of.get(i)
            if base is not None and base != w:
                s, _ = to_original(ends[i] - len(base), ends[i])
                w = base
            words.append(w)
            spans.append((s, e))
        start, end = spans[0][0], spans[-1][1]
        # "عبد السلام" is one name: a word after a compound's first is no word of its own
        full = len(words) >= 2 and sum(1 for i, w in enumerate(words) if w not in other
                                       and not (i and words[i - 1] in compound_first)) >= 2
        person = cue not in ("place", "unknown") and connectors.isdisjoint(words) \
            and not country[0] <= start < country[1]   # ("RISSANI, Morocco (Wire) —": a place)
        speaker = _speaker(b, idx)
        ts = te = None
        tname = None
        if title is not None:
            ts, te = to_original(title[0], title[1])
            tname = title[2]
            cue = "title"
        raw.append(_Found(start, end, tuple(words), tuple(spans), full, person, tname, ts, te, cue, speaker))
    return _clustered(nm, text, raw)


def _clustered(nm, text: str, raw: list[_Found]) -> list[NameMention]:
    """The mentions of ``raw`` with their clusters: one entity per full name (given name and family
    name); a family name alone joins the full name it ends, the nearest one before it (passing over
    a relative: "her brother, Karim Haddad", whom wire copy names in full again), else the first
    after it."""
    clusters: dict[tuple, int] = {}
    out = []
    by_last: dict[str, list[tuple[int, tuple, bool]]] = collections.defaultdict(list)
    by_key: dict[str, list[tuple[int, tuple, bool]]] = collections.defaultdict(list)
    keys = [name_key(r.words[-1], nm) for r in raw]
    alone_first: dict[str, int] = {}   # a word written alone as a name -> where first
    by_first = collections.defaultdict(set)   # a full name's first word -> the full names it opens
    for r, key in zip(raw, keys):
        if r.full and r.person:
            kin = _kin_before(nm, text, r.start)
            by_last[r.words[-1]].append((r.start, r.words, kin))
            by_key[key].append((r.start, r.words, kin))
            by_first[r.words[0]].add(key)
        if len(r.words) == 1:
            alone_first.setdefault(r.words[0], r.start)
    for r, key in zip(raw, keys):
        last = r.words[-1]
        if r.full:
            ident = ("full", r.words[0], key) if r.person else ("name", r.words)
        else:
            candidates = by_last.get(last) or by_key.get(key) or []   # in text order
            i = bisect.bisect_left(candidates, (r.start,))
            before = candidates[:i]
            pick = next((c for c in reversed(before) if not c[2] and c[1][0] != before[-1][1][0]), None) \
                if before and before[-1][2] else None
            pick = pick or (before[-1] if before else (candidates[0] if candidates else None))
            if pick is None and (r.title or r.person and (nm.capitals or r.cue == "given")) and len(r.words) == 1 \
                    and len(by_first.get(last, ())) == 1:   # (or a given name alone after a verb of saying: `وأضافت منى`)
                # `الحاج محجوب` after `محجوب عبد الرازق`: one person told again by a title and the given name;
                # "Yael's mother" after "Yael Mora": by the given name alone, where capitals show a person
                # (not a word written alone before the full name: "Salto" … "Salto Grande" … "Salto")
                pick = min((c for cs in by_key.values() for c in cs if c[1][0] == last and c[0] < r.start
                            and (r.title or alone_first.get(last, r.start) >= c[0])), default=None)
            ident = ("full", pick[1][0], name_key(pick[1][-1], nm)) if pick else ("alone", key)
        cid = clusters.setdefault(ident, len(clusters))
        out.append(new_mention({
            "start": r.start, "end": r.end, "text": text[r.start:r.end], "tokens": r.words, "spans": r.spans,
            "surname": last, "key": key, "full": r.full, "person": r.person, "title": r.title,
            "title_start": r.title_start, "title_end": r.title_end, "cue": r.cue, "speaker": r.speaker,
            "cluster": cid}))
    return out


_KIN_REACH = 40   # characters before a full name searched for a word of kinship


def _kin_before(nm, text: str, start: int) -> bool:
    """Whether a word of kinship stands a few words before a name in its sentence ("his younger
    brother Luka", "her brother, the oud player Karim", `شقيقه كريم`)."""
    if not nm.kin:
        return False
    before = text[max(0, start - _KIN_REACH):start]
    before = before[max(before.rfind("."), before.rfind("\n")) + 1:]
    return any(phrase_key(w) in nm.kin for w in _WORD.findall(before)[-4:])


def _speaker(b: Builder, idx: list[int]) -> bool:
    nm, toks = b.names, b.toks
    i, j = idx[0] - 1, idx[-1] + 1
    if nm.capitals:
        # "Kowalski said"; "..., said Kowalski." (not "analysts said Deutsche Bank had")
        if j < len(toks) and b.joined(j) and toks.norm[j] in nm.verbs:
            return True
        return i >= 0 and b.joined(idx[0]) and toks.norm[i] in nm.verbs and \
            (j >= len(toks) or not b.joined(j))
    return i >= 0 and b.joined(idx[0]) and b.strip_proclitic(toks.norm[i], nm.verbs) is not None

