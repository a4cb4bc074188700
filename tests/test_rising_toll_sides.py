"""A toll that rises between reports is no agreement of its different values, and a part of one
article's toll (two in one county) does not agree with another article's equal part of another."""

from __future__ import annotations

from factcheck.compare import compare_claims
from factcheck.compare.sides import SAME_FIGURE_MAX_GAP
from factcheck.pipeline import extract_document
from tests.helpers import document


def _deaths(*texts: str) -> list[tuple[str, list[str]]]:
    docs = [document(t, source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return [(f.status.value, [v.value for v in f.values]) for f in found if f.attribute == "deaths"]


def test_parts_and_different_reports_of_a_rising_toll_are_no_agreement() -> None:
    found = _deaths(
        "Storm Varel killed at least 95 people across the Drava valley. In Kestrel County, two people died when"
        " a tree fell on their house.",
        "Storm Varel killed at least 105 people across the Drava valley. Two firefighters died in the rescue effort.",
    )
    assert found == []


def test_one_figure_of_a_toll_still_agrees_beside_the_parts() -> None:
    found = _deaths(
        "Storm Varel killed at least 153 people across the Drava valley. In Kestrel County, two people died when"
        " a tree fell on their house.",
        "Storm Varel killed 154 people across the Drava valley. Two firefighters died in the rescue effort.",
    )
    assert found == [("agreement", ["153", "154"])]


def test_the_gap_of_one_figure_is_that_of_a_hedge() -> None:
    assert SAME_FIGURE_MAX_GAP == 0.05


def test_a_larger_part_equal_in_two_sources_still_agrees() -> None:
    found = _deaths(
        "Storm Varel killed at least 95 people across the Drava valley. Kestrel County has seen 17 deaths.",
        "Storm Varel killed at least 105 people across the Drava valley. A county spokesman said 17 people were"
        " killed in the county.",
    )
    assert found == [("agreement", ["17"])]


def test_a_range_agrees_by_its_middle() -> None:
    found = _deaths(
        "Storm Varel killed about a hundred people across the Drava valley. Two firefighters died in the rescue.",
        "Storm Varel killed 104 people across the Drava valley. In Kestrel County, two people died.",
    )
    assert found == [("agreement", ["100", "104"])]
