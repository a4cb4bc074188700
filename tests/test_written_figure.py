"""A figure's value is in base units ("170000000000" for "$170.0 billion"); the report also gives the figure
as written (``normalized``), which is what a reader copies from the page. Invented company and figures."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.pipeline import extract_document
from tests.helpers import document


def _values(texts: list[str], attribute: str) -> list[tuple[str, str | None]]:
    docs = [document(t, source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return sorted((v.value, v.normalized) for f in found if f.attribute == attribute for v in f.values)


def test_a_figure_in_billions_gives_its_written_digits() -> None:
    texts = [
        "Quillfeather results\n\nQuillfeather Systems reported fourth-quarter revenue of $170.0 billion on"
        " Tuesday, the company said.",
        "Quillfeather quarter\n\nRevenue at Quillfeather Systems reached $170.0 billion in the fourth quarter,"
        " according to its filing.",
    ]
    assert _values(texts, "revenue, quarter (USD)") == [("170000000000", "170.0")]


def test_a_count_written_as_its_value_gives_no_second_form() -> None:
    texts = [
        "Ferry sinks\n\nThe ferry sank on Tuesday with 312 passengers aboard, the coast guard said.",
        "Ferry lost\n\nThe ferry, which carried 312 passengers, sank on Tuesday, officials said.",
    ]
    assert [n for _, n in _values(texts, "people on board")] == [None]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_the_written_digits_are_those_of_the_page(whole: int, tenth: int) -> None:
    written = f"{whole}.{tenth}"
    texts = [
        f"Quillfeather results\n\nQuillfeather Systems reported fourth-quarter revenue of ${written} billion on"
        " Tuesday, the company said.",
        f"Quillfeather quarter\n\nRevenue at Quillfeather Systems reached ${written} billion in the fourth"
        " quarter, according to its filing.",
    ]
    assert [n for _, n in _values(texts, "revenue, quarter (USD)")] == [written]


def test_a_suggested_figure_is_written_as_the_page_writes_it() -> None:
    texts = [
        "Quillfeather results\n\nQuillfeather Systems reported fourth-quarter revenue of $86.31 billion on Tuesday,"
        " the company said.",
        "Quillfeather quarter\n\nRevenue at Quillfeather Systems reached $86.31 billion in the fourth quarter,"
        " according to its filing.",
        "Quillfeather beats forecasts\n\nQuillfeather Systems reported fourth-quarter revenue of $863.1 billion on"
        " Tuesday, the company said.",
    ]
    docs = [document(t, source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    [conflict] = [f for f in found if f.attribute == "revenue, quarter (USD)" and f.status.value == "conflict"]
    assert conflict.preferred is not None
    assert conflict.preferred.value == "86.31"
    assert sorted(v.value for v in conflict.preferred.votes) == ["86.31", "863.1"]
