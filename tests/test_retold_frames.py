"""A fact told again weeks later: frames set apart only by publication dates merge when they agree.

(Invented articles only.)
"""

from __future__ import annotations

import datetime as dt

from factcheck.compare.frames import Frame, merge_retold
from factcheck.models import Status
from tests.helpers import claim_in, findings_of, statuses_by_attribute

FIRST = dt.date(2031, 5, 2)
LATER = dt.date(2031, 5, 30)  # four weeks on: past the frame gap of a figure that does not change


def test_a_figure_told_again_weeks_later_agrees() -> None:
    found = findings_of(
        ("A crowd of 40,000 gathered in Velmora's harbour square for the lantern festival, police said.", FIRST),
        ("Velmora's lantern festival drew 40,000 people to the harbour square, police said.", LATER),
        ("Velmora's lantern festival drew 40,000 people to the harbour square, the organisers said.", LATER),
    )
    assert statuses_by_attribute(found, "attendance") == [(Status.AGREEMENT.value, ["40000"])]


def test_frames_that_disagree_stay_apart() -> None:
    found = findings_of(
        ("A crowd of 40,000 gathered in Velmora's harbour square for the lantern festival, police said.", FIRST),
        ("Velmora's lantern festival drew 25,000 people to the harbour square, police said.", LATER),
    )
    statuses = {status for status, _ in statuses_by_attribute(found, "attendance")}
    assert Status.CONFLICT.value not in statuses
    assert Status.DISTINCT_EVENTS.value in statuses


def _frame(sid: str, value: str, start: dt.date, year: int | None = None) -> Frame:
    claim = claim_in(
        sid,
        value,
        f"The tower has {value} floors.",
        kind="quantity",
        subject="event",
        subject_key="event",
        attribute="number of floors",
        normalized={"key": value, "display": value, "low": float(value), "high": float(value)},
        compare_as="number",
        event={"year": year, "anchored_to_publication": year is None},
    )
    return Frame([claim], start, start, False)


def _same(a: object, b: object) -> bool:
    return a.normalized.key == b.normalized.key  # type: ignore[attr-defined]


def test_merge_keeps_a_frame_dated_by_its_text_apart() -> None:
    frames = [_frame("s1", "12", FIRST), _frame("s2", "12", LATER), _frame("s3", "12", dt.date(2019, 1, 1), 2019)]
    merged = merge_retold(frames, _same)
    assert [sorted(c.source_id for c in f.claims) for f in merged] == [["s1", "s2"], ["s3"]]
    assert (merged[0].start, merged[0].end) == (FIRST, LATER)
