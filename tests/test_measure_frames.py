"""measure-frame.v1: lengths keyed by what they measure, read from the parse (invented sentences only)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities.measure_frame import RULES
from factcheck.extract.registry import run_extractors
from tests.helpers import context, findings_of, statuses_by_attribute


def _lengths(text: str) -> list[tuple[str, str, float | None, float | None, bool]]:
    """(attribute, value as written, low, high, changes over time) of each measure-frame.v1 claim."""
    return [
        (c.attribute, c.value, c.normalized.low, c.normalized.high, c.changes_over_time)
        for c in run_extractors(context(text))
        if c.extractor == "measure-frame.v1" and not c.key_resolved
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dimension noun the length is "of", with the subject of the verb it completes
        (
            "The glider was flying at an altitude of 2,400 metres.",
            [("altitude of glider (metres)", "2,400 metres", 2400.0, 2400.0, False)],
        ),
        # a verb of flight: its "at" or "to" length is an altitude
        (
            "The airliner was cruising at 31,000 feet when the radio went quiet.",
            [("altitude of airliner (metres)", "31,000 feet", 9448.8, 9448.8, False)],
        ),
        (
            "The balloon climbed to 900 feet before it drifted.",
            [("altitude of balloon (metres)", "900 feet", 274.32, 274.32, False)],
        ),
        # a level moves with the news; a level a condition names is a threshold, a bound read exactly
        (
            "The level has dropped by about 1.5 metres since the breach, reaching 9.2 metres.",
            [("level (metres)", "9.2 metres", 9.2, 9.2, True)],
        ),
        (
            "If the water level in the canal falls below 3.4 meters, barges cannot pass.",
            [("threshold of level (metres)", "below 3.4 meters", 3.4, 3.4, False)],
        ),
        (
            # the small parser takes "used" for the verb of "level": the subject and "if" are found under it
            "If the water level in the tank used to feed the boilers falls below 2.5 meters, the mill stops, she said.",
            [("threshold of level (metres)", "below 2.5 meters", 2.5, 2.5, False)],
        ),
        (
            # ... and the main clause after it has a subject of its own ("it"), which is not the level's
            "If the water level in the tank used to feed the boilers falls below 2.5 meters, it will be "
            "impossible to keep the mill running, she said.",
            [("threshold of level (metres)", "below 2.5 meters", 2.5, 2.5, False)],
        ),
    ],
)
def test_measure_frames(text: str, expected: list[tuple[str, str, float | None, float | None, bool]]) -> None:
    assert _lengths(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices climbed to 40 points.",  # no unit of length
        "The river rose to 5 metres on Monday.",  # a level only when the sentence names a level
        "The level fell below 12 metres on Monday.",  # a bound without a condition is no threshold
        "The level climbed to 8 metres.",  # a level's verb of flight is still a level, read as such
        "The runners covered 42 km at the weekend.",  # a distance covered is not a dimension
    ],
)
def test_no_open_measure_frame(text: str) -> None:
    assert [a for a, *_ in _lengths(text) if not a.startswith("level (")] == []


def test_the_rules_are_listed_in_order() -> None:
    assert [name for name, _ in RULES] == ["dimension of", "flight", "level"]


def test_two_thresholds_agree_only_when_equal() -> None:
    day = dt.date(2031, 6, 2)
    same = findings_of(
        ("If the water level in the canal falls below 3.4 meters, barges cannot pass, the agency said.", day),
        ("Barges stop if the level drops below 3.4 metres, engineers warned.", day),
    )
    assert statuses_by_attribute(same, "threshold of level (metres)") == [("agreement", ["3.4"])]
    other = findings_of(
        ("If the water level in the canal falls below 3.4 meters, barges cannot pass.", day),
        ("Barges stop if the level drops below 4 metres.", day),
    )
    assert statuses_by_attribute(other, "threshold of level (metres)") == [("possible-conflict", ["3.4", "4"])]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    feet=st.integers(min_value=1_000, max_value=45_000),
    verb=st.sampled_from(["cruising", "flying", "descending"]),
    craft=st.sampled_from(["airliner", "glider", "helicopter"]),
)
def test_any_altitude_is_read_with_its_value(feet: int, verb: str, craft: str) -> None:
    claims = [
        c
        for c in run_extractors(context(f"The {craft} was {verb} at {feet:,} feet when the radio went quiet."))
        if c.extractor == "measure-frame.v1"
    ]
    assert [(c.attribute, c.normalized.low) for c in claims] == [
        (f"altitude of {craft} (metres)", round(feet * 0.3048, 9))
    ]
