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

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.extract.analysis.events import QUOTED
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.clock_text import AS_OF
from factcheck.extract.times.event_date import CONFIDENCE, NOT_EVENT_DAY, date_hints, normalized_date
from factcheck.extract.times.furniture import in_furniture
from factcheck.models import Claim, ClaimKind, CompareAs, Scope
from factcheck.normalize.dates import DateMatch
from factcheck.normalize.known_people import resolve_name, split_name

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


def _person(ctx: ArticleContext, verb: Token) -> tuple[str, str] | None:
    """(name, person key) of the named person who is the verb's subject: a person mention inside the
    subject's phrase, else a name the parser tags as a person there ("the third victim, nurse Lena Osk": an
    apposition to a common noun, which person mentions leave out); ``None`` for a pronoun or a phrase
    naming no one. A name's key is its person id, or its surname's as for any unknown person."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    tokens = list(subject.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    mention = next((p for p in ctx.people if start <= p.start and p.end <= end), None)
    if mention is not None:
        return mention.canonical, mention.key
    for ent in ctx.parse.ents:
        if ent.label_ == "PERSON" and start <= ent.start_char and ent.end_char <= end and " " in ent.text.strip():
            person, _variant = resolve_name(ent.text.strip())
            if person is not None:
                return person.name, person.id
            return ent.text.strip(), f"unknown:{split_name(ent.text.strip())[1]}"
    return None


class DeathDateExtractor:
    """The day a named person died (see module docstring)."""

    id = "death-date.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            if not _DIED.search(sentence.text):
                continue
            quoted = [(q.start(), q.end()) for q in QUOTED.finditer(sentence.text)]
            for m in ctx.dates(sentence):
                if not self._day(m) or any(a <= m.start < b for a, b in quoted):
                    continue
                before = sentence.text[max(0, m.start - 60) : m.start]
                if NOT_EVENT_DAY.search(before) or AS_OF.search(before) or in_furniture(sentence.text, m.start, m.end):
                    continue  # "had died by Friday", "as of Friday": a bound or a state, not the day of death
                verb = _death_verb(ctx, sentence.start + m.start, sentence.start + m.end)
                person = _person(ctx, verb) if verb is not None else None
                if person is None:
                    continue
                name, key = person
                normalized, how = normalized_date(m)
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.DATE,
                    subject=name,
                    subject_key=key,
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
