"""Precision on the look-alikes a fourth unlabelled pool of new stories showed (issue #10): one office
written as 'vice' and as 'deputy', an hour written with its zone after it ('around 9 p.m. local
time') still hedged to the hour, a night and the small hours of the next day,
the gravest of those in a state ('in critical care') counted apart from all of them, and
a comparison figure's year ('down from 13.1 in the third quarter of 2029') kept off this quarter's figure,
and a product line named before a result head ('Glider revenue') counted apart from the company's revenue.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities.lexicon import counted_lexicon
from factcheck.extract.quantities.money import money_head
from factcheck.extract.quantities.reference_year import reference_year
from factcheck.extract.quantities.severity import severity_after
from factcheck.normalize.numbers import find_numbers
from tests.helpers import findings_of as _findings

D1 = dt.date(2031, 4, 7)


def test_vice_and_deputy_before_one_title_are_one_office() -> None:
    found = _findings(
        ("Deputy Governor Orla Venkova said the reserve would cover the repairs.", D1),
        ("Vice Gov. Orla Venkova said the reserve would cover the repairs.", D1),
    )
    titles = [(f.status.value, f.values[0].display) for f in found if f.attribute == "title"]
    assert titles == [("agreement", "Deputy Governor")]


# ---------------------------------------------------------------- a hedged hour with its zone written after it


def test_a_hedged_hour_with_a_zone_after_it_is_still_written_to_the_hour() -> None:
    found = _findings(
        ("A fire broke out in a warehouse in Accra at around 9 p.m. local time on Friday, the agency said.", D1),
        ("A fire broke out in a warehouse in Accra at 21:17 local time on Friday, the agency said.", D1),
        ("A fire broke out in a warehouse in Accra around 9.15pm on Friday, the agency said.", D1),
    )
    assert [f.status.value for f in found if f.attribute == "time"] == ["agreement"]


# ---------------------------------------------------------------- a night runs past midnight

THURSDAY = dt.date(2031, 4, 10)


def _dates(first: str, second: str) -> list[tuple[str, list[str]]]:
    found = _findings((first, THURSDAY), (second, THURSDAY))
    return [(f.status.value, [v.display for v in f.values]) for f in found if f.attribute == "date"]


def test_a_night_and_the_small_hours_of_the_next_day_are_one_moment() -> None:
    night = "A fire broke out in a warehouse in Accra on Tuesday night, the agency said."
    small_hours = "A fire broke out in a warehouse in Accra in the early hours of Wednesday, the agency said."
    assert _dates(night, small_hours) == [("agreement", ["2031-04-08", "2031-04-09"])]
    night_of = "A fire broke out in a warehouse in Accra on the night of Tuesday, the agency said."
    assert _dates(night_of, small_hours) == [("agreement", ["2031-04-08", "2031-04-09"])]


def test_two_days_without_a_night_still_differ() -> None:
    tuesday = "A fire broke out in a warehouse in Accra on Tuesday, the agency said."
    wednesday = "A fire broke out in a warehouse in Accra on Wednesday, the agency said."
    assert _dates(tuesday, wednesday) == [("possible-conflict", ["2031-04-08", "2031-04-09"])]


# ---------------------------------------------------------------- the gravest of those in a state


def test_the_gravest_of_those_treated_are_a_count_of_their_own() -> None:
    all_treated = "Ambulance crews said the fire in Accra left 64 people treated in four hospitals."
    both = (
        "Ambulance crews said the fire in Accra left 64 people treated in four hospitals, "
        "and 15 people were being treated in critical care."
    )
    found = _findings((all_treated, D1), (both, D1))
    counts = sorted(
        (f.status.value, f.attribute, [v.display for v in f.values]) for f in found if "injured" in f.attribute
    )
    assert counts == [("agreement", "injured", ["64"]), ("unique", "injured in critical condition", ["15"])]
    # Alone, the gravest are not the toll either.
    found = _findings(("Fifteen people were treated in intensive care after the fire in Accra.", D1))
    assert [f.attribute for f in found if "injured" in f.attribute] == ["injured in critical condition"]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" in critical care", "in critical condition"),
        (" in intensive care", "in critical condition"),
        (" in a serious condition", "in serious condition"),
        (" critically", "in critical condition"),
        (" in four hospitals", None),
        (" at home", None),
    ],
)
def test_severity_after_a_state(after: str, expected: str | None) -> None:
    found = severity_after(f"were treated{after} overnight", len("were treated"))
    assert (found[0] if found else None) == expected


@given(st.text(alphabet="abcdefghij ,.", max_size=30))
def test_severity_needs_a_gravity_word(tail: str) -> None:
    assert severity_after(f"treated {tail}", len("treated")) is None


# ---------------------------------------------------------------- a comparison's year is not the figure's


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales were $12.4 billion, down from $13.1 billion in the third quarter of 2029.", True),
        ("Sales were $12.4 billion, down from $13.1 billion in 2029.", True),
        ("The blast is not expected to cause the same damage as one in 2010.", True),
        ("The plant opened in 2029 and employs 40 people.", False),
        ("Sales were $12.4 billion in the third quarter of 2029.", False),
    ],
)
def test_reference_years(sentence: str, expected: bool) -> None:
    year = next(m for m in re.finditer(r"\b(?:19|20)\d\d\b", sentence))
    assert reference_year(sentence, year.start()) is expected


def test_this_quarters_figure_keeps_its_own_time_beside_a_year_ago_figure() -> None:
    found = _findings(
        ("Kestrel Foods reported revenue of $12.4 billion, down from $13.1 billion in the third quarter of 2029.", D1),
        ("Kestrel Foods said on Monday that revenue was $12.4 billion for the quarter.", D1),
    )
    revenue = [(f.status.value, f.event, f.attribute) for f in found if "revenue" in f.attribute]
    assert ("agreement", None, "revenue, quarter (USD)") in revenue  # results.v1's key (period and stance)


# ---------------------------------------------------------------- a product line's amount is a part


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("Kestrel said Glider revenues were $4.1 billion.", "revenues", "glider revenue"),
        ("Kestrel said eFreight sales were $4.1 billion.", "sales", "efreight sales"),
        ("Quarterly revenue was $9.8 billion.", "revenue", "revenue"),
        ("Kestrel said Q4 revenue was $9.8 billion.", "revenue", "revenue"),
        ("Kestrel said its September sales were $9.8 billion.", "sales", "sales"),
        ("Kestrel made a Harbour bid of $2 billion.", "bid", "bid"),
    ],
)
def test_a_named_product_line_before_a_result_head_is_a_part(text: str, head: str, expected: str) -> None:
    amount = next(m for m in find_numbers(text) if m.value > 100)
    assert money_head(counted_lexicon(), text, amount) == expected


def test_product_lines_are_not_the_companys_revenue() -> None:
    found = _findings(
        ("Kestrel Foods said revenue was $12.4 billion, and Glider revenue was $3.2 billion.", D1),
        ("Kestrel Foods said revenue was $12.4 billion for the quarter.", D1),
    )
    revenue = sorted((f.status.value, f.attribute) for f in found if "revenue" in f.attribute)
    assert revenue == [("agreement", "revenue, quarter (USD)"), ("unique", "glider revenue, quarter (USD)")]
