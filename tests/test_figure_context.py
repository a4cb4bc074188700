"""Figures read in their page context: a list item's bullet, a page's date label before the first sentence,
an area's unit (invented sentences only)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.registry import run_extractors
from factcheck.parse_plan import parse_plan
from tests.helpers import context, findings_of


def _figures(text: str) -> list[tuple[str, str, str, str | None]]:
    """(extractor, attribute, normalized key, group) of each number claim of ``text``."""
    return [
        (c.extractor, c.attribute, c.normalized.key, c.qualifiers.group)
        for c in run_extractors(context(text))
        if c.compare_as.value == "number"
    ]


@pytest.mark.parametrize("bullet", ["•", "▪", "◦", "‣"])
def test_a_bullet_starts_a_sentence(bullet: str) -> None:
    text = f"{bullet} Rescue work was halted on Monday\n{bullet} Another 41 people remain unaccounted for"
    assert _figures(text) == [("toll.v1", "missing", "41", None)]


def test_a_page_date_label_is_not_read_by_the_parser() -> None:
    text = " date 2031-04-02 Of those hurt, at least 12 were children, the clinic said.\n\nMore follows."
    blanked = parse_plan(context(text).doc).text
    assert blanked.startswith(" " * 17 + "Of those hurt")
    assert len(blanked) == len(text)
    assert ("count-frame.v1", "number of children among the injured", "12", None) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Published: 2 April 2031 Of those hurt, at least 12 were children.",
        "updated April 2, 2031 Of those hurt, at least 12 were children.",
    ],
)
def test_other_page_date_labels_are_blanked_too(text: str) -> None:
    blanked = parse_plan(context(text).doc).text
    assert blanked.lstrip().startswith("Of those hurt")


def test_a_date_label_alone_on_its_line_or_inside_a_sentence_stays() -> None:
    for text in ("date 2031-04-02\nThe river rose.", "The update date 2031-04-02 was set by the board."):
        assert parse_plan(context(text).doc).text == text


def test_an_area_names_no_group_so_acres_and_hectares_are_one_figure() -> None:
    assert _figures("The blaze has burned more than 2,400 acres.") == [
        ("quantity.v1", "area burned (hectares)", "2400 acres", None)
    ]
    found = findings_of(
        ("The blaze has burned about 2,400 acres, officials said.", dt.date(2031, 8, 3)),
        ("The blaze has burned about 970 hectares, officials said.", dt.date(2031, 8, 3)),
    )
    assert [f.status.value for f in found if f.attribute == "area burned (hectares)"] == ["agreement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's figure, and after a colon what it counts
        ("412: The number of people unaccounted for after the flood drops again", [("missing", "412")]),
        ("17: the death toll after the storm", [("deaths", "17")]),
        # a figure after a colon is no headline figure; a head the lexicon does not know says nothing
        ("Officials gave one figure: 412 people are unaccounted for", [("missing", "412")]),
        ("412: The rest of the town is quiet", []),
    ],
)
def test_a_figure_before_a_colon_is_the_count_the_head_after_it_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a, k) for _, a, k, _ in _figures(text) if a in ("missing", "deaths")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She led more than 3,000 members of the armed forces through the capital.", ("number of troops", "3000")),
        ("About 600 military personnel were deployed to the coast.", ("number of troops", "600")),
    ],
)
def test_service_members_named_by_a_long_phrase_are_troops(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(a, k) for _, a, k, _ in _figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 610 names remained on the list of people unaccounted for.", [("missing", "610")]),
        ("The count of people listed as missing now has 240 names on it.", [("missing", "240")]),
        # names on some other list are names
        ("The donors' list has 240 names.", [("number of names", "240")]),
    ],
)
def test_names_on_a_list_of_the_missing_are_the_missing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a, k) for _, a, k, _ in _figures(text)] == expected
