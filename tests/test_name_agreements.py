"""Agreements on names that are not people's (compare/name_agreements.py): one name keyed several ways
by the page and the outlets is one agreement; two things are never joined. Invented names, but for the
gazetteer's romanizations of one real city."""

from __future__ import annotations

from factcheck.compare import compare_claims
from factcheck.compare.name_agreements import PROPER_NAME_AGREEMENT_CONFIDENCE
from factcheck.normalize.spelling import PROPER_NAME_ATTRIBUTE
from factcheck.pipeline import extract_document
from tests.helpers import document

_STORY = "A gas leak forced the evacuation of 300 homes on Tuesday."


def _agreements(*texts: str) -> list[list[tuple[str, list[str]]]]:
    """[(value, sources)] of each agreement on a name, on invented articles s1, s2, ... of one story."""
    docs = [document(f"{_STORY} {t}", source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return [
        [(v.value, [e.source_id for e in v.sources]) for v in f.values]
        for f in found
        if f.attribute == PROPER_NAME_ATTRIBUTE and f.status.value == "agreement"
    ]


def test_one_name_written_alike_by_two_sources_agrees() -> None:
    found = _agreements(
        "Guests left the Velmar Grand Hotel before dawn.",
        "Firefighters cleared the Velmar Grand Hotel within an hour.",
    )
    assert found == [[("Velmar Grand Hotel", ["s1", "s2"])]]


def test_the_agreement_is_below_the_trusted_confidence() -> None:
    docs = [
        document(f"{_STORY} Guests left the Velmar Grand Hotel before dawn.", source_id="s1"),
        document(f"{_STORY} Firefighters cleared the Velmar Grand Hotel.", source_id="s2"),
    ]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    names = [f for f in found if f.attribute == PROPER_NAME_ATTRIBUTE]
    assert [(f.kind, f.confidence) for f in names] == [("name-agreement", PROPER_NAME_AGREEMENT_CONFIDENCE)]


def test_a_name_the_page_cut_off_is_the_name_it_starts() -> None:
    found = _agreements(
        "Guests left the Velmar Grand Hotel before dawn.",
        "Firefighters cleared the Velmar Grand Hotel within an hour.",
        "Witnesses said the leak started in a kitchen near the Velmar Grand Hote",
    )
    assert found == [[("Velmar Grand Hotel", ["s1", "s2", "s3"])]]


def test_a_name_with_its_head_in_lower_case_is_the_name_with_the_head_capitalised() -> None:
    found = _agreements(
        "Engineers shut down the Dravenko plant as a precaution.",
        "Operators said the Dravenko Nuclear Power Plant was not at risk.",
    )
    assert found == [[("Dravenko", ["s1"]), ("Dravenko Nuclear Power Plant", ["s2"])]]


def test_two_romanizations_of_one_city_the_gazetteer_knows_are_one_name() -> None:
    found = _agreements(
        "Crews from the Lviv Opera House helped with the evacuation.",
        "Singers of the Lvov Opera House sheltered the families overnight in its foyer.",
    )
    assert found == [[("Lviv Opera House", ["s1"]), ("Lvov Opera House", ["s2"])]]


def test_a_town_and_a_longer_name_the_text_does_not_write_stay_apart() -> None:
    # "Port Velmar" and "Port Velmar Beach" are two towns: no text writes "beach" after the shorter one.
    found = _agreements(
        "Residents of Port Velmar were told to stay indoors.",
        "Port Velmar Beach reopened its promenade.",
        "The mayor of Port Velmar said the alarm worked.",
        "Shops in Port Velmar Beach stayed shut.",
    )
    assert sorted(found) == [[("Port Velmar", ["s1", "s3"])], [("Port Velmar Beach", ["s2", "s4"])]]


def test_the_head_does_not_join_a_longer_name_whose_words_between_name_another_place() -> None:
    found = _agreements(
        "The Port Velmar police closed the road.",
        "Port Velmar Beach Police closed the road, Port Velmar Beach officials said.",
        "The Port Velmar police reopened the road after a search.",
        "Port Velmar Beach Police said Port Velmar Beach was calm.",
    )
    assert [("Port Velmar", ["s1", "s3"])] in found
    assert all(len(values) == 1 for values in found)


def test_people_and_countries_are_left_to_the_other_comparisons() -> None:
    found = _agreements(
        "Mayor Ana Lisková of Norway said the leak was contained, Lisková added.",
        "Mayor Ana Lisková of Norway visited the site; Lisková praised the crews.",
    )
    assert found == []


def test_a_name_with_its_maker_before_it_is_one_name_unless_two_names_end_so() -> None:
    found = _agreements(
        "Residents watched the Kestrel V rocket climb over the bay.",
        "The Orbis Launch Kestrel V lifted off as families were moved out; the OL Kestrel V was on time.",
    )
    assert found == [[("Kestrel V", ["s1"]), ("Orbis Launch Kestrel V", ["s2"]), ("OL Kestrel V", ["s2"])]]
    two = _agreements(
        "Families slept in the Grand Hotel after the alarm.",
        "The Velmar Grand Hotel and the Lisk Grand Hotel took in families.",
        "Velmar Grand Hotel staff and Lisk Grand Hotel staff helped.",
    )
    assert all(len(values) == 1 for values in two)


def test_an_owner_or_place_before_a_name_joins_but_an_ordinary_word_makes_another_thing() -> None:
    found = _agreements(
        "The Vote Board of Velmaria counted ballots from the evacuated homes.",
        "Velmaria's Vote Board said the homes would vote by post.",
    )
    assert found == [[("Vote Board", ["s1", "s2"]), ("Velmaria's Vote Board", ["s2"])]]
    apart = _agreements(
        "Crews from Lisk Harbour helped the families.",
        "Radio Lisk Harbour broadcast the evacuation orders all night.",
        "Boats from Lisk Harbour carried the families.",
        "Listeners of Radio Lisk Harbour called in with offers of beds.",
    )
    # (the parser also tags the town inside the station's name in s2: the town's own mention)
    assert sorted(apart) == [[("Lisk Harbour", ["s1", "s2", "s3"])], [("Radio Lisk Harbour", ["s2", "s4"])]]


def test_a_capitalised_common_word_alone_is_no_name_to_agree_on() -> None:
    found = _agreements(
        "The Ministry said the Velmar Grand Hotel was safe.",
        "The Ministry sent inspectors to the Velmar Grand Hotel.",
    )
    assert found == [[("Velmar Grand Hotel", ["s1", "s2"])]]


def test_a_name_is_not_joined_to_its_owners_thing_or_to_a_headline_that_ends_in_its_head() -> None:
    found = _agreements(
        "Crowds lined the route for the Port Velmar coronation before the leak.",
        "Port Velmar's Coronation went ahead despite the leak, Port Velmar officials said.",
        "Port Velmar stock fell after the leak.",
        "Port Velmar Stellar Results Lift Harbour Stock",
    )
    assert all(len(values) == 1 for values in found)
