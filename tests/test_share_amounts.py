"""metric.v1: amounts per share (with a stock split's basis), cents, and a share's closing price (invented
sentences only)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.registry import run_extractors
from factcheck.normalize.numbers import find_numbers
from tests.helpers import context, findings_of


def _metrics(text: str) -> list[tuple[str, str, bool]]:
    """(attribute, normalized key, changes over time) of each metric.v1 claim of ``text``."""
    return [
        (c.attribute, c.normalized.key, c.changes_over_time)
        for c in run_extractors(context(text))
        if c.extractor == "metric.v1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount per share, and the basis a stock split gives it
        ("Orbix declared a quarterly dividend of $0.25 per share.", [("amount of dividend per share (USD)", "0.25")]),
        (
            "Orbix will pay a dividend of $0.02 per share on a post-split basis.",
            [("amount of dividend per share, post-split (USD)", "0.02")],
        ),
        # cents, a "cash" dividend, the noun after "per share", a figure before its noun
        (
            "Orbix plans a two cent per share dividend, paid on post-split holdings.",
            [("amount of dividend per share, post-split (USD)", "0.02")],
        ),
        (
            "Orbix also announced a one-cent per share dividend after the split.",
            [("amount of dividend per share, post-split (USD)", "0.01")],
        ),
        ("Orbix lifted its cash dividend to 30 cents a share.", [("amount of dividend per share (USD)", "0.3")]),
        # the total paid out is not one share's
        ("Orbix paid dividends of $2 billion.", [("amount of dividend (USD)", "2000000000")]),
    ],
)
def test_amounts_per_share(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a, k) for a, k, _ in _metrics(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orbix closed the trading day at $94.50 per share.", [("closing share price (USD)", "94.5", True)]),
        ("Its shares closed at $12.40 on Tuesday.", [("closing share price (USD)", "12.4", True)]),
        # the level a price nears is no metric; a shop closing at a time is no price
        ("Orbix closed at $94.50, near the $100 mark.", [("closing share price (USD)", "94.5", True)]),
        ("The bakery closed at 5 pm.", []),
    ],
)
def test_closing_share_price(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _metrics(text) == expected


def test_two_days_closing_prices_are_a_series_not_a_conflict() -> None:
    found = findings_of(
        ("Orbix closed the trading day at $94.50 per share.", dt.date(2031, 3, 4)),
        ("Orbix closed the trading day at $101.20 per share.", dt.date(2031, 3, 5)),
    )
    assert [f.status.value for f in found if f.attribute == "closing share price (USD)"] != ["conflict"]


def test_a_dividend_before_and_after_a_split_never_share_a_key() -> None:
    found = findings_of(
        ("Orbix raised its dividend to $0.20 per share.", dt.date(2031, 3, 4)),
        ("Orbix will pay $0.02 per share in dividends on a post-split basis.", dt.date(2031, 3, 4)),
    )
    assert [f for f in found if len(f.values) > 1 and "dividend" in f.attribute] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a fare of 75 cents", [("75 cents", 0.75, "USD")]),
        ("a one-cent coin", [("one-cent", 0.01, "USD")]),
        ("a one cent coin", [("one cent", 0.01, "USD")]),
        ("one of the coins", []),
        ("two million cents", [("two million", 2_000_000.0, None)]),  # a scaled count is left alone
    ],
)
def test_cents_are_hundredths_of_a_dollar(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [(m.surface, m.value, m.unit) for m in find_numbers(text)] == expected


@given(st.integers(min_value=1, max_value=99))
def test_any_cents_figure_is_its_hundredth(n: int) -> None:
    (m,) = find_numbers(f"a fee of {n} cents")
    assert (m.unit, round(m.value * 100)) == ("USD", n)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from X to Y" after a change: the old level and the new one, not a range
        ("Orbix raised its dividend by 20%, from $0.10 to $0.12.", [("$0.10", 0.1, 0.1), ("$0.12", 0.12, 0.12)]),
        ("The fare was cut from $10 to $8.", [("$10", 10.0, 10.0), ("$8", 8.0, 8.0)]),
        # estimates over a range stay one figure
        ("Estimates ranged from 40 to 50 people.", [("40 to 50", 40.0, 50.0)]),
        ("Some 40 to 50 people waited.", [("Some 40 to 50", 40.0, 50.0)]),
    ],
)
def test_from_to_after_a_change_is_two_levels(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert [(m.surface, m.low, m.high) for m in find_numbers(text) if m.unit != "%"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orbix increased its quarterly dividend by 20%, from $0.10 to $0.12 per share.",
        "Orbix boosted its quarterly dividend by 20% to 12 cents a share.",
    ],
)
def test_the_new_level_of_a_raised_dividend(text: str) -> None:
    assert ("amount of dividend per share (USD)", "0.12") in [(a, k) for a, k, _ in _metrics(text)]
