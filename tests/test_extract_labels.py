"""label.v1: quoted and hyphenated labels of the main participants' relationship."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quotes.label import LabelExtractor, label_key, relationship_subject
from factcheck.models import Claim, ClaimKind, CompareAs, Scope
from tests.helpers import context

LEADERS = "Emmanuel Macron met Olaf Scholz in Paris. Macron and Scholz spoke for two hours. "


def _labels(text: str) -> list[Claim]:
    return list(LabelExtractor().extract(context(text)))


def _keys(text: str) -> list[str]:
    return [c.normalized.key for c in _labels(text)]


def test_quoted_label_of_the_relationship_by_country() -> None:
    (claim,) = _labels(LEADERS + "The two leaders hailed a “new chapter” in their partnership.")
    assert claim.subject == "France–Germany relationship"
    assert claim.subject_key == "relationship:france|germany"
    assert claim.kind == ClaimKind.LABEL
    assert claim.compare_as == CompareAs.LABEL
    assert claim.scope == Scope.ENTITY
    assert claim.attribute == "label"
    assert (claim.value, claim.normalized.key, claim.normalized.display) == (
        "new chapter",
        "new chapter",
        "new chapter",
    )
    assert claim.evidence.text == "new chapter"


def test_hyphenated_compound_modifier_is_the_same_label() -> None:
    (claim,) = _labels(LEADERS + "They renewed their rock-solid friendship over dinner.")
    assert (claim.value, claim.normalized.key) == ("rock-solid", "rock solid")
    assert claim.evidence.text == "rock-solid"


def test_quoted_hyphenated_label() -> None:
    assert _keys(LEADERS + "They praised their “rock-solid” ties.") == ["rock solid"]


def test_descriptive_compounds_are_not_labels() -> None:
    text = LEADERS + "They signed a long-term partnership and a free-trade deal and praised decades-old ties."
    assert _keys(text) == []


def test_plural_speakers_give_a_label_one_speaker_gives_a_quote() -> None:
    assert _keys(LEADERS + "Both leaders have described their bond as “unbreakable”.") == ["unbreakable"]
    assert _keys(LEADERS + "Macron described their bond as “unbreakable”.") == []


def test_capitalized_names_of_things_are_skipped_outside_headlines() -> None:
    assert _keys(LEADERS + "They signed the “Northern Seas Compact” on Monday.") == []
    assert _keys(LEADERS + "\n\nInside The “Rock Solid” Friendship Of Two Leaders\n") == ["rock solid"]


def test_titles_of_works_and_long_quotes_are_not_labels() -> None:
    text = (
        LEADERS
        + "Both have read the essay titled “Europe at night”. Officials said it was “a day that will be remembered”."
    )
    assert _keys(text) == []


def test_subject_falls_back_to_names_without_reference_countries() -> None:
    text = (
        "Mayor Anna Berg met Mayor Jonas Lind in Oslo. Berg and Lind said the twin-city pact was "
        "signed. Berg and Lind praised their “sister city” bond."
    )
    ctx = context(text)
    assert relationship_subject(ctx) == ("Anna Berg–Jonas Lind relationship", "relationship:anna berg|jonas lind")
    assert [c.normalized.key for c in LabelExtractor().extract(ctx)] == ["sister city"]


def test_label_key() -> None:
    assert label_key("No-Limits,") == "no limits"
    assert label_key("  new   era ") == "new era"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abAB -,.’'")), max_size=30))
def test_label_key_hyphen_and_space_agree(text: str) -> None:
    assert label_key(text.replace("-", " ")) == label_key(text)
    assert label_key(label_key(text)) == label_key(text)
