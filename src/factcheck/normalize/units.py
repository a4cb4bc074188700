"""Units of measurement: one canonical unit per dimension, so that figures written in different units
meet and are compared ("25 miles" and "40 km" are one distance).

What: a figure whose unit is in :data:`UNITS` is keyed by its dimension's canonical unit (the attribute
"distance (miles)" becomes "distance (km)"); its interval (``Normalized.low``/``high``) is converted to
that unit, while the value, the display and ``Normalized.unit`` keep the unit as written, and the key
keeps the written figure with its unit ("25 miles"), so that figures in two units are never one key.

Comparing: two figures written in the same unit are compared as written (:func:`as_written`); figures
written in two units agree when the intervals they stand for overlap once converted
(:func:`compare_interval`): a figure stands for what rounds to it as written ("25 miles" is 24.5 to 25.5
miles), united with the interval of its hedge ("about 40 km").

Why: conversions are printed rounded ("25 miles (40 km)", "31,000 feet (9,450 metres)"), so exact
equality never holds across units, and the attribute with the unit in it kept such figures apart.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.models import Normalized

__all__ = [
    "ROUNDING_MAX_SHARE",
    "UNITS",
    "Unit",
    "as_written",
    "canonical_attribute",
    "canonical_figure",
    "canonical_unit",
    "compare_interval",
    "same_dimension",
    "to_canonical",
    "written_half_step",
]


@dataclass(frozen=True)
class Unit:
    """A unit's dimension and its size in the dimension's base unit, as an interval when the name is
    ambiguous ("tons": a short ton to a long ton, the metric tonne between them; "gallons": US to
    imperial); ``offset`` is added before scaling (degrees Fahrenheit)."""

    dimension: str
    low: float
    high: float
    offset: float = 0.0


def _unit(dimension: str, size: float, high: float | None = None, offset: float = 0.0) -> Unit:
    return Unit(dimension, size, size if high is None else high, offset)


# Unit names as the extractors write them in attributes and ``Normalized.unit``; sizes in the
# dimension's base unit (metres, km/h, hectares, °C, kg, litres).
UNITS: dict[str, Unit] = {
    "metres": _unit("length", 1.0),
    "km": _unit("length", 1000.0),
    "miles": _unit("length", 1609.344),
    "feet": _unit("length", 0.3048),
    "km/h": _unit("speed", 1.0),
    "mph": _unit("speed", 1.609344),
    "knots": _unit("speed", 1.852),
    "hectares": _unit("area", 1.0),
    "acres": _unit("area", 0.40468564224),
    "km²": _unit("area", 100.0),
    "sq miles": _unit("area", 258.9988110336),
    "°C": _unit("temperature", 1.0),
    "°F": _unit("temperature", 5 / 9, offset=-32.0),
    "kg": _unit("mass", 1.0),
    "g": _unit("mass", 0.001),
    "tonnes": _unit("mass", 1000.0),
    "tons": _unit("mass", 907.18474, 1016.0469088),
    "litres": _unit("volume", 1.0),
    "gallons": _unit("volume", 3.785411784, 4.54609),
    "m³": _unit("volume", 1000.0),
}
# The canonical unit of each dimension: the unit most attributes were already written in, so that
# their names stay as they were (an area burned is in hectares, a length in metres).
_CANONICAL = {
    "length": "metres",
    "speed": "km/h",
    "area": "hectares",
    "temperature": "°C",
    "mass": "kg",
    "volume": "litres",
}
# A distance between two places is told in kilometres, not metres ("distance (km)").
_DISTANCE_UNIT = "km"

# A figure written with trailing zeros ("40 km", "100 mph", "31,000 feet") may be rounded to its last
# non-zero digit, but is read as rounded by at most this share of itself: conversions printed in news are
# rounded to two significant figures ("50 km (30 miles)", "100 mph (160 km/h)"), whose coarsest step is
# a tenth of the figure at the bottom of a decade, so half a step is at most 5%; without the cap "100
# mph" would cover 50 to 150 mph and agree with almost any speed.
ROUNDING_MAX_SHARE = 0.05
_NUMBER = re.compile(r"^-?\d+(?:\.(\d+))?")


def canonical_unit(attribute: str, unit: str) -> str | None:
    """The canonical unit of ``unit``'s dimension for a figure of ``attribute``; None for a unit outside
    :data:`UNITS`."""
    known = UNITS.get(unit)
    if known is None:
        return None
    if known.dimension == "length" and attribute.startswith("distance"):
        return _DISTANCE_UNIT
    return _CANONICAL[known.dimension]


def same_dimension(a: str | None, b: str | None) -> bool:
    """Two units of one dimension in :data:`UNITS` (convertible into each other)."""
    ua, ub = UNITS.get(a or ""), UNITS.get(b or "")
    return ua is not None and ub is not None and ua.dimension == ub.dimension


def canonical_attribute(attribute: str, unit: str | None) -> str:
    """``attribute`` with its unit ("speed (mph)", "length of orbit in miles") replaced by the
    canonical unit of its dimension; unchanged when it names no unit of :data:`UNITS`."""
    target = canonical_unit(attribute, unit or "")
    if unit is None or target is None or target == unit:
        return attribute
    for written, canonical in ((f"({unit})", f"({target})"), (f" in {unit}", f" in {target}")):
        if attribute.endswith(written):
            return attribute[: -len(written)] + canonical
    return attribute


def _convert(x: float, unit: Unit, target: Unit, high: bool) -> float:
    """``x`` in ``unit`` converted to ``target``; the high (``high``) or low end of an ambiguous size."""
    size = unit.high if high else unit.low
    return round((x + unit.offset) * size / target.low - target.offset, 9)


def _convert_back(x: float, unit: Unit, target: Unit, high: bool) -> float:
    size = unit.high if high else unit.low
    return round((x + target.offset) * target.low / size - unit.offset, 9)


def to_canonical(low: float | None, high: float | None, unit: str, canonical: str) -> tuple[float | None, float | None]:
    """The interval ``[low, high]`` in ``unit`` converted to ``canonical`` (open ends stay open)."""
    u, c = UNITS[unit], UNITS[canonical]
    return (
        None if low is None else _convert(low, u, c, high=False),
        None if high is None else _convert(high, u, c, high=True),
    )


def canonical_figure(attribute: str, n: Normalized) -> tuple[str, Normalized]:
    """The attribute and normalized form of a figure keyed by its dimension's canonical unit: the
    interval converted, the key the written figure with its unit ("25 miles"). A figure in the canonical
    unit, or in no unit of :data:`UNITS`, is unchanged."""
    unit = n.unit
    target = canonical_unit(attribute, unit or "")
    renamed = canonical_attribute(attribute, unit)
    if unit is None or target is None or target == unit or renamed == attribute:
        return attribute, n
    value = _number(n.key)
    low, high = (n.low, n.high) if n.low is not None or n.high is not None else (value, value)
    low, high = to_canonical(low, high, unit, target)
    # The display names the unit written once the attribute names another ("193 km" under "length (metres)").
    display = n.display if unit.lower() in n.display.lower() else f"{n.display} {unit}"
    return renamed, n.model_copy(update={"key": f"{n.key} {unit}", "display": display, "low": low, "high": high})


def _number(key: str) -> float | None:
    m = _NUMBER.match(key)
    return float(m.group(0)) if m else None


def as_written(n: Normalized, canonical: str) -> Normalized:
    """A converted figure (key "25 miles") back in the unit it was written in, key a plain number, so
    that two figures written in one unit are compared exactly as before units were converted."""
    unit = n.unit
    if unit is None or unit not in UNITS or not n.key.endswith(f" {unit}") or unit == canonical:
        return n
    u, c = UNITS[unit], UNITS[canonical]
    low = None if n.low is None else _convert_back(n.low, u, c, high=False)
    high = None if n.high is None else _convert_back(n.high, u, c, high=True)
    return n.model_copy(update={"key": n.key.removesuffix(f" {unit}"), "low": low, "high": high})


def written_half_step(key: str) -> float:
    """Half the rounding step of a figure as written ("25" -> 0.5, "5.2" -> 0.05, "31000" -> 500, "100"
    -> 5: trailing zeros capped at :data:`ROUNDING_MAX_SHARE`); 0 when the key is no plain figure."""
    m = _NUMBER.match(key)
    if m is None:
        return 0.0
    if m.group(1) is not None:
        return 0.5 * 10.0 ** -len(m.group(1))
    digits = m.group(0).lstrip("-")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    if zeros == 0:
        return 0.5
    return max(0.5, min(0.5 * 10.0**zeros, ROUNDING_MAX_SHARE * abs(float(digits))))


def compare_interval(n: Normalized, canonical: str) -> tuple[float, float]:
    """The interval a figure stands for in ``canonical``: what rounds to it as written, united with its
    hedge's interval (open ends are infinite)."""
    written = as_written(n, canonical)
    unit = n.unit if n.unit in UNITS else canonical
    value = _number(written.key)
    half = written_half_step(written.key)
    low = written.low if written.low is not None or written.high is not None else value
    high = written.high if written.low is not None or written.high is not None else value
    if value is not None:
        low = None if low is None else min(low, value - half)
        high = None if high is None else max(high, value + half)
    c_low, c_high = to_canonical(low, high, unit or canonical, canonical)
    return (-math.inf if c_low is None else c_low, math.inf if c_high is None else c_high)
