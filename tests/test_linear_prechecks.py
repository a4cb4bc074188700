"""Issue 12: the shortcuts taken before costly work (a sentence splitter not run on a line it cannot split,
patterns not searched where they cannot match) give what the full work gives, on generated inputs."""

from __future__ import annotations

import re

import syntok.segmenter as syntok_segmenter
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.limits import may_end_with
from factcheck.normalize import number_patterns as pat
from factcheck.normalize.date_patterns import PATTERNS, may_match
from factcheck.normalize.dates import find_dates
from factcheck.segment import _syntok_spans, segment

# Characters syntok treats specially (terminals, brackets, quotes, hyphens, apostrophes, whitespace it
# does or does not count as such, the zero-width space) among ordinary ones.
CHUNK_CHARS = "ab AZ09-_'’,:;.!?()[]\"“”\t\n\u200b\u00a0\u2009\x1c#$%…"
PIECES = st.sampled_from([*CHUNK_CHARS, "Mr", "U.S", "1,000", "2:05:31", "  ", "Gov.", "don't"])


def _syntok(chunk: str) -> list[tuple[int, int]]:
    return [
        (sent[0].offset, sent[-1].offset + len(sent[-1].value))
        for para in syntok_segmenter.analyze(chunk)
        for sent in para
        if sent
    ]


@settings(max_examples=400)
@given(st.lists(PIECES, max_size=16).map("".join))
def test_sentence_spans_are_syntoks_whether_or_not_syntok_runs(chunk: str) -> None:
    assert _syntok_spans(chunk) == _syntok(chunk)


def test_a_table_row_is_one_sentence_without_running_syntok() -> None:
    row = "7  Ann Obi  Peru  2:05:31  40 points \u200b"
    assert _syntok_spans(row) == _syntok(row) == [(0, len(row))]
    assert [s.text for s in segment("Results\n1  Ann Obi  Peru  2:05:31\n2  Lena Park  Japan  2:06:02\n")] == [
        "Results",
        "1  Ann Obi  Peru  2:05:31",
        "2  Lena Park  Japan  2:06:02",
    ]


DATE_PIECES = st.sampled_from(
    [" ", "-", ":", ".", ",", "1", "9", "0", "2", "5", "19", "20", "2023", "12:30", "10:45:00", "pm", "a.m.", "GMT",
     "Z", "0941", "EDT", "hours",
     "May", "Sept", "JUNE", "Monday", "FRIDAY", "last", "this", "morning", "Night", "today", "TODAY", "ago",
     "weeks", "month", "years", "the", "previous", "day", "DAY", "of", "\u212a", "\u017f", "é", "th", "s"]
)  # fmt: skip


@settings(max_examples=600)
@given(st.lists(DATE_PIECES, max_size=12).map("".join))
def test_a_date_pattern_skipped_by_its_precheck_finds_nothing(text: str) -> None:
    for (name, pattern), may in zip(PATTERNS, may_match(text), strict=True):
        if not may:
            assert pattern.search(text) is None, name


def test_date_prechecks_skip_a_table_row_but_not_a_dated_sentence() -> None:
    assert not any(may_match("7  Lena Obi  Peru  40 votes"))
    text = "On Monday, May 5, 2023 at 10 pm, three days ago"
    assert [d.surface for d in find_dates(text, None)] == ["Monday, May 5, 2023", "10 pm", "three days ago"]


BEFORE_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\u2009", ".", "#", "-", "a", "Z", "s", "h", "R", "$", "US$", "€", "Rs", "Dh", "Dhs", "SR",
     "QR", "USD", "KES", "No", "Nos", "number", "Number", "Flight", "flight", "ROOM", "Unit", "item", "mid",
     "about", "More than", "AN ESTIMATED", "some", "up to", "well", "\u212a", "é"]
)  # fmt: skip
LABEL_ALTERNATIVES = re.findall(r"\[(\w)(\w)\](\w+)|(?<=[(|])([A-Z][a-z]+)(?=[|)])", pat.LABEL_BEFORE.pattern)


@settings(max_examples=800)
@given(st.lists(BEFORE_PIECES, max_size=8).map("".join))
def test_number_look_behinds_skipped_by_their_prechecks_find_nothing(before: str) -> None:
    if not pat.may_end_with_currency(before):
        assert pat.CURRENCY_BEFORE.search(before) is None
    if not pat.may_end_with_label(before):
        assert pat.LABEL_BEFORE.search(before) is None
    if not may_end_with(before, pat.HEDGE_ENDS):
        assert pat.HEDGE_BEFORE.search(before) is None


def test_every_label_word_of_the_pattern_passes_the_label_precheck() -> None:
    words = [a + c or d for a, _, c, d in LABEL_ALTERNATIVES] + [b + c for _, b, c, _ in LABEL_ALTERNATIVES if b]
    assert len(words) > 30
    for word in words:
        for before in (f"the {word} ", f"{word}. ", f"{word}"):
            assert pat.LABEL_BEFORE.search(before) is not None
            assert pat.may_end_with_label(before), before
    assert not pat.may_end_with_label("Ann Obi  Peru  ")
    assert not pat.may_end_with_currency("Ann Obi  Peru  ")
    assert pat.may_end_with_currency("KES ") and pat.may_end_with_currency("US$")


NUMBER_PIECES = st.sampled_from(
    [" ", "1", "12", "2023", "-", "/", ".", ":", "05", "59", "(", ")", "+", "h", "am", "p.m.", "o'clock", "GMT",
     "hrs", "aged", "May", "June", "Sept", "of", "th", "\u0663", "\u2009"]
)  # fmt: skip


@settings(max_examples=800)
@given(st.lists(NUMBER_PIECES, max_size=10).map("".join))
def test_a_non_quantity_pattern_skipped_by_its_precheck_finds_nothing(text: str) -> None:
    for (role, pattern), may in zip(pat.NON_QUANTITY, pat.NON_QUANTITY_MAY, strict=True):
        if may.search(text) is None:
            assert pattern.search(text) is None, role
