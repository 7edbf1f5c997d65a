"""The normalised view is built with str.translate; it must equal folding character by character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.language.normalize import (_DROP, _FOLD, DIGITS, NormalizedView, fold_char, normalize_text,
                                        strip_dropped)


def reference(original: str) -> tuple[str, tuple[int, ...]]:
    out, offsets = [], []
    for i, ch in enumerate(original):
        f = fold_char(ch)
        if f:
            out.append(f)
            offsets.append(i)
    return "".join(out), tuple(offsets)


def test_every_character_of_the_basic_plane():
    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    view = NormalizedView.build(text)
    assert (view.text, tuple(view.offsets)) == reference(text)
    assert normalize_text(text) == view.text
    assert strip_dropped(text) == "".join(c for c in text if c not in _DROP)


SPECIAL = sorted(_DROP) + sorted(_FOLD) + list("AbİΣσßẞǅ ابتثجحخدذرزسشصضطظعغفقكلمنهوي\n\t09")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(), max_size=60))
def test_the_view_maps_back_exactly(text):
    view = NormalizedView.build(text)
    assert (view.text, tuple(view.offsets)) == reference(text)
    assert view.original_length == len(text)


def test_digits_are_every_character_the_fold_reads_as_a_digit():
    arabic_indic = "".join(chr(0x0660 + i) for i in range(10))
    extended = "".join(chr(0x06F0 + i) for i in range(10))
    assert sorted(DIGITS) == sorted("0123456789" + arabic_indic + extended)
    assert normalize_text(arabic_indic) == normalize_text(extended) == "0123456789"


def test_a_long_text_is_folded_as_character_by_character():
    # a long text takes the whole-string path unless it holds a character lowered apart
    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000 and chr(c) not in "\u0130\u03a3")
    for sample in (text, "Ab " * 200 + "أحمد ـــ ١٢", ("Ab " * 200).upper()):
        assert normalize_text(sample) == reference(sample)[0]
        assert NormalizedView.build(sample).text == reference(sample)[0]


def test_a_range_ends_past_the_vowel_signs_written_on_its_last_letter():
    text = "ووقّع بصفته مديراً للمشروع، ثم وقّع"
    view = NormalizedView.build(text)
    s = view.text.index("مديرا")
    a, b = view.to_original(s, s + len("مديرا"))
    assert text[a:b] == "مديراً"
    s = view.text.index("وقع")
    a, b = view.to_original(s, s + 2)   # "وق" of `وقّع`: its shadda with it
    assert text[a:b] == "وقّ"
    a, b = view.to_original(s, s + 1)   # a letter with no sign on it ends at once
    assert text[a:b] == "و"
