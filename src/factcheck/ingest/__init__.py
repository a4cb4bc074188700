"""Stage 1: read input files (txt, md, html, json records) into :class:`Document` objects."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path
from typing import Any, Literal

from factcheck.errors import InputError
from factcheck.ingest.dateline import date_line
from factcheck.ingest.document import Document, OffsetMap
from factcheck.ingest.manifest import ManifestEntry, load_manifest
from factcheck.ingest.markdown import split_front_matter
from factcheck.ingest.reader import read_bytes, text_of
from factcheck.models import Source
from factcheck.scan import NOT_ARTICLES, SUPPORTED_SUFFIXES, ScanOptions, scan_paths

__all__ = [
    "NOT_ARTICLES",
    "SUPPORTED_SUFFIXES",
    "Document",
    "ManifestEntry",
    "ScanOptions",
    "expand_paths",
    "load_document",
    "load_manifest",
]


def expand_paths(paths: list[Path], options: ScanOptions | None = None) -> list[Path]:
    """Files named directly, plus the article files inside named directories (see :mod:`factcheck.scan`:
    hidden, git-ignored and excluded files and factcheck's own reports are left out)."""
    return scan_paths(paths, options)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        s = line.strip().lstrip("#").strip()
        if s:
            return s[:300]
    return None


def _make_source(
    path: Path, meta: dict[str, Any], entry: ManifestEntry | None, sha: str, fmt: Literal["txt", "md", "html", "json"]
) -> Source:
    def pick(key: str) -> Any:
        if entry is not None and getattr(entry, key, None) is not None:
            return getattr(entry, key)
        return meta.get(key)

    published = pick("published")
    if published is not None and not isinstance(published, dt.date):
        raise InputError(path, f"'published' is not a date: {published!r}")
    trust = pick("trust")
    try:
        trust_value = 1.0 if trust is None else float(trust)
    except (TypeError, ValueError) as exc:
        raise InputError(path, f"'trust' is not a number: {trust!r}") from exc
    source_id = entry.id if entry is not None else str(meta.get("id") or path.stem)
    origin = None
    if published is not None:
        origin = (
            "manifest" if entry is not None and entry.published is not None else meta.get("published_from", "metadata")
        )
    return Source(
        id=source_id,
        path=str(path),
        title=pick("title"),
        published=published,
        published_from=origin,
        url=pick("url"),
        outlet=pick("outlet"),
        trust=trust_value,
        sha256=sha,
        format=fmt,
    )


def _date_from_text(meta: dict[str, Any], text: str) -> dict[str, Any]:
    """The page's own date line gives the publication date when the metadata has none."""
    if meta.get("published") is None:
        found = date_line(text)
        if found is not None:
            return {**meta, "published": found, "published_from": "date line"}
    return meta


def load_document(path: Path, entry: ManifestEntry | None = None, data: bytes | None = None) -> Document:
    """Read one article (``data``: its bytes, e.g. from stdin, instead of reading ``path``).

    Raises :class:`InputError` naming the file when it cannot be used. A UTF-8 byte-order mark stays in
    the document's original text, so evidence offsets count it as a reader of the file does.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            path, f"unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    raw = read_bytes(path) if data is None else data
    original, sha = text_of(path, raw)
    doc = _load(path, entry, original, sha, suffix)
    return doc.with_bom() if raw.startswith(codecs.BOM_UTF8) and doc.source.format != "json" else doc


def _load(path: Path, entry: ManifestEntry | None, original: str, sha: str, suffix: str) -> Document:
    if suffix in (".md", ".markdown"):
        meta, body_start = split_front_matter(path, original)
        body = original[body_start:]
        if not body.strip():
            raise InputError(path, "has no article text after its front matter")
        meta.setdefault("title", _first_line(body))
        return Document(
            _make_source(path, _date_from_text(meta, body), entry, sha, "md"),
            original,
            body,
            OffsetMap(base=body_start),
        )
    if suffix in (".html", ".htm"):
        from factcheck.ingest.html import html_to_text

        text, offset_map, meta = html_to_text(path, original)
        if not meta.get("title"):
            meta["title"] = _first_line(text)
        return Document(_make_source(path, _date_from_text(meta, text), entry, sha, "html"), original, text, offset_map)
    if suffix == ".json":
        from factcheck.ingest.jsonrecord import load_json_record

        # Evidence offsets of a JSON record point into its "text" field, the article as published.
        text, meta = load_json_record(path, original)
        return Document(_make_source(path, _date_from_text(meta, text), entry, sha, "json"), text, text)
    meta = {"title": _first_line(original)}
    return Document(_make_source(path, _date_from_text(meta, original), entry, sha, "txt"), original, original)
