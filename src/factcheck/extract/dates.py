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
from factcheck.extract.subjects import PARTY_TYPES as _PARTY
from factcheck.extract.subjects import event_subject
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.dates import PAST_REFERENCE_MIN_DAYS, DateMatch, clause_tense, find_dates
from factcheck.normalize.reference import load_data
from factcheck.normalize.tense import PAST_WORDS
from factcheck.segment import Sentence

__all__ = ["CONFIDENCE", "NOT_EVENT_DAY", "EventDateExtractor", "event_type_of", "governing_verb", "unquoted"]

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
_OCCURRENCE = frozenset(_LEX["occurrence_verbs"])
_VERBS = frozenset(_LEX["verbs"]) | frozenset(_EXTRA_WORDS) | _OCCURRENCE
_WEAK = frozenset(_LEX["weak_words"])
_EVENT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in _NOUNS | _VERBS), key=len, reverse=True)) + r")\b"
)


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# A body's policy decision told by its verb and object ("cut its key policy rate", "held rates") and a
# body's own meeting ("its next meeting", "the committee's next rate decision"): one event type, not a
# meeting between people.
_RATE = _LEX["rate_change"]
_RATE_CHANGE = re.compile(
    rf"\b(?:{_alternation(_RATE['verbs'])})\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_alternation(_RATE['objects'])})\b"
)
_BODY = _LEX["institutional_meeting"]
_BODY_MEETING = re.compile(
    rf"(?i:\b(?:{_alternation(_BODY['determiners'])}))\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(_BODY['nouns'])})\b"
)
# Unresolved relative phrases still name one day ("yesterday", "three days ago"); others name spans.
# A date right after a reporting verb dates the report, not the event ("the agency said on Tuesday").
_REPORTED = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|reported|added|stated|confirmed|wrote|according\s+to(?:\s+\w+){1,4})"
    r"\s+(?:(?:on|late|early|last)\s+)?$"
)
# A date after these words is a deadline or the time a state was reached ("had burned 3,400 hectares by
# Wednesday", "until Friday", "since Monday"), not the day the event happened.
NOT_EVENT_DAY = re.compile(
    r"\b(?i:by|until|till|since|before|after|through|from)\s+(?:(?:late|early|shortly|just)\s+)?$"
)
# Quoted speech is dated from when it was spoken ("the relationship today is ..."), not published.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A wire dateline ("OSLO, May 3 (Agency) -") dates the filing, not the event.
_DATELINE = re.compile(r"[A-Z][A-Z'’. -]+,[^()\n]{0,40}?\([^)]{2,60}\)\s*[-–—]")


def unquoted(sentence: str) -> str:
    """The sentence with quoted speech blanked out (same length): words inside a quote do not say what
    event the reporter's sentence is about ("he said it was 'a dangerous fire'")."""
    return _QUOTED.sub(lambda m: " " * len(m[0]), sentence)


# An event word this close before a date governs it ("the meeting on Thursday", "announced on Friday").
ADJACENT_EVENT_WORD_GAP = 4
# A noun this close before an event verb is its subject ("a magnitude 6.4 earthquake hit").
VERB_SUBJECT_WINDOW = 12
_DAY_PHRASE = re.compile(r"(?i)\b(?:yesterday|today|tonight|tomorrow|last\s+night|(?:day|week)s?\s+ago)\b")


