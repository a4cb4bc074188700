"""Date lines at the top of scraped pages give the publication date when nothing else does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.ingest import load_document, load_manifest
from factcheck.ingest.dateline import date_line

MARCH_12 = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: 12 March 2025 10:32 GMT\nThe ferry sank.", MARCH_12),
        ("By Jane Doe | Updated March 12, 2025\nThe ferry sank.", MARCH_12),
        ("Ferry sinks\nWednesday, 12 March 2025 at 10:32 GMT\nThe ferry sank.", MARCH_12),
        ("Ferry sinks\n2025-03-12 14:32\nThe ferry sank.", MARCH_12),
        ("The talks on March 12, 2025 were long and ended without a deal.\n", None),
        ("Home | News\nHeadline\nThe ferry that sank on 12 May 2024 was raised.", None),
        ("Updated on Thursday\nThe ferry sank.", None),  # no year: not a publication date
    ],
)
def test_date_line(text: str, expected: dt.date | None) -> None:
    assert date_line(text) == expected


def test_manifest_and_metadata_win_over_the_date_line(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Published: 12 March 2025\nThe ferry sank on Tuesday.\n", encoding="utf-8")
    doc = load_document(p)
    assert (doc.source.published, doc.source.published_from) == (MARCH_12, "date line")
    m = tmp_path / "sources.json"
    m.write_text('{"sources": [{"id": "a", "file": "a.txt", "published": "2025-03-13"}]}', encoding="utf-8")
    doc = load_document(p, load_manifest(m)[p.resolve()])
    assert (doc.source.published, doc.source.published_from) == (dt.date(2025, 3, 13), "manifest")
    md = tmp_path / "b.md"
    md.write_text("---\npublished: 2025-03-14\n---\nPublished: 12 March 2025\nText.\n", encoding="utf-8")
    doc = load_document(md)
    assert (doc.source.published, doc.source.published_from) == (dt.date(2025, 3, 14), "metadata")
