"""results.v1: a company's results figures keyed by metric, owner, period and stance (invented sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.registry import run_extractors
from tests.helpers import context, findings_of

# The invented company's name opens every text, so that it is the story's most named proper noun.
_LEAD = "Quillfeather Systems released its results on Tuesday. "


def _claims(text: str) -> list[tuple[str, str, str, bool]]:
    """(extractor, attribute, value, key resolved) of each quantity claim of ``text``."""
    return [
        (c.extractor, c.attribute, c.value, c.key_resolved)
        for c in run_extractors(context(_LEAD + text))
        if c.kind.value == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quarter's figure and the year-ago figure it is compared with: two facts
        (
            "Quillfeather Systems reported fourth-quarter revenue of $2.1 billion, down from $2.3 billion a year "
            "earlier.",
            [
                ("results.v1", "revenue, quarter (USD)", "$2.1 billion", True),
                ("results.v1", "revenue, year-ago quarter (USD)", "$2.3 billion", True),
            ],
        ),
        # "up 12%" hanging on the verb of a name that reports: the change of the verb's object
        (
            "Quillfeather Systems reported revenue for the first quarter ended March 30, 2031, of $2.1 billion, "
            "up 14% from the previous quarter and up 210% from a year ago.",
            [
                ("results.v1", "rise in revenue, quarter (%, quarter on quarter)", "14%", True),
                ("results.v1", "rise in revenue, quarter (%, year on year)", "210%", True),
            ],
        ),
        # a product line named as a compound is a different fact from the company's revenue
        (
            "Quillfeather Systems said its quarterly Lantern revenue was $640 million.",
            [("results.v1", "lantern revenue, quarter (USD)", "$640 million", True)],
        ),
        # "revenue from X": the owner attached by a preposition
        (
            "Revenue from licences was $90 million in the quarter.",
            [("results.v1", "licence revenue, quarter (USD)", "$90 million", True)],
        ),
        # the company's name as possessor is the company itself, not an owner
        (
            "Quillfeather Systems' net income for the quarter was $310 million, or $1.12 per share, compared "
            "with $280 million, or $0.98 per share, in the year-ago quarter.",
            [
                ("results.v1", "net income, quarter (USD)", "$310 million", True),
                ("results.v1", "earnings per share, quarter (USD)", "$1.12", False),
                ("results.v1", "net income, year-ago quarter (USD)", "$280 million", True),
                ("results.v1", "earnings per share, year-ago quarter (USD)", "$0.98", False),
            ],
        ),
        # the full year
        (
            "For the full fiscal year, Quillfeather Systems recorded $8.4 billion in sales and $1.2 billion in "
            "net income.",
            [
                ("results.v1", "revenue, full year (USD)", "$8.4 billion", True),
                ("results.v1", "net income, full year (USD)", "$1.2 billion", True),
            ],
        ),
        # analysts' estimate is never the reported figure, and never resolved (providers differ)
        (
            "Analysts had expected quarterly revenue of $2.0 billion.",
            [("results.v1", "revenue, quarter, analysts' estimate (USD)", "$2.0 billion", False)],
        ),
        # the company's guidance
        (
            "The company expects revenue of about $2.2 billion for the first quarter.",
            [("results.v1", "revenue, guidance (USD)", "about $2.2 billion", True)],
        ),
        # operating income is not net income; a growth rate is keyed by what rose
        (
            "Operating income for the quarter rose 9% from a year earlier.",
            [("results.v1", "rise in operating income, quarter (%, year on year)", "9%", True)],
        ),
        # a margin is a level in percent; adjusted earnings per share keeps its basis
        (
            "Gross margin for the quarter was 41.5 percent, and adjusted earnings per share for the quarter "
            "were $0.87.",
            [
                ("results.v1", "gross margin, quarter (%)", "41.5 percent", True),
                ("results.v1", "adjusted earnings per share, quarter (USD)", "$0.87", True),
            ],
        ),
        # no period named: keyed as the quarter, but not resolved
        (
            "Quillfeather Systems posted revenue of $2.1 billion.",
            [("results.v1", "revenue, quarter (USD)", "$2.1 billion", False)],
        ),
        # a pronoun subject after a sentence on a division: the owner is unclear, kept apart
        (
            "The devices division had revenue of $700 million for the quarter. It had revenue of $300 million for "
            "the quarter.",
            [
                ("results.v1", "devices revenue, quarter (USD)", "$700 million", True),
                ("results.v1", "revenue of an unclear owner, quarter (USD)", "$300 million", False),
            ],
        ),
        # a common noun for the company as the subject is the company, a unit noun a part of it
        (
            "The toolmaker reported quarterly revenue of $2.1 billion, and its services unit posted quarterly "
            "revenue of $400 million.",
            [
                ("results.v1", "revenue, quarter (USD)", "$2.1 billion", True),
                ("results.v1", "services revenue, quarter (USD)", "$400 million", True),
            ],
        ),
        # a list row
        ("• Revenue: $2.1 billion", [("results.v1", "revenue, quarter (USD)", "$2.1 billion", False)]),
        # the level a change reached: the changed metric's level, not the base's period
        (
            "Quillfeather Systems reported a 12% rise in quarterly revenue, reaching $2.1 billion from the previous "
            "year.",
            [
                ("results.v1", "rise in revenue, quarter (%)", "12%", True),
                ("results.v1", "revenue, quarter (USD)", "$2.1 billion", True),
            ],
        ),
        # the per-share figure the parser conjoins with the verb restates the verb's amount
        (
            "Net income increased to $610 million in the fourth quarter, or $2.40 per diluted share.",
            [
                ("results.v1", "net income, quarter (USD)", "$610 million", True),
                ("results.v1", "earnings per share, quarter (USD)", "$2.40", False),
            ],
        ),
        # "grew 15% year over year": the parser hangs the figure on the base phrase
        (
            "Its net sales in the quarter grew 15% year over year to $7.3 billion.",
            [
                ("results.v1", "rise in revenue, quarter (%, year on year)", "15%", True),
                ("results.v1", "revenue, quarter (USD)", "$7.3 billion", True),
            ],
        ),
        # a participle's figure measures the main clause's subject
        (
            "Lantern revenue was a major driver, surging 27% to $1.6 billion in the quarter.",
            [
                ("results.v1", "rise in lantern revenue, quarter (%)", "27%", True),
                ("results.v1", "lantern revenue, quarter (USD)", "$1.6 billion", True),
            ],
        ),
        # a year inside a quarter's phrase names no whole year
        (
            "Revenue rose to $5.1 billion in the fourth quarter of 2031.",
            [("results.v1", "revenue, quarter (USD)", "$5.1 billion", True)],
        ),
        # "in 2031" names the whole year; the figure compared "in 2030" is the year before's
        (
            "Net sales increased 12% to $27.4 billion in 2031, compared with $24.5 billion in 2030.",
            [
                ("results.v1", "rise in revenue, full year (%)", "12%", True),
                ("results.v1", "revenue, full year (USD)", "$27.4 billion", True),
                ("results.v1", "revenue, year-ago full year (USD)", "$24.5 billion", True),
            ],
        ),
    ],
)
def test_results_frames(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _claims(text) == expected


def test_users_and_revenue_growth_never_share_a_key() -> None:
    claims = _claims("Quarterly revenue rose 13% and daily users rose 6%.")
    assert ("results.v1", "rise in revenue, quarter (%)", "13%", True) in claims
    assert all(c[1] != "rise in revenue, quarter (%)" for c in claims if c[2] == "6%")


def test_a_dividend_raise_is_keyed_but_its_level_is_left_alone() -> None:
    """A dividend per share changes with a split (ten cents before, one cent after): results.v1 reads only its
    rise; metric.v1 keys the level as one share's, unresolved (a post-split level is keyed apart)."""
    assert _claims("Quillfeather Systems raised its quarterly dividend by 20% to $0.12 per share.") == [
        ("results.v1", "rise in dividend, quarter (%)", "20%", True),
        ("metric.v1", "amount of dividend per share (USD)", "$0.12", False),
    ]


