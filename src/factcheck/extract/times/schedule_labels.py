"""The labels that make a date one a company sets ("payable on", "of record as of", "quarter ended").

What: the ``scheduled_dates`` of ``data/event_words.json`` as patterns, and :func:`scheduled_label`, the
kind of scheduled date a date phrase is (the label nearest before it, in the same clause, when the
sentence holds the words that kind needs), or ``None``.

Why a module of its own: two extractors read it. ``scheduled-date.v1`` makes the claim ("dividend payment
date"); ``event-date.v1`` must leave such a date alone, or one dividend's payment and record dates are
read as two events keyed by the nearest word ("announcement") and, in a past-tense sentence ("announced
a dividend to be paid on June 3"), put in the year before.

Example: in "The board declared a dividend payable on June 28 to holders of record on June 11", the date
at "June 28" is a "dividend payment date" and the one at "June 11" a "dividend record date".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.normalize.reference import load_data

__all__ = ["LABEL_WINDOW", "SCHEDULED", "Scheduled", "scheduled_kinds", "scheduled_label"]

# Words allowed between a label and its date ("effective on", "of record as of", "commencing at market
# open on", "shareholders must own shares after market close on"): at most this many, the longest seen in
# the real-news dev pages (7) and one more.
GAP_WORDS = 8
# A clause break between a label and a date: the date is another clause's.
_BREAK = re.compile(r"[;:()\u2014\u2013]|,\s+(?:and|but|while|which|after|before)\b")
# How far back (characters) a label is looked for before its date.
LABEL_WINDOW = 70


@dataclass(frozen=True)
class Scheduled:
    """One kind of scheduled date: its attribute, the label before the date and the words it needs."""

    attribute: str
    before: re.Pattern[str]
    needs: tuple[re.Pattern[str], ...]
    ahead: bool  # set ahead of time: a month-day resolved well before publication is next year's

    def label_end(self, window: str) -> int | None:
        """Where the last label of ``window`` (the text before a date) ends, when only a few words of
        the same clause lie between it and the date; ``None`` otherwise."""
        ends = [m.end() for m in self.before.finditer(window)]
        if not ends:
            return None
        rest = window[ends[-1] :]
        return ends[-1] if len(rest.split()) <= GAP_WORDS and not _BREAK.search(rest) else None


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


SCHEDULED: tuple[Scheduled, ...] = tuple(
    Scheduled(
        str(spec["attribute"]),
        re.compile(rf"(?i)\b(?:{_alternation(spec['before'])})\b"),
        tuple(re.compile(rf"(?i)\b(?:{_alternation(group)})\b") for group in spec["needs"]),
        bool(spec.get("ahead", False)),
    )
    for spec in load_data("event_words.json")["scheduled_dates"]
)


def scheduled_kinds(text: str) -> list[Scheduled]:
    """The kinds of scheduled date whose needed words ``text`` (one sentence) holds."""
    return [k for k in SCHEDULED if all(n.search(text) for n in k.needs)]


def scheduled_label(text: str, start: int, kinds: Sequence[Scheduled]) -> Scheduled | None:
    """The kind of the date phrase starting at ``start`` of ``text``: among ``kinds`` (see
    :func:`scheduled_kinds`), the one whose label ends nearest before it; ``None`` when none is near."""
    window = text[max(0, start - LABEL_WINDOW) : start]
    labelled = [(end, k) for k in kinds if (end := k.label_end(window)) is not None]
    return max(labelled, key=lambda t: t[0])[1] if labelled else None
