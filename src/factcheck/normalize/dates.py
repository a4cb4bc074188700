"""Dates and times in news text, resolved against the article's publication date.

What: :func:`find_dates` finds absolute dates ("May 16, 2024", "16 May 2024", "2024-05-16"),
month-days ("on May 16"), weekdays ("on Thursday"), relative phrases ("yesterday", "six weeks ago",
"last year"), years ("in 2022", "March 2023") and clock times with zones ("03:10 GMT"), and resolves
each to a calendar date where the publication date allows it, with a note saying how (or why not).
Why: news dates its events relative to the day it is published; two articles can only agree on a
date once both are resolved, and "six weeks ago" or "in 2019" marks an earlier event, not the news.
Example: ``find_dates("On Thursday, they signed a pact.", date(2024, 5, 17))[0].date`` is
``date(2024, 5, 16)`` with the note "weekday resolved to the most recent Thursday on or before the
publication date 2024-05-17".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "PAST_REFERENCE_MIN_DAYS",
    "DateMatch",
    "Kind",
    "Tense",
    "clause_tense",
    "find_dates",
    "resolve_weekday",
    "tense_of",
]

Kind = Literal["absolute", "month-day", "weekday", "relative", "year", "time"]

# News reports its own event within a few days; a phrase pointing a week or more before publication
# names an earlier event ("six weeks ago", "last month"), not the article's news.
PAST_REFERENCE_MIN_DAYS = 7
# Present tense ("Putin arrives on Thursday"): the nearer of the previous and the coming weekday; a
# weekday up to this many days back is taken as past (3 of 7 days each way, the week split in two).
PRESENT_WEEKDAY_MAX_BACK = 3


@dataclass(frozen=True)
class DateMatch:
    """One date or time phrase in a text, resolved where possible."""

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


# ---------------------------------------------------------------- vocabulary

Tense = Literal["past", "present", "future"]

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9})
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def _alternation(words: list[str]) -> str:
    """Title-case and upper-case forms, longest first (month and weekday names are capitalized)."""
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


MONTH_RE = rf"(?:{_alternation(list(MONTHS))})\b\.?"
WEEKDAY_RE = rf"(?:{_alternation(list(WEEKDAYS))})"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2,
}  # fmt: skip
NUMBER_RE = r"(?i:\d{1,3}|a\s+couple\s+of|a\s+few|several|" + "|".join(sorted(_NUMBER_WORDS, key=len)[::-1]) + ")"


def count_of(word: str) -> int | None:
    """The number a count word stands for; ``None`` for vague counts ("a few", "several")."""
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


_PLURAL_NOUN = re.compile(r"\s+(?:people\b|[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\b)")
_NOT_PLURAL = {"was", "has", "does", "as", "this", "thus", "its", "his", "hers", "ours", "yours", "always"}


def followed_by_count_noun(text: str, end: int) -> bool:
    """True when a number is followed by a plural noun ("2000 troops"): a count, not a day or year."""
    m = _PLURAL_NOUN.match(text, end)
    return m is not None and m[0].strip() not in _NOT_PLURAL


# ---------------------------------------------------------------- clock times and zones

# Offsets in minutes east of UTC; ambiguous abbreviations (ET, PT) are recognized but left unresolved.
ZONE_OFFSETS: dict[str, int | None] = {
    "GMT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420,
    "CET": 60, "CEST": 120, "BST": 60, "IST": 330, "JST": 540, "MSK": 180, "ET": None, "PT": None,
}  # fmt: skip
_ZONE = (
    r"(?P<zone>local\s+time|(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[+\-−]\d{2}:\d{2}|"
    + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
    + r")\b"
)
_AMPM = r"(?P<ap>[AaPp]\.\s?[Mm]\.|[AaPp][Mm]\b)"
TIME_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)\b(?:\s*{_AMPM})?(?:\s*\(?{_ZONE})?"),
    re.compile(rf"\b(?P<h>1[0-2]|0?[1-9])\s*{_AMPM}(?:\s*\(?{_ZONE})?"),
    re.compile(rf"\b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:hours\s+)?(?P<zone>GMT|UTC|Z)\b"),
)
_OFFSET = re.compile(r"(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")


def zone_offset(zone: str | None) -> tuple[dt.timedelta | None, str]:
    """UTC offset of a zone as written, and a note for :attr:`DateMatch.note`."""
    if zone is None:
        return None, " (no time zone stated)"
    zone = " ".join(zone.split())
    if zone.lower() == "local time":
        return None, " local time (zone not stated)"
    m = _OFFSET.search(zone)
    if m:
        minutes = int(m["h"]) * 60 + int(m["m"] or 0)
        offset = dt.timedelta(minutes=-minutes if m["sign"] in "-−" else minutes)
    else:
        known = ZONE_OFFSETS.get(zone.upper())
        if known is None:
            return None, f" {zone} (ambiguous zone: offset unknown)"
        offset = dt.timedelta(minutes=known)
    total = int(offset.total_seconds() // 60)
    sign = "-" if total < 0 else "+"
    return offset, f" {zone} (UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d})"


# ---------------------------------------------------------------- tense

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|upcoming|tomorrow|to\s+be\s+held|"
    r"(?:is|are|was|were|be)\s+(?:expected|set|scheduled|due|slated|poised|going|planning|preparing|about)\s+to|"
    r"(?:plans?|prepares?|intends?|aims?)\s+to|"
    rf"next\s+(?:week|month|year|weekend|{WEEKDAY_RE}))\b|'ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = frozenset(
    "was were had did ago yesterday met said told held made took gave went came saw left spoke wrote began "
    "won lost sent brought built fought kept paid sold stood thought found became broke chose drew drove fell "
    "felt flew got grew heard knew meant ran rose sat shook spent struck swore taught threw understood woke "
    "wore sang led arose froze hid swept sought bought caught dealt forgot".split()
)
_NOT_PAST_ED = frozenset("need speed seed feed breed proceed succeed exceed indeed hundred sacred naked bed red".split())
_WORD = re.compile(r"[A-Za-z']+")
_PASSIVE_AUX = frozenset({"is", "are", "am", "be", "being", "been", "get", "gets"})


def _cue_tense(text: str) -> Tense | None:
    if _FUTURE.search(text):
        return "future"
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if word in _PAST_WORDS or word.lower() in {"ago", "yesterday"}:
            return "past"
        if word.islower() and len(word) >= 4 and word.endswith("ed") and word not in _NOT_PAST_ED:
            if i == 0 or words[i - 1].lower() not in _PASSIVE_AUX:
                return "past"
    return None


def tense_of(sentence: str) -> Tense:
    """The tense of a sentence from simple cues: a future cue ("will", "is expected to", "prepares to",
    "plans to", "next week") wins, then a past cue (past auxiliaries, "-ed" verbs, common irregular
    past forms, "ago"); otherwise present."""
    return _cue_tense(sentence) or "present"


_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense around ``text[start:end]``: of its clause when the clause has a cue ("Xi, who met
    Putin on Thursday, will ..." is past for "Thursday"), else of its sentence."""
    s_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    s_end = next((m.start() + 1 for m in _SENTENCE_BREAK.finditer(text, end)), len(text))
    c_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, start)), default=s_start)
    c_end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end, s_end)), s_end)
    return _cue_tense(text[c_start:c_end]) or tense_of(text[s_start:s_end])


