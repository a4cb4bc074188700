"""Who a pronoun or a role in a quote's attribution refers to ("he added", "the governor said").

The antecedent of "he"/"she" is the last person of the right kind before it: a person named as a subject
earlier in the sentence, a person reported speaking since the last quoted speaker, the last quoted speaker,
or the sentence subject of the last few sentences. "The governor" is the one person given that role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.quotes.marks import QuoteSpan
from factcheck.extract.quotes.speaker_names import speech_subjects
from factcheck.extract.quotes.speech import (
    CLAUSE_END,
    DESCRIBED_SUBJECT,
    FRONTED_PHRASE,
    GAP_THEN_VERB,
    ROLE_IN,
    THIRD_PERSON,
    TITLE_PREFIX,
)
from factcheck.normalize.people import PersonMention
from factcheck.normalize.reference import role_by_form
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext

__all__ = [
    "CONFIDENCE_CONTINUATION",
    "CONFIDENCE_NAMED",
    "CONFIDENCE_PRONOUN",
    "CONFIDENCE_PRONOUN_GUESS",
    "CONFIDENCE_UNIDENTIFIED",
    "Antecedents",
    "Attribution",
]

# A courtesy title that tells which pronoun the article uses for the person named after it.
COURTESY_TITLE = r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?"
# "He continued" refers to a speaker named at most this many sentences earlier.
PRONOUN_LOOKBACK_SENTENCES = 3
# A person who opens a sentence (its grammatical subject) stays the antecedent of a later "he"/"she" for longer,
# when nobody else has been a subject since: a race report names the winner, lists his splits in a few bullet
# lines mentioning the runner-up in passing, then quotes "he".
SUBJECT_LOOKBACK_SENTENCES = 5  # sentences that refer to a person by "he"/"his" keep the chain: not counted
# Confidence by how the speaker was found: named next to the quote; through a pronoun; by the
# convention that an unattributed quote continues the previous speaker of the paragraph; not found.
CONFIDENCE_NAMED = 1.0
CONFIDENCE_PRONOUN = 0.85
CONFIDENCE_PRONOUN_GUESS = 0.6  # "she" after sentences naming several people: the last one named
CONFIDENCE_CONTINUATION = 0.8
CONFIDENCE_UNIDENTIFIED = 0.5


@dataclass(frozen=True)
class Attribution:
    """Who a quote is given to: a person, several people (``plural``), or nobody named."""

    speaker: PersonMention | None
    plural: bool
    how: str  # named | pronoun | role | continuation | plural | none
    confidence: float


class Antecedents:
    """The people of one article that a quote's pronoun or role may refer to, in text order."""

    def __init__(self, ctx: ArticleContext, spans: list[QuoteSpan]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.spans = spans
        found = sorted([*ctx.people, *speech_subjects(ctx)], key=lambda m: m.start)
        self.mentions = [m for m in found if not any(q.open < m.start < q.close for q in spans)]
        self.last: tuple[PersonMention, int] | None = None  # last speaker and its sentence index
        # Person key -> "he" or "she": the pronoun the article used for them (learned as quotes are
        # attributed) or the courtesy title before their name ("Ms Lind").
        self.pronoun_of: dict[str, str] = {}
        for key, family in {m.key: m.canonical.split()[-1] for m in self.mentions}.items():
            titles = {t.group("title") for t in re.finditer(rf"{COURTESY_TITLE}\s+{re.escape(family)}\b", self.text)}
            if len(titles) == 1:
                self.pronoun_of[key] = "he" if titles == {"Mr"} else "she"

    def fits(self, m: PersonMention, pronoun: str) -> bool:
        """``m`` can be the antecedent of ``pronoun``: the article has not called them by the other one."""
        known = self.pronoun_of.get(m.key)
        return known is None or pronoun.lower() not in ("he", "she") or known == pronoun.lower()

    def learn(self, m: PersonMention, pronoun: str) -> None:
        """The article called ``m`` by ``pronoun`` ("“…,” he said" resolved to them)."""
        if pronoun.lower() in ("he", "she"):
            self.pronoun_of.setdefault(m.key, pronoun.lower())

    def sentence(self, offset: int) -> Sentence:
        """The sentence at ``offset``, joined to the sentences before it that do not end a clause
        (the segmenter may cut before a quotation mark that opens a wrapped line)."""
        found = self.ctx.sentence_at(offset)
        if found is None:
            found = min(self.ctx.sentences, key=lambda s: abs(s.start - offset))
        while found.index > 0:
            prev = self.ctx.sentences[found.index - 1]
            wrapped = self.text[prev.end : found.start] == "\n"  # a hard-wrapped line, not a paragraph
            if (prev.paragraph != found.paragraph and not wrapped) or CLAUSE_END.search(prev.text):
                break
            found = Sentence(prev.start, found.end, self.text[prev.start : found.end], prev.paragraph, prev.index)
        return found

    def resolve_pronoun(self, pos: int, sentence: Sentence, pronoun: str = "") -> tuple[PersonMention | None, float]:
        """Who a "he"/"she" at ``pos`` is, and how sure: a person named as a subject earlier in the sentence, else a
        role named there ("After the mayor lost her seat, she said": its one holder, or nobody), else the last
        speaker, else (less sure) the last person named within :data:`PRONOUN_LOOKBACK_SENTENCES`. A person the
        article has called by the other pronoun is never the antecedent ("she" is not a man called "he")."""
        mentions = [m for m in self.mentions if self.fits(m, pronoun)]
        last = self.last if self.last is None or self.fits(self.last[0], pronoun) else None
        same = [m for m in mentions if sentence.start <= m.start < pos and self._subject_position(m, sentence)]
        if same:
            return same[0], CONFIDENCE_PRONOUN
        if (role := ROLE_IN.search(self.text[sentence.start : pos])) is not None:
            return (held.speaker, held.confidence) if (held := self.by_role(role.group("role"), pos)) else (None, 0.0)
        # A person reported speaking after the last quoted speaker ("Governor X ... said the ferry was licensed
        # for 60. “…,” she said") is the nearer antecedent. So is one who opens a sentence after it and is the
        # last person named ("Speaker X closed the session. “…,” she said").
        last_named = next((m.key for m in reversed(mentions) if m.start < sentence.start), None)
        speaking = [
            m
            for m in mentions
            if m.start < sentence.start
            and (last is None or self.sentence(m.start).index > last[1])
            and sentence.index - self.sentence(m.start).index <= PRONOUN_LOOKBACK_SENTENCES
            and (GAP_THEN_VERB.match(self.text, m.end) is not None or (self._opens_sentence(m) and m.key == last_named))
        ]
        if speaking:
            return speaking[-1], CONFIDENCE_PRONOUN
        if last is not None and sentence.index - last[1] <= PRONOUN_LOOKBACK_SENTENCES:
            return last[0], CONFIDENCE_PRONOUN
        subjects = [
            m
            for m in mentions
            if m.start < sentence.start
            and self._chain_distance(self.sentence(m.start).index, sentence.index) <= SUBJECT_LOOKBACK_SENTENCES
            and self._opens_sentence(m)
        ]
        if subjects:
            near = sentence.index - self.sentence(subjects[-1].start).index <= PRONOUN_LOOKBACK_SENTENCES
            return subjects[-1], CONFIDENCE_PRONOUN if near else CONFIDENCE_PRONOUN_GUESS
        earlier = [
            m
            for m in mentions
            if m.start < sentence.start and sentence.index - self.sentence(m.start).index <= PRONOUN_LOOKBACK_SENTENCES
        ]
        if not earlier:
            return None, 0.0
        spoke = GAP_THEN_VERB.match(self.text, earlier[-1].end) is not None  # "Kovač, 38, said …"
        return earlier[-1], CONFIDENCE_PRONOUN if spoke else CONFIDENCE_PRONOUN_GUESS

    def by_role(self, written: str, pos: int) -> Attribution | None:
        """The person a role refers to ("the governor told reporters"): the one person of the article
        given that role before ``pos`` (a Deputy Governor is not "the governor")."""
        role = role_by_form().get(written.lower())
        holders = {m.key: m for m in self.ctx.people if m.role == role and m.start < pos}
        if role is None or len(holders) != 1:
            return None
        return Attribution(next(iter(holders.values())), False, "role", CONFIDENCE_PRONOUN)

    def _subject_position(self, m: PersonMention, sentence: Sentence) -> bool:
        """The mention opens its sentence (after titles) or is possessive ("Xi's remarks, where he")."""
        possessive = self.text[m.end : m.end + 2] in ("'s", "’s")
        return possessive or TITLE_PREFIX.fullmatch(self.text[sentence.start : m.start]) is not None

    def _chain_distance(self, first: int, last: int) -> int:
        """Sentences after ``first`` up to ``last`` that do not refer to a person by a pronoun."""
        return sum(1 for s in self.ctx.sentences[first + 1 : last + 1] if not THIRD_PERSON.search(s.text))

    def _opens_sentence(self, m: PersonMention) -> bool:
        """The mention is its sentence's subject: only titles and descriptions stand before it."""
        found = self.ctx.sentence_at(m.start)
        if found is None:
            return False
        head = FRONTED_PHRASE.sub("", self.text[found.start : m.start], count=1)
        return TITLE_PREFIX.fullmatch(head) is not None or DESCRIBED_SUBJECT.match(head) is not None
