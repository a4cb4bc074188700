"""Event clock times: stated zones, local time from the event's country, agreement across midnight."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.extract.times.event_time import EventTimeExtractor, _countries_in, country_zone, with_day_part
from factcheck.models import Status
from factcheck.normalize.zones import regional_readings
from factcheck.pipeline import extract_document
from tests.helpers import context, document

PUB = dt.date(2025, 6, 9)


def _times(text: str, published: dt.date | None = PUB) -> list[tuple[str, float | None]]:
    return [(c.normalized.display, c.normalized.low) for c in EventTimeExtractor().extract(context(text, published))]


def test_stated_zone() -> None:
    assert _times("The earthquake struck at 04:47 GMT on Monday.") == [("04:47 (UTC)", 287.0)]
    assert _times("The blast hit the port at 10 p.m. EST.") == [("22:00 (UTC-05:00, 03:00 UTC)", 180.0)]


def test_local_time_takes_the_zone_of_the_country_in_the_sentence() -> None:
    got = _times("A strong earthquake struck the Peruvian highlands at 11:47 p.m. on Sunday, local time.")
    assert got == [("23:47 (UTC-05:00, 04:47 UTC)", 287.0)]


def test_no_event_word_or_unknown_zone_gives_no_claim() -> None:
    assert _times("The shop opens at 9 a.m.") == []
    assert _times("The flood hit the town at 6 p.m.") == []  # no country: zone unknown
    # ET is daylight or standard time: without a date it gives both readings
    assert _times("The storm hit at 3 p.m. ET near the coast of Canada.", None) == [
        ("15:00 (UTC-04:00 or UTC-05:00: 19:00 UTC or 20:00 UTC)", 1140.0)
    ]


def test_a_regional_zone_takes_its_offset_on_the_day() -> None:
    summer = [("15:00 (UTC-04:00, 19:00 UTC)", 1140.0)]
    assert _times("The storm hit at 3 p.m. ET near the coast of Canada.") == summer
    assert _times("The storm hit at 3 p.m. Eastern time near the coast.") == summer
    assert _times("The storm hit at 3 p.m. ET near the coast.", dt.date(2025, 1, 9)) == [
        ("15:00 (UTC-05:00, 20:00 UTC)", 1200.0)
    ]
    assert _times("The storm hit at 6 p.m. Pacific Daylight Time.") == [("18:00 (UTC-07:00, 01:00 UTC)", 60.0)]


def test_a_four_digit_clock_before_a_zone() -> None:
    assert _times("The rocket lifted off at 0941 EDT on Tuesday.") == [("09:41 (UTC-04:00, 13:41 UTC)", 821.0)]
    assert _times("The launch slipped in 2026 EST terms.") == []


def test_a_docking_is_an_event_with_its_own_time() -> None:
    got = _times("The docking, at 2:15 p.m. Eastern time, was an hour later than planned.")
    assert got == [("14:15 (UTC-04:00, 18:15 UTC)", 1095.0)]


def test_country_zone_single_and_multi_zone() -> None:
    assert country_zone("Peru", PUB) == dt.timedelta(hours=-5)
    assert country_zone("Japan", PUB) == dt.timedelta(hours=9)
    assert country_zone("United States", PUB) is None


def test_one_moment_in_two_zones_agrees_and_another_moment_conflicts() -> None:
    local = document("A strong earthquake struck Peru at 11:47 p.m. on Sunday, local time.", PUB, "a")
    gmt = document("The earthquake hit southern Peru at 04:47 GMT on Monday, officials said.", PUB, "b")
    other = document("The earthquake hit southern Peru at 01:15 GMT, officials said.", PUB, "c")
    for docs, status in (([local, gmt], Status.AGREEMENT), ([local, other], Status.CONFLICT)):
        files = [extract_document(d) for d in docs]
        found = compare_claims(files, {d.source.id: d.text for d in docs}).findings
        assert [f.status for f in found if f.attribute == "time"] == [status]


def test_main_zone_of_a_country_with_outlying_islands() -> None:
    # Most of Spain's people live on CET/CEST; the Canaries (an hour behind) do not split the country.
    assert country_zone("Spain", dt.date(2031, 8, 5)) == dt.timedelta(hours=2)
    assert country_zone("Spain", dt.date(2031, 1, 5)) == dt.timedelta(hours=1)
    assert country_zone("United States", dt.date(2031, 8, 5)) is None


def test_without_a_date_a_daylight_saving_country_gives_both_readings() -> None:
    got = _times("In Spain, the fire started at 9:30 p.m. local time.", published=None)
    assert got == [("21:30 (UTC+02:00 or UTC+01:00: 19:30 UTC or 20:30 UTC)", 19 * 60 + 30.0)]
    got = _times("In Rwanda, the boat capsized at 9:30 p.m. local time.", published=None)
    assert got == [("21:30 (UTC+02:00, 19:30 UTC)", 19 * 60 + 30.0)]


def test_a_bound_is_not_the_event_time() -> None:
    assert _times("In Rwanda, the boat capsized after 6 p.m. local time.") == []
    assert _times("The blaze in Spain must be contained by 8 p.m. local time.") == []


def test_local_time_from_a_small_town_when_no_country_is_named() -> None:
    # Only a town the wider geonames list knows places the article (its most populous bearer).
    got = _times("The fire near Almendralejo started at 4:10 p.m. local time.", published=dt.date(2031, 8, 5))
    assert got == [("16:10 (UTC+02:00, 14:10 UTC)", 14 * 60 + 10.0)]


def test_a_country_split_between_zones_takes_the_zone_of_the_cities_it_names() -> None:
    # Canada has several zones; the article's towns after a place preposition (Halifax) decide, and a
    # capital used for its government ("Ottawa has offered") does not.
    text = (
        "The blast at the Halifax refinery struck at 9:05 p.m. local time, and smoke drifted over homes "
        "in Halifax and Dartmouth. Ottawa has offered help to Canada's Atlantic provinces."
    )
    got = _times(text, published=dt.date(2031, 10, 20))
    assert got == [("21:05 (UTC-03:00, 00:05 UTC)", 5.0)]


def test_shortly_before_or_after_is_an_approximate_event_time() -> None:
    got = _times("In Rwanda, the boat capsized shortly after 6 p.m. local time.")
    assert got == [("shortly after 18:00 (UTC+02:00, 16:00 UTC)", 16 * 60 + 10.0)]
    got = _times("In Rwanda, the bridge collapsed just before 9 a.m. local time.")
    assert got == [("just before 09:00 (UTC+02:00, 07:00 UTC)", 6 * 60 + 50.0)]


def test_a_town_with_diacritics_gives_the_local_zone() -> None:
    # No country named: the town after "outside" (geonames, diacritics kept) places the article.
    got = _times("The express derailed just outside Česká Třebová at 14:10 on Sunday.", published=dt.date(2031, 8, 5))
    assert got == [("14:10 (UTC+02:00, 12:10 UTC)", 12 * 60 + 10.0)]


def test_a_later_phase_time_is_not_the_event_time() -> None:
    got = [
        c.subject
        for c in EventTimeExtractor().extract(
            context("In Rwanda, the capsized ferry was towed back to port at 03:30 on Monday.", PUB)
        )
    ]
    assert got == ["accident (towed)"]


def test_a_zone_named_by_its_country() -> None:
    got = _times("The ferry capsized at 4 p.m. UAE time, the coastguard said.", published=dt.date(2031, 8, 5))
    assert got == [("16:00 (UTC+04:00, 12:00 UTC)", 12 * 60.0)]
    got = _times("In Chile, the blast hit the mine at 9:15 a.m. Polish time.", published=dt.date(2031, 1, 5))
    assert got == [("09:15 (UTC+01:00, 08:15 UTC)", 8 * 60 + 15.0)]


def test_a_sentence_that_only_says_something_happened_is_about_the_main_event() -> None:
    text = "Bus drivers in Portugal begin two-day strike\n\nThe action began at 05:00 GMT."
    got = [(c.subject, c.normalized.display) for c in EventTimeExtractor().extract(context(text, PUB))]
    assert got == [("strike", "05:00 (UTC)")]


def test_a_verb_of_the_main_event_times_it() -> None:
    text = "Ferry crews in Portugal begin two-day strike\n\nThe ramps stopped at 07:00 GMT on Monday."
    got = [(c.subject, c.normalized.display) for c in EventTimeExtractor().extract(context(text, PUB))]
    assert got == [("strike", "07:00 (UTC)")]
    other = "Ferry crews in Portugal meet owners\n\nThe ramps stopped at 07:00 GMT on Monday."
    assert [c.subject for c in EventTimeExtractor().extract(context(other, PUB))] == []


def test_a_surname_particle_is_no_town() -> None:
    # "Van Dijk" is a person, not the Turkish town Van; "Van" alone still is.
    assert _countries_in("By Lotte Van Dijk, in Amsterdam") == ["Netherlands"]
    assert _countries_in("Flooding hit Van on Monday") == ["Turkey"]


def test_a_theft_verb_types_a_sentence_in_a_theft_article() -> None:
    text = (
        "Thieves raided a gallery in Liege, Belgium, on Sunday.\n\n"
        "Two men forced a side door at about 4.05 a.m. before a guard arrived."
    )
    assert _times(text, dt.date(2025, 1, 20)) == [("04:05 (UTC+01:00, 03:05 UTC)", 185.0)]


def test_a_clock_word_is_an_event_time() -> None:
    got = _times("In Rwanda, the bridge collapsed shortly before midnight on Friday.")
    assert got == [("shortly before 00:00 (UTC+02:00, 22:00 UTC)", 21 * 60 + 50.0)]
    assert _times("In Rwanda, the ferry sank at midday.") == [("12:00 (UTC+02:00, 10:00 UTC)", 600.0)]


def test_an_unmarked_clock_takes_the_day_part_after_it() -> None:
    got = _times("In Rwanda, the bridge collapsed at 10:35 on Monday night.")
    assert got == [("22:35 (UTC+02:00, 20:35 UTC)", 20 * 60 + 35.0)]
    got = _times("In Rwanda, the ferry sank on Monday evening at 7:10, officials said.")
    assert got == [("19:10 (UTC+02:00, 17:10 UTC)", 17 * 60 + 10.0)]


@pytest.mark.parametrize(
    ("surface", "after", "before", "hour"),
    [
        ("10:35", " on Monday night", "", 22),
        ("10:35", " in the evening", "", 22),
        ("2:15", " on Sunday afternoon", "", 14),
        ("2:15", " on Sunday night", "", 2),  # the small hours, the same on either clock
        ("12:30", " on Friday night", "", 0),
        ("9:40", "", "on Tuesday night at ", 21),
        ("10:35", " on Monday", "", 10),  # no day part
        ("10:35 pm", " on Monday morning", "", 22),  # marked: read as written
        ("10:35 GMT", " on Monday night", "", 10),  # a zone: a 24-hour clock
        ("22:35", " on Monday night", "", 22),
    ],
)
def test_with_day_part(surface: str, after: str, before: str, hour: int) -> None:
    clock = dt.time(int(surface.split(":")[0]), int(surface.split(":")[1][:2]))
    if "pm" in surface:
        clock = clock.replace(hour=clock.hour + 12)
    assert with_day_part(clock, surface, before, after).hour == hour


def test_a_time_takes_the_country_the_article_names_over_a_town_named_in_passing() -> None:
    text = (
        "A train derailed in Peru on Sunday. Rescuers from Peru reached the site.\n\n"
        "The crash happened at 9:10 p.m. near the Osaka Valley, about 80 km north of Lima, police said."
    )
    got = _times(text)
    assert got == [("21:10 (UTC-05:00, 02:10 UTC)", 130.0)]


def test_a_clock_word_agrees_with_a_time_near_it() -> None:
    near = document("A strong earthquake struck Peru near midnight on Sunday, local time.", PUB, "a")
    exact = document("The earthquake hit southern Peru at 11:47 p.m. on Sunday, officials said.", PUB, "b")
    files = [extract_document(d) for d in (near, exact)]
    found = compare_claims(files, {d.source.id: d.text for d in (near, exact)}).findings
    assert [f.status for f in found if f.attribute == "time"] == [Status.AGREEMENT]


def test_a_regional_zone_without_a_date_agrees_with_either_reading() -> None:
    summer = document("The rocket lifted off at 10:52 a.m. ET from the pad in Florida.", None, "a")
    stated = document("The rocket lifted off from Florida at 1052 EDT (1452 UTC), officials said.", None, "b")
    other = document("The rocket lifted off from Florida at 1352 EDT, officials said.", None, "c")
    for docs, status in (([summer, stated], Status.AGREEMENT), ([summer, other], Status.CONFLICT)):
        files = [extract_document(d) for d in docs]
        found = compare_claims(files, {d.source.id: d.text for d in docs}).findings
        assert [f.status for f in found if f.attribute == "time"] == [status]


@given(
    st.sampled_from(["ET", "PT", "Eastern time", "Pacific time", "Central time"]),
    st.integers(1, 12),
    st.integers(0, 59),
)
def test_regional_readings_property(zone: str, hour: int, minute: int) -> None:
    readings = regional_readings(f"{hour}:{minute:02d} p.m. {zone}")
    assert readings is not None
    summer, winter = readings
    assert summer - winter == dt.timedelta(hours=1)
    assert regional_readings(f"{hour}:{minute:02d} p.m. GMT") is None
