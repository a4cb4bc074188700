"""The sources manifest: metadata (title, publication date, outlet, trust) the texts may lack.

Shape (the same as ``shared/seeds/sources.json``)::

    {"sources": [{"id": "a1", "file": "a1.txt", "title": "...", "published": "2024-05-16",
                  "url": "...", "outlet": "...", "trust": 1.0}]}

``file`` is relative to the manifest. Unknown keys are kept out of the report but allowed, so a
newsroom can keep its own notes in the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import InputError, ManifestError
from factcheck.ingest.reader import decode, read_bytes
from factcheck.limits import MAX_FILE_BYTES, check_id, load_json

__all__ = ["Manifest", "ManifestEntry", "load_manifest"]


class ManifestEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    id: str = Field(min_length=1)
    file: str = Field(min_length=1)
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    trust: float = Field(default=1.0, ge=0.0, allow_inf_nan=False)

    @field_validator("id")
    @classmethod
    def _safe_id(cls, value: str) -> str:
        problem = check_id(value)
        if problem is not None:
            raise ValueError(problem)
        return value


class Manifest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    sources: tuple[ManifestEntry, ...]


def load_manifest(path: Path, max_bytes: int = MAX_FILE_BYTES) -> dict[Path, ManifestEntry]:
    """Entries keyed by the resolved path of their file."""
    if not path.exists():
        raise ManifestError(path, "no such file")
    try:
        text = decode(path, read_bytes(path, max_bytes))
    except InputError as exc:
        raise ManifestError(path, exc.problem, exc.line) from exc
    raw = load_json(path, text, ManifestError)
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        msg = first["msg"].removeprefix("Value error, ")
        raise ManifestError(path, f"is not a sources manifest: {where}: {msg}") from exc
    out: dict[Path, ManifestEntry] = {}
    seen: set[str] = set()
    for entry in manifest.sources:
        if entry.id in seen:
            raise ManifestError(path, f"source id {entry.id!r} appears twice")
        seen.add(entry.id)
        out[(path.parent / entry.file).resolve()] = entry
    return out
