"""A source vote decides a person's name spelling (people not in the reference data), title and
nationality: one independent source against two or more is a conflict; one against one, or two
corroborated values, only a possible conflict (issue #10, names). Every article here is invented."""

from __future__ import annotations

import datetime as dt

from factcheck.compare import compare_claims
from factcheck.compare.certainty import POSSIBLE_CONFLICT_CONFIDENCE
from factcheck.compare.entities import TITLE_CONFLICT_CONFIDENCE
from factcheck.models import Finding
from factcheck.pipeline import extract_document
from tests.helpers import document

D1 = dt.date(2025, 4, 1)
# Two spellings no rule reads as one name slipped by one letter (the ending changed): only a vote decides.
RIGHT, SLIP = "Jean Bizimungura", "Jean Bizimungure"
# A full name written alike but for one letter dropped from one word: a slip of one of the two reports.
DROPPED = "Jean Bizimugura"
# A wire story long enough to be recognised as syndicated when a partner site reprints it.
WIRE = (
    "Harbour cranes stood idle on Monday after a storm tore the roof off the main warehouse, port spokesman "
    "{name} said. Dock workers moved 600 containers to the northern quay overnight and the port authority put "
    "the damage at 4 million euros. Ferries to the islands will resume on Wednesday, the shipping office said.\n"
)
TITLE_WIRE = (
    "{title} Orla Venkova said on Monday the reserve would cover the storm repairs at the port. Dock workers "
    "moved 600 containers to the northern quay overnight and the port authority put the damage at 4 million "
    "euros. Ferries to the islands will resume on Wednesday, the shipping office said.\n"
)
# Independent reports, each in its own words.
OWN = (
    "Port spokesman {name} said the storm damaged the main warehouse on Monday.\n",
    "The storm closed the port on Monday, spokesman {name} told reporters at the gate.\n",
    "Spokesman {name} said on Monday that the ferries would sail again on Wednesday.\n",
    "Repairs to the warehouse roof will take a month, spokesman {name} said on Monday.\n",
)
TITLED = (
    "{title} Orla Venkova said the reserve would cover the repairs.\n",
    "{title} Orla Venkova said on Tuesday that the reserve covers the repairs.\n",
    "The repairs will be paid from the reserve, {title} Orla Venkova told parliament.\n",
    "{title} Orla Venkova spoke to farmers on Monday.\n",
)
NO_THIRD = "one independent source gives each and no third source decides which is right"
BOTH_CORROBORATED = "each is given by 2 or more independent sources, so neither is a lone slip"

Row = tuple[str, float, list[tuple[str, list[str]]], str | None]


def _compare(*items: tuple[str, str]) -> list[Finding]:
    docs = [document(text, D1, sid) for sid, text in items]
    return compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings


def _rows(found: list[Finding], attribute: str) -> list[Row]:
    """(status, confidence, values with their sources, preferred value) of each finding on ``attribute``."""
    return [
        (
            f.status.value,
            f.confidence,
            [(v.value, sorted({e.source_id for e in v.sources})) for v in f.values],
            f.preferred.value if f.preferred else None,
        )
        for f in found
        if f.attribute == attribute
    ]


def _one(found: list[Finding], attribute: str) -> Finding:
    (finding,) = [f for f in found if f.attribute == attribute]
    return finding


def _names(*spellings: str) -> list[tuple[str, str]]:
    return [(f"s{i + 1}", OWN[i].format(name=n)) for i, n in enumerate(spellings)]


def _titles(*titles: str) -> list[tuple[str, str]]:
    return [(f"s{i + 1}", TITLED[i].format(title=t)) for i, t in enumerate(titles)]


# ---------------------------------------------------------------- names of people not in the reference data


