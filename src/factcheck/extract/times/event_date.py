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
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factcheck.extract.analysis.events import (
    QUOTED,
    REPORT_TYPES,
    event_hits,
    event_subject,
    event_type_of,
    main_event_verb,
    repeated_event,
    typed_event,
    unquoted,
    without_non_events,
)
from factcheck.extract.analysis.incident import incident_subject, verb_after_date, verb_of_event
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.clock_text import AS_OF
from factcheck.extract.times.date_owner import GOVERNING_VERB_WINDOW, held_event, possessed_event, possessive
from factcheck.extract.times.furniture import in_furniture
from factcheck.extract.times.schedule_labels import scheduled_kinds, scheduled_label
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.dates import HALF_YEAR_DAYS, PAST_REFERENCE_MIN_DAYS, DateMatch, clause_tense
from factcheck.normalize.reference import load_data
from factcheck.normalize.tense import PAST_WORDS
from factcheck.normalize.zones import sentence_zone
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CONFIDENCE",
    "NOT_EVENT_DAY",
    "EventDateExtractor",
    "ahead_of",
    "event_type_of",
    "governing_verb",
    "main_verb_word",
    "normalized_date",
    "unquoted",
]

# How sure a date claim is, by how its day was found: written out in full; resolved from the
# publication date (weekday, month-day, "yesterday"); counted back in weeks (rounded, "six weeks
# ago" is rarely exactly 42 days); not resolvable (no publication date: compared by wording only).
CONFIDENCE = {"exact": 1.0, "resolved": 0.9, "approximate": 0.7, "unresolved": 0.6}
# A date whose sentence names no known kind of event: which event it dates is a guess (the article's main
# event by default), so a disagreement on it is only a possible conflict.
UNTYPED_EVENT_CONFIDENCE = 0.65

_LEX = load_data("event_words.json")
# Events always announced ahead of time (a runoff): a year-less day of theirs is never last year's.
_AHEAD_TYPES = frozenset(_LEX["ahead_types"])
# Unresolved relative phrases still name one day ("yesterday", "three days ago"); others name spans.
# A date right after a reporting verb dates the report, not the event ("the agency said on Tuesday").
_REPORTED = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|reported|added|stated|confirmed|wrote|according\s+to(?:\s+\w+){1,4})"
    r"\s+(?:(?:on|late|early|last)\s+)?$"
)
# A date after these words is a deadline or the time a state was reached ("had burned 3,400 hectares by
# Wednesday", "until Friday", "since Monday"), not the day the event happened.
NOT_EVENT_DAY = re.compile(
    r"\b(?i:by|until|till|since|before|after|through|from)\s+(?:(?:late|early|shortly|just)\s+)?"
    r"(?:(?:morning|afternoon|evening|night)\s+(?:on\s+)?)?$"  # "reports available till late afternoon Saturday"
)
# "police were on Monday still searching": a date followed by "still" dates an ongoing state at the
# time of writing, not the day the event happened.
_STILL_AFTER = re.compile(r"\s+(?i:still|yet to)\b")


# Words before a date that look like its governing verb ("was stabilised on Thursday"): a lowercase
# past form. When it is no event word, the date belongs to another event of the story than its main one.
# Present-tense verbs of a later phase ("the walkout ends on Thursday") are listed in the data.
_VERB_FORM = re.compile(
    r"\b([a-z]{3,}ed|[a-z]{3,}ing|" + "|".join(sorted(PAST_WORDS) + sorted(_LEX.get("phase_verbs", []))) + r")\b"
)
_NOT_VERBS = frozenset(
    """hundred indeed need speed seed feed red bed shed united limited morning evening during building spring
    ceiling meeting nothing something anything everything thing king ring wing bring sing string swing training
    funding housing offering wedding hearing briefing signing ceremony opening closing bombing shooting sinking
    capsizing flooding landing overlooking facing including regarding concerning ago""".split()  # noqa: SIM905
)
# Auxiliaries and reporting verbs never separate a date from its event ("was held", "said").
# Verbs of the event itself (its detection, its duration) govern the event's own date, not a later phase.
_NON_EVENT_VERBS = frozenset("was were had did been said told wrote made seen even often".split()) | frozenset(  # noqa: SIM905
    _LEX["same_event_verbs"]
)


