"""Event places: prepositions governed by event words; capitals used for governments yield nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.places.event_place import EventPlaceExtractor
from factcheck.normalize.places import compatible_places, lookup_place, place_at, place_key
from tests.helpers import context


def _places(text: str) -> list[tuple[str, str]]:
    return [(c.value, c.normalized.display) for c in EventPlaceExtractor().extract(context(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers held a meeting in Geneva on Monday.", [("Geneva", "Geneva")]),
        ("Her visit to Kyiv lasted two days.", [("Kyiv", "Kyiv")]),
        ("The leaders ended their talks at the Kremlin.", [("the Kremlin", "Moscow")]),
        (
            "She met her counterpart at the Great Hall of the People in Beijing on Monday.",
            [("the Great Hall of the People in Beijing", "Beijing")],
        ),
        ("Observers called the Vienna summit a success.", [("Vienna", "Vienna")]),
        ("The earthquake in Izmir damaged dozens of buildings.", [("Izmir", "İzmir")]),
    ],
)
def test_event_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has been forced to look for new buyers.",
        "Beijing says the tariffs are unfair.",
        "Washington is urging Paris to act, and London agreed.",
        "The strategic value that Berlin attaches to its ties with Warsaw is plain.",
        "Her trip was cancelled.",
    ],
)
def test_metonymy_and_placeless_sentences_yield_nothing(text: str) -> None:
    assert _places(text) == []


def test_containment() -> None:
    hall = lookup_place("Great Hall of the People")
    beijing = lookup_place("Beijing")
    china = lookup_place("China")
    assert hall is not None and beijing is not None and china is not None
    assert hall.path == ("China", "Beijing", "Great Hall of the People")
    assert compatible_places(hall.path, beijing.path) and compatible_places(beijing.path, china.path)
    moscow = lookup_place("Moscow")
    assert moscow is not None and not compatible_places(moscow.path, beijing.path)


def test_adjectives_are_not_places() -> None:
    assert lookup_place("Chinese") is None
    text = "a summit in Beijing, Chinese officials said"
    hit = place_at(text, text.index("Beijing"))
    assert hit is not None and text[hit[1] : hit[2]] == "Beijing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Belém Cultural Centre in Lisbon", ("Lisbon", "the Belém Cultural Centre in Lisbon")),
        ("the Washington Post reported", None),
        ("Lisbon on Tuesday", ("Lisbon", "Lisbon")),
    ],
)
def test_a_place_name_inside_a_longer_proper_noun_is_not_that_place(
    text: str, expected: tuple[str, str] | None
) -> None:
    hit = place_at(text, 0)
    assert (hit and (hit[0].name, text[hit[1] : hit[2]])) == expected


def test_signing_and_agreement_words_are_events() -> None:
    assert _places("They signed a ten-year fisheries agreement in Lisbon on Tuesday.") == [("Lisbon", "Lisbon")]
    assert _places("The summit between the two countries that ended in Lisbon was short.") == [("Lisbon", "Lisbon")]


# ---------------------------------------------------------------- incident sites (incident-place.v1)


def _sites(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    from factcheck.extract.places.incident_place import IncidentPlaceExtractor

    return [
        (c.subject, c.normalized.display, c.normalized.place_path)
        for c in IncidentPlaceExtractor().extract(context(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The barge sank off Mbwera late on Friday, the coastguard said.", [("accident", "Mbwera", ("Mbwera",))]),
        (
            "The bus overturned about 3 km from the village of Ostrava Dolna.",
            [("accident", "Ostrava Dolna", ("Ostrava Dolna",))],
        ),
        ("The blaze broke out just outside Valdecruz and spread north.", [("fire", "Valdecruz", ("Valdecruz",))]),
        (
            "The freighter capsized near Lunsar in Sierra Leone's north.",
            [("accident", "Lunsar", ("Sierra Leone", "Lunsar"))],
        ),
        # The first governed place is the site; "west of Y" only locates it.
        (
            "The fire started near Aldeanueva, a few kilometres west of Torrecilla.",
            [("fire", "Aldeanueva", ("Aldeanueva",))],
        ),
        # A known place keeps its containment.
        ("The tanker exploded near Osaka on Monday.", [("fire", "Osaka", ("Japan", "Osaka"))]),
        # A town tens of kilometres away is still a site; a far one is where a distance is measured from.
        ("The bus overturned about 30 km north of Brenlow.", [("accident", "Brenlow", ("Brenlow",))]),
        ("The bus overturned about 380 kilometres north of Brenlow.", []),
        ("The bus overturned about 240 miles north of Brenlow.", []),
        # A far reference is skipped and the next governed place is the site.
        (
            "The bus overturned near Aldeanueva, about 1,200 km south of Torrecilla.",
            [("accident", "Aldeanueva", ("Aldeanueva",))],
        ),
    ],
)
def test_incident_sites(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _sites(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers gathered at a school near Brenlow on Sunday.",  # no incident
        "The chief spoke at a command post outside Brenlow after the fire.",  # a facility's place
        'Her brother said "the boat sank near Brenlow", police added.',  # incident word only in a quote
        "The fire burned in the north of Cáceres province all night.",  # a part of a region, not a site
        "The two presidents met near Brenlow.",  # a meeting: event-place.v1's business
        # where survivors or bodies were brought, not where the incident happened
        "Survivors of the capsized ferry were taken to the port of Varnholm.",
        "Rescued passengers were taking shelter at a warehouse at the port of Varnholm after the ferry capsized.",
        "The bodies were flown to the town of Marsk, 40 km from where the plane crashed.",
    ],
)
def test_no_incident_site(text: str) -> None:
    assert _sites(text) == []


def test_a_site_before_where_survivors_were_taken_is_kept() -> None:
    text = "The ferry capsized off Brenlow and survivors were taken to the port of Varnholm."
    assert _sites(text) == [("accident", "Brenlow", ("Brenlow",))]
    assert _sites("Survivors were taken to hospital after the ferry capsized off Brenlow.") == [
        ("accident", "Brenlow", ("Brenlow",))
    ]


def test_where_the_injured_were_taken_is_no_event_location() -> None:
    from factcheck.extract.places.event_place import EventPlaceExtractor

    def located(text: str) -> list[tuple[str, str]]:
        return [(c.subject, c.normalized.display) for c in EventPlaceExtractor().extract(context(text))]

    assert located("The wounded were taken to hospitals in Lyon after the crash.") == []
    assert located("Survivors were brought to the port of Varnholm after the shipwreck in Greece.") == [
        ("accident", "Greece")
    ]


def _place_claims(text: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    ctx = context(text)
    return [
        (c.subject_key, c.normalized.key, tuple(c.normalized.place_path), c.value)
        for c in EventPlaceExtractor().extract(ctx)
    ]


def test_a_venue_with_its_city_gives_the_city_with_the_venue_in_the_path() -> None:
    got = _place_claims(
        "Deputies passed the budget bill on Monday. The vote in the Grand Council Hall in Oslo was close."
    )
    assert got == [
        ("vote", "grand council hall", ("Norway", "Oslo", "Grand Council Hall"), "the Grand Council Hall in Oslo")
    ]
    got = _place_claims("Deputies passed the budget bill in a session in the parliament building in central Oslo.")
    assert got == [("vote", "oslo", ("Norway", "Oslo"), "the parliament building in central Oslo")]


def test_a_named_venue_vouches_for_a_town_no_gazetteer_knows() -> None:
    got = _place_claims(
        "A cyberattack on Friday knocked out systems at Lakeshore General Hospital in Pinewick, officials said."
    )
    assert got == [("attack", "lakeshore general hospital", ("Pinewick", "Lakeshore General Hospital"),
                    "Lakeshore General Hospital in Pinewick")]  # fmt: skip
    got = _place_claims("Hackers got into Lakeshore General Hospital (Pinewick, ON) in a ransomware attack.")
    assert [g[2] for g in got] == [("Pinewick", "Lakeshore General Hospital")]


def test_a_dateline_places_the_main_event() -> None:
    got = _place_claims("PINEWICK, Ontario (Lake Wire) - A fire destroyed a sawmill on Sunday.")
    assert got == [("fire", "pinewick", ("Pinewick",), "PINEWICK")]
    got = _place_claims("VIENNA, May 4 (Danube Wire) - The foreign ministers held talks on Sunday.")
    assert got == [("meeting", "vienna", ("Austria", "Vienna"), "VIENNA")]
    assert _place_claims("VIENNA, May 4 (Danube Wire) - Prices rose 2 percent in April.") == []


def test_a_city_naming_an_event_and_a_named_venue_alone() -> None:
    text = (
        "Rain did not stop the Lisbon Harbour Marathon on Sunday. The winner crossed the line on Freedom Square "
        "to cheers. Portugal's sports minister attended."
    )
    got = _place_claims(text)
    assert got == [
        ("sports", "lisbon", ("Portugal", "Lisbon"), "Lisbon"),
        ("sports", "freedom square", ("Portugal", "Lisbon", "Freedom Square"), "Freedom Square"),
    ]
    # A city's name inside an event's name is no place when the article never names it (or its country).
    assert _place_claims("Rain did not stop the Harbour Lisbon Marathon on Sunday.") == []


def test_an_article_naming_several_events_by_their_towns_places_none_of_them() -> None:
    one = "The Lyon fire is 90% contained and has burned 1,000 acres in France."
    assert [g[1] for g in _place_claims(one)] == ["lyon"]
    # "the Lyon fire" and "the Nice fire" are two fires: neither town is the place of the story's fire.
    assert _place_claims(one + " The Nice fire grew overnight.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade has promised reforms, and Brussels has said it will watch the vote closely.",
        "Ottawa has offered help after the cyberattack.",
        "The minister spoke to reporters at the City Hall after the vote was delayed.",
    ],
)
def test_capitals_as_governments_and_venues_without_a_town_give_no_place(text: str) -> None:
    assert _place_claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A station or junction named after its town places the incident in the town (diacritics too).
        (
            "The night train derailed at Švihov station, the operator said.",
            [("accident", "Švihov", ("Švihov",))],
        ),
        (
            "Two wagons left the rails on the approach to Brenlow junction.",
            [("accident", "Brenlow", ("Brenlow",))],
        ),
        # A place right after the occurrence verb.
        ("The goods train derailed at Kettlemoor late on Friday.", [("accident", "Kettlemoor", ("Kettlemoor",))]),
        # A possessor before the name contains it: the place is the name after it.
        (
            "The freight train derailed at Slovakia's Kettlemoor junction.",
            [("accident", "Kettlemoor", ("Kettlemoor",))],
        ),
    ],
)
def test_incident_sites_at_named_facilities(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _sites(text) == expected


def test_a_demonym_before_a_noun_is_no_site() -> None:
    assert _sites("A tram derailed near Slovak border crossings overnight.") == []


def test_places_compare_without_accents_and_bare_names_agree_with_paths() -> None:
    from factcheck.normalize.places import compatible_places

    assert compatible_places(("Švihov",), ("Svihov",))
    assert compatible_places(("Czechia", "Ceska Lhota"), ("Česká Lhota",))
    assert not compatible_places(("Brenlow",), ("Czechia", "Kettlemoor"))
    assert not compatible_places(("Czechia", "Brno"), ("Poland", "Gdańsk"))
    # a small town's name printed hyphenated by one outlet and spaced by another is one town
    assert compatible_places(("Saint-Aubin-de-Rive",), ("Saint Aubin de Rive",))
    assert place_key("Saint‐Aubin-de-Rive") == place_key("saint aubin  de rive") == "saint aubin de rive"


def test_an_owner_before_a_facility_is_no_site() -> None:
    # "of Brenlow Power's plant": the plant's owner, not a town.
    assert _sites("A blast hit the cooling tower of Brenlow Power's plant on Monday.") == []


def test_an_opening_sentence_naming_the_main_event_places_it_in_its_town() -> None:
    text = "Port workers begin strike\n\nQueues of lorries at Rotterdam grew on Monday as the strike went on."
    assert _place_claims(text) == [("strike", "rotterdam", ("Netherlands", "Rotterdam"), "Rotterdam")]
    # A meeting is placed by its own words only; a sentence not naming the main event gives nothing.
    assert _place_claims("Port workers begin strike\n\nQueues of lorries at Rotterdam grew on Monday.") == []


def test_a_strike_at_a_facility_has_a_location_an_accident_a_site() -> None:
    ctx = context("Dockers at the port of Pinewick began a strike on Monday.")
    from factcheck.extract.places.incident_place import IncidentPlaceExtractor

    assert [(c.subject, c.attribute) for c in IncidentPlaceExtractor().extract(ctx)] == [("strike", "location")]
    ctx = context("A ferry capsized off the port of Pinewick on Monday.")
    assert [(c.subject, c.attribute) for c in IncidentPlaceExtractor().extract(ctx)] == [("accident", "site")]


def test_english_exonyms_name_the_gazetteer_city() -> None:
    ghent, gent = lookup_place("Ghent"), lookup_place("Gent")
    assert ghent is not None and ghent == gent
    assert ghent.path == ("Belgium", "Ghent")
    cologne = lookup_place("Cologne")
    assert cologne is not None and cologne.path == ("Germany", "Cologne")
    assert lookup_place("Ghentish") is None


def test_what_is_stolen_is_taken_from_the_place_of_the_theft() -> None:
    got = _place_claims("Thieves struck overnight. Paintings were stolen from the Harbour Art Museum in Bruges.")
    assert got == [
        ("theft", "harbour art museum", ("Belgium", "Bruges", "Harbour Art Museum"), "the Harbour Art Museum in Bruges")
    ]
    assert _place_claims("A report from the Foreign Ministry in Bruges praised the museum.") == []


def test_a_launch_is_from_its_place() -> None:
    got = _place_claims("The rocket lifted off from Kourou Spaceport in Kourou, French Guiana, on Monday.")
    assert [(k, p[-1]) for k, _n, p, _v in got] == [("launch", "Kourou Spaceport")]


@given(st.integers(min_value=0, max_value=100_000), st.sampled_from(["km", "kilometres", "miles"]))
def test_a_far_reference_is_one_beyond_the_threshold(n: int, unit: str) -> None:
    from factcheck.extract.places.incident_place import FAR_REFERENCE_KM, far_reference

    km = n * (1.609344 if unit == "miles" else 1.0)
    assert far_reference(f"about {n:,} {unit} north of ") is (km > FAR_REFERENCE_KM)
