"""How a clock is written around it: the day part that puts an unmarked "11:47" after noon ("at 11:47 on
Friday night"), and a bare clock ending a line of a page's video list (a running length, not a time).

Why: "11:47 on Friday night" read as a 24-hour clock is twelve hours off what the sentence says, and
"Crews clear the debris 02:44" is a video two minutes forty-four long, not an event at 02:44. Figures
"as of 09:40 GMT" tell the moment a count stood at, which two pages can give in two zones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from factcheck.normalize.date_patterns import CLOCK_WORD_PATTERN
from factcheck.normalize.dates import DateMatch

__all__ = ["AS_OF", "as_of_key", "day_part_word", "media_length", "with_day_part", "with_span_zone"]

# "at 11:47 on Friday night", "9:30 in the evening", "on Friday night at 11:47": a clock written without
# a.m./p.m. or a zone whose day part puts it after noon (read as a 24-hour clock it was 11:47 in the
# morning, twelve hours off what the sentence says).
_DAY_PART_AFTER = re.compile(
    r"\s*(?:(?:on\s+)?(?:[A-Z][a-z]+day\s+)?(?P<part>night|evening|afternoon)\b|in\s+the\s+(?P<in>evening|afternoon)\b|"
    r"(?P<at>at\s+night)\b|(?P<tonight>tonight)\b)"
)
_DAY_PART_BEFORE = re.compile(r"\b(?P<part>night|evening|afternoon)\s+(?:at\s+)?$")
_UNMARKED_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# Night hours a 12-hour clock gives from 6 to 12 ("at 10:35 on Monday night" is 22:35); 1 to 5 at night
# are the small hours, the same on either clock.
_NIGHT_FROM = 6


def with_day_part(clock: dt.time, surface: str, before: str, after: str) -> dt.time:
    """The clock time ``surface`` says, with the day part of the words ``before`` and ``after`` it: an
    unmarked "11:47" followed by "on Friday night" is 23:47; a marked one ("11:47 pm", "11:47 GMT")
    or a 24-hour one ("23:47") is read as written."""
    if not _UNMARKED_CLOCK.fullmatch(surface.strip()) or clock.hour > 12:
        return clock
    m = _DAY_PART_AFTER.match(after) or _DAY_PART_BEFORE.search(before)
    if m is None:
        return clock
    part = (m["part"] or m.groupdict().get("in") or "night").lower()
    hour = clock.hour
    if part == "night" and hour == 12:
        hour = 0  # "12:30 on Friday night" is half past midnight
    elif hour < 12 and (part != "night" or hour >= _NIGHT_FROM):
        hour += 12
    return clock.replace(hour=hour)


# A page's list of videos gives each title its running length at the line's end ("Crews clear the
# debris 02:44"): a bare clock right before the line break, after no word that leads to a time.
_LEADS_TO_TIME = re.compile(r"\b(?i:at|around|about|by|until|till|from|to|after|before|since|between|and|or)\s+$")


def media_length(text: str, start: int, end: int, surface: str) -> bool:
    """The clock at ``text[start:end]`` is a video's running length ending a line, not a time of day."""
    at_line_end = not text[end:].strip() or text[end:].lstrip(" \t").startswith("\n")
    bare = _UNMARKED_CLOCK.fullmatch(surface.strip()) is not None
    return at_line_end and bare and _LEADS_TO_TIME.search(text, 0, start) is None


# "As of 09:40 GMT, the count gave the mayor 61%": the moment a count or result stood at. Two pages giving the
# same moment in two zones agree; two moments are two updates of the figures, never a disagreement, so
# the moment (and its day) is part of the key: only pages naming one moment meet.
AS_OF = re.compile(r"\b(?i:as\s+(?:of|at))\s+$")


def as_of_key(event_type: str, day: dt.date, utc: int) -> str:
    """The comparison key of the moment the figures of an event stood at: its day and UTC minute."""
    return f"{event_type}:figures as of {day.isoformat()} {utc // 60:02d}:{utc % 60:02d} utc"


# "Queues midday Thursday stretched a mile": a clock word with no word leading to it is a part of
# the day a state held in, not the moment an event happened ("struck just after midnight", "at noon").
_CLOCK_WORD = re.compile(rf"{CLOCK_WORD_PATTERN}\b")
_LEADS_TO_CLOCK_WORD = re.compile(
    r"\b(?i:at|around|about|by|until|till|from|to|after|before|since|near|nearly|almost|approximately|roughly|past)\s+$"
)


def day_part_word(text: str, start: int, surface: str) -> bool:
    """The clock word at ``text[start:]`` ("midday", "midnight") stands with no word leading to a time."""
    return _CLOCK_WORD.match(surface) is not None and _LEADS_TO_CLOCK_WORD.search(text, 0, start) is None


# "between 9:15 a.m. and 1:30 p.m. CEST", "9 to 11 a.m. GMT", "10:00-12:00 BST": a span of two clock
# times written with one zone after its end; the zone is the span's, so it holds for its start too.
_SPAN_JOIN = re.compile(r"\s*(?:[-–—]|\b(?:and|to|until|till)\b)\s*")


def with_span_zone(m: DateMatch, matches: Sequence[DateMatch], text: str) -> DateMatch:
    """``m`` (a clock time without a zone) with the zone of the clock time that ends its span in ``text``,
    when the next clock time follows right after a span word ("and", "to", a dash) and states one."""
    if m.utc_offset is not None:
        return m
    nxt = next((n for n in matches if n.start >= m.end), None)
    if nxt is None or nxt.utc_offset is None or "ambiguous" in nxt.note:
        return m
    if not _SPAN_JOIN.fullmatch(text, m.end, nxt.start):
        return m
    return dataclasses.replace(m, utc_offset=nxt.utc_offset, note=f"{m.note}; zone of the span's end {nxt.surface}")