def governing_verb(sentence: str, start: int) -> str | None:
    """The verb that governs the date at ``start`` when it is not an event word ("stabilised" in "the
    fire was stabilised on Thursday"), or ``None`` (an event word or no verb governs it). Only the words
    of the same clause, at most :data:`GOVERNING_VERB_WINDOW` characters back, are read."""
    window = without_non_events(sentence[max(0, start - GOVERNING_VERB_WINDOW) : start])
    window = re.split(r"[,;:()\u2014\u2013]|\s-\s|\b(?:and|but|when|while|after|before)\b", window)[-1]
    verbs = [m for m in _VERB_FORM.finditer(window) if m[1] not in _NOT_VERBS and m[1] not in _NON_EVENT_VERBS]
    if not verbs:
        return None
    last = verbs[-1]
    if any(end >= last.end() for _start, end, _w, _t in event_hits(window)):
        return None  # an event word ("signed", "cut its rate") governs, or comes after the verb
    offset = start - len(window)
    if any(a <= offset + last.start() < b for a, b, _w, _t in event_hits(sentence)):
        return None  # the verb starts an event phrase around the date ("adopted yesterday the law")
    return last[1]


def main_verb_word(ctx: ArticleContext, sentence: str) -> str | None:
    """The verb of a sentence that tells the article's main event happened ("stopped"; "reached" of
    "reached orbit"), or ``None``."""
    hit = main_event_verb(ctx, sentence)
    return None if hit is None else hit[2].split()[0]


def _day_level(m: DateMatch) -> bool:
    """The phrase names one day, not a year, month, week or clock time. An unresolved relative phrase
    ("six weeks ago" with no publication date) names no day another article could confirm: skipped."""
    return m.date is not None or m.kind in ("month-day", "weekday")


def _day_of(m: DateMatch) -> int:
    return int(re.findall(r"[0-9]+", m.surface)[0])


def _with_sentence_year(m: DateMatch, matches: Sequence[DateMatch], published: dt.date | None) -> DateMatch:
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


# "the night of Sunday to Monday", "Sunday into Monday": two consecutive weekdays joined as one span.
_DAY_SPAN = re.compile(r"\s+(?:to|into)\s+$")


def _span_start(m: DateMatch, matches: Sequence[DateMatch], text: str) -> DateMatch:
    """The first weekday of a span of two consecutive weekdays ("the night of Sunday to Monday") is the
    day before the second: each resolved alone, a page published on the Sunday after reads "Sunday" as
    its own day, six days after the "Monday"."""
    nxt = next((n for n in matches if n.start >= m.end), None)
    if m.kind != "weekday" or nxt is None or nxt.kind != "weekday" or m.date is None or nxt.date is None:
        return m
    if not _DAY_SPAN.fullmatch(text, m.end, nxt.start) or (m.date.weekday() + 1) % 7 != nxt.date.weekday():
        return m
    day = nxt.date - dt.timedelta(days=1)
    note = f"the day before {nxt.surface} ({nxt.date}) in a span of two days"
    return dataclasses.replace(m, date=day, year=day.year, month=day.month, note=note)


def date_hints(m: DateMatch, participants: tuple[str, ...] = (), event_type: str | None = None) -> EventHints:
    """The event hints of a claim whose value is the date ``m``: the date itself, how it was written and
    whether it was read against the publication date."""
    return EventHints(
        date=m.date,
        date_text=m.surface,
        date_note=m.note,
        year=m.year,
        participants=participants,
        event_type=event_type,
        anchored_to_publication=not m.past_reference,
    )


def normalized_date(m: DateMatch) -> tuple[Normalized, str]:
    """The comparable value and how sure it is (a key of :data:`CONFIDENCE`)."""
    if m.date is not None:
        iso = m.date.isoformat()
        how = "exact" if m.kind == "absolute" else "approximate" if "approximate" in m.note else "resolved"
        return Normalized(key=iso, display=iso, date=m.date), how
    # "Saturday 6 May" with no publication date: the month-day names the day, the weekday only checks it
    # (keyed by the weekday, it could not meet another page's "May 6, 2023")
    if m.kind == "month-day" and m.month is not None:
        display = f"{calendar.month_name[m.month]} {_day_of(m)}"
        return Normalized(key=display.lower(), display=display), "unresolved"
    if m.weekday is not None:
        return Normalized(key=m.weekday.lower(), display=m.weekday), "unresolved"
    phrase = " ".join(m.surface.split())
    return Normalized(key=phrase.lower(), display=phrase), "unresolved"


