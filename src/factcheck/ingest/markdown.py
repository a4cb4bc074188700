"""Markdown articles with optional YAML front matter (title, published, url, outlet, id, trust)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.limits import load_yaml

__all__ = ["FRONT_MATTER_KEYS", "split_front_matter"]

FRONT_MATTER_KEYS = frozenset({"id", "title", "published", "date", "url", "outlet", "trust", "author", "tags"})
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], int]:
    """The front matter as a dict and the offset where the body starts."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0
    data = load_yaml(path, m.group(1), first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", 2)
    meta: dict[str, Any] = {}
    for key, value in data.items():
        if key == "date":
            key = "published"
        meta[str(key)] = value
    published = meta.get("published")
    if isinstance(published, dt.datetime):
        meta["published"] = published.date()
    elif isinstance(published, str):
        try:
            meta["published"] = dt.date.fromisoformat(published[:10])
        except ValueError as exc:
            raise InputError(path, f"front matter 'published' is not a date: {published!r}", 2) from exc
    elif published is not None and not isinstance(published, dt.date):
        raise InputError(path, f"front matter 'published' is not a date: {published!r}", 2)
    return meta, m.end()
