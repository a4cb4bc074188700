"""Precision first, second round: the look-alikes a pool of election, space, summit, company-results and
storm stories showed. A pronoun whose antecedent is a role named in its own sentence, vote shares read
while the count was running, a share whose counted thing follows a scope word ("of global trade"), open
bounds far apart that fit together, and a Portuguese given name in its two spellings.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare.certainty import MAGNITUDE_CONFIDENCE, in_progress, spread_confidence
from factcheck.models import Claim, ClaimKind, CompareAs, Finding, Normalized
from factcheck.normalize.transliteration import same_person_spelling
from factcheck.pipeline import extract_document
from tests.helpers import claim_in, document, findings_of
from tests.helpers import statuses_by_attribute as _by

D1 = dt.date(2031, 4, 7)

# Unrelated news of its own beside each figure (see tests.helpers.UNRELATED_NEWS for why).
_NEWS = (
    "Volunteers handed out leaflets at the market hall.",
    "The regional council met in emergency session on Wednesday night.",
    "Observers have received more than a thousand complaints.",
    "Schools in the lower town stay closed until further notice.",
)


def _findings(*items: tuple[str, dt.date | None]) -> list[Finding]:
    return findings_of(*items, news=_NEWS)


def _claim(sid: str, value: str, sentence: str, low: float) -> Claim:
    return claim_in(
        sid,
        value,
        sentence,
        kind=ClaimKind.QUANTITY,
        subject="the event",
        subject_key="event",
        attribute="deaths",
        normalized=Normalized(key=f">={low:g}", display=value, low=low, high=None),
        compare_as=CompareAs.NUMBER,
    )


# ---------------------------------------------------------------- a pronoun after a role in its sentence


def _speakers(text: str) -> list[str]:
    claims = extract_document(document(text, D1, "s1")).claims
    return [c.subject for c in claims if c.kind == ClaimKind.QUOTE]


def test_a_pronoun_after_an_unnamed_role_in_its_sentence_is_not_the_person_named_before() -> None:
    text = (
        "Mara Belvo leads the Green List to a landslide in the regional vote.\n\n"
        'After the governor had held onto his seat, he said: "The Green List has won this vote, and I have '
        'called Mara Belvo to congratulate her on a fine campaign."'
    )
    assert "Mara Belvo" not in _speakers(text)


def test_a_pronoun_after_a_role_its_one_holder_has_is_that_holder() -> None:
    text = (
        "Governor Ivo Stantic conceded the regional vote on Monday night.\n\n"
        'After the governor had held onto his seat, he said: "The Green List has won this vote, and I have '
        'called its leader to congratulate her on a fine campaign."'
    )
    assert _speakers(text) == ["Ivo Stantic"]


# ---------------------------------------------------------------- a vote share read while the count ran


def test_a_vote_share_read_while_machines_were_counted_is_only_a_possible_conflict() -> None:
    found = _findings(
        ("As 97.6% of voting machines were counted, Ilda Varga had 52.3% of votes, the election board said.", D1),
        ("Ilda Varga won 52.4% of votes, the election board said on Monday.", D1),
    )
    assert [s for s, _ in _by(found, "vote share (%)")] == ["possible-conflict"]


def test_two_final_vote_shares_still_conflict() -> None:
    found = _findings(
        ("Ilda Varga won 52.3% of votes, the election board said on Monday.", D1),
        ("Ilda Varga won 54.4% of votes, the election board said on Monday.", D1),
    )
    assert _by(found, "vote share (%)") == [("conflict", ["52.3", "54.4"])]


def test_count_in_progress_wordings() -> None:
    def running(sentence: str) -> bool:
        return in_progress(_claim("a", "12", sentence, 12))

    counting = [
        "With 12 of 80 constituencies declared, the party led.",
        "With 540 election results declared, the party had 12 seats.",
        "As 98.1% of voting machines were counted, she had 12 points more.",
        "with 97% of ballots counted, 12 seats were undecided",
    ]
    assert [running(s) for s in counting] == [True] * 4
    final = ["She won 12 seats in the districts.", "12% of votes went to the greens."]
    assert [running(s) for s in final] == [False] * 2


# ---------------------------------------------------------------- the counted thing after a scope word


def test_a_share_of_global_things_is_a_share_of_those_things() -> None:
    text = "Members account for 80% of global emissions and almost 80 per cent of global trade, officials said."
    claims = extract_document(document(text, D1, "s1")).claims
    assert sorted(c.attribute for c in claims if c.attribute.startswith("share of")) == [
        "share of emissions (%)",
        "share of trade (%)",
    ]


def test_shares_of_two_different_global_things_do_not_agree() -> None:
    found = _findings(
        ("The bloc's members account for 80% of global emissions, the secretary-general said.", D1),
        ("The bloc's members account for almost 80 per cent of global trade, the host said.", D1),
    )
    assert [f for f in found if f.status.value == "agreement" and f.attribute.startswith("share of")] == []


# ---------------------------------------------------------------- open bounds far apart


def test_open_bounds_far_apart_fit_together_below_trusted_confidence() -> None:
    s = "The storm caused {} across the region."
    four = _claim("a", "at least four deaths", s.format("at least four deaths"), 4)
    five = _claim("b", "at least five deaths", s.format("at least five deaths"), 5)
    many = _claim("c", "at least 240 deaths", s.format("at least 240 deaths"), 240)
    assert spread_confidence([four, five], 1.0) == 1.0
    assert spread_confidence([four, many], 0.9) == MAGNITUDE_CONFIDENCE
    assert spread_confidence([four, many], 0.4) == 0.4


@given(st.integers(min_value=1, max_value=10**5), st.integers(min_value=4, max_value=50))
def test_any_two_figures_more_than_three_times_apart_are_capped(low: int, times: int) -> None:
    s = "Officials counted {} in the town."
    a = _claim("a", str(low), s.format(low), low)
    b = _claim("b", str(low * times), s.format(low * times), low * times)
    assert spread_confidence([a, b], 1.0) == MAGNITUDE_CONFIDENCE


# ---------------------------------------------------------------- a Portuguese given name in two spellings


def test_a_portuguese_given_name_in_its_old_and_english_spellings_is_one_name() -> None:
    assert same_person_spelling("Luiz Tavora Brandao", "Luis Tavora Brandao") == "transliteration"
    assert same_person_spelling("Luiza Tavora", "Luisa Tavora") == "transliteration"
    assert same_person_spelling("Luiz Tavora", "Luan Tavora") != "transliteration"


# ---------------------------------------------------------------- a venue's name is no person


def _people(text: str) -> list[tuple[str, str]]:
    claims = extract_document(document(text, D1, "s1")).claims
    return sorted(
        (c.attribute, c.subject)
        for c in claims
        if c.kind in (ClaimKind.NAME, ClaimKind.TITLE) and c.extractor != "proper-name.v1"
    )


def test_a_capitalized_run_before_a_venue_noun_is_the_venue_not_a_person() -> None:
    assert _people("A tornado struck the Spanish Lakes Country Club in the county, officials said.") == []
    assert _people("The injured were taken to Lakeview General Hospital, Mayor Jane Roe said.") == [
        ("name spelling", "Jane Roe"),
        ("title", "Jane Roe"),
    ]


# ---------------------------------------------------------------- a landing is no meeting


_AFTER = dt.date(2031, 9, 1)  # published after the dates in the text


def test_a_landing_date_is_the_landing_s_not_a_meeting_s() -> None:
    text = "The rocket was launched on 14 July 2031 and the lander touched down on 23rd August 2031."
    claims = extract_document(document(text, _AFTER, "s1")).claims
    assert sorted((c.subject, c.value) for c in claims if c.attribute == "date") == [
        ("landing", "23rd August 2031"),
        ("launch", "14 July 2031"),
    ]
    landed = extract_document(document("The probe landed on the plateau on 23 August 2031.", _AFTER, "s1")).claims
    assert [(c.subject, c.attribute) for c in landed] == [("landing", "date")]


def test_a_sentence_opening_with_launched_dates_the_launch() -> None:
    text = "Launched on July 14, 2031, from the coast, the probe touched down on the plateau on August 23, 2031."
    claims = extract_document(document(text, _AFTER, "s1")).claims
    assert sorted((c.subject, c.value) for c in claims if c.attribute == "date") == [
        ("landing", "August 23, 2031"),
        ("launch", "July 14, 2031"),
    ]


def test_the_share_of_votes_counted_so_far_is_no_vote_share() -> None:
    def shares(text: str) -> list[str]:
        claims = extract_document(document(text, D1, "s1")).claims
        return [c.value for c in claims if "share" in c.attribute]

    assert shares("After 99.86% of the votes were counted, the board closed the hall.") == []
    assert shares("As 98.8% of voting machines were counted, Ilda Varga had 50.8% of votes.") == ["50.8% of votes"]
    assert shares("About 20% of voters reported problems at the polls.") == ["About 20% of voters"]


def test_far_apart_open_bounds_in_articles_agree_below_trusted_confidence_but_a_series_keeps_its_own() -> None:
    bounds = _findings(
        ("The storm caused at least four deaths in the valley, the police said on Monday.", D1),
        ("The storm caused at least 40 deaths in the valley, the police said on Monday.", D1),
    )
    assert [(f.status.value, f.confidence) for f in bounds if f.attribute == "deaths"] == [
        ("agreement", MAGNITUDE_CONFIDENCE)
    ]
    series = _findings(
        ("Ten people died in the storm in the valley, the police said on Monday.", D1),
        ("Forty people died in the storm in the valley, the police said.", D1 + dt.timedelta(days=2)),
    )
    assert [(f.status.value, f.confidence) for f in series if f.attribute == "deaths"] == [("updated", 1.0)]


def test_a_share_of_the_vote_in_a_named_round_is_a_vote_share() -> None:
    claims = extract_document(document("Ilda Varga won 51.2% of the vote in the runoff on Sunday.", D1, "s1")).claims
    assert [c.attribute for c in claims if "share" in c.attribute] == ["vote share (%)"]
    assert not in_progress(_claim("a", "12", "With 12 seats in parliament, the party can block it.", 12))
