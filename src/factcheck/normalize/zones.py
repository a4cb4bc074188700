"""Clock-time zones as news writes them ("GMT", "EST", "UTC+3", "+05:30", "local time")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

__all__ = ["AMPM_PATTERN", "ZONE_OFFSETS", "ZONE_PATTERN", "zone_offset"]


# Offsets in minutes east of UTC; ambiguous abbreviations (ET, PT) are recognized but left unresolved.
ZONE_OFFSETS: dict[str, int | None] = {
    "GMT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420,
    "CET": 60, "CEST": 120, "BST": 60, "IST": 330, "JST": 540, "MSK": 180, "ET": None, "PT": None,
    "ADT": -180, "NDT": -150, "NST": -210, "MDT": -360, "MST": -420, "AKDT": -480, "AKST": -540, "HST": -600,
    "WET": 0, "WEST": 60, "EET": 120, "EEST": 180, "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "PKT": 300,
    "HKT": 480, "SGT": 480, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "AST": None,
}  # fmt: skip
ZONE_PATTERN = (
    r"(?P<zone>local\s+time|(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[+\-−]\d{2}:\d{2}|"
    + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
    + r")\b"
)
AMPM_PATTERN = r"(?P<ap>[AaPp]\.\s?[Mm]\.|[AaPp][Mm]\b)"
_OFFSET = re.compile(r"(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")


def zone_offset(zone: str | None) -> tuple[dt.timedelta | None, str]:
    """UTC offset of a zone as written ("EST", "GMT+8", "+05:30"), and a note on it."""
    if zone is None:
        return None, " (no time zone stated)"
    zone = " ".join(zone.split())
    if zone.lower() == "local time":
        return None, " local time (zone not stated)"
    m = _OFFSET.search(zone)
    if m:
        minutes = int(m["h"]) * 60 + int(m["m"] or 0)
        offset = dt.timedelta(minutes=-minutes if m["sign"] in "-−" else minutes)
    elif (known := ZONE_OFFSETS.get(zone.upper())) is not None:
        offset = dt.timedelta(minutes=known)
    else:
        return None, f" {zone} (ambiguous zone: offset unknown)"
    total = int(offset.total_seconds()) // 60
    return offset, f" {zone} (UTC{'-' if total < 0 else '+'}{abs(total) // 60:02d}:{abs(total) % 60:02d})"


_ZONE_IN_TEXT = re.compile(r"\b" + ZONE_PATTERN)


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
