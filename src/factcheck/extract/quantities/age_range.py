"""The ages of the youngest and the oldest of a group in disaster news.

What: ``age-range.v1`` — "the victims ranged in age from 14 to 27", "the dead, aged 9 to 78", "aged
between 14 and 27", "the youngest victim was 14 and the oldest 27", "one as young as 14" -> ``age of the
youngest dead`` = 14 and ``age of the oldest dead`` = 27, keyed by the group (dead, injured, passengers,
survivors).

Why: news of a crush, a crash or a quake tells the span of the victims' ages without naming them;
``quantity.v1`` reads ages only as one person's (keyed by the name), so two pages giving the same span
never agreed, and a page giving another youngest age never conflicted.

Precision: the group is the group noun written with the superlative ("the youngest victim"), or else the
last group noun before the figure in the sentence (``data/age_frames.json`` "age_groups"); a word for
people in general ("eight people ... the youngest 14 ... were killed") takes the group of the sentence's
verb of dying or of injury ("group_cues"), and no group is read when the sentence has both or neither.
A figure that is no age (over :data:`MAX_AGE`, a percentage, a count of a noun: "the oldest 100
buildings") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.context import event_hints, subject_of
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized
from factcheck.normalize.reference import load_data
from factcheck.segment import Sentence

__all__ = ["AgeRangeExtractor", "age_ranges"]

_DATA = "age_frames.json"
# No person's age is written over 120: a larger figure beside "oldest" counts something else.
MAX_AGE = 120
# Confidence of a span of ages: the group is read from the sentence's nouns, not from the parse, so it
# is below the 1.0 of quantity.v1's lexicon rules and above the 0.65 of the open frame readings.
AGE_RANGE_CONFIDENCE = 0.8

_N = r"(\d{1,3})"
# after the figure: its unit, and no noun it counts ("the oldest 100 buildings"), no percentage
_TAIL = (
    r"(?:[\s-]*years?(?:[\s-]*old)?)?(?!\s*(?:%|percent|per\s+cent|[.,]\d|-))"
    r"(?!\s+(?!and\b|or\b|while\b|when\b|who\b|was\b|were\b|is\b|are\b|according\b|in\b|on\b|at\b)[a-z])"
)
# "ranged in age from 14 to 27", "whose ages ranged from 14 to 27", "aged 9 to 78", "aged between 14 and
# 27", "between the ages of 14 and 27"
_SPANS = (
    re.compile(rf"\b(?:range[sd]?|ranging)\s+in\s+age\s+from\s+{_N}\s+(?:to|and)\s+{_N}\b{_TAIL}", re.I),
    re.compile(rf"\bages\s+(?:range[sd]?|ranging)\s+from\s+{_N}\s+(?:to|and)\s+{_N}\b{_TAIL}", re.I),
    re.compile(rf"\baged\s+(?:from\s+{_N}\s+to|between\s+{_N}\s+and|{_N}\s*(?:to|-|–))\s*{_N}\b{_TAIL}", re.I),
    re.compile(rf"\bbetween\s+the\s+ages\s+of\s+{_N}\s+and\s+{_N}\b{_TAIL}", re.I),
)
# "including one as young as 14", "survivors as old as 90"
_AS = re.compile(rf"\bas\s+(young|old)\s+as\s+{_N}\b{_TAIL}", re.I)
# "the youngest victim was 14", "the oldest, 27", "the youngest 14", "the youngest being 14"
_SUPERLATIVE = re.compile(
    rf"\bthe\s+(youngest|oldest)(?:\s+(?!(?:was|is|being|aged)\b)([a-z]+))?\s*(?:,\s*|\s+(?:was|is|being|aged)\s+)?(?:aged\s+)?{_N}\b{_TAIL}",
    re.I,
)


def _groups() -> dict[str, str]:
    groups: dict[str, str] = load_data(_DATA)["age_groups"]
    return groups


def _general_group(text: str, after: int) -> str | None:
    """The group of a word for people in general: dead or injured, by the first verb of dying or of
    injury after the figure ("eight people, one as young as 12, died and 30 were hurt": dead), else by
    the only one of the sentence."""
    cues: dict[str, list[str]] = load_data(_DATA)["group_cues"]
    hits = sorted(
        (m.start(), g)
        for g, words in cues.items()
        for w in words
        for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I)
    )
    later = [g for start, g in hits if start >= after]
    if later:
        return later[0]
    return hits[0][1] if len({g for _, g in hits}) == 1 else None


def _group_before(text: str, end: int) -> str | None:
    """The group of the last group noun of ``text`` before ``end``."""
    groups = _groups()
    words = [m.group(0).lower() for m in re.finditer(r"[A-Za-z]+", text[:end]) if m.group(0).lower() in groups]
    if not words:
        return None
    group = groups[words[-1]]
    return _general_group(text, end) if group == "people" else group


def age_ranges(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(``youngest`` or ``oldest``, group, start, end) of each age of the youngest or oldest in ``text``."""
    for pattern in _SPANS:
        for m in pattern.finditer(text):
            low, high = [i for i in range(1, m.lastindex + 1 if m.lastindex else 1) if m.group(i)]
            if int(m.group(low)) > int(m.group(high)) or int(m.group(high)) > MAX_AGE:
                continue
            group = _group_before(text, m.start())
            if group is not None:
                yield "youngest", group, m.start(low), m.end(low)
                yield "oldest", group, m.start(high), m.end(high)
    for m in _AS.finditer(text):
        group = _group_before(text, m.start())
        if group is not None and int(m.group(2)) <= MAX_AGE:
            yield ("youngest" if m.group(1).lower() == "young" else "oldest"), group, m.start(2), m.end(2)
    for m in _SUPERLATIVE.finditer(text):
        noun = (m.group(2) or "").lower()
        groups = _groups()
        if noun and noun not in groups and noun not in ("one", "of"):
            continue  # "the oldest building was 40": not a group of people
        group = groups[noun] if noun in groups else _group_before(text, m.start())
        if group == "people":
            group = _general_group(text, m.start())
        if group is not None and int(m.group(3)) <= MAX_AGE:
            yield m.group(1).lower(), group, m.start(3), m.end(3)


class AgeRangeExtractor:
    """``age-range.v1``: the ages of the youngest and the oldest of a group (see the module docstring)."""

    id = "age-range.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        subject, subject_key = subject_of(())
        for sentence in ctx.sentences:
            seen: set[tuple[str, str]] = set()
            for end_of_span, group, start, end in age_ranges(sentence.text):
                if (end_of_span, group) in seen:  # one sentence tells each end once
                    continue
                seen.add((end_of_span, group))
                yield self._claim(ctx, sentence, f"age of the {end_of_span} {group}", start, end, subject, subject_key)

    def _claim(
        self, ctx: ArticleContext, sentence: Sentence, attribute: str, start: int, end: int, subject: str, key: str
    ) -> Claim:
        figure = sentence.text[start:end]
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject=subject,
            subject_key=key,
            attribute=attribute,
            start=sentence.start + start,
            end=sentence.start + end,
            sentence=sentence,
            normalized=Normalized(
                key=str(int(figure)), display=figure, low=float(figure), high=float(figure), unit="years"
            ),
            compare_as=CompareAs.NUMBER,
            event=event_hints(ctx, sentence, (), start),
            confidence=AGE_RANGE_CONFIDENCE,
        )