def test_one_source_against_one_is_only_a_possible_conflict() -> None:
    found = _compare(*_names(RIGHT, SLIP))
    assert _rows(found, "name spelling") == [
        ("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, [(RIGHT, ["s1"]), (SLIP, ["s2"])], None)
    ]
    assert NO_THIRD in _one(found, "name spelling").explanation


def test_a_name_written_alike_but_for_one_dropped_letter_is_a_conflict_one_against_one() -> None:
    found = _compare(*_names(RIGHT, DROPPED))
    assert _rows(found, "name spelling") == [("conflict", 0.8, [(RIGHT, ["s1"]), (DROPPED, ["s2"])], None)]
    assert _one(found, "name spelling").explanation.endswith(
        f"{RIGHT} and {DROPPED} differ by one letter of one word, the rest written alike, so one of them is a"
        " slip (no source vote says which)."
    )


def test_one_source_against_two_is_a_conflict_with_the_corroborated_spelling_preferred() -> None:
    found = _compare(*_names(RIGHT, RIGHT, SLIP))
    assert _rows(found, "name spelling") == [("conflict", 0.8, [(RIGHT, ["s1", "s2"]), (SLIP, ["s3"])], RIGHT)]
    assert _one(found, "name spelling").explanation.endswith(
        f"{SLIP} is written by one independent source, {RIGHT} by 2 independent sources."
    )


def test_two_corroborated_spellings_are_only_a_possible_conflict() -> None:
    found = _compare(*_names(RIGHT, RIGHT, SLIP, SLIP))
    assert _rows(found, "name spelling") == [
        ("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, [(RIGHT, ["s1", "s2"]), (SLIP, ["s3", "s4"])], None)
    ]
    assert BOTH_CORROBORATED in _one(found, "name spelling").explanation


def test_a_syndicated_copy_counts_once_in_the_vote() -> None:
    found = _compare(
        ("wire", WIRE.format(name=RIGHT)), ("partner", WIRE.format(name=RIGHT)), ("daily", OWN[2].format(name=SLIP))
    )
    # Three pages, but the wire story and its reprint are one vote: one source against one.
    assert _rows(found, "name spelling") == [
        ("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, [(SLIP, ["daily"]), (RIGHT, ["partner", "wire"])], None)
    ]


def test_a_copy_that_changes_the_spelling_is_a_conflict() -> None:
    found = _compare(("wire", WIRE.format(name=RIGHT)), ("partner", WIRE.format(name=SLIP)))
    assert _rows(found, "name spelling") == [("conflict", 0.8, [(SLIP, ["partner"]), (RIGHT, ["wire"])], None)]
    assert _one(found, "name spelling").explanation.endswith(
        f"one text writes both {SLIP} and {RIGHT}: partner, wire (syndicated copies of one text)."
    )


def test_one_page_that_spells_a_name_two_ways_contradicts_itself() -> None:
    found = _compare(("s1", OWN[0].format(name=RIGHT) + OWN[1].format(name=SLIP)), ("s2", OWN[2].format(name=RIGHT)))
    assert _rows(found, "name spelling") == [("conflict", 0.8, [(RIGHT, ["s1", "s2"]), (SLIP, ["s1"])], RIGHT)]
    assert _one(found, "name spelling").explanation.endswith(f"one text writes both {RIGHT} and {SLIP}: s1.")


def test_a_known_person_misspelt_by_one_source_against_one_is_still_a_conflict() -> None:
    found = _compare(
        ("s1", "President Emmanuel Macron opened the summit on Monday.\n"),
        ("s2", "The talks began after President Emanuel Macron arrived in the capital.\n"),
    )
    assert _rows(found, "name spelling") == [
        ("conflict", 1.0, [("Emmanuel Macron", ["s1"]), ("Emanuel Macron", ["s2"])], "Emmanuel Macron")
    ]


# ---------------------------------------------------------------- titles and nationalities


def test_one_title_against_one_is_only_a_possible_conflict() -> None:
    found = _compare(*_titles("Finance Minister", "Foreign Minister"))
    assert _rows(found, "title") == [
        (
            "possible-conflict",
            POSSIBLE_CONFLICT_CONFIDENCE,
            [("Finance Minister", ["s1"]), ("Foreign Minister", ["s2"])],
            None,
        )
    ]
    assert _one(found, "title").explanation.endswith(
        f"({NO_THIRD}): check whether they are one person and one post under two names."
    )


def test_one_title_against_two_is_a_conflict() -> None:
    found = _compare(*_titles("Finance Minister", "Finance Minister", "Foreign Minister"))
    assert _rows(found, "title") == [
        (
            "conflict",
            TITLE_CONFLICT_CONFIDENCE,
            [("Finance Minister", ["s1", "s2"]), ("Foreign Minister", ["s3"])],
            "Finance Minister",
        )
    ]
    assert _one(found, "title").explanation.endswith(
        "Foreign Minister is given by one independent source, Finance Minister by 2 independent sources."
    )


def test_two_corroborated_titles_are_only_a_possible_conflict() -> None:
    found = _compare(*_titles("Finance Minister", "Finance Minister", "Foreign Minister", "Foreign Minister"))
    assert [(status, confidence) for status, confidence, _, _ in _rows(found, "title")] == [
        ("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE)
    ]
    assert BOTH_CORROBORATED in _one(found, "title").explanation


def test_a_title_repeated_by_a_syndicated_copy_counts_once() -> None:
    found = _compare(
        ("wire", TITLE_WIRE.format(title="Finance Minister")),
        ("partner", TITLE_WIRE.format(title="Finance Minister")),
        ("daily", TITLED[2].format(title="Foreign Minister")),
    )
    assert [(status, values) for status, _, values, _ in _rows(found, "title")] == [
        ("possible-conflict", [("Foreign Minister", ["daily"]), ("Finance Minister", ["partner", "wire"])])
    ]


def test_a_copy_that_changes_the_title_is_a_conflict() -> None:
    found = _compare(
        ("wire", TITLE_WIRE.format(title="Finance Minister")),
        ("partner", TITLE_WIRE.format(title="Foreign Minister")),
    )
    assert [(status, confidence) for status, confidence, _, _ in _rows(found, "title")] == [
        ("conflict", TITLE_CONFLICT_CONFIDENCE)
    ]
    assert _one(found, "title").explanation.endswith(
        "a syndicated copy and its original give different ones: one text changed."
    )


def test_one_nationality_against_one_is_only_a_possible_conflict() -> None:
    found = _compare(
        ("s1", "The Kenyan Moses Okello won the race.\n"),
        ("s2", "Ugandan runner Moses Okello won the race on Sunday.\n"),
    )
    assert _rows(found, "nationality") == [
        ("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, [("Kenyan", ["s1"]), ("Ugandan", ["s2"])], None)
    ]
    assert _one(found, "nationality").explanation.endswith(f"({NO_THIRD}): check whether they are one person.")
