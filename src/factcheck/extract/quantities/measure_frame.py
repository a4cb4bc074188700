"""Lengths keyed by what they measure (an altitude, a dimension, a level), read from the dependency parse.

What: ``measure-frame.v1`` — a figure with a unit of length whose dimension is not written next to it.
Rules (:data:`RULES`, tried in order, the first that reads the figure wins):

- ``dimension of``: the dimension noun the length is "of" ("flying at an altitude of 11,000 metres",
  "a hull with a length of 90 metres") -> ``altitude of plane (metres)``; the owner is the subject of the
  verb the dimension completes, when the parse names one;
- ``flight``: the length a verb of flight is "at" or "to" ("cruising at 37,000 feet", "climbed to 4,000
  feet") -> ``altitude of jet (metres)`` (the unit converted, see below);
- ``level``: the length a level falls, rises or stands at ("the level dropped to 14 metres", "if the
  level falls below 3.4 metres") -> ``level (metres)``, or ``threshold of level (metres)`` when a
  condition ("if", "once") puts the level below or above it. A level moves as news comes in; a
  threshold does not.

Why: altitudes, dimensions and water levels are plain facts news gives without the dimension word next
to the figure ("at 37,000 feet"); the lexicon readers only know "12 metres high" or "a depth of 10 km" in
fixed wordings, so such facts never met. The unit is written in the attribute and converted to the
canonical unit of lengths, metres, when the claim is made (:mod:`factcheck.normalize.units`): "31,000
feet" and "9,450 metres" are one altitude.

Precision: the owner and dimension are open words (``key_resolved`` False): such claims agree, but a
disagreement is only a possible conflict (two aircraft, two reservoirs). A fallback: where another
quantity extractor claims the figure, its reading stands.

Example: "The plane was flying at an altitude of 11,000 metres." -> ``altitude of plane (metres)`` = 11000;
"cruising at 31,000 feet" -> ``altitude of plane (metres)``, key "31000 feet", interval 9448.8.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from factcheck.extract.base import ArticleContext, first_rule
from factcheck.extract.quantities.open_frame import open_figure_claim, parsed_figures
from factcheck.models import Claim
from factcheck.normalize.reference import word_mapping, word_set
from factcheck.parse import low_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RULES", "MeasureFrame", "MeasureFrameExtractor", "measure_frame"]

_DATA = "measure_frames.json"
# Confidence of a length keyed from open words: the same as the open readings of quantity.v1, metric.v1 and
# count-frame.v1 (below the 0.7 of the calibration rows: the key was guessed).
OPEN_MEASURE_CONFIDENCE = 0.65
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


class MeasureFrame(NamedTuple):
    """What a length measures (its attribute, without the unit), whether it moves as news comes in, and
    whether the figure is a bound ("below 3.4 metres" as a threshold is 3.4 exactly, not any length under
    it: two thresholds agree only when equal)."""

    measured: str
    changes: bool = False
    bound: bool = False


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it hangs on ("the level dropped ..., reaching 14 metres"),
    or of a clause before it that took the subject ("if the level in the tank used to feed the boilers
    falls below ...": the small parser reads "used" as the verb of "level" and hangs it under "falls")."""
    found = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    # The misread clause first: when it took the subject, the verb it hangs under is the main clause's
    # ("if the level ... used to feed the boilers falls below 3 metres, it will be ...": not "it").
    found = found or next((s for c in _clauses_before(verb) for s in c.children if s.dep_ in _SUBJECT_DEPS), None)
    if found is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        found = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None)
    return found


