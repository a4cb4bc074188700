"""What every extractor gets (:class:`ArticleContext`) and gives (:class:`Claim` records)."""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar

from factcheck.extract.qualifiers import instance_qualifier, qualifiers_of
from factcheck.ingest.document import Document
from factcheck.limits import MAX_FIGURES_PER_SENTENCE
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Qualifiers, Scope
from factcheck.normalize.numbers import NumberMatch, find_numbers
from factcheck.normalize.units import canonical_figure
from factcheck.parse_plan import ParsePlan, parse_plan
from factcheck.segment import Sentence, segment_with_splits

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcheck.extract.analysis.roles import RoleMention
    from factcheck.normalize.dates import DateMatch
    from factcheck.normalize.people import PersonMention

__all__ = ["ArticleContext", "Extractor", "first_rule"]

_Found = TypeVar("_Found")


def first_rule(rules: Sequence[tuple[str, Callable[[Token], _Found | None]]], token: Token) -> _Found | None:
    """What the first of ``rules`` that reads ``token`` finds, or None: a frame extractor's explicit rule
    list (name, rule), tried in order."""
    for _name, rule in rules:
        if (found := rule(token)) is not None:
            return found
    return None


# Claim kinds whose values may be attributed, scoped or measured from somewhere (names and titles are not).
_QUALIFIED = frozenset({ClaimKind.QUANTITY, ClaimKind.DATE})
# Entity labels of places and buildings in the spaCy pipelines (OntoNotes scheme).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


