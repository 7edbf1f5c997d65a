"""The shared word-by-word comparison of two clauses."""

from checker.language.alignment import MARK, SLOT, Words, align, candidate_pairs, clause, restates, vocabulary

WORDS = Words(str.lower, frozenset({"the", "of", "in", "was"}))


def _clause(text: str, value: str, sentence: int):
    at = text.index(value)
    return clause(text, 0, len(text), [(at, at + len(value), 0)], WORDS, sentence)


def _never(*_):
    return True


def test_clause_keys_slots_and_marks():
    c = _clause("the bridge, built in 1932, spans the river", "1932", 0)
    assert c.keys == ["bridge", MARK, "built", SLOT, MARK, "spans", "river"]
    assert c.slots == {0: 3}
    assert c.around(3) == (2, 4)
    assert c.neighbours(3) == ("built", MARK)


def test_proclitic_taken_off_only_where_the_bare_word_occurs():
    text = "وفازت الفرق وفازت"
    words = Words(str.lower, proclitics=("و",), vocabulary=vocabulary(text + " فازت"))
    assert clause(text, 0, len(text), [], words).keys == ["فازت", "الفرق", "فازت"]
    words = Words(str.lower, proclitics=("و",), vocabulary=vocabulary("وزارة"))
    assert clause("وزارة", 0, 5, [], words).keys == ["وزارة"]


def test_restated_clause_aligns_its_slots():
    a = _clause("the network has 40 stations across the city", "40", 0)
    b = _clause("the network has 25 stations across the city", "25", 1)
    al = align(a, a.slots[0], b, b.slots[0])
    assert al.same_place and al.shared() == (2, 3), al
    assert restates(a, a.slots[0], b, b.slots[0], _never, frozenset())


def test_a_word_replaced_or_a_forbidden_word_added_is_another_statement():
    a = _clause("the network has 40 stations across the city", "40", 0)
    b = _clause("the network has 25 buses across the city", "25", 1)
    assert not restates(a, a.slots[0], b, b.slots[0], _never, frozenset())
    c = _clause("the network no longer has 25 stations across the city", "25", 1)
    assert not restates(a, a.slots[0], c, c.slots[0], _never, frozenset({"no"}))


def test_candidate_pairs_are_unique_ordered_and_blocked():
    groups = [[3, 1, 2], [1, 3], list(range(20))]
    assert list(candidate_pairs(groups, lambda n: n, 5)) == [(1, 3), (2, 3), (1, 2)]


def test_without_marks_the_sentence_is_one_clause():
    text = "the bridge, built in 1932, spans the river"
    at = text.index("1932")
    c = clause(text, 0, len(text), [(at, at + 4, 0)], WORDS, marks=False)
    assert c.keys == ["bridge", "built", SLOT, "spans", "river"]
    assert c.around(2) == (0, 5)


def _slotted(text: str, values: list[str], sentence: int):
    spans, at = [], 0
    for n, v in enumerate(values):
        at = text.index(v, at)
        spans.append((at, at + len(v), n))
        at += len(v)
    c = clause(text, 0, len(text), spans, WORDS, sentence)
    return c, {(sentence, pos): values[n] for n, pos in c.slots.items()}


def test_a_short_lead_before_a_long_clause_told_alike_needs_its_values_alike():
    a, va = _slotted('its predecessor, harbour lights 2, opened to a record 64 million over the three-day '
                     'thanksgiving weekend in 2021', ["2", "64", "2021"], 0)
    b, vb = _slotted('harbour lights 2, opened to a record 46 million over the three-day thanksgiving '
                     'weekend in 2021', ["2", "46", "2021"], 1)
    c, vc = _slotted('harbour lights 3, opened to a record 46 million over the three-day thanksgiving '
                     'weekend in 2021', ["3", "46", "2021"], 2)
    values = {**va, **vb, **vc}

    def same(ka, pa, kb, pb):
        return values[(ka, pa)] == values[(kb, pb)]
    assert restates(a, a.slots[1], b, b.slots[1], same, frozenset(), told_before=3)
    assert not restates(a, a.slots[1], c, c.slots[1], same, frozenset(), told_before=3)   # another film
    assert not restates(a, a.slots[1], b, b.slots[1], same, frozenset())   # no lead allowed
    d, vd = _slotted('harbour lights 2, opened to a record 46 million', ["2", "46"], 3)
    values.update(vd)
    assert not restates(a, a.slots[1], d, d.slots[1], same, frozenset(), told_before=3)   # too short a clause
