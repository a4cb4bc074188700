"""Precision first: a conflict needs positive evidence that both values are about one fact
(:mod:`factcheck.compare.sameness`), else it is a possible conflict.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from factcheck.compare.certainty import POSSIBLE_CONFLICT_CONFIDENCE
from factcheck.compare.events import UNCERTAIN_FRAME_CONFIDENCE
from factcheck.compare.sameness import (
    TIED_CONFLICT_CONFIDENCE,
    one_sided_qualifier,
    same_wording,
    subject_named,
)
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Finding, Normalized, Qualifiers
from tests.helpers import claim_in
from tests.helpers import findings_of as _findings

D1 = dt.date(2031, 4, 7)
QUOTE = "“We will rebuild the old bridge before the spring floods,”"


def _about(found: list[Finding], attribute: str) -> list[tuple[str, float, list[str]]]:
    return sorted(
        (f.status.value, f.confidence, sorted(v.value for v in f.values))
        for f in found
        if f.attribute == attribute and f.status.value in ("conflict", "possible-conflict")
    )


def _explanation(found: list[Finding], attribute: str) -> str:
    (f,) = [f for f in found if f.attribute == attribute and f.status.value in ("conflict", "possible-conflict")]
    return f.explanation


def test_two_lone_reports_of_a_figure_of_the_story_tied_by_nothing_are_a_possible_conflict() -> None:
    found = _findings(
        ("The ferry was carrying 140 passengers.", D1),
        ("The ferry was carrying 160 passengers.", D1),
    )
    assert _about(found, "people on board") == [("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, ["140", "160"])]
    assert "not named in a sentence of each side" in _explanation(found, "people on board")


def test_a_value_two_independent_sources_give_makes_the_lone_other_value_a_conflict() -> None:
    found = _findings(
        ("The ferry was carrying 140 passengers.", D1),
        ("The ferry was carrying 160 passengers.", D1),
        ("Rescuers said the ferry was carrying 140 passengers.", D1),
    )
    assert _about(found, "people on board") == [("conflict", 1.0, ["140", "160"])]


def test_one_authority_named_on_both_sides_ties_two_lone_reports_below_the_trusted_confidence() -> None:
    found = _findings(
        ("The ferry was carrying 140 passengers, the port authority said.", D1),
        ("The ferry was carrying 160 passengers, the port authority said.", D1),
    )
    assert _about(found, "people on board") == [("conflict", TIED_CONFLICT_CONFIDENCE, ["140", "160"])]
    assert TIED_CONFLICT_CONFIDENCE < 0.7


def test_one_event_named_on_both_sides_ties_two_lone_reports() -> None:
    found = _findings(
        ("Twelve people were killed when the storm hit the coast.", D1),
        ("Nine people were killed in the storm.", D1),
    )
    assert _about(found, "deaths") == [("conflict", TIED_CONFLICT_CONFIDENCE, ["12", "9"])]


def test_a_tie_needs_dated_reports_a_story_without_dates_may_hold_two_events_of_one_kind() -> None:
    found = _findings(
        ("The damaged ship is 120 metres long, the port authority said.", None),
        ("The damaged ship is 140 metres long, the port authority said.", None),
    )
    assert _about(found, "length (metres)") == [("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, ["120", "140"])]
    assert "not every report is dated" in _explanation(found, "length (metres)")


def test_without_dates_a_corroborated_value_still_makes_a_conflict() -> None:
    found = _findings(
        ("The damaged ship is 120 metres long, the port authority said.", None),
        ("The damaged ship is 140 metres long, the port authority said.", None),
        ("The damaged ship is 120 metres long.", None),
    )
    assert _about(found, "length (metres)") == [("conflict", 0.6, ["120", "140"])]


def test_a_place_covered_on_one_side_only_makes_a_possible_conflict() -> None:
    found = _findings(
        ("Twelve people were killed when the storm hit the coast.", D1),
        ("Nine people were killed in the storm in Kestrel County.", D1),
    )
    assert _about(found, "deaths") == [("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, ["12", "9"])]
    assert "Only one side states the place or group covered" in _explanation(found, "deaths")


def test_a_subject_named_in_both_sentences_is_a_conflict_at_full_confidence() -> None:
    found = _findings(
        ("Mara Velt won 41.2% of the vote, the commission said.", D1),
        ("Mara Velt won 44.9% of the vote.", D1),
    )
    assert _about(found, "vote share (%)") == [("conflict", 1.0, ["41.2", "44.9"])]


def test_words_given_to_two_named_speakers_are_a_conflict() -> None:
    found = _findings(
        (f"{QUOTE} Mayor Ilse Brandt said on Monday.", D1),
        (f"{QUOTE} Governor Tomas Reyl said on Monday.", D1),
    )
    assert _about(found, "quote") == [("conflict", 1.0, ["Ilse Brandt", "Tomas Reyl"])]


def test_words_given_to_a_speaker_found_through_a_pronoun_are_a_possible_conflict() -> None:
    found = _findings(
        (f"{QUOTE} Mayor Ilse Brandt said on Monday.", D1),
        (f"Governor Tomas Reyl toured the valley on Monday. {QUOTE} he said.", D1),
    )
    assert _about(found, "quote") == [
        ("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, ["Ilse Brandt", "Tomas Reyl"])
    ]
    assert "Tomas Reyl is found through a pronoun" in _explanation(found, "quote")


_FIELDS: dict[str, object] = {
    "kind": ClaimKind.QUANTITY,
    "subject": "the event",
    "subject_key": "event",
    "attribute": "number of wheel fail",
    "normalized": Normalized(key="4", display="4", low=4.0, high=4.0),
    "compare_as": CompareAs.NUMBER,
}


def _figure(sid: str, sentence: str, value: str, **fields: object) -> Claim:
    defaults: dict[str, object] = {
        "kind": ClaimKind.QUANTITY,
        "subject": "the event",
        "subject_key": "event",
        "attribute": "homes destroyed",
        "normalized": Normalized(key=value, display=value, low=float(value), high=float(value)),
        "compare_as": CompareAs.NUMBER,
    }
    return claim_in(sid, value, sentence, **(defaults | fields))


def test_subject_named_reads_the_sentence_only_for_subjects_that_may_be_inferred() -> None:
    people = ("Ana Ruiz", "Li Wei")
    joined = _figure("a", "The two sides signed 3 accords.", "3", subject="Ana Ruiz–Li Wei", subject_key="p")
    assert not subject_named(joined.model_copy(update={"event": EventHints(participants=people)}))
    named = _figure("a", "Ruiz and Li signed 3 accords.", "3", subject="Ana Ruiz–Li Wei", subject_key="p")
    assert subject_named(named.model_copy(update={"event": EventHints(participants=people)}))
    # A subject read under another word ("declaration" for a statement) is named all the same.
    assert subject_named(_figure("a", "It is a 40-page declaration.", "40", subject="statement", subject_key="s"))
    assert not subject_named(_figure("a", "The storm destroyed 40 homes.", "40"))


def test_one_sided_qualifier_needs_one_pair_of_claims_alike() -> None:
    scoped = _figure("a", "In Alder Vale 40 homes were destroyed.", "40", qualifiers=Qualifiers(scope_key="alder vale"))
    plain = _figure("b", "Some 55 homes were destroyed.", "55")
    plain_too = _figure("c", "Overall 40 homes were destroyed.", "40")
    assert one_sided_qualifier(ValueGroup("40", [scoped]), ValueGroup("55", [plain])) == "the place or group covered"
    assert one_sided_qualifier(ValueGroup("40", [scoped, plain_too]), ValueGroup("55", [plain])) is None
    # The authority separates only counts that change over time: each authority keeps its own toll.
    said = {"qualifiers": Qualifiers(authority="the police", authority_key="police")}
    x, y = _figure("a", "The police said 4 died.", "4", **said), _figure("b", "Then 6 died.", "6")
    assert one_sided_qualifier(ValueGroup("4", [x]), ValueGroup("6", [y])) is None
    x, y = (c.model_copy(update={"changes_over_time": True}) for c in (x, y))
    assert one_sided_qualifier(ValueGroup("4", [x]), ValueGroup("6", [y])) == "the authority"


def test_one_long_sentence_reused_with_its_figure_changed_is_a_conflict_on_a_guessed_key() -> None:
    found = _findings(
        ("During the long descent, four of the lander's 16 engines shut down.", D1),
        ("During the long descent, five of the lander’s 16 engines shut down.", D1),
    )
    assert _about(found, "number of engine shut down") == [("conflict", TIED_CONFLICT_CONFIDENCE, ["4", "5"])]


def test_a_short_sentence_written_alike_is_common_phrasing_not_one_text() -> None:
    found = _findings(
        ("Four of the engines shut down.", D1),
        ("Five of the engines shut down.", D1),
    )
    expected = [("possible-conflict", POSSIBLE_CONFLICT_CONFIDENCE, ["4", "5"])]
    assert _about(found, "number of engine shut down") == expected


def test_same_wording_leaves_out_the_value_and_folds_case_and_quotes() -> None:
    def claim(text: str, sentence: str) -> Claim:
        return claim_in("a", text, sentence, **_FIELDS)

    long_a = claim("four", "Later that night, four of the rover's 12 wheels went down.")
    long_b = claim("Five", "LATER that night, Five of the rover’s 12 wheels went down.")
    other = claim("five", "Later that night, five of the rover's 14 wheels went down.")
    assert same_wording(long_a, long_b)
    assert not same_wording(long_a, other)
    assert not same_wording(claim("Four", "Four wheels went down."), claim("Five", "Five wheels went down."))
    assert not same_wording(claim("12", "Later that night, four of the rover's 12 wheels went down."), long_b)


def test_one_figure_written_two_ways_by_two_sources_is_corroborated_against_a_lone_other() -> None:
    # "just after 4:30" and "4:30" are one time from two sources: the lone 4:12 contradicts it, even
    # without publication dates (before, each wording counted one source and the three stayed a guess).
    found = _findings(
        ("In Rwanda, the bridge collapsed just after 4:30 a.m. local time, police said.", None),
        ("In Rwanda, the bridge collapsed at 4:30 a.m. local time.", None),
        ("In Rwanda, witnesses said the bridge collapsed at 4:12 a.m. local time.", None),
    )
    assert _about(found, "time") == [
        (
            "conflict",
            UNCERTAIN_FRAME_CONFIDENCE,
            ["04:12 (UTC+02:00, 02:12 UTC)", "04:30 (UTC+02:00, 02:30 UTC)", "just after 04:30 (UTC+02:00, 02:30 UTC)"],
        )
    ]


def test_a_place_named_with_the_larger_count_is_the_whole_area_not_a_part() -> None:
    # A part is never larger than its whole: 13 dead "in Kestrel County" against 12 dead is one toll.
    found = _findings(
        ("Twelve people were killed when the storm hit the coast.", D1),
        ("Thirteen people were killed in the storm in Kestrel County.", D1),
    )
    assert _about(found, "deaths") == [("conflict", TIED_CONFLICT_CONFIDENCE, ["12", "13"])]
