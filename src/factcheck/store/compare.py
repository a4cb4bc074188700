"""Comparing from the claim store: the whole store (or one story), or a draft against it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from factcheck.compare import build_context, compare_blocks
from factcheck.errors import StoreError
from factcheck.fingerprint import fingerprint_texts
from factcheck.gate import apply_trust
from factcheck.models import ClaimFile, Diagnostic, Report
from factcheck.report import build_report
from factcheck.store.reader import Neighbours, count_articles, iter_blocks, load_articles, load_quotes, neighbours
from factcheck.store.schema import connect

__all__ = ["compare_store", "store_neighbours"]


def compare_store(db: Path, story: str | None = None, trust: Mapping[str, float] | None = None) -> Report:
    """Every finding on the stored articles (of ``story``): the report ``compare`` gives on the same
    articles, with claims streamed block by block from the store instead of held in memory."""
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
    diagnostics: list[Diagnostic] = []
    return build_report(files, result.findings, diagnostics, result.duplicate_of, stored.claim_counts)


def store_neighbours(db: Path, drafts: Sequence[ClaimFile], exclude: Sequence[str] = ()) -> Neighbours:
    """The stored articles a draft's claims can meet (only those claims), their texts and claim counts."""
    conn = connect(db)
    try:
        return neighbours(conn, drafts, exclude)
    finally:
        conn.close()
