"""The ratio of a company's stock split: ``split-ratio.v1``.

What: "a 10-for-1 stock split", "a ten-for-one forward split", "a 1-for-20 reverse share split" -> the
company's ``stock split ratio``, the new shares given for each share held (10, 0.05), displayed as
written in figures ("10-for-1", "1-for-20").

Why: a split's ratio is one fact of a results or markets story that outlets copy from one release, and
the usual slip is the order of the two figures ("1-for-10" for a ten-for-one split: a reverse split, the
opposite event). No other extractor reads it: the figures stand without a counted noun.

Precision: only a ratio right before "split" (with "stock", "share", "forward" or "reverse" between),
whose sentence names no earlier year than the page's own (a company's past split, "its 4-for-1 split in
2020", is another fact). The subject is the company of the story, as for ``results.v1``.

Example: "Orbix also announced a 10-for-1 stock split." -> stock split ratio = 10 ("10-for-1").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized
from factcheck.normalize.number_words import WORDS

__all__ = ["SPLIT_ATTRIBUTE", "SPLIT_UNIT", "SplitRatioExtractor", "split_ratio"]

SPLIT_ATTRIBUTE = "stock split ratio"
# The unit of a split ratio: an exchange of shares, where a figure and its inverse (10 and 0.1) are the
# one fact written the right and the wrong way round, never two different counts under one name.
SPLIT_UNIT = "new shares per share"
# The subject of a company's figures, as results.v1 names it (that module is of this family but its
# constants are not imported, so that each extractor reads alone).
_COMPANY_SUBJECT, _COMPANY_KEY = "the company", "company"

_TERM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)"
_SPLIT = re.compile(
    rf"\b(?P<new>{_TERM})[-\s]for[-\s](?P<old>{_TERM})\b"
    r"(?:\s+(?:forward|reverse))?(?:\s+(?:stock|share))?\s+splits?\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _term(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    entry = WORDS.get(word.lower())
    return entry[1] if entry is not None and not entry[2] else None


def split_ratio(text: str) -> list[tuple[int, int, float, str]]:
    """Each split ratio of ``text``: (start, end of the ratio, new shares per share, "N-for-M")."""
    out = []
    for m in _SPLIT.finditer(text):
        new, old = _term(m["new"]), _term(m["old"])
        if new is None or old is None or new <= 0 or old <= 0 or new == old:
            continue
        out.append((m.start("new"), m.end("old"), new / old, f"{new:g}-for-{old:g}"))
    return out


class SplitRatioExtractor:
    """``split-ratio.v1``: the ratio of a stock split (see the module docstring)."""

    id = "split-ratio.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            if "for" not in sentence.text.lower() or "split" not in sentence.text.lower():
                continue
            years = {int(y) for y in _YEAR.findall(sentence.text)}
            if ctx.published is not None and any(y < ctx.published.year for y in years):
                continue  # an earlier split of the company: another fact
            for start, end, ratio, shown in split_ratio(sentence.text):
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.QUANTITY,
                    subject=_COMPANY_SUBJECT,
                    subject_key=_COMPANY_KEY,
                    attribute=SPLIT_ATTRIBUTE,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    sentence=sentence,
                    normalized=Normalized(key=shown, display=shown, low=ratio, high=ratio, unit=SPLIT_UNIT),
                    compare_as=CompareAs.NUMBER,
                    event=EventHints(),
                )
