"""A count of a property of a built thing (a building's storeys) cannot change between reports: frames
never split it by time (:func:`factcheck.compare.frames.split_frames`). Every article here is invented."""

from __future__ import annotations

import datetime as dt

from factcheck.compare.events import UNCERTAIN_FRAME_CONFIDENCE
from factcheck.models import Finding
from tests.helpers import findings_of

D1, D2 = dt.date(2031, 4, 7), dt.date(2031, 4, 28)
# The collapse dated by one report, the end of the search three weeks on by another: other news.
TOWER = (
    "The 12-storey tower in the old port collapsed on April 6, the fire service said.",
    "Firefighters searched the rubble of the 12-storey tower, which fell on Sunday.",
    "As of April 27, three weeks after the 13-storey tower fell, the search had ended.",
)


def _storeys(found: list[Finding]) -> list[tuple[str, float, list[str]]]:
    return sorted(
        (f.status.value, f.confidence, sorted(v.value for v in f.values))
        for f in found
        if f.attribute == "number of storeys"
    )


def test_storeys_told_beside_dates_three_weeks_apart_are_one_building() -> None:
    found = findings_of(*((text, None) for text in TOWER))
    assert _storeys(found) == [
        ("agreement", UNCERTAIN_FRAME_CONFIDENCE, ["12"]),
        ("conflict", UNCERTAIN_FRAME_CONFIDENCE, ["12", "13"]),
    ]


def test_storeys_in_reports_published_three_weeks_apart_are_one_building() -> None:
    found = findings_of(*zip(TOWER, (D1, D1, D2), strict=True))
    assert _storeys(found) == [("agreement", 1.0, ["12"]), ("conflict", 1.0, ["12", "13"])]
