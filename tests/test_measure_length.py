"""measure-length.v1: the declared length of a measure, in days (invented sentences only)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities.measure_length import MeasureLength, declared_lengths
from tests.helpers import context, findings_of, statuses_by_attribute

EMERGENCY = "duration of state of emergency in days"


def _lengths(text: str) -> list[tuple[str, str, str, float | None]]:
    claims = MeasureLength().extract(context(text))
    return [(c.attribute, c.value, c.normalized.key, c.normalized.low) for c in claims]


def test_each_wording_of_a_declared_length() -> None:
    assert _lengths("The governor of Velmora declared a month-long state of emergency on Sunday.") == [
        (EMERGENCY, "a month-long", "30", 30.0)
    ]
    assert _lengths("The premier announced a one-month national emergency and sent aid.") == [
        (EMERGENCY, "one-month", "30", 30.0)
    ]
    assert _lengths("The cabinet imposed a 30-day emergency, ministers said.") == [(EMERGENCY, "30-day", "30", 30.0)]
    assert _lengths("The premier has declared a state of emergency in the province for a month.") == [
        (EMERGENCY, "a month", "30", 30.0)
    ]
    assert _lengths("A week-long curfew was imposed in the port city.") == [
        ("duration of curfew in days", "A week-long", "7", 7.0)
    ]
    assert _lengths("The council imposed a 48-hour curfew.") == [("duration of curfew in days", "48-hour", "2", 2.0)]
    assert _lengths("The king declared three days of national mourning.") == [
        ("duration of mourning in days", "three days", "3", 3.0)
    ]


def test_no_length_that_is_elapsed_time_an_extension_or_no_measure() -> None:
    assert _lengths("The curfew, in force for a week, was lifted on Monday.") == []
    assert _lengths("After three days of mourning, the shops of Velmora reopened.") == []
    assert _lengths("The governor extended the curfew for another month.") == []
    assert _lengths("Ministers held a two-day emergency summit in Velmora.") == []
    assert _lengths("The striker was handed a two-year ban.") == []


def test_one_month_agrees_with_30_days_and_differs_from_two_weeks() -> None:
    day = dt.date(2031, 5, 2)
    found = findings_of(
        ("The governor of Velmora declared a month-long state of emergency on Sunday.", day),
        ("The governor of Velmora declared a 30-day state of emergency on Sunday.", day),
    )
    assert statuses_by_attribute(found, EMERGENCY) == [("agreement", ["30"])]
    found = findings_of(
        ("The governor of Velmora declared a month-long state of emergency on Sunday.", day),
        ("The governor of Velmora declared a two-week state of emergency on Sunday.", day),
    )
    assert statuses_by_attribute(found, EMERGENCY) == [("conflict", ["14", "30"])]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["hour", "day", "week", "month", "year"]))
def test_any_figure_and_unit_of_a_compound(n: int, unit: str) -> None:
    days = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
    assert [(r[2], r[3], r[4]) for r in declared_lengths(f"They imposed a {n}-{unit} curfew.")] == [
        ("curfew", days, f"{n}-{unit}")
    ]


def test_lengths_declared_by_different_authorities_do_not_conflict() -> None:
    day = dt.date(2031, 5, 2)
    found = findings_of(
        ("President Tomas Arvane of Velmora declared five days of national mourning on Sunday.", day),
        ("Prime Minister Ines Koldar of Ostrelia declared one day of national mourning on Sunday.", day),
    )
    statuses = statuses_by_attribute(found, "duration of mourning in days")
    # Kept apart (each country's own mourning), never a conflict.
    assert statuses == [("unique", ["1"]), ("unique", ["5"])]