# ---------------------------------------------------------------- patterns

_RANGE_TAIL = r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<mon>{MONTH_RE})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"{_RANGE_TAIL}(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_TAIL}"
            rf"\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    ("month-year", re.compile(rf"\b(?P<mon>{MONTH_RE})\s+(?:of\s+)?{_YEAR}\b")),
    (
        "weekday",
        re.compile(
            rf"(?<!Good )(?<!Black )(?<!Cyber )(?<!Super )\b(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?"
            rf"(?P<wd>{WEEKDAY_RE})\b"
        ),
    ),
    (
        "day-word",
        re.compile(
            r"\b(?P<word>(?i:yesterday|today|tonight|tomorrow|last\s+night"
            r"|this\s+(?:morning|afternoon|evening)))\b"
        ),
    ),
    (
        "count",
        re.compile(
            rf"\b(?P<n>{NUMBER_RE})\s+(?P<unit>day|week|month|year|decade)s?\s+"
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
    ("other-day", re.compile(r"\b(?i:the\s+(?:previous|next|following)\s+day|the\s+day\s+(?:before|after))\b")),
    ("year", re.compile(r"(?<![\d,.$£€])(?P<year>(?:19|20)\d{2})(?![\d,%]|\.\d|-\d|\w)")),
    *((f"time{i}", p) for i, p in enumerate(TIME_PATTERNS)),
)
# Words before a bare year that make it a year and not a count ("in 2022", "mid-2019", "the 2022 deal").
_YEAR_CUE = re.compile(
    r"\b(?i:in|since|from|until|till|by|during|of|before|after|through|throughout|between|and|or|to|"
    r"early|late|mid|the|its|their|end|start|beginning|spring|summer|autumn|fall|winter)\W{1,2}$"
)


# ---------------------------------------------------------------- weekdays


def _weekday_resolution(
    weekday: int, published: dt.date, tense: Tense, modifier: str | None
) -> tuple[dt.date, str]:
    name = calendar.day_name[weekday]
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    mod = (modifier or "").lower()
    if mod in {"last", "past"}:
        back = back or 7
        return published - dt.timedelta(days=back), (
            f"'last {name}': the most recent {name} before the publication date {published}"
        )
    if mod == "next":
        forward = forward or 7
        return published + dt.timedelta(days=forward), (
            f"'next {name}': the first {name} after the publication date {published}"
        )
    if tense == "present" and mod not in {"this", "coming"}:
        if back <= PRESENT_WEEKDAY_MAX_BACK:
            return published - dt.timedelta(days=back), (
                f"weekday resolved to the nearest {name} (present tense), on or before the publication "
                f"date {published}"
            )
        return published + dt.timedelta(days=forward), (
            f"weekday resolved to the nearest {name} (present tense), after the publication date {published}"
        )
    if tense == "past":
        return published - dt.timedelta(days=back), (
            f"weekday resolved to the most recent {name} on or before the publication date {published}"
        )
    return published + dt.timedelta(days=forward), (
        f"weekday resolved to the next {name} on or after the publication date {published} ({tense} tense)"
    )


def resolve_weekday(name: str, published: dt.date | None, tense: str) -> dt.date | None:
    """The day a weekday name refers to: past tense -> on or before publication, future -> on or after,
    present -> the nearer of the two; ``None`` without a publication date or for an unknown name."""
    weekday = WEEKDAYS.get(name.strip().lower().rstrip("."))
    if published is None or weekday is None:
        return None
    tense_ = tense if tense in ("past", "present", "future") else "present"
    return _weekday_resolution(weekday, published, tense_, None)[0]  # type: ignore[arg-type]


# ---------------------------------------------------------------- resolution per pattern


def _is_past_reference(day: dt.date, published: dt.date | None) -> bool:
    return published is not None and (published - day).days >= PAST_REFERENCE_MIN_DAYS


def _month_day_year(month: int, day: int, published: dt.date, tense: Tense) -> tuple[int, str]:
    """The year of a month-day without a year: the publication year, moved so past tense stays on or
    before publication and future tense on or after it; present tense takes the nearest."""
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year, f"year {year} taken from the publication date {published}"
    if tense == "past" and candidate > published:
        return year - 1, (
            f"previous year {year - 1}: the sentence is past tense and {candidate} is after the "
            f"publication date {published}"
        )
    if tense == "future" and candidate < published:
        return year + 1, (
            f"next year {year + 1}: the sentence is future tense and {candidate} is before the "
            f"publication date {published}"
        )
    if tense == "present" and abs((candidate - published).days) > 183:
        year += -1 if candidate > published else 1
        return year, f"year {year}: the nearest {calendar.month_name[month]} {day} to the publication date {published}"
    return year, f"year {year} taken from the publication date {published}"


def _calendar(m: re.Match[str], kind: str, published: dt.date | None, tense: Tense) -> DateMatch | None:
    month = MONTHS[m["mon"].lower().rstrip(".")] if kind != "iso" else int(m["mon"])
    day = int(m["day"])
    wd = m.groupdict().get("wd")
    base = {"start": m.start(), "end": m.end(), "surface": m[0], "month": month, "weekday": wd}
    year_text = m.groupdict().get("year")
    if year_text is None and followed_by_count_noun(m.string, m.end()):
        return None  # "In May 16 people died": a count, not a day
    if year_text is not None:
        year, how = int(year_text), "absolute date"
    elif published is None:
        return DateMatch(
            **base, kind="month-day", date=None, year=None,
            note=f"unresolved: no publication date to supply the year of {calendar.month_name[month]} {day}",
        )  # fmt: skip
    else:
        year, how = _month_day_year(month, day, published, tense)
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return None
    if wd and WEEKDAYS[wd.lower()] != day_.weekday():
        how += f"; the weekday {wd} does not match {day_} (a {calendar.day_name[day_.weekday()]})"
    return DateMatch(
        **base, kind="absolute" if year_text else "month-day", date=day_, year=year, note=how,
        past_reference=_is_past_reference(day_, published),
    )  # fmt: skip


def _month_year(m: re.Match[str], published: dt.date | None) -> DateMatch:
    month, year = MONTHS[m["mon"].lower().rstrip(".")], int(m["year"])
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return DateMatch(
        m.start(), m.end(), m[0], "year", None, year, "month and year only", _is_past_reference(last, published), month
    )


def _bare_year(m: re.Match[str], published: dt.date | None) -> DateMatch | None:
    text = m.string
    if not _YEAR_CUE.search(text, max(0, m.start() - 14), m.start()) or followed_by_count_noun(text, m.end()):
        return None
    year = int(m["year"])
    if published is None:
        note, past = "year only; no publication date to compare with", False
    else:
        past = year < published.year
        note = f"year only; {'before' if past else 'not before'} the publication year {published.year}"
    return DateMatch(m.start(), m.end(), m[0], "year", None, year, note, past)


def _weekday(m: re.Match[str], published: dt.date | None, tense: Tense) -> DateMatch:
    wd = m["wd"]
    name = calendar.day_name[WEEKDAYS[wd.lower()]]
    mod = m["mod"]
    if published is None:
        return DateMatch(
            m.start(), m.end(), m[0], "weekday", None, None,
            f"unresolved: no publication date; weekday {name} kept", weekday=name,
        )  # fmt: skip
    day, note = _weekday_resolution(WEEKDAYS[wd.lower()], published, tense, mod)
    return DateMatch(
        m.start(), m.end(), m[0], "weekday", day, day.year, note, _is_past_reference(day, published), day.month, name
    )


_DAY_WORD_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _day_word(m: re.Match[str], published: dt.date | None) -> DateMatch:
    word = " ".join(m["word"].lower().split())
    offset = _DAY_WORD_OFFSETS.get(word, 0)
    if published is None:
        return DateMatch(m.start(), m.end(), m[0], "relative", None, None, "unresolved: no publication date")
    day = published + dt.timedelta(days=offset)
    note = f"'{word}': {abs(offset) or 'the same'} day{'s' if abs(offset) > 1 else ''} " + (
        "before" if offset < 0 else "after" if offset > 0 else "as"
    )
    return DateMatch(m.start(), m.end(), m[0], "relative", day, day.year, f"{note} the publication date {published}")


def _count_ago(m: re.Match[str], published: dt.date | None) -> DateMatch:
    n, unit, direction = count_of(m["n"]), m["unit"].lower(), m["dir"].lower()
    days_per = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}[unit]
    base = {"start": m.start(), "end": m.end(), "surface": m[0], "kind": "relative"}
    if direction != "ago":
        return DateMatch(
            **base, date=None, year=None,
            note="unresolved: counted from another event in the text, not from the publication date",
        )  # fmt: skip
    past = n is None or n * days_per >= PAST_REFERENCE_MIN_DAYS
    if n is None:
        return DateMatch(**base, date=None, year=None, note="unresolved: no exact count", past_reference=past)
    if published is None:
        return DateMatch(**base, date=None, year=None, note="unresolved: no publication date", past_reference=past)
    if unit in {"day", "week"}:
        day = published - dt.timedelta(days=n * days_per)
        approx = " (approximate: weeks are rounded)" if unit == "week" else ""
        note = f"{n} {unit}(s) before the publication date {published}{approx}"
        return DateMatch(**base, date=day, year=day.year, note=note, past_reference=past, month=day.month)
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        year, month = divmod(index, 12)
        note = f"month only: {calendar.month_name[month + 1]} {year}, {n} month(s) before {published}"
        return DateMatch(**base, date=None, year=year, note=note, past_reference=past, month=month + 1)
    years = n * (10 if unit == "decade" else 1)
    note = f"year only: {years} year(s) before the publication year {published.year}"
    return DateMatch(**base, date=None, year=published.year - years, note=note, past_reference=past)


