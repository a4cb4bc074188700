"""Keys of facts about one entity, the same in every article: ages of people in lists and appositions;
regional time zones read on the day."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.registry import run_extractors
from factcheck.junk import find_junk
from factcheck.normalize.zones import zone_offset
from tests.helpers import context


def _ages(text: str) -> list[tuple[str, str]]:
    return [(c.subject_key, c.normalized.key) for c in run_extractors(context(text)) if c.attribute == "age"]


def test_a_list_of_people_with_their_ages_is_article_data_not_a_link_list() -> None:
    text = (
        "Nine of the eleven passengers lost in the ferry fire have been named by the harbour office.\n\n"
        "They are:\n\n  • Jane Roe, 92\n  • Karl Roe, 83\n  • Mia Ellen Poe, 80\n  • Otto Brandt, 41\n\n"
        "The harbour office said the search would go on through the night.\n\nHome\nNews\nSport\nWeather\n"
    )
    spans = find_junk(text)
    assert all("Roe" not in text[j.start : j.end] for j in spans)
    assert any(j.start <= text.index("Weather") < j.end for j in spans)
    assert ("unknown:k roe", "83") in _ages(text)


def test_two_people_sharing_a_family_name_keep_apart_ages() -> None:
    assert _ages("They are Jane Roe, 54; Karl Roe, 83 and Mia Poe, 79.") == [
        ("unknown:j roe", "54"),
        ("unknown:k roe", "83"),
        ("unknown:m poe", "79"),
    ]


def test_an_age_has_one_key_whether_or_not_the_article_names_a_namesake() -> None:
    alone = _ages("Karl Roe, 83, was pulled from the water.")
    with_namesake = _ages("Jane Roe, 54, survived. Karl Roe, 83, was pulled from the water.")
    assert alone == [("unknown:k roe", "83")]
    assert ("unknown:k roe", "83") in with_namesake


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_eastern_time_is_daylight_or_standard_time_on_any_day(day: dt.date) -> None:
    offset, note = zone_offset("Eastern time", day)
    assert offset in (dt.timedelta(hours=-4), dt.timedelta(hours=-5))
    assert zone_offset("ET", day)[0] == offset
    assert note.startswith(" ET (UTC-0")


def _quantities(text: str) -> list[tuple[str, str]]:
    return [(c.attribute, c.normalized.key) for c in run_extractors(context(text)) if c.kind.value == "quantity"]


def test_storeys_are_a_buildings_whatever_the_noun() -> None:
    for text in (
        "The 14-story apartment block stood by the river.",
        "Crews searched the 14-story condominium overnight.",
        "Two days after the 14-story structure gave way, crews kept digging.",
        "The partial collapse of the 14-story Harbour View Towers condo shocked the town.",
    ):
        assert ("number of storeys", "14") in _quantities(text), text


def test_the_number_of_people_in_a_toll_state_is_that_toll() -> None:
    found = _quantities("The sheriff said the number of people who are unaccounted for rose to 212.")
    assert ("missing", "212") in found
    assert ("number of climbers stranded", "14") in _quantities("Fourteen climbers were stranded on the ridge.")


def test_words_glued_before_a_person_the_parser_tags_are_no_part_of_the_name() -> None:
    from factcheck.normalize.people import find_people

    text = "The Bishop of Harbourton Jane Roe blessed the new ferry, Roe said."
    ctx = context(text)
    start = text.index("Jane Roe")
    names = [m.text for m in find_people(text, ctx.sentences, [(start, start + len("Jane Roe"))])]
    assert names[0] == "Jane Roe"


def test_a_name_does_not_run_across_a_line_break() -> None:
    from factcheck.normalize.people import find_people

    text = "Posted by Harbour Finance\nWeekly Jane Roe said the ferry was late."
    ctx = context(text)
    assert all("\n" not in m.text for m in find_people(text, ctx.sentences, [(0, 1)]))


def test_a_count_after_across_is_a_fact_of_its_own() -> None:
    found = _quantities("An average of 4.2 million people watched the final across 9 channels and services.")
    assert ("number of channels", "9") in found
    assert ("number of games", "30") not in _quantities("She scored 21 goals in 30 games.")


def test_a_name_the_parser_tags_as_a_place_needs_a_title_or_its_own_words_to_be_a_person() -> None:
    from factcheck.normalize.people import find_people

    text = "The quake struck 40 kilometres from Port Alden, the national seismology agency said."
    ctx = context(text)
    start = text.index("Port Alden")
    place = [(start, start + len("Port Alden"))]
    assert [m.text for m in find_people(text, ctx.sentences, [], place)] == []
    # Without the parser's tag the apposition is a person cue, as in "Jane Roe, the mayor, said".
    assert [m.text for m in find_people(text, ctx.sentences, [], [])] == ["Port Alden"]
    titled = "Mayor Port Alden said the quake was strong."
    ctx = context(titled)
    start = titled.index("Port Alden")
    assert [m.text for m in find_people(titled, ctx.sentences, [], [(start, start + 10)])] == ["Port Alden"]
    # A family-name ending is the name's own word: the small pipeline tags many such names as places.
    slavic = "The motion, tabled by Dragan Kovačević, failed."
    ctx = context(slavic)
    start = slavic.index("Dragan")
    tagged = [(start, start + len("Dragan Kovačević"))]
    assert [m.text for m in find_people(slavic, ctx.sentences, [], tagged)] == ["Dragan Kovačević"]


def test_a_place_in_an_apposition_gives_no_name_claim() -> None:
    text = "The quake struck 40 kilometres from Port Alden, the national seismology agency said."
    assert [c for c in run_extractors(context(text)) if c.attribute == "name spelling"] == []
