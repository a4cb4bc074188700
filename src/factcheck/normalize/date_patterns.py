"""The vocabulary and patterns of :mod:`factcheck.normalize.dates`: month and weekday names, count words,
and one regular expression per kind of date phrase (ISO, month-day-year, day-month-year, weekday, day
word, "N weeks ago", "last month", bare year, clock time, clock word: "midday", "noon", "midnight").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from factcheck.normalize.zones import AMPM_PATTERN, HHMM_ZONE_PATTERN, ZONE_PATTERN

__all__ = [
    "CLOCK_WORDS",
    "CLOCK_WORD_PATTERN",
    "MONTHS",
    "PATTERNS",
    "WEEKDAYS",
    "YEAR_CUE",
    "count",
    "count_noun_follows",
    "may_match",
]


# ---------------------------------------------------------------- vocabulary

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9})
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}


# Clock times written as words, and the hour each stands for ("midnight" starts the day).
CLOCK_WORDS: dict[str, int] = {"midday": 12, "noon": 12, "midnight": 0}
CLOCK_WORD_PATTERN = "(?i:" + "|".join(CLOCK_WORDS) + ")"


def _names(words: list[str]) -> str:
    """Title-case and upper-case forms, longest first (month and weekday names are capitalized)."""
    return "|".join(sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=len, reverse=True))


_MONTH = rf"(?:{_names(list(MONTHS))})\b\.?"
_WEEKDAY = rf"(?:{_names(list(WEEKDAYS))})"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_NUMBER = r"(?i:\d{1,3}|a\s+couple\s+of|a\s+few|several|" + "|".join(sorted(_NUMBER_WORDS, key=len)[::-1]) + ")"
_PLURAL_NOUN = re.compile(r"\s+(?:people\b|[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\b)")
# Words in -s after a number that are no plural noun: function words, and verbs whose subject is the date
# ("a runoff on May 28 appears likely", "June 4 marks a year since").
_NOT_PLURAL = frozenset(
    """was has does this thus its his hers ours always
    appears seems remains looks marks becomes means comes begins ends falls""".split()  # noqa: SIM905
)


def count(word: str) -> int | None:
    """The number a count word stands for; ``None`` for vague counts ("a few", "several")."""
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else 2 if word == "a couple of" else _NUMBER_WORDS.get(word)


def count_noun_follows(text: str, end: int) -> bool:
    """True when a number is followed by a plural noun ("2000 troops"): a count, not a day or year."""
    m = _PLURAL_NOUN.match(text, end)
    return m is not None and m[0].strip() not in _NOT_PLURAL


# ---------------------------------------------------------------- patterns

_DAY_RANGE = r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"\b{_YEAR}-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"{_DAY_RANGE}(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_DAY_RANGE}"
            rf"\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    ("month-year", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?{_YEAR}\b")),
    (
        "weekday",
        re.compile(
            rf"(?<!Good )(?<!Black )(?<!Cyber )\b(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?"
            rf"(?P<wd>{_WEEKDAY})\b"
        ),
    ),
    (
        "day-word",
        re.compile(
            r"\b(?P<word>(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))\b"
        ),
    ),
    (
        "count",
        re.compile(
            rf"\b(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year|decade)s?\s+"
            r"(?P<dir>ago|earlier|later|before|after|previously|prior)\b"
        ),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<which>(?i:earlier\s+this|later\s+this|last|next|this|coming|previous|past|following))"
            r"\s+(?P<unit>week|month|year|weekend)\b"
        ),
    ),
    (
        "other-day",
        re.compile(r"\b(?i:the\s+(?:previous|next|following)\s+day|the\s+day\s+(?:before|after))\b"),
    ),
    ("year", re.compile(r"(?<![\d,.$£€])(?P<year>(?:19|20)\d{2})(?![\d%]|,\d|\.\d|-\d|\w)")),
    (
        "time",
        re.compile(
            # h:mm:ss is a duration (a race time "2:05:41", a split "1:02:30"), never a clock time here.
            rf"(?<![\d:.])\b(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)(?![\d]|[:.]\d)"
            rf"(?:\s*{AMPM_PATTERN})?(?:\s*\(?{ZONE_PATTERN})?"
        ),
    ),
    # With seconds, a clock time only when a zone or a.m./p.m. says so ("10:45:00 GMT").
    (
        "time",
        re.compile(
            rf"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?P<secs>:[0-5]\d)(?!\d)"
            rf"(?:\s*{AMPM_PATTERN})?(?:\s*\(?{ZONE_PATTERN})?"
        ),
    ),
    ("time", re.compile(rf"\b(?P<h>1[0-2]|0?[1-9])\s*{AMPM_PATTERN}(?:\s*\(?{ZONE_PATTERN})?")),
    # "in 2024 EST" is a year: a four-digit clock never follows a preposition of years.
    (
        "time",
        re.compile(
            r"(?<!\b[Ii]n )(?<!\b[Ss]ince )(?<!\b[Bb]y )"
            rf"\b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:hours\s+)?{HHMM_ZONE_PATTERN}"
        ),
    ),  # "at midday", "shortly before midnight": a clock time written as a word ("noon" alone: "afternoon" is
    # no clock time, and the word boundary keeps it out).
    ("time", re.compile(rf"\b(?P<word>{CLOCK_WORD_PATTERN})\b(?:\s*\(?{ZONE_PATTERN})?")),
)

# What the text of each pattern of PATTERNS holds wherever it matches (a necessary condition, searched
# before the pattern): a pattern tries its alternations at every word of a sentence, and most sentences
# of a table or a long page hold no month name, weekday or clock time (issue 12). Patterns with
# case-insensitive words are always searched in text that is not ASCII (letters such as the Kelvin sign
# match ASCII letters there without being lowered to them).
_ANY_MONTH = re.compile(_names(list(MONTHS)))
_ANY_WEEKDAY = re.compile(_names(list(WEEKDAYS)))
_CLOCK = re.compile(r"\d[:.][0-5]\d")
_CLOCK_SECONDS = re.compile(r"\d:[0-5]\d:[0-5]\d")
_HOUR_AMPM = re.compile(r"\d\s*[AaPp]")
# A four-digit clock before a zone: the zones of HHMM_ZONE_PATTERN are upper-case abbreviations.
_HHMM_ZONE = re.compile(r"\d{4}\s*(?:hours\s+)?[A-Z]")


def _any(words: tuple[str, ...], lower: bool = False) -> Callable[[str], bool]:
    def may(text: str) -> bool:
        if lower and not text.isascii():
            return True
        seen = text.lower() if lower else text
        return any(w in seen for w in words)

    return may


def _found(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: pattern.search(text) is not None


_MAY_MATCH: dict[str, Callable[[str], bool]] = {
    "iso": _any(("-",)),
    "mdy": _found(_ANY_MONTH),
    "dmy": _found(_ANY_MONTH),
    "month-year": _found(_ANY_MONTH),
    "weekday": _found(_ANY_WEEKDAY),
    "day-word": _any(("yesterday", "today", "tonight", "tomorrow", "night", "this"), lower=True),
    "count": _any(("ago", "earlier", "later", "before", "after", "previously", "prior")),
    "period": _any(("week", "month", "year")),
    "other-day": _any(("day",), lower=True),
    "year": _any(("19", "20")),
}
_MAY_MATCH_TIME = (
    _found(_CLOCK),
    _found(_CLOCK_SECONDS),
    _found(_HOUR_AMPM),
    _found(_HHMM_ZONE),
    _any(tuple(CLOCK_WORDS), lower=True),
)


def may_match(text: str) -> list[bool]:
    """For each pattern of PATTERNS, in order: False only when it cannot match anywhere in ``text``."""
    times = iter(_MAY_MATCH_TIME)
    return [(_MAY_MATCH[name] if name != "time" else next(times))(text) for name, _ in PATTERNS]


# Words before a bare year that make it a year and not a count ("in 2022", "mid-2019", "the 2022 deal").
YEAR_CUE = re.compile(
    r"\b(?i:in|since|from|until|till|by|during|of|before|after|through|throughout|between|and|or|to|"
    r"early|late|mid|the|its|their|end|start|beginning|spring|summer|autumn|fall|winter)\W{1,2}$"
)
