"""count-frame.v1: counts whose counted noun is not next to the number, read from the parse (invented
sentences only)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities.count_frame import RULES
from factcheck.extract.registry import run_extractors
from tests.helpers import context, findings_of, statuses_by_attribute


def _counts(text: str) -> list[tuple[str, str, bool]]:
    """(attribute, value as written, key resolved) of each count-frame.v1 claim of ``text``."""
    return [
        (c.attribute, c.value, c.key_resolved) for c in run_extractors(context(text)) if c.extractor == "count-frame.v1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a group, with what the sentence says it did
        ("Later, four of the rover's 12 wheels went down.", [("number of wheel fail", "four", False)]),
        (
            "Engineers believe that 30 of the apartment units in the tower have collapsed.",
            [("number of unit collapse", "30", False)],
        ),
        (
            "They want to know why five of the ferry's small pumps suddenly stopped working.",
            [("number of pump fail", "five", False)],
        ),
        # a phrasal verb and a verb with its gerund name one failure; other verbs keep their words
        ("Then three of the ferry's nine pumps broke down.", [("number of pump fail", "three", False)]),
        ("By noon, two of the six cranes had tipped over.", [("number of crane tip over", "two", False)]),
        # new items on top of earlier ones
        ("Before dawn, two more cracks opened up.", [("number of additional crack", "two", False)]),
        ("Inspectors found three additional faults.", [("number of additional fault", "three", False)]),
        # what counted things lack, and where
        (
            "He said that about 9,000 people in the valley were still without power.",
            [("number of people without power in valley", "about 9,000", False)],
        ),
        # people in a condition, however the sentence puts it
        (
            "The toll could rise, as 6 others remain in serious condition.",
            [("number in serious condition", "6", False)],
        ),
        (
            "At least 90 people were killed - another 40 were injured, 6 seriously.",
            [("number in serious condition", "6", False)],
        ),
        # a group named by a fronted phrase, a quantity restated, a pronoun and its participle
        (
            "Lee also said that among the 90 dead, 50 are female and 40 are male.",
            [("number of women among the dead", "50", False), ("number of men among the dead", "40", False)],
        ),
        ("So far 12 of the dead have been identified.", [("number of dead identify", "12", False)]),
        ("Nine of the 30 people killed have been identified.", [("number of dead identify", "Nine", False)]),
        ("Of those killed, at least 50 were men.", [("number of men among the dead", "at least 50", False)]),
        (
            "Of those killed, a majority of at least 50 were female, and witnesses said so.",
            [("number of women among the dead", "at least 50", False)],
        ),
        ("Nearly two-thirds of those killed -- 60 -- were women.", [("number of women among the dead", "60", False)]),
    ],
)
def test_count_frames(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five of them were later restarted.",  # a pronoun counts nothing checkable
        "About 40 wheels were replaced.",  # a number next to its noun: the lexicon rules read it
        "Of the 12 candidates, four were women.",  # a fronted group that is no toll group
        "Two of the five inspectors said so.",  # a verb of saying is no state of the counted things
        "The ferry had 96 cabins, and 20 were full.",  # an ellipsis without a group phrase
        "About 900 more people live across the river.",  # more people: people elsewhere, not a new batch
        "Three ferries sailed without pilots.",  # lacking something is said of a state, not of an action
    ],
)
def test_no_count_frame(text: str) -> None:
    assert _counts(text) == []


def test_the_rules_are_listed_in_order() -> None:
    assert [name for name, _ in RULES] == [
        "condition",
        "increment",
        "deprived",
        "partitive",
        "fronted group",
        "elided",
        "residents",
    ]


def test_same_part_of_a_group_agrees_and_a_different_one_is_only_possible() -> None:
    day = dt.date(2031, 3, 4)
    agree = findings_of(
        ("Later, four of the rover's 12 wheels went down, the agency said.", day),
        ("Four of the rover's 12 wheels went down during the climb.", day),
    )
    assert statuses_by_attribute(agree, "number of wheel fail") == [("agreement", ["4"])]
    differ = findings_of(
        ("Later, four of the rover's 12 wheels went down, the agency said.", day),
        ("Five of the rover's 12 wheels suddenly stopped working during the climb.", day),
    )
    assert statuses_by_attribute(differ, "number of wheel fail") == [("possible-conflict", ["4", "5"])]


_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=12),
    digits=st.booleans(),
    noun=st.sampled_from(["wheels", "pumps", "valves", "cables"]),
)
def test_any_part_of_a_group_is_read_with_its_value(n: int, digits: bool, noun: str) -> None:
    word = str(n) if digits else _WORDS[n]
    claims = [c for c in run_extractors(context(f"Later, {word} of the rover's 40 {noun} went down.")) if
              c.extractor == "count-frame.v1"]  # fmt: skip
    assert [(c.attribute, c.normalized.key) for c in claims] == [(f"number of {noun[:-1]} fail", str(n))]


def test_a_toll_groups_part_moves_with_the_news() -> None:
    found = findings_of(
        ("Among the 90 dead, 50 are female, officials said.", dt.date(2031, 3, 4)),
        ("Among the 120 dead, 70 are female, officials said on Friday.", dt.date(2031, 3, 9)),
    )
    assert statuses_by_attribute(found, "number of women among the dead") == [("updated", ["50", "70"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a place holds, named by the place, however the sentence words it
        (
            "The two pilots, who are joining five others currently living on the outpost, will run tests.",
            [("number of residents of outpost", "five", False)],
        ),
        ("They hugged the five research outpost residents.", [("number of residents of outpost", "five", False)]),
        # a named place's people are its population, read elsewhere; a crowd at a place is no residents
        ("The 300 people living in Lakeview were told to leave.", []),
        ("Five people stood on the platform.", []),
    ],
)
def test_residents_of_a_place(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted noun named once, in the clause before; being involved in an event is undergoing it
        (
            "The nine-storey block had 80 flats, and 24 were involved in the collapse.",
            [("number of flat collapse", "24", False)],
        ),
        (
            "Inspectors said that 24 of the flats in the block have collapsed.",
            [("number of flat collapse", "24", False)],
        ),
        # a clause of its own with no figure before it names nothing
        ("The block was old, and 24 were involved in the collapse.", []),
    ],
)
def test_a_count_whose_noun_the_clause_before_names(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _counts(text) == expected