def ahead_of(m: DateMatch, published: dt.date | None) -> DateMatch:
    """A month-day of a date set ahead of time ("payable on June 28", a runoff "on May 28"), moved to the
    next year when a past-tense sentence put it well before publication ("the council announced the
    runoff for May 28")."""
    if m.date is None or published is None or (published - m.date).days <= HALF_YEAR_DAYS:
        return m
    try:
        day = m.date.replace(year=m.date.year + 1)
    except ValueError:  # February 29
        return m
    note = f"next year {day.year}: a date set ahead of time, not {m.date} well before {published}"
    return dataclasses.replace(m, date=day, year=day.year, note=note, past_reference=False)


# How far up the dependency tree from a date its event word may be: "the fire [that] started on Aug. 8"
# (date -> on -> started), "the crush on Saturday night" (night -> on -> crush), "died in the fire on ..."
MAX_EVENT_HEAD_STEPS = 4


# Verbs of saying (word forms: the pipeline's lemmatizer is off): a date that hangs from one of them dates
# the statement, not the event it reports.
# Vowing is an act of saying too ("In the early hours of Monday, the candidate vowed to win the runoff"), and
# so is the participle opening a sentence ("Speaking on Monday, the mayor said ..."): the date is the
# speech's, not the event's it is about. "Will speak on Friday with X" is a talk between two, an event.
_SAYING = frozenset("say says said saying tell tells told state states stated".split()) | frozenset(  # noqa: SIM905
    """confirm confirms confirmed add adds added wrote noted speaking vow vows vowed vowing pledge pledges
    pledged""".split()  # noqa: SIM905
)
# Words a statement's date may hang from on its way to the verb of saying: its preposition, the speaker
# named after an inverted verb ("said spokesman X on Saturday"), the statement itself ("in a report on ...").
_STATEMENT_NOUNS = frozenset(  # "said during a live broadcast on Monday", "in a televised address on Monday"
    "report statement briefing release conference interview update post bulletin broadcast address".split()  # noqa: SIM905
)


