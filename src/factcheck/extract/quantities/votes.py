"""Vote tallies: "211 in favour and 97 against", "by 211 votes to 97", "backed by 211 senators", "with 9
abstentions".

A helper of :mod:`.rules`: it registers no extractor. Only in a sentence about a vote; the attribute is
"votes in favour", "votes against" or "abstentions".
"""

from __future__ import annotations

import re

from factcheck.extract.quantities.lexicon import mentions
from factcheck.limits import text_before
from factcheck.normalize.numbers import NumberMatch

__all__ = ["vote_count"]

_VOTE_CONTEXT = re.compile(
    r"\b(?:vot\w*|ballots?|abstain\w*|abstentions?|in\s+favou?r|MPs|deputies|lawmakers|legislators|senators"
    r"|parliament\w*|assembly|chamber|passed|adopted|approved|motion|bill|law|resolution)\b",
    re.I,
)
_FAVOUR, _AGAINST, _ABSTAIN = "votes in favour", "votes against", "abstentions"
# After the figure (one or two noun words, an auxiliary, "voting"/"voted" may come between).
_VOTE_AFTER = re.compile(
    r"(?:\s+(?!(?:in|for|against|with|and|to)\b)[A-Za-z'’]+){0,2}?(?:\s+(?:were|was|had|have))?"
    r"(?:\s+(?:voting|voted|votes?))?\s*(?:(in\s+favou?r|\bfor\b(?=\s+(?:the|it|a|an)\b))|(against)\b"
    r"|(abstain\w*|abstentions?)\b)",
    re.I,
)
# The words every match of _VOTE_AFTER ends with (any case): a sentence without one is not matched against
# it at each figure (whether it has one is found once per sentence, see lexicon.mentions).
_VOTE_AFTER_WORDS = re.compile(r"favou?r|for|against|abstain|abstention", re.I)
_VOTE_AFTER_NEEDS_VERB = re.compile(r"\s+(?:[A-Za-z'’]+\s+){0,2}(?:voting|voted|votes?)\s+for\b", re.I)
# Before the figure: "backed by 131", "against were 87", "voted for by 131", "For the law voted 131".
_VOTE_BEFORE = (
    (_FAVOUR, re.compile(r"\b(?:backed|supported|approved|passed|adopted|carried)\s+by\s+$|\bvoted\s+for\s+(?:by\s+)?$"
                         r"|^\W*for\b[^,;]{0,40}\bvoted\s+$|\bin\s+favou?r\s+(?:were|was|voted)\s+$|\byes\s+votes?\s*$",
                         re.I)),
    (_AGAINST, re.compile(r"\bagainst\s+(?:were|was|voted)\s+$|\bopposed\s+by\s+$|\bno\s+votes?\s*$", re.I)),
    (_ABSTAIN, re.compile(r"\babstain\w*\s+(?:were|was)\s+$", re.I)),
)  # fmt: skip
# "by 132 votes to 86", "132 to 86", "132-86": the first figure is for, the second against.
_TALLY_FIRST = re.compile(r"(?:\s+votes?)?\s*(?:to|[-–—])\s*\d", re.I)
_TALLY_SECOND = re.compile(r"\d\s*(?:votes?\s+)?(?:to|[-–—])\s*$", re.I)
_TALLY_CUE = re.compile(r"\b(?:by|votes?|passed|adopted|approved)\b", re.I)
_TALLY_VERB_BEFORE = re.compile(r"\b(?:by|passed|adopted|approved|voted)\s+$", re.I)

# The words (any case) that the patterns searched before a figure end with, before spaces: a window
# that ends otherwise is not searched (a search tries every position of it, for every figure).
_TALLY_SECOND_ENDS = ("to", "-", "–", "—")
_VOTE_BEFORE_ENDS = ("by", "for", "voted", "were", "was", "vote", "votes")


def _may_end_with(before: str, ends: tuple[str, ...]) -> bool:
    """False only when ``before``, without trailing spaces, cannot end with one of ``ends`` (any case).
    Text that is not ASCII is always searched: a letter may match a pattern case-insensitively and not
    under ``str.lower``."""
    return not before.isascii() or before.rstrip().lower().endswith(ends)


def vote_count(text: str, m: NumberMatch) -> tuple[str, int] | None:
    """A tally of a vote: (attribute, end of the phrase), or None. Only in a sentence about a vote."""
    if m.ordinal or m.unit is not None or not mentions(_VOTE_CONTEXT, text):
        return None
    before = text_before(text, m.start)
    if _may_end_with(before, _TALLY_SECOND_ENDS) and _TALLY_SECOND.search(before) and _TALLY_CUE.search(before):
        return _AGAINST, m.end
    if _TALLY_FIRST.match(text, m.end) and _TALLY_VERB_BEFORE.search(before):
        return _FAVOUR, m.end
    for attribute, pattern in _VOTE_BEFORE if _may_end_with(before, _VOTE_BEFORE_ENDS) else ():
        if pattern.search(before):
            return attribute, m.end
    after = _VOTE_AFTER.match(text, m.end) if mentions(_VOTE_AFTER_WORDS, text) else None
    if after is not None:
        if after.group(1) and after.group(1).lower() == "for" and not _VOTE_AFTER_NEEDS_VERB.match(text, m.end):
            return None
        attribute = _FAVOUR if after.group(1) else _AGAINST if after.group(2) else _ABSTAIN
        return attribute, after.end()
    return None