def test_a_figure_outside_results_is_left_to_the_other_readers() -> None:
    assert all(c[0] != "results.v1" for c in _claims("The storm caused $3 billion in damage to the harbour."))


def _findings(texts: list[str]) -> list[tuple[str, str, list[str]]]:
    found = findings_of(*((_LEAD + t, None) for t in texts))
    return sorted(
        (f.status.value, f.attribute, sorted(v.display for v in f.values))
        for f in found
        if f.subject == "the company" and "revenue" in f.attribute
    )


def test_two_outlets_on_the_same_figure_and_the_year_ago_figure() -> None:
    """The same quarter's revenue written two ways agrees; the year-ago figure of one outlet is no conflict
    with it; two different figures of one product line for the same quarter are a (possible) conflict."""
    found = _findings(
        [
            "Quillfeather Systems posted fourth-quarter revenue of $40.1 billion, up from $32.2 billion a year "
            "earlier. Cloud revenue for the quarter was $6.43 billion.",
            "Revenue for the fourth quarter was $40,111 million. Cloud revenue for the quarter came to $6.48 billion.",
        ]
    )
    assert ("agreement", "revenue, quarter (USD)", ["$40,111 million", "$40.1 billion"]) in found
    assert any(s in ("conflict", "possible-conflict") and a == "cloud revenue, quarter (USD)" for s, a, _ in found)
    assert [a for s, a, _ in found if s in ("conflict", "possible-conflict", "distinct-events")] == [
        "cloud revenue, quarter (USD)"
    ]


def test_results_figures_share_the_subject_of_the_company_dates() -> None:
    from factcheck.extract.quantities.results import COMPANY_SUBJECT
    from factcheck.extract.times.scheduled import COMPANY_SUBJECT as DATES_SUBJECT

    assert COMPANY_SUBJECT == DATES_SUBJECT


_PARTS = st.sampled_from(
    [
        "Revenue",
        "Cloud revenue",
        "Net income",
        "Operating income",
        "Adjusted earnings per share",
        "Gross margin",
        "It",
        "Analysts",
    ]
)
_VERBS = st.sampled_from(["rose 12% to", "was", "fell to", "had expected", "will be about", "came in at"])
_AMOUNTS = st.sampled_from(["$2.1 billion", "$640 million", "41.5%", "$0.87", "$40,111 million"])
_TAILS = st.sampled_from(
    ["", " for the quarter", ", up from $1.9 billion a year earlier", " for the full year", ", or $1.10 per share"]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_PARTS, _VERBS, _AMOUNTS, _TAILS), min_size=1, max_size=3))
def test_results_frame_never_fails_and_keys_what_it_reads(parts: list[tuple[str, str, str, str]]) -> None:
    text = _LEAD + " ".join(f"{a} {v} {n}{t}." for a, v, n, t in parts)
    for c in run_extractors(context(text)):
        if c.extractor == "results.v1":
            assert text[c.evidence.start : c.evidence.end] == c.value
            assert c.attribute.endswith(")") and c.subject == "the company"
            assert c.confidence < 0.7 or c.key_resolved
