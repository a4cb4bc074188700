"""The counted-noun lexicon of ``quantity.v1`` and ``doc-length.v1``, compiled once from
``data/counted_nouns.json`` (see its ``about`` for what each section means).

A helper of :mod:`factcheck.extract.quantities.quantity`: it registers no extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from factcheck.limits import may_end_with
from factcheck.normalize.reference import load_data, word_set
from factcheck.normalize.trie import trie_alternation

__all__ = [
    "MAX_HEAD_GAP",
    "Counted",
    "Lexicon",
    "VoteShare",
    "after_another",
    "alternation",
    "counted_lexicon",
    "length_unit",
    "mentions",
]

# How many words may stand between a head noun and its linking verb: "the number of people killed by
# the storm in the northern hill districts has reached 41" has nine (prepositional phrases naming the
# cause and the place); a comma or a figure ends the gap, and a counted noun after the figure wins.
MAX_HEAD_GAP = 10
# Counted things that are no people (data/counted_nouns.json): a death or injury cue after them
# ("3,000 cattle perished") makes no toll.
ANIMALS = word_set("counted_nouns.json", "animal_nouns")


# Patterns of measurements, states and changes for the rules of quantity.v1 (see rules.py).
TEMPERATURE_UNITS = frozenset({"°C", "°F", "degrees"})
PAREN_AFTER = re.compile(r"\s*\)|\s*\([^()]{1,40}\)")
TEMPERATURE_CONTEXT = re.compile(
    r"\b(?:temperatures?|heat\w*|hot|warm\w*|cold|freez\w*|thermometers?|celsius|fahrenheit|weather)\b", re.I
)
AREA_UNIT = re.compile(
    r"\s*(?:(hectares?|ha)\b|(acres?)\b|(?:square|sq\.?)\s+(?:(kilomet(?:re|er)s?|km)|(miles?))\b|(km²|km2|sq\s?km))",
    re.I,
)
BURNED = re.compile(r"\b(?:burn\w*|scorch\w*|charred|blazes?|fires?|wildfires?|bushfires?|flames|ravaged)\b", re.I)
FLOODED = re.compile(r"\b(?:flood\w*|submerged|inundated|under\s+water)\b", re.I)
# "80 passengers on board", "212 passengers booked on the service" (the passenger list of the trip).
ON_BOARD_AFTER = re.compile(
    r"\s+(?:(?:who\s+)?(?:were|was|are|is|had\s+been)\s+)?(?:on\s+board|aboard"
    r"|booked\s+(?:on|onto|aboard)\s+(?:the|a|an|that|this)\s+(?:service|train|flight|ship|ferry|bus|coach|plane|boat))\b",
    re.I,
)
CARRYING_BEFORE = re.compile(r"\b(?:carrying|carried|carries|ferrying|transporting)\s+$", re.I)
CARRYING_ENDS = ("carrying", "carried", "carries", "ferrying", "transporting")
CAPACITY_BEFORE = re.compile(
    r"\b(?:licen[cs]ed|allowed|permitted|authori[sz]ed|certified|designed|built|able|rated|approved|meant)\s+"
    r"to\s+(?:carry|hold|take|seat)\s+$|\bcapacity\s+(?:of|for)\s+$",
    re.I,
)
# Increments are not totals: "nine more bodies", "another six", "a further 12 people".
MORE_AFTER = re.compile(r"\s+(?:more|additional|further|extra|new)\s+[a-z]", re.I)
ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.I)
ANOTHER_ENDS = ("another", "further", "additional", "extra")  # what ANOTHER_BEFORE's match ends with


def after_another(before: str) -> bool:
    """``before`` (the text before a figure) ends with "another", "a further", ...: an increment."""
    return may_end_with(before, ANOTHER_ENDS) and ANOTHER_BEFORE.search(before) is not None


# The rest of a group already counted is not the group: "the other two suspects", "its other three
# engines" (pool 5: the suspects whose pleas were not given, beside the four charged). "12 others were
# hurt" (no determiner) is left alone: it is how a toll of injured beside the dead is often written.
OTHER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|all)\s+other\s+$", re.I)
# The old value of a change: "down to 72 from the 80 given on Sunday", "to 9.8% in May from 11.2%".
FROM_OLD = re.compile(r"\bto\s+\S*\d[^;:!?]{0,80}\bfrom\s+(?:the\s+)?$", re.I)

# "about two kilometres from the shore", "30 miles off the coast", "5 km north of the town": a distance
# ("12km north of": news copy glues the abbreviation on); a conversion in brackets may stand between the
# unit and the word after it ("25 miles (40 km) from").
DISTANCE_AFTER = re.compile(
    r"(?:\s+|(?=km\b))(kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)(?:\s*\([^()]{1,30}\))?(?:\s+(?:\w+\s+)?(?:from|off|away|outside|offshore|inland)"
    r"|\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b",
    re.I,
)


def length_unit(word: str) -> str:
    """ "kilometres" -> km, "mile" -> miles, "meters" -> metres."""
    w = word.lower()
    return "km" if w == "km" or w.startswith("kilo") else "miles" if w.startswith("mile") else "metres"


@dataclass(frozen=True)
class Counted:
    """What a figure counts: the claim attribute, its unit, whose count it is, and whether it changes."""

    attribute: str
    unit: str
    subject: str = "event"  # "participants" | "event" | "candidate"
    casualty: bool = False
    ordinal_only: bool = False


@dataclass(frozen=True)
class VoteShare:
    """Cues of a vote share: "54% of the vote", "took 45.7 percent" (see ``vote_share`` in the data)."""

    of_nouns: frozenset[str]
    verb_before: re.Pattern[str]
    context: re.Pattern[str]
    heads: frozenset[str]
    context_verbs: frozenset[str]  # verbs that read a share only in a sentence on a vote ("with", "had")


@dataclass(frozen=True)
class Lexicon:
    nouns: dict[str, Counted]  # noun form right after a figure
    people: frozenset[str]
    auxiliaries: frozenset[str]
    cues_after: tuple[tuple[str, Counted], ...]  # longest first
    # The same cues by their leading letters (see leading_letters), in the same order, and the longest.
    cues_by_lead: dict[str, tuple[tuple[str, Counted], ...]]
    longest_cue: int
    cue_before: re.Pattern[str]
    cue_before_map: dict[str, Counted]
    head_before: re.Pattern[str]
    head_map: dict[str, Counted]
    # What a match of cue_before and of head_before ends with (see limits.may_end_with).
    cue_before_ends: tuple[str, ...]
    head_before_ends: tuple[str, ...]
    time_units: dict[str, str]
    compound_units: dict[str, str]
    dimensions: dict[str, str]
    interactions: frozenset[str]
    documents: dict[str, str]
    document_units: dict[str, str]
    money_heads: frozenset[str]
    percent_heads: frozenset[str]
    qualifiers: dict[str, str]
    qualifier_fillers: frozenset[str]
    event_nouns: frozenset[str]
    shocks: dict[str, str]
    vote_share: VoteShare
    measure_units: frozenset[str]
    funding_before: re.Pattern[str]
    money_synonyms: dict[str, str]  # money head -> the thing it names ("move" -> fee)
    transaction_before: re.Pattern[str]  # "signed X from Y for " before an amount
    value_before: re.Pattern[str]  # "worth ", "valued at " right before an amount
    duration_synonyms: dict[str, str]  # "deal" -> contract in "a five-year deal"
    hour_heads: frozenset[str]  # events whose length is counted in hours ("a three-day strike" -> 72 hours)
    scored: dict[str, str]  # "goals" -> goals: a player's tally, named by its competition


def leading_letters(text: str) -> str:
    """The letters ``text`` starts with (up to its first character that is not ``str.isalpha``): a cue
    phrase that ``text`` starts with, followed by no letter, starts with the same letters."""
    for i, ch in enumerate(text):
        if not ch.isalpha():
            return text[:i]
    return text


def alternation(phrases: Iterable[str]) -> str:
    """:func:`_alternation` of ``phrases`` (cached: several callers build one per figure)."""
    return _alternation(frozenset(phrases))


# Sentences (and patterns) whose "does the sentence mention X" answer is kept: asked once per figure.
_MENTION_CACHE_SIZE = 8192


@lru_cache(maxsize=_MENTION_CACHE_SIZE)
def mentions(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs anywhere in ``text`` (a sentence), computed once per sentence and
    pattern rather than once per figure (which made the cost quadratic in the sentence length)."""
    return pattern.search(text) is not None


