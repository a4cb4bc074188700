"""A claim's value as a tagged union (factcheck.typed_values): one model per kind, told apart by ``kind``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from factcheck.models import Claim, ClaimKind, CompareAs, Evidence, Normalized
from factcheck.pipeline import extract_paths
from factcheck.typed_values import (
    VALUE_ADAPTER,
    DateValue,
    InstantValue,
    LabelValue,
    NumberValue,
    PersonValue,
    PlaceValue,
    QuoteValue,
    TitleValue,
    value_of,
)
from tests.helpers import REPO

KIND_OF = {
    CompareAs.NUMBER: "number",
    CompareAs.DATE: "date",
    CompareAs.TIME: "instant",
    CompareAs.PLACE: "place",
    CompareAs.NAME: "person",
    CompareAs.TEXT: "title",
    CompareAs.QUOTE: "quote",
    CompareAs.LABEL: "label",
    CompareAs.SCORE: "label",
}


def claim(compare_as: CompareAs, normalized: Normalized, kind: ClaimKind = ClaimKind.QUANTITY) -> Claim:
    text = normalized.display
    return Claim(
        id="t-1",
        source_id="t",
        extractor="test.v1",
        kind=kind,
        subject="s",
        subject_key="s",
        attribute="a",
        value=text,
        normalized=normalized,
        compare_as=compare_as,
        evidence=Evidence(source_id="t", sentence=text, start=0, end=len(text), text=text),
    )


def test_every_way_of_comparing_has_its_kind() -> None:
    assert set(KIND_OF) == set(CompareAs)


def test_number() -> None:
    n = Normalized(key="40", display="more than 40", low=40, high=None, unit="people", revised=True)
    assert claim(CompareAs.NUMBER, n).typed_value == NumberValue(
        key="40", display="more than 40", low=40.0, high=None, unit="people", revised=True
    )


def test_date_resolved_and_unresolved() -> None:
    day = Normalized(key="2024-05-16", display="2024-05-16", date=dt.date(2024, 5, 16))
    assert claim(CompareAs.DATE, day, ClaimKind.DATE).typed_value == DateValue(
        key="2024-05-16", display="2024-05-16", date=dt.date(2024, 5, 16)
    )
    weekday = Normalized(key="thursday", display="Thursday")
    assert claim(CompareAs.DATE, weekday, ClaimKind.DATE).typed_value == DateValue(key="thursday", display="Thursday")


def test_instant_keeps_its_utc_readings_and_zone() -> None:
    n = Normalized(
        key="10:41",
        display="10:41 (UTC+01:00, 09:41 UTC)",
        low=581.0,
        high=581.0,
        unit="minutes after 00:00 UTC (Europe/Paris, UTC+01:00)",
    )
    assert claim(CompareAs.TIME, n, ClaimKind.DATE).typed_value == InstantValue(
        key="10:41",
        display="10:41 (UTC+01:00, 09:41 UTC)",
        earliest_utc_minute=581.0,
        latest_utc_minute=581.0,
        reading="Europe/Paris, UTC+01:00",
    )


def test_place_person_title_quote_label() -> None:
    place = Normalized(key="geneva", display="Geneva", place_path=("Switzerland", "Geneva"), entity="geneva")
    assert claim(CompareAs.PLACE, place, ClaimKind.PLACE).typed_value == PlaceValue(
        key="geneva", display="Geneva", path=("Switzerland", "Geneva"), entity="geneva"
    )
    name = Normalized(key="anthony blinken", display="Anthony Blinken", entity="antony-blinken", variant="misspelling")
    assert claim(CompareAs.NAME, name, ClaimKind.NAME).typed_value == PersonValue(
        key="anthony blinken", display="Anthony Blinken", entity="antony-blinken", variant="misspelling"
    )
    title = Normalized(key="president of chile", display="President of Chile", base="President", qualifier="Chile")
    assert claim(CompareAs.TEXT, title, ClaimKind.TITLE).typed_value == TitleValue(
        key="president of chile", display="President of Chile", role="President", qualifier="Chile"
    )
    quote = Normalized(key="abc123", display="We will rebuild.", entity="mara-lind")
    assert claim(CompareAs.QUOTE, quote, ClaimKind.QUOTE).typed_value == QuoteValue(
        key="abc123", display="We will rebuild.", speaker="mara-lind"
    )
    label = Normalized(key="no limits", display="no limits")
    assert claim(CompareAs.LABEL, label, ClaimKind.LABEL).typed_value == LabelValue(
        key="no limits", display="no limits"
    )


def test_the_discriminator_picks_the_model_and_rejects_unknown_kinds() -> None:
    read = VALUE_ADAPTER.validate_python({"kind": "place", "key": "oslo", "display": "Oslo", "path": ["Norway"]})
    assert read == PlaceValue(key="oslo", display="Oslo", path=("Norway",))
    with pytest.raises(ValidationError):
        VALUE_ADAPTER.validate_python({"kind": "colour", "key": "red", "display": "red"})
    with pytest.raises(ValidationError):  # a field of another kind: no unknown fields
        VALUE_ADAPTER.validate_python({"kind": "date", "key": "x", "display": "x", "low": 1})
    schema = VALUE_ADAPTER.json_schema()
    assert schema["discriminator"]["propertyName"] == "kind"
    assert sorted(schema["discriminator"]["mapping"]) == sorted(set(KIND_OF.values()))  # scores are labels


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@given(
    low=st.none() | finite,
    high=st.none() | finite,
    unit=st.none() | st.text(max_size=12),
    key=st.text(max_size=12),
    revised=st.booleans(),
)
def test_number_values_round_trip_through_json(
    low: float | None, high: float | None, unit: str | None, key: str, revised: bool
) -> None:
    n = Normalized(key=key, display=key, low=low, high=high, unit=unit, revised=revised)
    value = value_of(claim(CompareAs.NUMBER, n))
    assert VALUE_ADAPTER.validate_json(VALUE_ADAPTER.dump_json(value)) == value
    assert isinstance(value, NumberValue)
    assert (value.kind, value.key, value.low, value.high, value.unit) == ("number", key, low, high, unit)


def test_every_claim_of_the_invented_corpus_has_a_typed_value_that_round_trips() -> None:
    paths = sorted(p for p in (REPO / "tests" / "corpus").rglob("*") if p.suffix in {".txt", ".md", ".html"})
    files, _ = extract_paths([Path(p) for p in paths])
    claims = [c for f in files for c in f.claims]
    assert len(claims) > 50
    seen = set()
    for c in claims:
        value = c.typed_value
        seen.add(value.kind)
        assert value.kind == KIND_OF[c.compare_as]
        assert (value.key, value.display) == (c.normalized.key, c.normalized.display)
        assert VALUE_ADAPTER.validate_python(VALUE_ADAPTER.dump_python(value)) == value
    assert {"number", "date", "place", "person", "title", "quote"} <= seen
