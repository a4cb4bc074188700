"""A casualty figure of the last day alone ("31 people died in the past 24 hours").

What: :func:`in_recent_window` — the figure is followed, in the same clause, by a short recent window
("in the last 24 hours", "over the past day", "in the previous 24 hours", or "in the same period" after such a
window; not "overnight", which as often says how long a state lasted: "stranded overnight"), with no word
between them that moves to the running total ("bringing the toll to", "with", "since"), and is not
itself the new value of a toll ("the toll rose to 1,200 in the past day").

Why: daily bulletins give both the day's new deaths and the total since the disaster began. The day's
figure is an increment, like "nine more bodies" (which is no claim either): keyed as the toll, it meets
the total of another page or another day as a conflict, a different authority or a distinct event.

:func:`recipients`: a vague magnitude right after "to" or "for" ("brought food to hundreds of displaced
people") counts who received aid, not everyone in that state (a displaced toll of millions elsewhere).
:func:`in_new_casualties`: a figure that breaks the latest deaths down ("the latest deaths include 12
children") is the day's too.

Example: "Rains killed 31 people and hurt 210 more across the region in the past 24 hours" -> both
figures are the day's (no toll claim); "The toll stood at 804, with 62 of the deaths in the previous
24 hours" -> 804 is the toll, 62 the day's.
"""

from __future__ import annotations

import re

__all__ = ["in_new_casualties", "in_recent_window", "recipients"]

# How far after a figure (characters) its window is looked for: the longest gap in the bulletins read
# (a figure, a second coordinated figure and a cause, about 110 characters) with room to spare.
WINDOW_REACH = 160

_WINDOW = re.compile(
    r"(?i)\b(?:in|over|during|within)\s+the\s+(?:last|past|previous|preceding)\s+"
    r"(?:(?:24|twenty-four|48|forty-eight|one|two|few)\s+)?(?:hours?|days?)\b"
    r"|\bin\s+the\s+same\s+(?:time\s+)?period\b"
)
# Between the figure and the window: the sentence moves on to the running total or to another clause.
_TOTAL_BETWEEN = re.compile(
    r"(?i)\b(?:toll|total|overall|cumulative|tally|bringing|taking|pushing|raising|with|since|including"
    r"|which|while)\b|[;:]|\bto\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?\d"
)
# Right before the figure: it is the new value of a toll ("rose to", "stands at", "reached").
_NEW_VALUE_BEFORE = re.compile(r"(?i)\b(?:to|at|reached|hit|topped|passed|surpassed|crossed)\s*$")
# How far back (characters) the new-value words are looked for, hedges included ("to at least").
_BEFORE_REACH = 30
_HEDGES = re.compile(r"(?i)\s*(?:at\s+least|about|nearly|around|more\s+than|over|some|an\s+estimated)\s*$")


def in_recent_window(text: str, start: int, end: int) -> bool:
    """True when the figure at ``text[start:end]`` counts the last day alone (see the module docstring)."""
    window = _WINDOW.search(text, end, min(len(text), end + WINDOW_REACH))
    if window is None or _TOTAL_BETWEEN.search(text, end, window.start()):
        return False
    before = text[max(0, start - _BEFORE_REACH) : start]
    before = _HEDGES.sub("", before)
    return _NEW_VALUE_BEFORE.search(before) is None


# "the latest deaths include 12 children and 9 women": the figures break down the latest increment.
_NEW_CASUALTIES = re.compile(
    r"(?i)\b(?:new|latest|fresh|additional)\s+(?:deaths|fatalities|casualties|victims|dead)\s+"
    r"(?:include[sd]?|including|were|are)\b[^.;:]*$"
)
# How far back (characters) the increment's head is looked for: two coordinated counts fit.
_NEW_REACH = 80


def in_new_casualties(text: str, start: int) -> bool:
    """True when the figure at ``start`` breaks down the latest deaths ("the latest deaths include 12
    children and 18 women"): a part of the day's increment, not of the toll."""
    return _NEW_CASUALTIES.search(text[max(0, start - _NEW_REACH) : start]) is not None


# A vague magnitude right after a preposition of giving ("food to hundreds of displaced families", "shelter
# for hundreds of families"): it counts those who received something, not everyone in the state named.
_GIVEN_TO = re.compile(r"(?i)\b(?:to|for)\s+$")


def recipients(text: str, start: int, vague: bool) -> bool:
    """True when the vague figure at ``start`` ("thousands") counts the recipients of aid (see above)."""
    return vague and _GIVEN_TO.search(text[max(0, start - 5) : start]) is not None