class ArticleContext:
    """One article as the extractors see it: clean text, sentences, and shared analyses.

    Analyses used by several extractors or families (the parse, people mentioned, the article's main
    participants and main event, a sentence's event words, figures and dates, when its event happened)
    are computed once per article, lazily, here; the functions that compute them live in
    :mod:`factcheck.extract.analysis` and in :mod:`factcheck.normalize`.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.source_id = doc.source.id
        self.published: dt.date | None = doc.source.published
        self._dates: dict[tuple[int, int], tuple[DateMatch, ...]] = {}
        self._event_times: dict[tuple[int, int], EventHints] = {}
        self._event_hits: dict[str, tuple[tuple[int, int, str, str | None], ...]] = {}
        self.skipped: dict[int, Sentence] = {}  # sentences too dense with figures to read, by index
        self._numbers: dict[tuple[int, bool], list[NumberMatch]] = {}

    def numbers(self, sentence: Sentence, all_roles: bool = False) -> list[NumberMatch]:
        """:func:`~factcheck.normalize.numbers.find_numbers` of ``sentence``, found once per article:
        every extractor reads every sentence's figures, and a process-wide cache of a few thousand
        sentences missed on every pass once an article had more sentences than that."""
        key = (sentence.start, all_roles)
        if key not in self._numbers:
            self._numbers[key] = find_numbers(sentence.text, all_roles)
        return list(self._numbers[key])

    def figures(self, sentence: Sentence, all_roles: bool = False) -> list[NumberMatch]:
        """The figures of ``sentence``, or none when it holds more than ``MAX_FIGURES_PER_SENTENCE``
        (a table or list run together; the sentence is then recorded in :attr:`skipped`)."""
        found = self.numbers(sentence, all_roles)
        if len(self.numbers(sentence, True)) > MAX_FIGURES_PER_SENTENCE:
            self.skipped[sentence.index] = sentence
            return []
        return found

    @cached_property
    def _segmented(self) -> tuple[list[Sentence], list[tuple[int, int]]]:
        return segment_with_splits(self.text, self.doc.junk)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return self._segmented[0]

    @property
    def split_runs(self) -> list[tuple[int, int]]:
        """Clean-text spans longer than ``MAX_SENTENCE_CHARS`` that were split into pieces."""
        return self._segmented[1]

    @cached_property
    def parse_plan(self) -> ParsePlan:
        """What the parser reads of the article (see :mod:`factcheck.parse_plan`)."""
        # Segmented and figures found once, for the plan and the extractors.
        return parse_plan(self.doc, self.sentences, figures=lambda s: self.numbers(s, True), splits=self.split_runs)

    @cached_property
    def parse(self) -> Doc:
        """The article's statistical parse (see :mod:`factcheck.parse`): offsets are offsets into ``text``
        (the parse may stop short of the end: :attr:`parse_plan`)."""
        from factcheck.parse import parse_text

        return parse_text(self.parse_plan.text)

    def parsed_span(self, start: int, end: int) -> Span | None:
        """The parse's tokens covering ``[start, end)`` (expanded to whole tokens), or None where the
        parser did not read the text (after the parse stopped, or blanked: only whitespace tokens there;
        a giant blank token read once per figure made the cost quadratic)."""
        if end > len(self.parse_plan.text):
            return None
        span = self.parse.char_span(start, end, alignment_mode="expand")
        if span is None or all(t.is_space for t in span):
            return None
        return span

    @cached_property
    def people(self) -> list[PersonMention]:
        """Every person mention, resolved to a canonical person where possible (see normalize.people)."""
        from factcheck.normalize.people import find_people

        return find_people(self.text, self.sentences, self.tagged_people, self.tagged_places, self.tagged_organisations)

    @cached_property
    def tagged_people(self) -> list[tuple[int, int]]:
        """Spans the parser tags as persons, less those its own parse contradicts: a name modifying a
        noun ("Charlotte Hornets fans"), or naming a common noun ("the yacht Onda Blu", "the village of
        Ostrava Dolna")."""
        out = []
        for ent in self.parse.ents:
            root = ent.root
            if ent.label_ != "PERSON" or root.dep_ == "compound":
                continue
            if any(c.pos_ == "NOUN" and c.i < ent.start for c in root.children):
                continue
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                continue
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
                continue
            out.append((ent.start_char, ent.end_char))
        return out

    @cached_property
    def tagged_places(self) -> list[tuple[int, int]]:
        """Spans the parser tags as places or buildings (GPE, LOC, FAC): a two-word name there ("Port
        Alden", "Mount Berrow") is a person's only with a title (see ``find_people``)."""
        return [(e.start_char, e.end_char) for e in self.parse.ents if e.label_ in _PLACE_LABELS]

    @cached_property
    def tagged_organisations(self) -> list[tuple[int, int]]:
        """Spans the parser tags as organisations whose last word is an organisation's head word
        ("the Tarn Valley People's Party", "Orla Kestrel Foundation"): no name inside them is a person's.
        An organisation tag alone is not enough: the small pipeline tags many foreign personal names so."""
        from factcheck.normalize.reference import organisation_heads

        heads = organisation_heads()
        return [(e.start_char, e.end_char) for e in self.parse.ents if e.label_ == "ORG" and e[-1].text in heads]

    @cached_property
    def person_roles(self) -> tuple[RoleMention, ...]:
        """The roles the article gives people with ordinary nouns (:func:`.analysis.roles.person_roles`)."""
        from factcheck.extract.analysis.roles import person_roles

        return person_roles(self)

    @cached_property
    def main_participants(self) -> tuple[str, ...]:
        """The two people the article is most about (canonical names, sorted), by mention count."""
        from factcheck.extract.analysis.participants import named_enough

        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.people:
            if not named_enough(m):
                continue  # a title and one unknown name ("Queen Ysolde"): see participants.named_enough
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
            first.setdefault(m.canonical, m.start)
        ranked = sorted(counts, key=lambda n: (-counts[n], first[n]))
        top = [n for n in ranked[:2] if counts[n] >= 2] or ranked[:1]
        return tuple(sorted(top))

    @cached_property
    def article_participants(self) -> tuple[str, ...]:
        """The people the article is about (:func:`.analysis.participants.article_participants`)."""
        from factcheck.extract.analysis.participants import article_participants

        return article_participants(self)

    @cached_property
    def main_event(self) -> str | None:
        """The kind of the article's main event (see :func:`~factcheck.extract.analysis.events.main_event_of`)."""
        from factcheck.extract.analysis.events import main_event_of

        return main_event_of(self)

    def dates(self, sentence: Sentence) -> tuple[DateMatch, ...]:
        """The date and time phrases of a sentence resolved against the publication date
        (:func:`~factcheck.normalize.dates.find_dates`), found once."""
        key = (sentence.start, sentence.end)
        if key not in self._dates:
            from factcheck.normalize.dates import find_dates

            self._dates[key] = tuple(find_dates(sentence.text, self.published))
        return self._dates[key]

    def event_time(self, sentence: Sentence) -> EventHints:
        """When the event of a sentence happened (see :func:`~factcheck.extract.analysis.participants.event_time`)."""
        key = (sentence.start, sentence.end)
        if key not in self._event_times:
            from factcheck.extract.analysis.participants import event_time

            self._event_times[key] = event_time(self, sentence)
        return self._event_times[key]

    def event_hits(self, text: str) -> tuple[tuple[int, int, str, str | None], ...]:
        """(start, end, word, type) of the event words of a text of the article (a sentence, its unquoted
        form; see :func:`~factcheck.extract.analysis.events.event_hits`), found once."""
        if text not in self._event_hits:
            from factcheck.extract.analysis.events import event_hits

            self._event_hits[text] = tuple(event_hits(text))
        return self._event_hits[text]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (sentences are in text order and do not overlap)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_index(self, sentence: Sentence) -> int:
        """The position of ``sentence`` in :attr:`sentences` (0 when it is not one of them)."""
        i = bisect_left(self._sentence_starts, sentence.start)
        return i if i < len(self.sentences) and self.sentences[i].start == sentence.start else 0

    @cached_property
    def _people_by_start(self) -> tuple[list[int], list[int]]:
        order = sorted(range(len(self.people)), key=lambda i: self.people[i].start)
        return [self.people[i].start for i in order], order

    def people_starting(self, start: int, end: int) -> list[PersonMention]:
        """The person mentions starting in ``[start, end)``, in the order of :attr:`people` (scanning
        every mention once per figure made the cost quadratic in the length of the article)."""
        starts, order = self._people_by_start
        found = sorted(order[bisect_left(starts, start) : bisect_left(starts, end)])
        return [self.people[i] for i in found]

    def in_person(self, offset: int) -> bool:
        """Whether ``offset`` falls inside a person mention."""
        return any(offset < p.end for p in self.people_starting(offset - self.longest_mention, offset + 1))

    @cached_property
    def longest_mention(self) -> int:
        """Characters of the longest person mention (how far before a span a mention overlapping it starts)."""
        return max((p.end - p.start for p in self.people), default=0)

    @cached_property
    def mention_counts(self) -> dict[str, int]:
        """How many times the article mentions each person (by key)."""
        counts: dict[str, int] = {}
        for p in self.people:
            counts[p.key] = counts.get(p.key, 0) + 1
        return counts

    def make_claim(
        self,
        *,
        extractor: str,
        kind: ClaimKind,
        subject: str,
        subject_key: str,
        attribute: str,
        start: int,
        end: int,
        sentence: Sentence,
        normalized: Normalized,
        compare_as: CompareAs,
        scope: Scope = Scope.EVENT,
        changes_over_time: bool = False,
        event: EventHints | None = None,
        confidence: float = 1.0,
        value: str | None = None,
        key_resolved: bool = True,
    ) -> Claim:
        """Build a claim for the clean span ``[start, end)``; offsets are mapped to the original.

        ``value`` is the value as written when it is only part of the evidence span (a title before a
        name); by default it is the span's text."""
        evidence = self.doc.evidence(start, end, sentence.start, sentence.end)
        if compare_as == CompareAs.NUMBER:
            attribute, normalized = canonical_figure(attribute, normalized)  # "25 miles" -> distance (km)
        # A measure that changes (an area burned, a water level) is named with its unit in brackets ("area
        # burned (hectares)"): its noun is a unit ("2,100 acres"), not a group of what is counted, so it
        # names no group (acres and hectares of one area are one figure, not two groups).
        counted = changes_over_time and not attribute.endswith(")")
        qualifiers = (
            qualifiers_of(self.parsed_span(start, end), measure="distance" in attribute, toll=counted)
            if kind in _QUALIFIED
            else instance_qualifier(self.parsed_span(start, end))
            if kind == ClaimKind.PLACE
            else Qualifiers()
        )
        digest = hashlib.sha1(
            f"{self.source_id}|{extractor}|{attribute}|{subject_key}|{evidence.start}|{evidence.end}".encode()
        ).hexdigest()[:12]
        return Claim(
            id=f"{self.source_id}-{digest}",
            source_id=self.source_id,
            extractor=extractor,
            kind=kind,
            subject=subject,
            subject_key=subject_key,
            attribute=attribute,
            value=value if value is not None else self.text[start:end],
            normalized=normalized,
            compare_as=compare_as,
            scope=scope,
            changes_over_time=changes_over_time,
            event=event or EventHints(),
            evidence=evidence,
            confidence=confidence,
            qualifiers=qualifiers,
            key_resolved=key_resolved,
        )


class Extractor(Protocol):
    """An extractor: a stable versioned ``id`` and a function from an article to claims."""

    id: str

    def extract(self, ctx: ArticleContext) -> Iterable[Claim]: ...
