"""Whose figure it is and what the sentence says about it: subjects, revisions, event hints.

A helper of :mod:`factcheck.extract.quantities` and :mod:`factcheck.extract.doc_length`: it registers no
extractor. Subjects: the event's participants (meetings), the candidate named before a vote share
("Elena Rusu ... took 45.7 percent"), the person an age belongs to ("Jane Doe, 29,"), the shock a
magnitude measures (the main shock or an aftershock).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.base import ArticleContext
from factcheck.extract.participants import participants_subject
from factcheck.models import EventHints, Normalized
from factcheck.normalize.numbers import NumberMatch, find_numbers, format_number
from factcheck.normalize.reference import country_by_word, fold, given_names, load_data
from factcheck.segment import Sentence

__all__ = [
    "age_subject",
    "candidate_subject",
    "event_hints",
    "is_revised",
    "normalized_number",
    "participants_of",
    "shock_of",
    "subject_of",
]

_REVISED = re.compile(
    r"\b(?:revis(?:ed|ing|ion)|correct(?:ed|ion|ing)|lowered|downgraded|scaled back|adjusted|walked back)\b", re.I
)
# A year the figure is compared with is not the figure's time: "levels not seen since 2023", "more than in 2019".
_REFERENCE_YEAR = re.compile(
    r"(?:\bnot\s+(?:been\s+)?(?:seen|recorded|reached|experienced|matched)|\b(?:highest|lowest|worst|best|biggest"
    r"|largest|first\s+time))\b[^,;:.]*\bsince\b[^,;:.]*$|\bthan(?:\s+in)?\b[^,;:.]*$|\bcompared\s+(?:with|to)\b[^,;:.]*$",
    re.I,
)
# How far back (characters) a comparison word may stand before the year it governs.
_REFERENCE_LOOKBACK = 60
_PAST = re.compile(r"\b(?:ago|last (?:year|month|week|time)|earlier this (?:year|month)|previously|back in)\b", re.I)


def is_revised(sentence: str) -> bool:
    """True when the sentence says a figure was revised, corrected or lowered."""
    return bool(_REVISED.search(sentence))


def event_hints(ctx: ArticleContext, sentence: Sentence, participants: tuple[str, ...]) -> EventHints:
    """Participants, and whether the sentence is about an earlier time ("in 2019", "six weeks ago")."""
    years = {
        int(m.value)
        for m in find_numbers(sentence.text, all_roles=True)
        if m.is_year
        and m.value >= 1900
        and not _REFERENCE_YEAR.search(sentence.text[max(0, m.start - _REFERENCE_LOOKBACK) : m.start])
    }
    year = years.pop() if len(years) == 1 else None
    past = bool(_PAST.search(sentence.text))
    if year is not None:
        past = past or ctx.published is None or year < ctx.published.year
    return EventHints(participants=participants, year=year, anchored_to_publication=not past)


def normalized_number(m: NumberMatch, unit: str | None, revised: bool) -> Normalized:
    """The comparable form of a figure: key is the value; low/high carry the hedge."""
    return Normalized(
        key=format_number(m.value),
        display=" ".join(m.surface.split()),
        low=m.low,
        high=m.high,
        unit=unit,
        revised=revised,
    )


def participants_of(ctx: ArticleContext, sentence: Sentence) -> tuple[str, ...]:
    """The event's participants; empty when the people normalizer is not available."""
    try:
        from factcheck.extract.participants import event_participants

        return event_participants(ctx, sentence)
    except ImportError:
        return ()


def subject_of(participants: tuple[str, ...]) -> tuple[str, str]:
    """Display and key of a figure's subject: the participants (keys shared across spellings of one
    person, see :func:`participants_subject`), or the news event."""
    return participants_subject(participants)


# --------------------------------------------------------------------------------------------- shocks


def shock_of(text: str, m: NumberMatch, shocks: dict[str, str]) -> str:
    """Which shock a magnitude measures: the shock noun nearest the figure in the sentence ("main" when
    none): "a 6.4-magnitude quake" -> main, "the strongest aftershock, of magnitude 4.8" -> aftershock."""
    pattern = re.compile(rf"\b({'|'.join(re.escape(s) for s in sorted(shocks, key=len, reverse=True))})\b", re.I)
    best, kind = len(text) + 1, "main"
    for s in pattern.finditer(text):
        distance = m.start - s.end() if s.end() <= m.start else s.start() - m.end
        if 0 <= distance < best:
            best, kind = distance, shocks[s.group(1).lower()]
    return kind


