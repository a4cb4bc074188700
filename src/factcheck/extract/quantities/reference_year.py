"""Years a figure is compared with, not the time of the figure: "up from 90.1 in the same quarter of 2022".

A helper of :mod:`factcheck.extract.quantities.context`: it registers no extractor.

What: :func:`reference_year` tells whether the words before a year make it the year of a comparison figure,
a record, a founding or a plan ("not seen since 2019", "than in 2019", "from $90.1 billion in 2022", "the same
disruption as one in 2010", "by 2030"). Why: a sentence's one year dates its figures' event; a comparison year
would put this year's figure in another year's event (a different event, not a conflict with this one).
Example: "revenue of $89.5 billion, down from $90.1 billion in the fourth quarter of 2022" -> 2022 is a
reference year, so the sentence's figures keep the article's own time.
"""

from __future__ import annotations

import re

__all__ = ["REFERENCE_LOOKBACK", "REFERENCE_YEAR", "reference_year"]

# A year the figure is compared with is not the figure's time: "levels not seen since 2023", "more than in 2019".
REFERENCE_YEAR = re.compile(
    r"(?:\bnot\s+(?:been\s+)?(?:seen|recorded|reached|experienced|matched)|\b(?:highest|lowest|worst|best|biggest"
    r"|largest|first\s+time))\b[^,;:.]*\bsince\b[^,;:.]*$|\bthan(?:\s+in)?\b[^,;:.]*$|\bcompared\s+(?:with|to)\b[^,;:.]*$"
    # when something began or a record was set: "which was first held in 1984", "founded in 1990"
    r"|\b(?:first\s+(?:held|run|staged|organi[sz]ed|played)|founded|established|inaugurated|set)\b[^,;:.]*\bin\s+$"
    # the comparison figure's period: "against 378 million in the same period of 2024", "versus 2.1% in 2024",
    # "from 1.87 billion in 2024"
    # (a decimal point inside the comparison figure does not end the clause: "from $90.1 billion in 2022"), and
    # a part of the year named before it: "from 90.1 in the fourth quarter of 2022"
    r"|\b(?:against|versus|vs\.?)\s[^,;:.]*$|\bfrom\s(?:[^,;:.]|(?<=\d)[.,](?=\d))*\d(?:[^,;:.]|(?<=\d)[.,](?=\d))*"
    r"\b(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+(?:fiscal\s+)?(?:quarter|half)"
    r"\s+of\s+(?:fiscal\s+)?)?$"
    # a like event of another year: "the same disruption as one in 2010", "as the one in 2019"
    r"|\bsame\b[^,;:.]*\bas\s+(?:one|that|those|the\s+one)\s+in\s+$"
    r"|\bsame\s+(?:period|quarter|month|week|half|time)\s+(?:of|in)\s+(?:the\s+)?$"
    # a year still to come is no time of the figure's event: "a further review in 2026", "by 2030", "until 2027"
    r"|\b(?:review|will|plans?\s+(?:for|to)|forecasts?\s+for)\b[^,;:.]*\bin\s+$"
    r"|\b(?:by|until|till)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$",
    re.I,
)
# How far back (characters) a comparison word may stand before the year it governs.
REFERENCE_LOOKBACK = 60


def reference_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` of ``text`` is a comparison's, a record's, a founding's or a plan's."""
    return bool(REFERENCE_YEAR.search(text[max(0, start - REFERENCE_LOOKBACK) : start]))
