"""A count that changes over time comes out as one ``updated`` finding carrying its series (issue 10).

Every example is invented. The rules: a value one source alone gives, far below what another report of
the same day gives, counts a part and stays out of the series; reports of one day may differ when the
text orders them ("has risen to", "as of"); a source's figure is the one other reports share before a
higher one it alone gives; a date on the verb of a toll says when people died, not when they were counted.
"""

from __future__ import annotations

import datetime as dt

from factcheck.compare import compare_claims
from factcheck.models import Finding, Status
from factcheck.pipeline import extract_document
from tests.helpers import document

D1, D2, D3 = dt.date(2025, 5, 5), dt.date(2025, 5, 6), dt.date(2025, 5, 7)  # a Monday, Tuesday, Wednesday


def _counts(attribute: str, *items: tuple[str, str, dt.date | None]) -> list[Finding]:
    docs = [document(text, published, sid) for sid, text, published in items]
    report = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs})
    return [f for f in report.findings if f.attribute == attribute]


def _shape(findings: list[Finding]) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [
        (f.status.value, [(v.display, sorted({s.source_id for s in v.sources})) for v in f.values]) for f in findings
    ]


def _series(finding: Finding) -> list[tuple[str, str | None, tuple[str, ...]]]:
    assert finding.series is not None
    return [(p.value, p.as_of, p.sources) for p in finding.series]


def test_a_lone_value_far_below_the_days_other_report_stays_out_of_the_series() -> None:
    found = _counts(
        "injured",
        ("a", "At least 40 people were injured when the ferry ran aground near Lakemouth, officials said.", D1),
        ("b", "Six people were injured in the ferry accident near Lakemouth.", D1),
        ("c", "The number of people injured in the ferry accident near Lakemouth has risen to 70.", D2),
    )
    assert _shape(found) == [
        ("updated", [("At least 40", ["a"]), ("70", ["c"])]),
        ("unique", [("Six", ["b"])]),
    ]
    assert _series(found[0]) == [("40", "2025-05-05", ("a",)), ("70", "2025-05-06", ("c",))]
    assert found[1].explanation == (
        "Only b states Six for the injured, far below another report of that day: it likely counts a part (one"
        " group), so it is not a step of the series."
    )


def test_without_dates_no_value_is_set_apart() -> None:
    found = _counts(
        "injured",
        ("a", "At least 40 people were injured when the ferry ran aground near Lakemouth, officials said.", None),
        ("b", "Six people were injured in the ferry accident near Lakemouth.", None),
        ("c", "The number of people injured in the ferry accident near Lakemouth has risen to 70.", None),
    )
    assert not any("far below another report" in f.explanation for f in found)
    assert {v.display for f in found for v in f.values} >= {"At least 40", "Six", "70"}


def test_two_reports_of_one_day_differ_when_the_text_says_the_toll_rose() -> None:
    (toll,) = _counts(
        "deaths",
        ("a", "Twelve people were killed in the flood in Varnby, officials said.", D1),
        ("b", "The death toll from the flood in Varnby has risen to 20.", D1),
        ("c", "The flood in Varnby killed 25 people, the mayor said.", D2),
    )
    assert toll.status == Status.UPDATED
    assert toll.preferred is not None and toll.preferred.value == "25"
    assert _series(toll) == [("12", "2025-05-05", ("a",)), ("20", "2025-05-05", ("b",)), ("25", "2025-05-06", ("c",))]


def test_two_reports_of_one_day_that_nothing_orders_stay_a_conflict() -> None:
    found = _counts(
        "deaths",
        ("a", "Twelve people were killed in the flood in Varnby, officials said.", D1),
        ("b", "The flood in Varnby killed 20 people, police said.", D1),
        ("c", "The flood in Varnby killed 25 people, the mayor said.", D2),
    )
    assert [f.status for f in found] == [Status.CONFLICT]


def test_a_toll_dated_by_its_deaths_is_the_count_of_its_articles_day() -> None:
    """Wednesday's "killed 12 on Monday" comes after Tuesday's 9: the series rises."""
    (toll,) = _counts(
        "deaths",
        ("a", "The flood in Varnby killed 12 people on Monday, officials said.", D3),
        ("b", "The flood in Varnby killed 9 people, police said.", D2),
    )
    assert toll.status == Status.UPDATED
    assert _series(toll) == [("9", "2025-05-06", ("b",)), ("12", "2025-05-07", ("a",))]


def test_an_as_of_phrase_dates_the_count() -> None:
    (toll,) = _counts(
        "deaths",
        ("a", "As of Monday, the flood in Varnby had killed 9 people, officials said.", D3),
        ("b", "The flood in Varnby killed 12 people, police said.", D2),
    )
    assert toll.status == Status.UPDATED
    assert _series(toll) == [("9", "2025-05-05", ("a",)), ("12", "2025-05-06", ("b",))]


def test_a_toll_revised_down_without_saying_so_stays_a_conflict() -> None:
    found = _counts(
        "deaths",
        ("a", "The flood in Varnby killed 25 people, officials said.", D1),
        ("b", "The flood in Varnby killed 19 people, police said.", D2),
    )
    assert [f.status for f in found] == [Status.CONFLICT]


def test_a_sources_figure_is_the_one_other_reports_share() -> None:
    """The 50 of another flood named for comparison is not the later report's toll: 26 is, which another
    report of that day shares, so the toll rose from 20 to 26."""
    (toll,) = _counts(
        "deaths",
        ("a", "The flood in Varnby killed 20 people, officials said.", D1),
        ("b", "The flood in Varnby killed 26 people. A flood on the same river once killed 50 people.", D2),
        ("c", "The flood in Varnby killed 26 people, police said.", D2),
    )
    assert toll.status == Status.UPDATED
    assert toll.preferred is not None and toll.preferred.value == "26"


def test_without_dates_an_open_bound_below_a_risen_toll_needs_no_word_of_change() -> None:
    # pool 5: "at least N" and "more than M" on early pages, later pages saying the toll rose
    found = _counts(
        "deaths",
        ("a", "At least 20 people were killed when the stand collapsed at the Lakemouth arena.", None),
        ("b", "More than 35 people were killed in the stand collapse at the Lakemouth arena.", None),
        ("c", "The death toll from the stand collapse at the Lakemouth arena rose to 48 on Monday.", None),
    )
    assert _shape(found) == [("updated", [("At least 20", ["a"]), ("More than 35", ["b"]), ("48", ["c"])])]


def test_without_dates_an_exact_figure_below_a_risen_toll_still_needs_one() -> None:
    found = _counts(
        "deaths",
        ("a", "At least 20 people were killed when the stand collapsed at the Lakemouth arena.", None),
        ("b", "Thirty-five people were killed in the stand collapse at the Lakemouth arena.", None),
        ("c", "The death toll from the stand collapse at the Lakemouth arena rose to 48 on Monday.", None),
    )
    assert [status for status, _values in _shape(found)] != ["updated"]