def _period(m: re.Match[str], published: dt.date | None) -> DateMatch:
    which, unit = " ".join(m["which"].lower().split()), m["unit"].lower()
    base = {"start": m.start(), "end": m.end(), "surface": m[0], "kind": "relative", "date": None}
    if which in {"previous", "following"}:
        return DateMatch(**base, year=None, note="unresolved: counted from another event in the text")
    step = {"last": -1, "next": 1, "coming": 1}.get(which, 0)
    past = step < 0 and unit != "weekend"
    if which == "past":
        return DateMatch(**base, year=None, note=f"a span: the {unit} up to the publication date")
    if published is None:
        return DateMatch(**base, year=None, note="unresolved: no publication date", past_reference=past)
    if unit in {"week", "weekend"}:
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        note = f"the {unit} of {monday} ({which} {unit} from the publication date {published})"
        return DateMatch(**base, year=monday.year, note=note, past_reference=past)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
        note = f"month only: {calendar.month_name[month + 1]} {year} ({which} month from {published})"
        return DateMatch(**base, year=year, note=note, past_reference=past, month=month + 1)
    note = f"year only: {published.year + step} ({which} year from {published})"
    return DateMatch(**base, year=published.year + step, note=note, past_reference=past)


def _time(m: re.Match[str]) -> DateMatch | None:
    groups = m.groupdict()
    if groups.get("hhmm"):
        hour, minute = int(m["hhmm"][:2]), int(m["hhmm"][2:])
    else:
        hour, minute = int(m["h"]), int(groups.get("m") or 0)
    ampm, zone = (groups.get("ap") or "").lower().replace(".", "").replace(" ", ""), groups.get("zone")
    if groups.get("sep") == "." and not (ampm or zone):
        return None  # "3.50" is a number unless a clock word follows
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    offset, zone_note = zone_offset(zone)
    clock = dt.time(hour, minute)
    return DateMatch(
        m.start(), m.end(), m[0], "time", None, None, f"time {clock:%H:%M}{zone_note}", time=clock, utc_offset=offset
    )


