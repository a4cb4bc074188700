"""Precision causes of the third unlabelled pool (issue #10), on invented sentences: names whose given names
run together or whose final vowel is romanized two ways, a place-and-date dateline, a place's population,
ships expected beside ships counted, a distance set after another place."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.qualifiers import qualifiers_of
from factcheck.extract.times.event_date import EventDateExtractor
from factcheck.models import Status
from factcheck.normalize.transliteration import same_person_spelling
from factcheck.parse import parse_text
from tests.helpers import context, findings_of, statuses_by_attribute
from tests.test_extract_quantities import attrs

SAT = dt.date(2031, 6, 14)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # given names written as one word or two (or hyphenated): one name's orthography
        ("Lilamani Toren", "Lila Mani Toren", "transliteration"),
        ("Lila-Mani Toren", "Lilamani Toren", "transliteration"),
        ("Anna Lee", "Ann Alee", None),  # the family name must be the same word
        # a final -ie against -i after a consonant: one final vowel romanized two ways
        ("Tamer Nabie", "Tamer Nabi", "transliteration"),
        ("Ruth Currie", "Ruth Curri", "transliteration"),
        ("Ruth Currie", "Ruth Curry", "misspelling"),  # -y is another English name's spelling
        ("Jon Lie", "Jon Li", None),  # too short to tell
        ("Tamer Nabie", "Samir Nabi", None),  # other given names: other people
    ],
)
def test_run_together_given_names_and_a_final_ie(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation
    assert same_person_spelling(b, a) == relation


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefghijklmnoprstuvz", min_size=2, max_size=6), min_size=2, max_size=3),
    st.sampled_from([" ", "-"]),
)
def test_given_name_parts_joined_or_apart_are_one_name(parts: list[str], sep: str) -> None:
    apart = sep.join(p.capitalize() for p in parts) + " Vantorre"
    joined = "".join(parts).capitalize() + " Vantorre"
    assert same_person_spelling(apart, joined) in ("same", "transliteration")


def test_names_whose_given_names_run_together_agree() -> None:
    found = findings_of(
        ("Prime Minister Lilamani Toren visited the flooded valley on Saturday.", SAT),
        ("Prime Minister Lila Mani Toren visited the flooded valley on Saturday.", SAT),
    )
    spelling = [f for f in found if f.attribute == "name spelling"]
    assert [f.status for f in spelling] == [Status.AGREEMENT]


def _incident_dates(text: str) -> list[tuple[str, str]]:
    return [(c.value, c.normalized.key) for c in EventDateExtractor().extract(context(text, SAT))]


@pytest.mark.parametrize(
    "text",
    [
        "Marrowby, 14 Jun: The ferry capsized late on Friday near the river mouth.",
        "Marrowby/Eastbridge, Jun 14: The ferry capsized late on Friday near the river mouth.",
        "Marrowby, June 14 - The ferry capsized late on Friday near the river mouth.",
    ],
)
def test_a_place_and_date_dateline_dates_the_filing_not_the_incident(text: str) -> None:
    assert _incident_dates(text) == [("Friday", "2031-06-13")]


def test_a_date_after_a_sentence_opening_word_is_no_dateline() -> None:
    assert _incident_dates("However, on Friday - the ferry capsized near the river mouth.") == [
        ("Friday", "2031-06-13")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norland is home to more than 90,000 people who live on 40 islands.", [("number of islands", "40")]),
        ("Every house on Pell Island, home to about 40 people, was destroyed.", []),
        # the people a measure covers are still affected
        ("The ban covers towns home to about 2 million people.", [("number of people affected", "2000000")]),
    ],
)
def test_a_named_place_home_to_people_is_its_population(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_ships_expected_are_not_the_ships_counted() -> None:
    got = attrs(
        "It would take days to clear a queue of 300 ships waiting at the locks, with 90 ships expected by Monday."
    )
    assert got == [("number of ships", "300"), ("number of ships expected", "90")]


def test_a_distance_after_a_place_is_measured_from_that_place() -> None:
    sentence = "The tremors even reached Port Avel, over 500 kilometres away."
    doc = parse_text(sentence)
    start = sentence.index("500")
    q = qualifiers_of(doc.char_span(start, start + len("500 kilometres")), measure=True)
    assert q.relative_key == "port avel"


def test_a_distance_from_the_capital_and_the_reach_of_the_tremors_do_not_conflict() -> None:
    found = findings_of(
        ("The epicentre of Saturday's earthquake was some 60 kilometres northeast of Varnholm.", SAT),
        ("Saturday's earthquake was felt in Port Avel, over 500 kilometres away.", SAT),
    )
    assert [s for s, _ in statuses_by_attribute(found, "distance (km)")] in ([], ["unique", "unique"])
