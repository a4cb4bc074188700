"""Figures over time: an ``updated`` finding carries its series, shown in every format."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.compare.context import CompareContext
from factcheck.compare.series import as_of, build_series
from factcheck.compare.values import group_values
from factcheck.models import (
    Claim,
    ClaimKind,
    CompareAs,
    EventHints,
    Evidence,
    Finding,
    Normalized,
    SeriesPoint,
    Status,
)
from factcheck.pipeline import extract_document
from factcheck.render import RenderOptions, render
from factcheck.report import validate_report
from tests.helpers import document

TOLL_1 = "At least 12 people were killed when the storm hit the coast, officials said."
TOLL_2 = "The death toll from the storm has risen to 31, the civil defence agency said on its website."
TOLL_3 = "The number of people killed by the storm has climbed to 40, rescuers in the port said."
D1, D2, D3 = dt.date(2025, 3, 10), dt.date(2025, 3, 11), dt.date(2025, 3, 12)


def _findings(*items: tuple[str, str, dt.date | None]) -> list[Finding]:
    docs = [document(text, published, sid) for sid, text, published in items]
    return compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings


def _deaths(findings: list[Finding]) -> Finding:
    (toll,) = [f for f in findings if f.attribute == "deaths"]
    return toll


def test_a_rising_toll_carries_its_series_in_time_order() -> None:
    toll = _deaths(_findings(("b", TOLL_2, D2), ("a", TOLL_1, D1)))
    assert toll.status == Status.UPDATED
    assert toll.series is not None
    assert [(p.value, p.as_of, p.sources, p.revised) for p in toll.series] == [
        ("12", "2025-03-10", ("a",), False),
        ("31", "2025-03-11", ("b",), False),
    ]
    assert [p.display for p in toll.series] == [v.display for v in toll.values]


def test_without_dates_the_series_is_ordered_by_value_with_unknown_times() -> None:
    toll = _deaths(_findings(("b", TOLL_2, None), ("a", TOLL_1, None)))
    assert toll.status == Status.UPDATED
    assert toll.series is not None
    assert [(p.value, p.as_of, p.sources) for p in toll.series] == [("12", None, ("a",)), ("31", None, ("b",))]


def test_only_updated_findings_have_a_series() -> None:
    found = _findings(("a", TOLL_1, D1), ("b", TOLL_2, D2), ("c", "Storm hits the coast of Oakport.", D2))
    assert {f.status for f in found if f.series is not None} == {Status.UPDATED}
    assert all(f.series is None for f in found if f.status != Status.UPDATED)


def test_a_claims_own_date_beats_its_publication_date_when_an_as_of_phrase_gives_it() -> None:
    claim = next(c for c in extract_document(document(TOLL_1, D2, "a")).claims if c.attribute == "deaths")
    ctx = CompareContext(sources={"a": document(TOLL_1, D2, "a").source})
    assert as_of(claim, ctx) == D2
    by_then = claim.qualifiers.model_copy(update={"as_of": "by Monday"})
    dated = claim.model_copy(update={"event": EventHints(date=D1), "qualifiers": by_then})
    assert as_of(dated, ctx) == D1
    later = claim.model_copy(update={"source_id": "b", "event": EventHints(date=D3), "qualifiers": by_then})
    series = build_series(group_values([later, dated]), ctx)
    assert [(p.as_of, p.sources) for p in series] == [("2025-03-10", ("a",)), ("2025-03-12", ("b",))]


def test_the_date_of_the_deaths_is_not_when_they_were_counted() -> None:
    """A toll "killed 12 on Monday" in a Wednesday paper is the count known on Wednesday."""
    claim = next(c for c in extract_document(document(TOLL_1, D2, "a")).claims if c.attribute == "deaths")
    ctx = CompareContext(sources={"a": document(TOLL_1, D2, "a").source})
    on_the_day = claim.model_copy(
        update={"event": EventHints(date=D1), "qualifiers": claim.qualifiers.model_copy(update={"as_of": "on Monday"})}
    )
    assert as_of(on_the_day, ctx) == D2
    assert as_of(on_the_day, CompareContext(sources={"a": document(TOLL_1, None, "a").source})) == D1


def test_revised_points_are_flagged() -> None:
    claim = next(c for c in extract_document(document(TOLL_1, D1, "a")).claims if c.attribute == "deaths")
    revised = claim.model_copy(
        update={"source_id": "b", "normalized": claim.normalized.model_copy(update={"revised": True})}
    )
    ctx = CompareContext(sources={"a": document(TOLL_1, D1, "a").source, "b": document(TOLL_1, D2, "b").source})
    series = build_series(group_values([claim, revised]), ctx)
    assert [(p.as_of, p.sources, p.revised) for p in series] == [
        ("2025-03-10", ("a",), False),
        ("2025-03-11", ("b",), True),
    ]


def test_the_series_is_in_the_text_markdown_and_json_reports() -> None:
    from factcheck.pipeline import compare_claim_files

    docs = [document(TOLL_1, D1, "a"), document(TOLL_2, D2, "b")]
    report = compare_claim_files([extract_document(d) for d in docs], texts={d.source.id: d.text for d in docs})
    toll = _deaths(list(report.findings))
    assert toll.series is not None
    line = f"{toll.series[0].display} (2025-03-10: a) → {toll.series[1].display} (2025-03-11: b)"
    assert f"  series: {line}\n" in render(report, "text", RenderOptions())
    assert f"\nSeries: {line}\n" in render(report, "markdown", RenderOptions())
    data = json.loads(render(report, "json", RenderOptions()))
    validate_report(data)
    (shown,) = [f for f in data["findings"] if f["attribute"] == "deaths"]
    assert shown["series"] == [
        {"value": "12", "display": toll.series[0].display, "as_of": "2025-03-10", "sources": ["a"], "revised": False},
        {"value": "31", "display": toll.series[1].display, "as_of": "2025-03-11", "sources": ["b"], "revised": False},
    ]


def test_reports_without_series_still_validate() -> None:
    """Backward compatible: a finding of an older report has no ``series`` key at all."""
    from tests.test_render_formats import sample_report

    data = json.loads(render(sample_report(), "json", RenderOptions()))
    for f in data["findings"]:
        f.pop("series")
    validate_report(data)
    point = SeriesPoint(value="1", display="1", sources=("a",))
    assert point.as_of is None and point.revised is False


def _claim(source: str, figure: int, day: dt.date | None) -> Claim:
    text = f"{figure} people died"
    return Claim(
        id=f"{source}-{figure}",
        source_id=source,
        extractor="quantity.v1",
        kind=ClaimKind.QUANTITY,
        subject="the event",
        subject_key="event",
        attribute="deaths",
        value=str(figure),
        normalized=Normalized(key=str(figure), display=str(figure), low=figure, high=figure),
        compare_as=CompareAs.NUMBER,
        changes_over_time=True,
        event=EventHints(date=day),
        evidence=Evidence(source_id=source, sentence=text, start=0, end=len(text), text=text),
    )


_DAYS = st.one_of(st.none(), st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31)))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.integers(0, 500), _DAYS), min_size=1, max_size=12))
def test_series_points_are_ordered_and_cover_every_claim(rows: list[tuple[str, int, dt.date | None]]) -> None:
    claims = [_claim(s, n, d) for s, n, d in rows]
    series = build_series(group_values(claims), CompareContext(sources={}))
    # Every (value, time, source) of the claims is in exactly one point, and points do not repeat.
    covered = sorted((p.value, p.as_of or "?", s) for p in series for s in p.sources)
    wanted = sorted({(str(n), d.isoformat() if d else "?", s) for s, n, d in rows})
    assert covered == wanted
    assert len({(p.value, p.as_of) for p in series}) == len(series)
    if all(p.as_of is not None for p in series):
        assert [p.as_of for p in series] == sorted(p.as_of or "" for p in series)
    else:
        assert [float(p.value) for p in series] == sorted(float(p.value) for p in series)


def test_every_format_but_json_states_the_series_in_words() -> None:
    """The series line reaches every format (JSON carries it as the structured ``series``)."""
    from factcheck.render import formats
    from tests.test_render_formats import sample_report

    report = sample_report()
    shown = {fmt: render(report, fmt, RenderOptions(draft_ids=("draft",))) for fmt in formats() if fmt != "json"}
    assert sorted(shown) == sorted(
        ["text", "markdown", "sarif", "github", "gitlab", "html", "concise", "junit", "checkstyle", "rdjson"]
    )
    assert [fmt for fmt, out in shown.items() if "7 (2024-09-01: draft) → 9 " not in out] == []
    assert [fmt for fmt, out in shown.items() if "revised (2024-09-02: paper, wire)" not in out] == []
