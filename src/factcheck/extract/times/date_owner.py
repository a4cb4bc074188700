"""Which event word a date belongs to when it is not the nearest one: the noun a date in the possessive
or used as a modifier dates ("Sunday's vote", "the June 24 disaster"), and the event named before a verb
of holding ("the runoff, set for June 7, comes after a bitter election": the runoff's day).

Why: the nearest event word is a good guess for most dates, but English attaches a date to a noun after
it (the possessive) and to a scheduled event before a verb of holding, whatever comes nearer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.analysis.events import OCCURRENCE, event_hits

__all__ = ["GOVERNING_VERB_WINDOW", "held_event", "possessed_event", "possessive"]

# How far back (characters) a date's governing verb is looked for: "unveiled to supporters at the
# club's training ground on Wednesday" (a verb, its object and a place phrase).
GOVERNING_VERB_WINDOW = 60


# A date in the possessive dates the event noun after it ("last Friday night's cyberattack",
# "Sunday's vote"): that noun, not the verb before the date, says what happened that day.
_POSSESSIVE = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+")
_MODIFIERS = re.compile(r"(?:[\w-]+\s+){0,2}")
# A date used as a modifier of the noun right after it ("the June 24 disaster"): one space, then a word.
_BARE_MODIFIER = re.compile(r" (?=[a-z])")
# Words between such a date and its noun are the noun's modifiers ("the Oct. 3 crowd crush"), never a
# preposition or a determiner ("on Tuesday at their meeting": the date of the verb before it).
_NOUN_MODIFIERS = re.compile(r"(?:(?!(?:at|in|on|of|for|with|to|by|from|after|before|the|a|an|their|its|his|her)\s)"
                             r"[a-z-]+\s+){0,2}")  # fmt: skip


def possessed_event(text: str, end: int, hits: Sequence[tuple[int, int, str, str | None]] | None = None) -> int | None:
    """Offset of the event word a date ending at ``end`` modifies, or ``None``: a typed event word after
    the date's possessive ("Sunday's vote"), or an event word right after the date ("the June 24
    disaster", "the Oct. 3 crush"): that noun, not a verb before the date, says what happened that day.
    ``hits``: the event words of ``text`` when already found (``ArticleContext.event_hits``)."""
    m = _POSSESSIVE.match(text, end)
    bare = _BARE_MODIFIER.match(text, end) if m is None else None
    if m is None and bare is None:
        return None
    after = m.end() if m is not None else end + 1
    modifiers = _MODIFIERS if m is not None else _NOUN_MODIFIERS
    for start, _end, word, typed in event_hits(text) if hits is None else hits:
        named = typed is not None or (bare is not None and word in OCCURRENCE)
        if named and start >= after and modifiers.fullmatch(text, after, start):
            return start
    return None


# "the runoff, set for June 7, comes after a bitter election": a date after a verb of holding or
# scheduling dates the event named before that verb (its subject, or the noun the clause hangs from), not
# a nearer event word after the date.
_HELD_FOR = re.compile(
    r"\b(?:held|scheduled|set|slated|planned|due|(?:take|takes|took)\s+place)\s+(?:(?:on|for)\s+)?$", re.IGNORECASE
)


def held_event(text: str, start: int, hits: Sequence[tuple[int, int, str, str | None]]) -> int | None:
    """End offset of the typed event word a date at ``start`` is the scheduled day of ("the runoff, to be
    held on June 7": the end of "runoff"), or ``None`` when no verb of holding comes right before the date
    or no typed event word comes before that verb in the same :data:`GOVERNING_VERB_WINDOW`."""
    verb = _HELD_FOR.search(text, max(0, start - GOVERNING_VERB_WINDOW), start)
    if verb is None:
        return None
    before = [
        end
        for a, end, _w, typed in hits
        if typed is not None and end <= verb.start() and a >= start - GOVERNING_VERB_WINDOW
    ]
    return before[-1] if before else None


def possessive(text: str, end: int) -> bool:
    """The date ending at ``end`` is in the possessive ("Friday's", "Friday night's")."""
    return _POSSESSIVE.match(text, end) is not None
