"""Counts whose counted noun is not next to the number, read from the dependency parse.

What: ``count-frame.v1`` — a number with no unit that counts a noun the parse names elsewhere, keyed by
the counted group and the state the sentence gives it. Rules (:data:`RULES`, tried in order, the first
that reads the number wins):

- ``condition``: people in a condition ("six others remain in serious condition", "40 were injured, six
  seriously") -> ``number in serious condition``;
- ``increment``: new items on top of earlier ones ("two more cracks opened up") -> ``number of additional
  crack``;
- ``deprived``: what counted things lack ("9,000 people in the valley were without power") -> ``number of
  people without power in the valley`` (where, when the sentence says);
- ``partitive``: a part of a group, with the predicate it is the subject of ("four of the rover's 12
  wheels went down") -> ``number of wheel fail``; a group named by a pronoun and its participle ("of
  those killed") is the group the participle names (``dead``);
- ``fronted group``: a bare number whose group a fronted "of"/"among" phrase names, with what the copula
  says of it ("Among the 80 dead, 30 are female"; "Nearly half of those killed -- 40 -- were children")
  -> ``number of women among the dead``;
- ``elided``: a bare number in a clause joined to one whose figure names the noun ("The block held 92 flats,
  and 31 were involved in the collapse") -> ``number of flat collapse`` (being involved in an event is
  undergoing it);
- ``residents``: the people a place holds, named by the place ("the seven station residents", "seven
  others living on the station") -> ``number of residents of station``.

Why: on real news many checkable counts stand apart from their noun (a part of a group, an ellipsis, a
new batch of something): the lexicon readers see a bare number and read nothing, so two sources giving
the same count never met. The parse gives the group and its state whatever the noun.

Precision: the group and state are open words (``key_resolved`` False, as in ``metric.v1``): such claims
agree, but a disagreement on them is only a possible conflict — a part of a group counted at two times
or of two different groups must not become a conflict. A fallback: where another quantity extractor
claims the figure, its reading stands. Word lists (``data/count_frames.json``) only give one name to one
group or state ("killed", "victims" -> dead; "female", "women" -> women).

Example: "Later, four of the rover's 12 wheels went down." -> ``number of wheel fail`` = 4.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from factcheck.extract.base import ArticleContext, first_rule
from factcheck.extract.quantities.open_frame import open_figure_claim, parsed_figures
from factcheck.models import Claim
from factcheck.normalize.reference import word_mapping, word_set
from factcheck.parse import child, low_lemma, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RULES", "CountFrame", "CountFrameExtractor", "count_frame"]

_DATA = "count_frames.json"
# Confidence of a count keyed from open words: the same as an open-vocabulary count in quantity.v1 and a
# metric in metric.v1 (below the 0.7 of the calibration rows: such a key was guessed).
OPEN_COUNT_CONFIDENCE = 0.65
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PARTITIVE_HEADS = frozenset({"NOUN", "NUM"})  # "half of those killed", "40 of the 80 dead"


class CountFrame(NamedTuple):
    """What a count counts (its attribute) and whether it moves as news comes in (a toll's part, the
    people in a condition: read as a series with dates, never a conflict between two days)."""

    attribute: str
    changes: bool = False


def _group(noun: Token) -> str | None:
    """The group a noun names: "the 80 dead" -> dead, "those killed" -> dead, "the rover's wheels" ->
    wheel; None for a word that counts nothing checkable (a pronoun alone, "percent", "year")."""
    groups = word_mapping(_DATA, "groups")
    if noun.pos_ == "NUM":  # "the 80 dead": the adjective after the number names the group
        adjective = child(noun, ("amod",))
        return groups.get(low_lemma(adjective)) if adjective is not None else None
    if noun.pos_ == "PRON":  # "those killed": the participle names the group
        participle = child(noun, ("acl", "relcl", "amod"))
        return groups.get(low_lemma(participle)) if participle is not None else None
    word = low_lemma(noun)
    participle = next((c for c in noun.children if c.dep_ in ("acl", "amod") and low_lemma(c) in groups), None)
    if participle is not None and word in word_set(_DATA, "people"):
        return groups[low_lemma(participle)]  # "the 24 people killed": the dead, not any people
    if noun.pos_ == "ADJ":  # "among the 80 dead"
        return groups.get(word)
    if noun.pos_ != "NOUN" or noun.ent_type_ or not word.isalpha() or word in word_set(_DATA, "not_counted"):
        return None
    return groups.get(word, word)


def _as_subject(number: Token) -> Token:
    """The phrase a number stands for as a subject: itself, or the quantity it restates ("half of those
    killed -- 40 -- were", "a majority of 97 were")."""
    if number.dep_ == "appos":
        return number.head
    if number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.pos_ in _PARTITIVE_HEADS:
        return number.head.head
    return number


def _predicate(number: Token) -> str | None:
    """What the sentence says of the counted things: the state after a copula ("were female" -> women),
    or the verb with its particle or the gerund it takes ("went down" -> go down, "stopped working" -> stop
    work), under the one name ``predicates`` gives words for one event ("go down", "stop work" -> fail:
    two outlets describe one failure in their own words); None for a verb of saying or a bare copula."""
    number = _as_subject(number)
    head = number.head
    if number.dep_ not in _SUBJECT_DEPS or head.pos_ not in ("VERB", "AUX"):
        return None
    if low_lemma(head) == "be":
        complement = child(head, ("attr", "acomp"))
        return word_mapping(_DATA, "states").get(low_lemma(complement)) if complement is not None else None
    word = low_lemma(head)
    if word in word_set(_DATA, "involvement_verbs") and (event := prep_object(head, ("in", "by"))) is not None:
        return low_lemma(event) if event.pos_ == "NOUN" else None  # "55 were involved in the collapse": collapse
    if word in word_set(_DATA, "not_states") or not word.isalpha():
        return None
    particle = child(head, ("prt",))
    gerund = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if particle is not None:
        word = f"{word} {particle.lower_}"
    elif gerund is not None and low_lemma(gerund).isalpha():
        word = f"{word} {low_lemma(gerund)}"
    return word_mapping(_DATA, "predicates").get(word, word)


def _condition(number: Token) -> CountFrame | None:
    """ "six others remain in serious condition", "40 were injured, six seriously" -> in serious condition."""
    conditions = word_mapping(_DATA, "conditions")
    counted = number.head if number.dep_ == "nummod" else number
    if counted.dep_ in _SUBJECT_DEPS:
        place = prep_object(counted.head, ("in",))
        if place is not None and low_lemma(place) == "condition":
            state = child(place, ("amod",))
            if state is not None and low_lemma(state) in conditions:
                return CountFrame(f"number in {conditions[low_lemma(state)]} condition", changes=True)
    if number.dep_ == "npadvmod" and word_mapping(_DATA, "groups").get(low_lemma(number.head)) == "injured":
        adverb = child(number, ("advmod",))
        if adverb is not None and low_lemma(adverb) in conditions:
            return CountFrame(f"number in {conditions[low_lemma(adverb)]} condition", changes=True)
    return None


def _increment(number: Token) -> CountFrame | None:
    """ "two more cracks opened up" -> number of additional crack (new items on top of earlier ones)."""
    if number.dep_ != "nummod" or number.head.pos_ != "NOUN":
        return None
    noun = number.head
    marks = (*noun.children, *number.children)  # "two more cracks": "more" hangs on the noun or the number
    if not any(c.lower_ in word_set(_DATA, "increment_words") and number.i < c.i < noun.i for c in marks):
        return None
    group = _group(noun)
    if group is None or group in word_set(_DATA, "people"):
        return None  # "25,000 more people live across the river": people elsewhere, not a new batch
    return CountFrame(f"number of additional {group}", changes=True)  # "more" than the last report said


def _deprived(number: Token) -> CountFrame | None:
    """ "9,000 people in the valley were still without power" -> number of people without power in the
    valley: what the counted things lack, and where (a place narrows the count: a town is not a region)."""
    if number.dep_ != "nummod" or number.head.dep_ not in _SUBJECT_DEPS:
        return None
    noun, verb = number.head, number.head.head
    lacked = prep_object(verb, ("without",))
    group = _group(noun)
    if (
        lacked is None
        or group is None
        or lacked.pos_ != "NOUN"
        or low_lemma(verb) not in word_set(_DATA, "state_verbs")
    ):
        return None
    place = prep_object(noun, ("in",)) or prep_object(verb, ("in",))
    where = f" in {' '.join(t.lower_ for t in place.subtree if t.dep_ != 'det')}" if place is not None else ""
    return CountFrame(f"number of {group} without {low_lemma(lacked)}{where}", changes=True)


def _partitive(number: Token) -> CountFrame | None:
    """ "four of the rover's 12 wheels went down" -> number of wheel fail."""
    whole = prep_object(number, ("of",))
    if whole is None and number.dep_ == "appos" and number.head.pos_ in _PARTITIVE_HEADS:
        # "half of those killed -- 40 --", "two-thirds of those killed -- 40 --" ("thirds" under "two")
        for quantity in (number.head, *(c for c in number.head.children if c.dep_ == "quantmod")):
            whole = whole or prep_object(quantity, ("of",))
    if whole is None:
        return None
    group, state = _group(whole), _predicate(number)
    if group is None or state is None:
        return None
    return _of_group(group, state)


def _fronted_group(number: Token) -> CountFrame | None:
    """ "Among the 80 dead, 30 are female" -> number of women among the dead."""
    subject = _as_subject(number)
    if subject.dep_ not in _SUBJECT_DEPS:
        return None
    verb = subject.head
    while True:
        whole = next(
            (o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "among") and c.i < subject.i
             for o in c.children if o.dep_ == "pobj"),
            None,
        )  # fmt: skip
        if whole is not None or verb.dep_ != "conj":
            break
        verb = verb.head  # "Among the 80 dead, 50 are male and 30 are female": the first verb's phrase
    group, state = (_group(whole), _predicate(number)) if whole is not None else (None, None)
    if group is None or state is None or group not in word_mapping(_DATA, "groups").values():
        return None
    return _of_group(group, state)


