"""Amounts rationed per person: "160 litres per person a day", "180 litres a head", "2 kg of rice per capita".

A helper of :mod:`factcheck.extract.quantities.rules`: it registers no extractor.

What: a figure with a unit of volume or mass, followed by "per person" / "a head" / "per capita" /
"per resident", is the amount each person gets -> attribute "amount per person (<unit>)".
Why: such figures (water allowances, food rations) are what sources quote and disagree on, and with no
counted noun they would otherwise yield no claim (a unit after a figure is a measurement, not a count).
Example: "households will be limited to 160 litres per person a day" -> "amount per person (litres)", 160.
"""

from __future__ import annotations

import re

from factcheck.limits import text_before

__all__ = ["covered_people", "per_person", "spaced_measure"]

# Units of volume and mass, and the name each gets in the attribute.
_UNITS = {
    "litre": "litres", "litres": "litres", "liter": "litres", "liters": "litres", "l": "litres",
    "kilogram": "kg", "kilograms": "kg", "kg": "kg", "kilo": "kg", "kilos": "kg",
    "gram": "g", "grams": "g", "g": "g",
    "cubic metre": "m³", "cubic metres": "m³", "cubic meter": "m³", "cubic meters": "m³", "m3": "m³", "m³": "m³",
    "gallon": "gallons", "gallons": "gallons",
}  # fmt: skip
_UNIT_ALT = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(_UNITS, key=len, reverse=True))
# The unit, an optional "of <thing>" (at most two words), then a per-person phrase.
_PER_PERSON = re.compile(
    rf"\s*({_UNIT_ALT})\b(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:per|a|an|each|for\s+each)\s+(?:person|head|capita|resident|inhabitant|household)\b",
    re.I,
)


def per_person(text: str, end: int) -> tuple[str, str, int] | None:
    """(attribute, unit, end of the phrase) for an amount per person right after a figure ending at ``end``."""
    found = _PER_PERSON.match(text, end)
    if found is None:
        return None
    unit = _UNITS[" ".join(found.group(1).lower().split())]
    per = found.group(0).lower().split()[-1]
    whom = "household" if per == "household" else "person"
    return f"amount per {whom} ({unit})", unit, found.end()


# "a 520 km orbit", "a 4,300 km border": an article, the figure, a spaced unit, the noun it measures.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$", re.I)
_UNIT_THEN_NOUN = re.compile(r"\s+([A-Za-z]+)\s+([a-z]+)\b")
# "an orbit 520 kilometres above the Earth", "a wall 12 metres high": the noun before, a position word after.
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+([a-z]+)\s+$", re.I)
_UNIT_THEN_POSITION = re.compile(r"\s+([A-Za-z]+)\s+(?:above|below|high|long|deep|wide|tall)\b")
# Words after a spaced unit that are no noun it measures: "a 5 km walk from", "a 10 km stretch of" stay.
_NOT_HEAD = frozenset(
    ["of", "and", "or", "from", "to", "in", "on", "at", "away", "per", "a", "an", "the", "above", "below", "north",
     "south", "east", "west", "long", "high", "deep", "wide", "tall", "off", "further", "more", "less", "each"]
)  # fmt: skip


def _unit_key(word: str, compound_units: dict[str, str]) -> str | None:
    w = word.lower()
    for key in (w, w[:-1] if w.endswith("s") else w):
        if key in compound_units:
            return compound_units[key]
    return None


def spaced_measure(
    text: str, start: int, end: int, compound_units: dict[str, str], dimensions: dict[str, str]
) -> tuple[str, str, int] | None:
    """(attribute, unit, end) of a measurement written with a spaced unit that names what it measures, in
    the attribute a hyphenated compound gets ("a 520 km orbit" = "a 520-km orbit" -> "length of orbit in
    km"), for the figure at ``start``..``end``."""
    before = text_before(text, start)
    after = _UNIT_THEN_NOUN.match(text, end)
    # The unit is looked up before the article is searched for (a search tries every position of the window).
    units = _unit_key(after.group(1), compound_units) if after is not None and after.group(2) not in _NOT_HEAD else None
    if after is not None and units is not None and units in dimensions and _ARTICLE_BEFORE.search(before):
        return f"{dimensions[units]} of {after.group(2)} in {units}", units, after.end()
    position = _UNIT_THEN_POSITION.match(text, end)
    noun = _NOUN_BEFORE.search(before) if position is not None else None  # searched only when needed
    if noun is not None and position is not None and noun.group(1).lower() not in _NOT_HEAD:
        units = _unit_key(position.group(1), compound_units)
        if units is not None and units in dimensions:
            return f"{dimensions[units]} of {noun.group(1).lower()} in {units}", units, position.end(1)
    return None


# "home to 6 million people", "affecting 40,000 people": the people a measure or an event covers.
_COVER_BEFORE = re.compile(
    r"\b(?:home\s+to|affecting|covering|serving)\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$",
    re.I,
)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$", re.I)
# "for N people" covers them only for a population-sized figure: "a table for 12 people" is a capacity.
MIN_COVERED_FOR = 10_000


# "Eastland is home to 90,000 people", "Pell Island, home to about 40 people": a named place's population,
# how many live there, not how many a measure or an event covers ("the order covers towns home to ...").
_POPULATION_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were)|\b[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?,)\s+home\s+to\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$"
)


def covered_people(text: str, start: int, value: float) -> bool:
    """The generic people counted are those a measure or an event covers ("home to", "for 6 million")."""
    before = text_before(text, start)
    if _POPULATION_BEFORE.search(before):
        return False
    return bool(_COVER_BEFORE.search(before)) or (value >= MIN_COVERED_FOR and bool(_FOR_BEFORE.search(before)))
