"""The series of a figure that changes over time: each value with its as-of time and sources.

An ``updated`` finding carries its series (``Finding.series``) so an editor sees how the figure moved:
one point per value and as-of time, the as-of time being the claim's own date when the text gives
one (or the weekday of an "as of Sunday" phrase), else its source's publication date (the same times
:mod:`.events` orders the values by). The points are ordered by time; when any time is unknown the
order by time cannot be trusted, and the points are ordered by value (a toll rises), unknown times last
within one value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, CompareAs, SeriesPoint
from factcheck.normalize.dates import WEEKDAYS

__all__ = ["as_of", "build_series"]


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


# Words that make a time in the sentence the time a count holds: "as of Sunday", "by Tuesday evening",
# "until Friday". A time on the verb of the count ("killed 154 people on Saturday") says when the people
# died, not when they were counted: that count is the one known when its article was written.
_COUNTED_BY = ("as", "by", "until")


def as_of(claim: Claim, ctx: CompareContext) -> dt.date | None:
    """When the claim's value holds: its own date (for a count that changes over time, only when an
    as-of phrase gives it: "as of Sunday"); else the weekday of that phrase on or before its source's
    publication date; else that publication date; else the claim's own date."""
    published = ctx.published(claim.source_id)
    said = claim.qualifiers.as_of or ""
    counted = said.split(" ", 1)[0].lower() in _COUNTED_BY or not claim.changes_over_time
    if claim.event.date is not None and (counted or published is None):
        return claim.event.date
    if published is not None and said and counted and (m := _WEEKDAY.search(said)):
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        return published - dt.timedelta(days=back)
    return published


def _plain(group: ValueGroup) -> str:
    first = group.claims[0]
    return first.normalized.key if first.compare_as == CompareAs.NUMBER else group.display


def _magnitude(group: ValueGroup) -> float:
    n = group.claims[0].normalized
    for bound in (n.low, n.high):
        if bound is not None:
            return bound
    return 0.0


def build_series(groups: Sequence[ValueGroup], ctx: CompareContext) -> tuple[SeriesPoint, ...]:
    """One point per (value, as-of time), ordered by time (by value when a time is unknown)."""
    points: list[tuple[float, SeriesPoint]] = []
    for g in groups:
        by_time: dict[dt.date | None, list[Claim]] = {}
        for c in g.claims:
            by_time.setdefault(as_of(c, ctx), []).append(c)
        for when, claims in by_time.items():
            point = SeriesPoint(
                value=_plain(g),
                display=g.display,
                as_of=when.isoformat() if when is not None else None,
                sources=tuple(sorted({c.source_id for c in claims})),
                revised=any(c.normalized.revised for c in claims),
            )
            points.append((_magnitude(g), point))
    if all(p.as_of is not None for _, p in points):
        points.sort(key=lambda mp: (mp[1].as_of or "", mp[0], mp[1].value))
    else:
        points.sort(key=lambda mp: (mp[0], mp[1].as_of is None, mp[1].as_of or "", mp[1].value))
    return tuple(p for _, p in points)
