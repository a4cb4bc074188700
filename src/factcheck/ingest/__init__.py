"""Stage 1: read input files (txt, md, html, json records) into :class:`Document` objects."""

from __future__ import annotations

import codecs
import datetime as dt
import math
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.ingest.dateline import date_line
from factcheck.ingest.document import Document, OffsetMap
from factcheck.ingest.manifest import ManifestEntry, load_manifest
from factcheck.ingest.markdown import split_front_matter
from factcheck.ingest.reader import read_bytes, text_of
from factcheck.limits import MAX_FILE_BYTES, check_id
from factcheck.models import Diagnostic, Severity, Source
from factcheck.scan import NOT_ARTICLES, SUPPORTED_SUFFIXES, ScanOptions, scan_paths

__all__ = [
    "CODE_EMPTY_FOLDER",
    "NOT_ARTICLES",
    "SUPPORTED_SUFFIXES",
    "Document",
    "ManifestEntry",
    "ScanOptions",
    "expand_inputs",
    "expand_paths",
    "load_document",
    "load_manifest",
]


# Diagnostic code of a folder that holds no article file (a warning: nothing was skipped, but maybe the
# wrong folder was named).
CODE_EMPTY_FOLDER = "FC105"


def expand_inputs(paths: list[Path], options: ScanOptions | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """:func:`expand_paths`, and a warning for each named directory that holds no article file."""
    out: list[Path] = []
    notes: list[Diagnostic] = []
    for p in paths:
        found = scan_paths([p], options)
        if p.is_dir() and not found:
            notes.append(
                Diagnostic(
                    path=str(p),
                    code=CODE_EMPTY_FOLDER,
                    severity=Severity.WARNING,
                    message=f"holds no article files ({', '.join(SUPPORTED_SUFFIXES)})",
                )
            )
        out.extend(found)
    return out, notes


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


def _text_field(path: Path, key: str, value: Any) -> str | None:
    """A metadata field that must be text (a number is taken as written; a list or mapping is refused)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(path, f"{key!r} must be text, not {type(value).__name__} ({_shown(value)})")
    return str(value)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _trust(path: Path, value: Any) -> float:
    if value is None:
        return 1.0
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InputError(path, f"'trust' is not a number: {_shown(value)}")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InputError(path, f"'trust' is not a number: {_shown(value)}") from exc
    if not math.isfinite(number) or number < 0:
        raise InputError(path, f"'trust' must be a finite number >= 0 (got {_shown(value)})")
    return number


def _source_id(path: Path, meta: dict[str, Any], entry: ManifestEntry | None) -> str:
    if entry is not None:
        return entry.id
    raw = meta.get("id")
    if raw is None or raw == "":
        source_id = path.stem
        where = "its file name"
    else:
        source_id = _text_field(path, "id", raw) or ""
        where = "'id'"
    problem = check_id(source_id)
    if problem is not None:
        raise InputError(path, f"{where} {_shown(source_id)} is not a usable source id: {problem}")
    return source_id


def _make_source(
    path: Path, meta: dict[str, Any], entry: ManifestEntry | None, sha: str, fmt: Literal["txt", "md", "html", "json"]
) -> Source:
    def pick(key: str) -> Any:
        if entry is not None and getattr(entry, key, None) is not None:
            return getattr(entry, key)
        return meta.get(key)

    published = pick("published")
    if published is not None and not isinstance(published, dt.date):
        raise InputError(path, f"'published' is not a date: {_shown(published)}")
    if isinstance(published, dt.datetime):
        published = published.date()
    origin = None
    if published is not None:
        origin = (
            "manifest" if entry is not None and entry.published is not None else meta.get("published_from", "metadata")
        )
    try:
        return Source(
            id=_source_id(path, meta, entry),
            path=str(path),
            title=_text_field(path, "title", pick("title")),
            published=published,
            published_from=origin,
            url=_text_field(path, "url", pick("url")),
            outlet=_text_field(path, "outlet", pick("outlet")),
            trust=_trust(path, pick("trust")),
            sha256=sha,
            format=fmt,
        )
    except ValidationError as exc:  # a last guard: every field is checked above
        first = exc.errors()[0]
        raise InputError(path, f"bad metadata: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from exc


def _date_from_text(meta: dict[str, Any], text: str) -> dict[str, Any]:
    """The page's own date line gives the publication date when the metadata has none."""
    if meta.get("published") is None:
        found = date_line(text)
        if found is not None:
            return {**meta, "published": found, "published_from": "date line"}
    return meta


def load_document(
    path: Path, entry: ManifestEntry | None = None, data: bytes | None = None, max_bytes: int = MAX_FILE_BYTES
) -> Document:
    """Read one article (``data``: its bytes, e.g. from stdin, instead of reading ``path``).

    Raises :class:`InputError` naming the file when it cannot be used (also when it is larger than
    ``max_bytes``). A UTF-8 byte-order mark stays in the document's original text, so evidence offsets
    count it as a reader of the file does.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            path, f"unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if data is not None and len(data) > max_bytes:
        raise InputError(path, f"is larger than the {max_bytes:,} bytes limit (max-file-size)")
    raw = read_bytes(path, max_bytes) if data is None else data
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
