"""Dates and clock times in common news wording: a weekday written with its month-day on a page with no
publication date, a date after a verb of holding ("the runoff, set for ..."), a date in the
possessive after a bound word ("since Friday evening's demolition"), a headline's infinitive passive
("to be demolished Friday") as a plan, and a venue named after a town abroad ("the Perth Hotel") that
gives no clock. Two dates a day apart for one event stay a disagreement (issue #10).

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.times.date_owner import held_event
from factcheck.extract.times.event_date import EventDateExtractor
from factcheck.extract.times.event_time import EventTimeExtractor
from factcheck.normalize.tense import cue_tense
from tests.helpers import context, statuses_by_attribute
from tests.helpers import findings_of as _findings

TUESDAY = dt.date(2031, 4, 8)
# News beside the dated sentence that names no day of its own.
UNDATED_NEWS = (
    "Volunteers handed out blankets at the sports hall.",
    "Insurers have received more than a thousand claims.",
)


def _dates(text: str, published: dt.date | None = TUESDAY) -> list[tuple[str, str, str, str | None]]:
    return [
        (c.subject_key, c.attribute, c.normalized.key, c.event.event_type)
        for c in EventDateExtractor().extract(context(text, published))
    ]


def test_a_weekday_with_its_month_day_is_keyed_by_the_month_day_without_a_publication_date() -> None:
    got = _dates("The harvest festival opened at the fairground on Saturday 9 May.", None)
    assert got == [("festival", "date", "may 9", "festival")]
    got = _dates("Voters went to the polls in the referendum on Sunday, May 10.", None)
    assert got == [("election", "date", "may 10", "election")]


def test_a_weekday_with_its_month_day_meets_the_full_date_and_a_day_off_is_a_disagreement() -> None:
    no_date = "The harvest festival opened at the fairground in Brenlow on Saturday 9 May."
    full = "The harvest festival opened at the fairground in Brenlow on May 9, 2026."
    assert statuses_by_attribute(_findings((no_date, None), (full, None), news=UNDATED_NEWS), "date") == [
        ("agreement", ["2026-05-09"])
    ]
    day_after = "The harvest festival opened at the fairground in Brenlow on May 10, 2026."
    statuses = [
        s for s, _v in statuses_by_attribute(_findings((no_date, None), (day_after, None), news=UNDATED_NEWS), "date")
    ]
    assert statuses and all(s in ("conflict", "possible-conflict") for s in statuses)


def test_a_date_after_a_verb_of_holding_dates_the_event_named_before_the_verb() -> None:
    text = "The two mayors go to a second round, to be held on May 24, after the closest election in decades."
    assert _dates(text, dt.date(2031, 5, 12)) == [("runoff", "date (planned)", "2031-05-24", "runoff")]
    # Without a verb of holding the nearest event word still types the date.
    plain = "The two mayors go to a second round of a long count on May 24 in an election of two rounds."
    assert [t for *_k, t in _dates(plain, dt.date(2031, 5, 12))] == ["election"]


def test_held_event_needs_the_verb_right_before_the_date_and_a_typed_word_before_the_verb() -> None:
    hits = ((2, 12, "referendum", "election"),)
    for text, end in (("A referendum, set for June 2, was called.", 12), ("A referendum was called on June 2.", None)):
        assert held_event(text, text.index("June"), hits) == end
    assert held_event("It will be held on June 2.", 19, ()) is None


def test_a_possessive_date_after_a_bound_word_still_dates_its_event() -> None:
    got = _dates("Crews have found 12 more bodies since Friday evening's demolition of the mill.")
    assert got == [("demolition", "date", "2031-04-04", "demolition")]
    # A bare bound date is a deadline or a start of a state, not an event's day.
    assert _dates("Crews have searched the rubble since Friday, before the demolition.") == []


def test_an_infinitive_passive_is_a_plan() -> None:
    assert cue_tense("Old mill to be demolished Friday") == "future"
    assert cue_tense("the ferry is to be refloated on Monday") == "future"
    assert cue_tense("the hull appeared to be damaged on Monday") == "past"
    got = _dates("Old grain mill to be demolished Friday; works suspended")
    assert got == [("demolition", "date (planned)", "2031-04-11", "demolition")]


@given(
    st.sampled_from(
        ["appeared", "seemed", "was said", "was believed", "was thought", "was reported", "had", "was yet", "needed"]
    )
)
def test_seeming_or_saying_before_an_infinitive_passive_is_no_plan(verb: str) -> None:
    assert cue_tense(f"the bridge {verb} to be cracked") != "future"


def test_a_venue_named_after_a_town_abroad_gives_no_clock() -> None:
    text = (
        "A fire swept through a market in Peru on Monday. The blaze broke out at 21:15 local time near the Perth Hotel."
    )
    got = [(c.normalized.display, c.normalized.low) for c in EventTimeExtractor().extract(context(text, TUESDAY))]
    assert got == [("21:15 (UTC-05:00, 02:15 UTC)", 135.0)]


def _clock(text: str, published: dt.date | None = TUESDAY) -> list[str]:
    return [c.normalized.display for c in EventTimeExtractor().extract(context(text, published))]


def test_a_county_named_after_its_city_keeps_the_city_clock() -> None:
    alone = "The parking garage collapsed at 2:10 a.m., officials in the United States said."
    # The country alone does not say which of its zones the clock is on.
    assert _clock(alone) == []
    county = "Crews from Houston-Galena county searched the rubble."
    assert _clock(f"{alone}\n\n{county}") == ["02:10 (UTC-05:00, 07:10 UTC)"]


def test_a_bare_clock_ending_a_line_is_a_video_length_not_a_time_of_day() -> None:
    page = "Crews search the collapsed garage in Peru 02:44\nThe garage collapsed at 01:15 local time."
    assert _clock(page) == ["01:15 (UTC-05:00, 06:15 UTC)"]
    # A clock that a word leads to keeps its meaning at the end of a line.
    assert _clock("The garage in Peru collapsed at 01:15\nCrews searched all night.") == [
        "01:15 (UTC-05:00, 06:15 UTC)"
    ]


def test_emergency_calls_are_the_time_of_a_call_not_of_the_incident() -> None:
    first = "Firefighters in Peru began taking distress calls at 9.12pm as the river rose."
    assert [(c.subject_key, c.normalized.display) for c in EventTimeExtractor().extract(context(first, TUESDAY))] == [
        ("call", "21:12 (UTC-05:00, 02:12 UTC)")
    ]
    one = "The first emergency call came in at 21:05 local time, when a vendor in Peru saw water on the bridge."
    assert [c.subject_key for c in EventTimeExtractor().extract(context(one, TUESDAY))] == ["call"]


def test_a_clock_named_after_a_big_city_is_that_city_clock_and_no_place_of_the_event() -> None:
    assert _clock("The blast hit the depot at 9:40 a.m. Tokyo time.") == ["09:40 (UTC+09:00, 00:40 UTC)"]
    # "local time" stays the clock of the event's country; the city only names another clock beside it.
    assert _clock("The storm hit Peru at 3:25 p.m. local time (5:25 a.m. Tokyo time).") == [
        "15:25 (UTC-05:00, 20:25 UTC)",
        "05:25 (UTC+09:00, 20:25 UTC)",
    ]
    # A name before "time" that is no big city names no clock.
    assert _clock("The blast hit the depot at 3:15 p.m. Brenlow time.") == []


def test_one_moment_in_local_time_and_in_gmt_agrees() -> None:
    local = "The storm hit the coast of Peru at 3:25 p.m. local time, officials said."
    gmt = "The storm hit the coast of Peru at 20:25 GMT, officials said."
    found = _findings((local, TUESDAY), (gmt, TUESDAY), news=UNDATED_NEWS)
    assert [s for s, _v in statuses_by_attribute(found, "time")] == ["agreement"]


def test_figures_as_of_one_moment_in_two_zones_agree_and_two_moments_never_conflict() -> None:
    lede = "Voters in Peru cast ballots in the presidential election on Sunday."
    local = f"{lede} As of 4:40 p.m. local time, the count gave the governor 51.2%, the council said."
    gmt = f"{lede} As of 21:40 GMT, the governor stood at 51.2%, the council said."
    later = f"{lede} As of 23:55 GMT, the governor stood at 51.6%, the council said."
    keys = [c.subject_key for c in EventTimeExtractor().extract(context(local, TUESDAY))]
    assert keys == ["election:figures as of 2031-04-08 21:40 utc"]
    found = _findings((local, TUESDAY), (gmt, TUESDAY), news=UNDATED_NEWS)
    assert statuses_by_attribute(found, "time (figures as of)") == [
        ("agreement", ["16:40 (UTC-05:00, 21:40 UTC)", "21:40 (UTC)"])
    ]
    found = _findings((local, TUESDAY), (later, TUESDAY), news=UNDATED_NEWS)
    assert [s for s, _v in statuses_by_attribute(found, "time (figures as of)")] == ["unique", "unique"]
    # Without a day the moment is not known well enough to meet another page's.
    assert list(EventTimeExtractor().extract(context(local, None))) == []


def test_a_clock_word_with_no_word_leading_to_it_is_a_part_of_the_day() -> None:
    assert _clock("Queues in Peru midday Thursday stretched for a mile after the storm.") == []
    assert _clock("The storm hit Peru just after midnight.") == ["just after 00:00 (UTC-05:00, 05:00 UTC)"]
    assert _clock("The storm hit Peru at noon.") == ["12:00 (UTC-05:00, 17:00 UTC)"]


def test_clock_times_of_pages_a_week_apart_are_two_days_moments() -> None:
    first = "The storm made landfall on the coast of Peru at 11:10 a.m. local time, forecasters said."
    later = "The storm made landfall on the coast of Peru at 4:05 a.m. local time, forecasters said."
    week_apart = _findings((first, TUESDAY), (later, TUESDAY + dt.timedelta(days=7)), news=UNDATED_NEWS)
    assert [s for s, _v in statuses_by_attribute(week_apart, "time")] == ["distinct-events", "unique", "unique"]
    same_day = _findings((first, TUESDAY), (later, TUESDAY), news=UNDATED_NEWS)
    assert [s for s, _v in statuses_by_attribute(same_day, "time")] in (["conflict"], ["possible-conflict"])
