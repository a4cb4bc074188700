"""A place that is both a US state and a country (Georgia): the state when the article names another
US state, so a local time in a US story gets a US zone."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.times.event_time import EventTimeExtractor
from tests.helpers import context

DAY = dt.date(2031, 9, 26)


def _times(text: str) -> list[str]:
    return [c.normalized.display for c in EventTimeExtractor().extract(context(text, published=DAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flooding spread across Georgia and South Carolina. The hurricane made landfall at 11 p.m. local time on"
            " Thursday.",
            ["23:00 (UTC-04:00, 03:00 UTC)"],
        ),
        (
            "Roofs were torn off in Georgia's south. The hurricane made landfall in Florida at 11 p.m. local time"
            " on Thursday.",
            ["23:00 (UTC-04:00, 03:00 UTC)"],
        ),
        (
            "Florida Governor Ann Roe said the storm weakened in Georgia. The hurricane made landfall at 11 p.m."
            " local time on Thursday.",
            ["23:00 (UTC-04:00, 03:00 UTC)"],
        ),
        # No other US state: Georgia is the country.
        (
            "Villages in Georgia and Armenia shook. The earthquake struck at 11 p.m. local time on Thursday.",
            ["23:00 (UTC+04:00, 19:00 UTC)"],
        ),
    ],
)
def test_georgia_is_the_state_next_to_other_us_states(text: str, expected: list[str]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [("Mississippi", "20:00 (UTC-05:00, 01:00 UTC)"), ("South Carolina's north", "20:00 (UTC-04:00, 00:00 UTC)")],
)
def test_a_us_state_gives_the_zone_of_its_largest_city(place: str, expected: str) -> None:
    assert _times(f"The tornado struck a town in {place} at 8 p.m. local time on Friday.") == [expected]
