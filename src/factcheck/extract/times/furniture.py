"""Dates in a page's furniture: the lines that date the page or its filing, never an event.

What: :func:`in_furniture`, whether a date (or clock time) of a sentence stands in a wire dateline ("OSLO,
May 3 (Agency) -"), a dateline without an agency ("LAKEVILLE, 12 Mar:"), or after a page's own label: its
date line ("date 2024-05-16", "Published: May 16, 2024", "Updated Thursday") or an editor's note or
correction ("[Editor's note, May 17 9:30pm: ...]", "Correction, May 18: ...").

Why: such a date tells when the page was filed, published or corrected. Read as the day of the event the
sentence goes on about, it makes a page disagree with every other page by the day or two between the
event and the filing (an editor's note a day after a disaster dated the disaster's "call" a day late).

Example: in "[Editor's note, May 17 9:30pm: the term was corrected.]" both "May 17" and "9:30pm" are
furniture; in "The quake struck on May 17." nothing is.
"""

from __future__ import annotations

import re

__all__ = ["in_furniture"]

# A wire dateline ("OSLO, May 3 (Agency) -") dates the filing, not the event.
_DATELINE = re.compile(r"[A-Z][A-Z'’. -]+,[^()\n]{0,40}?\([^)]{2,60}\)\s*[-–—]")

# A dateline without an agency ("LAKEVILLE, 12 Mar:", "Northport/Eastbridge, Mar 12 -"): a place at the very
# start of the sentence, a comma, then the date itself and a colon or dash. It dates the filing, not the
# event; the date must fill the whole gap so that "However, on Friday - ..." is no dateline.
_PLACE_DATELINE = re.compile(r"[A-Z][A-Za-z'’.]+(?:[ /-][A-Z][A-Za-z'’.]+){0,3},\s*")
_DATELINE_END = re.compile(r"\s*[:–—-]\s")

# A page's own label before a date: its date line, or a note added to it ("Editor's note", "Correction",
# "Update"), at the start of a line or a bracket. Between the label and the date only other parts of the
# same stamp may stand: capitalized words (a month, a weekday), figures and their separators, and a clock's
# a.m./p.m. ("Editor's note, May 17 9:30pm"), so a label word later in running text never counts.
_PAGE_LABEL = re.compile(
    r"(?:^|\n|\[)\s*(?i:date|published|updated|last\s+updated|posted|editor['’]s\s+note|correction|update)"
    r"\s*[:,]?\s*(?:(?:[A-Z][a-z]*\.?|\d+(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|at|on|,)\s*)*$"
)


def _place_dateline(text: str, start: int, end: int) -> bool:
    """The phrase at ``start``-``end`` is the date of a dateline of the form place, comma, date, colon or dash."""
    place = _PLACE_DATELINE.match(text)
    return place is not None and start == place.end() and _DATELINE_END.match(text, end) is not None


def in_furniture(text: str, start: int, end: int) -> bool:
    """The date or clock time at ``start``-``end`` of sentence ``text`` stands in a dateline or after a page
    label (see the module docstring): it dates the page, not an event."""
    dateline = _DATELINE.match(text)
    if dateline is not None and start < dateline.end():
        return True
    return _place_dateline(text, start, end) or _PAGE_LABEL.search(text, 0, start) is not None