def _elided(number: Token) -> CountFrame | None:
    """ "The block held 92 flats, and 31 were involved in the collapse" -> number of flat collapse: a bare
    number subject of a clause joined to one whose figure names the counted noun (the noun is not repeated)."""
    if number.dep_ not in _SUBJECT_DEPS or number.pos_ != "NUM" or number.head.dep_ != "conj":
        return None
    first = number.head.head
    noun = next(
        (c for c in first.children
         if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN" and any(g.dep_ == "nummod" for g in c.children)),
        None,
    )  # fmt: skip
    group, state = (_group(noun), _predicate(number)) if noun is not None else (None, None)
    return _of_group(group, state) if group is not None and state is not None else None


def _residents(number: Token) -> CountFrame | None:
    """ "the seven station residents", "40 residents of the tower", "seven others living on the station"
    -> number of residents of station: the people a place (a common noun) holds, named by the place."""
    if number.dep_ != "nummod" or number.head.pos_ != "NOUN":
        return None
    noun = number.head
    place: Token | None = None
    if low_lemma(noun) in word_set(_DATA, "dweller_nouns"):
        compounds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
        place = prep_object(noun, ("of",)) or (compounds[-1] if compounds else None)
    elif low_lemma(noun) in word_set(_DATA, "people"):
        verb = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and low_lemma(c) in word_set(
            _DATA, "dwelling_verbs")), None)  # fmt: skip
        place = prep_object(verb, ("on", "in", "aboard", "at")) if verb is not None else None
    if place is None or place.pos_ != "NOUN" or place.ent_type_ or not place.is_alpha:
        return None  # a named place's people are its population, read elsewhere
    return CountFrame(f"number of residents of {low_lemma(place)}")


