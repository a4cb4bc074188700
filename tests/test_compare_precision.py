"""Precision first: a conflict only when both keys are resolved; otherwise a possible conflict or none.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.compare.certainty import POSSIBLE_CONFLICT_CONFIDENCE, conflict_doubt, in_progress, reference_point
from factcheck.compare.context import CompareContext
from factcheck.compare.quote_wording import _Change, _short_form
from factcheck.compare.values import ValueGroup, _times_compatible, numbers_compatible
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Source
from factcheck.pipeline import extract_document
from tests.helpers import claim_in, document
from tests.helpers import findings_of as _findings
from tests.helpers import statuses_by_attribute as _by

D1 = dt.date(2031, 4, 7)


def _exact(key: str) -> Normalized:
    return Normalized(key=key, display=key, low=float(key), high=float(key))


# ---------------------------------------------------------------- rounding by written precision


def test_a_figure_agrees_with_a_more_precise_one_that_rounds_to_it() -> None:
    pairs = [("5.2", "5.17"), ("45", "44.88"), ("140000", "138000"), ("2200", "2207"), ("100", "99")]
    assert [numbers_compatible(_exact(a), _exact(b)) for a, b in pairs] == [True] * 5


def test_figures_of_one_precision_or_far_from_a_round_figure_still_differ() -> None:
    pairs = [
        ("44.88", "44.89"),
        ("5.7", "5.17"),
        ("20", "19"),
        ("150", "153"),
        ("1000", "850"),
        ("159", "158"),
        ("49.4", "49.34"),
    ]
    assert [numbers_compatible(_exact(a), _exact(b)) for a, b in pairs] == [False] * 7


@given(st.integers(min_value=1, max_value=10**6))
def test_any_two_decimal_figure_agrees_with_its_one_decimal_rounding(hundredths: int) -> None:
    fine = f"{hundredths / 100:.2f}"
    coarse = f"{round(hundredths / 100, 1):.1f}"
    if coarse.rstrip("0").rstrip(".") != fine.rstrip("0").rstrip("."):
        assert numbers_compatible(_exact(coarse), _exact(fine))
        assert numbers_compatible(_exact(fine), _exact(coarse))


# ---------------------------------------------------------------- hedged clock times


def test_a_hedged_time_agrees_with_the_plain_time_when_the_zone_is_unsure() -> None:
    def t(key: str, low: float, high: float) -> Normalized:
        return Normalized(key=key, display=key, low=low, high=high)

    hedged = t("just after 01:30 (utc-04:00 or utc-05:00)", 340.0, 400.0)
    assert _times_compatible(hedged, t("01:30 (utc-04:00)", 330.0, 330.0))
    assert not _times_compatible(hedged, t("01:22 (utc-04:00)", 322.0, 322.0))


# ---------------------------------------------------------------- possible conflicts


def test_a_changing_figure_that_cannot_be_placed_in_time_is_only_a_possible_conflict() -> None:
    a = "Officials said 40 people died in the flood in the valley."
    b = "Officials said 25 people died in the flood in the valley."
    undated = [f for f in _findings((a, None), (b, None)) if f.attribute == "deaths"]
    assert [(f.status.value, sorted(v.value for v in f.values)) for f in undated] == [
        ("possible-conflict", ["25", "40"])
    ]
    assert undated[0].confidence <= POSSIBLE_CONFLICT_CONFIDENCE
    assert "which figure is the later one cannot be told" in undated[0].explanation
    same_day = _by(_findings((a, D1), (b, D1)), "deaths")
    assert same_day == [("conflict", ["25", "40"])]


def test_without_dates_a_copy_that_changes_a_toll_still_conflicts() -> None:
    story = (
        "Storm surges flooded more than 20 coastal hamlets on Friday, the harbour master said. Ferries "
        "carried 900 residents inland overnight. {killed} people died and the ministry opened a relief fund "
        "of 4 million euros. Markets along the quay will stay shut until Monday, traders said.\n"
    )
    docs = [document(story.format(killed=n), None, sid) for sid, n in (("wire", "Six"), ("reprint", "Nine"))]
    result = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs})
    assert result.duplicate_of
    assert _by(result.findings, "deaths") == [("conflict", ["6", "9"])]


def test_one_pair_far_apart_makes_the_whole_disagreement_possible() -> None:
    found = _findings(
        ("The storm damaged 2,300 buildings across the island, officials said on Monday.", D1),
        ("Engineers said the storm damaged 2,050 buildings, according to a survey published on Monday.", D1),
        ("Crews said the storm damaged 200 buildings along the harbour front on Monday.", D1),
    )
    statuses = {f.status.value for f in found if f.attribute == "number of buildings damaged"}
    assert "conflict" not in statuses and "possible-conflict" in statuses


def test_a_share_known_only_from_a_count_in_progress_is_only_a_possible_conflict() -> None:
    progress = "With 90% of ballots counted, Mira Castell had 51.2% of the vote, the commission said."
    final = "Mira Castell won 52.6% of the vote, the commission said on Monday."
    found = [f for f in _findings((progress, D1), (final, D1)) if f.attribute.startswith("vote share")]
    assert [f.status.value for f in found] == ["possible-conflict"]
    assert "count still in progress" in found[0].explanation


def test_a_value_also_stated_without_a_count_in_progress_still_conflicts() -> None:
    found = _findings(
        ("Mira Castell won 51.2% of the vote, according to preliminary results.", D1),
        ("Mira Castell won 51.2% of the vote in the runoff on Sunday.", D1),
        ("In the runoff for mayor on Sunday, Mira Castell won 52.6% of the vote.", D1),
    )
    statuses = [f.status.value for f in found if f.attribute.startswith("vote share")]
    assert "conflict" in statuses


def _claim(sid: str, value: str, sentence: str, kind: CompareAs = CompareAs.DATE, **norm: object) -> Claim:
    return claim_in(
        sid,
        value,
        sentence,
        kind=ClaimKind.DATE if kind == CompareAs.DATE else ClaimKind.PLACE,
        subject="launch",
        subject_key="launch",
        attribute="date" if kind == CompareAs.DATE else "site",
        normalized=Normalized(
            key=str(norm.get("key", value)), display=value, **{k: v for k, v in norm.items() if k != "key"}
        ),
        compare_as=kind,
    )


def test_a_date_written_as_page_metadata_is_only_a_possible_conflict() -> None:
    ctx = CompareContext({s: Source(id=s, path=f"{s}.txt") for s in ("a", "b")})
    iso = _claim("a", "2031-04-08", "date 2031-04-08 The rocket maker reported its results.", date=dt.date(2031, 4, 8))
    prose = _claim("b", "Monday", "The rocket maker reported its results on Monday.", key="2031-04-07")
    pair = (ValueGroup("2031-04-08", [iso]), ValueGroup("2031-04-07", [prose]))
    assert "page metadata" in (conflict_doubt([pair], [iso, prose], ctx) or "")
    assert conflict_doubt([pair], [prose, prose], ctx) is not None  # the pair still holds the ISO date


def test_places_named_as_reference_points() -> None:
    near = _claim("a", "Port Aldous", "A warehouse collapsed near Port Aldous overnight.", CompareAs.PLACE)
    north = _claim("b", "Kellin Bay", "A warehouse collapsed just north of Kellin Bay overnight.", CompareAs.PLACE)
    inside = _claim("c", "Kellin Bay", "A warehouse collapsed in Kellin Bay overnight.", CompareAs.PLACE)
    suburb = _claim(
        "d", "Kellin Bay", "A warehouse collapsed in the Port Aldous suburb of Kellin Bay.", CompareAs.PLACE
    )
    region = _claim("e", "Kellin Bay", "A warehouse collapsed in the north of Kellin Bay.", CompareAs.PLACE)
    assert [reference_point(c) for c in (near, north, inside, suburb, region)] == [True, True, False, False, False]


def test_in_progress_wordings() -> None:
    def sentence(text: str) -> Claim:
        return _claim("a", "51", text, CompareAs.PLACE)

    assert in_progress(sentence("With 97 percent of the votes counted, she had 51 percent."))
    assert in_progress(sentence("Partial results gave her 51 percent."))
    assert not in_progress(sentence("She won 51 percent of the vote."))
    assert not in_progress(sentence("She won 51 percent of the vote in the runoff."))


def test_a_conflict_lists_only_the_values_that_disagree() -> None:
    found = _findings(
        ("Tomas Bruno won 7.17% of the vote in the first round on Sunday.", D1),
        ("Tomas Bruno took some 7.2% of the vote in Sunday's first round.", D1),
        ("In the first round on Sunday, Tomas Bruno received 7.72% of the vote.", D1),
    )
    conflicts = [f for f in found if f.attribute.startswith("vote share") and f.status.value == "conflict"]
    assert [sorted(v.value for v in f.values) for f in conflicts] == [["7.17", "7.72"]]


# ---------------------------------------------------------------- quotes


def test_a_short_form_of_a_name_in_a_quote_is_the_same_name() -> None:
    assert _short_form(_Change(("fed",), ("federal", "reserve")))
    assert _short_form(_Change(("governor",), ("gov",)))
    assert not _short_form(_Change(("fed",), ("treasury",)))
    assert not _short_form(_Change(("un",), ("union",)))  # too short to tell


# ---------------------------------------------------------------- figures over time without dates


def test_without_dates_a_higher_running_total_is_an_update() -> None:
    found = _findings(
        ("Police made 14 arrests on Saturday during the march through the old town.", None),
        ("Overall, 19 people were arrested by officers policing the march through the old town.", None),
    )
    assert _by(found, "arrested") == [("updated", ["14", "19"])]


def test_without_dates_a_higher_figure_with_no_word_of_a_total_stays_possible() -> None:
    found = _findings(
        ("Police made 14 arrests on Saturday during the march through the old town.", None),
        ("Officers said 19 people were arrested during the march through the old town.", None),
    )
    assert _by(found, "arrested") == [("possible-conflict", ["14", "19"])]


def test_an_as_of_weekday_places_a_figure_before_its_publication_day() -> None:
    monday, tuesday = dt.date(2025, 3, 10), dt.date(2025, 3, 11)
    found = _findings(
        ("Officials said 55 people were injured in the blast at the depot.", monday),
        ("As of Sunday evening, officials said 40 people were injured in the blast at the depot.", tuesday),
    )
    assert _by(found, "injured") == [("updated", ["40", "55"])]
    (update,) = [f for f in found if f.attribute == "injured"]
    assert [(p.value, p.as_of) for p in update.series] == [("40", "2025-03-09"), ("55", "2025-03-10")]


def _growth(sid: str, value: str, sentence: str, resolved: bool) -> Claim:
    return claim_in(
        sid,
        value,
        sentence,
        kind=ClaimKind.QUANTITY,
        subject="the company",
        subject_key="company",
        attribute="rise in revenue, quarter (%, year on year)",
        normalized=Normalized(
            key=value.rstrip("%"), display=value, low=float(value.rstrip("%")), high=float(value.rstrip("%"))
        ),
        compare_as=CompareAs.NUMBER,
        key_resolved=resolved,
    )


def test_guessed_referents_only_join_a_side_that_a_resolved_claim_holds() -> None:
    ctx = CompareContext({s: Source(id=s, path=f"{s}.txt") for s in ("a", "b", "c")})
    resolved = _growth("a", "212%", "Quorvex said quarterly revenue rose 212% from a year earlier.", True)
    guessed = _growth("b", "212%", "Quorvex reported a 212% jump in revenue.", False)
    other = _growth("c", "218%", "Quorvex said quarterly revenue rose 218% from a year earlier.", True)
    lone_guess = _growth("c", "218%", "Quorvex reported a 218% jump in revenue.", False)
    held = (ValueGroup("212", [resolved, guessed]), ValueGroup("218", [other]))
    assert conflict_doubt([held], [resolved, guessed, other], ctx) is None
    guessed_only = (ValueGroup("212", [resolved, guessed]), ValueGroup("218", [lone_guess]))
    assert "outside factcheck's lexicon" in (conflict_doubt([guessed_only], [resolved, guessed, lone_guess], ctx) or "")
