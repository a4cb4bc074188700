"""Agreements inside a block whose values do not all agree: each side of a conflict, or each fact under
a key that names several (see :func:`factcheck.compare.events.event_findings`)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare.certainty import FAR_APART_RATIO
from factcheck.compare.context import CompareContext
from factcheck.compare.findings import block_finding
from factcheck.compare.values import ValueGroup, compatible
from factcheck.models import Claim, Finding, Normalized, Status

__all__ = ["SAME_FIGURE_MAX_GAP", "SMALL_PART_MAX", "agreeing_sides"]


# Two values of a figure that changes over time are one figure of an agreement when their figures
# (the bound of a hedged value, else the value) are this close relative to the larger: "more than 300"
# and "312" (4%), "at least 153" and "154", "more than 60" and "at least 63" (5%, the widest such pair on
# the real-news development half and the pools); "at least 95" and "at least 105" are compatible bounds
# but two reports of a rising toll, not one figure the sources agree on.
SAME_FIGURE_MAX_GAP = 0.05


# A part of a toll (far below its source's headline figure) this small says nothing by being equal to
# another source's: on the pools, single-digit parts coincided by chance (two dead in one county, two
# firefighters, two in another state), while larger equal parts were one fact (17 dead in one state, 25
# injured in a first report).
SMALL_PART_MAX = 9


def _figure(n: Normalized) -> float | None:
    """The figure a value states: the middle of a range ("about a hundred", "18,000 to 20,000"), else its
    one bound ("at least 95")."""
    if n.low is not None and n.high is not None:
        return (n.low + n.high) / 2
    return n.low if n.low is not None else n.high


def _one_figure(a: Claim, b: Claim) -> bool:
    """Compatible, and for a figure that changes over time the same figure within SAME_FIGURE_MAX_GAP,
    not known to cover two different places or groups."""
    if not compatible(a, b):
        return False
    if not (a.changes_over_time and b.changes_over_time):
        return True
    if _covers_differ(a, b):
        return False
    fa, fb = _figure(a.normalized), _figure(b.normalized)
    if fa is None or fb is None:
        return a.normalized.key == b.normalized.key
    larger = max(abs(fa), abs(fb))
    return larger == 0 or abs(fa - fb) / larger <= SAME_FIGURE_MAX_GAP


def _covers_differ(a: Claim, b: Claim) -> bool:
    """Both texts name the place (or the group) a toll covers, and they differ; one unnamed decides nothing."""
    qa, qb = a.qualifiers, b.qualifiers
    return (qa.scope_key is not None and qb.scope_key is not None and qa.scope_key != qb.scope_key) or (
        qa.group is not None and qb.group is not None and qa.group != qb.group
    )


def _same_named_cover(a: Claim, b: Claim) -> bool:
    """Both texts name the same place or the same group the toll covers ("in Kestrel County")."""
    qa, qb = a.qualifiers, b.qualifiers
    return (qa.scope_key is not None and qa.scope_key == qb.scope_key) or (
        qa.group is not None and qa.group == qb.group
    )


def _headline_figures(groups: Sequence[ValueGroup]) -> list[ValueGroup]:
    """For a figure that changes over time, without each source's small parts: figures of at most
    SMALL_PART_MAX, more than FAR_APART_RATIO times below the highest it gives ("two in one county"
    beside "at least 95"), unless another source gives that figure for the same named place or group. An
    equal small number elsewhere need not be about the same part (two deaths in one county, two
    firefighters)."""
    claims = [c for g in groups for c in g.claims]
    top: dict[str, float] = {}
    for c in claims:
        if (f := _figure(c.normalized)) is not None:
            top[c.source_id] = max(top.get(c.source_id, f), f)

    def part(c: Claim) -> bool:
        f = _figure(c.normalized)
        if f is None or f > SMALL_PART_MAX or f * FAR_APART_RATIO >= top[c.source_id]:
            return False
        return not any(
            o.source_id != c.source_id and o.normalized.key == c.normalized.key and _same_named_cover(c, o)
            for o in claims
        )

    out = []
    for g in groups:
        kept = [c for c in g.claims if not (c.changes_over_time and part(c))]
        if kept:
            out.append(ValueGroup(g.key, kept))
    return out


def agreeing_sides(
    groups: Sequence[ValueGroup],
    ctx: CompareContext,
    first: Claim,
    label: str | None,
    confidence: float,
    beside_conflict: bool = True,
) -> list[Finding]:
    """Inside a conflict, each side that several independent sources support, with compatible values
    ("more than 40 million" and "42 million" against "45 million"), is an agreement of its own. Under a
    key that names several facts (``beside_conflict`` False), the same for each fact. A figure that
    changes over time agrees only on one figure (:func:`_one_figure`), each source by its headline
    figure (:func:`_headline_figures`): the values of a rising toll are a series, not an agreement."""
    if first.changes_over_time and not beside_conflict:
        groups = _headline_figures(groups)
    sides: list[list[ValueGroup]] = []
    for g in groups:
        for side in sides:
            if all(_one_figure(g.claims[0], o.claims[0]) for o in side):
                side.append(g)
                break
        else:
            sides.append([g])
    against = (
        "against other sources (see the conflict)"
        if beside_conflict
        else "while other values under this key are other facts (another place, group or moment)"
    )
    out = []
    for side in sides:
        sources = sorted({s for g in side for s in g.source_ids})
        if ctx.independent(sources) < 2:
            continue
        what = " and ".join(g.display for g in side)
        out.append(
            block_finding(
                ctx,
                first,
                status=Status.AGREEMENT,
                kind=f"{first.compare_as.value}-agreement",
                groups=side,
                explanation=f"{ctx.independent(sources)} independent sources agree on {what} for the {first.attribute} "
                f"of {first.subject}, {against}.",
                confidence=confidence,
                event=label,
            )
        )
    return out
