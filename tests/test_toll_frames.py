"""toll.v1: counts of people affected, read from the parse whatever the wording."""

from __future__ import annotations

import pytest

from factcheck.extract.registry import run_extractors
from tests.helpers import context


def _tolls(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.extractor, c.attribute, c.value)
        for c in run_extractors(context(text))
        if c.attribute in ("deaths", "injured", "missing", "displaced", "rescued", "arrested")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour officials raised the confirmed fatality count from Monday's landslide to 41.",
            [("toll.v1", "deaths", "41")],
        ),
        (
            "A mudslide on the coast road now claims the lives of at least 19 people, officials said.",
            [("toll.v1", "deaths", "at least 19")],
        ),
    ],
)
def test_tolls_from_the_parse(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tolls(text) == expected


def test_a_time_span_after_a_toll_is_no_toll() -> None:
    found = _tolls(
        "The county released the names of 212 people still missing Friday more than two weeks after the flood."
    )
    assert ("toll.v1", "missing", "more than two") not in found


def test_primary_reading_wins_over_the_fallback() -> None:
    found = _tolls("The landslide killed at least 12 people on Monday.")
    assert [e for e, _a, _v in found] == ["quantity.v1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people drowned when the barge sank. 14 more were injured.", ("toll.v1", "injured", "14")),
        ("At least 9 sailors died - another 23 were hurt, four badly.", ("toll.v1", "injured", "23")),
        ("The toll stands at 12 deaths, with another 30 still unaccounted for.", ("toll.v1", "missing", "30")),
        ("Another 212 residents remain unaccounted for after the mudslide.", ("toll.v1", "missing", "212")),
    ],
)
def test_a_number_standing_for_the_people_it_counts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _tolls(text)


def test_a_number_subject_of_no_toll_verb_is_no_toll() -> None:
    assert _tolls("The side scored 3 and 2 were disallowed by the referee.") == []


def _origins(text: str) -> list[tuple[str, str]]:
    return [(c.attribute, c.normalized.key) for c in run_extractors(context(text)) if c.extractor == "origin-count.v1"]


def test_a_toll_broken_down_by_origin() -> None:
    assert _origins("The victims include six from Peru, three from Chile and two from the United States.") == [
        ("number of victims from Peru", "6"),
        ("number of victims from Chile", "3"),
        ("number of victims from United States", "2"),
    ]


def test_one_figure_for_two_origins() -> None:
    found = _origins("The dead include three each from Chile and Ghana, the ministry said.")
    assert found == [("number of dead from Chile", "3"), ("number of dead from Ghana", "3")]


def test_a_counted_noun_or_a_range_is_no_origin_list() -> None:
    assert _origins("Five tourists from Peru were hurt when the bus overturned.") == []
    assert _origins("The fare rose from 20 to 30 after the ferry sank.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline run into the next paragraph by the parser: "thousands" is no subject of "killed".
        (
            "The blast left 40 dead across the port district, thousands still without water\n\nThe explosion"
            " killed 40 people.",
            [("quantity.v1", "deaths", "40 dead"), ("quantity.v1", "deaths", "40")],
        ),
        # A speculation about a magnitude is no toll.
        (
            "As hope faded at the reef, fears grew that hundreds more, among them infants, may have drowned below"
            " deck.",
            [],
        ),
        # The word right before "of" says what the magnitude counts, whatever the parse hangs it on.
        (
            "Villages across the valley saw the deaths of 27 and injuries of dozens more after the storm.",
            [("quantity.v1", "deaths", "27"), ("toll.v1", "injured", "dozens")],
        ),
    ],
)
def test_magnitude_words_are_tolls_only_when_the_sentence_says_so(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _tolls(text) == expected
