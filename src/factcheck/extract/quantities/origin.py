"""Counts of a group by where its members come from, read from the parse.

What: ``origin-count.v1`` — a number with no noun of its own that a "from <place>" phrase qualifies,
standing for members of the group a verb's subject names: "The victims include five from Peru, three
each from Chile and Ghana" -> "number of victims from Peru" = 5, "number of victims from Chile" = 3,
"number of victims from Ghana" = 3. The group is the subject of the verb the first number of the list
completes ("include", "are", "were"); later numbers join the list as conjuncts or appositions.

Why: disaster and accident reports break a toll down by nationality in one long list; each item is a
fact another source states in other words ("two from Japan" / "two Japanese"), and the items must
never meet the total toll or one another. A fallback: another quantity extractor's reading of the same
figure stands (see ``registry.FALLBACK``).

Example: "The dead include six from Peru and two from Canada." -> "number of dead from Peru" = 6 and
"number of dead from Canada" = 2, both changing over time (a toll breakdown is revised as victims are
identified).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext
from factcheck.extract.qualifiers import entity_around
from factcheck.extract.quantities.context import event_hints, is_revised, normalized_number
from factcheck.models import Claim, ClaimKind, CompareAs
from factcheck.normalize.numbers import find_numbers

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OriginCountExtractor"]

# Named-entity labels of a place a group comes from.
_PLACES = frozenset({"GPE", "LOC", "NORP"})
# Relations that chain the items of one list to its first number ("five from Iran, four from China").
_LIST_LINKS = frozenset({"conj", "appos"})
# Relations of the list's first number to the verb whose subject names the group.
_GROUP_SLOTS = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})
# Longest list followed back to its first number (a long breakdown names a dozen countries).
MAX_LIST_ITEMS = 20
# Confidence: the group is read from the parse, with no lexicon to confirm it.
CONFIDENCE = 0.9


def _places(number: Token) -> list[Token]:
    """The places of "<number> (each) from <place> (and <place>)"."""
    out: list[Token] = []
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in _PLACES:
                    out.append(obj)
                    out.extend(c for c in obj.conjuncts if c.ent_type_ in _PLACES)
    return out


def _group(number: Token) -> str | None:
    """The group the list of ``number`` counts: the subject of the verb its first item completes."""
    first = number
    for _ in range(MAX_LIST_ITEMS):
        if first.dep_ not in _LIST_LINKS or not (first.head.like_num or first.head.pos_ == "NUM"):
            break
        first = first.head
    if first.dep_ not in _GROUP_SLOTS:
        return None
    verb = first.head
    for child in verb.children:
        # a noun, or an adjective used as one ("the dead", "the injured")
        if child.dep_ in ("nsubj", "nsubjpass") and child is not first and child.pos_ in ("NOUN", "ADJ"):
            return child.lower_
    return None


def _entity(token: Token) -> str:
    """The whole name a place token belongs to ("United States", not "States")."""
    return " ".join(t.text for t in entity_around(token) if t.lower_ != "the")


class OriginCountExtractor:
    """``origin-count.v1``: counts of a group by origin (see the module docstring)."""

    id = "origin-count.v1"
    fallback = True

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            if " from " not in sentence.text:
                continue
            for m in find_numbers(sentence.text, all_roles=True):
                if m.role != "quantity":
                    continue
                span = ctx.parsed_span(sentence.start + m.start, sentence.start + m.end)
                if span is None:
                    continue
                number = span[-1]
                if number.dep_ == "nummod" or any(c.dep_ == "nummod" for c in number.children):
                    continue  # "five people from Peru": the noun counts, not a list of origins
                places = _places(number)
                group = _group(number) if places else None
                if group is None:
                    continue
                for place in places:
                    yield ctx.make_claim(
                        extractor=self.id,
                        kind=ClaimKind.QUANTITY,
                        subject="the event",
                        subject_key="event",
                        attribute=f"number of {group} from {_entity(place)}",
                        start=sentence.start + m.start,
                        end=sentence.start + m.end,
                        sentence=sentence,
                        normalized=normalized_number(m, group, is_revised(sentence.text)),
                        compare_as=CompareAs.NUMBER,
                        changes_over_time=True,
                        event=event_hints(ctx, sentence, ()),
                        confidence=CONFIDENCE,
                    )
