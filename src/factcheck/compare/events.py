"""Findings for event-bound facts (figures, places, dates): frames, then agreement or conflict."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare import certainty, sameness
from factcheck.compare.certainty import POSSIBLE_CONFLICT_CONFIDENCE, conflict_doubt, reference_point, stray_values
from factcheck.compare.context import CompareContext
from factcheck.compare.findings import block_finding, majority
from factcheck.compare.frames import Frame, split_instances
from factcheck.compare.qualified import authorities_of, different_authorities, different_facts
from factcheck.compare.scopes import part_groups, split_earlier
from factcheck.compare.series import as_of, build_series
from factcheck.compare.sides import agreeing_sides
from factcheck.compare.updates import RISE, says_it_moved
from factcheck.compare.updates import update as series_update
from factcheck.compare.values import ValueGroup, compatible, group_values
from factcheck.models import Claim, CompareAs, Finding, Preferred, Status

__all__ = ["UNCERTAIN_FRAME_CONFIDENCE", "event_findings"]

# Confidence of a finding whose claims could not all be placed in time (no publication date): the
# values may belong to different events. Below the 0.7 at which the text report marks a finding "?".
UNCERTAIN_FRAME_CONFIDENCE = 0.6

_KIND = {
    CompareAs.NUMBER: "number-mismatch",
    CompareAs.PLACE: "place-mismatch",
    CompareAs.DATE: "date-mismatch",
    CompareAs.TIME: "time-mismatch",
    CompareAs.SCORE: "score-mismatch",
}


def _incompatible_pairs(groups: Sequence[ValueGroup], ctx: CompareContext) -> list[tuple[ValueGroup, ValueGroup]]:
    """Pairs of values that cannot both be right about one fact, stated by different independent sources.

    Values measured from different reference points or covering different places are different facts
    (see :mod:`factcheck.compare.qualified`), never a pair. A syndicated copy that changes a value of
    its original makes a pair with it (:meth:`CompareContext.can_disagree`)."""
    pairs = []
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            if compatible(a.claims[0], b.claims[0]) or different_facts(a.claims, b.claims):
                continue
            if any(reference_point(c) for c in [*a.claims, *b.claims]):
                continue  # "near Miami" names a reference point, not the place of the event
            if any(ctx.can_disagree(x, y) for x in a.source_ids for y in b.source_ids):
                pairs.append((a, b))
    return pairs


def _judge(block: Sequence[Claim], frame: Frame, ctx: CompareContext, label: str | None) -> list[Finding]:
    first = block[0]
    groups = group_values(frame.claims)
    sources = sorted({c.source_id for c in frame.claims})
    confidence = certainty.claims_confidence(frame.claims)
    if frame.uncertain:
        confidence = min(confidence, UNCERTAIN_FRAME_CONFIDENCE)

    def finding(
        status: Status,
        kind: str,
        explanation: str,
        preferred: Preferred | None = None,
        values: Sequence[ValueGroup] | None = None,
    ) -> Finding:
        return block_finding(
            ctx,
            first,
            status=status,
            kind=kind,
            groups=groups if values is None else values,
            explanation=explanation,
            confidence=confidence,
            event=label,
            preferred=preferred,
        )

    # A toll that moves between reports is an update even where "at least 12" would also fit "31".
    # Compatible figures with no word of change ("more than 1,000" and "1,200") simply agree.
    said_moved = any(says_it_moved(g) for g in groups)
    moved = bool(_incompatible_pairs(groups, ctx)) or said_moved
    # A count the reports themselves say rose ("the number of ships waiting rose to 26") changes over
    # time even when its kind of count usually does not; measurements (magnitudes, rates) never do.
    changing = first.changes_over_time or (said_moved and first.attribute.startswith("number of"))
    # A value far below another report of its day counts a part (one group): outside the series.
    strays = stray_values(groups, ctx) if changing else []
    # A part of the story's area ("330 dead in Varn province" beside the national toll): no step either.
    parts = [g for g in part_groups(groups) if all(g is not s for s in strays)] if changing else []
    steps = [g for g in groups if all(g is not s for s in [*strays, *parts])]
    # Two inputs, even a copy and its original: a reprint a day later with a higher toll is an update.
    if changing and len(steps) > 1 and len({s for g in steps for s in g.source_ids}) >= 2 and moved:
        update = series_update(steps, ctx)
        if update is not None:
            apart = [
                finding(
                    Status.UNIQUE,
                    f"{first.compare_as.value}-unique",
                    f"Only {', '.join(g.source_ids)} states {g.display} for the {first.attribute}, far below another"
                    " report of that day: it likely counts a part (one group), so it is not a step of the series.",
                    values=[g],
                )
                for g in strays
            ] + [
                finding(
                    Status.UNIQUE,
                    f"{first.compare_as.value}-unique",
                    f"{', '.join(g.source_ids)} states {g.display} for the {first.attribute} in"
                    f" {g.claims[0].qualifiers.scope}, a part of the story's area: not a step of the series.",
                    values=[g],
                )
                for g in parts
            ]
            return [
                finding(
                    Status.UPDATED,
                    "figure-updated",
                    f"The {first.attribute} changed as news came in; later reports give higher or revised "
                    "figures, so this is an update, not a conflict.",
                    update,
                    steps,
                ).model_copy(update={"series": build_series(steps, ctx)}),
                *apart,
            ]
    # No series: figures far apart that still fit together (open bounds) make a weak agreement at most.
    confidence = certainty.spread_confidence(frame.claims, confidence)
    pairs = _incompatible_pairs(groups, ctx)
    if not pairs and _separate_facts(groups):
        # Values that differ only because they are different facts (another place, another group): each
        # fact agrees on its own where several sources state it; nothing is one agreement across them.
        return agreeing_sides(groups, ctx, first, label, confidence, beside_conflict=False)
    if not pairs:
        status = Status.AGREEMENT if ctx.independent(sources) >= 2 else Status.UNIQUE
        what = " and ".join(f"{g.display!s}" for g in groups)
        explanation = (
            f"{ctx.independent(sources)} independent sources agree on the {first.attribute} of {first.subject}: {what}."
            if status == Status.AGREEMENT
            else f"Only {sources[0]} states the {first.attribute} of {first.subject}."
        )
        if len(groups) > 1 and status == Status.AGREEMENT:
            explanation += " The values are compatible (containment, rounding or hedges)."
        return [finding(status, f"{first.compare_as.value}-{status.value}", explanation)]
    if all(different_authorities(a.claims, b.claims) for a, b in pairs):
        return [
            finding(
                Status.DIFFERENT_AUTHORITIES,
                "authority-difference",
                f"The {first.attribute} of {first.subject} differs between authorities: "
                + "; ".join(f"{g.display} according to {authorities_of(g.claims)}" for g in groups)
                + ". Each source reports its authority's figure correctly; this is not a conflict between "
                "the articles.",
            )
        ]
    if _ambiguous_key(groups):
        # One source gives several incompatible values under this key: the key names more than one fact
        # (viewers of two channels, deaths and the deaths of one group). Which of them another source's
        # value is about cannot be told, so no conflict; values several sources state still agree.
        return agreeing_sides(groups, ctx, first, label, confidence, beside_conflict=False)
    # The conflict shows the values that disagree; a value compatible with all of them ("some 5.2%"
    # beside "5.17%" and "5.72%") disagrees with nothing and is shown in the agreements only.
    doubt = conflict_doubt(pairs, frame.claims, ctx)
    # An asserted conflict opposes only values shown to be about one fact with another (see
    # certainty.shown_pairs): a third value of another sub-event is not part of the disagreement.
    placed = all(as_of(c, ctx) is not None for c in frame.claims)
    opposed_pairs = pairs if doubt else sameness.shown_pairs(pairs, ctx, placed) or pairs
    opposed = [g for g in groups if any(g is a or g is b for a, b in opposed_pairs)]
    explanation = (
        f"Sources disagree on the {first.attribute} of {first.subject}: "
        + "; ".join(f"{g.display} ({', '.join(g.source_ids)})" for g in opposed)
        + "."
    )
    explanation += _copy_note(opposed, ctx)
    if frame.uncertain:
        explanation += (
            " Not every source could be placed in time (no publication date or date in the text), so they may "
            "describe different events; check whether they report the same one."
        )
    if doubt is not None:
        explanation += " " + doubt
    conflict = finding(
        Status.POSSIBLE_CONFLICT if doubt else Status.CONFLICT,
        _KIND.get(first.compare_as, "value-mismatch"),
        explanation,
        majority(opposed, ctx),
        opposed,
    )
    if doubt:
        conflict = conflict.model_copy(update={"confidence": min(conflict.confidence, POSSIBLE_CONFLICT_CONFIDENCE)})
    else:
        capped = sameness.conflict_confidence(opposed_pairs, ctx, conflict.confidence)
        conflict = conflict.model_copy(update={"confidence": capped})
    return [conflict, *agreeing_sides(groups, ctx, first, label, confidence)]


def _copy_note(groups: Sequence[ValueGroup], ctx: CompareContext) -> str:
    """Names the syndicated copies that state a value their original does not (which of the two
    changed the text cannot be told; they are named as the detector grouped them)."""
    notes = []
    for copy, original in ctx.copies_in(sorted({s for g in groups for s in g.source_ids})):
        if any(copy in g.source_ids and original not in g.source_ids for g in groups):
            notes.append(f" {copy} is a near-copy of {original}, and the two state different values.")
    return "".join(notes)


def _separate_facts(groups: Sequence[ValueGroup]) -> bool:
    return any(not compatible(a.claims[0], b.claims[0]) for i, a in enumerate(groups) for b in groups[i + 1 :])


def _ambiguous_key(groups: Sequence[ValueGroup]) -> bool:
    """Some article states two values that cannot both be right about one fact, and the text does not
    present them as a series ("rose to 115 from 111")."""
    by_source: dict[str, list[Claim]] = {}
    for g in groups:
        for c in g.claims:
            by_source.setdefault(c.source_id, []).append(c)
    for claims in by_source.values():
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if not compatible(a, b) and not different_facts([a], [b]) and not _series(a, b):
                    return True
    return False


def _series(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence that says the figure moved, or revised: the steps of one series."""
    return a.evidence.sentence == b.evidence.sentence and (
        bool(RISE.search(a.evidence.sentence)) or a.normalized.revised or b.normalized.revised
    )


