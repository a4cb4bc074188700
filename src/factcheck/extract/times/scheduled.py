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

from collections.abc import Iterator

from factcheck.extract.analysis.events import unquoted
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.event_date import CONFIDENCE, ahead_of, date_hints, normalized_date
from factcheck.extract.times.schedule_labels import SCHEDULED, scheduled_kinds, scheduled_label
from factcheck.models import Claim, ClaimKind, CompareAs, Scope

__all__ = ["SCHEDULED", "ScheduledDateExtractor"]

COMPANY_SUBJECT = "the company"
COMPANY_KEY = "company"


class ScheduledDateExtractor:
    """A company's scheduled dates (see module docstring)."""

    id = "scheduled-date.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            text = unquoted(sentence.text)
            kinds = scheduled_kinds(text)
            if not kinds:
                continue
            for m in ctx.dates(sentence):
                if m.date is None and m.kind != "month-day":
                    continue  # a day, not a year, a clock time or an unresolved span
                kind = scheduled_label(text, m.start, kinds)  # the label nearest the date
                if kind is None:
                    continue
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
