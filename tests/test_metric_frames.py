"""metric.v1: money and percentages keyed by what they measure, read from the parse (invented sentences)."""

from __future__ import annotations

import pytest

from factcheck.extract.quantities.metric import metric_frame
from factcheck.extract.registry import run_extractors
from factcheck.normalize.numbers import find_numbers
from factcheck.parse import parse_text
from tests.helpers import context


def _metrics(text: str) -> list[tuple[str, str, bool]]:
    """The frame the reader gives each amount or percentage of ``text`` (whatever other extractors claim);
    the third item says the key is not resolved (metric.v1 claims never are)."""
    doc = parse_text(text)
    out = []
    for m in find_numbers(text, True):
        if m.role != "quantity":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or (m.unit is None and span.root.dep_ in ("nummod", "compound", "amod", "npadvmod")):
            continue
        frame = metric_frame(span, m.unit == "%", bare=m.unit is None)
        if frame is not None:
            out.append((frame.attribute(m.unit), m.surface, False))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change: direction, metric with its noun compounds, and the base the sentence names
        (
            "Orchard Foods said its bakery sales jumped 17% from a year earlier.",
            [("rise in bakery sale (%, year on year)", "17%", False)],
        ),
        (
            "The co-operative posted a 9% jump in membership fees compared with the same quarter last year.",
            [("rise in membership fee (%, year on year)", "9%", False)],
        ),
        (
            "Ticket sales fell 8% from the previous quarter and rose 30% from a year earlier.",
            [
                ("fall in ticket sale (%, quarter on quarter)", "8%", False),
                ("rise in ticket sale (%, year on year)", "30%", False),
            ],
        ),
        # no base named: a key of its own, never one with a base
        ("The ferry line raised its winter fares by 12%.", [("rise in fare (%)", "12%", False)]),
        # a level: the noun the amount is "in", the subject of a verb of value
        (
            "The flood caused an estimated $42 million in damage to the harbour.",
            [("amount of damage (USD)", "an estimated $42 million", False)],
        ),
        ("Insured losses were estimated at $18 million.", [("amount of loss (USD)", "$18 million", False)]),
        # a forecast is not the level itself
        (
            "Next year's harvest revenue will be about $90 million, the growers said.",
            [("amount of harvest revenue forecast (USD)", "about $90 million", False)],
        ),
        # "up 4% from a year ago" after an amount: the change of the amount's metric
        (
            "The mill reported timber revenue of $7.5 million, up 4% from a year ago.",
            [
                ("amount of timber revenue (USD)", "$7.5 million", False),
                ("rise in timber revenue (%, year on year)", "4%", False),
            ],
        ),
    ],
)
def test_metric_frames(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count (no unit, no noun it counts): a level, with the statistic in the metric's name
        (
            "The late show had an average audience of 2.3 million.",
            [("average audience (count)", "2.3 million", False)],
        ),
        ("Listening peaked at 4.6 million as the match ended.", [("peak listening (count)", "4.6 million", False)]),
        ("The ferry, with a crew of 22, sank.", [("crew (count)", "22", False)]),
        # a number counting its noun, a toll and a citation mark are read elsewhere or not at all
        ("About 4,000 listeners wrote in.", []),
        ("The death toll rose to 31.", []),
    ],
)
def test_bare_counts(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _metrics(text) == expected


def test_a_citation_mark_is_no_figure() -> None:
    claims = run_extractors(context("Forecasters warned of storms ahead of the front.[5] The front arrived."))
    assert [c for c in claims if c.extractor == "metric.v1"] == []


def test_a_place_is_no_part_of_the_metric() -> None:
    assert _metrics("The final drew a peak audience of 9 million in Norway.") == [
        ("peak audience (count)", "9 million", False)
    ]


def test_a_segment_named_by_a_phrase_is_a_metric_of_its_own() -> None:
    found = _metrics("Revenue in the ferry division grew 6% over the previous quarter.")
    assert found == [("rise in revenue in ferry division (%, quarter on quarter)", "6%", False)]


def test_year_to_date_is_no_year_on_year_base() -> None:
    assert _metrics("Year-to-date, the co-operative's stock has climbed by over 40%.") == [
        ("rise in stock (%, to date)", "over 40%", False)
    ]


def test_a_share_of_a_group_is_left_to_the_lexicon_rules() -> None:
    assert _metrics("About 80% of the harbour's moorings were damaged.") == []


def test_primary_reading_wins_over_the_fallback() -> None:
    claims = run_extractors(context("The mill took out a loan of $7.5 million, its biggest in a decade."))
    assert [(c.extractor, c.attribute, c.value, c.key_resolved) for c in claims if c.value == "$7.5 million"] == [
        ("quantity.v1", "amount of loan (USD)", "$7.5 million", True)
    ]


def test_a_results_figure_is_read_by_the_results_frame() -> None:
    """A company's results figure is results.v1's (it supersedes quantity.v1 and metric.v1 there)."""
    claims = run_extractors(context("The mill reported timber revenue of $7.5 million, up 4% from a year ago."))
    assert [(c.extractor, c.attribute, c.value, c.key_resolved) for c in claims if c.kind.value == "quantity"] == [
        ("results.v1", "timber revenue, quarter (USD)", "$7.5 million", False),
        ("results.v1", "rise in timber revenue, quarter (%, year on year)", "4%", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level, then its changes: each change its own direction and base, the second "up" hung on the
        # first one's base by the parser
        (
            "Membership fees were $4.2 million, up 18% quarter-over-quarter and down 3% year-over-year.",
            [
                ("amount of membership fee (USD)", "$4.2 million", False),
                ("rise in membership fee (%, quarter on quarter)", "18%", False),
                ("fall in membership fee (%, year on year)", "3%", False),
            ],
        ),
        (
            "Ticket sales were $9 million, up 5% from the spring and up 40% from a year ago.",
            [
                ("amount of ticket sale (USD)", "$9 million", False),
                ("rise in ticket sale (%)", "5%", False),
                ("rise in ticket sale (%, year on year)", "40%", False),
            ],
        ),
    ],
)
def test_changes_after_a_level(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _metrics(text) == expected
