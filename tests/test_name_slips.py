"""A short family name with one letter changed: one person misspelt when the given names and the role
agree, two people otherwise (issue #10, names)."""

from __future__ import annotations

import pytest

from factcheck.normalize.people import same_person_spelling, short_surname_slip
from tests.helpers import context
from tests.test_people import _name_findings


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("Ruth Kovar", "Ruth Kovac", True),  # one letter changed in five
        ("Ines Maria Tolo", "Ines Maria Tola", True),  # four letters, the given names alike
        ("Ruth Kovar", "Ruth Kovarr", True),  # a letter doubled
        ("Katarina Kovar", "Katarine Kovac", True),  # a slip in both names: still one person's given name
        ("Ana Lee", "Ana Lea", False),  # three letters: two family names
        ("Ruth Kovar", "Paul Kovac", False),  # another given name: another person
        ("Ruth Kovar", "Ruth Novar", False),  # the first letter changed
        ("Ruth Kovar", "Ruth Kolan", False),  # two letters changed
    ],
)
def test_short_surname_slip(a: str, b: str, slip: bool) -> None:
    assert short_surname_slip(a, b) is slip
    assert short_surname_slip(b, a) is slip


def test_a_short_family_name_misspelt_with_the_same_role_is_a_name_spelling_conflict() -> None:
    right = "County Mayor Ruth Kovar said the Vistula bridge in Tarnow would reopen."
    wrong = "County Mayor Ruth Kovac said the Vistula bridge in Tarnow would reopen."
    assert _name_findings(right, right.replace("would", "will"), wrong) == [
        ("conflict", [("Ruth Kovar", ["s1", "s2"]), ("Ruth Kovac", ["s3"])])
    ]


def test_the_role_may_come_later_in_the_article() -> None:
    right = "Ruth Kovar spoke on Monday. County Mayor Ruth Kovar said the Vistula bridge in Tarnow would reopen."
    wrong = "County Mayor Ruth Kovac said the Vistula bridge in Tarnow would reopen."
    assert _name_findings(right, right.replace("Monday", "Friday"), wrong) == [
        ("conflict", [("Ruth Kovar", ["s1", "s2"]), ("Ruth Kovac", ["s3"])])
    ]


@pytest.mark.parametrize(
    "other",
    [
        "Fire chief Ruth Kovac said the Vistula bridge in Tarnow would reopen.",  # another role: maybe another person
        "Ruth Kovac, a resident, said the Vistula bridge in Tarnow would reopen.",  # no role to agree on
        "County Mayor Paul Kovac said the Vistula bridge in Tarnow would reopen.",  # another given name
    ],
)
def test_without_the_same_given_name_and_role_a_short_family_name_is_another_person(other: str) -> None:
    found = _name_findings("County Mayor Ruth Kovar said the Vistula bridge in Tarnow would reopen.", other)
    assert [status for status, _ in found] == ["unique", "unique"]


def test_a_known_transliteration_still_agrees() -> None:
    found = _name_findings(
        "Governor Sergei Ivanov said the Vistula bridge in Tarnow would reopen.",
        "Governor Sergey Ivanov said the Vistula bridge in Tarnow would reopen.",
    )
    assert found == [("agreement", [("Sergei Ivanov", ["s1"]), ("Sergey Ivanov", ["s2"])])]


@pytest.mark.parametrize(
    "text",
    [
        "Victims named by the county:\n\n  • Orsk Dalvane, 54\n  • Tavik Mundrell, 83\n  • Ilse Varro, 79\n",
        "The victims were named as Orsk Dalvane, 54; Tavik Mundrell, 83 and Ilse Varro, 79.",
    ],
)
def test_an_age_after_a_name_in_a_list_of_victims_marks_a_person(text: str) -> None:
    assert [m.text for m in context(text).people] == ["Orsk Dalvane", "Tavik Mundrell", "Ilse Varro"]


def test_a_decimal_after_a_place_is_no_age() -> None:
    assert context("The road to Alder Creek, 12.5 km away, reopened.").people == []


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Odile Barry", "Odile Barri", "misspelling"),  # an English family name's final -y: a letter changed
        ("Odile Kennedy", "Odile Kennedi", "misspelling"),  # long enough to be one name misspelt anyway
        ("Yury Petrenko", "Yuri Petrenko", "transliteration"),  # a given name's final -y/-i: a romanization
        ("Pavel Zelensky", "Pavel Zelenski", "transliteration"),  # a Slavic family name: a romanization
        ("Karim al-Zawahiry", "Karim al-Zawahiri", "transliteration"),  # an Arabic family name
    ],
)
def test_a_final_y_in_a_family_name_is_a_romanization_only_where_the_name_is_romanized(
    a: str, b: str, relation: str | None
) -> None:
    assert same_person_spelling(a, b) == relation
    assert same_person_spelling(b, a) == relation


def test_a_family_name_ending_in_y_written_with_i_by_one_source_is_a_name_spelling_conflict() -> None:
    right = "Prime Minister Odile Barry said the Vistula bridge in Tarnow would reopen."
    wrong = "Prime Minister Odile Barri said the Vistula bridge in Tarnow would reopen."
    assert _name_findings(right, right.replace("would", "will"), right.replace("said", "says"), wrong) == [
        ("conflict", [("Odile Barry", ["s1", "s2", "s3"]), ("Odile Barri", ["s4"])])
    ]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Mike Torvald", "Michael Torvald", "transliteration"),  # the form the person goes by
        ("Peggy Torvald", "Margaret Torvald", "transliteration"),
        ("Bill Ann Torvald", "William Torvald", "transliteration"),  # a middle name left out too
        ("Mike Torvald", "Michael Torvalds", None),  # another family name: maybe another person
        ("Tom Torvald", "Timothy Torvald", None),  # no form of that name
    ],
)
def test_a_nickname_is_no_misspelling(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation
    assert same_person_spelling(b, a) == relation
