"""Figures of a part of the story's area, and tolls of earlier events, set apart before a block is judged.

What: a block of figures (one subject, one attribute) is split into the story's own figures and

- the figures of each place that is a part of the story's area (``Qualifiers.scope``: "330 dead in Varn
  province" beside a national toll): a place's figures are set apart when none of them is a figure the
  unplaced claims also give (as written, hedges aside) and all are below the highest of those (a part is
  smaller than its whole; a place whose figure the whole toll also has, "64 died in Kesh" beside a toll of
  64, is the story's own area named, and stays). A country is the area of a national figure, never a part;
- the tolls of an earlier event (a figure that changes over time whose sentence names a year before the
  story's: "the 1998 monsoon killed 3,100" in a 2031 story), by year.

Each part is judged on its own: its claims meet only the claims of the same place (or year), so a
province's toll never rides in the national toll's update series, nor makes a ``distinct-events`` finding
with it, and two sources giving one province's toll still agree or disagree with each other.

Why: on unseen disaster stories (issue #10, "Reference points and scope") one province's toll sat inside
the national update series, and a toll of a flood twelve years earlier turned the story's toll into a
``distinct-events`` finding. A scope on one side only stays a possible qualifier when the values do not show
a part (:mod:`factcheck.compare.sameness`): nothing here asserts a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.models import Claim, CompareAs
from factcheck.normalize.places import lookup_place

__all__ = ["Part", "split_parts"]

Part = tuple[str | None, list[Claim]]  # (what sets the claims apart, for an explanation; None: the story's own)


def _national(scope: str) -> bool:
    """A country named as a figure's place: the area of a national figure, the whole of a story's toll."""
    place = lookup_place(scope)
    return place is not None and place.kind == "country"


def _same_place(a: str, b: str) -> bool:
    return a == b or a in b or b in a  # "varn province" and "northern varn province"


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


def _place_parts(claims: list[Claim]) -> tuple[list[Claim], list[Part]]:
    """The claims of the story's own area and those of each part of it (see the module docstring)."""
    by_place: dict[str, list[Claim]] = {}
    whole: list[Claim] = []
    for c in claims:
        key = c.qualifiers.scope_key
        if key is None or _national(c.qualifiers.scope or ""):
            whole.append(c)
            continue
        held = next((k for k in by_place if _same_place(k, key)), key)
        by_place.setdefault(held, []).append(c)
    if not whole:
        return claims, []
    top = max(_low(c) for c in whole)
    own, parts = list(whole), list[Part]()
    for placed in by_place.values():
        figures = {w.normalized.key for w in whole}  # the figure written, hedge aside ("nearly 90" fits 40)
        part = all(_low(c) < top and c.normalized.key not in figures for c in placed)
        if part:
            parts.append((f"in {placed[0].qualifiers.scope}", placed))
        else:
            own.extend(placed)
    return own, parts


def split_parts(block: Sequence[Claim], ctx: CompareContext) -> list[Part]:
    """The story's own claims of ``block`` (first, unless every claim is set apart), then each part."""
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
    own, places = _place_parts(own)
    return [(None, own), *places, *((f"in {y}", earlier[y]) for y in sorted(earlier))]
