"""The owner of a results figure: the company's own name (and a parent the article names as such) is no
owner; a segment named as the clause's subject, compound or possessor is. Invented company and sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.quantities.results import company_words
from factcheck.extract.registry import run_extractors
from tests.helpers import context

# The child brand is named most often; the article says the parent is its parent.
_KIN = "Lumo's parent company Orbix released its results on Tuesday. Lumo said demand was strong. Lumo added staff. "
_LEAD = "Quillfeather Systems released its results on Tuesday. Quillfeather said demand was strong. "


def _results(text: str) -> list[tuple[str, str, bool]]:
    return [
        (c.attribute, c.value, c.key_resolved) for c in run_extractors(context(text)) if c.extractor == "results.v1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the company's name as possessor or compound is the company itself
        (
            _LEAD + "Quillfeather's fourth-quarter revenue was $2.1 billion.",
            [("revenue, quarter (USD)", "$2.1 billion", True)],
        ),
        (
            _LEAD + "Quillfeather revenue rose 13% to $2.1 billion in the fourth quarter.",
            [("rise in revenue, quarter (%)", "13%", True), ("revenue, quarter (USD)", "$2.1 billion", True)],
        ),
        # a parent the article names as such is the company too, not a segment of it
        (
            _KIN + "Orbix's fourth-quarter revenue was $2.1 billion.",
            [("revenue, quarter (USD)", "$2.1 billion", True)],
        ),
        # a segment as the clause's subject, as a possessor, or as the subject of the participle's head verb
        (
            _LEAD + "Lantern revenue increased 12.7% to $900 million in the quarter.",
            [
                ("rise in lantern revenue, quarter (%)", "12.7%", True),
                ("lantern revenue, quarter (USD)", "$900 million", True),
            ],
        ),
        (
            _LEAD + "The cloud unit's revenue was $400 million in the fourth quarter.",
            [("cloud revenue, quarter (USD)", "$400 million", True)],
        ),
        (
            _LEAD + "The cloud division contributed strongly, generating $400 million in revenue in the quarter.",
            [("cloud revenue, quarter (USD)", "$400 million", True)],
        ),
        # a segment named by a place before the kind of part: the kind is dropped, the place kept
        (
            _LEAD + "North America segment operating income was $510 million in the fourth quarter.",
            [("north america operating income, quarter (USD)", "$510 million", True)],
        ),
        # a later "<Company> Cloud" is a segment: only the name's first mention gives the company's full name
        (
            _LEAD + "Quillfeather Cloud's revenue for the fourth quarter was $400 million.",
            [("cloud revenue, quarter (USD)", "$400 million", True)],
        ),
    ],
)
def test_results_owner(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD, {"quillfeather", "systems"}),
        (_KIN, {"lumo", "orbix"}),
        ("Orbix, the parent of Lumo, grew. Lumo hired. Lumo sold more. ", {"lumo", "orbix"}),
        ("Lumo hired. Lumo Cloud grew. Lumo sold more. ", {"lumo"}),
        # a region a results page names segment by segment is no company; a web suffix is part of no name
        (
            "Orbix.com reported results.\n- North America sales rose.\n- North America profit rose.\n"
            "- North America costs fell.\n",
            {"orbix"},
        ),
    ],
)
def test_company_words(text: str, expected: set[str]) -> None:
    assert company_words(context(text)) == frozenset(expected)


def test_a_headline_naming_the_company_short_does_not_make_its_full_name_a_segment() -> None:
    text = (
        "Quillfeather beats forecasts\n\n"
        "Quillfeather Systems reported fourth-quarter revenue of $2.1 billion on Tuesday, the company said.\n"
    )
    assert _results(text) == [("revenue, quarter (USD)", "$2.1 billion", True)]
    assert "systems" in company_words(context(text))
