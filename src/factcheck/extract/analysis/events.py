"""What event a claim is about: its kind (typing) and its subject.

Typing: an event word of a sentence ("earthquake", "the vote", "passed the law", "capsized") gives the
kind of event a date, time or place belongs to. Most articles report ONE main news event, named by the
headline or the first paragraph (:func:`main_event_of`). A sentence that only says that something
happened ("it happened early on Tuesday"), or names the event with a weak word ("the vote", "the
session"), is about that main event; a sentence that names another kind of event with a strong word
(a meeting, an earlier flood) keeps its own kind.

Subject: a meeting, visit or signing is identified by its participants (two leaders' summit vs. a
call with a third person). An earthquake, flood or election is identified by its kind: the officials
quoted about it differ from article to article and must not split one disaster into several subjects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from factcheck.extract.analysis.participants import event_participants, participants_subject
from factcheck.normalize.reference import load_data
from factcheck.normalize.trie import trie_alternation
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext

__all__ = [
    "MAIN_EVENT_SENTENCES",
    "MIN_PARTIES",
    "PARTY_TYPES",
    "REPORT_TYPES",
    "event_hits",
    "event_subject",
    "event_type_of",
    "main_event_of",
    "main_event_verb",
    "typed_event",
    "unquoted",
    "without_non_events",
]

_LEX = load_data("event_words.json")
PARTY_TYPES: frozenset[str] = frozenset(_LEX["party_types"]) | {"call"}
# A meeting, call or signing takes at least two parties; one known person does not identify it.
MIN_PARTIES = 2
# The headline, a byline or dateline and the lede: where an article names its main event.
MAIN_EVENT_SENTENCES = 5

_TYPE_OF_WORD: dict[str, str] = {w: t for t, words in _LEX["types"].items() for w in words}
# Event words not (yet) in data/event_words.json: conversations and announcements, whose date is news.
_EXTRA_WORDS: dict[str, str] = {
    "speak": "call", "speaks": "call", "spoke": "call", "call": "call", "phoned": "call",
    "phone call": "call", "announced": "announcement", "announces": "announcement",
    # the plural noun only after a word that makes it one ("calls" alone is as often the verb: "X calls for")
    "emergency calls": "call", "phone calls": "call", "distress calls": "call",
}  # fmt: skip
_TYPED = _TYPE_OF_WORD | _EXTRA_WORDS
_NOUNS = frozenset(_LEX["nouns"])
OCCURRENCE = frozenset(_LEX["occurrence_verbs"])
_VERBS = frozenset(_LEX["verbs"]) | frozenset(_EXTRA_WORDS) | OCCURRENCE
_WEAK = frozenset(_LEX["weak_words"])


# A word after a hyphen is part of a compound ("roll-call", "pre-election"), not the event word itself.
# Nouns also match capitalized, as in a headline or an event's name ("the Budapest City Marathon").
def _spellings(word: str) -> set[str]:
    return {word} | ({first + word[1:] for first in word[0].upper()} if word in _NOUNS else set())


# Written as a trie (factcheck.normalize.trie): the flat alternation of some 200 words, tried at every
# position of every sentence, was a third of what reading a sentence's event words cost (issue 12).
_EVENT_WORD = re.compile(
    r"(?<![\w-])(?:" + trie_alternation(s for w in _NOUNS | _VERBS for s in _spellings(w)) + r")\b"
)


def _alternation(words: list[str]) -> str:
    """The words as a trie alternation (prefers the longest, as a flat one sorted longest first would)."""
    return trie_alternation(words)


# Words allowed between a decision's verb and its object ("cut its key policy rate"); a spec may set its own.
VERB_OBJECT_GAP = 4


def _verb_object(spec: dict[str, Any]) -> re.Pattern[str]:
    """A decision told by its verb and object ("cut its key policy rate", "passed a contested law")."""
    return re.compile(
        rf"\b(?:{_alternation(spec['verbs'])})\s+(?:[\w-]+\s+){{0,{int(spec.get('gap', VERB_OBJECT_GAP))}}}?"
        rf"(?i:{_alternation(spec['objects'])})\b"
    )


# A body's policy decision ("cut its key policy rate", "held rates"), a legislature's vote on a text
# ("passed a law", "adopted yesterday the Law on ...") and a body's own meeting ("its next meeting"):
# one event type each, not a meeting between people.
_RATE = _LEX["rate_change"]
_LAW = _LEX["law_vote"]
_RESULTS = _LEX["results_report"]
# The type of a report whose reporting verb is the event itself ("said on Tuesday its net profit rose").
REPORT_TYPES = frozenset({str(_RESULTS["type"])})
_PATTERNS = tuple((_verb_object(spec), str(spec["type"])) for spec in (_RATE, _LAW, _RESULTS))
# "a second round of the presidential vote on June 9": the whole phrase names the runoff, not the election
# its last word names (the election word is nearer the date).
_SECOND_ROUND = re.compile(
    r"\bsecond\s+round\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|voting|votes?|polls)\b"
)
_BODY = _LEX["institutional_meeting"]
_BODY_MEETING = re.compile(
    rf"(?i:\b(?:{_alternation(_BODY['determiners'])}))\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(_BODY['nouns'])})\b"
)
# A call with analysts, investors or reporters is a company's briefing, told by its kind.
_AUDIENCE_CALL: dict[str, Any] = _LEX["audience_call"]
_AUDIENCE = re.compile(r"\b(?:" + _alternation(_AUDIENCE_CALL["audience"]) + r")\b")
# Quoted speech: words inside a quote do not say what event the reporter's sentence is about.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# Phrases that contain an event word but name no event ("the fire and rescue service", "an air strike"
# is no labour strike): blanked before typing.
# A trie as _EVENT_WORD (the phrases are lower case: a test checks, so no two branches of the trie differ
# only in case and the longest phrase is still preferred under (?i)).
_NOT_EVENT = re.compile(r"(?i)\b(?:" + trie_alternation(_LEX.get("not_event_phrases", [])) + r")\b")


def without_non_events(text: str) -> str:
    """The text with phrases that name no event blanked out (same length): "the market closed" is no
    closing of an event, "fire and rescue" no fire."""
    return _NOT_EVENT.sub(lambda m: " " * len(m[0]), text)


def unquoted(sentence: str) -> str:
    """The sentence with quoted speech blanked out (same length): words inside a quote do not say what
    event the reporter's sentence is about ("he said it was 'a dangerous fire'")."""
    return QUOTED.sub(lambda m: " " * len(m[0]), sentence)


