"""Comparing from the claim store: the whole store (or one story), or a draft against it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.compare import CompareResult, build_context, compare_blocks
from factcheck.errors import StoreError
from factcheck.fingerprint import fingerprint_texts
from factcheck.gate import apply_trust
from factcheck.models import ClaimFile, Diagnostic, Report
from factcheck.report import build_report
from factcheck.store.reader import Neighbours, count_articles, iter_blocks, load_articles, load_quotes, neighbours
from factcheck.store.schema import connect

__all__ = ["StoreComparison", "compare_store", "compare_store_claims", "store_neighbours"]


@dataclass(frozen=True)
class StoreComparison:
    """The stored articles' records (without their claims, which were streamed), the comparison and
    each article's claim count."""

    files: list[ClaimFile]
    result: CompareResult
    claim_counts: dict[str, int]


def compare_store_claims(
    db: Path, story: str | None = None, trust: Mapping[str, float] | None = None
) -> StoreComparison:
    """Compare the stored articles (of ``story``), with claims streamed block by block from the store
    instead of held in memory; trust overrides applied first."""
    conn = connect(db)
    try:
        if story is not None and count_articles(conn, story) == 0:
            raise StoreError(f"{db}: no indexed article belongs to story {story!r}")
        stored = load_articles(conn, story)
        files = apply_trust(stored.files, trust or {})
        ctx = build_context(files, fingerprint_texts(files))
        result = compare_blocks(ctx, load_quotes(conn, story), iter_blocks(conn, story))
    finally:
        conn.close()
    return StoreComparison(files, result, dict(stored.claim_counts))


def compare_store(db: Path, story: str | None = None, trust: Mapping[str, float] | None = None) -> Report:
    """Every finding on the stored articles (of ``story``): the report ``compare`` gives on the same
    articles (``factcheck compare --db`` goes through :func:`factcheck.gate.run`, which adds baseline
    and selection to this)."""
    stored = compare_store_claims(db, story, trust)
    diagnostics: list[Diagnostic] = []
    return build_report(
        stored.files,
        stored.result.findings,
        diagnostics,
        stored.result.duplicate_of,
        stored.claim_counts,
        story_of=stored.result.story_of,
    )


def store_neighbours(db: Path, drafts: Sequence[ClaimFile], exclude: Sequence[str] = ()) -> Neighbours:
    """The stored articles a draft's claims can meet (only those claims), their texts and claim counts."""
    conn = connect(db)
    try:
        return neighbours(conn, drafts, exclude)
    finally:
        conn.close()
