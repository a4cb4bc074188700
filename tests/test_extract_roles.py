"""role.v1: the role an ordinary noun gives a person, compared as a label (invented sentences only)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.analysis.roles import without_nickname
from factcheck.extract.people.roles import RoleExtractor
from factcheck.models import Status
from factcheck.pipeline import extract_document
from tests.helpers import context, document, findings_of


def roles(text: str) -> list[tuple[str, str, str, str]]:
    """(subject, subject key, role key, evidence) of every role claim of ``text``."""
    ctx = context(text)
    return [(c.subject, c.subject_key, c.normalized.key, c.value) for c in RoleExtractor().extract(ctx)]


def test_apposition_after_the_name() -> None:
    text = "The rover carries Paul Drake, commander, and Mia Holt, pilot, to the outpost."
    assert roles(text) == [
        ("Paul Drake", "unknown:p drake", "commander", "commander"),
        ("Mia Holt", "unknown:m holt", "pilot", "pilot"),
    ]


def test_noun_before_the_name_and_a_quoted_nickname() -> None:
    text = "Commander Tom “Tommy” Reedman and spacecraft pilot Lena “Lee” Ortega lifted off from the pad."
    assert roles(text) == [
        ("Tom Reedman", "unknown:t reedman", "commander", "Commander"),
        ("Lena Ortega", "unknown:l ortega", "pilot", "spacecraft pilot"),
    ]


def test_the_name_in_apposition_to_the_role() -> None:
    assert roles("The crew commander, Bo Lind, waved from the hatch.") == [
        ("Bo Lind", "unknown:b lind", "commander", "crew commander")
    ]


def test_a_proper_possessor_is_part_of_the_role() -> None:
    assert roles("Mayor Jane Roe thanked Acme's director Li Wei for the gift.") == [
        ("Li Wei", "unknown:l vei", "director (acme)", "Acme's director")
    ]


def test_not_read() -> None:
    # A complement makes the role a phrase; a kinship noun is no role; a plural heads a list; an
    # official title is title.v1's.
    assert roles("Sam Cole, head of the agency, spoke.") == []
    assert roles("Dan Roe, her brother, left the court.") == []
    assert roles("The rover carries engineers Paul Drake and Mia Holt.") == []
    assert roles("Mayor Jane Roe opened the bridge.") == []


@given(
    st.sampled_from(["Tom", "Lena", "Ana-Maria"]),
    st.sampled_from(["Tommy", "Lee", "Jo"]),
    st.sampled_from(["Reedman", "Ortega", "O'Neill"]),
    st.sampled_from(["“”", '""', "‘’"]),
)
def test_without_nickname_keeps_given_and_family_name(given_name: str, nick: str, family: str, quotes: str) -> None:
    written = f"{given_name} {quotes[0]}{nick}{quotes[1]} {family}"
    assert without_nickname(written) == f"{given_name} {family}"
    assert without_nickname(f"{given_name} {family}") == f"{given_name} {family}"


def _role_findings(*texts: str) -> list[tuple[str, str, str]]:
    return [
        (f.status.value, f.subject, ", ".join(sorted({v.display for v in f.values})))
        for f in findings_of(*((t, None) for t in texts))
        if f.attribute == "role"
    ]


def test_equal_roles_agree_and_different_roles_never_conflict() -> None:
    found = _role_findings(
        "The capsule flew with Paul Drake, commander, and Mia Holt, pilot, aboard.",
        "Commander Paul Drake and spacecraft pilot Mia Holt flew the capsule.",
        "Astronaut Paul Drake spoke after the landing.",
    )
    assert ("agreement", "Paul Drake", "commander") in found
    assert ("agreement", "Mia Holt", "pilot") in found
    assert not [f for f in found if f[0] != "agreement" and f[0] != "unique"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    found = _role_findings(
        "The capsule flew with Paul Drake, commander, on board.",
        "The capsule flew with Nora Drake, commander, on board.",
    )
    assert [f for f in found if f[0] == Status.AGREEMENT.value] == []


def _ages(text: str) -> list[tuple[str, str]]:
    return [(c.subject_key, c.normalized.key) for c in extract_document(document(text)).claims if c.attribute == "age"]


def test_the_role_noun_before_an_age_is_the_one_person_named_so() -> None:
    assert _ages("Bus driver Tom Reedman lost control on the bend. The driver, 45, was taken to hospital.") == [
        ("unknown:t reedman", "45")
    ]
    # An official title counts too ("Mayor Ann Voss" is "the mayor").
    assert _ages("Mayor Ann Voss closed the road. The mayor, 61, thanked the crews.") == [("unknown:a voss", "61")]


def test_a_role_two_people_hold_gives_no_age_and_one_nobody_holds_is_the_role() -> None:
    text = "Bus driver Tom Reedman and taxi driver Lena Ortega were hurt. The driver, 45, was taken to hospital."
    assert _ages(text) == []
    assert _ages("The bus left the road on the bend. The driver, 45, was taken to hospital.") == [("role:driver", "45")]


def _age_claims(text: str) -> list[tuple[str, str, str, bool]]:
    claims = extract_document(document(text)).claims
    return [(c.subject, c.subject_key, c.normalized.key, c.key_resolved) for c in claims if c.attribute == "age"]


def test_an_age_compound_before_a_role_noun_is_the_role_holders_age() -> None:
    text = "The ferry ran aground at dawn. Police detained the 58-year-old ship captain on Monday."
    assert _age_claims(text) == [("the captain", "role:captain", "58", False)]
    # a role written as two words is the one-word role of the list
    text = "Two trains collided on one track. The 47-year-old station master was arrested."
    assert _age_claims(text) == [("the stationmaster", "role:stationmaster", "47", False)]
    # the article names the captain: the age is hers
    text = "Captain Vera Holm steered the ferry. The 58-year-old captain was detained."
    assert _age_claims(text) == [("Vera Holm", "unknown:v holm", "58", True)]


def test_an_age_compound_before_a_noun_that_is_no_role_gives_no_role_age() -> None:
    assert _age_claims("The ferry ran aground. The 58-year-old woman was rescued.") == []
    assert _age_claims("The ferry ran aground. A 58-year-old captain was rescued.") == []


def test_a_sentence_opening_on_at_and_an_age_before_a_full_name() -> None:
    text = "The new leader was sworn in on Monday. At 71, Ivo Marek is the oldest to hold the post."
    assert _age_claims(text) == [("Ivo Marek", "unknown:i marek", "71", True)]
    assert _age_claims("The fleet sailed on. At 71, the ship was the oldest afloat.") == []


@given(st.sampled_from(["pilot", "captain", "monarch", "gunman", "driver"]), st.integers(18, 99))
def test_a_definite_role_with_an_age_nobody_named_holds(noun: str, age: int) -> None:
    text = f"The crowds gathered early. The {noun}, {age}, was seen at the scene."
    assert _age_claims(text) == [(f"the {noun}", f"role:{noun}", str(age), False)]


def test_two_sources_agree_on_the_age_of_an_unnamed_role() -> None:
    found = findings_of(
        ("Two trains collided overnight. The 47-year-old station master was arrested.", None),
        ("Police held the 47-year-old stationmaster after two trains collided.", None),
    )
    assert [(f.status, f.subject) for f in found if f.attribute == "age"] == [(Status.AGREEMENT, "the stationmaster")]


@given(st.sampled_from(["Do", "Ha", "Seo", "Min"]), st.sampled_from(["rim", "yun", "bin", "gyu"]))
def test_a_family_name_before_a_hyphenated_given_name_is_no_person_noun(first: str, second: str) -> None:
    # "Son Do-rim": the family name comes first; a person noun is stripped only before another name.
    name = f"Son {first}-{second}"
    ctx = context(f"{name}, who led the inquiry, said the report was ready.")
    assert [m.text for m in ctx.people] == [name]
    assert [m.text for m in context("Skipper Tove Aasen won the race.").people] == ["Tove Aasen"]
