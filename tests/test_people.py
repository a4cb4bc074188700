"""People: misspellings vs transliterations vs different people; titles normalized."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.people import NameExtractor, TitleExtractor
from factcheck.normalize.people import resolve_name, same_person_spelling, translit_key
from tests.helpers import context


@pytest.mark.parametrize(
    ("name", "canonical", "variant"),
    [
        ("Antony Blinken", "Antony Blinken", "canonical"),
        ("Anthony Blinken", "Antony Blinken", "misspelling"),
        ("Vladmir Putin", "Vladimir Putin", "misspelling"),
        ("Sergey Lavrov", "Sergei Lavrov", "transliteration"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "transliteration"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "canonical"),  # diacritics are one spelling
        ("Emanuel Macron", "Emmanuel Macron", "misspelling"),
    ],
)
def test_known_people(name: str, canonical: str, variant: str) -> None:
    person, how = resolve_name(name)
    assert person is not None and (person.name, how) == (canonical, variant)


@pytest.mark.parametrize("name", ["Sergei Shoigu", "Andrei Belousov"])
def test_different_people_with_similar_given_names_stay_apart(name: str) -> None:
    person, _ = resolve_name(name)
    assert person is not None and person.name == name


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Sergei Ivanov", "Sergey Ivanov", "transliteration"),
        ("Dmitry Orlov", "Dmitriy Orlov", "transliteration"),
        ("Maria Keller", "Marai Keller", "misspelling"),
        ("John Smith", "Jane Smith", None),
        ("Sergei Ivanov", "Andrei Ivanov", None),
        ("Sergei Ivanov", "Sergei Petrov", None),
        ("Anthony Reed", "Antony Reed", "misspelling"),
    ],
)
def test_same_person_spelling(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=30))
def test_translit_key_is_idempotent_and_case_blind(name: str) -> None:
    assert translit_key(translit_key(name)) == translit_key(translit_key(name).upper())
    assert translit_key(name) == translit_key(name.upper())


def test_name_claims_once_per_spelling_and_unknown_people_need_a_cue() -> None:
    ctx = context(
        "Foreign Minister Sergey Lavrov spoke first. Lavrov later met Maria Keller, a trade envoy. "
        "Sergey Lavrov left. Sunday Market Street was closed."
    )
    claims = list(NameExtractor().extract(ctx))
    assert [(c.value, c.subject, c.normalized.variant) for c in claims] == [
        ("Sergey Lavrov", "Sergei Lavrov", "transliteration"),
        ("Maria Keller", "Maria Keller", "unknown"),
    ]


def test_titles_normalize_country_forms() -> None:
    ctx = context(
        "US Secretary of State Antony Blinken met Chinese President Xi Jinping and his Russian counterpart, "
        "Vladimir Putin. Secretary of State Antony Blinken spoke later.",
        dt.date(2024, 5, 1),
    )
    got = [(c.subject, c.normalized.display, c.value) for c in TitleExtractor().extract(ctx)]
    assert got == [
        ("Antony Blinken", "Secretary of State of the United States", "US Secretary of State"),
        ("Xi Jinping", "President of China", "Chinese President"),
        ("Vladimir Putin", "President of Russia", "his Russian counterpart,"),
        ("Antony Blinken", "Secretary of State of the United States", "Secretary of State"),
    ]


def test_title_evidence_spans_title_and_name() -> None:
    text = "Yesterday German Chancellor Olaf Scholz arrived."
    (claim,) = TitleExtractor().extract(context(text))
    assert text[claim.evidence.start : claim.evidence.end] == "German Chancellor Olaf Scholz"
    assert claim.normalized.display == "Chancellor of Germany"
