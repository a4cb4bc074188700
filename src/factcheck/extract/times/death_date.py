"""The day a named person died.

What: ``death-date.v1`` — a day-level date phrase that hangs, in the parse, from the verb "died" (or "dies",
"passed away") whose subject is a named person, or a noun phrase holding one ("The third victim, 41-year-old
nurse Lena Osk, died on Wednesday"). The claim's subject is the person (keyed like every person mention,
so "Osk" and "Lena Osk" meet), the attribute "date of death", the value the day, resolved against the
publication date like an event's date.

Why: after a disaster or an attack, victims who die later are reported day by day, and pages disagree on
the day ("died Thursday" on one page, "died on Wednesday" on another). The day of one person's death is
its own fact: not the day of the disaster, and not another victim's day, so it is keyed by the person.
A pronoun ("he died on Sunday") names no one another page could be matched with: skipped.

Example: "Lena Osk, 41, died on Wednesday." published Friday 2031-06-13 -> subject "Lena Osk",
attribute "date of death", value "Wednesday", key "2031-06-11".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factcheck.extract.analysis.events import QUOTED
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.clock_text import AS_OF
from factcheck.extract.times.event_date import CONFIDENCE, NOT_EVENT_DAY, date_hints, normalized_date
from factcheck.extract.times.furniture import in_furniture
from factcheck.models import Claim, ClaimKind, CompareAs, Scope
from factcheck.normalize.dates import DateMatch
from factcheck.normalize.known_people import resolve_name, split_name
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DeathDateExtractor"]

_DIED = re.compile(r"\b(?:died|dies|passed\s+away)\b")
_DEATH_VERBS = frozenset({"died", "dies"})
# Steps up the parse from a date to its verb: "died on Wednesday" (date -> on -> died), "died in hospital
# on the night of Wednesday" (date -> of -> night -> on -> died).
_HEAD_STEPS = 4
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _death_verb(ctx: ArticleContext, start: int, end: int) -> Token | None:
    """The verb of dying the date at ``start``-``end`` (clean offsets) hangs from, or ``None``: the first verb
    up the parse must be it."""
    span = ctx.parsed_span(start, end)
    if span is None:
        return None
    node = span.root
    for _ in range(_HEAD_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            passed = node.lower_ == "passed" and any(c.lower_ == "away" for c in node.children)
            return node if node.lower_ in _DEATH_VERBS or passed else None
    return None


def _named(ctx: ArticleContext, start: int, end: int) -> list[tuple[str, str]]:
    """(name, person key) of the people named within clean offsets ``start``-``end``: person mentions, else
    names the parser tags as persons ("the third victim, nurse Lena Osk": an apposition to a common noun,
    which person mentions leave out). A name's key is its person id, or its surname's as for any unknown
    person."""
    found = [(p.canonical, p.key) for p in ctx.people if start <= p.start and p.end <= end]
    if found:
        return found
    for ent in ctx.parse.ents:
        name = ent.text.strip()
        if ent.label_ == "PERSON" and start <= ent.start_char and ent.end_char <= end and " " in name:
            person, _variant = resolve_name(name)
            found.append((person.name, person.id) if person is not None else (name, f"unknown:{split_name(name)[1]}"))
    return found


def _verb_ending(ctx: ArticleContext, end: int) -> Token | None:
    """The verb of dying whose words end at clean offset ``end`` ("died", "passed away": its "passed")."""
    span = ctx.parsed_span(end - 1, end)
    if span is None:
        return None
    return span.root.head if span.root.lower_ == "away" else span.root


def _person(ctx: ArticleContext, verb: Token, sentence: Sentence) -> tuple[str, str] | None:
    """(name, person key) of the named person who is the verb's subject: the first named in the subject's
    phrase; for a pronoun ("the family of Lena Osk said she died ..."), the one person its sentence names
    (with two, which one it is cannot be told). ``None`` when no one is named."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        named = set(_named(ctx, sentence.start, sentence.end))
        return named.pop() if len({key for _n, key in named}) == 1 else None
    tokens = list(subject.subtree)
    named_here = _named(ctx, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    return named_here[0] if named_here else None


# "announced on Thursday that she had died the night before": a day told as the one before another date of
# the sentence (the date it comes after), right after the verb of dying.
_DAY_BEFORE = re.compile(
    r"\s+(?:in\s+the\s+hospital\s+|in\s+hospital\s+)?(?P<phrase>the\s+(?:night|day|evening)\s+before"
    r"|a\s+day\s+earlier|the\s+previous\s+(?:day|night|evening))\b"
)


def _day_before(text: str, verb_end: int, matches: Sequence[DateMatch]) -> DateMatch | None:
    """The day told as "the night before" right after a verb of dying ending at ``verb_end`` (sentence
    offsets): the day before the last resolved date of the sentence before the verb; ``None`` otherwise."""
    rel = _DAY_BEFORE.match(text, verb_end)
    anchor = next((m for m in reversed(matches) if m.end <= verb_end and m.date is not None and m.time is None), None)
    if rel is None or anchor is None or anchor.date is None:
        return None
    day = anchor.date - dt.timedelta(days=1)
    note = f"the day before {anchor.surface} ({anchor.date})"
    phrase = " ".join(rel["phrase"].split())
    return dataclasses.replace(
        anchor, start=rel.start("phrase"), end=rel.end("phrase"), surface=phrase, kind="relative", date=day,
        year=day.year, month=day.month, weekday=None, note=note,
    )  # fmt: skip


class DeathDateExtractor:
    """The day a named person died (see module docstring)."""

    id = "death-date.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            if not _DIED.search(sentence.text):
                continue
            quoted = [(q.start(), q.end()) for q in QUOTED.finditer(sentence.text)]
            matches = ctx.dates(sentence)
            # "said on Thursday she died the night before": the death's day is told from the sentence's own
            # date, which is then no day of death, even where the parser hangs it from "died"
            relative = any(_DAY_BEFORE.match(sentence.text, d.end()) for d in _DIED.finditer(sentence.text))
            for m in () if relative else matches:
                if not self._day(m) or any(a <= m.start < b for a, b in quoted):
                    continue
                before = sentence.text[max(0, m.start - 60) : m.start]
                if NOT_EVENT_DAY.search(before) or AS_OF.search(before) or in_furniture(sentence.text, m.start, m.end):
                    continue  # "had died by Friday", "as of Friday": a bound or a state, not the day of death
                verb = _death_verb(ctx, sentence.start + m.start, sentence.start + m.end)
                person = _person(ctx, verb, sentence) if verb is not None else None
                if person is not None:
                    yield self._claim(ctx, sentence, m, person)
            for verb_end in (d.end() for d in _DIED.finditer(sentence.text)):
                rel = _day_before(sentence.text, verb_end, matches)
                verb = _verb_ending(ctx, sentence.start + verb_end) if rel is not None else None
                person = _person(ctx, verb, sentence) if verb is not None else None
                if rel is not None and person is not None:
                    yield self._claim(ctx, sentence, rel, person)

    def _claim(self, ctx: ArticleContext, sentence: Sentence, m: DateMatch, person: tuple[str, str]) -> Claim:
        normalized, how = normalized_date(m)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.DATE,
            subject=person[0],
            subject_key=person[1],
            attribute="date of death",
            start=sentence.start + m.start,
            end=sentence.start + m.end,
            sentence=sentence,
            normalized=normalized,
            compare_as=CompareAs.DATE,
            scope=Scope.EVENT,
            event=date_hints(m),
            confidence=CONFIDENCE[how],
        )

    @staticmethod
    def _day(m: DateMatch) -> bool:
        """The phrase names one day (a resolved date, or a month-day or weekday without a publication date)."""
        return m.date is not None or m.kind in ("month-day", "weekday")
