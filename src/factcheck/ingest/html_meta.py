"""Metadata of an HTML page: meta tags (Open Graph, article:*, Dublin Core), JSON-LD and <title>."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

__all__ = ["ARTICLE_TYPES", "page_metadata", "parse_date"]

ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "WebPage",
    }
)
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


def parse_date(value: str) -> dt.date | None:
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _ld_articles(blocks: list[str]) -> list[dict[str, Any]]:
    """Article objects of the JSON-LD blocks; malformed blocks are ignored."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            types = node.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t in ARTICLE_TYPES for t in names):
                found.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for block in blocks:
        try:
            walk(json.loads(block))
        except (ValueError, RecursionError):
            continue
    # real articles before a generic WebPage wrapper
    return sorted(found, key=lambda n: n.get("@type") == "WebPage")


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_metadata(ld_blocks: list[str], m: dict[str, str], title_parts: list[str]) -> dict[str, Any]:
    """Title, url, outlet, author and publication date from meta tags, JSON-LD and <title>."""
    ld = _ld_articles(ld_blocks)

    def first(*values: Any) -> str | None:
        for v in values:
            if isinstance(v, str) and v.strip():
                return " ".join(html.unescape(v).split())
        return None

    def from_ld(key: str) -> list[Any]:
        return [node.get(key) for node in ld]

    title_tag = "".join(title_parts)
    meta: dict[str, Any] = {}
    fields: dict[str, str | None] = {
        "title": first(m.get("og:title"), *from_ld("headline"), m.get("twitter:title"), title_tag),
        "url": first(m.get("canonical"), m.get("og:url"), *from_ld("url")),
        "outlet": first(m.get("og:site_name"), *(_name_of(x) for x in from_ld("publisher"))),
        "author": first(
            *(x for x in (m.get("author"), m.get("article:author")) if x and "://" not in x),
            *(_name_of(x) for x in from_ld("author")),
        ),
    }
    meta.update({k: v for k, v in fields.items() if v})
    for raw in (
        m.get("article:published_time"),
        m.get("date"),
        m.get("pubdate"),
        m.get("datepublished"),
        m.get("publish-date"),
        m.get("dc.date.issued"),
        *from_ld("datePublished"),
        m.get("time:pubdate"),
    ):
        published = parse_date(raw) if isinstance(raw, str) else None
        if published is not None:
            meta["published"] = published
            break
    return meta
