"""age-frame.v1: the age of a structure, a vessel or a vehicle, read from the parse (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities.age_frame import RULES
from factcheck.extract.registry import run_extractors
from tests.helpers import context, findings_of, statuses_by_attribute


def _ages(text: str) -> list[tuple[str, str, bool]]:
    """(attribute, value as written, key resolved) of each age-frame.v1 claim of ``text``."""
    return [
        (c.attribute, c.value, c.key_resolved) for c in run_extractors(context(text)) if c.extractor == "age-frame.v1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is a 60-year-old bridge, right on the river.", [("age of bridge (years)", "60", False)]),
        ("The 12-year-old aircraft had flown 30,000 hours.", [("age of aircraft (years)", "12", False)]),
        ("The tower, built 40 years ago, was inspected in May.", [("age of tower (years)", "40", False)]),
        # the parser takes the participle set off by commas for the clause's verb
        (
            "One study found that the tower, constructed 40 years ago, had been sinking.",
            [("age of tower (years)", "40", False)],
        ),
    ],
)
def test_age_frames(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 34-year-old teacher was arrested.",  # a person's age is quantity.v1's, keyed by the name
        "The 40-year-old, who lives nearby, was arrested.",  # no noun: nobody's thing
        "The bridge was closed 40 years ago.",  # closing is no making: no age
        "It was a 40-year-old tradition.",  # a tradition is no structure, vessel or vehicle
    ],
)
def test_no_age_frame(text: str) -> None:
    assert _ages(text) == []


def test_the_rules_are_listed_in_order() -> None:
    assert [name for name, _ in RULES] == ["compound", "made ago"]


def test_a_things_age_agrees_across_wordings_and_a_difference_is_only_possible() -> None:
    day = dt.date(2031, 8, 1)
    same = findings_of(
        ("This is a 60-year-old bridge, right on the river.", day),
        ("The bridge, built 60 years ago, was closed after the flood.", day),
    )
    assert statuses_by_attribute(same, "age of bridge (years)") == [("agreement", ["60"])]
    other = findings_of(
        ("This is a 60-year-old bridge, right on the river.", day),
        ("The bridge, built 50 years ago, was closed after the flood.", day),
    )
    assert statuses_by_attribute(other, "age of bridge (years)") == [("possible-conflict", ["50", "60"])]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years=st.integers(min_value=2, max_value=150), thing=st.sampled_from(["ferry", "dam", "tower", "tanker"]))
def test_any_compound_age_is_read_with_its_value(years: int, thing: str) -> None:
    found = [
        (c.attribute, c.normalized.key)
        for c in run_extractors(context(f"Inspectors examined the {years}-year-old {thing} on Monday."))
        if c.extractor == "age-frame.v1"
    ]
    assert found == [(f"age of {thing} (years)", str(years))]
