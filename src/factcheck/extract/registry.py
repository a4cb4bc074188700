"""The registry of extractors, looked up by their stable versioned ids (``"place.v1"``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from factcheck.extract.base import ArticleContext, Extractor
from factcheck.models import Claim, ClaimKind
from factcheck.normalize.units import same_dimension

__all__ = ["all_extractors", "get", "register", "run_extractors"]

_REGISTRY: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Add an extractor; ids are unique and never reused for different behaviour."""
    if extractor.id in _REGISTRY:
        raise ValueError(f"extractor id {extractor.id!r} is registered twice")
    _REGISTRY[extractor.id] = extractor
    return extractor


def get(extractor_id: str) -> Extractor:
    return _REGISTRY[extractor_id]


def all_extractors() -> list[Extractor]:
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def _family(extractor_id: str) -> str:
    return extractor_id.split(".v", 1)[0]


def run_extractors(ctx: ArticleContext, disabled: Iterable[str] = ()) -> list[Claim]:
    """Claims of every enabled extractor, in text order; ``disabled`` holds ids or families ("place")."""
    off = set(disabled)
    claims: list[Claim] = []
    for ext in all_extractors():
        if ext.id in off or _family(ext.id) in off:
            continue
        claims.extend(ext.extract(ctx))
    seen: set[str] = set()
    unique: list[Claim] = []
    for c in sorted(claims, key=lambda c: (c.evidence.start, c.evidence.end, c.extractor, c.attribute)):
        if c.id not in seen:
            seen.add(c.id)
            unique.append(c)
    return _without_conversions(_without_superseded(_without_shadowed(unique)), ctx.doc.original)


# Between a figure and its conversion: the opening bracket ("25 miles (40 km)"), and after it the closing one.
_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?")
_CONVERSION_CLOSE = re.compile(r"\s*\)")


def _converts(c: Claim, before: Claim | None, original: str) -> bool:
    """``c`` is ``before`` written again in another unit of its dimension, in brackets right after it."""
    return (
        before is not None
        and before.normalized.unit != c.normalized.unit
        and same_dimension(before.normalized.unit, c.normalized.unit)
        and _CONVERSION_OPEN.fullmatch(original, before.evidence.end, c.evidence.start) is not None
        and _CONVERSION_CLOSE.match(original, c.evidence.end) is not None
    )


def _without_conversions(claims: list[Claim], original: str) -> list[Claim]:
    """Drop a figure that converts the figure before it into another unit, in brackets ("25 miles (40
    km) from", "31,000 feet (9,450 metres)"): the same value written twice is one claim, the first."""
    figures = [c for c in claims if c.kind == ClaimKind.QUANTITY and c.normalized.unit]
    ends = {c.evidence.end: c for c in figures}
    dropped = {
        c.id
        for c in figures
        if any(
            _converts(c, ends.get(end), original)
            for end in range(max(0, c.evidence.start - _MAX_CONVERSION_GAP), c.evidence.start)
        )
    }
    return [c for c in claims if c.id not in dropped]


# Characters at most between a figure and the bracketed conversion after it ("miles (about ").
_MAX_CONVERSION_GAP = 12


def _is_fallback(extractor_id: str) -> bool:
    return bool(getattr(_REGISTRY.get(extractor_id), "fallback", False))


def _without_shadowed(claims: list[Claim]) -> list[Claim]:
    """Drop a fallback extractor's claim (``fallback = True``: a second reading of what others may have
    read already) where a claim of the same kind from another extractor covers the same characters.

    Primary claims of each kind are sorted by start, with the furthest end reached so far: a fallback
    claim is covered when a primary claim starting before its end reaches past its start (comparing
    every pair made the cost quadratic in the number of claims)."""
    primary: dict[ClaimKind, tuple[list[int], list[int]]] = {}
    for p in sorted((c for c in claims if not _is_fallback(c.extractor)), key=lambda c: c.evidence.start):
        starts, reach = primary.setdefault(p.kind, ([], []))
        starts.append(p.evidence.start)
        reach.append(max(p.evidence.end, reach[-1] if reach else p.evidence.end))
    out = []
    for c in claims:
        if _is_fallback(c.extractor) and c.kind in primary:
            starts, reach = primary[c.kind]
            i = bisect_left(starts, c.evidence.end)  # primary claims starting before c ends
            if i > 0 and reach[i - 1] > c.evidence.start:
                continue
        out.append(c)
    return out


def _without_superseded(claims: list[Claim]) -> list[Claim]:
    """Drop the claims of an extractor that another one ``supersedes`` (its ``supersedes``: ids whose
    reading of the same characters it replaces) where a claim of the same kind from that one overlaps them:
    ``results.v1`` keys a results figure that ``quantity.v1`` would key by its money head alone."""
    over: dict[str, set[str]] = {}
    for c in claims:
        for old in getattr(_REGISTRY.get(c.extractor), "supersedes", ()):
            over.setdefault(old, set()).add(c.extractor)
    if not over:
        return claims
    by_extractor: dict[str, list[Claim]] = {}
    for c in claims:
        by_extractor.setdefault(c.extractor, []).append(c)
    out = []
    for c in claims:
        newer = [n for e in over.get(c.extractor, ()) for n in by_extractor.get(e, ())]
        if any(
            n.kind == c.kind and n.evidence.start < c.evidence.end and c.evidence.start < n.evidence.end for n in newer
        ):
            continue
        out.append(c)
    return out
