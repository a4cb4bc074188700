"""Counts of people aboard a vessel or aircraft: "80 passengers on board", "a ferry carrying about 80
people", "379 passengers and crew".

A helper of :mod:`factcheck.extract.quantities.rules` (split from it): it registers no extractor.

What: a people count with "on board"/"aboard" after it or "carrying" before it is the people on board;
"passengers" alone beside a crew figure are the passengers; "passengers and crew" (the second group
without a figure of its own) are everyone on board.
Why: pages give everyone on board, the passengers alone and the crew alone; each is its own figure, and
read as one they are a false difference (pool 5: passengers and crew together against the passengers).
"""

from __future__ import annotations

import re

from factcheck.extract.quantities import lexicon as ql
from factcheck.extract.quantities.found import Found
from factcheck.extract.quantities.lexicon import Counted
from factcheck.limits import may_end_with, text_before
from factcheck.normalize.numbers import NumberMatch

__all__ = ["aboard_count", "travellers_moved"]

# "serving nearly 90 million passengers in 2019", "handled 12 million passengers last year": the traffic of
# an airport, port or line over a period, not the people aboard one craft (pool 5).
_SERVED_BEFORE = re.compile(
    r"\b(?:serv(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|welcom(?:e|es|ed|ing))\s+(?:\S+\s+){0,2}$", re.I
)

# "379 passengers and crew", "the 40 crew and passengers": the other group named without a figure of its
# own, so the figure counts both.
_OTHER_GROUP_AFTER = re.compile(r"\s+and\s+(?:the\s+|its\s+|their\s+)?(?:crew(?:\s+members)?|passengers)\b", re.I)
_CREW = re.compile(r"\bcrew\b", re.I)
# "72 passengers, including four crew": the passengers are everyone on board, crew and all.
_INCLUDING = ("including", "among them", "of whom")


def aboard_count(text: str, m: NumberMatch, people_end: int) -> Found | None:
    """ "80 passengers on board", "a ferry carrying about 80 people" (people on board: revised as the
    passenger list is checked); "licensed to carry no more than 60 people" is the vessel's capacity."""
    before = text_before(text, m.start)
    if may_end_with(before, ("carry", "hold", "take", "seat", "of", "for")) and ql.CAPACITY_BEFORE.search(before):
        return Found(Counted("capacity (people)", "people"), people_end)
    noun = text[m.end : people_end].lower().split()[:1]
    both = _OTHER_GROUP_AFTER.match(text, people_end)
    if both is not None and noun in (["passengers"], ["crew"]):
        tail = ql.ON_BOARD_AFTER.match(text, both.end())
        return Found(Counted("people on board", "people", "event", True), tail.end() if tail else both.end())
    if noun == ["passengers"] and _SERVED_BEFORE.search(text_before(text, m.start)):
        return Found(Counted("passengers served", "passengers", "event"), people_end)
    on_board = ql.ON_BOARD_AFTER.match(text, people_end)
    if on_board is None and not (may_end_with(before, ql.CARRYING_ENDS) and ql.CARRYING_BEFORE.search(before)):
        return None
    end = on_board.end() if on_board else people_end
    # "six crew members on board" are the crew alone, and "62 passengers and six crew" the passengers
    # alone: everyone on board is another figure (passengers and crew), never counted under their names.
    if noun == ["crew"]:
        return Found(Counted("number of crew", "crew", "event"), end)
    whole = text[people_end : people_end + 16].lstrip(" ,").lower().startswith(_INCLUDING)
    if noun == ["passengers"] and not whole and _CREW.search(text) is not None:
        return Found(Counted("number of passengers", "passengers", "event", True), end)
    return Found(Counted("people on board", "people", "event", True), end)


def travellers_moved(text: str, m: NumberMatch, people_end: int, attribute: str) -> Found | None:
    """Passengers or crew "evacuated" from a vessel or aircraft are its passengers or crew, not people
    displaced from their homes (the cue's reading for residents): "367 passengers and 12 crew were
    evacuated" (pool 5)."""
    if attribute != "displaced":
        return None
    noun = text[m.end : people_end].lower().split()[:1]
    if noun == ["crew"]:
        return Found(Counted("number of crew", "crew", "event"), people_end)
    if noun == ["passengers"]:
        return Found(Counted("number of passengers", "passengers", "event", True), people_end)
    return None
