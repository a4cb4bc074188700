"""The day a news event happened (or is planned for).

What: ``event-date.v1`` — a date phrase ("on Thursday", "May 16", "16 May 2024", "yesterday", "six
weeks ago") in a sentence that describes an event with an event word ("met", "signed", "summit",
"struck", "election", "will speak ... with"). The claim's subject is the event's participants and its
type ("Vladimir Putin–Xi Jinping meeting"); the value is the day, resolved against the publication
date by :mod:`factcheck.normalize.dates`.

Why: sources disagree on when things happened, and relative days ("on Thursday") only compare once
resolved. Another set of participants is another event (a call "with US President X on Friday" is
not the leaders' Thursday meeting), and a planned event ("will speak on Friday") is never the same
fact as a past one: its attribute is "date (planned)".

Example: "On Thursday, the two leaders signed a pact." published Friday 2024-05-17 -> subject the
article's two main participants, attribute "date", value "Thursday", key "2024-05-16".
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.extract.registry import register
from factcheck.extract.subjects import event_subject
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.dates import PAST_REFERENCE_MIN_DAYS, DateMatch, clause_tense, find_dates
from factcheck.normalize.reference import load_data
from factcheck.segment import Sentence

__all__ = ["CONFIDENCE", "EventDateExtractor", "event_type_of"]

# How sure a date claim is, by how its day was found: written out in full; resolved from the
# publication date (weekday, month-day, "yesterday"); counted back in weeks (rounded, "six weeks
# ago" is rarely exactly 42 days); not resolvable (no publication date: compared by wording only).
CONFIDENCE = {"exact": 1.0, "resolved": 0.9, "approximate": 0.7, "unresolved": 0.6}

_LEX = load_data("event_words.json")
_TYPE_OF_WORD: dict[str, str] = {w: t for t, words in _LEX["types"].items() for w in words}
# Event words not (yet) in data/event_words.json: conversations and announcements, whose date is news.
_EXTRA_WORDS: dict[str, str] = {
    "speak": "call", "speaks": "call", "spoke": "call", "call": "call", "phoned": "call",
    "phone call": "call", "held": "meeting", "announced": "announcement", "announces": "announcement",
}  # fmt: skip
_TYPED = _TYPE_OF_WORD | _EXTRA_WORDS
_NOUNS = frozenset(_LEX["nouns"])
_VERBS = frozenset(_LEX["verbs"]) | frozenset(_EXTRA_WORDS)
_EVENT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in _NOUNS | _VERBS), key=len, reverse=True)) + r")\b"
)
# Unresolved relative phrases still name one day ("yesterday", "three days ago"); others name spans.
# A date right after a reporting verb dates the report, not the event ("the agency said on Tuesday").
_REPORTED = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|reported|added|stated|confirmed|wrote|according\s+to(?:\s+\w+){1,4})"
    r"\s+(?:(?:on|late|early|last)\s+)?$"
)
# Quoted speech is dated from when it was spoken ("the relationship today is ..."), not published.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# An event word this close before a date governs it ("the meeting on Thursday", "announced on Friday").
ADJACENT_EVENT_WORD_GAP = 4
# A noun this close before an event verb is its subject ("a magnitude 6.4 earthquake hit").
VERB_SUBJECT_WINDOW = 12
_DAY_PHRASE = re.compile(r"(?i)\b(?:yesterday|today|tonight|tomorrow|last\s+night|(?:day|week)s?\s+ago)\b")


def event_type_of(sentence: str, near: int) -> str | None:
    """The kind of event the date at offset ``near`` of a sentence belongs to; ``None`` without an
    event word.

    The event word right before the date governs it ("the meeting on Thursday"); else the nearest
    event word: a typed noun gives its type (earthquake, election, meeting), a verb the type of the
    noun just before it ("a quake struck"), else "meeting" as in the event-place extractor ("met",
    "signed"). A distant noun does not type a date ("gathered on Wednesday to remember the floods").
    """
    hits = [(m.start(), m.end(), m[0].lower()) for m in _EVENT_WORD.finditer(sentence)]
    if not hits:
        return None
    for _start, end, word in hits:
        if 0 <= near - end <= ADJACENT_EVENT_WORD_GAP and word in _TYPED:
            return _TYPED[word]
    start, _end, word = min(hits, key=lambda h: min(abs(h[0] - near), abs(h[1] - near)))
    if word in _TYPED:
        return _TYPED[word]
    subjects = [_TYPED[w] for _s, e, w in hits if w in _TYPED and 0 <= start - e <= VERB_SUBJECT_WINDOW]
    return subjects[-1] if subjects else "meeting"


def _day_level(m: DateMatch) -> bool:
    """The phrase names one day, not a year, month, week or clock time. An unresolved relative phrase
    ("six weeks ago" with no publication date) names no day another article could confirm: skipped."""
    return m.date is not None or m.kind in ("month-day", "weekday")


def _day_of(m: DateMatch) -> int:
    return int(re.findall(r"[0-9]+", m.surface)[0])


def _with_sentence_year(m: DateMatch, matches: list[DateMatch], published: dt.date | None) -> DateMatch:
    """A month-day takes the year written elsewhere in its sentence ("in 2022, on February 4")."""
    years = [y.year for y in matches if y.kind == "year" and y.month is None and y.year is not None]
    if m.kind != "month-day" or m.month is None or len(years) != 1:
        return m
    try:
        day = dt.date(years[0], m.month, _day_of(m))
    except ValueError:
        return m
    past = published is not None and (published - day).days >= PAST_REFERENCE_MIN_DAYS
    note = f"year {years[0]} written elsewhere in the sentence"
    return dataclasses.replace(m, date=day, year=years[0], note=note, past_reference=past)


def _normalized(m: DateMatch) -> tuple[Normalized, str]:
    """The comparable value and how sure it is (a key of :data:`CONFIDENCE`)."""
    if m.date is not None:
        iso = m.date.isoformat()
        how = "exact" if m.kind == "absolute" else "approximate" if "approximate" in m.note else "resolved"
        return Normalized(key=iso, display=iso, date=m.date), how
    if m.weekday is not None:
        return Normalized(key=m.weekday.lower(), display=m.weekday), "unresolved"
    if m.kind == "month-day" and m.month is not None:
        display = f"{calendar.month_name[m.month]} {_day_of(m)}"
        return Normalized(key=display.lower(), display=display), "unresolved"
    phrase = " ".join(m.surface.split())
    return Normalized(key=phrase.lower(), display=phrase), "unresolved"


class EventDateExtractor:
    """The day of a meeting, signing, attack, election or other event (see module docstring)."""

    id = "event-date.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            if not _EVENT_WORD.search(sentence.text):
                continue
            matches = find_dates(sentence.text, ctx.published)
            quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(sentence.text)]
            for m in matches:
                in_quote = any(a <= m.start < b for a, b in quoted)
                reported = _REPORTED.search(sentence.text, max(0, m.start - 60), m.start) is not None
                if _day_level(m) and not in_quote and not reported:
                    yield self._claim(ctx, sentence, _with_sentence_year(m, matches, ctx.published))

    def _claim(self, ctx: ArticleContext, sentence: Sentence, m: DateMatch) -> Claim:
        event_type = event_type_of(sentence.text, m.start) or "meeting"
        subject, key, participants = event_subject(ctx, sentence, sentence.start + m.start, event_type)
        planned = clause_tense(sentence.text, m.start, m.end) == "future" or (
            m.date is not None and ctx.published is not None and m.date > ctx.published
        )
        normalized, how = _normalized(m)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.DATE,
            subject=subject,
            subject_key=key,
            attribute="date (planned)" if planned else "date",
            start=sentence.start + m.start,
            end=sentence.start + m.end,
            sentence=sentence,
            normalized=normalized,
            compare_as=CompareAs.DATE,
            scope=Scope.EVENT,
            event=EventHints(
                date=m.date,
                date_text=m.surface,
                date_note=m.note,
                year=m.year,
                participants=participants,
                event_type=event_type,
                anchored_to_publication=not m.past_reference,
            ),
            confidence=CONFIDENCE[how],
        )


register(EventDateExtractor())
