"""Spellings of proper names of any kind: people, organisations, clubs, venues, places.

What: ``proper-name.v1`` — each distinct proper name the parser recognises (spaCy entities PERSON,
ORG, FAC, GPE), once per spelling per article, all in one block per story (subject key
:data:`PROPER_NAMES_KEY`); the comparison (:mod:`factcheck.compare.spelling`) pairs a name word that one
source alone writes with a near-identical word two or more independent sources write.

Why: many real errors are one outlet misspelling a name once (a club, a stadium, a police chief who is
not in the reference data, a person the article never introduces with a cue the person finder needs).

Example: "the Harrowgate Rovers ground" in one article and "Harrogate Rovers" in two others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.spelling import (
    NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT,
    PERSON_VARIANT,
    PROPER_NAME_ATTRIBUTE,
    PROPER_NAMES_KEY,
    name_words,
)

__all__ = ["ProperNameExtractor"]

# The parser's entity labels that name one thing whose spelling is fixed: people, organisations and
# clubs, buildings and venues (FAC, vessels are often tagged so), places.
_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE"})

# Lower-case words inside a name are short joining words ("Bank of Lorn", "Casa de Vila"); a longer one
# means the parser took in running text.
_JOINING_MAX = 3


class ProperNameExtractor:
    """Spelling of each proper name (see module docstring)."""

    id = "proper-name.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        people = [(m.start, m.end) for m in ctx.people if m.full]
        seen: set[str] = set()
        for start, end in _spans(ctx):
            text = ctx.text[start:end]
            words = name_words(text)
            # Only capitalised words of a name (short joining words aside: "of", "de"), and one long
            # enough to hold a slip.
            # A figure is no joining word: "Velmar 3-2" is a club and a score the parser ran together.
            if not words or not all(w[:1].isupper() or (len(w) <= _JOINING_MAX and w.isalpha()) for w in text.split()):
                continue
            if max(len(w) for w in words) < NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT or " ".join(words) in seen:
                continue
            seen.add(" ".join(words))
            sentence = ctx.sentence_at(start)
            if sentence is None:
                continue
            person = any(a <= start and end <= b for a, b in people)
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.NAME,
                subject=text,
                subject_key=PROPER_NAMES_KEY,
                attribute=PROPER_NAME_ATTRIBUTE,
                start=start,
                end=end,
                sentence=sentence,
                normalized=Normalized(
                    key=" ".join(words),
                    display=text,
                    base=PERSON_VARIANT if person else None,
                ),
                compare_as=CompareAs.NAME,
                scope=Scope.ENTITY,
                confidence=0.7,
            )


# Two or more capitalised words in a row: a name the parser's entities may miss ("Supporters of
# Harrowgate Rovers" where the parser tags nothing), which the comparison can still pair. A name may
# end in one capital letter, a model or a series ("the Kestrel V rocket", "Plan B"); "A" and "I" are
# words, and a capital with a full stop or before a name is an initial ("Ana B. Lisk", "Ana B Lisk").
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)*(?:[ ]+[A-Z][\w'’-]+|[ ]+[B-HJ-Z]\b(?![.'’-]|[ ]+[A-Z]))"
)


def _spans(ctx: ArticleContext) -> list[tuple[int, int]]:
    """The parser's proper-name entities, then capitalised runs it did not tag (text order, no repeats)."""
    spans: list[tuple[int, int]] = []
    for ent in ctx.parse.ents:
        if ent.label_ in _LABELS:
            text = ent.text
            start = ent.start_char + len(text) - len(text.lstrip())
            spans.append((start, start + len(text.strip())))
    tagged = set(spans)
    for sentence in ctx.sentences:
        for m in _CAPITALISED_RUN.finditer(ctx.text, sentence.start, sentence.end):
            if (m.start(), m.end()) not in tagged:
                spans.append((m.start(), m.end()))
    return sorted(set(spans))
