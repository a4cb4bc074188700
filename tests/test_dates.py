"""Tests of factcheck.normalize.dates: finding and resolving date and time phrases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalize.dates import (
    DateMatch,
    clause_tense,
    find_dates,
    resolve_weekday,
    tense_of,
    zone_offset,
)

FRI = dt.date(2024, 5, 17)  # a Friday
THU = dt.date(2024, 5, 16)
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]  # fmt: skip
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 6: "six", 10: "ten", 12: "twelve"}
PROPERTY = settings(max_examples=150, deadline=None)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


def only(text: str, published: dt.date | None, tense: str | None = None) -> DateMatch:
    found = find_dates(text, published, tense)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed on 2023-03-21 in the capital.",
        "The accord was signed on March 21, 2023 in the capital.",
        "The accord was signed on March 21st 2023 in the capital.",
        "The accord was signed on 21 March 2023 in the capital.",
        "The accord was signed on the 21st of March, 2023 in the capital.",
        "The accord was signed on Tuesday, March 21, 2023 in the capital.",
        "The accord was signed on Mar. 21, 2023 in the capital.",
        "The accord was signed on MARCH 21, 2023 in the capital.",
    ],
)
def test_absolute_forms(text: str) -> None:
    m = only(text, FRI)
    assert (m.kind, m.date, m.year, m.month) == ("absolute", dt.date(2023, 3, 21), 2023, 3)
    assert m.past_reference is True
    assert text[m.start : m.end] == m.surface
    assert "does not match" not in m.note


def test_absolute_without_publication_date_still_resolves() -> None:
    m = only("Voting closed on 4 June 2024.", None)
    assert (m.kind, m.date, m.note, m.past_reference) == ("absolute", dt.date(2024, 6, 4), "absolute date", False)


def test_weekday_that_contradicts_the_date_is_noted() -> None:
    m = only("It happened on Monday, March 21, 2023.", FRI)
    assert m.date == dt.date(2023, 3, 21)
    assert m.note == "absolute date; the weekday Monday does not match 2023-03-21 (a Tuesday)"


def test_day_range_takes_the_first_day() -> None:
    assert only("The visit ran 16-17 May 2024.", FRI).date == THU


def test_invalid_calendar_dates_are_not_dates() -> None:
    assert find_dates("Filed on February 30, 2023 and 2023-13-01.", FRI) == []
    assert find_dates("It fell on February 29 last year.", dt.date(2023, 5, 1))[0].surface == "last year"


# ---------------------------------------------------------------- month-day without a year


def test_month_day_takes_the_publication_year() -> None:
    m = only("The leaders met on May 16 in the capital.", FRI)
    assert (m.kind, m.date, m.note) == ("month-day", THU, "year 2024 taken from the publication date 2024-05-17")
    assert m.past_reference is False


def test_month_day_after_publication_in_past_tense_is_last_year() -> None:
    m = only("The ministers met on February 24 to sign it.", dt.date(2024, 2, 10))
    assert m.date == dt.date(2023, 2, 24)
    assert m.note == "previous year 2023: past tense and 2024-02-24 is after the publication date 2024-02-10"
    assert m.past_reference is True


def test_month_day_before_publication_in_future_tense_is_next_year() -> None:
    m = only("The summit will open on January 5.", dt.date(2024, 12, 20))
    assert m.date == dt.date(2025, 1, 5)


def test_month_day_without_publication_date_is_unresolved() -> None:
    m = only("The talks were held on May 16.", None)
    assert (m.kind, m.date, m.year, m.month) == ("month-day", None, None, 5)
    assert m.note == "unresolved: no publication date to give the year of May 16"


def test_may_before_a_count_is_not_a_date() -> None:
    assert find_dates("In May 16 people were hurt.", FRI) == []
    assert find_dates("You may 16 times ask.", FRI) == []


# ---------------------------------------------------------------- weekdays


def test_past_weekday_on_publication_day_is_that_day() -> None:
    m = only("On Thursday, the two leaders signed a pact.", THU)
    assert (m.kind, m.surface, m.date, m.weekday) == ("weekday", "Thursday", THU, "Thursday")
    assert m.note == "weekday resolved to the most recent Thursday on or before the publication date 2024-05-16"


def test_past_weekday_the_day_after() -> None:
    m = only("On Thursday, the two leaders signed a pact.", FRI)
    assert m.date == THU
    assert m.note == "weekday resolved to the most recent Thursday on or before the publication date 2024-05-17"


def test_future_weekday_is_on_or_after_publication() -> None:
    assert only("She is expected to fly out on Thursday.", FRI).date == dt.date(2024, 5, 23)
    assert only("The premier prepares to speak on Friday with rivals.", FRI).date == FRI


def test_weekday_without_publication_date_keeps_the_name() -> None:
    m = only("On Thursday, they signed a pact.", None)
    assert (m.date, m.weekday, m.year) == (None, "Thursday", None)
    assert m.note == "unresolved: no publication date; weekday Thursday kept"


def test_last_and_next_weekday() -> None:
    assert only("They met last Friday.", FRI).date == dt.date(2024, 5, 10)
    assert only("They will meet next Friday.", FRI).date == dt.date(2024, 5, 24)


def test_present_tense_weekday_is_the_nearest() -> None:
    assert only("The envoy arrives on Wednesday.", FRI).date == dt.date(2024, 5, 15)
    assert only("The envoy arrives on Monday.", FRI).date == dt.date(2024, 5, 20)


def test_clause_tense_wins_over_sentence_tense() -> None:
    found = find_dates("The envoy, who met the king on Tuesday, will leave on Sunday.", FRI)
    assert [(m.surface, m.date) for m in found] == [("Tuesday", dt.date(2024, 5, 14)), ("Sunday", dt.date(2024, 5, 19))]


def test_holiday_names_are_not_weekdays() -> None:
    assert find_dates("Shops opened on Black Friday and closed on Good Friday.", FRI) == []


def test_resolve_weekday() -> None:
    assert resolve_weekday("Thursday", FRI, "past") == THU
    assert resolve_weekday("thursday", FRI, "future") == dt.date(2024, 5, 23)
    assert resolve_weekday("Thursday", None, "past") is None
    assert resolve_weekday("Someday", FRI, "past") is None


@PROPERTY
@given(published=dates, weekday=st.integers(0, 6))
def test_weekday_resolution_property(published: dt.date, weekday: int) -> None:
    past = resolve_weekday(WEEKDAY_NAMES[weekday], published, "past")
    future = resolve_weekday(WEEKDAY_NAMES[weekday], published, "future")
    assert past is not None and future is not None
    assert past.weekday() == weekday and 0 <= (published - past).days <= 6
    assert future.weekday() == weekday and 0 <= (future - published).days <= 6


# ---------------------------------------------------------------- relative phrases


@pytest.mark.parametrize(
    ("text", "expected", "past_reference"),
    [
        ("Officials said yesterday that it ended.", dt.date(2024, 5, 16), False),
        ("The ceremony was held today.", FRI, False),
        ("The fire spread last night.", dt.date(2024, 5, 16), False),
        ("Rescuers will return tomorrow.", dt.date(2024, 5, 18), False),
        ("It was only six weeks ago that they met.", dt.date(2024, 4, 5), True),
        ("The two met 3 days ago.", dt.date(2024, 5, 14), False),
        ("The two met a week ago.", dt.date(2024, 5, 10), True),
    ],
)
def test_relative_days(text: str, expected: dt.date, past_reference: bool) -> None:
    m = only(text, FRI)
    assert (m.kind, m.date, m.past_reference) == ("relative", expected, past_reference)


def test_relative_periods() -> None:
    found = find_dates("Last year and last month and last week prices rose; next week they fall.", FRI)
    got = [(m.surface, m.date, m.year, m.month, m.past_reference) for m in found]
    assert got == [
        ("Last year", None, 2023, None, True),
        ("last month", None, 2024, 4, True),
        ("last week", None, 2024, None, True),
        ("next week", None, 2024, None, False),
    ]
    assert found[2].note == "last week: the week starting 2024-05-06"


def test_relative_to_another_event_is_unresolved() -> None:
    m = only("Two days earlier, troops had crossed the river.", FRI)
    assert (m.kind, m.date, m.past_reference) == ("relative", None, False)
    assert m.note == "unresolved: counted from another event, not from publication"
    assert only("The day before, the ministers met.", FRI).date is None


def test_relative_without_publication_date() -> None:
    m = only("It was only six weeks ago that they met.", None)
    assert (m.date, m.past_reference, m.note) == (None, True, "unresolved: no publication date")
    assert only("They met a few days ago.", FRI).note == "unresolved: no exact count"


def test_months_and_years_ago() -> None:
    m = only("They met two months ago.", dt.date(2024, 1, 10))
    assert (m.date, m.year, m.month, m.past_reference) == (None, 2023, 11, True)
    assert only("They met ten years ago.", FRI).year == 2014


@PROPERTY
@given(published=dates, n=st.integers(1, 60), unit=st.sampled_from(["day", "week"]), words=st.booleans())
def test_count_ago_property(published: dt.date, n: int, unit: str, words: bool) -> None:
    count = NUMBER_WORDS.get(n, str(n)) if words else str(n)
    m = only(f"The ministers met {count} {unit}{'s' if n > 1 else ''} ago.", published)
    assert m.date == published - dt.timedelta(days=n * (7 if unit == "week" else 1))


# ---------------------------------------------------------------- years


def test_bare_years() -> None:
    found = find_dates("In 2019 the ties grew, and the 2024 accord followed; since 2022 little changed.", FRI)
    assert [(m.surface, m.kind, m.year, m.past_reference) for m in found] == [
        ("2019", "year", 2019, True),
        ("2024", "year", 2024, False),
        ("2022", "year", 2022, True),
    ]


def test_numbers_that_look_like_years_are_not_years() -> None:
    assert find_dates("Some 2000 soldiers and 1,950 police came; 2010 is a count of 2015 people.", FRI) == []


def test_month_year() -> None:
    m = only("Xu visited in March 2023.", FRI)
    assert (m.kind, m.year, m.month, m.date, m.past_reference) == ("year", 2023, 3, None, True)


@PROPERTY
@given(day=dates, form=st.sampled_from(["mdy", "dmy", "iso"]), published=st.none() | dates)
def test_format_then_parse_property(day: dt.date, form: str, published: dt.date | None) -> None:
    month = MONTH_NAMES[day.month - 1]
    text = {"mdy": f"{month} {day.day}, {day.year}", "dmy": f"{day.day} {month} {day.year}", "iso": day.isoformat()}
    m = only(f"The pact was signed on {text[form]}.", published)
    assert (m.kind, m.date, m.surface) == ("absolute", day, text[form])


# ---------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("text", "clock", "offset_hours"),
    [
        ("The quake hit at 11:45 pm local time.", dt.time(23, 45), None),
        ("The quake hit at 03:10 GMT.", dt.time(3, 10), 0.0),
        ("The quake hit at 10 p.m. EST.", dt.time(22, 0), -5.0),
        ("The quake hit at 0310 GMT.", dt.time(3, 10), 0.0),
        ("The quake hit at 9:05 a.m. (CEST).", dt.time(9, 5), 2.0),
        ("The quake hit at 14:30 +05:30.", dt.time(14, 30), 5.5),
        ("The quake hit at 12 am JST.", dt.time(0, 0), 9.0),
        ("The quake hit at 7.30pm BST.", dt.time(19, 30), 1.0),
        ("The quake hit at 18:00 UTC+3.", dt.time(18, 0), 3.0),
        ("The dam gave way at midnight.", dt.time(0, 0), None),
        ("The parade set off at noon GMT.", dt.time(12, 0), 0.0),
        ("Midday came and the bells rang out.", dt.time(12, 0), None),
    ],
)
def test_times(text: str, clock: dt.time, offset_hours: float | None) -> None:
    m = only(text, FRI)
    assert (m.kind, m.time, m.date) == ("time", clock, None)
    assert (None if m.utc_offset is None else m.utc_offset.total_seconds() / 3600) == offset_hours


def test_time_notes() -> None:
    assert only("It hit at 10 p.m. EST.", FRI).note == "time 22:00 EST (UTC-05:00)"
    assert only("It hit at 11:45 pm local time.", FRI).note == "time 23:45 local time (zone not stated)"
    assert zone_offset("ET") == (None, " ET (ambiguous zone: offset unknown)")


def test_a_clock_word_inside_another_word_is_no_time() -> None:
    assert find_dates("The afternoon rally drew a crowd of middays and noonday walkers.", FRI) == []


@given(st.sampled_from(["midday", "Midday", "MIDNIGHT", "noon", "Noon"]), st.sampled_from(["", " GMT", " local time"]))
def test_clock_words_property(word: str, zone: str) -> None:
    m = only(f"The storm broke at {word}{zone} over the bay.", FRI)
    assert m.kind == "time"
    assert m.time == dt.time(0 if word.lower() == "midnight" else 12, 0)
    assert m.surface == f"{word}{zone}"


def test_decimals_are_not_times() -> None:
    assert find_dates("The index rose 3.50 points and 13:60 is no time.", FRI) == []


# ---------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The two leaders signed a statement.", "past"),
        ("It was only a month ago that they met.", "past"),
        ("The president will travel to the capital.", "future"),
        ("The premier prepares to speak with rivals.", "future"),
        ("The talks are expected to end soon.", "future"),
        ("She plans to visit the region next week.", "future"),
        ("The relationship is based on trust.", "present"),
        ("The leaders sit down together.", "present"),
    ],
)
def test_tense_of(sentence: str, tense: str) -> None:
    assert tense_of(sentence) == tense


def test_clause_tense() -> None:
    text = "The envoy, who met the king on Tuesday, will leave on Sunday."
    assert clause_tense(text, text.index("Tuesday"), text.index("Tuesday") + 7) == "past"
    assert clause_tense(text, text.index("Sunday"), text.index("Sunday") + 6) == "future"


def test_explicit_tense_overrides_cues() -> None:
    assert only("They met on Thursday.", FRI, tense="future").date == dt.date(2024, 5, 23)


def test_year_followed_by_a_comma_is_a_year() -> None:
    (m,) = find_dates("In 2023, the two leaders met in Paris.", dt.date(2025, 3, 15))
    assert (m.kind, m.year, m.past_reference) == ("year", 2023, True)


@pytest.mark.parametrize("text", ["She won in 2:11:09 after a slow start.", "The split at halfway was 1:04:55."])
def test_h_mm_ss_is_a_duration_not_a_clock_time(text: str) -> None:
    assert [m for m in find_dates(text, FRI) if m.kind == "time"] == []


def test_h_mm_ss_with_a_zone_is_a_clock_time_and_new_zone_names() -> None:
    (m,) = find_dates("The outage began at 07:15:30 GMT.", FRI)
    assert (m.time, m.utc_offset) == (dt.time(7, 15), dt.timedelta(0))
    (m,) = find_dates("The alarm sounded at 6:20 p.m. ADT.", FRI)
    assert (m.time, m.utc_offset) == (dt.time(18, 20), dt.timedelta(hours=-3))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 9), st.integers(0, 59), st.integers(0, 59))
def test_no_race_time_is_read_as_a_clock_time(h: int, m: int, s: int) -> None:
    text = f"He finished in {h}:{m:02d}:{s:02d} on the day."
    assert [d for d in find_dates(text, FRI) if d.kind == "time"] == []


def test_a_verb_after_a_month_day_is_no_counted_noun() -> None:
    # "May 28 appears" is a date that is the subject of a verb; "March 12 people" stays a count
    assert [m.surface for m in find_dates("A second round on May 28 appears likely.", None)] == ["May 28"]
    assert [m.surface for m in find_dates("June 4 marks a year since the flood.", None)] == ["June 4"]
    assert [m.surface for m in find_dates("In March 12 people died.", None)] == []
