"""Events of a series (issue #10): the instance a value belongs to (the second flight, day 3, Q3) is
read from the parse (:mod:`factcheck.extract.analysis.instances`); values of different
instances are different facts, an instance on one side only is a one-sided qualifier.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.analysis.instances import ORDINALS, designation_key
from factcheck.extract.qualifiers import qualifiers_of
from factcheck.models import Finding
from factcheck.parse import parse_text
from tests.helpers import findings_of

D1 = dt.date(2031, 4, 7)


def _instance(sentence: str, value: str) -> str | None:
    doc = parse_text(sentence)
    start = sentence.index(value)
    return qualifiers_of(doc.char_span(start, start + len(value), alignment_mode="expand")).instance


@pytest.mark.parametrize(
    ("sentence", "value", "instance"),
    [
        ("The second flight reached an altitude of 150 km on Tuesday.", "150", "2"),
        ("During the third test flight, the booster climbed to 210 km.", "210", "3"),
        ("The glider climbed to 90 km on its maiden flight.", "90", "1"),
        ("The toll of the second quake rose to 12.", "12", "2"),
        ("In the first round, the mayor won 42 percent of the vote.", "42", "1"),
        ("The mayor won 55 percent in the runoff.", "55", "2"),
        ("Revenue rose 8 percent in the third quarter.", "8", "3"),
        ("Q3 revenue was $4.1 billion.", "4.1", "3"),
        ("Flight 4 reached 140 km.", "140", "4"),
        ("The home side won Game 2 by 12 points.", "12", "2"),
        ("On Day 3 of the summit, 40 leaders signed the text.", "40", "3"),
        ("The 2019 fire destroyed 300 homes.", "300", None),  # a year frames in time (EventHints.year)
        ("The toolmaker reported $9.2 billion for its fiscal 2031 fourth quarter.", "9.2", "4"),
        ("An earlier quake had killed 8 people.", "8", "previous"),
        ("A halt in the third quarter led to a record total of 1.2 million units for the year.", "1.2", None),
        ("The group's tally fell to 7 seats from 11 in the previous vote.", "7", None),
        ("Officials said the second quake killed 12 people.", "12", "2"),
        ("The glider, which reached 90 km during its third flight, landed safely.", "90", "3"),
        # a clause the value's clause is subordinate to tells of another event
        ("The pair face a second round because no candidate won more than 50 percent.", "50", None),
        # "first" as "initially" or a rank, a relative day, and no ordinal at all: no instance
        ("Police first reported 14 deaths on Monday.", "14", None),
        ("At first, officials counted 20 injured.", "20", None),
        ("She was the first woman to win 3 titles.", "3", None),
        ("It was the first such quake in decades, killing 30 people.", "30", None),
        ("The next day, rescuers found 12 more bodies.", "12", None),
        ("The quake killed 30 people.", "30", None),
    ],
)
def test_instance_read_from_the_parse(sentence: str, value: str, instance: str | None) -> None:
    assert _instance(sentence, value) == instance


@given(st.integers(min_value=1, max_value=4), st.sampled_from(["Q", "q", "H", "h"]))
def test_a_quarter_or_half_designation_is_its_number(n: int, letter: str) -> None:
    assert designation_key(f"{letter}{n}") == str(n)


@given(st.integers(min_value=1, max_value=999))
def test_an_ordinal_in_figures_is_its_number(n: int) -> None:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    assert designation_key(f"{n}{suffix}") == str(n)
    assert designation_key(f" {n}{suffix.upper()} ") == str(n)


@given(st.sampled_from(sorted(ORDINALS)))
def test_an_ordinal_word_gives_its_listed_key_whatever_its_case(word: str) -> None:
    assert designation_key(word.capitalize()) == ORDINALS[word]


@given(st.text(alphabet="abcxyz -", max_size=12))
def test_words_that_are_no_ordinal_give_no_instance(word: str) -> None:
    assert designation_key(word) is None


_SHOWN = ("conflict", "possible-conflict", "agreement", "distinct-events")


def _statuses(found: list[Finding], attribute: str) -> list[tuple[str, list[str]]]:
    return sorted(
        (f.status.value, sorted(v.value for v in f.values))
        for f in found
        if f.attribute == attribute and f.status.value in _SHOWN
    )


def test_figures_of_two_instances_are_distinct_events_never_a_conflict() -> None:
    found = findings_of(
        ("The second earthquake killed 12 people in the valley town of Marsk.", D1),
        ("The first earthquake killed 30 people in the valley town of Marsk.", D1),
        ("The first earthquake killed 30 people in the valley town of Marsk, rescuers said.", D1),
    )
    assert _statuses(found, "deaths") == [("agreement", ["30"]), ("distinct-events", ["12", "30"])]


def test_one_value_of_two_instances_is_no_agreement() -> None:
    found = findings_of(
        ("The glider climbed to 150 km on its second test flight.", D1),
        ("The glider climbed to 150 km on its third test flight.", D1),
    )
    assert _statuses(found, "altitude of glider (km)") == []


def test_figures_of_one_instance_still_meet() -> None:
    found = findings_of(
        ("The second earthquake killed 12 people in the valley town of Marsk.", D1),
        ("The second earthquake killed 30 people in the valley town of Marsk.", D1),
        ("The second earthquake killed 30 people in the valley town of Marsk, rescuers said.", D1),
    )
    assert _statuses(found, "deaths") == [("agreement", ["30"]), ("conflict", ["12", "30"])]


def test_an_instance_on_one_side_only_is_a_possible_conflict_at_most() -> None:
    found = findings_of(
        ("The second earthquake killed 12 people in the valley town of Marsk.", D1),
        ("The earthquake killed 30 people in the valley town of Marsk.", D1),
        ("The earthquake killed 30 people in the valley town of Marsk, rescuers said.", D1),
    )
    assert _statuses(found, "deaths") == [("agreement", ["30"]), ("possible-conflict", ["12", "30"])]


def test_a_figure_written_with_decimals_rounds_alike_with_its_rounding() -> None:
    # "$26.04 billion" is read as the interval it rounds (26.035..26.045 billion); "$26 billion" is it rounded
    found = findings_of(
        ("The toolmaker reported revenue of $26 billion for the quarter.", D1),
        ("The toolmaker reported revenue of $26.04 billion for the quarter.", D1),
        ("The toolmaker reported revenue of $26.04 billion for the quarter, its filing showed.", D1),
    )
    assert [s for s, _ in _statuses(found, "revenue, quarter (USD)")] == ["agreement"]
