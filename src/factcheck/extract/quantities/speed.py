"""Speeds: "travelling at 87 km/h" is the speed of the event's vehicle, "a 50 km/h limit" a speed limit.

A helper of :mod:`factcheck.extract.quantities.rules`: it registers no extractor. A figure followed by a
speed unit is a speed in that unit; it is a speed limit when a limit word stands next to it ("the limit
is 50 km/h", "limited to 50 km/h", "a 50 km/h limit", "through 50 km/h points": a speed used as an
adjective rates the place), and no claim when it is a change ("drops by more than 30 km/h").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.quantities.lexicon import Counted
from factcheck.limits import text_before
from factcheck.normalize.numbers import NumberMatch
from factcheck.parse import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["speed", "speed_owner"]

# Unit spellings -> the unit of the claim.
_UNITS = {"km/h": "km/h", "kph": "km/h", "kmh": "km/h", "km/hr": "km/h", "mph": "mph", "knots": "knots"}
_UNIT_AFTER = re.compile(
    r"\s?(km/h|km/hr|kph|kmh|mph|knots|(?:kilomet(?:re|er)s?|miles)\s+(?:per|an)\s+hour)\b(?!/)", re.I
)
# A limit named before the figure: "the limit is", "limited to", "a speed limit of", "restricted to".
_LIMIT_BEFORE = re.compile(
    r"\b(?:limit(?:s|ed)?|restrict(?:ed|ion)|maximum|max)\b(?:\s+(?:is|was|of|to|at|were|are|set\s+at)){1,2}\s+$", re.I
)
# Words of a change, not a level: "drops by 30 km/h", "up 10 mph".
_CHANGE_BEFORE = re.compile(r"\b(?:by|up|down)\s+(?:more\s+than\s+|about\s+|some\s+|almost\s+)?$", re.I)
# Nouns a speed rates when it stands before them as an adjective: "a 50 km/h limit", "50 km/h points".
_RATED_AFTER = re.compile(
    r"\s+(?:speed\s+)?(?:limits?|zones?|sections?|points|curves?|bends?|turnouts?|junctions?|roads?|stretch"
    r"|signs?|restrictions?|crossings?)\b",
    re.I,
)
# A conversion in brackets between a speed and the noun it rates: "a 50 km/h (31 mph) limit".
_CONVERSION_AFTER = re.compile(r"\s*\([^()]{1,30}\)")
# A wind named just before the figure: "winds of 120 km/h", "gusts reaching 90 mph".
_WIND_BEFORE = re.compile(r"\b(?:winds?|gusts?)\b[^,;.]{0,25}$", re.I)


def speed(text: str, m: NumberMatch) -> tuple[Counted, int] | None:
    """(counted, end) of a speed or speed limit at ``m``, None when no speed unit follows or it is a change."""
    if m.ordinal or m.unit is not None:
        return None
    u = _UNIT_AFTER.match(text, m.end)
    if u is None:
        return None
    word = u.group(1).lower()
    unit = _UNITS.get(word, "mph" if word.startswith("mile") else "km/h")
    before = text_before(text, m.start)
    if _CHANGE_BEFORE.search(before):
        return Counted("", unit), u.end()
    rated_at = c.end() if (c := _CONVERSION_AFTER.match(text, u.end())) else u.end()
    if _RATED_AFTER.match(text, rated_at) or _LIMIT_BEFORE.search(before):
        return Counted(f"speed limit ({unit})", unit), u.end()
    wind = _WIND_BEFORE.search(before)
    what = "speed" if wind is None else _wind_kind(re.findall(r"(?i)\b(?:wind|gust)", wind.group(0))[-1])
    return Counted(f"{what} ({unit})", unit), u.end()


def _wind_kind(word: str) -> str:
    """A gust is a wind's peak over seconds, not its sustained speed: "gusts of up to 80 mph" and "winds of
    195 mph" are two facts (``wind gust`` and ``wind speed``)."""
    return "wind gust" if word.lower().startswith("gust") else "wind speed"


# What a speed measures, read from the parse when the words just before it name no wind: a wind noun it
# is the value of ("maximum windspeeds were estimated at 195 mph", "an 82 mph wind gust", "winds of 165
# mph"). A speed of anything else stays "speed": "the storm moved through the towns at 70 mph" is how fast
# the storm travels, never its wind speed, and the two must not be compared.
_WIND_WORDS = ("wind", "gust")


def _windy(noun: Token) -> bool:
    words = [lemma(noun).lower(), *(lemma(c).lower() for c in noun.children if c.dep_ == "compound")]
    return any(w.startswith(_WIND_WORDS) for w in words)


def _wind(noun: Token) -> str | None:
    """ "wind gust" for a gust ("an 82 mph wind gust"), "wind speed" for another wind noun, else None."""
    return _wind_kind(lemma(noun)) if _windy(noun) else None


def speed_owner(span: Span) -> str | None:
    """ "wind speed" (or "wind gust") when the parse says the speed whose figure and unit are ``span`` is a
    wind's; else None."""
    unit = span.root
    if unit.dep_ in ("compound", "nmod", "amod") and unit.head.pos_ == "NOUN":
        return _wind(unit.head)  # "an 82 mph wind gust"
    if unit.dep_ != "pobj":
        return None
    governor = unit.head.head
    if governor.pos_ == "NOUN":
        return _wind(governor)  # "winds of 165 mph"
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and governor.dep_ in ("acl", "relcl") and governor.head.pos_ == "NOUN":
        subject = governor.head  # "with maximum windspeeds estimated at 195 mph"
    return _wind(subject) if subject is not None else None  # "windspeeds were estimated at"
