"""Tests of factcheck.junk: own fixtures with exact spans, the seed junk regions, and span properties."""

from __future__ import annotations

import importlib.util
import json
import re
import time
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.junk import find_junk
from factcheck.junk_lists import is_statement
from factcheck.models import JunkSpan

FIXTURES = Path(__file__).parent / "fixtures" / "junk"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "tools" / "score_seeds.py"
EXPECTED: dict[str, list[list[int | str]]] = {
    k: v for k, v in json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8")).items() if k != "about"
}


def line_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end-without-newline) of every line."""
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def as_lines(text: str, spans: tuple[JunkSpan, ...]) -> list[list[int | str]]:
    """Spans as [first line, last line or "END", reason] (1-based, inclusive)."""
    starts = [a for a, _ in line_bounds(text)]
    out: list[list[int | str]] = []
    for s in spans:
        first = starts.index(s.start) + 1
        last: int | str = "END" if s.end == len(text) else text.count("\n", 0, s.end) + 1
        out.append([first, last, s.reason])
    return out


# --- own fixtures: one per junk kind, exact spans --------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_spans(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert as_lines(text, find_junk(text)) == EXPECTED[name]


def test_every_fixture_has_expectations() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.txt")) == sorted(EXPECTED)


def test_exact_offsets_and_preview() -> None:
    text = "Advertisement\nThe council approved the budget on Monday after a long debate.\n"
    expected = JunkSpan(start=0, end=13, reason="marker:advertisement", preview="Advertisement")
    assert find_junk(text) == (expected,)


def test_tail_runs_to_end_and_takes_labels_before_it() -> None:
    body = "The council approved the budget on Monday after a long debate about ferries. " * 4
    text = f"{body}\n\nShare your view\nLeave a Reply\nName\nEmail\n"
    (span,) = find_junk(text)
    assert (span.start, span.end, span.reason) == (len(body) + 2, len(text), "end:comments")
    assert span.preview == "Share your view Leave a Reply Name Email"


def test_end_marker_before_body_drops_only_its_line() -> None:
    text = "Trending\n\nThe council approved the budget on Monday after a long debate.\n"
    assert as_lines(text, find_junk(text)) == [[1, 1, "marker:related"]]


def test_dateline_at_top_is_not_junk() -> None:
    text = "WASHINGTON (AP) — The council approved the budget on Monday after a long debate.\n"
    assert find_junk(text) == ()


def test_own_dateline_under_a_standfirst_is_kept() -> None:
    standfirst = (
        "Harbor City council members approved the ferry budget after a spring of disputes, "
        "and Mayor Lena Ortiz promised new boats for the Gull Island route. "
    ) * 2
    story = "HARBOR CITY (AP) — The Harbor City council voted on Tuesday to approve the ferry budget."
    text = f"{standfirst}\n\n{story}\n"
    assert find_junk(text) == ()
    # the same dateline line about another topic is a pasted story
    other = "BROOKVALE (AP) — Gardeners at Redmont University reported an early cherry bloom."
    assert as_lines(f"{standfirst}\n\n{other}\n", find_junk(f"{standfirst}\n\n{other}\n")) == [[3, "END", "dateline"]]


def test_single_teaser_line_is_kept() -> None:
    text = "The council approved the budget on Monday after a long debate.\nShe said: “We will see...”\n"
    assert find_junk(text) == ()


def test_real_sentences_with_marker_words_are_kept() -> None:
    text = (
        "The paper has two million subscribers across the region.\n"
        "One response to the crisis was to raise rates.\n"
        "Share prices fell sharply on Monday in Tokyo and Seoul.\n"
    )
    assert find_junk(text) == ()


def test_empty_and_blank() -> None:
    assert find_junk("") == ()
    assert find_junk("\n\n  \n") == ()


def _best_time(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()  # CPU time of this process: other processes' load does not count
        find_junk(text)
        best = min(best, time.process_time() - started)
    return best


# Growing the input 4x may cost at most this factor (linear: 4; quadratic: 16). A ratio of two sizes
# timed in one run holds on a slow or busy machine, where a fixed number of seconds does not.
GROWTH_LIMIT = 8.0


def test_time_grows_linearly_with_the_text() -> None:
    para = "The council approved the budget of 4.2 million dollars on Monday after a long debate.\n\n"
    unit = para + "Advertisement\n\n" + para + "Storm closes highway\n"
    assert find_junk(unit * 300)
    small, large = _best_time(unit * 300), _best_time(unit * 1200)
    assert large / small < GROWTH_LIMIT, f"4x the text took {large / small:.1f}x the time"


# --- the seeds: the scorer's junk regions are covered, the article body is not --------------------


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_seeds", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def covered(spans: tuple[JunkSpan, ...], a: int, b: int) -> bool:
    """True when every character of [a, b) lies inside some span."""
    pos = a
    for s in sorted(spans, key=lambda s: s.start):
        if s.start <= pos < s.end:
            pos = s.end
    return pos >= b


def overlaps(spans: tuple[JunkSpan, ...], a: int, b: int) -> bool:
    return any(s.start < b and a < s.end for s in spans)


needs_seeds = pytest.mark.skipif(not (SEEDS.is_dir() and SCORER.is_file()), reason="shared seeds absent")

# A body paragraph: at least this long, or a sentence (ends in . ! ? with optional closing quote).
BODY_MIN_CHARS = 100
SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")


@needs_seeds
def test_seed_junk_regions_are_covered() -> None:
    regions = load_scorer().junk_regions(SEEDS)
    assert regions
    for prefix, regs in regions.items():
        text = next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
        spans = find_junk(text)
        for a, b in regs:
            assert covered(spans, a, b), f"{prefix}: junk {text[a:b][:60]!r} not covered"


@needs_seeds
def test_seed_body_is_kept() -> None:
    regions = load_scorer().junk_regions(SEEDS)
    for prefix, regs in regions.items():
        text = next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
        spans = find_junk(text)
        lines = [(a, b) for a, b in line_bounds(text) if text[a:b].strip()]
        outside = [(a, b) for a, b in lines if not any(a < rb and ra < b for ra, rb in regs)]
        body = {
            i for i, (a, b) in enumerate(outside) if b - a >= BODY_MIN_CHARS or SENTENCE_END.search(text[a:b].strip())
        }
        assert len(body) >= 5, prefix
        for i in body:
            a, b = outside[i]
            assert not overlaps(spans, a, b), f"{prefix}: body line {text[a:b][:60]!r} dropped"
        # headings between two kept paragraphs stay too
        for i in range(1, len(outside) - 1):
            if i - 1 in body and i + 1 in body:
                a, b = outside[i]
                assert not overlaps(spans, a, b), f"{prefix}: heading {text[a:b][:60]!r} dropped"


# --- properties -------------------------------------------------------------------------------------

LINE_POOL = [
    "",
    "Advertisement",
    "- Advertisement -",
    "Leave a Reply",
    "Most Popular",
    "Subscribe now",
    "Home",
    "Copyright 2024",
    "Related:",
    "Storm closes coastal highway",
    "School board elects new chair",
    "Heavy rain forced the closure of the highway…",
    "The board met again...",
    "The Harbor City council voted on Tuesday to approve the ferry budget after a long debate.",
    "Mayor Lena Ortiz said the money would pay for two new boats and longer evening hours on the route.",
    "AUSTIN, TX / PRNewswire / March 3, 2021 / Acme Widgets today announced record sales for the year.",
    "3 thoughts on “Ferry budget”",
    "Connect with us",
    "Check out our site for more stories",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(LINE_POOL), st.text(max_size=40)), max_size=30), st.sampled_from(["\n", "\r\n"])
)
def test_span_properties(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    spans = find_junk(text)
    previous_end = -1
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start > previous_end  # sorted, non-overlapping, separated by at least a newline
        assert s.start == 0 or text[s.start - 1] == "\n"
        assert s.end == len(text) or text[s.end] in "\n\r"
        assert s.preview == " ".join(text[s.start : s.end].split())[:60]
        previous_end = s.end


def test_bylines_and_page_date_lines_are_furniture_but_sentences_starting_with_by_are_not() -> None:
    text = (
        "Fire spreads in the hills\n\nBy Marta Oliveira | 23:10 CEST\n\nUpdated 14:32 GMT, 12 March 2025\n\n"
        "By Tuesday, the fire had burned 3,400 hectares across the region, officials said.\n"
        "By the end of the day crews had arrived from three provinces to help.\n"
    )
    dropped = [text[j.start : j.end] for j in find_junk(text)]
    assert dropped == ["By Marta Oliveira | 23:10 CEST\n\nUpdated 14:32 GMT, 12 March 2025"]


def test_a_fact_box_is_article_data_not_a_link_list() -> None:
    text = (
        "The company reported strong results for the quarter, with revenue rising and costs held down.\n\n"
        "Key figures\n- Revenue: EUR 2.4 billion\n- Net profit: EUR 310 million\n- Dividend: 12 cents per share\n\n"
        "The chief executive said the outlook remained positive for the rest of the year and beyond.\n\n"
        "Home\nMarkets\nCompanies\nOpinion\n"
    )
    spans = find_junk(text)
    assert all("Revenue" not in text[j.start : j.end] and "profit" not in text[j.start : j.end] for j in spans)
    for word in ("Home", "Markets", "Companies", "Opinion"):
        at = text.index(word)
        assert any(j.start <= at < j.end for j in spans), word


def test_donation_and_share_widgets_are_furniture() -> None:
    text = (
        "The exhibition reopened on Monday after a month of repairs to the roof and the lighting.\n\n"
        "Share this post · 3 comments · Support Harbour Notes on Patreon\n\n"
        "Visitors queued for an hour to see the restored tapestries, the curator said on Monday.\n"
    )
    dropped = [text[j.start : j.end] for j in find_junk(text)]
    assert dropped == ["Share this post · 3 comments · Support Harbour Notes on Patreon"]


def test_a_link_label_glued_to_a_headline_is_furniture_but_prose_after_a_colon_is_not() -> None:
    # A CMS writes a related story as "More:" glued to its headline, no space: a link, not prose.
    text = (
        "The pier reopened on Monday after a month of repairs to its deck and railings.\n\n"
        "More:Harbour towns count the cost of a wet summer on the coast\n\n"
        "More: the council said the repairs cost less than planned this year.\n"
    )
    dropped = [text[j.start : j.end] for j in find_junk(text)]
    assert dropped == ["More:Harbour towns count the cost of a wet summer on the coast"]


# --- a list of highlights is the article's own text, a list of headlines is furniture ----------------

HIGHLIGHTS_BODY = (
    "Harbor Ferries reported its second-quarter results on Thursday, with traffic higher on every route.\n\n"
)
HIGHLIGHTS = (
    "Quarterly ticket revenue of $48.2 million, up 12% from a year ago\n\n"
    "Passenger numbers rose 9% to 3.1 million on the three island routes\n\n"
    "Two-for-one share split effective May 2, 2025\n\n"
    "Quarterly dividend raised 20% to $0.06 per share\n\n"
)
HIGHLIGHTS_AFTER = "The chief executive said the new boats had paid for themselves sooner than the board expected.\n"


def test_a_list_of_highlights_between_paragraphs_is_kept() -> None:
    assert find_junk(HIGHLIGHTS_BODY + HIGHLIGHTS + HIGHLIGHTS_AFTER) == ()


def test_a_list_of_highlights_before_a_fact_box_is_kept() -> None:
    assert find_junk(HIGHLIGHTS_BODY + HIGHLIGHTS + "Net profit: 9.4 million\n") == ()


@pytest.mark.parametrize(
    "links",
    [
        # one headline with a figure among link lines: a headline list
        "Ferry fares to rise 5% next year\nGull Island bridge plan shelved\nStorm closes coastal highway\n",
        # headlines in Title Case state figures too, but they are links
        "Ferry Fares To Rise 5% Next Year\nHarbor Bridge Costs Climb To $40 Million\nCouncil Approves 12 New Buses\n",
        # a menu with counts is no statement: too few words
        "Top stories 12 new\nLatest 4 updates\nVideos 30 clips\n",
    ],
)
def test_headline_lists_with_figures_between_paragraphs_are_still_dropped(links: str) -> None:
    text = HIGHLIGHTS_BODY + links + "\n" + HIGHLIGHTS_AFTER
    assert [text[j.start : j.end] for j in find_junk(text)] == [links.rstrip("\n")]


def test_statements_after_a_related_marker_or_at_the_end_of_the_page_are_still_dropped() -> None:
    related = HIGHLIGHTS_BODY + "Related:\n" + HIGHLIGHTS + HIGHLIGHTS_AFTER
    assert [j.reason for j in find_junk(related)] == ["marker:related-link", "link-list"]
    at_end = HIGHLIGHTS_BODY + HIGHLIGHTS
    assert [(j.start, j.reason) for j in find_junk(at_end)] == [(len(HIGHLIGHTS_BODY), "link-list")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Quarterly ticket revenue of $48.2 million, up 12% from a year ago", True),
        ("Passenger numbers rose 9 per cent on the island routes", True),
        ("Crews cleared 3,400 hectares of burned forest", True),
        ("82 more were hurt.", True),  # a sentence: few words are enough
        ("Two-for-one share split effective May 2, 2025", False),  # a date is no figure with a noun
        ("Election 2025 results and analysis", False),  # a year is no figure with a noun
        ("Ferry Fares To Rise 5% Next Year", False),  # Title Case: a headline
        ("Revenue $ 40", False),  # a table cell label: too few words
        ("Gull Island bridge plan shelved", False),
    ],
)
def test_is_statement(line: str, expected: bool) -> None:
    assert is_statement(line) is expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=80))
def test_a_line_without_digits_is_no_statement(line: str) -> None:
    assert not is_statement(line)


def test_words_that_start_with_home_are_not_a_menu() -> None:
    text = (
        "The river burst its banks overnight and flooded the lower town, officials said on Sunday.\n\n"
        "Homeowners were told to leave before the second crest arrived in the afternoon.\n"
        "HomeNewsWorld\n"
    )
    assert [(text[j.start : j.end], j.reason) for j in find_junk(text)] == [("HomeNewsWorld", "marker:navigation")]


def test_a_word_that_starts_like_a_month_is_no_date() -> None:
    assert is_statement("Marchers 300 strong walked to the town hall")
    assert not is_statement("The vote is on May 3 across all wards")
