"""Tests of factcheck.normalize.numbers: exact values, hedges, roles, and round-trip properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalize.numbers import (
    APPROX_TOLERANCE,
    NumberMatch,
    find_numbers,
    format_number,
    intervals_agree,
    parse_number,
)

T = APPROX_TOLERANCE


def one(text: str) -> NumberMatch:
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("a 7,000-word statement", "7,000", 7000),
        ("a share of 1.2 per head", "1.2", 1.2),
        ("some 12 000 troops", "some 12 000", 12000),
        ("12\u00a0000 troops", "12\u00a0000", 12000),
        ("five thousand people", "five thousand", 5000),
        ("twenty-three people", "twenty-three", 23),
        ("a dozen eggs", "a dozen", 12),
        ("three ships", "three", 3),
        ("a hundred and five days", "a hundred and five", 105),
        ("two hundred thousand people", "two hundred thousand", 200_000),
        ("1.2 million people", "1.2 million", 1_200_000),
        ("1.5 million people", "1.5 million", 1_500_000),
        ("one million people", "one million", 1_000_000),
        ("a million people", "a million", 1_000_000),
        ("a one-day visit", "one", 1),
    ],
)
def test_values(text: str, surface: str, value: float) -> None:
    m = one(text)
    assert (m.surface, m.value) == (surface, value)
    assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$3 billion", 3e9, "USD"),
        ("2.5bn dollars", 2.5e9, "USD"),
        ("US$4.5m", 4.5e6, "USD"),
        ("€20", 20, "EUR"),
        ("£2bn", 2e9, "GBP"),
        ("300 million euros", 3e8, "EUR"),
        ("10 billion yuan", 1e10, "CNY"),
        ("USD 5 million", 5e6, "USD"),
        ("45%", 45, "%"),
        ("3.5 per cent", 3.5, "%"),
        ("forty percent", 40, "%"),
        ("2 percentage points", 2, "pp"),
        ("75 basis points", 75, "bp"),
        ("a 25-basis-point", 25, "bp"),
        ("40bp", 40, "bp"),
        ("half a percentage point", 0.5, "pp"),
        ("a quarter of a percentage point", 0.25, "pp"),
        ("three-quarters of a percentage point", 0.75, "pp"),
        ("38C", 38, "°C"),
        ("101F", 101, "°F"),
        ("35 °C", 35, "°C"),
        ("35 degrees Celsius", 35, "°C"),
        ("12 degrees", 12, "degrees"),
    ],
)
def test_money_and_percent(text: str, value: float, unit: str) -> None:
    m = one(text)
    assert (m.value, m.unit, m.surface.removeprefix("a ") if unit == "bp" else m.surface) == (
        value,
        unit,
        text.removeprefix("a ") if unit == "bp" else text,
    )


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("more than 40", "more than", 40, None),
        ("over 40", "over", 40, None),
        ("at least 12", "at least", 12, None),
        ("no fewer than 12", "no fewer than", 12, None),
        ("40 or more", "or more", 40, None),
        ("40+", "+", 40, None),
        ("up to 30", "up to", None, 30),
        ("as many as 30", "as many as", None, 30),
        ("fewer than 30", "fewer than", None, 30),
        ("under 30", "under", None, 30),
        ("about 8,000", "about", 8000 * (1 - T), 8000 * (1 + T)),
        ("roughly 8,000", "roughly", 8000 * (1 - T), 8000 * (1 + T)),
        ("around 8,000", "around", 8000 * (1 - T), 8000 * (1 + T)),
        ("some 8,000", "some", 8000 * (1 - T), 8000 * (1 + T)),
        ("an estimated 8,000", "an estimated", 8000 * (1 - T), 8000 * (1 + T)),
        ("nearly 50", "nearly", 50 * (1 - T), 50),
        ("almost 50", "almost", 50 * (1 - T), 50),
        ("just over 50", "just over", 50, 50 * (1 + T)),
    ],
)
def test_hedges(text: str, hedge: str, low: float | None, high: float | None) -> None:
    m = one(text)
    assert m.hedge == hedge
    assert m.low == pytest.approx(low) if low is not None else m.low is None
    assert m.high == pytest.approx(high) if high is not None else m.high is None
    assert m.surface == text


def test_approximate_flag() -> None:
    assert one("about 50").approximate
    assert not one("50").approximate
    assert not one("more than 50").approximate


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("tens of thousands of soldiers", 10_000, 99_999),
        ("hundreds of thousands of people", 100_000, 999_999),
        ("hundreds of people", 100, 999),
        ("thousands of people", 1000, 9999),
        ("dozens of people", 24, 144),
        ("several hundred people", 300, 900),
        ("a few thousand people", 2000, 5000),
    ],
)
def test_vague(text: str, low: float, high: float) -> None:
    m = one(text)
    assert (m.low, m.high, m.vague, m.approximate) == (low, high, True, True)
    assert m.low is not None and m.low <= m.value


def test_hedged_vague_opens_interval() -> None:
    m = one("more than tens of thousands")
    assert (m.low, m.high) == (10_000, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("their 38th meeting", 38),
        ("the 43rd floor", 43),
        ("the third time", 3),
        ("the twenty-first century", 21),
        ("its 100th day", 100),
        ("the 1st round", 1),
        ("their second meeting", 2),
        ("the twelfth", 12),
    ],
)
def test_ordinals(text: str, value: float) -> None:
    m = one(text)
    assert (m.value, m.ordinal, m.low, m.high) == (value, True, value, value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 40 and 50 people", 40, 50),
        ("40 to 50 people", 40, 50),
        ("40-50 people", 40, 50),
        ("two to three million people", 2e6, 3e6),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    m = one(text)
    assert (m.low, m.high, m.value) == (low, high, (low + high) / 2)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("In 2019 the talks failed", "year"),
        ("Copyright 2024, all rights", "year"),
        ("the 2020 election", "year"),
        ("since the 1980s", "year"),
        ("mid-2019", "year"),
        ("on May 16 they met", "date"),
        ("on 16 May they met", "date"),
        ("on Feb. 24 it began", "date"),
        ("the 16th of May", "date"),
        ("on 2024-05-16", "date"),
        ("at 10:30 local time", "time"),
        ("at 10.30pm", "time"),
        ("at 9 a.m. sharp", "time"),
        ("a 29-year-old nurse", "age"),
        ("she is 29 years old", "age"),
        ("aged 45", "age"),
        ("call (818) 359-3898 today", "phone"),
        ("call +1 818 359 3898 today", "phone"),
        ("the Power of Siberia 2 pipeline", "label"),
        ("the COVID-19 pandemic", "label"),
        ("F-16 jets", "label"),
        ("5G networks", "label"),
        ("Article 5 of the treaty", "label"),
        ("No. 10 said", "label"),
        ("10 Downing Street", "address"),
        ("Block 7C of the estate", "label"),
    ],
)
def test_non_quantities(text: str, role: str) -> None:
    assert find_numbers(text) == []
    assert role in {m.role for m in find_numbers(text, all_roles=True)}


@pytest.mark.parametrize(
    "text",
    [
        "One of the aides said",
        "the One Belt One Road plan",
        "one day he left",
        "in a second",
        "a second look",
        "They met again.",
    ],
)
def test_articles_and_pronouns_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("at a depth of 10km", 10.0), ("a 40kg sack", 40.0), ("a 6ft wall", 6.0)],
)
def test_glued_unit_abbreviations_are_quantities(text: str, value: float) -> None:
    # "10km" is a measurement printed without a space, not a label such as "5G"
    [m] = find_numbers(text)
    assert (m.value, m.role) == (value, "quantity")


@pytest.mark.parametrize("text", ["a 10m wall", "on 5g networks", "the 3D film", "gusts of 90mph", "at 90km/h"])
def test_glued_ambiguous_letters_stay_labels(text: str) -> None:
    assert find_numbers(text) == []


def test_list_numbering() -> None:
    text = "Points:\n1. The first point\n2) another"
    assert [m.role for m in find_numbers(text, all_roles=True) if not m.ordinal] == ["list", "list"]


def test_hyphenated_scale_and_mixed_scales() -> None:
    m = one("a US$1.2-trillion plan")
    assert (m.value, m.unit, m.low, m.high) == (1.2e12, "USD", 1.15e12, 1.25e12)  # rounded to its last decimal
    assert [x.value for x in find_numbers("from 1.2 million to 900,000")] == [1.2e6, 900_000]


def test_fractions_and_year_spans_are_not_quantities() -> None:
    assert find_numbers("1/3 of voters") == []
    assert [m.role for m in find_numbers("the 2010-15 period", all_roles=True)] == ["year", "year"]


def test_year_like_counts_are_quantities() -> None:
    assert one("about 2000 people attended").value == 2000
    assert one("2000 people attended").value == 2000


def test_two_numbers_in_a_row_are_split() -> None:
    assert [m.value for m in find_numbers("the two three-day visits")] == [2, 3]


def test_parse_number() -> None:
    assert parse_number("twenty-three") == 23
    assert parse_number(" $1.2bn ") == 1.2e9
    assert parse_number("7,000") == 7000
    assert parse_number("hello") is None
    assert parse_number("3 and 4") is None


def test_format_number() -> None:
    assert format_number(7000.0) == "7000"
    assert format_number(7000.0, grouping=True) == "7,000"
    assert format_number(1.25) == "1.25"
    assert format_number(6.1) == "6.1"


def test_intervals_agree() -> None:
    assert intervals_agree(40, None, 43, 43)
    assert not intervals_agree(40, None, 38, 38)
    assert intervals_agree(None, 30, 10, 10)
    assert not intervals_agree(5000, 5000, 7000, 7000)
    assert intervals_agree(7200, 8800, 8000, 8000)
    assert intervals_agree(None, None, 1, 1)
    assert intervals_agree(8000 * (1 - T), 8000 * (1 + T), 8800, 8800)


# ------------------------------------------------------------------------------------------ properties

_SMALL = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_SMALL[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS_W[n // 10] + (f"-{_SMALL[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_SMALL[n])
    return " ".join(parts)


def to_words(n: int) -> str:
    chunks = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (1, "")):
        if n >= scale:
            chunks.append((_below_thousand(n // scale) + " " + name).strip())
            n %= scale
    return " ".join(chunks)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=2, max_value=999_999_999))
def test_words_round_trip(n: int) -> None:
    assert parse_number(to_words(n)) == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([",", "\u00a0", "\u202f"]))
def test_grouped_digits_round_trip(n: int, sep: str) -> None:
    text = f"{n:,}".replace(",", sep)
    if sep != "," and n < 1000:
        text = str(n)
    m = find_numbers(f"They counted {text} ballots.", all_roles=True)
    assert [x.value for x in m] == [n]


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(["", "about ", "more than ", "nearly ", "up to ", "at least ", "some ", "fewer than "]),
    st.sampled_from(["", " million", "%"]),
)
def test_interval_contains_value(n: int, hedge: str, suffix: str) -> None:
    for m in find_numbers(f"Officials said {hedge}{n:,}{suffix} people."):
        assert (m.low is None or m.low <= m.value) and (m.high is None or m.value <= m.high)
        assert m.surface.startswith(hedge.strip() or m.surface[:1])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_never_crashes_and_spans_match(text: str) -> None:
    for m in find_numbers(text, all_roles=True):
        assert text[m.start : m.end] == m.surface


def test_context_far_into_long_text() -> None:
    text = "Filler words here. " * 50 + "They pledged more than $3 billion, between 40 and 50 firms."
    found = find_numbers(text)
    assert [(m.surface, m.unit, m.low, m.high) for m in found] == [
        ("more than $3 billion", "USD", 3e9, None),
        ("between 40 and 50", None, 40, 50),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)


# ------------------------------------------------------------------------------------------ number words


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Fifty-two people are now confirmed dead.", 52, "Fifty-two"),
        ("Four people are still missing.", 4, "Four"),
        ("Twelve people have died.", 12, "Twelve"),
        ("They found the twelve people who lost their lives.", 12, "twelve"),
        ("Three hundred and six residents signed.", 306, "Three hundred and six"),
    ],
)
def test_capitalized_and_compound_word_numbers(text: str, value: float, surface: str) -> None:
    m = one(text)
    assert (m.value, m.surface, m.low, m.high) == (value, surface, value, value)


def test_parse_words_directly() -> None:
    from factcheck.normalize.number_words import parse_words

    assert parse_words(["fifty", "two", "people"]) == (52, 2, False)
    assert parse_words(["twelfth", "edition"]) == (12, 1, True)
    assert parse_words(["dozen"]) is None  # "dozen" alone needs an article
    assert parse_words(["dozen"], article=True) == (12, 1, False)
    assert parse_words(["people"]) is None


def test_word_number_hedges() -> None:
    m = one("More than forty villages were cut off.")
    assert (m.value, m.low, m.high, m.hedge) == (40, 40, None, "more than")


@pytest.mark.parametrize(
    ("text", "role", "value", "unit"),
    [
        ("She won in 2:24:03 on Sunday.", "duration", 8643.0, "s"),
        ("a split of 1:09:12.5 at halfway", "duration", 4152.5, "s"),
        ("The blast came at 14:05:30 local time.", "time", 0.0, None),
        ("It ended at 2:05:41 a.m.", "time", 0.0, None),
        ("They paid 15 bitcoin.", "quantity", 15.0, "BTC"),
        ("a fee of 3 BTC", "quantity", 3.0, "BTC"),
    ],
)
def test_durations_and_crypto(text: str, role: str, value: float, unit: str | None) -> None:
    [m] = find_numbers(text, all_roles=True)
    assert (m.role, m.value, m.unit) == (role, value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("profit of Dh412 million", "Dh412 million", 412e6, "AED"),
        ("a bill of AED 2.13 billion", "AED 2.13 billion", 2.13e9, "AED"),
        ("paid 5 billion riyals", "5 billion riyals", 5e9, "SAR"),
        ("costing 10 million zlotys a day", "10 million zlotys", 1e7, "PLN"),
        ("a Dhs40m deal", "Dhs40m", 4e7, "AED"),
        ("priced at 12,000 Kč", "12,000 Kč", 12000.0, "CZK"),
    ],
)
def test_more_currencies(text: str, surface: str, value: float, unit: str) -> None:
    [n] = find_numbers(text)
    assert (text[n.start : n.end], n.value, n.unit) == (surface, value, unit)


def test_a_change_and_a_level_in_other_units_are_no_range() -> None:
    got = [(n.low, n.high, n.unit) for n in find_numbers("net profit rose 9% to 412 million dirhams")]
    assert got == [(9.0, 9.0, "%"), (412e6, 412e6, "AED")]


def test_letters_glued_to_a_figure_are_no_currency() -> None:
    assert find_numbers("model XDh4 and B12") == []


def test_a_scaled_decimal_is_rounded_to_its_last_digit() -> None:
    (a,) = find_numbers("revenue of 2.1 billion euros")
    (b,) = find_numbers("revenue of 2.13 billion euros")
    (c,) = find_numbers("a fee of 42 million euros")
    assert (a.low, a.high) == (2.05e9, 2.15e9)
    assert intervals_agree(a.low, a.high, b.low, b.high)
    assert (c.low, c.high) == (42e6, 42e6)


# ---------------------------------------------------------------- "2, 200": a separator with a stray space


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the flood destroyed 3, 400 homes", [("3, 400", 3400.0)]),
        ("about 12, 500 homes, 30 cars", [("about 12, 500", 12500.0), ("30", 30.0)]),
        # a day of a month, then a count: two figures
        ("On June 14, 300 homes flooded", [("300", 300.0)]),
        ("by Friday, 120 homes flooded", [("120", 120.0)]),
        # items of a list stay apart
        ("rooms 4, 5, 600 and", [("4", 4.0), ("5", 5.0), ("600", 600.0)]),
        # more than three digits after the comma is no thousands group
        ("in 12, 3000 homes", [("12", 12.0), ("3000", 3000.0)]),
    ],
)
def test_spaced_thousands_separator(text: str, expected: list[tuple[str, float]]) -> None:
    found = [(m.surface, m.value) for m in find_numbers(text) if m.role == "quantity"]
    assert found == expected


@given(st.integers(min_value=1000, max_value=999_999))
@settings(max_examples=200, deadline=None)
def test_spaced_thousands_reads_like_the_comma_form(n: int) -> None:
    spaced = f"the storm destroyed {n // 1000}, {n % 1000:03d} homes"
    plain = f"the storm destroyed {n // 1000},{n % 1000:03d} homes"
    assert [m.value for m in find_numbers(spaced)] == [m.value for m in find_numbers(plain)] == [float(n)]


@given(st.sampled_from(["January", "March", "Sept.", "Monday", "Sunday"]), st.integers(1, 28), st.integers(100, 999))
@settings(max_examples=100, deadline=None)
def test_spaced_thousands_never_joins_a_day_and_a_count(month: str, day: int, count: int) -> None:
    values = [m.value for m in find_numbers(f"On {month} {day}, {count} people fled") if m.role == "quantity"]
    assert float(day * 1000 + count) not in values


# ---------------------------------------------------------------- "49,51%": a decimal comma before a percent


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("the party won 38,72% of the vote", "38,72%", 38.72),
        ("a share of 5,7 per cent", "5,7 per cent", 5.7),
        ("prices rose 2,5 percent", "2,5 percent", 2.5),
        ("a 1,234% rise", "1,234%", 1234.0),  # three digits: a thousands group
    ],
)
def test_decimal_comma_before_a_percent(text: str, surface: str, value: float) -> None:
    found = [m for m in find_numbers(text) if m.unit == "%"]
    assert [(m.surface, m.value) for m in found] == [(surface, value)]


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99))
@settings(max_examples=200, deadline=None)
def test_decimal_comma_percent_reads_like_the_point_form(whole: int, hundredths: int) -> None:
    comma = find_numbers(f"the list took {whole},{hundredths:02d}% of the vote")
    point = find_numbers(f"the list took {whole}.{hundredths:02d}% of the vote")
    assert [(m.value, m.unit) for m in comma] == [(m.value, m.unit) for m in point]
