"""Figures together with the thing they count.

What: ``quantity.v1`` — a number and what it counts, named precisely enough that figures counting
different things never share an attribute: "43 people were killed" / "killing at least 40" / "the
death toll rose to 43" (deaths), "12,000 displaced", "tens of thousands of soldiers" (number of
troops), "their 38th meeting" and "more than 40 meetings" (number of meetings: an ordinal is a
count), "a three-day visit" (duration of visit in days), "a 6.1-magnitude quake" (magnitude),
"45% of voters" (share of voters (%)), "a $3 billion loan" (amount of loan (USD)), "Jane Doe, a
29-year-old nurse" (age of Jane Doe). Whose figure it is: the candidate named before a vote share
("Elena Rusu ... took 45.7 percent" -> vote share of Elena Rusu, the same attribute as "54.3 percent
of the vote"); an aftershock's magnitude is "magnitude of aftershock", never the main shock's. The
state of counted things names a sub-count ("61 boats finished" is not the fleet of "86 boats";
"43 villages still cut off" = "43 villages isolated").

Why: figures are the facts sources most often disagree on, and the ones most often wrongly
compared: a 38th meeting, a three-day visit and "changes not seen for 100 years" must never meet in
one comparison. Years, dates, clock times, phone numbers, list numbering, names ("Siberia 2") and
bare numbers with no counted noun yield nothing. Tolls are marked ``changes_over_time``; a sentence
saying the figure was revised marks it ``revised``.

Example: "Officials said at least 40 people were killed." -> subject "the event", attribute "deaths",
value "at least 40" (low 40, open high), unit "deaths", changes_over_time True.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from factcheck.extract.analysis.participants import person_subject
from factcheck.extract.analysis.roles import ROLE_KEY_PREFIX, aged_role, role_holder_before
from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.context import (
    age_subject,
    candidate_subject,
    event_hints,
    first_person,
    is_revised,
    normalized_number,
    participants_of,
    recent_person,
    subject_of,
)
from factcheck.extract.quantities.lexicon import Counted, Lexicon, counted_lexicon
from factcheck.extract.quantities.open_counts import clock_duration, race_time
from factcheck.extract.quantities.rules import resolve
from factcheck.extract.quantities.speed import speed_owner
from factcheck.extract.quantities.stat_line import stat_line
from factcheck.extract.quantities.state_words import as_participle
from factcheck.limits import text_before
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.numbers import NumberMatch
from factcheck.parse import lemma
from factcheck.segment import Sentence

__all__ = ["QuantityExtractor", "counted_lexicon", "event_hints", "is_revised", "normalized_number", "participants_of"]

# Confidence of a figure given as a vague amount ("tens of thousands"): it may agree with many values.
VAGUE_CONFIDENCE = 0.8
# Confidence of a figure whose counted thing comes from an open vocabulary (a noun the lexicon does not
# know, "1,300 houses remained flooded"): on the real-news development half most disagreements on such keys
# were two different counts under one name, so they stay below the 0.7 at which a conflict is asserted.
OPEN_VOCABULARY_CONFIDENCE = 0.65
# A vote split's interval is yes + no / SPLIT_ENCODING: committees and courts have far fewer members.
SPLIT_ENCODING = 1000
# "voted 7-2", "ruled 5-4", "by a 5-4 majority", "a 6-3 vote", "a 7-2 split": two small counts joined by a
# dash, after a voting verb or between an article and a vote noun (a score, "a 2-1 win", is neither).
_SPLIT = re.compile(
    r"(?:\b(?:voted|ruled|decided|approved|passed|rejected|backed)\s+(?:\w+\s+)?|\b(?:a|an|the|by)\s+)"
    r"(\d{1,2})\s?[-–—]\s?(\d{1,2})(?![\w/-]|[.,]\d)",
    re.I,
)
# After a voting verb the split ends its phrase: "voted 7-2 for", "ruled 5-4." ("approved a 10-15 percent
# rise" is a range).
_SPLIT_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:for|against|in|to|on|with|that|after|at|of)\b)", re.I)
_SPLIT_NOUN = re.compile(r"[\s-]+(?:vote|votes|voting|split|decision|majority|ruling|verdict|margin)\b", re.I)
# A list of the missing in the sentence of a count of names ("1,000 names remained on the list of people
# unaccounted for", "the number of people listed as missing now has 388 names on it"): the names are the
# people missing, one fact with "388 people are unaccounted for" (a count that changes as people are found).
_MISSING_LIST = re.compile(r"\b(?:list|listed)\b[^.;:]{0,60}?\b(?:missing|unaccounted)\b", re.I)
MISSING_NAMES = Counted("missing", "missing", "event", casualty=True)
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
# "Jane Roe, 34, said", "They are Jane Roe, 54; John Roe, 83 and ...", a list line "Jane Roe, 54": a bare
# number set off by a comma after a name is the person's age when the phrase ends right after it.
_AFTER_NAME = re.compile(r"\w,\s$")
_AGE_END = re.compile(r"(?:\s*[,;)]|\s+and\b|\s*\.?\s*$|\s*\n|\s*[•·–—-]\s)")
# Ages above this are not ages (a figure after a name is a count or a year).
MAX_AGE = 120
# "At 74, Jane Roe was ...": a sentence opening on "At" and a bare figure set off by a comma before a name.
_AT_AGE = re.compile(r"\W*[Aa]t\s+$")
_COMMA_SPACE = re.compile(r",\s+")


def _named_after(ctx: ArticleContext, sentence: Sentence, end: int) -> tuple[str, str] | None:
    """(shown name, key) of the person whose full name starts right after ", " at ``end``, else None."""
    gap = _COMMA_SPACE.match(sentence.text, end)
    if gap is None:
        return None
    at = sentence.start + gap.end()
    named = [p for p in ctx.people_starting(at, at + 1) if p.full]
    return person_subject(named[0].canonical, named[0].key) if named else None


def _splits(text: str) -> Iterator[re.Match[str]]:
    """Vote splits of a sentence: after "voted", or between an article and a vote noun."""
    for m in _SPLIT.finditer(text):
        verb = not re.match(r"(?:a|an|the|by)\s", m.group(0), re.I)
        if _SPLIT_NOUN.match(text, m.end()) or (verb and _SPLIT_END.match(text, m.end())):
            yield m


def _participle_state(ctx: ArticleContext, sentence: Sentence, end: int, attribute: str) -> str:
    """ "number of viewers tuning" -> "number of viewers tuned": an open count's "-ing" state (the last
    word of the attribute, ending the figure's phrase at ``end``) keyed by its verb's past participle."""
    state = attribute.rsplit(" ", 1)[-1]
    span = ctx.parsed_span(sentence.start + end - len(state), sentence.start + end)
    if span is None or len(span) != 1 or span[0].lower_ != state or span[0].pos_ not in ("VERB", "AUX"):
        return attribute
    return f"{attribute[: -len(state)]}{as_participle(lemma(span[0]))}"


_WORD = re.compile(r"[A-Za-z'’-]+")
# Characters after an open count's state read for the rest of a phrasal cue: the longest rest in the
# lexicon ("remained away from their homes" after its verb) is under 30 characters.
CUE_TAIL_CHARS = 60


def _cue_count(lex: Lexicon, counted: Counted, attribute: str, after: str) -> Counted:
    """ "number of people attended" (from "900 people attending") -> the lexicon's count that cue names
    ("attendance"): an open count whose state, keyed by its verb's past participle, is a cue of the
    lexicon (with the words of a phrasal cue after it: "listeners tuning in" is "tuned in") is that
    count, as the "-ed" form of the cue after the noun already is. ``after``: the text after the state.
    Else ``counted`` as it is."""
    state = attribute.rsplit(" ", 1)[-1]
    if attribute != f"number of {counted.unit} {state}":
        return counted
    for phrase, cue in lex.cues_after:
        head, *tail = phrase.lower().split()
        if head == state and [w.lower() for w in _WORD.findall(after[:CUE_TAIL_CHARS])[: len(tail)]] == tail:
            return cue
    return counted


class QuantityExtractor:
    """``quantity.v1``: figures with the thing they count (see the module docstring)."""

    id = "quantity.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        lex = counted_lexicon()
        for sentence in ctx.sentences:
            figures = ctx.figures(sentence, all_roles=True)
            if not figures:
                continue
            splits = list(_splits(sentence.text))
            yield from (self._split(ctx, sentence, s) for s in splits)
            matches = [
                m
                for m in figures
                if m.role in ("quantity", "age", "duration")
                and not any(s.start() < m.end and m.start < s.end() for s in splits)
            ]
            for m in matches:
                claim = self._claim(ctx, lex, sentence, m)
                if claim is not None:
                    yield claim

    def _split(self, ctx: ArticleContext, sentence: Sentence, split: re.Match[str]) -> Claim:
        """A vote split: "voted 7-2", "a 6-3 vote". The key is the split; the interval encodes both sides
        (7-2 -> 7.002) so that only equal splits overlap under the number comparison."""
        yes, no = int(split.group(1)), int(split.group(2))
        encoded = yes + no / SPLIT_ENCODING
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject="the event",
            subject_key="event",
            attribute="vote split",
            start=sentence.start + split.start(1),
            end=sentence.start + split.end(2),
            sentence=sentence,
            normalized=Normalized(key=f"{yes}-{no}", display=f"{yes}-{no}", low=encoded, high=encoded, unit="votes"),
            compare_as=CompareAs.NUMBER,
            event=event_hints(ctx, sentence, ()),
        )

    def _age(self, ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> Claim | bool | None:
        """The claim of an age, None for an age of nobody known, False when ``m`` is no age."""
        # "<name>, 70": a match of _AFTER_NAME (or a newline after it) ends the text before the figure, so
        # only its last 4 characters are searched (the whole prefix, once per figure, was quadratic).
        comma_age = (
            m.surface.isdigit()
            and m.value < MAX_AGE
            and _AFTER_NAME.search(sentence.text, max(0, m.start - 4), m.start) is not None
            and _AGE_END.match(sentence.text, m.end) is not None
        )
        person = age_subject(ctx, sentence, m) if m.role == "age" or comma_age else None
        if person is None and comma_age:
            person = role_holder_before(ctx, sentence, m.start)  # "The driver, 45,": the one driver named
        if person is None and m.role == "age" and _THE_BEFORE.search(text_before(sentence.text, m.start)):
            # "the 59-year-old stationmaster": the role; "The 23-year-old, who ...": the person just named
            person = aged_role(ctx, sentence, m.end) or recent_person(ctx, sentence, m)
        if person is None and m.surface.isdigit() and m.value < MAX_AGE and _AT_AGE.match(sentence.text[: m.start]):
            person = _named_after(ctx, sentence, m.end)  # "At 74, Jane Roe was the oldest ..."
        if m.role != "age" and person is None:
            return False
        if person is None or (m.surface.startswith("aged") and person[1].startswith(ROLE_KEY_PREFIX)):
            # "Jane Roe, aged 34": the named person's age; "the driver, aged 34" may be anyone's
            return None
        if m.surface.startswith("aged"):  # the number finder keeps "aged 34" whole, with no value
            years = float(m.surface.split()[-1])
            m = replace(m, value=years, low=years, high=years)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject=person[0],
            subject_key=person[1],
            attribute="age",
            start=sentence.start + m.start,
            end=sentence.start + m.end,
            sentence=sentence,
            normalized=normalized_number(m, "years", is_revised(sentence.text)),
            compare_as=CompareAs.NUMBER,
            scope=Scope.ENTITY,
            key_resolved=not person[1].startswith(ROLE_KEY_PREFIX),  # "the pilot": which one is a guess
        )

    def _duration(self, ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> Claim | None:
        """A race time ("won in 2:05:41"): seconds, named by what it times; a winning time belongs to the
        first person named in the sentence before it."""
        attribute = race_time(sentence.text, m)
        if attribute is None:
            return None
        subject, key = "the event", "event"
        if attribute == "winning time":
            person = first_person(ctx, sentence, m) or candidate_subject(ctx, sentence, m)
            subject, key = person or (subject, key)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject=subject,
            subject_key=key,
            attribute=attribute,
            start=sentence.start + m.start,
            end=sentence.start + m.end,
            sentence=sentence,
            normalized=normalized_number(m, "seconds", is_revised(sentence.text)).model_copy(
                update={"key": clock_duration(m.value)}
            ),
            compare_as=CompareAs.NUMBER,
            # The year a previous record was set is not the year of the race the record is compared in.
            event=EventHints() if attribute.startswith("previous") else event_hints(ctx, sentence, ()),
        )

    def _claim(self, ctx: ArticleContext, lex: Lexicon, sentence: Sentence, m: NumberMatch) -> Claim | None:
        if m.role == "duration":
            return self._duration(ctx, sentence, m)
        age = self._age(ctx, sentence, m)
        if age is not False:
            return age if isinstance(age, Claim) else None
        found = stat_line(lex, sentence.text, m) or resolve(lex, sentence.text, m)
        if found is None:
            return None
        counted = found.counted
        if counted.attribute == "number of names" and _MISSING_LIST.search(sentence.text):
            counted = MISSING_NAMES  # "388 names remain on the list of people unaccounted for": the missing
        attribute = counted.attribute
        if found.open_vocabulary and attribute.endswith("ing"):
            attribute = _participle_state(ctx, sentence, found.end, attribute)
            counted = _cue_count(lex, counted, attribute, sentence.text[found.end :])
            attribute = counted.attribute if counted is not found.counted else attribute
        if attribute.startswith("speed ("):  # what the speed belongs to, from the parse (see speed_owner)
            span = ctx.parsed_span(sentence.start + m.start, sentence.start + found.end)
            owner = speed_owner(span) if span is not None else None
            attribute = attribute.replace("speed", owner, 1) if owner else attribute
        participants = participants_of(ctx, sentence)
        subject, key = subject_of(participants if counted.subject == "participants" else ())
        resolved = not found.open_vocabulary
        if counted.subject == "candidate":
            candidate = candidate_subject(ctx, sentence, m)
            if candidate is None and found.needs_subject:
                return None
            subject, key = candidate or (subject, key)
            resolved = resolved and candidate is not None  # a share of nobody named: whose is a guess
        end = max(m.end, found.end)
        revised = is_revised(sentence.text)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject=subject,
            subject_key=key,
            attribute=attribute,
            start=sentence.start + m.start,
            end=sentence.start + end,
            sentence=sentence,
            normalized=normalized_number(m, counted.unit or m.unit, revised, found.scale),
            compare_as=CompareAs.NUMBER,
            changes_over_time=counted.casualty,
            event=event_hints(ctx, sentence, participants, m.start),
            confidence=min(
                VAGUE_CONFIDENCE if m.vague else 1.0, OPEN_VOCABULARY_CONFIDENCE if found.open_vocabulary else 1.0
            ),
            key_resolved=resolved,
        )
