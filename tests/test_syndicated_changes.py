"""A syndicated copy counts once in the vote, but a copy that changes a fact is a conflict, not hidden."""

from __future__ import annotations

import datetime as dt

from factcheck.compare import compare_claims
from factcheck.models import Finding, Status
from factcheck.pipeline import extract_document
from tests.helpers import document

STORY = (
    "Flood water cut off more than 30 villages in the east of the province on Tuesday, the regional "
    "governor said. Rescue teams moved 1,400 residents to safety by boat and helicopter overnight. "
    "{killed} people were killed and the government released an emergency fund of 15 million euros. "
    "Schools in the valley will stay closed until the weekend, the education office said.\n"
)
OWN_WORDS = (
    "The regional governor said rescue teams had moved 1,400 residents, and eight people were killed in the "
    "floods in the east of the province.\n"
)
D1, D2 = dt.date(2025, 4, 1), dt.date(2025, 4, 2)


def _compare(*items: tuple[str, str, dt.date | None]) -> tuple[list[Finding], dict[str, str]]:
    docs = [document(text, published, sid) for sid, text, published in items]
    result = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs})
    return result.findings, result.duplicate_of


def _about(findings: list[Finding], attribute: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [
        (f.status.value, [(v.value, sorted({e.source_id for e in v.sources})) for v in f.values])
        for f in findings
        if f.attribute == attribute
    ]


def test_a_copy_that_changes_a_figure_is_a_conflict() -> None:
    found, duplicate_of = _compare(
        ("wire", STORY.format(killed="Eight"), D1), ("partner", STORY.format(killed="Eleven"), D1)
    )
    assert duplicate_of == {"wire": "partner"}
    assert _about(found, "deaths") == [("conflict", [("11", ["partner"]), ("8", ["wire"])])]
    (conflict,) = [f for f in found if f.attribute == "deaths"]
    assert conflict.explanation.endswith("wire is a near-copy of partner, and the two state different values.")
    # One syndication group: each value has the weight of one source, so no value is suggested.
    assert conflict.preferred is None
    # What both copies state is one source's word: single-source, as before.
    assert _about(found, "number of villages") == [("unique", [("30", ["partner", "wire"])])]


def test_the_copy_still_counts_once_in_the_vote() -> None:
    found, _ = _compare(
        ("wire", STORY.format(killed="Eight"), D1),
        ("partner", STORY.format(killed="Eleven"), D1),
        ("daily", OWN_WORDS, D1),
    )
    (conflict,) = [f for f in found if f.attribute == "deaths" and f.status == Status.CONFLICT]
    assert conflict.preferred is not None and conflict.preferred.value == "8"
    assert sorted((v.value, v.weight) for v in conflict.preferred.votes) == [("11", 1.0), ("8", 2.0)]
    # The two copies and the third source: two independent sources agree on the deaths, not three.
    (side,) = [f for f in found if f.attribute == "deaths" and f.status == Status.AGREEMENT]
    assert side.explanation.startswith("2 independent sources agree on eight")


def test_identical_copies_still_count_once() -> None:
    found, duplicate_of = _compare(
        ("wire", STORY.format(killed="Eight"), D1), ("partner", STORY.format(killed="Eight"), D1)
    )
    assert duplicate_of == {"wire": "partner"}
    assert _about(found, "deaths") == [("unique", [("8", ["partner", "wire"])])]
    assert not [f for f in found if f.status == Status.CONFLICT]


def test_a_copy_published_later_with_a_higher_toll_is_an_update() -> None:
    later = STORY.format(killed="Eight").replace("Eight people were killed", "The death toll has risen to 11")
    found, duplicate_of = _compare(("wire", STORY.format(killed="Eight"), D1), ("partner", later, D2))
    assert duplicate_of == {"wire": "partner"}
    assert _about(found, "deaths") == [("updated", [("11", ["partner"]), ("8", ["wire"])])]


def test_a_copy_that_changes_a_toll_on_the_same_day_is_not_swallowed_by_a_later_update() -> None:
    changed = STORY.format(killed="Eleven")
    later = "The death toll from the floods in the east of the province has risen to 15, the governor said.\n"
    found, duplicate_of = _compare(
        ("wire", STORY.format(killed="Eight"), D1), ("partner", changed, D1), ("daily", later, D2)
    )
    assert duplicate_of == {"wire": "partner"}
    assert [status for status, _ in _about(found, "deaths")] == ["conflict"]
