"""A publication date written at the top of a scraped page ("Published: 12 March 2025 10:32 GMT",
"By Jane Doe | Updated March 12, 2025", or a line holding only a date).

Scrapers often keep the page's date line above the article. When neither the manifest nor the file's
metadata gives a publication date, that line is the article's own statement of when it was published.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.normalize.dates import find_dates

__all__ = ["HEAD_LINES", "date_line"]

# Only the first lines count: further down a date is part of the story, not the page's date line.
HEAD_LINES = 6
# A date line is short; a longer line with a date in it is a sentence of the article.
MAX_DATE_LINE = 100
_CUE = re.compile(r"\b(?:published|updated|posted|last\s+updated|first\s+published|date)\b\s*:?", re.IGNORECASE)
# Words that may stand beside the date on a line holding only a date ("Wednesday, 12 March 2025 at 10:32 GMT").
_DATE_LINE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun at on
    am pm gmt utc bst cet cest est edt pst pdt local time""".split()  # noqa: SIM905
)
_LETTERS = re.compile(r"[A-Za-z]+")


def date_line(text: str) -> dt.date | None:
    """The publication date stated by a date line among the first lines of ``text``, or None."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    for line in lines:
        if len(line) > MAX_DATE_LINE:
            continue
        found = find_dates(line, None)
        dates = [m for m in found if m.kind == "absolute" and m.date is not None]
        if not dates:
            continue
        rest = line
        for m in sorted(found, key=lambda m: -m.start):
            rest = rest[: m.start] + " " + rest[m.end :]
        if _CUE.search(line) or all(w.lower() in _DATE_LINE_WORDS for w in _LETTERS.findall(rest)):
            return dates[0].date
    return None
