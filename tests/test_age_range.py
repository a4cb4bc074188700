"""age-range.v1: the ages of the youngest and the oldest of a group (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities.age_range import age_ranges
from factcheck.extract.registry import run_extractors
from tests.helpers import context, findings_of, statuses_by_attribute


def _ages(text: str) -> list[tuple[str, str]]:
    """(attribute, value as written) of each age-range.v1 claim of ``text``."""
    return [(c.attribute, c.value) for c in run_extractors(context(text)) if c.extractor == "age-range.v1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The youngest victim was 12 and the oldest 33, the sheriff said.",
            [("age of the youngest dead", "12"), ("age of the oldest dead", "33")],
        ),
        (
            "The victims ranged in age from 12 to 33.",
            [("age of the youngest dead", "12"), ("age of the oldest dead", "33")],
        ),
        (
            "The dead, aged 6 to 81, were flown to the capital.",
            [("age of the youngest dead", "6"), ("age of the oldest dead", "81")],
        ),
        (
            "Five people, aged between 12 and 33, were killed on the pier.",
            [("age of the youngest dead", "12"), ("age of the oldest dead", "33")],
        ),
        ("At least five people, the youngest 12, died on the pier.", [("age of the youngest dead", "12")]),
        (
            "The injured range in age from 2 to 70.",
            [("age of the youngest injured", "2"), ("age of the oldest injured", "70")],
        ),
        (
            "The passengers were aged between 19 and 64.",
            [("age of the youngest passengers", "19"), ("age of the oldest passengers", "64")],
        ),
        ("The oldest victim was 93.", [("age of the oldest dead", "93")]),
        # the first verb of dying or injury after the figure says which group the people are
        (
            "Six people, including one as young as 11, died and 40 were injured.",
            [("age of the youngest dead", "11")],
        ),
        (
            "Eight people aged 12 to 33 were killed and 20 injured.",
            [("age of the youngest dead", "12"), ("age of the oldest dead", "33")],
        ),
    ],
)
def test_age_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_ages(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The oldest building was 40 years old.",  # a thing, not a group of people
        "The oldest 100 houses were flooded.",  # a count of a noun, no age
        "Most of the dead were aged 20 to 30 percent of the town.",  # no age
        "A 34-year-old teacher was killed.",  # one person's age is quantity.v1's
        "The youngest was 12, the mayor said.",  # no group named
        "Eight people aged 12 to 33 were in the boat.",  # people, neither dead nor injured
        "Scores ranged in age from 12 to 33.",  # no group noun
        "The victims ranged in age from 33 to 12.",  # not a span
        "The victims ranged in age from 12 to 150.",  # no person's age
    ],
)
def test_no_age_range(text: str) -> None:
    assert _ages(text) == []


@given(st.integers(0, 120), st.integers(0, 120))
def test_a_span_reads_both_ends_in_order(low: int, high: int) -> None:
    text = f"The victims ranged in age from {low} to {high}."
    ends = [(end, group, text[s:e]) for end, group, s, e in age_ranges(text)]
    assert ends == ([("youngest", "dead", str(low)), ("oldest", "dead", str(high))] if low <= high else [])


def test_two_pages_agree_and_another_youngest_age_disagrees() -> None:
    day = dt.date(2031, 8, 1)
    same = findings_of(
        ("The victims ranged in age from 12 to 33, the sheriff said.", day),
        ("The youngest victim was 12 and the oldest was 33.", day),
    )
    assert statuses_by_attribute(same, "age of the youngest dead") == [("agreement", ["12"])]
    assert statuses_by_attribute(same, "age of the oldest dead") == [("agreement", ["33"])]
    # the event is named in neither sentence: the comparison rules make it a possible conflict only
    other = findings_of(
        ("The victims ranged in age from 12 to 33, the sheriff said.", day),
        ("The dead, aged 15 to 33, were named on Monday.", day),
    )
    assert statuses_by_attribute(other, "age of the youngest dead") == [("possible-conflict", ["12", "15"])]
    assert statuses_by_attribute(other, "age of the oldest dead") == [("agreement", ["33"])]