Hit = tuple[int, int, str, str | None]


def event_hits(sentence: str) -> list[Hit]:
    """(start, end, word, type) of the event words of a sentence; weak words ("vote", "deal") only when
    no other typed word is there ("lowered its rate ... in a 6-3 vote" is a policy decision)."""
    sentence = without_non_events(sentence)
    hits: list[Hit] = [
        (m.start(), m.end(), m[0].lower(), _TYPED.get(m[0].lower())) for m in _EVENT_WORD.finditer(sentence)
    ]
    if _AUDIENCE.search(sentence):  # "told analysts on a call": a briefing, not a call between two people
        hits = [(a, b, w, _AUDIENCE_CALL["type"] if w in _AUDIENCE_CALL["words"] else t) for a, b, w, t in hits]
    for pattern, kind in _PATTERNS:
        hits += [(m.start(), m.end(), m[0].lower(), kind) for m in pattern.finditer(sentence)]
    hits += [(m.start(), m.end(), m[0].lower(), str(_RATE["type"])) for m in _BODY_MEETING.finditer(sentence)]
    hits += [(m.start(), m.end(), m[0].lower(), "runoff") for m in _SECOND_ROUND.finditer(sentence)]
    strong = [h for h in hits if h[3] is not None and h[2] not in _WEAK]
    if strong:
        hits = [h for h in hits if h[2] not in _WEAK or h[3] is None]
    return sorted(hits)


# An event word this close before a date governs it ("the meeting on Thursday", "announced on Friday").
ADJACENT_EVENT_WORD_GAP = 4
# A noun this close before an event verb is its subject ("a magnitude 6.4 earthquake hit").
VERB_SUBJECT_WINDOW = 12


