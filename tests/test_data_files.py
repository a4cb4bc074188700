"""Every reference data file under src/factcheck/data is valid: it says what it is for ("about"), has the
keys the code reads with the expected types, and no list holds an entry twice."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcheck.normalize.reference import load_data, word_list
from tests.helpers import REPO

DATA = REPO / "src" / "factcheck" / "data"
SRC = REPO / "src" / "factcheck"

# The keys the code reads, by file, with their types ("list[str]": a list of strings).
SCHEMA: dict[str, dict[str, str]] = {
    "age_frames.json": {"things": "list[str]", "making_verbs": "list[str]", "age_groups": "dict", "group_cues": "dict"},
    "count_frames.json": {
        "groups": "dict", "states": "dict", "conditions": "dict", "increment_words": "list[str]",
        "state_verbs": "list[str]", "people": "list[str]", "not_counted": "list[str]", "not_states": "list[str]",
        "predicates": "dict",
        "dweller_nouns": "list[str]", "dwelling_verbs": "list[str]", "involvement_verbs": "list[str]",
    },
    "counted_nouns.json": {
        "people_nouns": "list[str]", "auxiliaries": "list[str]", "casualties": "list[dict]",
        "counted": "list[dict]", "time_units": "dict", "compound_units": "dict", "interaction_nouns": "list[str]",
        "documents": "dict", "document_units": "dict", "money_heads": "list[str]", "percent_heads": "list[str]",
        "value_heads": "dict", "link_words": "list[str]", "measure_dimensions": "dict", "count_heads": "list[str]",
        "count_head_people": "list[str]", "qualifiers": "dict", "qualifier_fillers": "list[str]",
        "event_nouns": "list[str]", "shocks": "dict", "vote_share": "dict", "measure_units": "list[str]",
        "funding_verbs": "list[str]", "money_synonyms": "dict", "transaction_verbs": "list[str]",
        "value_before": "list[str]", "hour_heads": "list[str]", "duration_synonyms": "dict",
        "changing_heads": "dict", "scored_nouns": "dict", "open_states": "dict", "phrase_counts": "dict",
        "animal_nouns": "list[str]", "illness_nouns": "list[str]", "fixed_units": "list[str]",
        "declared_measures": "dict",
    },
    "countries.json": {"countries": "list[dict]"},
    "score_frames.json": {
        "winning_verbs": "list[str]", "losing_verbs": "list[str]", "level_verbs": "list[str]",
        "winning_nouns": "list[str]", "losing_nouns": "list[str]", "game_nouns": "list[str]",
        "shootout_nouns": "list[str]", "club_words": "list[str]",
    },
    "event_words.json": {
        "nouns": "list[str]", "to_nouns": "list[str]", "verbs": "list[str]", "types": "dict",
        "party_types": "list[str]", "rate_change": "dict", "institutional_meeting": "dict",
        "weak_words": "list[str]", "occurrence_verbs": "list[str]", "law_vote": "dict",
        "same_event_verbs": "list[str]", "not_event_phrases": "list[str]", "phase_verbs": "list[str]",
        "audience_call": "dict", "main_event_verbs": "dict", "results_report": "dict", "located_types": "list[str]",
        "incident_types": "list[str]", "scheduled_dates": "list[dict]", "ahead_types": "list[str]",
    },
    "function_words.json": {
        "title_case_minor": "list[str]", "stopwords": "list[str]", "open_head_stopwords": "list[str]",
        "possessives": "list[str]",
    },
    "instance_words.json": {
        "series_nouns": "list[str]", "ordinals": "dict", "implied": "dict", "rank_words": "list[str]",
        "rank_spans": "list[str]",
    },
    "junk_markers.json": {
        "line": "dict", "weak": "dict", "intro": "dict", "end": "dict", "wires": "list[str]",
        "open_words": "list[str]", "entity_stopwords": "list[str]",
    },
    "measure_frames.json": {
        "units": "dict", "dimensions": "dict", "flight_verbs": "list[str]", "level_verbs": "list[str]",
        "level_nouns": "list[str]", "condition_marks": "list[str]",
    },
    "metric_frames.json": {
        "rise_words": "list[str]", "fall_words": "list[str]", "transitive_change_verbs": "list[str]",
        "level_verbs": "list[str]", "year_base": "list[str]", "quarter_base": "list[str]", "month_base": "list[str]",
        "not_metrics": "list[str]", "statistics": "list[str]", "synonyms": "dict", "name_synonyms": "dict",
    },
    "results_frames.json": {
        "metrics": "dict", "bases": "dict", "income_kinds": "dict", "margin_kinds": "list[str]",
        "owner_verbs": "list[str]", "segment_nouns": "list[str]", "company_nouns": "list[str]",
        "quarter_words": "list[str]",
        "year_words": "list[str]", "year_qualifiers": "list[str]", "period_fillers": "list[str]",
        "year_ago_words": "list[str]", "previous_words": "list[str]", "comparison_words": "list[str]",
        "estimate_words": "list[str]", "expected_words": "list[str]", "analyst_words": "list[str]",
        "guidance_words": "list[str]",
    },
    "name_stopwords.json": {"words": "list[str]", "organisation_suffixes": "list[str]"},
    "name_variants.json": {
        "given_name_families": "list[list]", "arabic_long_vowels": "dict", "slavic_surnames": "dict",
        "hyphenated_syllables": "dict", "nicknames": "dict",
    },
    "people.json": {
        "people": "list[dict]", "given_names_about": "str", "given_names": "list[str]",
        "surname_endings_about": "str", "surname_endings": "list[str]",
    },
    "qualifier_words.json": {
        "reporting_verbs": "list[str]", "estimate_nouns": "list[str]", "generic_authorities": "list[str]",
        "directions": "list[str]", "area_nouns": "list[str]", "figure_nouns": "list[str]",
    },
    "relationship_words.json": {"relationship_nouns": "list[str]", "not_compound_nouns": "list[str]"},
    "titles.json": {
        "roles": "list[dict]", "portfolio_words": "list[str]", "portfolio_modifiers": "list[str]",
        "case_sensitive": "list[str]", "honorifics": "list[str]", "role_modifiers": "dict", "ranks": "list[str]",
        "modifiers": "list[str]", "person_nouns": "list[str]",
    },
    "venues.json": {
        "venues": "list[dict]", "settlement_nouns": "list[str]", "facility_nouns": "list[str]",
        "not_place_words": "list[str]", "city_aliases": "dict", "venue_nouns": "list[str]",
        "city_modifiers": "list[str]", "site_nouns": "list[str]", "city_exonyms": "dict",
    },
}  # fmt: skip

FILES = sorted(p.name for p in DATA.glob("*.json"))
_TYPES: dict[str, type] = {"str": str, "dict": dict, "list": list}


def type_name(value: Any) -> str:
    """'list[str]' for a list of strings, 'list[dict]' for a list of objects, else the JSON type's name."""
    if isinstance(value, list):
        kinds = sorted({type(v).__name__ for v in value})
        return f"list[{'|'.join(kinds)}]"
    return type(value).__name__


