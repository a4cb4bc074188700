"""Tests of the day a named person died (factcheck.extract.times.death_date). Every article is invented."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.times.death_date import DeathDateExtractor
from tests.helpers import findings_of
from tests.test_extract_dates import context

FRI = dt.date(2031, 6, 13)  # a Friday


def _got(text: str, published: dt.date | None = FRI) -> list[tuple[str, str, str, str]]:
    ctx = context(text, published, main=())
    return [(c.subject_key, c.attribute, c.value, c.normalized.key) for c in DeathDateExtractor().extract(ctx)]


def test_a_named_person_who_died_on_a_day() -> None:
    assert _got("Crush at Orra stadium.\n\nLena Osk, 41, died on Wednesday.") == [
        ("unknown:osk", "date of death", "Wednesday", "2031-06-11")
    ]


def test_a_name_in_apposition_to_the_subject() -> None:
    text = "Crush at Orra stadium.\n\nThe third victim, 41-year-old nurse Lena Osk, died on Wednesday."
    assert _got(text) == [("unknown:osk", "date of death", "Wednesday", "2031-06-11")]


def test_no_publication_date_keeps_the_month_day() -> None:
    text = "Crush at Orra stadium.\n\nLena Osk died Tuesday, June 10 in hospital."
    assert _got(text, None) == [("unknown:osk", "date of death", "Tuesday, June 10", "june 10")]


def test_a_pronoun_a_bound_or_another_verb_is_no_death_date() -> None:
    assert _got("Crush at Orra stadium.\n\nHe died on Wednesday, his family said.") == []
    assert _got("Crush at Orra stadium.\n\nLena Osk had died by Wednesday.") == []
    assert _got("Crush at Orra stadium.\n\nLena Osk was injured on Wednesday and later died.") == []


def test_two_pages_giving_two_days_of_one_death_conflict() -> None:
    found = findings_of(
        ("Crush at Orra stadium.\n\nThe third victim, nurse Lena Osk, died on Wednesday.", FRI),
        ("Crush at Orra stadium.\n\nLena Osk, a nurse from Varn, died on Thursday, her family said.", FRI),
    )
    got = [(f.status.value, [v.display for v in f.values]) for f in found if f.attribute == "date of death"]
    assert got == [("conflict", ["2031-06-11", "2031-06-12"])]


def test_the_night_before_another_date_of_the_sentence() -> None:
    text = "Crush at Orra.\n\nRelatives of Lena Osk said on Thursday she passed away the night before in a clinic."
    assert _got(text) == [("unknown:osk", "date of death", "the night before", "2031-06-11")]


def test_a_pronoun_with_two_people_named_is_no_one() -> None:
    text = "Crush at Orra stadium.\n\nPiet Varn told Lena Osk on Thursday that he had died the night before."
    assert _got(text) == []


def test_two_pages_one_by_the_night_before_agree_on_the_day() -> None:
    found = findings_of(
        ("Crush at Orra stadium.\n\nThe third victim, nurse Lena Osk, died on Wednesday.", FRI),
        ("Crush at Orra stadium.\n\nThe family of Lena Osk said on Thursday that she died the night before.", FRI),
    )
    got = [(f.status.value, [v.display for v in f.values]) for f in found if f.attribute == "date of death"]
    assert got == [("agreement", ["2031-06-11"])]
