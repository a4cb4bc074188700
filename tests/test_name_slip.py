"""One letter of one word of a full name written differently by two reports (:mod:`factcheck.compare.name_slip`).
Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare.name_slip import ONE_LETTER_MIN_LENGTH, one_letter_slip


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("Marisa Jo Kell", "Marissa Jo Kell", True),  # a letter added
        ("Tomasz Wrenik", "Tomasz Wrenk", True),  # a letter dropped
        ("Orla Venkova", "Orla Venokva", True),  # two letters swapped
        ("Jelena Markov", "Jelana Markov", True),  # a letter changed inside
        ("Carlo Benetti", "Carla Benetti", False),  # a changed ending is often another name
        ("Ines Lobo", "Inez Lobo", False),  # too short to tell a slip from another name
        ("Marisa Kell", "Marisa Jo Kell", False),  # a word more
        ("Marisa Jo Kell", "Marissa Jo Kelly", False),  # two words differ
        ("Dorota Palm", "Korota Palm", False),  # the first letter changed
        ("Bizimungura", "Bizimugura", False),  # one word: no full name
        ("Anna-Lisa Brod", "Anna Lisa Brod", False),  # the same words
    ],
)
def test_one_letter_slip(a: str, b: str, slip: bool) -> None:
    assert one_letter_slip(a, b) is slip
    assert one_letter_slip(b, a) is slip


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=ONE_LETTER_MIN_LENGTH, max_size=12), st.data())
def test_a_letter_dropped_inside_a_long_word_is_a_slip(word: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=1, max_value=len(word) - 1))
    dropped = word[:at] + word[at + 1 :]
    expected = len(dropped) >= ONE_LETTER_MIN_LENGTH
    assert one_letter_slip(f"Ada {word} Noor", f"Ada {dropped} Noor") is expected
