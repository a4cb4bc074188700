"""Who took part in the event a sentence describes; shared by the event extractors."""

from __future__ import annotations

from factcheck.extract.base import ArticleContext
from factcheck.segment import Sentence

__all__ = ["event_participants", "participants_subject"]


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
