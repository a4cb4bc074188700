"""Segmentation: paragraphs per line, hard wraps joined, junk cut out, offsets exact."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import JunkSpan
from factcheck.segment import segment


def test_scraped_lines_are_paragraphs_and_headings_stand_alone() -> None:
    text = "A heading without a stop\nThe first paragraph ends here. It has two sentences.\nAnother one."
    got = [(s.text, s.paragraph) for s in segment(text)]
    assert got == [
        ("A heading without a stop", 0),
        ("The first paragraph ends here.", 1),
        ("It has two sentences.", 1),
        ("Another one.", 2),
    ]


def test_hard_wrapped_lines_are_joined_also_before_a_quote_mark() -> None:
    text = (
        "The minister said the talks in the northern port city had shown\n"
        "“the region could be a meeting point” for the whole coast.\n"
    )
    (sentence,) = segment(text)
    assert sentence.text == text.strip()


def test_junk_is_cut_out() -> None:
    text = "Kept sentence one.\nSubscribe now for free!\nKept sentence two."
    start = text.index("Subscribe")
    junk = (JunkSpan(start=start, end=start + len("Subscribe now for free!"), reason="test", preview="Subscribe"),)
    assert [s.text for s in segment(text, junk)] == ["Kept sentence one.", "Kept sentence two."]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ.,!?\n“”\"'")), max_size=200))
def test_sentence_offsets_are_exact_and_ordered(text: str) -> None:
    sentences = segment(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text.strip()
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


def test_a_sentence_never_ends_on_an_abbreviated_title() -> None:
    from factcheck.segment import segment

    texts = [s.text for s in segment("Coastal Gov. Jane Roe spoke first. Lt. Gov. Ivo Brandt joined her on Friday.")]
    assert texts == ["Coastal Gov. Jane Roe spoke first.", "Lt. Gov. Ivo Brandt joined her on Friday."]


def test_abbreviated_titles_name_roles() -> None:
    from tests.helpers import context

    ctx = context("Coastal Gov. Jane Roe spoke first. Lt. Gov. Ivo Brandt joined. Police Chief Ana Vidal said so.")
    assert [(m.text, m.role) for m in ctx.people] == [
        ("Jane Roe", "Governor"),
        ("Ivo Brandt", "Lieutenant Governor"),
        ("Ana Vidal", "Police Chief"),
    ]
