"""Which event of a series a value belongs to: its instance, read from the parse.

What: many stories tell of one event of a series of like events, the third test flight against the
second, the first round of an election against the runoff, day two of a summit, the fourth quarter. The
instance is an ordinal ("second", "3rd", "maiden", "previous"), a number designation ("Flight 4", "Game
2", "Day 3", "Q3") or a runoff (the second round) attached to an event noun that governs
or is near the value: the value's own words, its head chain up to the governing verbs, their subjects and
their prepositional attachments ("during the second flight", "the toll of the second quake").

Why: figures of different instances are different facts, never a conflict nor an agreement; an instance
stated on one side only is a qualifier of that side (``factcheck.compare.sameness``). Only event nouns
count: "first" also says "initially" ("first reported", "at first") and ranks ("the first woman to",
"the first such quake in decades"), neither of which names an event of a series.

A year ("the 2019 fire") is no instance here: the year the sentence names already frames the value in
time (``EventHints.year``, :mod:`factcheck.compare.frames`), and a year naming the story's own event ("the
results of the 2024 elections") would set its figures apart from every report that does not repeat it.

Example: "The second flight reached 150 km." -> instance ``2``; "Q3 revenue" -> ``3``; "first reported
on Monday" -> None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.normalize.reference import load_data
from factcheck.parse import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["EVENT_NOUNS", "ORDINALS", "designation_key", "instance_of"]

_WORDS = load_data("instance_words.json")
_EVENT_WORDS = load_data("event_words.json")
# Nouns of events that come in series, and the single-word event nouns of the event lexicon.
EVENT_NOUNS: frozenset[str] = frozenset(_WORDS["series_nouns"]) | frozenset(
    w for w in _EVENT_WORDS["nouns"] if " " not in w
)
ORDINALS: dict[str, str] = dict(_WORDS["ordinals"])
_IMPLIED: dict[str, str] = dict(_WORDS["implied"])
_RANK_WORDS = frozenset(_WORDS["rank_words"])
_RANK_SPANS = frozenset(_WORDS["rank_spans"])
# "Q3", "H1": a quarter or half of a year, an instance by itself wherever it modifies the value.
_PERIOD = re.compile(r"^[QqHh]([1-4])$")
# "3rd", "21st": an ordinal in figures.
_ORDINAL_FIGURE = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
# "Flight 4", "Game 12": a designation's number (small: a larger one is a count or a year).
_NUMBER = re.compile(r"^\d{1,3}$")
# Dependencies by which a noun names the event a value belongs to: a subject, a compound or modifier,
# a possessor ("the second quake's epicentre").
_NEAR_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "npadvmod", "nmod", "attr", "dobj"})
# Dependencies of an ordinal or designation on its event noun.
_MODIFIER_DEPS = frozenset({"amod", "nummod", "compound", "npadvmod", "appos", "quantmod", "advmod"})
# The preposition by which a noun names what it belongs to ("the toll of the second quake"); another one on
# a noun tells of something else ("a halt in the third quarter led to a record total for the year").
_BELONGING_PREPS = frozenset({"of"})
# Prepositions that attach a rank's comparison span ("the first quake in decades", "since 1990").
_RANK_PREPS = frozenset({"in", "since", "for", "of"})
# Keys placed relative to another event: on a noun read as a time they say when, not which event.
_RELATIVE = frozenset({"previous", "next"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# Dependencies of a clause on the one above it: the chain stops at the verb of the value's own clause,
# except a reported clause ("officials said [the second quake killed 12]"), whose reporting verb adds none.
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "conj", "parataxis"})


def designation_key(word: str) -> str | None:
    """The instance key one modifier word gives: an ordinal ("second" -> "2", "3rd" -> "3", "maiden"
    -> "1", "earlier" -> "previous"), a quarter or half ("Q3" -> "3") or None."""
    w = word.strip().lower()
    if w in ORDINALS:
        return ORDINALS[w]
    m = _ORDINAL_FIGURE.match(w) or _PERIOD.match(w)
    return str(int(m[1])) if m else None


def _is_rank(noun: Token) -> bool:
    """The ordinal on ``noun`` ranks it rather than naming an event of a series: "the first such quake",
    "the first-ever flight", "the first flight to carry people", "the first quake in decades"."""
    for child in noun.children:
        if child.lower_ in _RANK_WORDS:
            return True
        if child.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in _RANK_PREPS:
            spans = {w for o in child.children if o.dep_ == "pobj" for w in (lemma(o).lower(), o.lower_)}
            if child.lower_ == "since" or spans & _RANK_SPANS:
                return True
    return False


def _noun_instance(noun: Token) -> str | None:
    """The instance an event noun names by its modifiers (or by itself: a runoff), None when it is no
    event noun, names none, or its ordinal is a rank."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    word = noun.lower_
    if word not in EVENT_NOUNS and lemma(noun).lower() not in EVENT_NOUNS:
        return None
    if _is_rank(noun):
        return None
    for child in noun.children:
        if child.dep_ not in _MODIFIER_DEPS and child.ent_type_ != "ORDINAL":
            continue
        key = designation_key(child.text)
        if key is None and child.ent_type_ == "ORDINAL" and child.is_alpha:
            key = child.lower_  # an ordinal outside the list ("twentieth"): itself
        if key is None and _NUMBER.match(child.text) and child.i > noun.i:
            key = str(int(child.text))  # "Flight 4", "Day 3"
        if key in _RELATIVE and noun.ent_type_ in _TIME_ENTS:
            key = None  # "the next day", "the previous week": a time, not an event of a series
        if key is not None:
            return key
    return _IMPLIED.get(word)


