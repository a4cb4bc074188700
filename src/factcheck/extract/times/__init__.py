"""The times family: the day and the clock time of a news event.

Extractors (id: what it finds):

- ``event-date.v1`` (:mod:`.event_date`): the day an event happened or is planned for ("on Thursday",
  "16 May 2024", "six weeks ago"), resolved against the publication date.
- ``event-time.v1`` (:mod:`.event_time`): the clock time of an event ("at 10:41 local time"), with its
  time zone, compared in UTC.
"""

from __future__ import annotations

from factcheck.extract.base import Extractor
from factcheck.extract.registry import register
from factcheck.extract.times.event_date import EventDateExtractor
from factcheck.extract.times.event_time import EventTimeExtractor

__all__ = ["EXTRACTORS", "EventDateExtractor", "EventTimeExtractor"]

EXTRACTORS: tuple[Extractor, ...] = (EventDateExtractor(), EventTimeExtractor())

for _extractor in EXTRACTORS:
    register(_extractor)
