"""The subject of an event claim: who took part for meetings, the kind of event for the others.

A meeting, visit or signing is identified by its participants (two leaders' summit vs. a call with a
third person). An earthquake, flood or election is identified by its kind: the officials quoted about
it differ from article to article and must not split one disaster into several subjects.
"""

from __future__ import annotations

from factcheck.extract.base import ArticleContext
from factcheck.extract.participants import event_participants, participants_subject
from factcheck.normalize.reference import load_data
from factcheck.segment import Sentence

__all__ = ["MIN_PARTIES", "PARTY_TYPES", "event_subject"]

PARTY_TYPES: frozenset[str] = frozenset(load_data("event_words.json")["party_types"]) | {"call"}
# A meeting, call or signing takes at least two parties; one known person does not identify it.
MIN_PARTIES = 2


def event_subject(
    ctx: ArticleContext, sentence: Sentence, near: int, event_type: str
) -> tuple[str, str, tuple[str, ...]]:
    """(display subject, comparison key, participants) of the event a sentence describes."""
    participants = event_participants(ctx, sentence, near)
    if event_type not in PARTY_TYPES:
        return event_type, event_type, participants
    if len(participants) < MIN_PARTIES:
        # One person is no meeting's identity ("Rahmouni signed on Tuesday"): the event is told by its kind.
        return event_type, event_type, participants
    subject, key = participants_subject(participants)
    display = f"{subject} {event_type}" if participants else event_type
    return display, f"{event_type}:{key}", participants
