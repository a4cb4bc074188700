"""Amounts rationed per person: "160 litres per person a day", "180 litres a head", "2 kg of rice per capita".

A helper of :mod:`factcheck.extract.quantity_rules`: it registers no extractor.

What: a figure with a unit of volume or mass, followed by "per person" / "a head" / "per capita" /
"per resident", is the amount each person gets -> attribute "amount per person (<unit>)".
Why: such figures (water allowances, food rations) are what sources quote and disagree on, and with no
counted noun they would otherwise yield no claim (a unit after a figure is a measurement, not a count).
Example: "households will be limited to 160 litres per person a day" -> "amount per person (litres)", 160.
"""

from __future__ import annotations

import re

__all__ = ["per_person"]

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