def _clauses_before(verb: Token) -> list[Token]:
    """Clauses under ``verb`` that stand before it (where a misread subject and its "if" end up)."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]


def _owner(verb: Token) -> str:
    """ " of plane" for "the plane was flying at ...": the common noun a verb's subject is; "" for none,
    a pronoun or a name (a name is no key here: the spelling of names is for the name extractors)."""
    subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ != "NOUN" or not subject.is_alpha:
        return ""
    return f" of {low_lemma(subject)}"


def _governor(unit: Token, preps: tuple[str, ...]) -> Token | None:
    """The word whose preposition in ``preps`` the unit noun is the object of ("at 37,000 feet" -> the
    verb), or whose direct object it is ("reaching 14 metres")."""
    if unit.dep_ == "pobj" and unit.head.lower_ in preps:
        return unit.head.head
    if unit.dep_ == "dobj" and "" in preps:
        return unit.head
    return None


def _dimension_of(unit: Token) -> MeasureFrame | None:
    """ "at an altitude of 11,000 metres" -> altitude of plane."""
    noun = _governor(unit, ("of",))
    if noun is None or noun.pos_ != "NOUN" or low_lemma(noun) not in word_mapping(_DATA, "dimensions"):
        return None
    dimension = word_mapping(_DATA, "dimensions")[low_lemma(noun)]
    if dimension == "level":
        return None  # "a level of 14 metres": the level rule's (which knows a threshold from a level)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return MeasureFrame(f"{dimension}{_owner(verb)}")


def _flight(unit: Token) -> MeasureFrame | None:
    """ "cruising at 37,000 feet" -> altitude of jet."""
    verb = _governor(unit, ("at", "to"))
    if verb is None or verb.pos_ != "VERB" or low_lemma(verb) not in word_set(_DATA, "flight_verbs"):
        return None
    subject = _subject(verb)
    if subject is not None and low_lemma(subject) in word_set(_DATA, "level_nouns"):
        return None  # "the level climbed to 14 metres": a level, not an altitude
    return MeasureFrame(f"altitude{_owner(verb)}")


def _level(unit: Token) -> MeasureFrame | None:
    """ "the level dropped to 14 metres" -> level; "if the level falls below 3.4 metres" -> threshold of level."""
    verb = _governor(unit, ("to", "at", "below", "above", "under", ""))
    if verb is None or verb.pos_ != "VERB" or low_lemma(verb) not in word_set(_DATA, "level_verbs"):
        return None
    subject = _subject(verb)
    if subject is None or low_lemma(subject) not in word_set(_DATA, "level_nouns"):
        return None
    bound = unit.dep_ == "pobj" and unit.head.lower_ in ("below", "above", "under")
    marks = (c for v in (verb, *_clauses_before(verb)) for c in v.children if c.dep_ == "mark")
    conditional = any(c.lower_ in word_set(_DATA, "condition_marks") for c in marks)
    if bound and conditional:
        return MeasureFrame("threshold of level", bound=True)
    return None if bound else MeasureFrame("level", changes=True)


RULES: tuple[tuple[str, Callable[[Token], MeasureFrame | None]], ...] = (
    ("dimension of", _dimension_of),
    ("flight", _flight),
    ("level", _level),
)


def measure_frame(unit: Token) -> MeasureFrame | None:
    """The frame of the length whose unit noun is ``unit`` (the first rule of :data:`RULES` that reads it)."""
    return first_rule(RULES, unit)


class MeasureFrameExtractor:
    """``measure-frame.v1``: lengths keyed by what they measure (see the module docstring)."""

    id = "measure-frame.v1"
    fallback = True

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        units = word_mapping(_DATA, "units")
        for sentence, m, span in parsed_figures(ctx):
            if m.unit is not None:
                continue
            # The number itself, not a hedge the figure's surface begins with ("below 3.4", "about 40").
            number = next((t for t in reversed(span) if t.like_num), span.root)
            unit = number.head
            if number.dep_ != "nummod" or unit.i <= number.i or unit.lower_ not in units:
                continue  # "11,000 metres": the number counts the unit noun right after it
            frame = measure_frame(unit)
            if frame is None:
                continue
            unit_name = units[unit.lower_]
            yield open_figure_claim(
                ctx,
                self.id,
                sentence,
                replace(m, low=m.value, high=m.value, hedge=None) if frame.bound else m,
                attribute=f"{frame.measured} ({unit_name})",
                unit=unit_name,
                confidence=OPEN_MEASURE_CONFIDENCE,
                end=unit.idx + len(unit.text),
                changes=frame.changes,
            )
