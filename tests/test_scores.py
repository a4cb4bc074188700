"""score.v1: the final and shoot-out scores of a game, read from the parse (invented teams and sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare.values import compatible
from factcheck.extract.quantities.score import FINAL, SHOOTOUT, score_key
from factcheck.extract.registry import run_extractors
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized
from factcheck.rules import RULES
from tests.helpers import claim_in, context, findings_of

DAY = dt.date(2031, 3, 2)


def _scores(text: str) -> list[tuple[str, str, str, str]]:
    """(subject key, attribute, normalized key, value as written) of each score.v1 claim of ``text``."""
    return [
        (c.subject_key, c.attribute, c.normalized.key, c.value)
        for c in run_extractors(context(text))
        if c.extractor == "score.v1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbor Hawks beat the Ridge Foxes 25-22 in overtime on Sunday.",
            [("game:foxes|hawks", FINAL, "25-22 won by hawks", "25-22")],
        ),
        ("The Foxes lost 22-25 to the Hawks.", [("game:foxes|hawks", FINAL, "25-22 won by hawks", "22-25")]),
        (
            "Smith led the Harbor Hawks to a 25-22 victory over the Ridge Foxes.",
            [("game:foxes|hawks", FINAL, "25-22 won by hawks", "25-22")],
        ),
        (
            "The Hawks and the Foxes drew 1-1 before the Hawks won 4-2 on penalties.",
            [("game:foxes|hawks", FINAL, "1-1", "1-1"), ("game:foxes|hawks", SHOOTOUT, "4-2 won by hawks", "4-2")],
        ),
        (
            "After a 2–2 thriller, the Hawks beat the Foxes 5-4 in a penalty shoot-out.",
            [("game:foxes|hawks", FINAL, "2-2", "2–2"), ("game:foxes|hawks", SHOOTOUT, "5-4 won by hawks", "5-4")],
        ),
        (
            "The Harbor Hawks became champions after defeating the Ridge 76ers 31-24 on Sunday.",
            [("game:76ers|hawks", FINAL, "31-24 won by hawks", "31-24")],
        ),
        (
            "The Hawks drew 1-1 with the Foxes (4-2 on penalties) on Sunday.",
            [("game:foxes|hawks", FINAL, "1-1", "1-1"), ("game:foxes|hawks", SHOOTOUT, "4-2", "4-2")],
        ),
        (
            "The Hawks and the Foxes drew 2-2 before the Hawks won the shoot-out 5-4.",
            [("game:foxes|hawks", FINAL, "2-2", "2-2"), ("game:foxes|hawks", SHOOTOUT, "5-4 won by hawks", "5-4")],
        ),
        (
            "On Sunday Velmar FC lost 2-3 to Ostra.",  # the club word is no name
            [("game:ostra|velmar", FINAL, "3-2 won by ostra", "2-3")],
        ),
        (
            # Another game of the same teams (its year makes it another event when compared).
            "In 2027 the Foxes beat the Hawks 31-24 in the final.",
            [("game:foxes|hawks", FINAL, "31-24 won by foxes", "31-24")],
        ),
        (
            # One team named: the other is the one game of that team the article names in full.
            "The Hawks beat the Foxes 3-1 on Sunday. The Hawks won after the Foxes had equalised. "
            "It was a 3-1 win for the Hawks, said the coach Ann Lee.",  # "for": the winner
            [("game:foxes|hawks", FINAL, "3-1 won by hawks", "3-1")] * 2,
        ),
    ],
)
def test_scores(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _scores(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks took a 2-0 lead in the first minute.",  # a lead is not a result
        "The Hawks led 14-7 at half-time.",  # nor a half-time score
        "At half-time the Hawks were ahead 14-7 against the Foxes.",
        "The Hawks have a 14-3 record this season.",  # a record
        "The council passed the bill in a 5-4 vote.",  # a vote
        "About 10-15 people won prizes at the fair.",  # a range
        "The Hawks won the 2003-04 league title.",  # a season
        "The Hawks fell behind 10-0 against the Foxes.",  # a deficit
        "They beat the Foxes 3-1.",  # one team named, no game of it named in full
        "The Hawks drew 3-1 with the Foxes.",  # a draw that is not level: the parse or the text is wrong
        "The Hawks won 5-3 on aggregate against the Foxes.",  # two legs, not one game
        "Lee beat Park 6-4, 3-6, 7-5 in the final.",  # the sets of a match
        "The Hawks beat the Foxes 3-1 (2-0) on Sunday.",  # with the half-time score: which is which is unsure
        "Ruiz scored twice in a 3-3 draw.",  # a player, not a team
        # A shoot-out in the sentence before: which score this is stays unsure.
        "The match between the Hawks and the Foxes went to penalties. There, the Foxes were beaten 4-2 by the Hawks.",
    ],
)
def test_not_scores(text: str) -> None:
    assert _scores(text) == []


@given(st.integers(0, 999), st.integers(0, 999), st.sampled_from([None, "hawks", "foxes"]))
def test_score_key_is_order_free(first: int, second: int, winner: str | None) -> None:
    key = score_key(first, second, winner)
    assert key == score_key(second, first, winner)
    hi, lo = max(first, second), min(first, second)
    assert key.split(" ")[0] == f"{hi}-{lo}"
    assert (" won by " in key) == (winner is not None and hi != lo)  # a draw has no winner


def _score_claim(sid: str, key: str) -> Claim:
    sentence = f"The game ended {key.split(' ')[0]}."
    return claim_in(
        sid,
        key.split(" ")[0],
        sentence,
        kind=ClaimKind.QUANTITY,
        subject="Foxes–Hawks game",
        subject_key="game:foxes|hawks",
        attribute=FINAL,
        normalized=Normalized(key=key, display=key),
        compare_as=CompareAs.SCORE,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("25-22", "25-22 won by hawks", True),  # one names the winner, the other does not
        ("25-22 won by hawks", "25-22 won by hawks", True),
        ("25-22 won by hawks", "25-22 won by foxes", False),
        ("25-22", "25-12", False),
    ],
)
def test_scores_compatible(a: str, b: str, expected: bool) -> None:
    assert compatible(_score_claim("s1", a), _score_claim("s2", b)) is expected


def test_two_scores_of_one_game_conflict_and_never_update() -> None:
    found = findings_of(
        ("The Harbor Hawks beat the Ridge Foxes 25-22 on Sunday.", DAY),
        ("On Sunday the Hawks beat the Foxes 25-22 in overtime.", DAY),
        ("The Hawks beat the Foxes 25-12 on Sunday, a day after the storm.", DAY + dt.timedelta(days=1)),
    )
    scores = sorted((f.status.value, f.kind, sorted(v.value for v in f.values)) for f in found if f.attribute == FINAL)
    assert scores == [
        ("agreement", "score-agreement", ["25-22 (Hawks won)"]),
        ("conflict", "score-mismatch", ["25-12 (Hawks won)", "25-22 (Hawks won)"]),
    ]


def test_a_game_of_another_year_is_another_event() -> None:
    found = findings_of(
        ("The Harbor Hawks beat the Ridge Foxes 25-22 on Sunday.", DAY),
        ("On Sunday the Hawks beat the Foxes 25-22 in overtime.", DAY),
        ("In 2027 the Foxes beat the Hawks 31-24 in the final.", DAY),
    )
    statuses = sorted((f.status.value, sorted(v.value for v in f.values)) for f in found if f.attribute == FINAL)
    assert statuses == [
        ("agreement", ["25-22 (Hawks won)"]),
        ("distinct-events", ["25-22 (Hawks won)", "31-24 (Foxes won)"]),
        ("unique", ["31-24 (Foxes won)"]),
    ]


def test_score_rule_is_documented() -> None:
    assert {"score-mismatch", "score-agreement", "score-unique"} <= set(RULES)
