"""Dates and times in news text, resolved against the article's publication date.

What: :func:`find_dates` finds absolute dates ("May 16, 2024", "16 May 2024", "2024-05-16"),
month-days ("on May 16"), weekdays ("on Thursday"), relative phrases ("yesterday", "six weeks ago",
"last year"), years ("in 2022", "March 2023") and clock times with zones ("03:10 GMT"), and resolves
each to a calendar day where the publication date allows it, with a note saying how (or why not).
Why: news dates its events relative to the day it is published; two articles can only agree on a
date once both are resolved, and "six weeks ago" or "in 2019" marks an earlier event, not the news.
Example: ``find_dates("On Thursday, they signed a pact.", date(2024, 5, 17))[0].date`` is
``date(2024, 5, 16)``, noted "weekday resolved to the most recent Thursday on or before the
publication date 2024-05-17".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from factcheck.normalize.date_patterns import (
    CLOCK_WORDS,
    MONTHS,
    PATTERNS,
    WEEKDAYS,
    YEAR_CUE,
    count,
    count_noun_follows,
    may_match,
)
from factcheck.normalize.tense import Tense, clause_tense, tense_of
from factcheck.normalize.zones import ZONE_OFFSETS, zone_offset

__all__ = [
    "MONTHS",
    "PAST_REFERENCE_MIN_DAYS",
    "WEEKDAYS",
    "ZONE_OFFSETS",
    "DateMatch",
    "Kind",
    "Tense",
    "clause_tense",
    "find_dates",
    "resolve_weekday",
    "tense_of",
    "zone_offset",
]

Kind = Literal["absolute", "month-day", "weekday", "relative", "year", "time"]

# News reports its own event within a few days; a phrase pointing a week or more before publication
# names an earlier event ("six weeks ago", "last month"), not the article's news.
PAST_REFERENCE_MIN_DAYS = 7
# Present tense ("Putin arrives on Thursday"): the nearer of the previous and the coming weekday; up to
# this many days back counts as the previous one (the week split in two halves around publication).
PRESENT_WEEKDAY_MAX_BACK = 3
# Present tense month-day without a year: the nearest year, i.e. at most half a year away.
HALF_YEAR_DAYS = 183


@dataclass(frozen=True)
class DateMatch:
    """One date or time phrase of a text, resolved where possible."""

    start: int
    end: int
    surface: str
    kind: Kind
    date: dt.date | None  # the resolved calendar day
    year: int | None
    note: str  # how it was resolved, or "unresolved: ..." and why not
    past_reference: bool = False  # points before the article's news ("six weeks ago", "in 2019")
    month: int | None = None
    weekday: str | None = None  # "Thursday" when the phrase names a weekday
    time: dt.time | None = None
    utc_offset: dt.timedelta | None = None  # times whose zone is known


# ---------------------------------------------------------------- resolution


def _match(
    m: re.Match[str], kind: Kind, day: dt.date | None, year: int | None, note: str, past: bool = False,
    month: int | None = None, weekday: str | None = None,
) -> DateMatch:  # fmt: skip
    return DateMatch(m.start(), m.end(), m[0], kind, day, year, note, past, month, weekday)


def _is_past_reference(day: dt.date, published: dt.date | None) -> bool:
    return published is not None and (published - day).days >= PAST_REFERENCE_MIN_DAYS


def _weekday_resolution(weekday: int, published: dt.date, tense: Tense, mod: str) -> tuple[dt.date, str]:
    name = calendar.day_name[weekday]
    back, forward = (published.weekday() - weekday) % 7, (weekday - published.weekday()) % 7
    pub = f"the publication date {published}"
    if mod in {"last", "past"}:
        back, forward, note = back or 7, -1, f"'{mod} {name}': the most recent {name} before {pub}"
    elif mod == "next":
        forward, note = forward or 7, f"'next {name}': the first {name} after {pub}"
    elif tense == "present" and mod not in {"this", "coming"}:
        before = back <= PRESENT_WEEKDAY_MAX_BACK
        note = f"present tense: the nearest {name}, {'on or before' if before else 'after'} {pub}"
        forward = -1 if before else forward
    elif tense == "past":
        note = f"weekday resolved to the most recent {name} on or before {pub}"
        forward = -1
    else:
        note = f"weekday resolved to the next {name} on or after {pub}"
    day = published + dt.timedelta(days=forward) if forward >= 0 else published - dt.timedelta(days=back)
    return day, note


def resolve_weekday(name: str, published: dt.date | None, tense: str) -> dt.date | None:
    """The day a weekday name refers to: past tense -> on or before publication, future -> on or after,
    present -> the nearer of the two; ``None`` without a publication date or for an unknown name."""
    weekday = WEEKDAYS.get(name.strip().lower())
    if published is None or weekday is None:
        return None
    return _weekday_resolution(weekday, published, _as_tense(tense) or "present", "")[0]


def _month_day_year(month: int, day: int, published: dt.date, tense: Tense) -> tuple[int, str]:
    """The year of a month-day without one: the publication year, moved so that past tense stays on or
    before publication and future tense on or after it; present tense takes the nearest."""
    year, pub = published.year, f"the publication date {published}"
    try:
        candidate = dt.date(year, month, day)
    except ValueError:  # February 29 outside a leap year: let the caller reject it
        return year, f"year {year} taken from {pub}"
    if tense == "past" and candidate > published:
        return year - 1, f"previous year {year - 1}: past tense and {candidate} is after {pub}"
    if tense == "future" and candidate < published:
        return year + 1, f"next year {year + 1}: future tense and {candidate} is before {pub}"
    if tense == "present" and abs((candidate - published).days) > HALF_YEAR_DAYS:
        year += -1 if candidate > published else 1
        return year, f"year {year}: the nearest {calendar.month_name[month]} {day} to {pub}"
    return year, f"year {year} taken from {pub}"


def _calendar(m: re.Match[str], published: dt.date | None, tense: Tense) -> DateMatch | None:
    month = int(m["mon"]) if m["mon"].isdigit() else MONTHS[m["mon"].lower().rstrip(".")]
    day, wd, year_text = int(m["day"]), m.groupdict().get("wd"), m["year"]
    if year_text is None and count_noun_follows(m.string, m.end()):
        return None  # "In May 16 people died": a count, not a day
    if year_text is not None:
        year, how = int(year_text), "absolute date"
    elif published is None:
        note = f"unresolved: no publication date to give the year of {calendar.month_name[month]} {day}"
        return _match(m, "month-day", None, None, note, month=month, weekday=wd)
    else:
        year, how = _month_day_year(month, day, published, tense)
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return None
    if wd and WEEKDAYS[wd.lower()] != day_.weekday():
        how += f"; the weekday {wd} does not match {day_} (a {calendar.day_name[day_.weekday()]})"
    kind: Kind = "absolute" if year_text else "month-day"
    return _match(m, kind, day_, year, how, _is_past_reference(day_, published), month, wd)


def _month_year(m: re.Match[str], published: dt.date | None) -> DateMatch:
    month, year = MONTHS[m["mon"].lower().rstrip(".")], int(m["year"])
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return _match(m, "year", None, year, "month and year only", _is_past_reference(last, published), month)


def _bare_year(m: re.Match[str], published: dt.date | None) -> DateMatch | None:
    text = m.string
    if not YEAR_CUE.search(text, max(0, m.start() - 14), m.start()) or count_noun_follows(text, m.end()):
        return None
    year = int(m["year"])
    if published is None:
        return _match(m, "year", None, year, "year only; no publication date to compare with")
    past = year < published.year
    note = f"year only; {'before' if past else 'not before'} the publication year {published.year}"
    return _match(m, "year", None, year, note, past)


def _weekday(m: re.Match[str], published: dt.date | None, tense: Tense) -> DateMatch:
    index = WEEKDAYS[m["wd"].lower()]
    name = calendar.day_name[index]
    if published is None:
        return _match(m, "weekday", None, None, f"unresolved: no publication date; weekday {name} kept", weekday=name)
    day, note = _weekday_resolution(index, published, tense, (m["mod"] or "").lower())
    return _match(m, "weekday", day, day.year, note, _is_past_reference(day, published), day.month, name)


_DAY_WORD_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _day_word(m: re.Match[str], published: dt.date | None) -> DateMatch:
    word = " ".join(m["word"].lower().split())
    offset = _DAY_WORD_OFFSETS.get(word, 0)
    if published is None:
        return _match(m, "relative", None, None, "unresolved: no publication date")
    day = published + dt.timedelta(days=offset)
    how = {-1: "the day before", 0: "the same day as", 1: "the day after"}[offset]
    return _match(m, "relative", day, day.year, f"'{word}': {how} the publication date {published}", month=day.month)


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}


def _count_ago(m: re.Match[str], published: dt.date | None) -> DateMatch:
    n, unit = count(m["n"]), m["unit"].lower()
    if m["dir"].lower() != "ago":
        return _match(m, "relative", None, None, "unresolved: counted from another event, not from publication")
    past = n is None or n * _UNIT_DAYS[unit] >= PAST_REFERENCE_MIN_DAYS
    if n is None or published is None:
        why = "no exact count" if n is None else "no publication date"
        return _match(m, "relative", None, None, f"unresolved: {why}", past)
    if unit in {"day", "week"}:
        day = published - dt.timedelta(days=n * _UNIT_DAYS[unit])
        note = f"{n} {unit}(s) before the publication date {published}" + (" (approximate)" if unit == "week" else "")
        return _match(m, "relative", day, day.year, note, past, day.month)
    if unit == "month":
        year, month0 = divmod(published.year * 12 + published.month - 1 - n, 12)
        note = f"month only: {calendar.month_name[month0 + 1]} {year}, {n} month(s) before {published}"
        return _match(m, "relative", None, year, note, past, month0 + 1)
    years = n * (10 if unit == "decade" else 1)
    return _match(m, "relative", None, published.year - years, f"year only: {years} year(s) before {published}", past)


def _period(m: re.Match[str], published: dt.date | None) -> DateMatch:
    which, unit = " ".join(m["which"].lower().split()), m["unit"].lower()
    if which in {"previous", "following"}:
        return _match(m, "relative", None, None, "unresolved: counted from another event, not from publication")
    if which == "past":
        return _match(m, "relative", None, None, f"a span: the {unit} up to publication")
    step = {"last": -1, "next": 1, "coming": 1}.get(which, 0)
    past = step < 0 and unit != "weekend"
    if published is None:
        return _match(m, "relative", None, None, "unresolved: no publication date", past)
    if unit in {"week", "weekend"}:
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return _match(m, "relative", None, monday.year, f"{which} {unit}: the week starting {monday}", past)
    if unit == "month":
        year, month0 = divmod(published.year * 12 + published.month - 1 + step, 12)
        note = f"month only: {calendar.month_name[month0 + 1]} {year}"
        return _match(m, "relative", None, year, note, past, month0 + 1)
    return _match(m, "relative", None, published.year + step, f"year only: {published.year + step}", past)


def _time(m: re.Match[str], published: dt.date | None = None) -> DateMatch | None:
    groups = m.groupdict()
    hhmm, word = groups.get("hhmm"), groups.get("word")
    if word:  # "midday", "midnight": the hour the word stands for
        hour, minute = CLOCK_WORDS[word.lower()], 0
    elif hhmm:
        hour, minute = int(hhmm[:2]), int(hhmm[2:])
    else:
        hour, minute = int(m["h"]), int(groups.get("m") or 0)
    ampm, zone = (groups.get("ap") or "").lower().replace(".", "").replace(" ", ""), groups.get("zone")
    if (groups.get("sep") == "." or groups.get("secs")) and not (ampm or zone):
        return None  # "3.50" is a number and "2:05:41" a duration unless a clock word follows
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    offset, zone_note = zone_offset(zone, published)
    clock = dt.time(hour, minute)
    note = f"time {clock:%H:%M}{zone_note}"
    return DateMatch(m.start(), m.end(), m[0], "time", None, None, note, time=clock, utc_offset=offset)


# The patterns whose phrases are resolved by the tense of their clause (see _resolve).
_TENSED = frozenset({"iso", "mdy", "dmy", "weekday"})


def _resolve(name: str, m: re.Match[str], published: dt.date | None, tense: Tense) -> DateMatch | None:
    """The date of the match ``m`` of pattern ``name``; ``tense`` is read only for the names in _TENSED."""
    if name in {"iso", "mdy", "dmy"}:
        return _calendar(m, published, tense)
    if name == "weekday":
        return _weekday(m, published, tense)
    resolvers = {
        "month-year": _month_year, "day-word": _day_word, "count": _count_ago, "period": _period,
        "year": _bare_year,
    }  # fmt: skip
    if name in resolvers:
        return resolvers[name](m, published)
    if name == "other-day":
        return _match(m, "relative", None, None, "unresolved: counted from another event, not from publication")
    return _time(m, published)


def _as_tense(tense: str | None) -> Tense | None:
    tenses: dict[str | None, Tense] = {"past": "past", "present": "present", "future": "future"}
    return tenses.get(tense)


def find_dates(text: str, published: dt.date | None, tense: str | None = None) -> list[DateMatch]:
    """Every date and time phrase of ``text`` in text order; where phrases overlap the longest wins.

    ``tense`` ("past", "present", "future") applies to every phrase; when it is ``None`` each phrase
    takes the tense of its own clause (see :func:`clause_tense`).
    """
    candidates: list[DateMatch] = []
    given = _as_tense(tense)
    for (name, pattern), may in zip(PATTERNS, may_match(text), strict=True):
        if not may:
            continue
        for m in pattern.finditer(text):
            # Only calendar dates and weekdays are resolved by tense: the clause's tense is read for them
            # alone (read for every clock time of a results table, it was a third of the dates' cost).
            clause = given or (clause_tense(text, m.start(), m.end()) if name in _TENSED else "past")
            found = _resolve(name, m, published, clause)
            if found is not None:
                candidates.append(found)
    chosen: list[DateMatch] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
