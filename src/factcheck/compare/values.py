"""When two values of one attribute agree, by how they are compared (``Claim.compare_as``)."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.models import Claim, CompareAs, Normalized
from factcheck.normalize.date_patterns import CLOCK_WORD_PATTERN
from factcheck.normalize.dates import WEEKDAYS
from factcheck.normalize.places import compatible_places
from factcheck.normalize.units import as_written, canonical_unit, compare_interval, same_dimension

__all__ = [
    "HEDGED_HOUR_SLACK_MINUTES",
    "HEDGED_TIME_SLACK_MINUTES",
    "ROUND_FIGURE_MAX_GAP",
    "TIMEZONE_SLACK_DAYS",
    "ValueGroup",
    "compatible",
    "group_values",
    "numbers_compatible",
    "side_sources",
]

# Sources in different time zones may date one event a calendar day apart (a 23:30 GMT quake is
# "Tuesday" in London and "Wednesday" in Tokyo): dates one day apart agree when the two sentences state
# different zones (``Normalized.unit`` of a date is its sentence's zone). Otherwise a day apart is a
# different day: a conflict.
TIMEZONE_SLACK_DAYS = 1


def _slack_days(a: Normalized, b: Normalized) -> int:
    return TIMEZONE_SLACK_DAYS if a.unit is not None and b.unit is not None and a.unit != b.unit else 0


# Distinct wordings listed for one value; more are rare and only repeat the same figure.
MAX_WORDINGS = 4


@dataclass
class ValueGroup:
    """Claims that state one value (same normalized key)."""

    key: str
    claims: list[Claim]

    @property
    def display(self) -> str:
        return self.claims[0].normalized.display

    @property
    def text(self) -> str:
        """The value as written: its distinct wordings, most common first ("About 40,000 / close to
        40,000"), so an editor sees every way the sources put it."""
        counts: dict[str, int] = {}
        for c in self.claims:
            wording = " ".join(c.value.split())
            counts[wording] = counts.get(wording, 0) + 1
        ordered = sorted(counts, key=lambda v: -counts[v])  # stable: first seen wins ties
        return " / ".join(ordered[:MAX_WORDINGS])

    @property
    def source_ids(self) -> list[str]:
        return sorted({c.source_id for c in self.claims})


def _bounds(n: Normalized) -> tuple[float, float]:
    low = n.low if n.low is not None else -math.inf
    high = n.high if n.high is not None else math.inf
    if n.low is None and n.high is None:
        try:
            value = float(n.key)
        except ValueError:
            return -math.inf, math.inf
        return value, value
    return low, high


# A figure written with trailing zeros ("2,200", "140,000") may be exact or rounded: it agrees with a
# more precise figure that rounds to it only when the two are this close (relative to the larger).
# Measured on the real-news development half: roundings of one figure by two outlets differ by at most
# 1.5% (2,207 / 2,200; 138,000 / 140,000; 99 / 100). A wider gap between small counts is more often
# two counts than a rounding (150 and 153 dead are 2% apart, 19 and 20 are 5%), so it stays a difference.
ROUND_FIGURE_MAX_GAP = 0.015
_DECIMALS = re.compile(r"^-?\d+\.(\d+)$")
_INTEGER = re.compile(r"^-?\d+$")


def _written_step(key: str) -> tuple[float, bool] | None:
    """The rounding step of a figure as written (its key is plain digits), and whether the step is only
    implied by trailing zeros (so the figure may be exact): "5.2" -> (0.1, False), "45" -> (1, False),
    "2200" -> (100, True). None when the key is not a plain number."""
    if m := _DECIMALS.match(key):
        return 10.0 ** -len(m.group(1)), False
    if _INTEGER.match(key):
        zeros = len(key) - len(key.rstrip("0")) if key.strip("-0") else 0
        return 10.0**zeros, zeros > 0
    return None


def _point(n: Normalized, step: tuple[float, bool] | None) -> float | None:
    """The exact figure a value states: its value, or the middle of the interval it rounds when that
    interval is one written step wide ("$26.04 billion" is 26.035..26.045 billion); None for a range or a
    hedged figure."""
    if n.low is None or n.high is None:
        return None
    if n.low == n.high:
        return n.low
    width = n.high - n.low
    if step is not None and abs(width - step[0]) <= 1e-9 * max(abs(n.high), 1.0):
        return (n.low + n.high) / 2
    return None


def _rounded_alike(a: Normalized, b: Normalized) -> bool:
    """Two exact figures where the less precise one is the other rounded to the precision it is written
    with ("5.2%" and "5.17%", "45%" and "44.88%", "140,000" and "138,000"): one figure, not two."""
    sa, sb = _written_step(a.key), _written_step(b.key)
    pa, pb = _point(a, sa), _point(b, sb)
    if pa is None or pb is None or sa is None or sb is None or sa[0] == sb[0]:
        return False
    step, implied = max(sa, sb)
    gap = abs(pa - pb)
    if gap > step / 2 + 1e-9 * step:
        return False
    larger = max(abs(pa), abs(pb))
    return not implied or (larger > 0 and gap / larger <= ROUND_FIGURE_MAX_GAP)


def numbers_compatible(a: Normalized, b: Normalized) -> bool:
    """Intervals overlap ("more than 40" and "43"; "about 8,000" and "7,800"), or one exact figure is the
    other rounded to the precision it is written with ("5.2" and "5.17")."""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return (a_low <= b_high and b_low <= a_high) or _rounded_alike(a, b)


def _measures_compatible(a: Claim, b: Claim) -> bool:
    """Two figures of one measure (see :mod:`factcheck.normalize.units`): written in one unit, they are
    compared as written (:func:`numbers_compatible`); written in two units, they agree when the intervals
    they stand for, each the rounding of the figure as written and its hedge, overlap once converted
    ("25 miles" and "40 km"; "31,000 feet" and "9,450 metres")."""
    na, nb = a.normalized, b.normalized
    canonical = canonical_unit(a.attribute, na.unit or "")
    if canonical is None:
        return numbers_compatible(na, nb)
    if na.unit == nb.unit:
        return numbers_compatible(as_written(na, canonical), as_written(nb, canonical))
    a_low, a_high = compare_interval(na, canonical)
    b_low, b_high = compare_interval(nb, canonical)
    return a_low <= b_high and b_low <= a_high


def _dates_compatible(a: Normalized, b: Normalized) -> bool:
    slack = _slack_days(a, b)
    if a.date is not None and b.date is not None:
        return abs((a.date - b.date).days) <= slack
    if a.key in _WEEKDAYS and b.key in _WEEKDAYS:
        gap = abs(_WEEKDAYS.index(a.key) - _WEEKDAYS.index(b.key))
        return min(gap, 7 - gap) <= slack
    if a.date is not None or b.date is not None:
        known = a.date if a.date is not None else b.date
        other = b if a.date is not None else a
        assert isinstance(known, dt.date)
        near = [known + dt.timedelta(days=d) for d in range(-slack, slack + 1)]
        return other.key in {d.strftime("%A").lower() for d in near} | {_month_day(d) for d in near}
    if (a.key in _WEEKDAYS and _MONTH_DAY.fullmatch(b.key)) or (b.key in _WEEKDAYS and _MONTH_DAY.fullmatch(a.key)):
        return True  # a weekday and a month-day with no year: nothing shows they differ
    return a.key == b.key


# "Tuesday night", "the night of Tuesday": a night runs past midnight, so what happened in its small hours
# is dated the next day by another report ("in the early hours of Wednesday"): one moment, two dates.
_NIGHT_AFTER = re.compile(r"\s+night\b", re.IGNORECASE)
_NIGHT_BEFORE = re.compile(r"\bnight\s+of\s+(?:on\s+)?$", re.IGNORECASE)


# The other report must place its day in those small hours ("early Wednesday", "in the early hours of
# Wednesday", "overnight", "before dawn", "at 1:30 a.m."): a plain "Wednesday's concert" beside "Tuesday
# night" is another day, and two dates a day apart are a conflict unless something makes them one moment.
_SMALL_HOURS = re.compile(
    r"\b(?:early|small|wee)\s+hours\b|\bearly\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+morning\b|\bovernight\b|\b(?:before|until)\s+dawn\b"
    r"|\bpre-?dawn\b|\bafter\s+midnight\b|\b(?:12|0?[1-5])(?:[:.][0-5]\d)?\s*a\.?m\b",
    re.IGNORECASE,
)


def _night_and_next_day(night: Claim, other: Claim) -> bool:
    """``night`` dates a night and ``other`` the small hours of the day after it."""
    day, next_day = night.normalized.date, other.normalized.date
    if day is None or next_day is None or (next_day - day).days != 1:
        return False
    if not _SMALL_HOURS.search(other.evidence.sentence):
        return False
    sentence, ev = night.evidence.sentence, night.evidence
    at = sentence.find(ev.text)
    if at < 0:
        return False
    return bool(_NIGHT_AFTER.match(sentence, at + len(ev.text)) or _NIGHT_BEFORE.search(sentence[:at]))


_MONTH_DAY = re.compile(r"(?:" + "|".join(n.lower() for n in calendar.month_name if n) + r") \d{1,2}")


def _month_day(day: dt.date) -> str:
    """The key of an unresolved month-day ("october 17"), as the date extractor writes it."""
    return f"{day.strftime('%B').lower()} {day.day}"


# Reports of one moment differ by a minute or two (rounding, a second agency's reading).
TIME_SLACK_MINUTES = 5
# "Just after 1:30" or "shortly before 8" covers up to a quarter of an hour on the hedged side; the
# normalizer places such a time a few minutes off the hour it hedges, so a hedged time agrees with a
# plain time within this many minutes (and 1:22 is still not "just after 1:30").
HEDGED_TIME_SLACK_MINUTES = 15
_DAY_MINUTES = 24 * 60


_TIME_HEDGE = re.compile(r"^(?:shortly|just|soon) (?:before|after) ")

# "Around 7 pm" is written to the hour and hedged: it stands for the times that round to 7 (half past
# rounds up), so 7:20 pm is around 7 pm and 7:30 is not; a time written to the minute ("around 1:30")
# keeps the plain slack (1:22 is not around 1:30: minutes written are minutes meant).
HEDGED_HOUR_SLACK_MINUTES = 29
# A zone after the hour ("10 p.m. local time", "9 pm GMT") says where the clock is, not a finer minute.
_HOUR_ONLY = re.compile(
    r"^\d{1,2}\s*(?:[ap]\.?\s?m\.?|o['’]clock|h|hrs|hours)?"
    r"(?:\s*\(?(?:local(?:\s+time)?|[A-Z]{2,4}(?:[+-]\d{1,2})?)\)?)?$",
    re.IGNORECASE,
)
_ROUGHLY = re.compile(r"\b(?:around|about|approximately|roughly|circa|some|nearly|almost|close\s+to)\s+$", re.I)


# "Midnight", "midday": a clock word is a round figure, as an hour with "around" is ("the quake hit near
# midnight" of one that struck at 23:47 is no conflict).
_CLOCK_WORD = re.compile(rf"\b{CLOCK_WORD_PATTERN}\b")


def _rough_hour(c: Claim) -> bool:
    """The time is written to the hour only and hedged ("around 7 pm", "about 9 o'clock"), or as a clock
    word ("midnight")."""
    if _CLOCK_WORD.search(c.evidence.text):
        return True
    at = c.evidence.sentence.find(c.evidence.text)
    if at < 0 or not _HOUR_ONLY.match(c.evidence.text.strip()):
        return False
    return bool(_ROUGHLY.search(c.evidence.sentence[:at]))


def _times_compatible(a: Normalized, b: Normalized, slack: int | None = None) -> bool:
    """Clock times in minutes after 00:00 UTC, compared round the clock (23:58 and 00:01 agree). A hedged
    time agrees with the time it hedges ("just after 01:30" and "01:30"), also when the zone of one of
    them is unsure (summer or winter time: two readings)."""
    if _TIME_HEDGE.sub("", a.key) == _TIME_HEDGE.sub("", b.key):
        return True
    if a.low is None or b.low is None:
        return a.key == b.key
    if slack is None:
        hedged = bool(_TIME_HEDGE.match(a.key) or _TIME_HEDGE.match(b.key))
        slack = HEDGED_TIME_SLACK_MINUTES if hedged else TIME_SLACK_MINUTES
    # A time whose zone offset is unsure (summer or winter time) carries both readings as low/high.
    readings_a = {a.low, a.high if a.high is not None else a.low}
    readings_b = {b.low, b.high if b.high is not None else b.low}
    for x in readings_a:
        for y in readings_b:
            gap = abs(x - y) % _DAY_MINUTES
            if min(gap, _DAY_MINUTES - gap) <= slack:
                return True
    return False


_WEEKDAYS = tuple(WEEKDAYS)


def _scores_compatible(a: str, b: str) -> bool:
    """Two score keys ("25-22", "25-22 won by hawks", see ``extract.quantities.score``): the same figures,
    and the same winner where both name one."""
    (sa, _, wa), (sb, _, wb) = a.partition(" won by "), b.partition(" won by ")
    return sa == sb and (not wa or not wb or wa == wb)


def _titles_compatible(a: Normalized, b: Normalized) -> bool:
    if a.base is None or b.base is None:
        return a.key == b.key
    return a.base == b.base and (a.qualifier is None or b.qualifier is None or a.qualifier == b.qualifier)


def compatible(a: Claim, b: Claim) -> bool:
    """True when the two claims' values can both be right about one fact."""
    na, nb = a.normalized, b.normalized
    if na.key == nb.key:
        return True
    kind = a.compare_as
    if kind == CompareAs.NUMBER:
        return _measures_compatible(a, b) if same_dimension(na.unit, nb.unit) else numbers_compatible(na, nb)
    if kind == CompareAs.PLACE:
        return bool(na.place_path) and bool(nb.place_path) and compatible_places(na.place_path, nb.place_path)
    if kind == CompareAs.DATE:
        return _dates_compatible(na, nb) or _night_and_next_day(a, b) or _night_and_next_day(b, a)
    if kind == CompareAs.TIME:
        rough = _rough_hour(a) or _rough_hour(b)
        return _times_compatible(na, nb, HEDGED_HOUR_SLACK_MINUTES if rough else None)
    if kind == CompareAs.TEXT:
        return _titles_compatible(na, nb)
    if kind == CompareAs.SCORE:
        return _scores_compatible(na.key, nb.key)
    if kind == CompareAs.NAME:
        return (
            na.variant != "misspelling"
            and nb.variant != "misspelling"
            and na.entity is not None
            and (na.entity == nb.entity)
        )
    return False


_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_DAY_KEY = re.compile(r"([a-z]+) ([0-9]{1,2})")


def _year_less_day(c: Claim) -> tuple[int, int] | None:
    """(month, day) of a date claim that names a day without a year it could be resolved to ("April 28"
    on a page with no publication date), else ``None``."""
    m = _MONTH_DAY_KEY.fullmatch(c.normalized.key) if c.compare_as == CompareAs.DATE else None
    if m is None or c.normalized.date is not None or m[1] not in _MONTH_NUMBER:
        return None
    return _MONTH_NUMBER[m[1]], int(m[2])


def group_values(claims: Sequence[Claim]) -> list[ValueGroup]:
    """Claims grouped by normalized key, groups ordered by first appearance (source id, offset). A
    year-less day ("April 28") joins the one full date of the same month and day ("2031-04-28"): one value,
    so that a vote counts its sources together."""
    groups: dict[str, ValueGroup] = {}
    for c in sorted(claims, key=lambda c: (c.source_id, c.evidence.start)):
        groups.setdefault(c.normalized.key, ValueGroup(c.normalized.key, [])).claims.append(c)
    for key, group in list(groups.items()):
        day = _year_less_day(group.claims[0])
        if day is None:
            continue
        same = [
            g
            for g in groups.values()
            if (d := g.claims[0].normalized.date) is not None
            and g.claims[0].compare_as == CompareAs.DATE
            and (d.month, d.day) == day
        ]
        if len(same) == 1:
            same[0].claims.extend(groups.pop(key).claims)
    return list(groups.values())


def side_sources(
    group: ValueGroup, groups: Sequence[ValueGroup], agree: Callable[[ValueGroup, ValueGroup], bool]
) -> list[str]:
    """The sources of ``group`` and of every value of ``groups`` that ``agree`` with it (a transliteration
    of a spelling, a title compatible with a title, one figure written two ways): the value's side in a
    vote."""
    return sorted({s for g in groups if g is group or agree(g, group) for s in g.source_ids})
