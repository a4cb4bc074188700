"""A decimal point misplaced ("$863.1 billion" for "$86.31 billion") is one figure misprinted: far apart,
yet no sign of two counts under one name. Invented company and figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.compare.certainty import decimal_slip
from factcheck.pipeline import extract_document
from tests.helpers import document


@pytest.mark.parametrize(
    ("x", "y", "slip"),
    [
        (86.31e9, 863.1e9, True),
        (1.25e6, 12.5e6, True),
        (100.0, 1000.0, False),  # round figures share their digits by chance
        (25.0, 250.0, False),
        (86.31e9, 86.31e9, False),  # the same figure
        (86.31e9, 86.13e9, False),  # digits swapped: another slip, not this one
    ],
)
def test_decimal_slip(x: float, y: float, slip: bool) -> None:
    assert decimal_slip(x, y) is slip


@given(st.integers(min_value=100, max_value=999_999), st.integers(min_value=-3, max_value=3), st.integers(1, 3))
def test_a_figure_moved_by_a_power_of_ten_is_a_slip(digits: int, scale: int, shift: int) -> None:
    if digits % 10 == 0:
        return  # trailing zeros make fewer significant digits: covered by the table
    x = digits * 10.0**scale
    assert decimal_slip(x, x * 10**shift)
    assert decimal_slip(x * 10**shift, x)


def test_a_misplaced_decimal_point_is_a_conflict_not_two_counts() -> None:
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
    revenue = [f for f in found if f.attribute == "revenue, quarter (USD)" and f.status.value != "agreement"]
    assert [(f.status.value, sorted(v.value for v in f.values)) for f in revenue] == [
        ("conflict", ["86310000000", "863100000000"])
    ]