def event_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """The findings of a block: its own claims, then the tolls of each earlier event, judged apart
    (:func:`factcheck.compare.scopes.split_earlier`)."""
    out: list[Finding] = []
    for year, claims in split_earlier(block, ctx):
        found = _framed_findings(claims, ctx)
        if year is not None:
            note = f" These figures are of an event of {year}, set apart from the story's own {block[0].attribute}."
            found = [f.model_copy(update={"explanation": f.explanation + note}) for f in found]
        out.extend(found)
    return out


def _framed_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    frames = split_instances(block, ctx, compatible)
    labelled = len(frames) > 1
    out = [x for f in frames for x in _judge(block, f, ctx, f.label if labelled else None)]
    if labelled:
        out.extend(_distinct(block, frames, ctx))
    return out


def _distinct(block: Sequence[Claim], frames: Sequence[Frame], ctx: CompareContext) -> list[Finding]:
    """One finding showing the values of different events side by side, when they differ."""
    groups: list[ValueGroup] = []
    events: dict[str, str] = {}
    # A part of its frame's area ("in Varn province") is no event of its own: it stays out of the listing.
    parts = {id(c) for f in frames for g in part_groups(group_values(f.claims)) for c in g.claims}
    for f in frames:
        for g in group_values([c for c in f.claims if id(c) not in parts]):
            key = f"{g.key}@{f.label}"
            groups.append(ValueGroup(key, g.claims))
            events[key] = f.label
    # Different values in different events are shown side by side even when they would be compatible
    # ("at least nine" last year, 12 now): the editor sees two events, not one fact.
    differ = any(
        a.claims[0].normalized.key != b.claims[0].normalized.key
        for i, a in enumerate(groups)
        for b in groups[i + 1 :]
        if events[a.key] != events[b.key]
    )
    if not differ:
        return []
    first = block[0]
    explanation = (
        f"The {first.attribute} of {first.subject} differs between different events ("
        + "; ".join(f"{events[g.key]}: {g.display}" for g in groups)
        + "). These are not a conflict: each value belongs to its own event."
    )
    confidence = certainty.claims_confidence(block)
    if any(f.uncertain for f in frames):
        confidence = min(confidence, UNCERTAIN_FRAME_CONFIDENCE)
    return [
        block_finding(
            ctx,
            first,
            status=Status.DISTINCT_EVENTS,
            kind="distinct-events",
            groups=groups,
            explanation=explanation,
            confidence=confidence,
            events=events,
        )
    ]
