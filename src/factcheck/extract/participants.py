"""Who took part in the event a sentence describes; shared by the event extractors."""

from __future__ import annotations

from factcheck.extract.base import ArticleContext
from factcheck.models import EventHints
from factcheck.segment import Sentence

__all__ = ["event_participants", "event_time", "participants_subject"]


def event_participants(ctx: ArticleContext, sentence: Sentence, near: int | None = None) -> tuple[str, ...]:
    """Canonical names of the people in the event.

    The people named in the sentence, when they are at least two or include someone who is not one of
    the article's main participants (a call "with US President X" is another event than the leaders'
    meeting); otherwise the article's main participants (most news sentences say "the two leaders").
    """
    named = sorted({m.canonical for m in ctx.people if sentence.start <= m.start < sentence.end})
    main = ctx.main_participants
    if not named:
        return main
    if len(named) == 1 and named[0] in main:
        return main
    if len(named) == 1:
        return tuple(sorted({named[0], *main[:1]})) if main else (named[0],)
    return tuple(named)


def participants_subject(participants: tuple[str, ...]) -> tuple[str, str]:
    """Display subject ("Vladimir Putin–Xi Jinping") and comparison key for a set of participants."""
    if not participants:
        return "the event", "event"
    ordered = sorted(participants)
    return "–".join(ordered), "|".join(p.lower() for p in ordered)


def event_time(ctx: ArticleContext, sentence: Sentence) -> EventHints:
    """When the event of a sentence happened, as far as the sentence says.

    A look-back phrase ("six weeks ago", "in 2019", "last year", a date well before publication) ties the
    sentence's claims to that earlier event: the date or year is kept and the claim is not anchored to
    the article's publication. Otherwise the claim is about the article's own news (anchored).
    """
    from factcheck.normalize.dates import find_dates

    matches = find_dates(sentence.text, ctx.published)
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
