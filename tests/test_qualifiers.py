"""Qualifiers read from the parse (authority, scope, reference point, as-of) and how compare uses them."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.compare import compare_claims
from factcheck.extract.qualifiers import authority_key, qualifiers_of, same_authority
from factcheck.models import Status
from factcheck.parse import parse_text
from factcheck.pipeline import extract_document
from tests.helpers import document


def _q(sentence: str, value: str, measure: bool = False):  # type: ignore[no-untyped-def]
    doc = parse_text(sentence)
    start = sentence.index(value)
    return qualifiers_of(doc.char_span(start, start + len(value), alignment_mode="expand"), measure=measure)


@pytest.mark.parametrize(
    ("sentence", "value", "authority", "key"),
    [
        (
            "According to the Regional Weather Office, the storm dropped 210 millimetres of rain.",
            "210",
            "Regional Weather Office",
            "rwo",
        ),
        ("Harbour police said 14 people were hurt in the collision.", "14", "Harbour police", "harbour police"),
        ("The coastguard put the number of passengers at 212.", "212", "coastguard", "coastguard"),
        ("Officials said 30 homes were destroyed.", "30", "Officials", None),
    ],
)
def test_authority(sentence: str, value: str, authority: str, key: str | None) -> None:
    q = _q(sentence, value)
    assert (q.authority, q.authority_key) == (authority, key)


def test_reference_point_of_a_distance() -> None:
    q = _q("The village lies 25 kilometres north of Tarnow.", "25 kilometres", measure=True)
    assert q.relative_key == "tarnow"


def test_scope_of_a_count() -> None:
    assert _q("In Bremen, 40 buildings were damaged.", "40").scope_key == "bremen"


@pytest.mark.parametrize(
    ("sentence", "value", "scope", "authority"),
    [
        # a place that reports, suffers or sees a toll is where the toll is, not who counted it
        ("Portugal has reported 14 deaths from the heatwave.", "14 deaths", "Portugal", None),
        ("Norway has suffered 9 fatalities, while Sweden has seen 6 deaths.", "9 fatalities", "Norway", None),
        ("Norway has suffered 9 fatalities, while Sweden has seen 6 deaths.", "6 deaths", "Sweden", None),
        # a list of places: whose figure is which is not read
        ("Chile and Peru have each recorded 3 and 5 deaths, respectively.", "5 deaths", None, None),
        # a place that says a toll in a clause of its own stays its authority
        ("Ukraine said 16 people died.", "16 people died", None, "Ukraine"),
        ("The storm killed 40 people in Cuba.", "40", "Cuba", None),
    ],
)
def test_place_subject_of_a_toll(sentence: str, value: str, scope: str | None, authority: str | None) -> None:
    doc = parse_text(sentence)
    start = sentence.index(value)
    q = qualifiers_of(doc.char_span(start, start + len(value), alignment_mode="expand"), toll=True)
    assert (q.scope, q.authority) == (scope, authority)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("usgs", "usgs", True), ("police", "city police", True), ("usgs", "emsc", False)],
)
def test_same_authority(a: str, b: str, same: bool) -> None:
    assert same_authority(a, b) is same


def test_authority_key_drops_generic_heads() -> None:
    assert authority_key("Lakeshore County officials") == "lc"
    assert authority_key("they") is None


D = dt.date(2025, 5, 2)


def _statuses(*texts: str) -> list[tuple[str, list[str]]]:
    docs = [document(t, D, f"s{i}") for i, t in enumerate(texts)]
    files = [extract_document(d) for d in docs]
    findings = compare_claims(files, {d.source.id: d.text for d in docs}).findings
    return [(f.status.value, sorted(v.value for v in f.values)) for f in findings if f.attribute == "magnitude"]


def test_two_agencies_are_different_authorities_not_a_conflict() -> None:
    found = _statuses(
        "The earthquake struck the coast on Friday. The US Geological Survey said the quake had a magnitude of 6.9.",
        "The earthquake struck the coast on Friday. The European-Mediterranean Seismological Centre said the quake "
        "had a magnitude of 7.1.",
    )
    assert found == [(Status.DIFFERENT_AUTHORITIES.value, ["6.9", "7.1"])]


def test_one_authority_two_values_is_a_conflict() -> None:
    found = _statuses(
        "The earthquake struck the coast on Friday. The US Geological Survey said the quake had a magnitude of 6.9.",
        "Rescue teams reached fishing villages after Friday's earthquake, which had a magnitude of 7.1, the US "
        "Geological Survey said.",
    )
    assert found[0] == (Status.CONFLICT.value, ["6.9", "7.1"])
