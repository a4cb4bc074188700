"""A fact told again weeks later: frames set apart only by publication dates merge when they agree.

(Invented articles only.)
"""

from __future__ import annotations

import datetime as dt

from factcheck.compare.frames import Frame, merge_retold
from factcheck.models import Claim, Status
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


def _claim(sid: str, value: str, year: int | None = None, changes: bool = False) -> Claim:
    return claim_in(
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
        changes_over_time=changes,
    )


def _frame(sid: str, value: str, start: dt.date, year: int | None = None) -> Frame:
    return Frame([_claim(sid, value, year)], start, start, False)


def _same(a: object, b: object) -> bool:
    return a.normalized.key == b.normalized.key  # type: ignore[attr-defined]


def test_merge_keeps_a_frame_dated_by_its_text_apart() -> None:
    frames = [_frame("s1", "12", FIRST), _frame("s2", "12", LATER), _frame("s3", "12", dt.date(2019, 1, 1), 2019)]
    merged = merge_retold(frames, _same)
    assert [sorted(c.source_id for c in f.claims) for f in merged] == [["s1", "s2"], ["s3"]]
    assert (merged[0].start, merged[0].end) == (FIRST, LATER)


def _sources(frames: list[Frame]) -> list[list[str]]:
    return [sorted(c.source_id for c in f.claims) for f in frames]


def test_a_later_frame_that_repeats_one_earlier_figure_joins_it() -> None:
    earlier = Frame([_claim("s1", "12"), _claim("s2", "15")], FIRST, FIRST, False)
    assert _sources(merge_retold([earlier, _frame("s3", "12", LATER)], _same)) == [["s1", "s2", "s3"]]


def test_frames_each_with_a_figure_of_their_own_stay_apart() -> None:
    earlier = Frame([_claim("s1", "12"), _claim("s2", "14")], FIRST, FIRST, False)
    later = Frame([_claim("s3", "12"), _claim("s4", "15")], LATER, LATER, False)
    assert _sources(merge_retold([earlier, later], _same)) == [["s1", "s2"], ["s3", "s4"]]


def _hedged(sid: str, key: str, low: float, high: float) -> Claim:
    claim = _claim(sid, key)
    return claim.model_copy(update={"normalized": claim.normalized.model_copy(update={"low": low, "high": high})})


def _overlap(a: object, b: object) -> bool:
    x, y = a.normalized, b.normalized  # type: ignore[attr-defined]
    return bool(x.low <= y.high and y.low <= x.high)


def test_a_merge_that_would_make_a_new_disagreement_is_not_made() -> None:
    # s3's 105 fits s1's "about 100" but not s2's 95, and no frame holds 105 beside 95 yet.
    earlier = Frame([_hedged("s1", "100", 90, 110), _hedged("s2", "95", 95, 95)], FIRST, FIRST, False)
    later = Frame([_hedged("s3", "105", 105, 105)], LATER, LATER, False)
    assert _sources(merge_retold([earlier, later], _overlap)) == [["s1", "s2"], ["s3"]]
    # the same pair already disagreeing inside the later frame: nothing new, the frames merge
    later = Frame([_hedged("s3", "105", 105, 105), _hedged("s4", "95", 95, 95)], LATER, LATER, False)
    assert _sources(merge_retold([earlier, later], _overlap)) == [["s1", "s2", "s3", "s4"]]


def test_a_changing_figure_merges_only_when_every_claim_agrees() -> None:
    earlier = Frame([_claim("s1", "30", changes=True), _claim("s2", "41", changes=True)], FIRST, FIRST, False)
    later = Frame([_claim("s3", "30", changes=True)], LATER, LATER, False)
    assert _sources(merge_retold([earlier, later], _same)) == [["s1", "s2"], ["s3"]]
