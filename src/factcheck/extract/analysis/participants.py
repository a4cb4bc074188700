"""Who took part in the event a sentence describes; shared by the event extractors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.models import EventHints
from factcheck.normalize.people import person_identity

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext
    from factcheck.normalize.people import PersonMention
    from factcheck.segment import Sentence

__all__ = [
    "PARTICIPANTS_JOIN",
    "article_participants",
    "event_participants",
    "event_time",
    "participants_subject",
    "person_subject",
]

# Joins the participants' names into a subject ("Ana Ruiz–Li Wei"); comparison reads it back to tell a
# subject of participants from one read elsewhere (factcheck.compare.sameness).
PARTICIPANTS_JOIN = "–"

# An article names at most this many people for all of them to be its main participants: a report on
# a meeting of two leaders often names each once ("... signed with Prime Minister X"; "Y is due to ...").
MAX_PEOPLE_ALL_MAIN = 2


def named_enough(m: PersonMention) -> bool:
    """Whether a mention names its person well enough to key an event by: a full or known name. A title
    and one unknown name ("Queen Ysolde") is a person, but one article writes it and another the full
    name, and keying the event by it would split one event in two. A surname written again after the
    full name ("... Berg said") is that full name."""
    return m.full or m.known or m.variant == "surname"


def article_participants(ctx: ArticleContext) -> tuple[str, ...]:
    """The people the article is about: its main participants (:attr:`ArticleContext.main_participants`,
    people named at least twice), or every person when it names no more than two."""
    named = sorted({m.canonical for m in ctx.people if named_enough(m)})
    if 0 < len(named) <= MAX_PEOPLE_ALL_MAIN:
        return tuple(named)
    return ctx.main_participants


def event_participants(ctx: ArticleContext, sentence: Sentence, near: int | None = None) -> tuple[str, ...]:
    """Canonical names of the people in the event.

    The people named in the sentence when they include someone who is not one of the article's main
    participants (a call "with US President X" is another event than the leaders' meeting); otherwise
    the article's main participants (most news sentences name one of the two leaders, or say "the two
    leaders"), so that one signing told with one, two or no names has one subject.
    """
    named = sorted({m.canonical for m in ctx.people_starting(sentence.start, sentence.end) if named_enough(m)})
    main = ctx.article_participants
    if not named or set(named) <= set(main):
        return main
    if len(named) == 1:
        return tuple(sorted({named[0], *main[:1]})) if main else (named[0],)
    return tuple(named)


def participants_subject(participants: tuple[str, ...]) -> tuple[str, str]:
    """Display subject ("Vladimir Putin–Xi Jinping") and comparison key for a set of participants.

    The key is built from each person's identity (:func:`~factcheck.normalize.people.person_identity`),
    not the spelling: "Katrina Lindqvist" and "Katrine Lindqvist", or "Dmitri" and "Dmitry", give one key.
    """
    if not participants:
        return "the event", "event"
    ordered = sorted(participants)
    return PARTICIPANTS_JOIN.join(ordered), "|".join(sorted({person_identity(p) for p in ordered}))


def person_subject(canonical: str, key: str) -> tuple[str, str]:
    """The subject of a fact about one person (an age): a known person's id; for anyone else the
    person's identity (:func:`~factcheck.normalize.people.person_identity`: the given name's initial and
    the family name), the same in every article whatever the article's other people -- a surname alone
    would put two people sharing it under one key, a full name would keep a misspelt copy apart."""
    if (key.startswith("unknown:") or key == canonical.lower()) and len(canonical.split()) >= 2:
        return canonical, f"unknown:{person_identity(canonical)}"
    return canonical, key


def event_time(ctx: ArticleContext, sentence: Sentence) -> EventHints:
    """When the event of a sentence happened, as far as the sentence says.

    A look-back phrase ("six weeks ago", "in 2019", "last year", a date well before publication) ties the
    sentence's claims to that earlier event: the date or year is kept and the claim is not anchored to
    the article's publication. Otherwise the claim is about the article's own news (anchored).
    """
    matches = ctx.dates(sentence)
    for m in matches:
        if m.kind == "time":
            continue
        if m.past_reference:
            return EventHints(
                date=m.date, date_text=m.surface, date_note=m.note, year=m.year, anchored_to_publication=False
            )
    years = [m for m in matches if m.kind == "year" and m.year is not None]
    if years and ctx.published is None:
        # No publication date: an explicit year is the only time we know; keep it, unanchored.
        m = years[0]
        return EventHints(year=m.year, date_text=m.surface, date_note=m.note, anchored_to_publication=False)
    return EventHints()
