"""The dates a company sets: the end of a quarter, a dividend's record and payment dates, a split's dates.

What: ``scheduled-date.v1`` — a day-level date phrase right after the words that say what it is the date
of ("for the quarter ended April 28", "a dividend payable on June 28 to shareholders of record on June
11", "a stock split effective June 7", "split-adjusted trading begins June 10"). The subject is the
company the article is about ("the company"), the attribute what the date is of; the value the day,
resolved against the publication date like any event date.

Why: results pages repeat these dates; they are no event with a verb or an event word, so the event-date
extractor misses them or keys them by the nearest word ("announcement"), and a page that gives the end
of the quarter as a different day never meets the others. The words and the words the sentence must
also hold ("dividend" for a payment date, "split" for an effective date) are the ``scheduled_dates`` of
``data/event_words.json``.

Example: "The dividend will be paid on June 28." published 2031-05-22 -> subject "the company",
attribute "dividend payment date", value "June 28", key "2031-06-28".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.analysis.events import unquoted
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.event_date import CONFIDENCE, ahead_of, date_hints, normalized_date
from factcheck.models import Claim, ClaimKind, CompareAs, Scope
from factcheck.normalize.reference import load_data

__all__ = ["SCHEDULED", "ScheduledDateExtractor"]

COMPANY_SUBJECT = "the company"
COMPANY_KEY = "company"
# Words allowed between a label and its date ("effective on", "of record as of", "commencing at market
# open on", "shareholders must own shares after market close on"): at most this many, the longest seen in
# the real-news dev pages (7) and one more.
GAP_WORDS = 8
# A clause break between a label and a date: the date is another clause's.
_BREAK = re.compile(r"[;:()\u2014\u2013]|,\s+(?:and|but|while|which|after|before)\b")


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


# How far back (characters) a label is looked for before its date.
LABEL_WINDOW = 70


class ScheduledDateExtractor:
    """A company's scheduled dates (see module docstring)."""

    id = "scheduled-date.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            text = unquoted(sentence.text)
            kinds = [k for k in SCHEDULED if all(n.search(text) for n in k.needs)]
            if not kinds:
                continue
            for m in ctx.dates(sentence):
                if m.date is None and m.kind != "month-day":
                    continue  # a day, not a year, a clock time or an unresolved span
                window = text[max(0, m.start - LABEL_WINDOW) : m.start]
                labelled = [(end, k) for k in kinds if (end := k.label_end(window)) is not None]
                if not labelled:
                    continue
                kind = max(labelled, key=lambda t: t[0])[1]  # the label nearest the date
                if kind.ahead and m.kind == "month-day":
                    m = ahead_of(m, ctx.published)
                normalized, how = normalized_date(m)
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.DATE,
                    subject=COMPANY_SUBJECT,
                    subject_key=COMPANY_KEY,
                    attribute=kind.attribute,
                    start=sentence.start + m.start,
                    end=sentence.start + m.end,
                    sentence=sentence,
                    normalized=normalized,
                    compare_as=CompareAs.DATE,
                    scope=Scope.EVENT,
                    event=date_hints(m),
                    confidence=CONFIDENCE[how],
                )
