"""Units: figures keyed by their dimension's canonical unit and compared across units (invented sentences only)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.registry import run_extractors
from factcheck.models import Normalized
from factcheck.normalize.units import (
    UNITS,
    as_written,
    canonical_attribute,
    canonical_figure,
    canonical_unit,
    compare_interval,
    to_canonical,
    written_half_step,
)
from factcheck.typed_values import NumberValue
from tests.helpers import context, findings_of, statuses_by_attribute

DAY = dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("attribute", "unit", "expected"),
    [
        ("distance (miles)", "miles", "distance (km)"),
        ("distance (metres)", "metres", "distance (km)"),
        ("distance (km)", "km", "distance (km)"),
        ("altitude of jet (feet)", "feet", "altitude of jet (metres)"),
        ("depth (km)", "km", "depth (metres)"),
        ("length of orbit in miles", "miles", "length of orbit in metres"),
        ("speed limit (mph)", "mph", "speed limit (km/h)"),
        ("wind speed (knots)", "knots", "wind speed (km/h)"),
        ("area burned (acres)", "acres", "area burned (hectares)"),
        ("temperature (°F)", "°F", "temperature (°C)"),
        ("cargo (tons)", "tons", "cargo (kg)"),
        ("share of voters (%)", "%", "share of voters (%)"),  # no unit of measurement
        ("amount of loan (USD)", "USD", "amount of loan (USD)"),
    ],
)
def test_canonical_attribute(attribute: str, unit: str, expected: str) -> None:
    assert canonical_attribute(attribute, unit) == expected


@pytest.mark.parametrize(
    ("key", "half"),
    [("25", 0.5), ("5.2", 0.05), ("31000", 500.0), ("100", 5.0), ("40", 2.0), ("9450", 5.0), ("10", 0.5), ("x", 0.0)],
)
def test_written_half_step(key: str, half: float) -> None:
    assert written_half_step(key) == pytest.approx(half)


def test_a_converted_figure_keeps_what_was_written() -> None:
    n = Normalized(key="25", display="about 25 miles", low=22.5, high=27.5, unit="miles")
    attribute, c = canonical_figure("distance (miles)", n)
    assert (attribute, c.key, c.display, c.unit) == ("distance (km)", "25 miles", "about 25 miles", "miles")
    assert (c.low, c.high) == (pytest.approx(36.21024), pytest.approx(44.25696))
    assert as_written(c, "km") == n


def test_a_converted_figure_shows_its_unit_under_the_canonical_attribute() -> None:
    n = Normalized(key="193", display="193", low=193.0, high=193.0, unit="km")
    attribute, c = canonical_figure("length (km)", n)
    assert (attribute, c.key, c.display) == ("length (metres)", "193 km", "193 km")


def test_a_converted_figure_is_typed_in_the_unit_written() -> None:
    [c] = [c for c in run_extractors(context("The rig stands 40 miles off the coast.")) if c.kind == "quantity"]
    typed = c.typed_value
    assert (c.normalized.low, c.normalized.high) == (pytest.approx(64.37376), pytest.approx(64.37376))
    assert isinstance(typed, NumberValue)
    assert (typed.key, typed.low, typed.high, typed.unit) == ("40 miles", 40.0, 40.0, "miles")


def test_a_figure_in_the_canonical_unit_is_unchanged() -> None:
    n = Normalized(key="40", display="40 km", low=40.0, high=40.0, unit="km")
    assert canonical_figure("distance (km)", n) == ("distance (km)", n)


_LINEAR = sorted(u for u, unit in UNITS.items() if unit.low == unit.high)


@given(
    unit=st.sampled_from(_LINEAR),
    value=st.floats(min_value=0.001, max_value=1e6, allow_nan=False),
)
def test_conversion_round_trips(unit: str, value: float) -> None:
    canonical = canonical_unit("", unit)
    assert canonical is not None
    n = Normalized(key="1", display="1", low=value, high=value, unit=unit)
    low, high = to_canonical(value, value, unit, canonical)
    back = as_written(n.model_copy(update={"key": f"1 {unit}", "low": low, "high": high}), canonical)
    assert back.low == pytest.approx(value, rel=1e-6, abs=1e-6)
    assert back.high == pytest.approx(value, rel=1e-6, abs=1e-6)


@given(
    unit=st.sampled_from(sorted(UNITS)),
    whole=st.integers(min_value=1, max_value=100_000),
)
def test_the_compared_interval_contains_the_figure_and_its_rounding(unit: str, whole: int) -> None:
    canonical = canonical_unit("", unit)
    assert canonical is not None
    key = str(whole)
    low, high = to_canonical(float(whole), float(whole), unit, canonical)
    n = Normalized(key=key if unit == canonical else f"{key} {unit}", display=key, low=low, high=high, unit=unit)
    c_low, c_high = compare_interval(n, canonical)
    half = written_half_step(key)
    edge_low, edge_high = to_canonical(whole - half, whole + half, unit, canonical)
    assert low is not None and high is not None and edge_low is not None and edge_high is not None
    assert c_low <= low <= high <= c_high
    assert c_low == pytest.approx(edge_low) and c_high == pytest.approx(edge_high)


def _quantities(text: str) -> list[tuple[str, str, str]]:
    return [(c.attribute, c.value, c.normalized.key) for c in run_extractors(context(text)) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The earthquake struck about 25 miles (40 km) from Port Alden.",
            [("distance (km)", "about 25 miles", "25 miles")],
        ),
        ("The earthquake struck 40 kilometres (25 miles) from Port Alden.", [("distance (km)", "40 kilometres", "40")]),
        ("The coach was doing 100 mph (160 km/h) when it crashed.", [("speed (km/h)", "100 mph", "100 mph")]),
        ("The coach passed a 50 km/h (31 mph) limit sign.", [("speed limit (km/h)", "50 km/h", "50")]),
        (
            "The fire had burned 800 hectares (2,000 acres) by Sunday.",
            [("area burned (hectares)", "800 hectares", "800")],
        ),
        ("The wreck lies 3 miles (about 5 km) off the coast.", [("distance (km)", "3 miles", "3 miles")]),
        (
            "The airliner was cruising at 31,000 feet (9,450 metres) when the radio went quiet.",
            [("altitude of airliner (metres)", "31,000 feet", "31000 feet")],
        ),
    ],
)
def test_a_bracketed_conversion_is_one_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    ("first", "second", "attribute", "expected"),
    [
        (
            "The earthquake struck 40 kilometres from Port Alden, officials said.",
            "The earthquake struck 25 miles from Port Alden, officials said.",
            "distance (km)",
            [("agreement", ["25 miles", "40"])],
        ),
        (
            "The earthquake struck 40 kilometres from Port Alden, officials said.",
            "The earthquake struck 25 miles (40 km) from Port Alden, officials said.",
            "distance (km)",
            [("agreement", ["25 miles", "40"])],
        ),
        (
            "The airliner was cruising at 31,000 feet when the radio went quiet.",
            "The airliner was cruising at 9,450 metres when the radio went quiet.",
            "altitude of airliner (metres)",
            [("agreement", ["31000 feet", "9450"])],
        ),
        (
            "The coach was travelling at 100 mph when it left the road.",
            "The coach was travelling at 160 km/h when it left the road.",
            "speed (km/h)",
            [("agreement", ["100 mph", "160"])],
        ),
        # a different distance: a conflict, as the same two figures written in one unit are
        (
            "The earthquake struck 40 kilometres from Port Alden, officials said.",
            "The earthquake struck 60 miles from Port Alden, officials said.",
            "distance (km)",
            [("conflict", ["40", "60 miles"])],
        ),
        (
            "The earthquake struck 40 kilometres from Port Alden, officials said.",
            "The earthquake struck 97 kilometres from Port Alden, officials said.",
            "distance (km)",
            [("conflict", ["40", "97"])],
        ),
    ],
)
def test_figures_in_two_units(first: str, second: str, attribute: str, expected: list[tuple[str, list[str]]]) -> None:
    found = findings_of((first, DAY), (second, DAY))
    assert statuses_by_attribute(found, attribute) == expected
