"""Grouping: which articles of a run tell the same story.

Candidates meet through blocking keys (:meth:`Profile.blocking_keys`: a story id, a person's
transliteration key, a word of the title), never all pairs: a key shared by more than
``max_block`` articles is too common to tell a story (a leader named in every article) and is
skipped. Each candidate pair is then scored (:func:`same_story`) and the pairs that tell one story
are joined into groups (union-find). The same profiles give the same groups, in the same order,
wherever the pairs were found (this process or a Dask shuffle)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from checker.across.profile import Profile

WINDOW_DAYS = 7        # articles further apart than this are not updates of one story
MAX_BLOCK = 64         # a blocking key shared by more articles is skipped
TITLE_SIMILAR = 80     # rapidfuzz token_sort_ratio of two titles of one story
MIN_SCORE = 3
RARE = 8               # a person named by at most this many articles counts in full
UNDATED_SCORE = 5      # without two publication dates the window cannot be checked: more is needed


@dataclass
class GroupingStats:
    """What grouping cost: candidate pairs compared, keys skipped as too common."""

    articles: int = 0
    keys: int = 0
    skipped_keys: int = 0
    pairs_compared: int = 0
    pairs_joined: int = 0
    groups: int = 0
    extra: dict = field(default_factory=dict)


def same_story(a: Profile, b: Profile, window: int = WINDOW_DAYS, df: dict[str, int] | None = None) -> bool:
    """Whether two articles tell one story: the same explicit story id; or, within ``window``
    days, shared people (two points each, less for a person most of the batch names: ``df`` maps
    a blocking key to the number of articles carrying it) or similar titles (two), with shared
    places, a shared figure or a shared date adding a point each: three points in all, five when
    either article has no publication date. The people's share must be worth one rare person, or
    the titles must be similar: places, figures and dates alone never join two articles
    (unrelated stories share a city, a leader many articles name, a round figure)."""
    if a.story and b.story:
        return a.story == b.story
    dated = bool(a.published and b.published)
    if dated and abs((a.published - b.published).days) > window:   # type: ignore[operator]
        return False
    df = df or {}
    people = sum(min(1.0, RARE / df.get(f"person:{p}", 1)) for p in set(a.people) & set(b.people))
    similar = bool(a.title and b.title and a.lang == b.lang
                   and fuzz.token_sort_ratio(a.title, b.title) >= TITLE_SIMILAR)
    if people < 1 and not similar:
        return False   # one person few articles name, or similar titles, is the core of a story
    score = 2 * people + 2 * similar + min(2, len(set(a.places) & set(b.places)))
    score += bool(set(a.figures) & set(b.figures)) + bool(set(a.days) & set(b.days))
    return score >= (MIN_SCORE if dated else UNDATED_SCORE)


def blocks(profiles: Iterable[Profile]) -> dict[str, list[int]]:
    """Blocking key -> the indices of the profiles that carry it."""
    out: dict[str, list[int]] = defaultdict(list)
    for p in profiles:
        for k in p.blocking_keys():
            out[k].append(p.index)
    return out


def block_pairs(members: list[int], max_block: int = MAX_BLOCK) -> list[tuple[int, int]]:
    """The candidate pairs of one block (none when the key is too common)."""
    if len(members) > max_block:
        return []
    return list(itertools.combinations(sorted(set(members)), 2))


def join(pairs: Iterable[tuple[int, int]], indices: Iterable[int]) -> list[tuple[int, ...]]:
    """Union-find: the groups of two or more that ``pairs`` join, each sorted, sorted by their
    first index."""
    parent = {i: i for i in indices}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in parent:
        groups[root(i)].append(i)
    return sorted((tuple(sorted(g)) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def group_profiles(profiles: list[Profile], stats: GroupingStats | None = None) -> list[tuple[int, ...]]:
    """Groups of profile indices that tell one story (see the module docstring)."""
    stats = stats if stats is not None else GroupingStats()
    by_index = {p.index: p for p in profiles}
    seen: set[tuple[int, int]] = set()
    joined: list[tuple[int, int]] = []
    by_key = blocks(profiles)
    df = {k: len(set(v)) for k, v in by_key.items()}
    for key, members in sorted(by_key.items()):
        stats.keys += 1
        pairs = block_pairs(members)
        if not pairs and len(members) > MAX_BLOCK:
            stats.skipped_keys += 1
        for pair in pairs:
            if pair in seen:
                continue
            seen.add(pair)
            stats.pairs_compared += 1
            if same_story(by_index[pair[0]], by_index[pair[1]], df=df):
                joined.append(pair)
    stats.articles = len(profiles)
    stats.pairs_joined = len(joined)
    groups = join(joined, by_index)
    stats.groups = len(groups)
    return groups
