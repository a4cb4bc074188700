"""Stage 6: compare claims across articles and decide each finding's status.

The input is first grouped into stories (:mod:`.stories`); inside a story, claims are blocked by (how
they compare, subject, attribute): only figures of the same attribute of the same subject of one story
meet. Event-bound blocks are split into event frames first (:mod:`.frames`), so claims about different
events are ``distinct-events``, never a conflict. See README, "Statuses".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.compare.context import CompareContext, build_context
from factcheck.compare.entities import label_findings, name_findings, title_findings
from factcheck.compare.events import event_findings
from factcheck.compare.quotes import quote_findings
from factcheck.compare.spelling import spelling_findings
from factcheck.models import Claim, ClaimFile, CompareAs, Finding, Status
from factcheck.normalize.spelling import PROPER_NAMES_KEY

__all__ = [
    "CompareContext",
    "CompareResult",
    "block_findings",
    "block_key",
    "build_context",
    "compare_blocks",
    "compare_claims",
]

_STATUS_ORDER = {
    Status.CONFLICT: 0,
    Status.POSSIBLE_CONFLICT: 1,
    Status.UPDATED: 1,
    Status.DISTINCT_EVENTS: 2,
    Status.DIFFERENT_AUTHORITIES: 3,
    Status.AGREEMENT: 4,
    Status.UNIQUE: 5,
}


def block_key(c: Claim) -> tuple[str, str, str]:
    """The block a claim is compared in: only claims with the same key meet (the claim store indexes it)."""
    return (c.compare_as.value, c.subject_key, c.attribute)


def _blocks(claims: Sequence[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    blocks: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        blocks.setdefault(block_key(c), []).append(c)
    return blocks


@dataclass
class CompareResult:
    findings: list[Finding]
    duplicate_of: dict[str, str] = field(default_factory=dict)  # syndicated copy -> the input it copies
    story_of: dict[str, str] = field(default_factory=dict)  # input -> its story


def compare_claims(files: Sequence[ClaimFile], texts: dict[str, str] | None = None) -> CompareResult:
    """Every finding on the claims of ``files``, story by story, conflicts first, in a stable order.

    Syndicated copies and stories are found from the files' text fingerprints (:mod:`factcheck.fingerprint`);
    ``texts`` (source id -> junk-free text) stands in for the fingerprint of a file that has none."""
    from factcheck.fingerprint import fingerprint_texts

    ctx = build_context(files, fingerprint_texts(files, texts))
    claims = [c for f in files for c in f.claims]
    quotes = [c for c in claims if c.compare_as == CompareAs.QUOTE]
    blocks = (block for key, block in sorted(_blocks(claims).items()) if key[0] != CompareAs.QUOTE.value)
    return compare_blocks(ctx, quotes, blocks)


def block_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """The findings of one block: claims of one (compare-as, subject key, attribute), not quotes."""
    kind = block[0].compare_as
    if kind == CompareAs.NAME and block[0].subject_key == PROPER_NAMES_KEY:
        return spelling_findings(block, ctx)
    if kind == CompareAs.NAME:
        return name_findings(block, ctx)
    if kind == CompareAs.TEXT:
        return title_findings(block, ctx)
    if kind == CompareAs.LABEL:
        return label_findings(block, ctx)
    return event_findings(block, ctx)


def compare_blocks(ctx: CompareContext, quotes: Sequence[Claim], blocks: Iterable[Sequence[Claim]]) -> CompareResult:
    """Findings on every quote and on each block of ``blocks`` (sorted by block key), which may be
    streamed: only one block is held at a time (the claim store feeds this from SQLite). Quotes and
    blocks are split by story (``ctx.story_of``): only claims of one story meet."""

    def story(c: Claim) -> str:
        return ctx.story_of.get(c.source_id, "")

    found: list[tuple[str, Finding]] = []
    for s, part in _by_story(quotes, story):
        found += [(s, f) for f in quote_findings(part, ctx)]
    for block in blocks:  # claims of different stories never meet: each block is split by story
        for s, part in _by_story(block, story):
            found += [(s, f) for f in block_findings(part, ctx)]
    unique: dict[str, Finding] = {}
    seen: set[tuple[str, str]] = set()
    for s, f in sorted(found, key=lambda sf: sf[0]):  # stable: each story's findings in their order
        if (s, f.id) in seen:
            continue
        seen.add((s, f.id))
        if f.id in unique:  # the same finding on the same facts in another story: told apart by story
            f = f.model_copy(update={"id": _story_id(f.id, s)})
        unique[f.id] = f.model_copy(update={"story": s or None})
    ordered = sorted(unique.values(), key=lambda f: (_STATUS_ORDER[f.status], f.subject, f.attribute, f.id))
    return CompareResult(ordered, dict(ctx.group_of), dict(ctx.story_of))


def _by_story(claims: Iterable[Claim], story: Callable[[Claim], str]) -> list[tuple[str, list[Claim]]]:
    parts: dict[str, list[Claim]] = {}
    for c in claims:
        parts.setdefault(story(c), []).append(c)
    return sorted(parts.items())


def _story_id(fid: str, story: str) -> str:
    return "fc-" + hashlib.sha256(f"{fid}|{story}".encode()).hexdigest()[:16]
