"""JSON article records: ``{"id", "title", "published", "url", "outlet", "text"}``.

Evidence offsets of such an article point into its ``text`` field (the article as published).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.limits import load_json

__all__ = ["load_json_record"]

_TEXT_KEYS = ("text", "body", "content")


def load_json_record(path: Path, raw: str) -> tuple[str, dict[str, Any]]:
    data = load_json(path, raw)
    if not isinstance(data, dict):
        raise InputError(path, "is not an article record (expected a JSON object with a 'text' field)")
    if "claims" in data and "source" in data:
        raise InputError(path, "is a claim-record file; compare it with --claims DIR")
    text = next((data[k] for k in _TEXT_KEYS if isinstance(data.get(k), str)), None)
    if text is None:
        raise InputError(path, "is not an article record (no 'text' string field)")
    if not text.strip():
        raise InputError(path, "has an empty 'text' field")
    meta: dict[str, Any] = {k: data[k] for k in ("id", "title", "url", "outlet", "trust") if data.get(k) is not None}
    published = data.get("published") or data.get("date")
    if published is not None:
        if not isinstance(published, str):
            raise InputError(path, f"'published' is not a date: {str(published)[:60]!r}")
        try:
            meta["published"] = dt.date.fromisoformat(published[:10])
        except ValueError as exc:
            raise InputError(path, f"'published' is not a date: {published[:60]!r}") from exc
    meta.setdefault("title", text.strip().splitlines()[0][:300])
    return text.replace("\r\n", "\n"), meta
