"""Precision first, the look-alikes an unlabelled pool of new stories showed: two offices of one person,
a magnitude word against a count, a narrowed noun on one side only, a time written to the hour and
hedged, and a city name that several countries share.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare.certainty import (
    MAGNITUDE_CONFIDENCE,
    POSSIBLE_CONFLICT_CONFIDENCE,
    claims_confidence,
    magnitude_only,
    noun_modifiers,
)
from factcheck.compare.values import compatible
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Qualifiers
from factcheck.normalize.places import city_countries, compatible_places
from factcheck.normalize.transliteration import same_person_spelling
from tests.helpers import claim_in
from tests.helpers import findings_of as _findings
from tests.helpers import statuses_by_attribute as _by

D1 = dt.date(2031, 4, 7)


def _number(sid: str, value: str, sentence: str, key: str, group: str | None = None) -> Claim:
    return claim_in(
        sid,
        value,
        sentence,
        kind=ClaimKind.QUANTITY,
        subject="the event",
        subject_key="event",
        attribute="people on board",
        normalized=Normalized(key=key, display=value, low=float(key), high=float(key)),
        compare_as=CompareAs.NUMBER,
        qualifiers=Qualifiers(group=group),
    )


def _time(sid: str, value: str, sentence: str, minutes: float) -> Claim:
    return claim_in(
        sid,
        value,
        sentence,
        kind=ClaimKind.DATE,
        subject="the incident",
        subject_key="incident",
        attribute="time",
        normalized=Normalized(key=f"{minutes}", display=value, low=minutes, high=minutes),
        compare_as=CompareAs.TIME,
    )


# ---------------------------------------------------------------- titles: two offices, or one office twice


def test_two_different_offices_of_one_person_are_only_a_possible_conflict() -> None:
    found = _findings(
        ("Finance Minister Orla Venkova said the reserve would cover the repairs.", D1),
        ("Acting President Orla Venkova said the reserve would cover the repairs.", D1),
    )
    titles = [f for f in found if f.attribute == "title"]
    assert [f.status.value for f in titles] == ["possible-conflict"]
    assert titles[0].confidence == POSSIBLE_CONFLICT_CONFIDENCE
    assert "one person can hold at once" in titles[0].explanation


def test_one_kind_of_office_misstated_is_still_a_conflict() -> None:
    found = _findings(
        ("Finance Minister Orla Venkova said the reserve would cover the repairs.", D1),
        ("Finance Minister Orla Venkova said on Tuesday that the reserve covers the repairs.", D1),
        ("Foreign Minister Orla Venkova said the reserve would cover the repairs.", D1),
    )
    assert [f.status.value for f in found if f.attribute == "title"] == ["conflict"]


def test_one_office_of_two_countries_is_still_a_conflict() -> None:
    found = _findings(
        ("Prime Minister of Portugal Orla Venkova arrived at the summit on Monday.", D1),
        ("Prime Minister of Portugal Orla Venkova flew in for the summit on Monday.", D1),
        ("Prime Minister of Spain Orla Venkova arrived at the summit on Monday.", D1),
    )
    assert [f.status.value for f in found if f.attribute == "title"] == ["conflict"]


# ---------------------------------------------------------------- magnitudes


def test_a_magnitude_word_against_a_count_is_only_a_possible_conflict() -> None:
    found = _findings(
        ("Hundreds feared dead after a ferry capsized off the cape on Monday, rescuers said.", D1),
        ("Exactly 41 people died when a ferry capsized off the cape on Monday, rescuers said.", D1),
    )
    deaths = [f for f in found if f.attribute == "deaths" and f.status.value != "agreement"]
    assert [f.status.value for f in deaths] == ["possible-conflict"]
    assert "only a magnitude" in deaths[0].explanation


def test_magnitude_wordings() -> None:
    def claim(text: str) -> Claim:
        return _number("a", text, f"Officials said {text} were aboard.", "100")

    words = ["hundreds", "Dozens of people", "tens of thousands", "several hundreds"]
    assert [magnitude_only(claim(w)) for w in words] == [True] * 4
    counts = ["300 people", "hundreds of 2,000", "three hundred"]
    assert [magnitude_only(claim(w)) for w in counts] == [False] * 3


# ---------------------------------------------------------------- a noun narrowed on one side only


def test_a_count_narrowed_on_one_side_only_is_only_a_possible_conflict() -> None:
    found = _findings(
        ("The ferries were carrying 1,400 passengers when they collided, the port authority said on Monday.", D1),
        (
            "The ferries were carrying around 600 stranded passengers when they collided, the port authority said"
            " on Monday.",
            D1,
        ),
    )
    on_board = [f for f in found if f.attribute == "people on board"]
    assert [f.status.value for f in on_board] == ["possible-conflict"]
    assert "describing word" in on_board[0].explanation


def test_counts_with_the_same_describing_words_still_conflict() -> None:
    found = _findings(
        ("The ferry was carrying 140 passengers, the port authority said on Monday.", D1),
        ("The ferry was carrying 160 passengers, the port authority said on Monday.", D1),
    )
    assert _by(found, "people on board") == [("conflict", ["140", "160"])]


def test_noun_modifiers_read_the_words_between_figure_and_noun() -> None:
    s = "Buses took {} to the capital."
    cases = {
        "1,200 stranded passengers": frozenset({"stranded"}),
        "around 1,200 passengers": frozenset(),
        "1,200 more passengers": frozenset(),
        "40 confirmed women": frozenset(),
        "12 injured women": frozenset({"injured"}),
    }
    group = {v: "passenger" if "pass" in v else "woman" for v in cases}
    got = {v: noun_modifiers(_number("a", v, s.format(v), "1200", group[v])) for v in cases}
    assert got == cases
    assert noun_modifiers(_number("a", "1,200 people", s.format("1,200 people"), "1200")) is None  # no group
    assert noun_modifiers(_number("a", "twelve buses", s.format("twelve buses"), "12", "bus")) is None  # no digits


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["stranded", "rescued", "injured"]))
def test_any_figure_with_a_describing_word_reads_that_word(n: int, word: str) -> None:
    value = f"{n:,} {word} passengers"
    claim = _number("a", value, f"Officials counted {value} at the quay.", str(n), "passenger")
    assert noun_modifiers(claim) == frozenset({word})


# ---------------------------------------------------------------- a time written to the hour and hedged


def test_a_hedged_time_written_to_the_hour_covers_the_half_hour_either_side() -> None:
    rough = _time("a", "7 pm", "The bridge gave way around 7 pm on Friday.", 19 * 60)
    plain = _time("b", "7 pm", "The bridge gave way at 7 pm on Friday.", 19 * 60)
    twenty_past = _time("c", "7.20 pm", "The bridge gave way at 7.20 pm on Friday.", 19 * 60 + 20)
    half_past = _time("d", "7.30 pm", "The bridge gave way at 7.30 pm on Friday.", 19 * 60 + 30)
    ten_to_seven = _time("e", "6.50 pm", "The bridge gave way at 6.50 pm on Friday.", 18 * 60 + 50)
    assert [compatible(rough, twenty_past), compatible(twenty_past, rough)] == [True, True]
    assert not compatible(plain, twenty_past)  # not hedged: 7 pm is 7:00
    assert compatible(rough, ten_to_seven)
    assert not compatible(rough, half_past)  # half past rounds to the next hour


def test_a_hedged_time_written_to_the_minute_keeps_the_plain_slack() -> None:
    rough = _time("a", "1:30 a.m.", "The tower fell about 1:30 a.m., residents said.", 90)
    early = _time("b", "1:22 a.m.", "The tower fell at 1:22 a.m., residents said.", 82)
    assert not compatible(rough, early)


def test_hedged_hour_times_in_articles_agree() -> None:
    found = _findings(
        ("The train left the rails around 9 pm on Friday near the river crossing, officials said.", D1),
        ("The train left the rails at 9.15 pm on Friday near the river crossing, officials said.", D1),
    )
    assert "conflict" not in {f.status.value for f in found if f.attribute == "time"}


# ---------------------------------------------------------------- a city name several countries share


def test_a_city_name_several_countries_share_agrees_with_each_of_them() -> None:
    shared = next(name for name, countries in sorted(city_countries().items()) if len(countries) > 1)
    countries = sorted(city_countries()[shared])
    read_as = (countries[0], shared)
    assert all(compatible_places((c,), read_as) for c in countries)
    assert all(compatible_places(read_as, (c,)) for c in countries)


def test_a_city_name_of_one_country_still_differs_from_another_country() -> None:
    assert not compatible_places(("France",), ("Japan", "Osaka"))
    assert not compatible_places(("China", "Beijing"), ("Russia", "Moscow"))


# ---------------------------------------------------------------- names: one syllable romanized two ways


def test_a_syllable_of_a_hyphenated_name_romanized_two_ways_is_one_name() -> None:
    pairs = [("Pak Yun-e", "Pak Yun-lee"), ("Han Seong-ho", "Han Sung-ho"), ("Moon Jae-choi", "Moon Jae-choe")]
    assert [same_person_spelling(a, b) for a, b in pairs] == ["transliteration"] * 3


def test_outside_a_hyphenated_name_the_syllables_stay_as_written() -> None:
    assert same_person_spelling("Dora E. Vantreece", "Dora Vantreece") == "transliteration"  # a middle initial
    assert same_person_spelling("Marla Lee", "Marla Yi") is None  # two family names
    assert same_person_spelling("Pak Yun-e", "Pak Yun-ae") != "transliteration"  # not one syllable's spellings


def test_unknown_people_spelt_with_one_syllable_romanized_two_ways_agree() -> None:
    found = _findings(
        ("Harbour chief Pak Yun-lee said the quay would reopen on Monday.", D1),
        ("Harbour chief Pak Yun-e said the quay would reopen on Monday.", D1),
    )
    assert "conflict" not in {f.status.value for f in found if f.attribute == "name spelling"}


# ---------------------------------------------------------------- aftershocks are counted as news comes in


def test_a_later_higher_count_of_aftershocks_is_an_update() -> None:
    found = _findings(
        ("The quake was followed by five aftershocks, the seismology institute said.", D1),
        ("The quake was followed by 12 aftershocks, the seismology institute said.", D1 + dt.timedelta(days=1)),
    )
    assert _by(found, "number of aftershocks") == [("updated", ["12", "5"])]


def test_an_agreement_resting_on_a_magnitude_word_is_below_trusted_confidence() -> None:
    found = _findings(
        ("Hundreds of people were injured in the blast at the depot on Monday, doctors said.", D1),
        ("At least 240 people were injured in the blast at the depot on Monday, doctors said.", D1),
    )
    injured = [f for f in found if f.attribute == "injured"]
    assert [(f.status.value, f.confidence) for f in injured] == [("agreement", MAGNITUDE_CONFIDENCE)]


def test_claims_confidence_is_the_lowest_unless_a_magnitude_meets_another_figure() -> None:
    s = "Officials said {} were aboard."
    hundreds = _number("a", "hundreds", s.format("hundreds"), "100")
    exact = _number("b", "240 people", s.format("240 people"), "240")
    assert claims_confidence([exact, exact]) == 1.0
    assert claims_confidence([hundreds, hundreds]) == 1.0  # one value: nothing lumped
    assert claims_confidence([hundreds, exact]) == MAGNITUDE_CONFIDENCE


def test_an_authority_never_runs_across_a_line_break() -> None:
    from factcheck.extract.registry import run_extractors
    from tests.helpers import context

    text = "Harbour results\n\nHarbour Mills reported quarterly revenue of $2.1 billion on Tuesday, the company said.\n"
    authorities = {c.qualifiers.authority for c in run_extractors(context(text)) if c.qualifiers.authority}
    assert authorities and all("\n" not in a for a in authorities)
