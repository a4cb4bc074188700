"""Stage 6: compare claims across articles and decide each finding's status.

The input is first grouped into stories (:mod:`.stories`); inside a story, claims are blocked by (how
they compare, subject, attribute): only figures of the same attribute of the same subject of one story
meet. Event-bound blocks are split into event frames first (:mod:`.frames`), so claims about different
events are ``distinct-events``, never a conflict. See README, "Statuses".
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.compare.context import CompareContext, build_context
from factcheck.compare.entities import label_findings, name_findings, title_findings
from factcheck.compare.events import event_findings
from factcheck.compare.quotes import quote_findings
from factcheck.models import Claim, ClaimFile, CompareAs, Finding, Status

__all__ = ["CompareContext", "CompareResult", "build_context", "compare_claims"]

_STATUS_ORDER = {
    Status.CONFLICT: 0,
    Status.POSSIBLE_CONFLICT: 1,
    Status.UPDATED: 1,
    Status.DISTINCT_EVENTS: 2,
    Status.DIFFERENT_AUTHORITIES: 3,
    Status.AGREEMENT: 4,
    Status.UNIQUE: 5,
}


def _blocks(claims: Sequence[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    blocks: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        blocks.setdefault((c.compare_as.value, c.subject_key, c.attribute), []).append(c)
    return blocks


@dataclass
class CompareResult:
    findings: list[Finding]
    duplicate_of: dict[str, str] = field(default_factory=dict)  # syndicated copy -> the input it copies
    story_of: dict[str, str] = field(default_factory=dict)  # input -> its story


def _story_findings(claims: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """Every finding on the claims of one story."""
    findings: list[Finding] = []
    quotes = [c for c in claims if c.compare_as == CompareAs.QUOTE]
    findings.extend(quote_findings(quotes, ctx))
    for (compare_as, _subject, _attribute), block in sorted(_blocks(claims).items()):
        kind = CompareAs(compare_as)
        if kind == CompareAs.QUOTE:
            continue
        if kind == CompareAs.NAME:
            findings.extend(name_findings(block, ctx))
        elif kind == CompareAs.TEXT:
            findings.extend(title_findings(block, ctx))
        elif kind == CompareAs.LABEL:
            findings.extend(label_findings(block, ctx))
        else:
            findings.extend(event_findings(block, ctx))
    return findings


def compare_claims(files: Sequence[ClaimFile], texts: dict[str, str] | None = None) -> CompareResult:
    """Every finding on the claims of ``files``, story by story, conflicts first, in a stable order.

    Syndicated copies and stories are found from the files' text fingerprints
    (:mod:`factcheck.fingerprint`); ``texts`` (source id -> junk-free text) stands in for the
    fingerprint of a file that has none."""
    from factcheck.fingerprint import fingerprint_texts

    ctx = build_context(files, fingerprint_texts(files, texts))
    by_story: dict[str, list[Claim]] = {}
    for cf in files:
        by_story.setdefault(ctx.story_of[cf.source.id], []).extend(cf.claims)
    unique: dict[str, Finding] = {}
    for story in sorted(by_story):
        seen: set[str] = set()
        for f in _story_findings(by_story[story], ctx):
            if f.id in seen:
                continue
            seen.add(f.id)
            if f.id in unique:  # the same finding on the same facts in another story: told apart by story
                f = f.model_copy(update={"id": _story_id(f.id, story)})
            unique[f.id] = f.model_copy(update={"story": story})
    ordered = sorted(unique.values(), key=lambda f: (_STATUS_ORDER[f.status], f.subject, f.attribute, f.id))
    return CompareResult(ordered, dict(ctx.group_of), dict(ctx.story_of))


def _story_id(fid: str, story: str) -> str:
    return "fc-" + hashlib.sha256(f"{fid}|{story}".encode()).hexdigest()[:16]