@lru_cache(maxsize=256)
def _alternation(phrases: frozenset[str]) -> str:
    """A regex alternation of ``phrases`` that prefers the longest (so "death toll" wins over "toll").

    Written as a trie ("to(?:tal|ll)" rather than "total|toll"): the regex engine then tries a handful of
    first letters at each position instead of every phrase of a lexicon, which kept look-behind patterns
    over thousands of phrases from dominating the cost of a sentence. Matches what the flat alternation
    sorted longest first matches, and prefers the same phrase."""
    return trie_alternation(phrases)


def _count_heads(raw: Any, casualty: Any, counted: Counted) -> dict[str, Counted]:
    """ "number of people killed", "count of displaced", "tally of dead": head phrases of a casualty figure."""
    heads: dict[str, Counted] = {}
    words = [w for w in [*casualty["nouns"], *casualty["after"]] if " " not in w]
    for lead in raw["count_heads"]:
        for w in words:
            heads[f"{lead} {w}"] = counted
            heads.update({f"{lead} {p} {w}": counted for p in raw["count_head_people"]})
    return heads


def _vote_share(raw: Any) -> VoteShare:
    return VoteShare(
        of_nouns=frozenset(raw["of_nouns"]),
        verb_before=re.compile(rf"\b({alternation(raw['verbs'])})\s+$", re.I),
        context=re.compile(rf"\b(?:{alternation(raw['context'])})\b", re.I),
        heads=frozenset(raw["heads"]),
        context_verbs=frozenset(raw["context_verbs"]),
    )


