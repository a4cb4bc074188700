"""The age of a structure, a vessel or a vehicle, read from the dependency parse.

What: ``age-frame.v1`` — "a 40-year-old bridge", "the tower, built 40 years ago" -> ``age of bridge
(years)``. Rules (:data:`RULES`, tried in order, the first that reads the figure wins):

- ``compound``: the noun an "N-year-old" compound modifies, when it names a thing;
- ``made ago``: the thing a verb of making describes, dated "N years ago".

Why: the age of a building that collapsed or of an aircraft that crashed is a plain fact sources state
and may disagree on; ``quantity.v1`` reads ages only as people's (keyed by their names), so a thing's
age was never compared.

Precision: which thing is meant is guessed from its noun (``key_resolved`` False): two sources agree on
it, but a disagreement is only a possible conflict (a story may tell of two bridges). Things are nouns of
the hint list ``data/age_frames.json``: an age of a person ("a 34-year-old teacher") is never read here.

Example: "This is a 40-year-old building, right on the beach." -> ``age of building (years)`` = 40.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext, first_rule
from factcheck.extract.quantities.context import event_hints
from factcheck.extract.quantities.open_frame import open_figure_claim, parsed_figures
from factcheck.models import Claim
from factcheck.normalize.reference import word_set
from factcheck.parse import low_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RULES", "AgeFrameExtractor", "thing_aged"]

_DATA = "age_frames.json"
# Confidence of an age keyed from open words: the same as the other open readings (count-frame.v1,
# measure-frame.v1, metric.v1), below the 0.7 of the calibration rows.
OPEN_AGE_CONFIDENCE = 0.65


def _thing(noun: Token) -> str | None:
    word = low_lemma(noun)
    return word if noun.pos_ == "NOUN" and word in word_set(_DATA, "things") else None


def _compound(number: Token) -> str | None:
    """ "a 40-year-old bridge": 40 <- year <- old <- bridge."""
    year = number.head
    old = year.head
    if low_lemma(year) != "year" or old.lower_ != "old" or old.dep_ != "amod":
        return None
    return _thing(old.head)


def _made_ago(number: Token) -> str | None:
    """ "the tower, built 40 years ago": 40 <- years <- ago <- built <- tower."""
    years = number.head
    ago = years.head
    verb = ago.head
    if low_lemma(years) != "year" or ago.lower_ != "ago" or low_lemma(verb) not in word_set(_DATA, "making_verbs"):
        return None
    if verb.dep_ in ("acl", "relcl"):
        return _thing(verb.head)
    # "the tower, constructed 40 years ago, had been sinking": the parser may take the participle set off
    # by commas for the clause's verb and the noun before it for its subject
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = verb.doc
    if subject is None or verb.tag_ != "VBN" or subject.i + 2 != verb.i or doc[subject.i + 1].text != ",":
        return None
    return _thing(subject)


RULES: tuple[tuple[str, Callable[[Token], str | None]], ...] = (
    ("compound", _compound),
    ("made ago", _made_ago),
)


def thing_aged(number: Token) -> str | None:
    """The thing whose age ``number`` gives (the first rule of :data:`RULES` that reads it), or None."""
    return first_rule(RULES, number)


class AgeFrameExtractor:
    """``age-frame.v1``: the age of a structure, a vessel or a vehicle (see the module docstring)."""

    id = "age-frame.v1"
    fallback = True

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence, m, span in parsed_figures(ctx, ("age", "quantity")):
            if m.unit is not None:
                continue
            number = next((t for t in reversed(span) if t.like_num), span.root)
            thing = thing_aged(number)
            if thing is None:
                continue
            hints = event_hints(ctx, sentence, (), m.start)
            if hints.year is None:  # "built 40 years ago" is the age itself, no look-back to an older event
                hints = hints.model_copy(update={"anchored_to_publication": True})
            yield open_figure_claim(
                ctx,
                self.id,
                sentence,
                m,
                attribute=f"age of {thing} (years)",
                unit="years",
                confidence=OPEN_AGE_CONFIDENCE,
                event=hints,
            )
