"""The tense of a sentence or clause from simple cues (past, present, future)."""

from __future__ import annotations

import calendar
import re
from typing import Literal

__all__ = ["PAST_WORDS", "Tense", "clause_tense", "cue_tense", "tense_of"]

Tense = Literal["past", "present", "future"]
_WEEKDAY = "(?:" + "|".join(name.lower() for name in calendar.day_name) + ")"


_FUTURE = re.compile(
    r"\b(?:will|won't|shall|upcoming|tomorrow|to\s+be\s+held|"
    r"(?:is|are|was|were|be)\s+(?:expected|set|scheduled|due|slated|poised|going|planning|preparing|about)\s+to|"
    rf"(?:plans?|prepares?|intends?|aims?)\s+to|next\s+(?:week|month|year|weekend|{_WEEKDAY})|"
    r"(?:is|are)\s+due\s+(?:on|in|at)|(?:its|their|the)\s+next\s+(?:[\w-]+\s+)?"
    r"(?:meeting|session|decision|summit|election|vote|hearing|round|review|visit|match|game|race))\b|'ll\b",
    re.IGNORECASE,
)
PAST_WORDS = frozenset(
    """was were had did ago yesterday met said told held made took gave went came saw left spoke wrote began
    won lost sent brought built fought kept paid sold stood thought found became broke chose drew drove fell
    felt flew got grew heard knew meant ran rose sat shook spent struck swore taught threw understood woke
    wore sang led arose froze hid swept sought bought caught dealt forgot""".split()  # noqa: SIM905
)
_NOT_PAST_ED = frozenset(["need", "speed", "seed", "feed", "breed", "proceed", "succeed", "exceed", "indeed"])
_WORD = re.compile(r"[A-Za-z']+")
_PASSIVE_AUX = frozenset(["is", "are", "am", "be", "being", "been", "get", "gets"])


# "Old mill to be demolished Friday", "the ship is to be refloated on Monday": an infinitive passive tells
# of something still to come; after a verb of seeming or saying ("appeared to be damaged"), of need or
# obligation ("had to be rescued") or of a state still open ("are yet to be identified") it does not.
_TO_BE_DONE = re.compile(r"\b(?P<before>[a-z]+)\s+to\s+be\s+[a-z]+(?:ed|en)\b", re.IGNORECASE)
_NOT_AHEAD_BEFORE = frozenset(
    """appear appears appeared seem seems seemed said believed thought reported known found claimed alleged
    understood proved proven shown considered presumed feared estimated had have has having need needs needed
    yet still remain remains remained ordered asked told forced allowed able used wanted""".split()  # noqa: SIM905
)


def cue_tense(text: str) -> Tense | None:
    if _FUTURE.search(text):
        return "future"
    if any(m["before"].lower() not in _NOT_AHEAD_BEFORE for m in _TO_BE_DONE.finditer(text)):
        return "future"
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if word.lower() in PAST_WORDS:
            return "past"
        ed_verb = word.islower() and len(word) >= 4 and word.endswith("ed") and word not in _NOT_PAST_ED
        if ed_verb and (i == 0 or words[i - 1].lower() not in _PASSIVE_AUX):
            return "past"
    return None


def tense_of(sentence: str) -> Tense:
    """The tense of a sentence from simple cues: a future cue ("will", "is expected to", "prepares to",
    "plans to", "next week") wins, then a past cue (past auxiliaries, "-ed" verbs not after "is"/"are",
    common irregular past forms, "ago"); otherwise present."""
    return cue_tense(sentence) or "present"


# A subordinating word starts a clause of its own tense: "they will hold a runoff on June 2 after neither
# won half the vote in Sunday's poll" (the poll is past, the runoff ahead).
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:after|because|although|though|whereas)\s")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense around ``text[start:end]``: of its clause when the clause has a cue ("Xi, who met
    Putin on Thursday, will ..." is past for "Thursday"), else of its sentence."""
    s_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    s_end = next((m.start() + 1 for m in _SENTENCE_BREAK.finditer(text, end)), len(text))
    c_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, start)), default=s_start)
    c_end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end, s_end)), s_end)
    clause = cue_tense(text[c_start:c_end])
    if clause is not None or (c_start, c_end) == (s_start, s_end):  # a clause that is the whole sentence:
        return clause or "present"  # its cues are the sentence's, not read twice
    return tense_of(text[s_start:s_end])