def _typing(sentence: str, near: int, hits: Sequence[Hit] | None = None) -> tuple[str | None, bool]:
    """(kind, strong) of the event at offset ``near``: strong when a typed word names it, weak when
    only a weak word ("the vote") or an untyped occurrence verb ("it happened") does. ``hits``: the
    sentence's event words when they are known already."""
    hits = event_hits(sentence) if hits is None else hits
    if not hits:
        return None, False
    for _start, end, word, typed in hits:
        if 0 <= near - end <= ADJACENT_EVENT_WORD_GAP and typed is not None:
            return typed, word not in _WEAK
    start, _end, word, typed = min(hits, key=lambda h: min(abs(h[0] - near), abs(h[1] - near)))
    if typed is not None:
        return typed, word not in _WEAK
    subjects = [t for _s, e, _w, t in hits if t is not None and 0 <= start - e <= VERB_SUBJECT_WINDOW]
    if subjects:
        return subjects[-1], True
    if word in OCCURRENCE:
        incidents = [h for h in hits if h[3] is not None and h[3] not in PARTY_TYPES]
        # the incident an occurrence verb tells of is its subject, before it ("the fire that began Monday
        # amid winds from a storm"): one after the verb only when none comes before
        before = [h for h in incidents if h[1] <= start] or incidents
        if before:
            return min(before, key=lambda h: abs(h[0] - start))[3], True
        return "meeting", False
    return "meeting", True


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
    return _typing(sentence, near)[0]


def main_event_of(ctx: ArticleContext) -> str | None:
    """The kind of the article's main event: the first event strongly named in its first
    :data:`MAIN_EVENT_SENTENCES` sentences (headline, dateline, lede), else the first weakly named
    one ("the vote"), else the kind the whole article names most often; ``None`` when it names none.

    Computed once per article: read it as ``ctx.main_event`` (:class:`~factcheck.extract.base.ArticleContext`)."""
    weak: str | None = None
    found: str | None = None
    counts: dict[str, int] = {}
    for index, sentence in enumerate(ctx.sentences):
        hits = ctx.event_hits(unquoted(sentence.text))
        strong = [t for _s, _e, w, t in hits if t is not None and w not in _WEAK]
        for kind in strong:
            counts[kind] = counts.get(kind, 0) + 1
        if index < MAIN_EVENT_SENTENCES and found is None:
            found = strong[0] if strong else None
            weak = weak or next((t for _s, _e, _w, t in hits if t is not None), None)
    return found or weak or max(counts, key=lambda k: counts[k], default=None)


# Verbs that say the main event happened without naming it ("cranes stopped at 06:00" in a strike
# article): per event type, used only when the article's main event is of that type.
_MAIN_VERBS: dict[str, re.Pattern[str]] = {
    kind: re.compile(r"(?<![\w-])(?:" + _alternation(words) + r")\b")
    for kind, words in _LEX.get("main_event_verbs", {}).items()
}


def main_event_verb(ctx: ArticleContext, sentence: str) -> Hit | None:
    """(start, end, verb, type) of the first verb of an (unquoted) sentence that tells the article's
    main event happened ("cranes stopped" in a strike article), or ``None``."""
    kind = ctx.main_event
    pattern = _MAIN_VERBS.get(kind) if kind is not None else None
    m = pattern.search(sentence) if pattern is not None else None
    return None if m is None or kind is None else (m.start(), m.end(), m[0].lower(), kind)


def repeated_event(subject_key: str) -> bool:
    """The event is of a kind a story has many of ("announcement", "call"): which one is not known."""
    words = frozenset(_LEX["repeated_events"])
    return subject_key.split(":", 1)[0] in words


def typed_event(ctx: ArticleContext, sentence: str, near: int) -> str | None:
    """The kind of event at offset ``near`` of an (unquoted) sentence of the article: the sentence's own
    kind when a typed word names it, else the article's main event (:func:`main_event_of`); with no event
    word at all, the main event when one of its verbs is there ("cranes stopped", :func:`main_event_verb`)."""
    hits = ctx.event_hits(sentence)
    kind, strong = _typing(sentence, near, hits)
    if kind is None or (kind == "meeting" and not any(t is not None for *_h, t in hits)):
        # no event word, or only an untyped verb ("a patrol arrived"): a verb of the main event decides
        verb = main_event_verb(ctx, sentence)
        if verb is not None or kind is None:
            return None if verb is None else verb[3]
    if strong:
        return kind
    return ctx.main_event or kind


def event_subject(
    ctx: ArticleContext, sentence: Sentence, near: int, event_type: str
) -> tuple[str, str, tuple[str, ...]]:
    """(display subject, comparison key, participants) of the event a sentence describes."""
    participants = event_participants(ctx, sentence, near)
    if event_type not in PARTY_TYPES:
        return event_type, event_type, participants
    if len(participants) < MIN_PARTIES:
        # One person is no meeting's identity ("Benali signed on Tuesday"): the event is told by its kind.
        return event_type, event_type, participants
    subject, key = participants_subject(participants)
    display = f"{subject} {event_type}" if participants else event_type
    return display, f"{event_type}:{key}", participants
