"""quantity.v1: a figure that counts a part or another group than the toll beside it (pool 5; invented
sentences): passengers and crew together, travellers evacuated, yearly traffic, the rest of a group, the
injured still in care, the lives of a named group."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.registry import run_extractors
from tests.helpers import context


def _counts(text: str) -> list[tuple[str, str]]:
    """(attribute, normalized value) of each quantity.v1 claim of ``text``."""
    return [(c.attribute, c.normalized.key) for c in run_extractors(context(text)) if c.extractor == "quantity.v1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both groups named, one figure: everyone aboard
        ("All 214 passengers and crew of the ferry reached the shore.", [("people on board", "214")]),
        ("The 31 crew and passengers were rescued by a trawler.", [("people on board", "31")]),
        # each group with its own figure, evacuated from a craft: the groups, not people displaced
        (
            "All 198 passengers and nine crew were evacuated down the slides.",
            [("number of passengers", "198"), ("number of crew", "9")],
        ),
        ("About 3,000 residents were evacuated from the valley.", [("displaced", "3000")]),
        # the yearly traffic of a hub
        (
            "The port is the region's busiest, serving some 4 million passengers in 2022.",
            [("passengers served", "4000000")],
        ),
        # the rest of a group already counted
        ("Three of the accused admitted the charge; the other two suspects denied it.", []),
        ("Three people died and 12 others were hurt.", [("deaths", "3"), ("injured", "12")]),
        # the injured still in care beside the injured in all
        (
            "Of the 90 people hurt, 41 remain hospitalized.",
            [("injured", "90"), ("injured still in care", "41")],
        ),
        ("Twelve climbers remain missing.", [("missing", "12")]),
        # the lives of a group named before the word
        ("The storm claimed four lifeboat crew lives.", [("deaths", "4")]),
        # an aside naming part of the group between the count and its verb
        ("Officials said 23 people, including the two drivers, were detained.", [("arrested", "23")]),
    ],
)
def test_parts_and_other_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert _counts(text) == expected


@given(st.integers(min_value=2, max_value=900), st.sampled_from(["still", "remain", "remained"]))
def test_any_injured_count_still_in_care_is_a_part(n: int, word: str) -> None:
    verb = "are still" if word == "still" else word
    text = f"Officials said {n} people {verb} hospitalized after the fire."
    assert _counts(text) == [("injured still in care", str(n))]