# --------------------------------------------------------------------------------------------- people

_AGE_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:an?\s+|the\s+)?$")
_AGE_NAME_AFTER = re.compile(r"[-\s]years?[-\s]old\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
_AGE_OLD = re.compile(r"[-\s]years?[-\s]old\s+")
_AGE_GAP = re.compile(r",\s+(?:an?\s+|the\s+)?")


def age_subject(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """The person an age belongs to: "Jane Doe, a 29-year-old nurse", "29-year-old Jane Doe", "Xi, 70,"."""
    text = sentence.text
    try:
        for p in ctx.people:
            a, b = p.start - sentence.start, p.end - sentence.start
            if (0 <= b <= m.start and _AGE_GAP.fullmatch(text[b : m.start])) or (
                a >= m.end and _AGE_OLD.fullmatch(text[m.end : a])
            ):
                return p.canonical, p.key
    except ImportError:
        pass
    before = _AGE_NAME_BEFORE.search(text[: m.start])
    after = _AGE_NAME_AFTER.match(text, m.end)
    name = before.group(1) if before else after.group(1) if after else None
    return (name, name.lower()) if name else None


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# A name standing after one of these words names a party, body or place, not the candidate:
# "Elena Rusu of Civic Renewal", "mayor of Bălți", "in Chisinau".
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|for|from|to|near|across|outside|inside|into)\s+(?:the\s+)?$", re.I)
# Longest name we take as one person ("Maria del Carmen Lopez Garcia" has five words).
MAX_NAME_WORDS = 5


@cache
def _name_stopwords() -> frozenset[str]:
    return frozenset(load_data("name_stopwords.json")["words"])


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalized words (one space apart) that may be a person's name; a possessive ends a run.

    Stopwords (sentence-initial "The", weekdays, months), countries and all-capital words (datelines)
    cut runs."""
    stop, countries = _name_stopwords(), country_by_word()
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for t in _TOKEN.finditer(text):
        word = re.sub(r"['’]s?$", "", t.group())
        joined = bool(run) and text[run[-1][1] : t.start()] == " "
        name_like = word[:1].isupper() and not word.isupper() and word not in stop and word not in countries
        if run and (not joined or not name_like):
            runs.append((run[0][0], run[-1][1]))
            run = []
        if name_like:
            run.append((t.start(), t.start() + len(word)))
            if word != t.group():  # possessive: "Volkhov's share"
                runs.append((run[0][0], run[-1][1]))
                run = []
    if run:
        runs.append((run[0][0], run[-1][1]))
    return [r for r in runs if len(text[r[0] : r[1]].split()) <= MAX_NAME_WORDS]


def _surnames(text: str) -> dict[str, str]:
    """Folded surname -> first full name (two words or more) with it in the article."""
    out: dict[str, str] = {}
    for a, b in _name_runs(text):
        name = text[a:b]
        if len(name.split()) >= 2:
            out.setdefault(fold(name.split()[-1]), name)
    return out


def _person_key(ctx: ArticleContext, name: str, start: int, end: int) -> tuple[str, str]:
    """The people normalizer's (canonical, key) for a mention, or its convention for an unknown person."""
    for p in ctx.people:
        if p.start < end and start < p.end:
            return p.canonical, p.key
    from factcheck.normalize.people import resolve_name

    person, _variant = resolve_name(name)
    if person is not None:
        return person.name, person.id
    return name, f"unknown:{fold(name.split()[-1])}"


def candidate_subject(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """The person a vote share belongs to: the name nearest before the figure in its sentence.

    A single word counts only as the surname of a full name elsewhere in the article ("Volkhov won
    ... with 53.4 percent"); a name after "of"/"in"/... is a party or a place ("Rusu of Civic Renewal")
    unless it starts with a known given name ("ahead of Elena Rusu")."""
    text = sentence.text
    given = given_names()
    before = [
        (a, b)
        for a, b in _name_runs(text[: m.start])
        if fold(text[a:b].split()[0]) in given or not _PLACE_BEFORE.search(text[:a])
    ]
    surnames: dict[str, str] | None = None
    for a, b in reversed(before):
        name = text[a:b]
        start = sentence.start + a
        if len(name.split()) == 1:
            surnames = surnames if surnames is not None else _surnames(ctx.text)
            full = surnames.get(fold(name))
            if full is None:
                continue
            known = _person_key(ctx, name, start, start + len(name))
            return known if not known[1].startswith("unknown:") else (full, known[1])
        return _person_key(ctx, name, start, start + len(name))
    return None
