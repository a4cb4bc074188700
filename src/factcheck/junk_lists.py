"""Page junk before the tail: repeated lines, truncated copies of titles, link lists and teaser lists.

A helper of :func:`factcheck.junk.find_junk`: each function marks lines of the page (before the tail
that runs to the end of the text, if any) with the reason they are junk. Repeated lines keep their
first copy; a teaser whose stem is found elsewhere on the page is a truncated title; runs of short
non-sentence lines are link lists and runs of teasers are teaser lists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.junk import Line

__all__ = ["ELLIPSIS", "mark_duplicates", "mark_runs", "mark_truncated_copies"]

# Three short non-sentence lines in a row is a list: an article puts a paragraph after each heading.
LINK_RUN_MIN = 3
# Before the body a run counts only when it looks like a menu; title + byline + date average ~5 words.
HEAD_LINK_MAX_WORDS = 4
# Two teasers among adjacent furniture lines make a teaser list (one alone may be a trailing quote).
TEASER_RUN_MIN = 2
# A truncated title stem shorter than this is too generic to call a duplicate.
TEASER_STEM_MIN_CHARS = 15
# Repeated lines shorter than this ("Reuters", "Watch") are left to the marker lexicon.
DUPLICATE_MIN_CHARS = 12
# A line that ends in an ellipsis (a teaser, a truncated title).
ELLIPSIS = re.compile(r"(\.\.\.|…)\s*[\"”’')\]]*$")


def mark_duplicates(lines: list[Line], reasons: list[str | None], limit: int) -> None:
    seen: set[str] = set()
    for i in range(limit):
        key = " ".join(lines[i].text.casefold().split())
        if len(key) < DUPLICATE_MIN_CHARS:
            continue
        if key in seen and reasons[i] is None:
            reasons[i] = "duplicate"
        seen.add(key)


def mark_truncated_copies(text: str, lines: list[Line], reasons: list[str | None], limit: int) -> None:
    """A teaser whose stem is found elsewhere is a truncated copy of a title (breadcrumbs, cards)."""
    for i in range(limit):
        ln = lines[i]
        if ln.kind != "teaser" or reasons[i] is not None:
            continue
        stem = ELLIPSIS.sub("", ln.text).rstrip(" ,;:-–—")
        if len(stem) < TEASER_STEM_MIN_CHARS:
            continue
        own = text.find(stem, ln.start)
        if text.find(stem) != own or text.find(stem, own + 1) >= 0:
            reasons[i] = "teaser"


def mark_runs(lines: list[Line], reasons: list[str | None], limit: int) -> None:
    """Runs of short non-sentence lines and teasers: link lists and teaser lists."""
    body_seen = False
    run: list[int] = []

    def close() -> None:
        teasers = sum(lines[k].kind == "teaser" for k in run)
        words = sum(len(lines[k].text.split()) for k in run) / max(len(run), 1)
        menu_like = body_seen or words <= HEAD_LINK_MAX_WORDS
        if teasers >= TEASER_RUN_MIN or (len(run) >= LINK_RUN_MIN and menu_like):
            for k in run:
                reasons[k] = "teasers" if teasers >= TEASER_RUN_MIN else "link-list"
        run.clear()

    for i in range(limit):
        ln = lines[i]
        if ln.kind == "blank":
            continue
        if ln.kind in ("short", "teaser") and reasons[i] is None:
            run.append(i)
            continue
        close()
        body_seen = body_seen or ln.kind == "body"
    close()
