"""A claim's value as a tagged union: one model per kind of value, told apart by ``kind``.

:class:`~factcheck.models.Normalized` is one record with a dozen optional fields, of which each kind of
claim fills a few (numbers their interval and unit, places their containment chain, titles their role).
:data:`Value` says which: a :class:`NumberValue`, :class:`DateValue`, :class:`InstantValue` (a clock
time, compared in UTC), :class:`PlaceValue`, :class:`PersonValue`, :class:`TitleValue`,
:class:`QuoteValue` or :class:`LabelValue`, each with only the fields that kind has. It is a view
derived from the claim (``claim.typed_value``, :func:`value_of`): the claim records keep their format
(``normalized`` is what is written and read), so claim files of format 1.0 need no change.

Example: a claim compared as a number with ``normalized`` ``{"key": "43", "low": 43, "high": 43,
"unit": "people"}`` has the typed value ``NumberValue(kind="number", key="43", low=43.0, high=43.0,
unit="people", ...)``; ``VALUE_ADAPTER.validate_python({"kind": "number", ...})`` reads it back.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, assert_never

from pydantic import Field, TypeAdapter

from factcheck.models import Claim, CompareAs, Frozen
from factcheck.normalize.units import as_written, canonical_unit

__all__ = [
    "VALUE_ADAPTER",
    "DateValue",
    "InstantValue",
    "LabelValue",
    "NumberValue",
    "PersonValue",
    "PlaceValue",
    "QuoteValue",
    "TitleValue",
    "Value",
    "value_of",
]

# How the event-time extractor writes the unit of a clock time: minutes after midnight UTC, then how the
# local time was read in parentheses ("minutes after 00:00 UTC (Europe/Paris, UTC+01:00)").
_UTC_MINUTES = "minutes after 00:00 UTC"


class _Value(Frozen):
    key: str = Field(description="Comparison key: equal keys are the same value.")
    display: str = Field(description="The value as shown to an editor.")


class NumberValue(_Value):
    """A figure: the interval the text commits to ("more than 40" is [40, open)) and its unit."""

    kind: Literal["number"] = "number"
    low: float | None = Field(default=None, description="Lower bound (None: open).")
    high: float | None = Field(default=None, description="Upper bound (None: open).")
    unit: str | None = None
    revised: bool = Field(default=False, description="The text says this figure was revised.")


class DateValue(_Value):
    """A day: resolved against the publication date, or only as written ("Thursday") when it cannot be."""

    kind: Literal["date"] = "date"
    date: dt.date | None = Field(default=None, description="The day; None when it could not be resolved.")


class InstantValue(_Value):
    """A clock time, compared as the minutes after midnight UTC it may stand for."""

    kind: Literal["instant"] = "instant"
    earliest_utc_minute: float | None = Field(default=None, description="Earliest reading, minutes after 00:00 UTC.")
    latest_utc_minute: float | None = Field(default=None, description="Latest reading (daylight saving unknown).")
    reading: str | None = Field(default=None, description="How the local time was read (its zone).")


class PlaceValue(_Value):
    """A place, with its containment chain (country, city, venue: outermost first)."""

    kind: Literal["place"] = "place"
    path: tuple[str, ...] = ()
    entity: str | None = Field(default=None, description="Canonical id of a known place.")


class PersonValue(_Value):
    """The spelling of a person's name, and the known person it names (if any)."""

    kind: Literal["person"] = "person"
    entity: str | None = Field(default=None, description="Id of the known person.")
    variant: Literal["canonical", "transliteration", "misspelling", "unknown"] | None = None


class TitleValue(_Value):
    """A title or nationality given to a person: the role and the country or body it is of."""

    kind: Literal["title"] = "title"
    role: str | None = Field(default=None, description="The role without its qualifier ('President').")
    qualifier: str | None = Field(default=None, description="The country or body of the role.")
    holder: str | None = Field(default=None, description="Id of the known person who holds it.")


class QuoteValue(_Value):
    """Words quoted and attributed to a speaker."""

    kind: Literal["quote"] = "quote"
    speaker: str | None = Field(default=None, description="Id of the known person quoted.")


class LabelValue(_Value):
    """A short quoted phrase nobody is said to have spoken, labelling a relationship ("no limits"), or a
    game's score ("25-22 won by hawks"): a value compared by its key alone."""

    kind: Literal["label"] = "label"


Value = Annotated[
    NumberValue | DateValue | InstantValue | PlaceValue | PersonValue | TitleValue | QuoteValue | LabelValue,
    Field(discriminator="kind"),
]
# Validates and serializes a Value (JSON Schema: ``VALUE_ADAPTER.json_schema()``).
VALUE_ADAPTER: TypeAdapter[Value] = TypeAdapter(Value)


def _reading(unit: str | None) -> str | None:
    if unit is None or not unit.startswith(_UTC_MINUTES):
        return unit
    rest = unit.removeprefix(_UTC_MINUTES).strip()
    return rest.removeprefix("(").removesuffix(")") or None


def value_of(claim: Claim) -> Value:
    """The typed value of a claim, by how it is compared (see :class:`~factcheck.models.CompareAs`)."""
    n = claim.normalized
    base = {"key": n.key, "display": n.display}
    match claim.compare_as:
        case CompareAs.NUMBER:
            # A figure converted to its dimension's canonical unit is typed in the unit it was written in.
            canonical = canonical_unit(claim.attribute, n.unit or "")
            w = as_written(n, canonical) if canonical is not None else n
            return NumberValue(**base, low=w.low, high=w.high, unit=n.unit, revised=n.revised)
        case CompareAs.DATE:
            return DateValue(**base, date=n.date)
        case CompareAs.TIME:
            return InstantValue(**base, earliest_utc_minute=n.low, latest_utc_minute=n.high, reading=_reading(n.unit))
        case CompareAs.PLACE:
            return PlaceValue(**base, path=n.place_path, entity=n.entity)
        case CompareAs.NAME:
            return PersonValue(**base, entity=n.entity, variant=n.variant)
        case CompareAs.TEXT:
            return TitleValue(**base, role=n.base, qualifier=n.qualifier, holder=n.entity)
        case CompareAs.QUOTE:
            return QuoteValue(**base, speaker=n.entity)
        case CompareAs.LABEL | CompareAs.SCORE:
            return LabelValue(**base)
        case _:
            assert_never(claim.compare_as)