@cache
def counted_lexicon() -> Lexicon:
    """The lexicon of ``data/counted_nouns.json``, compiled once."""
    raw = load_data("counted_nouns.json")
    nouns: dict[str, Counted] = {}
    cues_after: list[tuple[str, Counted]] = []
    cue_before: dict[str, Counted] = {}
    heads: dict[str, Counted] = {}
    for c in raw["counted"]:
        changes = c.get("changes", False)  # a count that moves as news comes in
        counted = Counted(c["attribute"], c["unit"], c.get("subject", "event"), changes, c.get("ordinal_only", False))
        nouns.update(dict.fromkeys(c["nouns"], counted))
    for c in raw["casualties"]:
        counted = Counted(c["attribute"], c["unit"], "event", c.get("changes", True))
        nouns.update(dict.fromkeys(c["nouns"], counted))
        cues_after += [(p, counted) for p in c["after"]]
        cue_before.update(dict.fromkeys(c["before"], counted))
        heads.update(dict.fromkeys(c["heads"], counted))
        for head, value in _count_heads(raw, c, counted).items():
            heads.setdefault(head, value)
    for head, attribute in raw["value_heads"].items():
        heads.setdefault(head, Counted(attribute, attribute))
    for head, (attribute, unit) in raw["changing_heads"].items():
        heads.setdefault(head, Counted(attribute, unit, "event", True))
    links = alternation(raw["link_words"])
    ordered = sorted(cues_after, key=lambda pc: -len(pc[0]))
    leads = {leading_letters(p) for p, _c in ordered}
    return Lexicon(
        nouns=nouns,
        people=frozenset(raw["people_nouns"]),
        auxiliaries=frozenset(raw["auxiliaries"]),
        cues_after=tuple(ordered),
        cues_by_lead={lead: tuple(pc for pc in ordered if leading_letters(pc[0]) == lead) for lead in leads},
        longest_cue=max((len(p) for p, _c in ordered), default=0),
        cue_before=re.compile(rf"\b({alternation(cue_before)})\s+$", re.I),
        cue_before_map={k.lower(): v for k, v in cue_before.items()},
        head_before=re.compile(
            rf"\b({alternation(heads)})\b(?:\s+[A-Za-z'’-]+){{0,{MAX_HEAD_GAP}}}?\s+(?:{links})\s+$", re.I
        ),
        head_map={k.lower(): v for k, v in heads.items()},
        cue_before_ends=tuple(sorted({k.lower() for k in cue_before})),
        head_before_ends=tuple(sorted({w.lower() for w in raw["link_words"]})),
        time_units=raw["time_units"],
        compound_units=raw["compound_units"],
        dimensions=raw["measure_dimensions"],
        interactions=frozenset(raw["interaction_nouns"]),
        documents=raw["documents"],
        document_units=raw["document_units"],
        money_heads=frozenset(h.lower() for h in raw["money_heads"]),
        percent_heads=frozenset(h.lower() for h in raw["percent_heads"]),
        qualifiers={k.lower(): v for k, v in raw["qualifiers"].items()},
        qualifier_fillers=frozenset(raw["qualifier_fillers"]),
        event_nouns=frozenset(raw["event_nouns"]),
        shocks=raw["shocks"],
        vote_share=_vote_share(raw["vote_share"]),
        measure_units=frozenset(raw["measure_units"]),
        funding_before=re.compile(
            rf"\b(?:{alternation(raw['funding_verbs'])})\s+(?:(?:a|an|the)\s+)?"
            r"(?:(?:first|initial|further|additional|extra|new|total\s+of)\s+)?$",
            re.I,
        ),
        money_synonyms=raw["money_synonyms"],
        transaction_before=re.compile(
            rf"\b(?:{alternation(raw['transaction_verbs'])})\b[^,;:.!?]*\bfor\s+(?:a\s+reported\s+|an?\s+)?$", re.I
        ),
        value_before=re.compile(rf"\b(?:{alternation(raw['value_before'])})\s+$", re.I),
        duration_synonyms=raw["duration_synonyms"],
        hour_heads=frozenset(raw["hour_heads"]),
        scored=raw["scored_nouns"],
    )
