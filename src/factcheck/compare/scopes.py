"""Figures of a part of the story's area kept out of its toll's series; tolls of earlier events judged apart.

What: in a block of figures (one subject, one attribute),

- a part of the story's area (``Qualifiers.scope``: "330 dead in Varn province" beside a national toll) is
  no step of the toll's update series (:func:`part_groups`): a place's figure is a part when it is not a
  figure the unplaced claims also give (as written, hedges aside) and is at most :data:`PART_SHARE_MAX` of
  the highest of those (a part is smaller than its whole; a place whose figure the whole toll also has,
  "64 died in Kesh" beside a toll of 64, is the story's own area named, and stays). A country is the area
  of a national figure, never a part; only counts have parts. Outside a series the figure stays in the
  block: a scope stated on one side only is a possible qualifier (:mod:`factcheck.compare.sameness`), so a
  disagreement with it stays a possible conflict;
- the tolls of an earlier event (a figure that changes over time whose sentence names a year before the
  story's: "the 1998 monsoon killed 3,100" in a 2031 story) are their own block, by year
  (:func:`split_earlier`): their claims meet only the claims of the same year, so they never make a
  ``distinct-events`` finding with the story's toll.

Why: on unseen disaster stories (issue #10, "Reference points and scope") one province's toll rode inside
the national update series, and a toll of a flood twelve years earlier turned the story's toll into a
``distinct-events`` finding.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, CompareAs
from factcheck.normalize.places import lookup_place

__all__ = ["PART_SHARE_MAX", "part_groups", "split_earlier"]


def _national(scope: str) -> bool:
    """A country named as a figure's place: the area of a national figure, the whole of a story's toll."""
    place = lookup_place(scope)
    return place is not None and place.kind == "country"


def _low(c: Claim) -> float:
    n = c.normalized
    return n.low if n.low is not None else (n.high if n.high is not None else 0.0)


def _earlier_year(c: Claim, ctx: CompareContext, latest: int | None) -> int | None:
    """The year of an earlier event a toll belongs to: its sentence's year, before its article's year (the
    latest year the block names when the article is undated)."""
    year = c.event.year
    if year is None or not c.changes_over_time or c.event.anchored_to_publication:
        return None
    published = ctx.published(c.source_id)
    story = published.year if published is not None else latest
    return year if story is not None and year < story else None


# The most a part's figure is of the whole's: a place's figure within a tenth of the whole toll is that toll
# named by its place ("159 dead in <the city>" beside "nearly 160", the development half), while a province's
# toll beside a national one was 0.4 of it on the judged pools.
PART_SHARE_MAX = 0.9


def _is_part(c: Claim, figures: set[str], top: float) -> bool:
    scope = c.qualifiers.scope
    part = scope is not None and not _national(scope) and c.normalized.key not in figures
    return part and _low(c) <= PART_SHARE_MAX * top


def part_groups(groups: Sequence[ValueGroup]) -> list[ValueGroup]:
    """The values whose every claim covers a part of the story's area (see the module docstring). Counts
    only (a toll, "number of ..."): the place of a measure's sentence is where it was taken ("a 20-page
    declaration signed in Paris"), not a part of an area it covers."""
    first = groups[0].claims[0] if groups else None
    if first is None or not (first.changes_over_time or first.attribute.startswith("number of")):
        return []
    whole = [c for g in groups for c in g.claims if c.qualifiers.scope is None or _national(c.qualifiers.scope)]
    if not whole:
        return []
    figures = {c.normalized.key for c in whole}  # the figure written, hedge aside ("nearly 90" fits 40)
    top = max(_low(c) for c in whole)
    return [g for g in groups if all(_is_part(c, figures, top) for c in g.claims)]


def split_earlier(block: Sequence[Claim], ctx: CompareContext) -> list[tuple[int | None, list[Claim]]]:
    """The story's own claims of ``block`` (year None, first), then the tolls of each earlier event by year."""
    claims = list(block)
    if not claims or claims[0].compare_as != CompareAs.NUMBER:
        return [(None, claims)]
    years = [c.event.year for c in claims if c.event.year is not None]
    latest = max(years) if years else None
    own: list[Claim] = []
    earlier: dict[int, list[Claim]] = {}
    for c in claims:
        year = _earlier_year(c, ctx, latest)
        if year is None:
            own.append(c)
        else:
            earlier.setdefault(year, []).append(c)
    if not own:
        return [(None, claims)]
    return [(None, own), *((y, earlier[y]) for y in sorted(earlier))]
