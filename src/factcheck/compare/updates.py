"""Whether values of a figure that changes over time (a toll) are one series of reports: each source's
figure at its as-of day, never falling from one day to a later one (``update``); without dates, the
reports' own words order them ("has risen to", "in total"; ``update`` falls back on the text).

Split from :mod:`factcheck.compare.events`, which judges a block's frames and calls ``update`` on a
frame's value groups.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.series import as_of
from factcheck.compare.values import ValueGroup, compatible
from factcheck.models import Claim, Preferred

__all__ = ["RISE", "says_it_moved", "update"]


# Words that say a figure moved since an earlier report: "has risen to", "climbed to", "now stands at".
RISE = re.compile(
    r"\b(?:has|have|had)\s+(?:risen|climbed|grown|increased|reached|jumped|surged|mounted)\b|"
    r"\b(?:rose|climbed|jumped|surged|increased|mounted|reached|rises|climbs|jumps|increases|grows|grew)\s+to\b|"
    r"\bnow\s+(?:stands|stood|confirmed|at)\b|"
    r"\b(?:new|updated|latest|revised)\s+(?:toll|figure|count|tally)\b|\brising\s+(?:death\s+)?toll\b|"
    r"\b(?:raising|bringing|taking|pushing|lifting)\s+the\s+(?:death\s+|overall\s+|official\s+)?"
    r"(?:toll|total|number|count|tally)\b|\b(?:has|have)\s+now\s+(?:died|been\s+killed|been\s+found)\b",
    re.IGNORECASE,
)


def says_it_moved(group: ValueGroup) -> bool:
    return any(c.normalized.revised or RISE.search(c.evidence.sentence) for c in group.claims)


# Words that give a count that changes over time as a running total ("64 people were arrested in
# total", "overall", "so far"): without dates, such a figure above another report's is the later one.
_RUNNING_TOTAL = re.compile(r"\b(?:overall|in\s+total|in\s+all|a\s+total\s+of|so\s+far|to\s+date|cumulative)\b", re.I)


def _running_total(group: ValueGroup) -> bool:
    return any(c.changes_over_time and _RUNNING_TOTAL.search(c.evidence.sentence) for c in group.claims)


def _update_from_text(groups: Sequence[ValueGroup]) -> Preferred | None:
    """Without dates: an update when the text of every higher figure says the figure rose (or a lower
    one says it was revised): the reports themselves order the values."""
    ordered = sorted(groups, key=lambda g: g.claims[0].normalized.low or 0.0)
    # A count of another group ("six of its members" beside the arrests) is not a step of the series:
    # every claim of it names a group that no claim of the highest figure names.
    top_groups = {c.qualifiers.group for c in ordered[-1].claims}
    ordered = [g for g in ordered if not all(c.qualifiers.group not in (None, *top_groups) for c in g.claims)]
    revised = [g for g in ordered if any(c.normalized.revised for c in g.claims)]
    if len(revised) == 1 and revised[0] is ordered[0]:
        return Preferred(value=revised[0].display, reason="the text says this figure was revised")
    # One figure with and without a hedge ("at least 14", "14") is one report: compare the figures.
    by_figure: dict[str, list[ValueGroup]] = {}
    for g in ordered:
        by_figure.setdefault(g.claims[0].normalized.key, []).append(g)
    figures = list(by_figure.values())
    # An open lower bound the top figure fits ("more than 115" below "rose to 143") needs no word of change:
    # it was true when written and is still true; only the figures it does not bound must say they rose.
    top = ordered[-1].claims[0]
    steps = [same for same in figures[1:] if not all(_bound_below(c, top) for g in same for c in g.claims)]
    if len(figures) > 1 and steps and all(any(says_it_moved(g) or _running_total(g) for g in same) for same in steps):
        return Preferred(value=ordered[-1].display, reason="the later reports say the figure rose to this")
    return None


def _bound_below(c: Claim, top: Claim) -> bool:
    """``c`` is an open lower bound ("at least 60", "more than 115") that ``top`` fits."""
    return c.normalized.high is None and c.normalized.low is not None and c is not top and compatible(c, top)


# Counts that fall as news comes in as often as they rise: people missing or unaccounted for are found,
# evacuees return. Any move between reports of different days is an update.
_EITHER_WAY = re.compile(r"\b(?:missing|unaccounted|evacuat|displaced|without power|outage|homeless)", re.I)


def _report_points(groups: Sequence[ValueGroup], ctx: CompareContext) -> list[tuple[dt.date, Claim]] | None:
    """Each source's figure and its as-of day: the highest it gives (an article's lower figures are the
    earlier steps of its own series: "rose to 115 from 111"), a figure other sources also give before one
    it alone gives (a toll of another disaster named for comparison). None when a source cannot be placed."""
    shared = {id(c) for g in groups if ctx.independent(g.source_ids) > 1 for c in g.claims}
    best: dict[str, tuple[tuple[bool, float], dt.date, Claim]] = {}
    for g in groups:
        for c in g.claims:
            day = as_of(c, ctx)
            if day is None:
                return None
            rank = (id(c) in shared, c.normalized.low or 0.0)
            held = best.get(c.source_id)
            if held is None or rank > held[0]:
                best[c.source_id] = (rank, day, c)
    # Within a day, by value: the day's highest figure is the one the next day's must not fall below.
    points = [(day, c) for _, day, c in best.values()]
    return sorted(points, key=lambda t: (t[0], t[1].normalized.low or 0.0, t[1].source_id))


def _placed_in_day(claim: Claim) -> bool:
    """The text gives its figure a time ("as of Sunday evening") or says it moved ("has risen to"): a
    snapshot of a count that moved during the day, so another report of that day may differ."""
    return bool(claim.qualifiers.as_of) or claim.normalized.revised or bool(RISE.search(claim.evidence.sentence))


def update(groups: Sequence[ValueGroup], ctx: CompareContext) -> Preferred | None:
    """For figures that change over time (tolls): each source's figure at its as-of day; an update when
    the figure never falls from one day to a later one (a fall only when the later text says it was
    revised, or for counts that move both ways), and reports of one day agree. None otherwise."""
    points = _report_points(groups, ctx)
    if points is None:
        return _update_from_text(groups)
    if len({day for day, _ in points}) < 2:
        return None
    either_way = bool(_EITHER_WAY.search(groups[0].claims[0].attribute))
    for (d1, earlier), (d2, later) in itertools.pairwise(points):
        e, lt = earlier.normalized, later.normalized
        if d1 == d2:
            disagree = not compatible(earlier, later) and ctx.can_disagree(earlier.source_id, later.source_id)
            if disagree and not (_placed_in_day(earlier) or _placed_in_day(later)):
                return None  # two reports of one day disagree and nothing orders them: a conflict
            continue
        grew = (lt.high if lt.high is not None else float("inf")) >= (e.low if e.low is not None else float("-inf"))
        if not (grew or lt.revised or either_way):
            return None
    day, last = points[-1]
    return Preferred(value=last.normalized.display, reason=f"the most recent report ({day.isoformat()})")
