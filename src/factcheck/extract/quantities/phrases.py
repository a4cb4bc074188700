"""Counts named by what the counted things did: strikers, derailed carriages.

A helper of :mod:`factcheck.extract.quantities.rules`: it registers no extractor. What: a figure whose
noun phrase is followed in the same clause by a phrase of ``phrase_counts`` in the counted-nouns data
("walked out", "left the tracks"), or preceded by one of its modifiers ("the four derailed carriages"),
gets that entry's attribute. Why: reports count one group with different nouns and verbs ("1,430 of its
members stopped work", "some 1,400 dockworkers walked off the job", "more than 1,400 dockworkers have
walked out"); naming the count by the verb's noun would split one figure into three attributes.
Example: "Four of its six carriages derailed" -> number of carriages derailed = 4, number of carriages = 6.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.quantities.found import MAX_MODIFIERS
from factcheck.extract.quantities.lexicon import Counted, mentions
from factcheck.limits import may_end_with, text_before
from factcheck.normalize.numbers import NumberMatch
from factcheck.normalize.reference import load_data

__all__ = ["phrase_count"]

# Characters of one clause between the counted noun and its verb phrase: "Four carriages of a Morava
# express carrying 212 passengers left the tracks" (about 50); longer gaps reach another clause.
MAX_GAP = 80

_ANY_PLURAL = r"[a-z][a-z-]*(?:s|men)|staff|crew|people"
_OWNER = r"of\s+(?:its|their|the|all\s+the|his|her|our)\s+"
# A figure after "N of its" is the frame of a part: "four of its six carriages" -> six is not derailed.
_PART = (
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?"
    r"|thousands?|some|most|many|half|all|none|few"
)
_FRAME_BEFORE = re.compile(rf"\b(?:{_PART})\s+{_OWNER}$", re.I)
_FRAME_ENDS = ("its", "their", "the", "his", "her", "our")  # the last words _OWNER can end with


@dataclass(frozen=True)
class _Entry:
    counted: Counted
    whole: Counted
    after: re.Pattern[str]
    before: re.Pattern[str] | None
    nouns: re.Pattern[str]
    # The entry's phrases, and its modifiers, anywhere in a sentence: ``after`` (``before``) cannot match
    # in a sentence without one, and whether one is there is found once per sentence, not per figure.
    phrases: re.Pattern[str]
    modifiers: re.Pattern[str] | None


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _entries() -> tuple[_Entry, ...]:
    out: list[_Entry] = []
    for raw in load_data("counted_nouns.json")["phrase_counts"]["entries"]:
        nouns = _alternatives(raw["nouns"]) if raw.get("nouns") else _ANY_PLURAL
        words = rf"(?:[A-Za-z'’-]+\s+){{0,{MAX_MODIFIERS}}}?"
        after = re.compile(
            rf"\s+(?:{_OWNER}(?:[\w,.]+\s+)?)?{words}(?P<noun>{nouns})\b(?P<gap>[^,;:.()\"“”]{{0,{MAX_GAP}}}?)"
            rf"\b(?:{_alternatives(raw['phrases'])})\b"
        )
        before = modifiers = None
        if raw.get("modifiers"):
            before = re.compile(rf"\s+(?:{_alternatives(raw['modifiers'])})\s+{words}(?:{nouns})\b")
            modifiers = re.compile(rf"(?:{_alternatives(raw['modifiers'])})")
        counted = Counted(raw["attribute"], raw["unit"], "event")
        whole = Counted(raw.get("whole", ""), raw["unit"], "event")
        phrases = re.compile(rf"\b(?:{_alternatives(raw['phrases'])})\b")
        out.append(_Entry(counted, whole, after, before, re.compile(rf"\b(?:{nouns})\b"), phrases, modifiers))
    return tuple(out)


def phrase_count(text: str, m: NumberMatch) -> tuple[Counted, int] | None:
    """The counted group of figure ``m`` named by what it did, and the end of the phrase; or None."""
    if m.ordinal or m.unit is not None:
        return None
    before = text_before(text, m.start)
    frame = may_end_with(before, _FRAME_ENDS) and _FRAME_BEFORE.search(before) is not None
    for entry in _entries():
        if (
            entry.before is not None
            and entry.modifiers is not None
            and mentions(entry.modifiers, text)
            and (b := entry.before.match(text, m.end)) is not None
        ):
            return (entry.whole if frame else entry.counted), b.end()
        if not mentions(entry.phrases, text):
            continue
        a = entry.after.match(text, m.end)
        if a is None:
            continue
        # another figure of the same kind of noun in between counts something else: "30 ships waited as
        # 1,400 dockworkers walked out"
        if re.search(r"\d", a.group("gap")) and entry.nouns.search(a.group("gap")):
            continue
        # the frame of a part ("six" in "four of its six carriages derailed") is the whole, or no claim
        return (entry.whole if frame else entry.counted), a.end("noun")
    return None