def _event_hits(sentence: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, word, type) of the event words of a sentence; weak words ("vote", "deal") only when
    no other typed word is there ("lowered its rate ... in a 6-3 vote" is a policy decision)."""
    hits: list[tuple[int, int, str, str | None]] = [
        (m.start(), m.end(), m[0].lower(), _TYPED.get(m[0].lower())) for m in _EVENT_WORD.finditer(sentence)
    ]
    for pattern in (_RATE_CHANGE, _BODY_MEETING):
        hits += [(m.start(), m.end(), m[0].lower(), str(_RATE["type"])) for m in pattern.finditer(sentence)]
    strong = [h for h in hits if h[3] is not None and h[2] not in _WEAK]
    if strong:
        hits = [h for h in hits if h[2] not in _WEAK or h[3] is None]
    return sorted(hits)


def event_type_of(sentence: str, near: int) -> str | None:
    """The kind of event the date at offset ``near`` of a sentence belongs to; ``None`` without an
    event word.

    The event word right before the date governs it ("the meeting on Thursday"); else the nearest
    event word: a typed noun gives its type (earthquake, election, meeting), a verb the type of the
    noun just before it ("a quake struck"); an occurrence verb without one ("it broke out") the
    sentence's nearest typed incident; else "meeting" as in the event-place extractor ("met",
    "signed"). A distant noun does not type a date ("gathered on Wednesday to remember the floods").
    A weak word ("vote") types a sentence only when no other typed word is there.
    """
    hits = _event_hits(sentence)
    if not hits:
        return None
    for _start, end, _word, typed in hits:
        if 0 <= near - end <= ADJACENT_EVENT_WORD_GAP and typed is not None:
            return typed
    start, _end, word, typed = min(hits, key=lambda h: min(abs(h[0] - near), abs(h[1] - near)))
    if typed is not None:
        return typed
    subjects = [t for _s, e, _w, t in hits if t is not None and 0 <= start - e <= VERB_SUBJECT_WINDOW]
    if subjects:
        return subjects[-1]
    if word in _OCCURRENCE:
        incidents = [h for h in hits if h[3] is not None and h[3] not in _PARTY]
        if incidents:
            return min(incidents, key=lambda h: abs(h[0] - start))[3]
    return "meeting"


# Words before a date that look like its governing verb ("was stabilised on Thursday"): a lowercase
# past form. When it is no event word, the date belongs to another event of the story than its main one.
_VERB_FORM = re.compile(r"\b([a-z]{3,}ed|[a-z]{3,}ing|" + "|".join(sorted(PAST_WORDS)) + r")\b")
_NOT_VERBS = frozenset(
    """hundred indeed need speed seed feed red bed shed united limited morning evening during building spring
    ceiling meeting nothing something anything everything thing king ring wing bring sing string swing training
    funding housing offering wedding hearing briefing signing ceremony opening closing bombing shooting sinking
    capsizing flooding landing""".split()  # noqa: SIM905
)
# Auxiliaries and reporting verbs never separate a date from its event ("was held", "said").
_NON_EVENT_VERBS = frozenset("was were had did been said told wrote made seen even often".split())  # noqa: SIM905
# How far back (characters) a date's governing verb is looked for: "unveiled to supporters at the
# club's training ground on Wednesday" (a verb, its object and a place phrase).
GOVERNING_VERB_WINDOW = 60


def governing_verb(sentence: str, start: int) -> str | None:
    """The verb that governs the date at ``start`` when it is not an event word ("stabilised" in "the
    fire was stabilised on Thursday"), or ``None`` (an event word or no verb governs it). Only the words
    of the same clause, at most :data:`GOVERNING_VERB_WINDOW` characters back, are read."""
    window = sentence[max(0, start - GOVERNING_VERB_WINDOW) : start]
    window = re.split(r"[,;:()\u2014\u2013]|\s-\s|\b(?:and|but|when|while|after|before)\b", window)[-1]
    verbs = [m for m in _VERB_FORM.finditer(window) if m[1] not in _NOT_VERBS and m[1] not in _NON_EVENT_VERBS]
    if not verbs:
        return None
    last = verbs[-1]
    if any(end >= last.end() for _start, end, _w, _t in _event_hits(window)):
        return None  # an event word ("signed", "cut its rate") governs, or comes after the verb
    return last[1]


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
            if not _event_hits(unquoted(sentence.text)):
                continue
            dateline = _DATELINE.match(sentence.text)
            matches = find_dates(sentence.text, ctx.published)
            quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(sentence.text)]
            for m in matches:
                in_quote = any(a <= m.start < b for a, b in quoted)
                before = sentence.text[max(0, m.start - 60) : m.start]
                reported = _REPORTED.search(before) is not None or NOT_EVENT_DAY.search(before) is not None
                in_dateline = dateline is not None and m.start < dateline.end()
                if _day_level(m) and not in_quote and not reported and not in_dateline:
                    yield self._claim(ctx, sentence, _with_sentence_year(m, matches, ctx.published))

    def _claim(self, ctx: ArticleContext, sentence: Sentence, m: DateMatch) -> Claim:
        event_type = event_type_of(unquoted(sentence.text), m.start) or "meeting"
        subject, key, participants = event_subject(ctx, sentence, sentence.start + m.start, event_type)
        verb = governing_verb(sentence.text, m.start)
        if verb is not None:  # "the fire was stabilised on Thursday": not the day the fire started
            subject, key = f"{subject} ({verb})", f"{key}:{verb}"
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
