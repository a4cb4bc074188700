"""HTML pages: the article's text with a map back to the page source, and metadata from meta tags and JSON-LD.

What: :func:`html_to_text` turns a saved news page into clean article text (one paragraph per line,
a blank line between blocks), an :class:`OffsetMap` from every clean character back to its offset in
the page source, and a metadata dict (``title``, ``published``, ``url``, ``outlet``, ``author`` where
found).

Why: evidence must point at the exact characters of the file the editor has, so whitespace is
collapsed and entities decoded without losing track of where each character came from. Page chrome
(navigation, headers, footers, asides, forms, scripts) is not article text.

How: the standard library's :class:`html.parser.HTMLParser` with ``convert_charrefs=False`` reports
every text chunk and entity with its position. Text is recorded as events (word, decoded entity,
space, line break) in page order; when the page has an ``<article>`` (or ``<main>``) element holding
most of the text, only its events are rendered. A decoded entity maps to the start of the entity.

Example::

    >>> text, omap, meta = html_to_text(Path("a.html"), "<title>T</title><p>Tom &amp; Jerry</p>")
    >>> text, meta["title"], omap.to_original(text.index("&"))
    ('Tom & Jerry', 'T', 23)
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.ingest.document import OffsetMap
from factcheck.ingest.html_meta import page_metadata

__all__ = ["html_to_text"]

SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "button",
        "select",
        "textarea",
        "title",
        "object",
        "canvas",
        "math",
        "dialog",
    }
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "article",
        "section",
        "blockquote",
        "tr",
        "table",
        "figure",
        "figcaption",
        "main",
        "dl",
        "dt",
        "dd",
        "pre",
        "hr",
        "address",
        "details",
        "summary",
        "caption",
        "body",
        "center",
    }
)
CELL_TAGS = frozenset({"td", "th"})
VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
# An <article> is taken as the story when it holds at least this share of the text of <main> (or of
# the whole page). Teaser cards are <article>s too, but one card holds a headline (~5-10% of a page);
# a story page with long related-link blocks outside <aside> still gives its <article> well over 25%.
ARTICLE_MIN_SHARE = 0.25

_WORD, _ENTITY, _SPACE, _BREAK = range(4)
_TOKENS = re.compile(r"\s+|\S+")
_Event = tuple[int, str, int]  # kind, text, original offset


class _PageParser(HTMLParser):
    """Collects text events, container ranges and metadata in one pass."""

    def __init__(self, original: str) -> None:
        super().__init__(convert_charrefs=False)
        self.original = original
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", original)]
        self.events: list[_Event] = []
        self.skip: list[list[Any]] = []  # [tag, depth] of the skipped elements we are inside
        self.containers: dict[str, list[tuple[int, int]]] = {"article": [], "main": []}
        self.open_containers: dict[str, list[Any]] = {}  # kind -> [tag, depth, first event]
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.ld_parts: list[str] | None = None
        self.ld_blocks: list[str] = []

    def pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # --- tags -------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        self._metadata_tag(tag, a)
        if self.skip:
            if tag == self.skip[-1][0] and tag not in VOID_TAGS:
                self.skip[-1][1] += 1
            return
        hidden = "hidden" in a or a.get("aria-hidden", "").lower() == "true"
        if tag in VOID_TAGS:
            if tag == "br":
                self.events.append((_BREAK, "\n", self.pos()))
            elif tag == "hr":
                self.events.append((_BREAK, "\n\n", self.pos()))
            return
        if tag in SKIPPED_TAGS or hidden:
            self.skip.append([tag, 1])
            self.in_title = tag == "title"
            if tag == "script" and a.get("type", "").lower() == "application/ld+json":
                self.ld_parts = []
            return
        kind = "article" if tag == "article" else "main" if tag == "main" or a.get("role") == "main" else None
        if kind is not None:
            self._open_container(kind, tag)
        else:
            self._nest_container(tag, +1)
        self._break_for(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        self._metadata_tag(tag, a)
        if not self.skip and tag in ("br", "hr", *BLOCK_TAGS):
            self.events.append((_BREAK, "\n" if tag == "br" else "\n\n", self.pos()))

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            top = self.skip[-1]
            if tag == top[0]:
                top[1] -= 1
                if top[1] == 0:
                    self.skip.pop()
                    self._close_skipped(tag)
            return
        self._break_for(tag)
        self._nest_container(tag, -1)

    def _break_for(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.events.append((_BREAK, "\n\n", self.pos()))
        elif tag in CELL_TAGS:
            self.events.append((_SPACE, " ", self.pos()))

    def _close_skipped(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.ld_parts is not None:
            self.ld_blocks.append("".join(self.ld_parts))
            self.ld_parts = None

    # --- containers (<article>, <main>) ------------------------------------------------------------

    def _open_container(self, kind: str, tag: str) -> None:
        current = self.open_containers.get(kind)
        if current is None:
            self.open_containers[kind] = [tag, 1, len(self.events)]
        elif current[0] == tag:
            current[1] += 1

    def _nest_container(self, tag: str, step: int) -> None:
        for kind in list(self.open_containers):
            current = self.open_containers[kind]
            if current[0] != tag:
                continue
            current[1] += step
            if current[1] == 0:
                self.containers[kind].append((current[2], len(self.events)))
                del self.open_containers[kind]

    def finish(self) -> None:
        self.close()
        for kind, current in self.open_containers.items():
            self.containers[kind].append((current[2], len(self.events)))
        self.open_containers.clear()

    # --- text --------------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.in_title:
                self.title_parts.append(data)
            elif self.ld_parts is not None:
                self.ld_parts.append(data)
            return
        base = self.pos()
        for m in _TOKENS.finditer(data):
            kind = _SPACE if m.group().isspace() else _WORD
            self.events.append((kind, m.group(), base + m.start()))

    def _entity(self, raw: str) -> None:
        decoded = html.unescape(raw)
        if self.skip:
            if self.in_title:
                self.title_parts.append(decoded)
            elif self.ld_parts is not None:
                self.ld_parts.append(raw)
            return
        start = self.pos()
        if decoded == raw:  # unknown entity: keep it as written
            written = raw if self.original.startswith(raw, start) else raw.rstrip(";")
            self.events.append((_WORD, written, start))
        elif decoded.isspace():
            self.events.append((_SPACE, " ", start))
        else:
            self.events.append((_ENTITY, decoded, start))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    # --- metadata ----------------------------------------------------------------------------------

    def _metadata_tag(self, tag: str, a: dict[str, str]) -> None:
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content", "").strip()
            if key and content:
                self.meta.setdefault(key, content)
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.meta.setdefault("canonical", a["href"].strip())
        elif tag == "time" and a.get("datetime") and ("pubdate" in a or a.get("itemprop") == "datePublished"):
            self.meta.setdefault("time:pubdate", a["datetime"])


# --- rendering -------------------------------------------------------------------------------------


def _chosen_range(p: _PageParser) -> tuple[int, int]:
    """The events of the story: the largest <article> when it holds most of the text, else <main>."""
    chars = [0]
    for kind, text, _ in p.events:
        chars.append(chars[-1] + (len(text) if kind in (_WORD, _ENTITY) else 0))

    def size(r: tuple[int, int]) -> int:
        return chars[r[1]] - chars[r[0]]

    whole = (0, len(p.events))
    main = max(p.containers["main"], key=size, default=None)
    outer = main if main is not None and size(main) > 0 else whole
    article = max(p.containers["article"], key=size, default=None)
    if article is not None and size(article) >= ARTICLE_MIN_SHARE * size(outer) and size(article) > 0:
        return article
    return outer


def _render(events: list[_Event]) -> tuple[str, list[tuple[int, int, int]]]:
    out: list[str] = []
    runs: list[tuple[int, int, int]] = []
    pos = 0
    pending_space: int | None = None
    pending_break = ""
    break_at = 0

    def emit(text: str, original: int, one_to_one: bool) -> None:
        nonlocal pos
        out.append(text)
        # one-to-one text is one run; each character of a decoded entity or break maps to its start
        chunks = [(pos, original, len(text))] if one_to_one else [(pos + k, original, 1) for k in range(len(text))]
        for c in chunks:
            last = runs[-1] if runs else None
            if last is not None and last[0] + last[2] == c[0] and last[1] + last[2] == c[1]:
                runs[-1] = (last[0], last[1], last[2] + c[2])
            else:
                runs.append(c)
        pos += len(text)

    for kind, text, original in events:
        if kind == _SPACE:
            if pos and not pending_break and pending_space is None:
                pending_space = original
        elif kind == _BREAK:
            if pos and len(text) > len(pending_break):
                break_at = original if not pending_break else break_at
                pending_break = text
            pending_space = None
        else:
            if pending_break:
                emit(pending_break, break_at, one_to_one=False)
            elif pending_space is not None:
                emit(" ", pending_space, one_to_one=True)
            pending_break, pending_space = "", None
            emit(text, original, one_to_one=kind == _WORD)
    return "".join(out), runs


def html_to_text(path: Path, original: str) -> tuple[str, OffsetMap, dict[str, Any]]:
    """Clean article text of an HTML page, the map back to ``original``, and the page's metadata."""
    parser = _PageParser(original)
    try:
        parser.feed(original)
        parser.finish()
    except (AssertionError, ValueError) as exc:  # HTMLParser's own errors on broken markup
        raise InputError(path, f"cannot be parsed as HTML ({exc})") from exc
    start, end = _chosen_range(parser)
    text, runs = _render(parser.events[start:end])
    if not text.strip():
        raise InputError(path, "has no article text")
    return text, OffsetMap.from_runs(runs), page_metadata(parser.ld_blocks, parser.meta, parser.title_parts)
