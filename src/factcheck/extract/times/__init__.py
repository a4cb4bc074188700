"""The times family: the day and the clock time of a news event.

Extractors (id: what it finds):

- ``event-date.v1`` (:mod:`.event_date`): the day an event happened or is planned for ("on Thursday",
  "16 May 2024", "six weeks ago"), resolved against the publication date.
- ``event-time.v1`` (:mod:`.event_time`): the clock time of an event ("at 10:41 local time"), with its
  time zone, compared in UTC.
- ``death-date.v1`` (:mod:`.death_date`): the day a named person died ("Lena Osk died on Wednesday"), keyed
  by the person.
- ``scheduled-date.v1`` (:mod:`.scheduled`): the dates a company sets ("the quarter ended April 28", "a
  dividend payable on June 28", "a split effective June 7"), keyed by what they are the date of.
"""

from __future__ import annotations

from factcheck.extract.base import Extractor
from factcheck.extract.registry import register
from factcheck.extract.times.death_date import DeathDateExtractor
from factcheck.extract.times.event_date import EventDateExtractor
from factcheck.extract.times.event_time import EventTimeExtractor
from factcheck.extract.times.scheduled import ScheduledDateExtractor

__all__ = ["EXTRACTORS", "DeathDateExtractor", "EventDateExtractor", "EventTimeExtractor", "ScheduledDateExtractor"]

EXTRACTORS: tuple[Extractor, ...] = (
    EventDateExtractor(),
    EventTimeExtractor(),
    ScheduledDateExtractor(),
    DeathDateExtractor(),
)

for _extractor in EXTRACTORS:
    register(_extractor)
