"""Tests of the ad-slot rule of factcheck.junk: an ad between paragraphs drops its own line; the text
after it is cut only when it reads like a list of links or teasers (lines in a row) or is off-topic."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.ingest import load_document
from factcheck.junk import find_junk
from factcheck.pipeline import extract_document

FIXTURES = Path(__file__).parent / "fixtures" / "junk"

# Invented paragraphs of one story: each names the story's main entities, so none of them is off-topic.
PARAGRAPHS = [
    "The Lakeside water board voted on Thursday to raise its pipe repair budget after a winter of burst mains.",
    "Board chair Nora Vasquez said the Lakeside crews would replace the oldest mains on the east side first.",
    "Vasquez said the Lakeside board had asked the state for a loan to pay for the remaining pipe work.",
    "“We fixed more breaks this winter than ever before,” Vasquez told the Lakeside board on Thursday.",
    "The Lakeside board expects the east side work to end next year, Vasquez said, weather permitting.",
    "Residents of Lakeside told the board that some streets had gone without water for two days in January.",
]
SUBHEADINGS = ["Where the money goes", "A record winter", "What comes next", "Old pipes", "The loan", "Dry taps"]
ADS = ["Advertisement", "ADVERTISEMENT", "- Advertisement -", "Sponsored", "Story continues below advertisement"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(PARAGRAPHS), st.booleans(), st.none() | st.sampled_from(ADS)),
        min_size=3,
        max_size=8,
        unique_by=lambda block: block[0],
    )
)
def test_ads_between_paragraphs_drop_only_their_own_line(
    blocks: list[tuple[str, bool, str | None]],
) -> None:
    """Ads anywhere between paragraphs and their subheadings: each ad line is junk, nothing else is."""
    lines: list[str] = []
    for k, (paragraph, headed, ad) in enumerate(blocks):
        heading = SUBHEADINGS[k] if headed else None  # each once: a repeated heading is a duplicate line
        lines += [line for line in (ad, heading, paragraph) if line is not None]
    text = "\n\n".join(lines) + "\n"
    dropped = [text[j.start : j.end] for j in find_junk(text)]
    assert dropped == [ad for _, _, ad in blocks if ad is not None]


def test_the_paragraph_after_a_second_ad_keeps_its_claims() -> None:
    doc = load_document(FIXTURES / "ad_interleaved.txt")
    after = doc.original.index("A record winter")
    claims = extract_document(doc).claims
    assert any(c.evidence.start > after and c.evidence.text == "14 weekends" for c in claims)
    assert any(c.evidence.start > after and c.extractor.startswith("quote") for c in claims)


def test_a_teaser_list_with_ads_between_its_lines_yields_no_claims() -> None:
    doc = load_document(FIXTURES / "ad_links_between_ads.txt")
    first_ad = doc.original.index("Advertisement")
    assert [c.evidence.text for c in extract_document(doc).claims if c.evidence.start > first_ad] == []
