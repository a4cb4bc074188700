"""The registry of extractors, looked up by their stable versioned ids (``"place.v1"``)."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.extract.base import ArticleContext, Extractor
from factcheck.models import Claim

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
    return _without_shadowed(unique)


def _is_fallback(extractor_id: str) -> bool:
    return bool(getattr(_REGISTRY.get(extractor_id), "fallback", False))


def _without_shadowed(claims: list[Claim]) -> list[Claim]:
    """Drop a fallback extractor's claim (``fallback = True``: a second reading of what others may have
    read already) where a claim of the same kind from another extractor covers the same characters."""
    primary = [c for c in claims if not _is_fallback(c.extractor)]
    out = []
    for c in claims:
        if _is_fallback(c.extractor) and any(
            p.kind == c.kind and p.evidence.start < c.evidence.end and c.evidence.start < p.evidence.end
            for p in primary
        ):
            continue
        out.append(c)
    return out
