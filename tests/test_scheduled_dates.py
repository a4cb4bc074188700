"""Tests of the scheduled-date.v1 extractor (factcheck.extract.times.scheduled)."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import get
from factcheck.extract.times.scheduled import ScheduledDateExtractor
from factcheck.models import Claim
from tests.test_extract_dates import context

PUBLISHED = dt.date(2031, 5, 22)  # a Thursday


def _got(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str, str]]:
    found = ScheduledDateExtractor().extract(context(text, published, ()))
    return [(c.subject_key, c.attribute, c.value, c.normalized.key) for c in found]


def test_registered() -> None:
    assert get("scheduled-date.v1").id == "scheduled-date.v1"


def test_quarter_end() -> None:
    got = _got("Orrin Tools reported sales of $3 billion for the quarter ended on April 27.")
    assert got == [("company", "quarter end date", "April 27", "2031-04-27")]
    assert _got("After the first quarter ending April 29, 2031, margins rose.") == [
        ("company", "quarter end date", "April 29, 2031", "2031-04-29")
    ]


def test_dividend_payment_and_record_dates_in_one_sentence() -> None:
    got = _got("The new dividend will be paid on June 27 to shareholders as of June 10.")
    assert got == [
        ("company", "dividend payment date", "June 27", "2031-06-27"),
        ("company", "dividend record date", "June 10", "2031-06-10"),
    ]
    got = _got("Holders must own shares after market close on June 10 to receive the dividend.")
    assert got == [("company", "dividend record date", "June 10", "2031-06-10")]


def test_split_dates() -> None:
    assert _got("Its ten-for-one stock split, effective June 6, makes shares cheaper.") == [
        ("company", "stock split effective date", "June 6", "2031-06-06")
    ]
    assert _got("Trading on a split-adjusted basis will begin June 9.") == [
        ("company", "split-adjusted trading start date", "June 9", "2031-06-09")
    ]


def test_a_date_set_ahead_is_never_last_year() -> None:
    # a past-tense sentence would put a year-less June 27 in the year before; a payment date is ahead
    (got,) = _got("The board said the dividend was payable on June 27.")
    assert got[3] == "2031-06-27"


def test_no_label_or_no_needed_word_is_no_scheduled_date() -> None:
    assert _got("The dividend was announced on May 20.") == []
    assert _got("The bonus will be paid on June 27.") == []  # no dividend
    assert _got("The policy, effective June 6, covers all staff.") == []  # no split
    assert _got("The dividend comes after a long wait; trading began on June 2 for holders.") == []


def test_the_label_must_be_near_the_date() -> None:
    text = (
        "Shareholders cheered the dividend that the firm, after many delays and long talks with banks, set on June 4."
    )
    assert _got(text) == []


def test_a_year_less_day_joins_the_one_full_date_of_that_day() -> None:
    from factcheck.compare.values import group_values

    def one(text: str, published: dt.date | None, source: str) -> Claim:
        (c,) = ScheduledDateExtractor().extract(context(text, published, ()))
        return c.model_copy(update={"source_id": source})

    dated = one("Sales rose in the quarter ended April 27.", PUBLISHED, "a")
    undated = one("Sales rose in the quarter ending April 27.", None, "b")
    other = one("Sales rose in the quarter ending April 29.", None, "c")
    groups = group_values([dated, undated, other])
    assert [(g.key, [c.source_id for c in g.claims]) for g in groups] == [
        ("2031-04-27", ["a", "b"]),
        ("april 29", ["c"]),
    ]
    # two full dates of that day in different years: the year-less one is left alone
    last_year = one("Sales rose in the quarter ended April 27, 2030.", PUBLISHED, "d")
    keys = [g.key for g in group_values([dated, undated, last_year])]
    assert keys == ["2031-04-27", "april 27", "2030-04-27"]
