"""Each list item of an article opens a sentence of the parse (invented texts).

Items end without a stop: the parser ran a list into one sentence and hung one item's figure on the next
item's noun.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.registry import run_extractors
from factcheck.parse import parse_text
from tests.helpers import context


def test_each_bulleted_line_is_a_sentence() -> None:
    doc = parse_text(
        "Key figures:\n  • Revenue: $2 billion, versus estimates of $1.9 billion\n  • Lantern revenue: $1 billion\n"
    )
    starts = [s.text.strip(" •") for s in doc.sents]
    assert any(s.startswith("Revenue") for s in starts)
    assert any(s.startswith("Lantern revenue") for s in starts)


def test_a_dash_inside_a_line_opens_no_sentence() -> None:
    doc = parse_text("Revenue rose - as expected - to $2 billion.")
    assert len(list(doc.sents)) == 1


def test_an_estimate_is_not_read_as_the_next_items_figure() -> None:
    text = (
        "Quillfeather Systems released its results on Tuesday. Here were the key numbers:\n\n"
        "  • Revenue: $2.04 billion, versus analyst estimates of $2.65 billion\n"
        "  • Lantern revenue: $1.6 billion, representing a 27% surge from the year-ago quarter\n"
    )
    got = [(c.attribute, c.value) for c in run_extractors(context(text)) if c.extractor == "results.v1"]
    assert ("lantern revenue, quarter (USD)", "$1.6 billion") in got
    assert not any(v == "$2.65 billion" and a.startswith("lantern") for a, v in got)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["• ", "- ", "* ", "Sales rose. ", "\n", "  ", "Profit: $3 million"]), max_size=12))
def test_line_items_never_break_the_parse(parts: list[str]) -> None:
    text = "".join(parts)
    doc = parse_text(text)
    assert "".join(t.text_with_ws for t in doc) == text
