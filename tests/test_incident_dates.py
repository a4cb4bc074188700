"""Tests of the story incident's one subject for its date and time (factcheck.extract.analysis.incident)."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.times.event_time import EventTimeExtractor
from tests.test_extract_dates import claims, context

FRI = dt.date(2031, 6, 13)  # a Friday


def _got(text: str, published: dt.date | None = FRI) -> list[tuple[str, str, str, str]]:
    return [(c.subject_key, c.attribute, c.value, c.normalized.key) for c in claims(text, published, main=())]


def test_the_blaze_and_the_explosion_of_one_page_are_the_incident() -> None:
    text = "Blast at a paint depot in Harlow Bay.\n\nThe explosion on Tuesday shook the harbour."
    assert _got(text) == [("incident", "date", "Tuesday", "2031-06-10")]
    text = "Blaze sweeps hillside town of Orra.\n\nThe fire began on Monday near a farm."
    assert _got(text) == [("incident", "date", "Monday", "2031-06-09")]


def test_a_verb_whose_subject_is_the_event_tells_its_course() -> None:
    text = (
        "Wildfire destroys Orra.\n\nThe blaze that swallowed the old quarter of Orra on Tuesday was the worst in years."
    )
    assert _got(text) == [("incident", "date", "Tuesday", "2031-06-10")]


def test_a_verb_whose_subject_is_something_else_dates_another_fact() -> None:
    text = "Wildfire destroys Orra.\n\nThe death toll from the fire reached 40 on Thursday."
    assert _got(text) == [("fire:reached", "date", "Thursday", "2031-06-12")]
    text = "Wildfire destroys Orra.\n\nThe fire was contained on Thursday."
    assert _got(text) == [("fire:contained", "date", "Thursday", "2031-06-12")]


def test_every_kind_of_incident_is_the_incident() -> None:
    # a page about a collapse may open on the storm around it: one story's disaster has many words
    text = "Storm nears as crews clear the tower.\n\nThe tower collapsed on Tuesday."
    assert [key for key, *_rest in _got(text)] == ["incident"]


def test_an_occurrence_verb_tells_of_the_incident_before_it() -> None:
    text = "Wildfire destroys Orra.\n\nThe fire in Orra was one of two that began on Monday amid gusts from a storm."
    assert _got(text) == [("incident", "date", "Monday", "2031-06-09")]


def test_a_count_back_is_no_verb() -> None:
    text = "Wildfire destroys Orra.\n\nThe fire that started 12 days ago on June 1 is now out."
    assert [(key, day) for key, _a, _v, day in _got(text)] == [("incident", "2031-06-01"), ("incident", "2031-06-01")]


def test_a_page_date_line_dates_the_page_not_the_event() -> None:
    text = "date 2031-06-13 The flood on Tuesday cut the road to Orra."
    assert _got(text) == [("incident", "date", "Tuesday", "2031-06-10")]
    assert _got("Published: June 13, 2031\nThe flood on Tuesday cut the road.") == [
        ("incident", "date", "Tuesday", "2031-06-10")
    ]


def test_a_meeting_keeps_its_own_kind() -> None:
    assert _got("The two ministers met on Wednesday after the harbour fire.")[0][0] == "meeting"


def test_clock_time_of_the_incident_takes_the_same_subject() -> None:

    text = "Tower collapse in Orra.\n\nThe tower that collapsed at 01:20 GMT on Thursday stood 12 storeys."
    got = [(c.subject_key, c.attribute) for c in EventTimeExtractor().extract(context(text, FRI, ()))]
    assert got == [("incident", "time")]


def test_a_breach_is_an_incident_and_rocketed_a_launch() -> None:
    text = "Dam breach floods valley.\n\nThe June 6 breach of the Orra dam flooded nine villages."
    assert _got(text) == [("incident", "date", "June 6", "2031-06-06")]
    text = "The capsule rocketed into orbit with two crew members Wednesday."
    assert _got(text) == [("launch", "date", "Wednesday", "2031-06-11")]


def test_a_disaster_declaration_is_no_incident() -> None:
    assert _got("The governor approved a disaster declaration for the island today.") == []


def test_a_runoff_is_its_own_event_and_never_last_year() -> None:
    published = dt.date(2031, 5, 15)
    text = "Norland's election council announced that a second round of presidential elections was set for May 25."
    assert _got(text, published) == [("runoff", "date (planned)", "May 25", "2031-05-25")]
    text = "Voters go back to the polls for the second round of voting, to be held on May 25."
    assert _got(text, published) == [("runoff", "date (planned)", "May 25", "2031-05-25")]
    # the first round keeps its own kind
    assert _got("Norland held presidential elections on Sunday.", published)[0][0] == "election"


FLOOD = "Floods hit the valley town of Orra.\n\n"


def test_a_date_that_hangs_from_a_verb_of_saying_dates_the_statement() -> None:
    # the statement's day before its speaker, after an inverted speaker, or of a named report
    assert (
        _got(FLOOD + "On Wednesday, the regional water board said that the dam burst had flooded three villages.") == []
    )
    text = '"The number of dead has climbed to 40," said harbour spokesman Tomas Verlund on Thursday, adding more.'
    assert _got(FLOOD + text) == []
    assert _got(FLOOD + "The water board said in a report on Thursday that the flood swept away 200 homes.") == []


def test_the_event_s_own_date_beside_a_statement_is_kept() -> None:
    text = FLOOD + "The flood in Orra on Monday killed 40 people, the board said on Thursday."
    assert _got(text) == [("incident", "date", "Monday", "2031-06-09")]


def test_figures_available_till_a_part_of_a_day_date_the_figures() -> None:
    text = FLOOD + "Citing figures available till late afternoon Thursday, the board said 40 people died in the flood."
    assert _got(text) == []


def test_the_first_day_of_a_night_between_two_weekdays_is_the_day_before_the_second() -> None:
    sunday = dt.date(2031, 6, 15)
    text = FLOOD + "The storm, which hit Orra on the night of Sunday to Monday, caused two dams to burst."
    assert _got(text, sunday) == [
        ("incident", "date", "Sunday", "2031-06-08"),
        ("incident", "date", "Monday", "2031-06-09"),
    ]


def test_a_verb_after_the_date_whose_subject_is_no_event_dates_another_fact() -> None:
    # pool 5: a charge and a warning dated in sentences that name the attack
    text = "Gunmen attack a market in Orra.\n\nProsecutors on Thursday charged three men over the attack at the market."
    assert _got(text) == [("attack:charged", "date", "Thursday", "2031-06-12")]
    text = "Gunmen attack a market in Orra.\n\nOn Tuesday, the consulate warned its citizens of a planned attack."
    assert _got(text) == [("attack:warned", "date", "Tuesday", "2031-06-10")]


def test_a_verb_after_the_date_whose_subject_is_the_event_keeps_the_event() -> None:
    text = "Gunmen attack a market in Orra.\n\nThe attack on Tuesday left the old market in ruins."
    assert _got(text) == [("incident", "date", "Tuesday", "2031-06-10")]
