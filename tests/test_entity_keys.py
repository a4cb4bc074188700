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


def test_an_age_before_a_description_and_a_name_is_the_named_persons_age() -> None:
    assert _ages("Two died in the flood. The third victim, 31-year-old school teacher Mara Lintz, died later.") == [
        ("unknown:m lints", "31")
    ]
    assert _ages("Rescuers found 19-year-old student Nils Varga and his friend on the roof.") == [
        ("unknown:n varga", "19")
    ]
    assert _ages("The 61-year-old retired nurse Edda Morrow said she was fine.") == [("unknown:e morrov", "61")]


def test_an_age_before_a_noun_whose_apposition_is_a_name_is_that_persons_age() -> None:
    text = "A 52-year-old farmer, Tom Ardle, who lost his barn, said the water came fast."
    assert _ages(text) == [("unknown:t ardle", "52")]


def test_an_age_before_a_noun_and_another_person_joined_by_and_gives_no_age_to_that_person() -> None:
    assert _ages("A 40-year-old man and his neighbour Jane Roe were hurt in the flood.") == []


def test_aged_after_a_name_is_that_persons_age() -> None:
    assert _ages("Rescuers found Pat Osk, aged 67, in her car.") == [("unknown:p osk", "67")]
    assert _ages("The flood reached the school. Children aged 5 to 11 were moved.") == []


def test_an_age_and_a_description_before_a_name_closing_its_phrase_mark_a_person() -> None:
    text = "Eight fans died at the show. The ninth victim, 22-year-old college senior Orla Vantis, died on Friday."
    assert [m.text for m in context(text).people] == ["Orla Vantis"]
    assert ("unknown:o vantis", "22") in _ages(text)


def test_an_age_before_a_named_thing_marks_no_person() -> None:
    assert context("The 150-year-old Velmar Bridge opened to traffic again.").people == []
    assert context("Crews shored up the 40-year-old Lisk Dam in the night.").people == []


@given(
    st.integers(2, 119),
    st.sampled_from(["-year-old", " year-old"]),
    st.sampled_from(["", "student ", "college senior ", "retired school teacher "]),
)
def test_any_age_and_description_before_a_name_give_that_persons_age(age: int, old: str, words: str) -> None:
    text = f"The flood reached the farm. The victim, {age}{old} {words}Orla Vantis, died on Friday."
    assert ("unknown:o vantis", str(age)) in _ages(text)


def test_a_verb_after_an_aged_noun_ends_the_description() -> None:
    assert _ages("A 40-year-old man told Jane Roe about the flood.") == []


def test_a_name_after_the_noun_of_a_vessel_or_a_building_is_no_person() -> None:
    text = "The ferry sank on Sunday. The vessel Marit Sund, 30, was built in Norway. Captain Ivo Brandt, 52, survived."
    assert [m.text for m in context(text).people] == ["Ivo Brandt"]
    assert _ages(text) == [("unknown:i brandt", "52")]
    # a person noun after the thing's noun is a person's role: "the bus driver Jane Roe"
    assert [m.text for m in context("The bus driver Jane Roe, 45, was hurt.").people] == ["Jane Roe"]
