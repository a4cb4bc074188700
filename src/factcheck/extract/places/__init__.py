"""The places family: where an event took place, where an incident happened, where a quake was centred.

Extractors (id: what it finds):

- ``event-place.v1`` (:mod:`.event_place`): the place of a meeting, visit or other news event named next
  to an event word, a venue with its town, or a wire dateline.
- ``incident-place.v1`` (:mod:`.incident_place`): the place near which an accident or disaster happened
  ("capsized off X", "near the village of Y"), small towns included.
- ``epicentre.v1`` (:mod:`.epicentre`): the place nearest to an earthquake's epicentre or a blaze's origin.
"""

from __future__ import annotations

from factcheck.extract.base import Extractor
from factcheck.extract.places.epicentre import EpicentreExtractor
from factcheck.extract.places.event_place import EventPlaceExtractor
from factcheck.extract.places.incident_place import IncidentPlaceExtractor
from factcheck.extract.registry import register

__all__ = ["EXTRACTORS", "EpicentreExtractor", "EventPlaceExtractor", "IncidentPlaceExtractor"]

EXTRACTORS: tuple[Extractor, ...] = (EventPlaceExtractor(), IncidentPlaceExtractor(), EpicentreExtractor())

for _extractor in EXTRACTORS:
    register(_extractor)
