"""Clock-time zones as news writes them ("GMT", "EST", "UTC+3", "+05:30", "local time")."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from functools import lru_cache

__all__ = ["AMPM_PATTERN", "HHMM_ZONE_PATTERN", "ZONE_OFFSETS", "ZONE_PATTERN", "regional_readings", "zone_offset"]


# Offsets in minutes east of UTC; ambiguous abbreviations (ET, PT) are recognized but left unresolved.
ZONE_OFFSETS: dict[str, int | None] = {
    "GMT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420,
    "CET": 60, "CEST": 120, "BST": 60, "IST": 330, "JST": 540, "MSK": 180, "ET": None, "PT": None,
    "ADT": -180, "NDT": -150, "NST": -210, "MDT": -360, "MST": -420, "AKDT": -480, "AKST": -540, "HST": -600,
    "WET": 0, "WEST": 60, "EET": 120, "EEST": 180, "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "PKT": 300,
    "HKT": 480, "SGT": 480, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "AST": None,
}  # fmt: skip
# North American zones written without saying summer or winter time ("10:52 a.m. ET", "1:34 p.m. Eastern
# time"): the zone's offset on the day (daylight saving or not) when the day is known.
REGION_ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles", "CT": "America/Chicago"}
# Zone names written out: "Eastern time", "Pacific Daylight Time" -> the abbreviation.
_NAMED_ZONES = {"eastern": "E", "pacific": "P", "central": "C"}
_NAMED_ZONE = r"(?:Eastern|Pacific|Central)(?:\s+(?:Daylight|Standard))?\s+[Tt]ime"
# A bare offset ("10:52-04:00") is no offset when a zone, "local time" or a.m./p.m. follows it: "10:00-12:30
# GMT" is a span of two clock times in one zone, not 10:00 at UTC-12:30.
_SPAN_END = r"(?!\s*(?:[AaPp]\.?\s?[Mm]\b|[A-Z]{2,}\b|local\b))"
ZONE_PATTERN = (
    rf"(?P<zone>local\s+time|{_NAMED_ZONE}|(?:GMT|UTC)\s?[+\-−]\s?\d{{1,2}}(?::?\d{{2}})?|[+\-−]\d{{2}}:\d{{2}}{_SPAN_END}|"
    + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
    + r")\b"
)
# A four-digit clock ("1052 EDT", "0930 GMT") only before a zone of three letters or more that fixes the
# offset: "2000 MT" is more often tonnes than a time, and a bare four-digit number is a year or a count.
HHMM_ZONE_PATTERN = (
    r"(?P<zone>" + "|".join(sorted((z for z, o in ZONE_OFFSETS.items() if o is not None and len(z) >= 3), key=len,
                                    reverse=True)) + r"|Z)\b"
)  # fmt: skip
AMPM_PATTERN = r"(?P<ap>[AaPp]\.\s?[Mm]\.|[AaPp][Mm]\b)"
_OFFSET = re.compile(r"(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")


def _abbreviation(zone: str) -> str:
    """ "Eastern Daylight Time" -> "EDT", "Eastern time" -> "ET"; other zones as written."""
    words = zone.lower().split()
    if words[0] not in _NAMED_ZONES:
        return zone
    middle = {"daylight": "D", "standard": "S"}.get(words[1], "") if len(words) > 2 else ""
    return f"{_NAMED_ZONES[words[0]]}{middle}T"


def zone_offset(zone: str | None, on: dt.date | None = None) -> tuple[dt.timedelta | None, str]:
    """UTC offset of a zone as written ("EST", "GMT+8", "+05:30", "Eastern time"), and a note on it.
    ``on``: the day the time is on (or the publication day), which fixes a regional zone's offset ("ET"
    is UTC-04:00 in June and UTC-05:00 in January)."""
    if zone is None:
        return None, " (no time zone stated)"
    zone = _abbreviation(" ".join(zone.split()))
    if zone.lower() == "local time":
        return None, " local time (zone not stated)"
    m = _OFFSET.search(zone)
    region = REGION_ZONES.get(zone.upper())
    if region is not None and on is not None:
        noon = dt.datetime.combine(on, dt.time(12), tzinfo=zoneinfo.ZoneInfo(region))
        offset = noon.utcoffset() or dt.timedelta(0)
    elif m:
        minutes = int(m["h"]) * 60 + int(m["m"] or 0)
        offset = dt.timedelta(minutes=-minutes if m["sign"] in "-−" else minutes)
    elif (known := ZONE_OFFSETS.get(zone.upper())) is not None:
        offset = dt.timedelta(minutes=known)
    else:
        return None, f" {zone} (ambiguous zone: offset unknown)"
    total = int(offset.total_seconds()) // 60
    return offset, f" {zone} (UTC{'-' if total < 0 else '+'}{abs(total) // 60:02d}:{abs(total) % 60:02d})"


_ZONE_IN_TEXT = re.compile(r"\b" + ZONE_PATTERN)
# Days on which a regional zone is on its summer and its winter time.
_SUMMER_DAY, _WINTER_DAY = dt.date(2000, 7, 15), dt.date(2000, 1, 15)


def regional_readings(clock: str) -> tuple[dt.timedelta, dt.timedelta] | None:
    """(summer, winter) offsets of the regional zone a clock time is written in without a day to fix it
    ("10:52 a.m. ET" on a page with no date: UTC-04:00 or UTC-05:00); None for any other zone."""
    m = _ZONE_IN_TEXT.search(clock)
    region = REGION_ZONES.get(_abbreviation(" ".join(m["zone"].split())).upper()) if m else None
    if region is None:
        return None
    tz = zoneinfo.ZoneInfo(region)
    summer = dt.datetime.combine(_SUMMER_DAY, dt.time(12), tzinfo=tz).utcoffset()
    winter = dt.datetime.combine(_WINTER_DAY, dt.time(12), tzinfo=tz).utcoffset()
    return (summer, winter) if summer is not None and winter is not None else None


@lru_cache(maxsize=1024)  # asked once per date of a sentence
def sentence_zone(text: str) -> str | None:
    """The time zone a sentence states its times and dates in: ``"utc"`` for GMT/UTC, ``"local"`` for
    "local time", else the zone as written (upper case); None when it states none."""
    m = _ZONE_IN_TEXT.search(text)
    if m is None:
        return None
    zone = " ".join(m.group("zone").split())
    if zone.lower() == "local time":
        return "local"
    offset, _note = zone_offset(zone)
    if offset is not None and offset.total_seconds() == 0:
        return "utc"
    return zone.upper()