def _of_group(group: str, state: str) -> CountFrame:
    """ "number of women among the dead" (a kind of member, said with a copula), "number of dead identify"
    (what was done to them), "number of wheel fail"; a toll group's part moves as news comes in."""
    toll = group in word_mapping(_DATA, "groups").values()
    if toll and state in word_mapping(_DATA, "states").values():
        return CountFrame(f"number of {state} among the {group}", changes=True)
    return CountFrame(f"number of {group} {state}", changes=toll)


RULES: tuple[tuple[str, Callable[[Token], CountFrame | None]], ...] = (
    ("condition", _condition),
    ("increment", _increment),
    ("deprived", _deprived),
    ("partitive", _partitive),
    ("fronted group", _fronted_group),
    ("elided", _elided),
    ("residents", _residents),
)


def count_frame(number: Token) -> CountFrame | None:
    """The frame of the count whose number token is ``number`` (the first rule of :data:`RULES` that
    reads it), or None."""
    return first_rule(RULES, number)


class CountFrameExtractor:
    """``count-frame.v1``: counts whose noun is not next to the number (see the module docstring)."""

    id = "count-frame.v1"
    fallback = True

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence, m, span in parsed_figures(ctx):
            if m.unit is not None or (frame := count_frame(span.root)) is None:
                continue
            yield open_figure_claim(
                ctx,
                self.id,
                sentence,
                m,
                attribute=frame.attribute,
                unit=None,
                confidence=OPEN_COUNT_CONFIDENCE,
                changes=frame.changes,
            )
