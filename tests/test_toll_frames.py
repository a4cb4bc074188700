"""toll.v1: counts of people affected, read from the parse whatever the wording."""

from __future__ import annotations

import pytest

from factcheck.extract.registry import run_extractors
from tests.helpers import context


def _tolls(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.extractor, c.attribute, c.value)
        for c in run_extractors(context(text))
        if c.attribute in ("deaths", "injured", "missing", "displaced", "rescued", "arrested")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour officials raised the confirmed fatality count from Monday's landslide to 41.",
            [("toll.v1", "deaths", "41")],
        ),
        (
            "Its path of destruction claims the lives of at least 19 people, officials said.",
            [("toll.v1", "deaths", "at least 19")],
        ),
    ],
)
def test_tolls_from_the_parse(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tolls(text) == expected


def test_a_time_span_after_a_toll_is_no_toll() -> None:
    found = _tolls(
        "The county released the names of 212 people still missing Friday more than two weeks after the flood."
    )
    assert ("toll.v1", "missing", "more than two") not in found


def test_primary_reading_wins_over_the_fallback() -> None:
    found = _tolls("The landslide killed at least 12 people on Monday.")
    assert [e for e, _a, _v in found] == ["quantity.v1"]