def _resolve(name: str, m: re.Match[str], published: dt.date | None, tense: Tense) -> DateMatch | None:
    if name in {"iso", "mdy", "dmy"}:
        return _calendar(m, name, published, tense)
    if name == "month-year":
        return _month_year(m, published)
    if name == "weekday":
        return _weekday(m, published, tense)
    if name == "day-word":
        return _day_word(m, published)
    if name == "count":
        return _count_ago(m, published)
    if name == "period":
        return _period(m, published)
    if name == "other-day":
        return DateMatch(m.start(), m.end(), m[0], "relative", None, None, "unresolved: counted from another event")
    if name == "year":
        return _bare_year(m, published)
    return _time(m)


def find_dates(text: str, published: dt.date | None, tense: str | None = None) -> list[DateMatch]:
    """Every date and time phrase of ``text`` in order, longest phrase first where they overlap.

    ``tense`` ("past", "present", "future") applies to every phrase; when it is ``None`` each phrase
    takes the tense of its own clause (see :func:`clause_tense`).
    """
    candidates: list[DateMatch] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            t: Tense = tense if tense in ("past", "present", "future") else clause_tense(text, m.start(), m.end())  # type: ignore[assignment]
            found = _resolve(name, m, published, t)
            if found is not None:
                candidates.append(found)
    chosen: list[DateMatch] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
