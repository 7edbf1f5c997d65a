"""From the words found to name mentions: spans as written, one cluster per entity, speakers."""

from __future__ import annotations

import bisect
import collections
from typing import NamedTuple

from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.data import name_key
from checker.extractors.name_mentions.model import NameMention, new_mention


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
    nm, toks, text, vt = b.names, b.toks, b.doc.text, b.view.text
    raw = []
    for idx, title, cue in sorted(b.found, key=lambda f: f[0][0]):   # in text order
        words = []
        spans = []
        for i in idx:
            w, ns, ne = toks.norm[i], toks.ns[i], toks.ne[i]
            s, e = toks.span(i)
            for p in nm.possessive if w.endswith(nm.possessive) else ():
                if w.endswith(p) and len(w) > len(p) + 1:
                    w = w[:-len(p)]
                    _, e = b.view.to_original(ns, ne - len(p))
                    break
            base = b.base.get(i)
            if base is not None and base != w:
                s, _ = b.view.to_original(ne - len(base), ne)
                w = base
            words.append(w)
            spans.append((s, e))
        start, end = spans[0][0], spans[-1][1]
        content = [w for i, w in enumerate(words) if w not in nm.particles and w not in nm.connectors
                   and w not in nm.compound_last and w not in nm.initials
                   and not (i and words[i - 1] in nm.compound_first)]   # "عبد السلام" is one name
        person = cue not in ("place", "unknown") and not any(w in nm.connectors for w in words)
        full = len(content) >= 2
        speaker = _speaker(b, idx)
        ts = te = None
        tname = None
        if title is not None:
            ts, te = b.view.to_original(title[0], title[1])
            tname = title[2]
            cue = "title"
        raw.append(_Found(start, end, tuple(words), tuple(spans), full, person, tname, ts, te, cue, speaker))
    # one entity per full name (given name and family name); a family name alone joins the full
    # name it ends, the nearest one before it, else the first after it
    clusters: dict[tuple, int] = {}
    out = []
    by_last: dict[str, list[tuple[int, tuple]]] = collections.defaultdict(list)
    by_key: dict[str, list[tuple[int, tuple]]] = collections.defaultdict(list)
    keys = [name_key(r.words[-1], nm) for r in raw]
    for r, key in zip(raw, keys):
        if r.full and r.person:
            by_last[r.words[-1]].append((r.start, r.words))
            by_key[key].append((r.start, r.words))
    for r, key in zip(raw, keys):
        last = r.words[-1]
        if r.full:
            ident = ("full", r.words[0], key) if r.person else ("name", r.words)
        else:
            candidates = by_last.get(last) or by_key.get(key) or []   # in text order
            i = bisect.bisect_left(candidates, (r.start,))
            pick = candidates[i - 1] if i > 0 else (candidates[0] if candidates else None)
            ident = ("full", pick[1][0], name_key(pick[1][-1], nm)) if pick else ("alone", key)
        cid = clusters.setdefault(ident, len(clusters))
        out.append(new_mention(dict(
            start=r.start, end=r.end, text=text[r.start:r.end], tokens=r.words, spans=r.spans, surname=last,
            key=key, full=r.full, person=r.person, title=r.title, title_start=r.title_start,
            title_end=r.title_end, cue=r.cue, speaker=r.speaker, cluster=cid)))
    return out


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

