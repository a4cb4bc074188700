"""Counts of different scopes under one key (issue #10, "Reference points and scope"): a province's toll
beside the whole toll, a toll of an earlier event of the same kind, and children affected beside children
who died. The place a count covers is read from the parse; a part of the story's area is no step of the
story's update series, and an earlier event's toll is its own fact, never a ``distinct-events`` finding
with the story's toll.

A place on one side only of a disagreement outside a series stays a possible qualifier (a possible
conflict, tests/test_compare_sameness.py). Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.qualifiers import qualifiers_of
from factcheck.parse import parse_text
from factcheck.pipeline import extract_document
from tests.helpers import document, findings_of, statuses_by_attribute

D1 = dt.date(2031, 8, 28)
D2 = dt.date(2031, 8, 31)
D3 = dt.date(2031, 9, 6)


def _scope(sentence: str, value: str) -> str | None:
    doc = parse_text(sentence)
    start = sentence.index(value)
    return qualifiers_of(doc.char_span(start, start + len(value), alignment_mode="expand"), toll=True).scope_key


@pytest.mark.parametrize(
    ("sentence", "value", "scope"),
    [
        # a "where" clause refers back to the subject of the clause it hangs from, or to its noun
        ("Upper Varn province is still the hardest hit, where the agency counts 52 dead.", "52", "upper varn province"),
        ("Varn province, where 52 people died, was the worst hit.", "52", "varn province"),
        # an area noun named by a proper noun, on the verb or in the clause
        ("The storm killed 30 people in the Kesh area.", "30", "kesh area"),
        ("In Varn province, 52 people died.", "52", "varn province"),
        # the place the count's head noun is given for
        ("The toll in Varn province rose to 52.", "52", "varn province"),
        # a place of the event, not of the count
        ("The death toll from the floods in Varn province rose to 1,265.", "1,265", None),
        ("The floods have killed 1,265 people.", "1,265", None),
    ],
)
def test_scope_of_a_count(sentence: str, value: str, scope: str | None) -> None:
    assert _scope(sentence, value) == scope


def _counts(text: str) -> list[tuple[str, str]]:
    found = extract_document(document(text, D1)).claims
    return [(c.attribute, c.value) for c in found if c.kind.value == "quantity"]


def test_children_affected_are_no_count_of_children_who_died() -> None:
    assert _counts("The storms have impacted some 900,000 children, the charity said.") == [
        ("number of children affected", "some 900,000 children")
    ]
    assert _counts("The floods affected 2 million children.") == [("number of children affected", "2 million children")]
    assert _counts("The floods have killed 300 children.") == [("deaths", "300")]
    assert _counts("The agency said 2 million children are at risk of disease.") == [
        ("number of children at risk", "2 million children are at risk")
    ]
    assert _counts("Some 3 million children in need of aid were reached.") == [
        ("number of children in need", "Some 3 million children in need")
    ]


def test_a_provinces_toll_is_no_step_of_the_national_series() -> None:
    found = findings_of(
        ("Three weeks of rain have killed 640 people, officials said.", D1),
        ("The death toll from the rains has risen to 710, the disaster agency said.", D2),
        (
            "The toll from the rains has climbed to 860. Upper Varn province is still the hardest hit, where the "
            "agency counts 330 dead.",
            D3,
        ),
    )
    assert statuses_by_attribute(found, "deaths") == [("unique", ["330"]), ("updated", ["640", "710", "860"])]
    (apart,) = [f for f in found if f.attribute == "deaths" and f.status.value == "unique"]
    assert apart.explanation == (
        "s3 states 330 for the deaths in Upper Varn province, a part of the story's area: not a step of the series."
    )


def test_a_place_whose_figure_the_toll_also_has_stays_in_the_series() -> None:
    found = findings_of(
        ("The fire has killed 21 people, officials said.", D1),
        ("The toll rose to 64 on Friday, officials said.", D3),
        ("The fire killed 64 people in the Kesh area, officials said.", D3),
    )
    assert statuses_by_attribute(found, "deaths") == [("updated", ["21", "64"])]


def test_a_toll_of_an_earlier_event_is_its_own_fact() -> None:
    found = findings_of(
        ("Three weeks of rain have killed 640 people, officials said.", D1),
        (
            "The death toll from the rains has risen to 710. Older residents recall the 1998 monsoon, which "
            "killed 3,100 people.",
            D3,
        ),
    )
    assert statuses_by_attribute(found, "deaths") == [("unique", ["3100"]), ("updated", ["640", "710"])]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year in one of two clauses with subjects of their own dates that clause only
        ("A 2015 quake killed 9,000 people, and the new one has killed 120 so far.", [("9,000", 2015), ("120", None)]),
        # one subject, two verbs: one clause, one year
        ("The floods of 1998 killed 2,000 people and displaced 20 million.", [("2,000", 1998), ("20 million", 1998)]),
        ("Older residents recall the 1998 monsoon, which killed 3,100 people.", [("3,100", 1998)]),
    ],
)
def test_a_year_dates_the_figures_of_its_own_clause(text: str, years: list[tuple[str, int | None]]) -> None:
    found = extract_document(document(text, D1)).claims
    assert [(c.value, c.event.year) for c in found if c.kind.value == "quantity"] == years


def test_a_part_of_the_area_is_no_value_of_a_distinct_events_finding() -> None:
    found = findings_of(
        ("The agency said 300 people, including 120 children, have died in the floods.", D1),
        (
            "Upper Varn province is still the hardest hit, where the agency counts 70 children dead.",
            dt.date(2031, 9, 2),
        ),
        ("The agency said the dead included 190 children.", dt.date(2031, 9, 20)),
    )
    distinct = [f for f in found if f.status.value == "distinct-events"]
    assert [sorted(v.value for v in f.values) for f in distinct] == [["120", "190"]]


def test_a_places_figure_near_the_whole_toll_is_that_toll_named_by_its_place() -> None:
    found = findings_of(
        ("The fire has killed 40 people, officials said.", D1),
        ("The toll rose to 100 on Friday, officials said.", D3),
        ("The fire killed 95 people in the Kesh area, officials said.", D3),
    )
    assert statuses_by_attribute(found, "deaths") == [("updated", ["100", "40", "95"])]