def duplicates(value: Any, where: str = "") -> list[str]:
    """Where a list (at any depth) holds the same entry twice."""
    found: list[str] = []
    if isinstance(value, list):
        seen: set[str] = set()
        for item in value:
            key = json.dumps(item, sort_keys=True)
            if key in seen:
                found.append(f"{where}: {key}")
            seen.add(key)
        for i, item in enumerate(value):
            found += duplicates(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, v in value.items():
            found += duplicates(v, f"{where}.{k}")
    return found


def test_type_name_and_duplicates() -> None:
    assert type_name(["a", "b"]) == "list[str]"
    assert type_name([{"a": 1}]) == "list[dict]"
    assert type_name({"a": 1}) == "dict"
    assert duplicates({"a": ["x", "y", "x"], "b": {"c": [[1], [1]]}}) == ['.a: "x"', ".b.c: [1]"]
    assert duplicates({"a": ["x", "X"], "b": [{"k": 1}, {"k": 2}]}) == []


def test_every_data_file_has_a_schema() -> None:
    assert sorted(SCHEMA) == FILES


@pytest.mark.parametrize("name", FILES)
def test_data_file_is_valid(name: str) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    assert isinstance(data.get("about"), str) and data["about"].strip(), f"{name}: no 'about'"
    for key, expected in SCHEMA[name].items():
        assert key in data, f"{name}: no {key!r}"
        actual = type_name(data[key])
        assert actual == expected or (expected == "list[str]" and data[key] == []), f"{name}.{key}: {actual}"
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            assert all(v.strip() for v in value), f"{name}.{key}: an empty entry"
    assert duplicates(data) == [], f"{name}: entries given twice"


@pytest.mark.parametrize("name", FILES)
def test_data_file_is_read_by_the_code(name: str) -> None:
    readers = [p for p in SRC.rglob("*.py") if f'"{name}"' in p.read_text(encoding="utf-8")]
    assert readers, f"{name} is read by no module"


def test_word_list_keeps_the_file_order() -> None:
    assert word_list("function_words.json", "possessives") == tuple(load_data("function_words.json")["possessives"])
    assert word_list("relationship_words.json", "relationship_nouns")[:2] == ("relationship", "relationships")


def test_shared_lists_are_disjoint_where_they_are_added_together() -> None:
    """open-count stopwords extend the stopwords; a word in both would be a second copy."""
    stop = set(word_list("function_words.json", "stopwords"))
    assert stop.isdisjoint(word_list("function_words.json", "open_head_stopwords"))
    nouns = set(word_list("relationship_words.json", "relationship_nouns"))
    assert set(word_list("relationship_words.json", "not_compound_nouns")) <= nouns
