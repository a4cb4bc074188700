"""Which event a date or a place belongs to: a date modifying an event noun, an incident named without
its kind ("the disaster"), a crowd crush, a venue that is no town."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.registry import run_extractors
from tests.helpers import context

PUB = dt.date(2023, 3, 20)


def _dates(text: str) -> list[tuple[str, str, bool]]:
    return [
        (c.subject_key, c.normalized.key, c.key_resolved)
        for c in run_extractors(context(text, PUB))
        if c.extractor == "event-date.v1"
    ]


def test_a_date_modifying_the_disaster_dates_the_articles_incident() -> None:
    text = (
        "A grandstand collapsed on March 14, injuring 30 fans. Two engineers were charged over the March 14 disaster."
    )
    assert _dates(text) == [("incident", "2023-03-14", True), ("incident", "2023-03-14", True)]


def test_a_date_modifying_an_event_noun_is_not_dated_by_the_verb_before_it() -> None:
    text = "A stand collapsed on March 14. Rescuers were praised after the March 14 collapse."
    assert [key for key, _d, _r in _dates(text)] == ["incident", "incident"]


def test_a_crowd_crush_is_an_accident() -> None:
    assert _dates("A crowd crush in the old port on Saturday killed nine people.") == [("incident", "2023-03-18", True)]


def test_a_venue_is_no_site_of_an_incident() -> None:
    sites = [
        c.normalized.key
        for c in run_extractors(context("The crush happened in a narrow lane near Harbour Hotel on Saturday.", PUB))
        if c.attribute == "site"
    ]
    assert sites == []


def test_a_date_before_a_preposition_modifies_no_noun() -> None:
    from factcheck.extract.times.date_owner import possessed_event

    text = "The two ministers signed a pact on Tuesday at their meeting in the capital."
    assert possessed_event(text, text.index("Tuesday") + len("Tuesday")) is None
    text = "Police are questioning witnesses of the Oct. 3 crowd crush near the port."
    assert possessed_event(text, text.index("3 crowd") + 1) == text.index("crush")


def _anchored(text: str) -> list[tuple[str, bool]]:
    return [
        (c.attribute, c.event.anchored_to_publication)
        for c in run_extractors(context(text, PUB))
        if c.extractor == "quantity.v1"
    ]


def test_a_look_back_in_a_relative_clause_does_not_date_the_figure() -> None:
    text = "Jane Roe, who withdrew from the race late last week, got 0.4 percent of the vote."
    assert _anchored(text) == [("vote share (%)", True)]


def test_a_look_back_in_the_figures_own_clause_still_dates_it() -> None:
    assert _anchored("Six weeks ago, 40 people were killed in a similar blast.") == [("deaths", False)]