def _attached(node: Token, preps: frozenset[str] | None = None) -> list[tuple[Token, bool]]:
    """The nouns that name what ``node`` is about (subject, compound, possessor) and the objects of its
    prepositions ("during the second flight"; only ``preps`` when given), each with whether a
    preposition attaches it."""
    out: list[tuple[Token, bool]] = []
    for child in node.children:
        if child.dep_ in _NEAR_DEPS:
            out.append((child, False))
        elif child.dep_ == "prep" and (preps is None or child.lower_ in preps):
            out += [(obj, True) for obj in child.children if obj.dep_ == "pobj"]
    return out


def _near_nouns(node: Token) -> list[tuple[Token, bool]]:
    """The node, its attached nouns and theirs in turn ("the toll of the second quake rose", "Q3 revenue
    was", "during the second day of the summit"), each with whether a preposition attaches it."""
    first = _attached(node)
    return [(node, False), *first, *((n, p or q) for t, p in first for n, q in _attached(t, _BELONGING_PREPS))]


def _own_clause(chain: list[Token]) -> list[Token]:
    """The head chain up to the verb of the value's own clause: a clause it is subordinate to tells of
    another event ("stage a second round after neither won more than 50 percent": the 50 is no round's)."""
    out: list[Token] = []
    for node in chain:
        out.append(node)
        if node.dep_ in _CLAUSE_DEPS:
            break
    return out


def instance_of(tokens: list[Token], chain: list[Token]) -> str | None:
    """The instance key of the value whose tokens are ``tokens`` and head chain ``chain`` (see
    ``factcheck.extract.qualifiers``): the first found on the value's own words, then up its head chain,
    each node's near nouns in turn; a quarter or half ("Q3") on any of them counts by itself."""
    seen: set[int] = set()
    for node in [*tokens, *_own_clause(chain)]:
        for noun, by_prep in _near_nouns(node):
            if noun.i in seen:
                continue
            seen.add(noun.i)
            period = _PERIOD.match(noun.text)
            key = str(int(period[1])) if period else _noun_instance(noun)
            if key in _RELATIVE and by_prep:
                continue  # "fell to 12 from 18 in the previous election": the comparison's base, not the value's
            if key is not None:
                return key
    return None