def dates_statement(ctx: ArticleContext, sentence: Sentence, m: DateMatch) -> bool:
    """The date hangs, in the parse, from a verb of saying before any other verb or noun: "On Tuesday,
    the agency said that ...", "said spokesman X on Tuesday", "said in a report on Tuesday". It dates
    the statement, not the event the statement is about."""
    span = ctx.parsed_span(sentence.start + m.start, sentence.start + m.end)
    if span is None:
        return False
    node = span.root
    for _ in range(MAX_EVENT_HEAD_STEPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.lower_ in _SAYING and not any(c.lower_ == "with" for c in node.children)
        if node.pos_ == "NOUN" and node.lower_.rstrip("s") not in _STATEMENT_NOUNS | _DAY_PARTS:
            return False
    return False


# Nouns of the date's own phrase, no event of their own: "In the early hours of Monday, X vowed ...".
_DAY_PARTS = frozenset("hour morning afternoon evening night".split())  # noqa: SIM905


def _governed_by_event_word(ctx: ArticleContext, sentence: Sentence, m: DateMatch) -> bool:
    """The date hangs, in the parse, from a word that names an event (not just anywhere in its sentence:
    "officials said on Tuesday that the fire ..." dates the statement, not the fire)."""
    span = ctx.parsed_span(sentence.start + m.start, sentence.start + m.end)
    if span is None:
        return False
    hits = [(sentence.start + a, sentence.start + b) for a, b, _w, kind in ctx.event_hits(sentence.text) if kind]
    node = span.root
    for _ in range(MAX_EVENT_HEAD_STEPS):
        if node.head.i == node.i:  # the root is its own head (a new Token object each time: no "is")
            return False
        below, node = node, node.head
        if any(a <= node.idx < b for a, b in hits):
            return True
        if below.dep_ == "prep" and node.pos_ in ("NOUN", "PROPN") and _stacked_event(node, below, hits):
            return True
    return False


def _stacked_event(noun: Token, prep: Token, hits: Sequence[tuple[int, int]]) -> bool:
    """A date's preposition hangs from a noun that names no event, after another preposition of that noun
    whose object is an event word: "the toll from the quake in the capital on Saturday" (the small parser
    hangs each stacked phrase from the first noun). A noun phrase names its event once; a date after it
    dates that event, not the toll or the count the sentence is about."""
    for child in noun.children:
        if child.dep_ != "prep" or child.i >= prep.i:
            continue
        objects = [t for t in child.subtree if t.dep_ == "pobj" and t.i < prep.i]
        if any(a <= t.idx < b for t in objects for a, b in hits):
            return True
    return False


class EventDateExtractor:
    """The day of a meeting, signing, attack, election or other event (see module docstring)."""

    id = "event-date.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            text = unquoted(sentence.text)
            if not ctx.event_hits(text) and main_event_verb(ctx, text) is None:
                continue
            matches = ctx.dates(sentence)
            quoted = [(q.start(), q.end()) for q in QUOTED.finditer(sentence.text)]
            # "said on Tuesday its net profit rose": the report is the event (a company's results)
            reports = [(a, b) for a, b, _w, kind in ctx.event_hits(text) if kind in REPORT_TYPES]
            hits = ctx.event_hits(text)
            kinds = scheduled_kinds(text)  # a dividend's payment date is scheduled-date.v1's, no event's
            for m in matches:
                if kinds and scheduled_label(text, m.start, kinds) is not None:
                    continue
                in_quote = any(a <= m.start < b for a, b in quoted)
                before = sentence.text[max(0, m.start - 60) : m.start]
                # "since Friday evening's demolition": the bound word governs the noun phrase, whose date
                # is still the day of the event it names. "As of Sunday evening, officials said 153 ...":
                # the moment a figure stood at, like "by Sunday", not the day of the event.
                owned = possessive(text, m.end) and possessed_event(text, m.end, hits) is not None
                bound = (NOT_EVENT_DAY.search(before) is not None or AS_OF.search(before) is not None) and not owned
                reported = _REPORTED.search(before) is not None or bound
                reported = reported or dates_statement(ctx, sentence, m)
                if any(a <= m.start < b for a, b in reports) and NOT_EVENT_DAY.search(before) is None:
                    reported = False
                in_dateline = in_furniture(sentence.text, m.start, m.end)
                reported = reported or _STILL_AFTER.match(sentence.text, m.end) is not None
                if _day_level(m) and not in_quote and not reported and not in_dateline:
                    m = _span_start(m, matches, sentence.text)
                    yield self._claim(ctx, sentence, _with_sentence_year(m, matches, ctx.published))

    def _claim(self, ctx: ArticleContext, sentence: Sentence, m: DateMatch) -> Claim:
        text = unquoted(sentence.text)
        owner = possessed_event(text, m.end, ctx.event_hits(text))
        held = held_event(text, m.start, ctx.event_hits(text)) if owner is None else None
        near = owner if owner is not None else held if held is not None else m.start
        typed = typed_event(ctx, text, near)
        event_type = typed or "meeting"
        if event_type in _AHEAD_TYPES and m.kind == "month-day":
            m = ahead_of(m, ctx.published)  # a runoff "on May 28" in a past-tense sentence is still ahead
        governed = owner is not None or _governed_by_event_word(ctx, sentence, m)
        subject, key, participants = event_subject(ctx, sentence, sentence.start + m.start, event_type)
        verb = governing_verb(sentence.text, m.start) if owner is None else None
        if verb is None and owner is None and not governed:  # "on Sunday charged four men": the charge's day
            verb = verb_after_date(ctx, sentence, m.start, m.end)
        if verb is not None and verb == main_verb_word(ctx, text):
            verb = None  # "cranes stopped at 06:00 on Monday" in a strike article: the event itself
        if verb is not None and verb_of_event(ctx, sentence, verb, m.start):
            verb = None  # "the blaze that enveloped the town on Tuesday": the event's own course
            governed = True  # its subject is the event word: the date is the event's ("a gala turned deadly Friday")
        incident = incident_subject(event_type) if verb is None else None
        if incident is not None:  # "the blaze", "the explosion", "the collapse" of one disaster meet
            subject, key = incident
        if verb is not None:  # "the fire was stabilised on Thursday": not the day the fire started
            subject, key = f"{subject} ({verb})", f"{key}:{verb}"
        planned = clause_tense(sentence.text, m.start, m.end) == "future" or (
            m.date is not None and ctx.published is not None and m.date > ctx.published
        )
        normalized, how = normalized_date(m)
        zone = sentence_zone(sentence.text)
        if zone is not None:  # two dates a day apart agree only when stated in different zones
            normalized = normalized.model_copy(update={"unit": zone})
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
            event=date_hints(m, participants, event_type),
            confidence=CONFIDENCE[how] if typed is not None else min(CONFIDENCE[how], UNTYPED_EVENT_CONFIDENCE),
            key_resolved=typed is not None and governed and not repeated_event(key),
        )
