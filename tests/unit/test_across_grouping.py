"""Transliteration keys and grouping: examples, and invariants checked with hypothesis."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import Engine
from checker.across.grouping import GroupingStats, group_profiles, join, same_story
from checker.across.keys import name_key, word_key
from checker.across.runner import Across
from checker.io.inputs import iter_inputs

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "across"


@pytest.fixture(scope="module")
def engine():
    return Engine()


@pytest.fixture(scope="module")
def profiles(engine):
    items = list(iter_inputs([str(p) for p in sorted(FIXTURES.glob("*.jsonl"))], "auto"))
    return Across(engine).profiles(items)


@pytest.mark.parametrize("ar,en,key", [
    ("منصور", "Mansour", "mnsr"), ("الخطيب", "Khatib", "ktb"), ("حداد", "Haddad", "hd"),
    ("عبدالله", "Abdullah", "bdl"), ("فاطمة", "Fatima", "ftm"), ("وليد", "Walid", "ld"),
])
def test_one_name_in_two_scripts_has_one_key(engine, ar, en, key):
    assert word_key(engine.lexicons.get("ar"), ar) == word_key(engine.lexicons.get("en"), en) == key


def test_another_name_has_another_key(engine):
    assert word_key(engine.lexicons.get("ar"), "منسي") != word_key(engine.lexicons.get("en"), "Mansour")
    assert name_key(engine.lexicons.get("en"), ("Walid", "Mansour")) == "ld mnsr"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية", min_size=2, max_size=12))
def test_arabic_keys_are_latin_consonant_classes_without_doubles(engine, word):
    key = word_key(engine.lexicons.get("ar"), word)
    assert key == "" or key.isascii() and key.isalpha()
    assert all(a != b for a, b in zip(key, key[1:]))
    if not word.startswith("ال"):   # a word that begins with the article already has it taken off once
        assert word_key(engine.lexicons.get("ar"), "ال" + word) == key   # the article is not part of a name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=40))
def test_join_is_a_partition_that_keeps_every_pair_together(pairs):
    groups = join(pairs, range(31))
    seen = [i for g in groups for i in g]
    assert len(seen) == len(set(seen)) and all(len(g) > 1 for g in groups)
    where = {i: k for k, g in enumerate(groups) for i in g}
    assert all(a == b or where[a] == where[b] for a, b in pairs)
    assert groups == sorted(groups, key=lambda g: g[0]) and all(list(g) == sorted(g) for g in groups)


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_groups_do_not_depend_on_the_input_order(profiles, rnd):
    def ids(ps):
        return sorted(sorted(ps_by[i].id for i in g) for g in group_profiles(ps))
    shuffled = list(profiles)
    rnd.shuffle(shuffled)
    shuffled = [dataclasses.replace(p, index=k) for k, p in enumerate(shuffled)]
    ps_by = {p.index: p for p in profiles}
    expected = ids(profiles)
    ps_by = {p.index: p for p in shuffled}
    assert ids(shuffled) == expected


def test_same_story_is_symmetric_and_needs_a_person_or_a_title(profiles):
    for a in profiles:
        for b in profiles:
            assert same_story(a, b) == same_story(b, a)
            if same_story(a, b) and not (a.story and b.story):
                assert set(a.people) & set(b.people) or (a.title and b.title and a.lang == b.lang)


def test_pairs_compared_are_only_those_of_shared_keys(profiles):
    stats = GroupingStats()
    group_profiles(profiles, stats)
    n = len(profiles)
    assert stats.pairs_compared < n * (n - 1) // 2
