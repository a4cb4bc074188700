"""Building :class:`Finding` records: values with evidence, fingerprints, severity, preferred value."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, CompareAs, Evidence, Finding, FindingValue, Preferred, Severity, Status, Vote

__all__ = ["CORROBORATED_VOTE", "SEVERITY", "block_finding", "fingerprint", "make_finding", "outvoted", "vote"]

# Independent sources that make a value the corroborated one in a vote against a lone other value (the
# proper-name check's ``MIN_COMMON_SOURCES``, the sameness criterion's ``CORROBORATING_SOURCES``): two
# reports written apart are more than one report's own reading or house style.
CORROBORATED_VOTE = 2

SEVERITY: dict[Status, Severity] = {
    Status.CONFLICT: Severity.ERROR,
    Status.DISTINCT_EVENTS: Severity.WARNING,
    Status.DIFFERENT_AUTHORITIES: Severity.WARNING,
    Status.POSSIBLE_CONFLICT: Severity.WARNING,
    Status.UPDATED: Severity.WARNING,
    Status.AGREEMENT: Severity.INFO,
    Status.UNIQUE: Severity.INFO,
}


def fingerprint(status: Status, kind: str, subject_key: str, attribute: str, keys: Sequence[str]) -> str:
    """Stable id: the same finding on the same facts gets the same id whatever the input order,
    and adding an unrelated article does not change it (source ids and offsets are not part of it)."""
    payload = json.dumps([status.value, kind, subject_key, attribute, sorted(set(keys))], ensure_ascii=False)
    return "fc-" + hashlib.sha256(payload.encode()).hexdigest()[:16]


def _plain_value(group: ValueGroup) -> str:
    """Numbers as plain digits (tools compare them); other values as displayed."""
    first = group.claims[0]
    if first.compare_as == CompareAs.NUMBER:
        return first.normalized.key
    return group.display


# One figure written with digits ("$170.0 billion", "10km", "1,250"): its digits are the figure as a reader
# copies it from the page. Two figures ("5 to 7") or none ("five") give no written figure.
_WRITTEN_FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")


def _written_figure(group: ValueGroup, value: str) -> str | None:
    """The one figure a number's wording writes, in its own scale ('170.0' of '$170.0 billion'), when it
    is not ``value`` itself: what a reader copying the page writes, beside the value in base units."""
    if group.claims[0].compare_as != CompareAs.NUMBER:
        return None
    found = _WRITTEN_FIGURE.findall(group.text)
    if len(found) != 1:
        return None
    figure = found[0].replace(",", "")
    return None if figure == value else figure


def _evidence(claims: Sequence[Claim]) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Evidence] = []
    for c in sorted(claims, key=lambda c: (c.source_id, c.evidence.start, c.evidence.end)):
        k = (c.source_id, c.evidence.start, c.evidence.end)
        if k not in seen:
            seen.add(k)
            out.append(c.evidence)
    return tuple(out)


def vote(groups: Sequence[ValueGroup], ctx: CompareContext) -> list[Vote]:
    """Each value's weight: the sum over independent sources (syndicated copies count once, at the
    highest trust among them) of the source's trust from the manifest (default 1)."""
    votes: list[Vote] = []
    for g in groups:
        best: dict[str, float] = {}
        for s in g.source_ids:
            grp = ctx.group(s)
            best[grp] = max(best.get(grp, 0.0), ctx.trust(s))
        plain = _plain_value(g)
        # A suggested figure is written as the page writes it ("10.6" of "$10.6 billion", not 10600000000):
        # it is what an editor types and what a reader compares with the page.
        shown = _written_figure(g, plain) or plain
        votes.append(Vote(value=shown, weight=round(sum(best.values()), 3), sources=tuple(g.source_ids)))
    return votes


def outvoted(lone: Sequence[str], common: Sequence[str], ctx: CompareContext) -> bool:
    """The vote is clear: the sources of ``lone`` are one independent source (syndicated copies count
    once) and at least :data:`CORROBORATED_VOTE` other independent sources give ``common``."""
    mine = {ctx.group(s) for s in lone}
    return len(mine) == 1 and len({ctx.group(s) for s in common} - mine) >= CORROBORATED_VOTE


def majority(groups: Sequence[ValueGroup], ctx: CompareContext) -> Preferred | None:
    """The value with the most weight; None on a tie (no honest suggestion)."""
    votes = vote(groups, ctx)
    ranked = sorted(votes, key=lambda v: -v.weight)
    if len(ranked) > 1 and ranked[0].weight == ranked[1].weight:
        return None
    top = ranked[0]
    total = sum(v.weight for v in votes)
    return Preferred(
        value=top.value,
        reason=f"weighted vote: {top.weight:g} of {total:g} (independent sources weighted by trust)",
        votes=tuple(votes),
    )


def make_finding(
    ctx: CompareContext,
    *,
    status: Status,
    kind: str,
    subject: str,
    subject_key: str,
    attribute: str,
    groups: Sequence[ValueGroup],
    explanation: str,
    confidence: float,
    event: str | None = None,
    events: dict[str, str] | None = None,
    preferred: Preferred | None = None,
    diff: str | None = None,
) -> Finding:
    """A finding whose values are ``groups``; ``events`` labels each group key with its event frame."""
    values = tuple(
        FindingValue(
            value=(value := _plain_value(g)),
            text=g.text,
            normalized=_written_figure(g, value),
            display=g.display,
            event=(events or {}).get(g.key),
            sources=_evidence(g.claims),
        )
        for g in groups
    )
    keys = [g.key for g in groups]
    fid = fingerprint(status, kind, subject_key, attribute, [*keys, *([event] if event else [])])
    return Finding(
        id=fid,
        status=status,
        kind=kind,
        severity=SEVERITY[status],
        subject=subject,
        attribute=attribute,
        confidence=round(max(0.0, min(1.0, confidence)), 2),
        event=event,
        values=values,
        preferred=preferred,
        explanation=explanation,
        diff=diff,
    )


def block_finding(
    ctx: CompareContext,
    first: Claim,
    *,
    status: Status,
    kind: str,
    groups: Sequence[ValueGroup],
    explanation: str,
    confidence: float,
    event: str | None = None,
    events: dict[str, str] | None = None,
    preferred: Preferred | None = None,
) -> Finding:
    """A finding about the block ``first`` belongs to (its subject, subject key and attribute)."""
    return make_finding(
        ctx,
        status=status,
        kind=kind,
        subject=first.subject,
        subject_key=first.subject_key,
        attribute=first.attribute,
        groups=groups,
        explanation=explanation,
        confidence=confidence,
        event=event,
        events=events,
        preferred=preferred,
    )
