"""quantity.v1: the crew and the passengers are not everyone on board (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.registry import run_extractors
from tests.helpers import context, findings_of


def _aboard(text: str) -> list[tuple[str, str]]:
    """(attribute, normalized value) of each quantity.v1 claim of ``text``."""
    return [(c.attribute, c.normalized.key) for c in run_extractors(context(text)) if c.extractor == "quantity.v1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # everyone on board
        ("All 68 people on board were killed.", [("people on board", "68")]),
        ("The ferry was carrying 80 passengers.", [("people on board", "80")]),
        # passengers loosely named, the crew among them: still everyone
        (
            "The plane was carrying 72 passengers, including four crew.",
            [("people on board", "72"), ("number of crew", "4")],
        ),
        # the crew alone, and the passengers beside a crew counted apart
        (
            "There were 60 passengers and six crew members on board.",
            [("number of passengers", "60"), ("number of crew", "6")],
        ),
        ("The plane carried 62 passengers and six crew.", [("number of passengers", "62"), ("number of crew", "6")]),
        ("Six Crew members were aboard.", [("number of crew", "6")]),
    ],
)
def test_crew_and_passengers_on_board(text: str, expected: list[tuple[str, str]]) -> None:
    assert _aboard(text) == expected


def test_passengers_beside_a_crew_never_conflict_with_everyone_on_board() -> None:
    day = dt.date(2031, 1, 16)
    found = findings_of(
        ("The plane carried 62 passengers and six crew, the airline said.", day),
        ("All 68 people on board died, the airline said.", day),
    )
    assert [f.status.value for f in found if f.attribute == "people on board" and len(f.values) > 1] == []
