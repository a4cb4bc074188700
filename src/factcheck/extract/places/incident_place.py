"""Where an accident or disaster happened: "capsized off X", "the fire started near the village of Y".

What: ``incident-place.v1`` — in a sentence about an incident (an accident, fire, flood, quake: a
typed event word that is not a meeting), the place governed by a strong place cue: "off X", "near X",
"(just) outside X", "close to X", "(2 km) from X", "(5 km) north of X", "the town|village|port of X".
The subject is the kind of incident; the attribute is "site" (a town near which it happened), kept
apart from the event-place extractor's "location" (a town or country it happened in); an event held at
a place (a strike, a protest: ``located_types``) has a "location".

Why: sources disagree on where a ferry sank or a fire started, and such places are often villages that
no city gazetteer lists (:data:`~factcheck.normalize.places.MIN_CITY_POPULATION`). A capitalized name
after a strong cue in an incident sentence is a place even when unknown (as for epicentres); a known
place keeps its containment, and an unknown one followed by "in <country>" is put in that country, so
"near Hoyos" and "near Villamiel" are a conflict while "off Karongi in Rwanda" agrees with "Rwanda".
Weak cues ("in X", "at X") are left to the event-place extractor, which only takes known places: "in"
governs far too many other things ("in Parliament", "in May"). A cue after a facility noun ("a command
post outside X", "the hospital near X") places the facility, not the incident; quoted words do not say
what the sentence is about. A place a long distance away ("380 km north of the capital", more than
:data:`FAR_REFERENCE_KM`) is where the distance is measured from, not the site. Nor does a place after a
verb of bringing or sheltering people ("survivors were taken to the port of X"): that is where they went,
not where it happened.

Example: "The ferry overturned two kilometres from the port of Lakeport." -> subject "accident",
location "Lakeport" (unknown place, confidence 0.8).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.analysis.events import PARTY_TYPES, event_type_of, unquoted
from factcheck.extract.base import ArticleContext
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.places import lookup_place, place_key
from factcheck.normalize.reference import country_by_word, load_data
from factcheck.segment import Sentence

__all__ = ["FAR_REFERENCE_KM", "IncidentPlaceExtractor", "destination", "far_reference"]

_LEX = load_data("event_words.json")
_VENUES = load_data("venues.json")
_INCIDENT_TYPES = frozenset(_LEX["types"]) - PARTY_TYPES
# Events held at a place (a strike at a terminal): its place is the event's "location", as for meetings.
_LOCATED_TYPES = frozenset(_LEX.get("located_types", []))
_INCIDENT_WORDS = sorted(
    {w for t in _INCIDENT_TYPES for w in _LEX["types"][t]} | set(_LEX["occurrence_verbs"]), key=len, reverse=True
)
_INCIDENT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _INCIDENT_WORDS) + r")\b")
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?"
_DISTANCE = r"(?:[\w.,-]+\s+){0,2}(?:km|kilometres|kilometers|miles|metres|meters|mi)\s+"
_SETTLEMENT = "|".join(_VENUES["settlement_nouns"])
_SITE_NOUNS = "|".join(_VENUES["site_nouns"])
_OCCURRENCE = "|".join(re.escape(w) for w in sorted(_LEX["occurrence_verbs"], key=len, reverse=True))
# A word of a place name: capitalized, or a lowercase connector inside one ("Sierra de Gata").
# Capital letters, also with diacritics ("Česká Třebová", "Łódź").
_UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper())
_CAP = rf"[{_UPPER}][\w'’-]+"
_NAME = rf"{_CAP}(?:\s+(?:(?:de|del|la|las|los|da|do|di|du|des|el|al)\s+)?{_CAP}){{0,2}}"
_CUE = re.compile(
    rf"\b(?:(?:just|right|shortly)\s+)?(?:off|near|outside|close\s+to|"
    rf"(?<!the\s)(?:{_DISTANCE})?{_DIRECTION}\s+of|{_DISTANCE}(?:from|off))\s+"
    rf"(?:the\s+(?:{_SETTLEMENT})\s+of\s+)?(?P<name>{_NAME})"
    rf"|\bthe\s+(?:{_SETTLEMENT})\s+of\s+(?P<name2>{_NAME})"
    # "derailed at Česká Třebová station", "on the approach to X station": a station, junction or
    # terminal named after its town places the incident in that town.
    rf"|\b(?:at|of|to|from)\s+(?P<name3>{_NAME})(?=\s+(?:[a-z]+\s+)?(?:{_SITE_NOUNS})\b)"
    # "the express derailed at X", "the ferry capsized in X": a place right after the occurrence verb.
    rf"|\b(?:{_OCCURRENCE})\s+(?:at|in)\s+(?P<name4>{_NAME})"
)
# "<place> in <Country>", "<place>, <Country>", "<place> in <Country>'s <region>": the containing country.
_IN_COUNTRY = re.compile(r"(?:\s+in\s+|,\s+)(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_FACILITY = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in _VENUES["facility_nouns"]) + r")\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
# A place this far (characters) from the nearest incident word is still that incident's place: about
# the length of a long news sentence (30 words), so the incident and its place share one sentence,
# e.g. "the ferry overturned on the lake on Sunday ..., after divers found more bodies near X".
INCIDENT_WINDOW = 180
# Unknown places are names only a cue vouches for: less sure than a gazetteer entry.
UNKNOWN_PLACE_CONFIDENCE = 0.8
_NOT_NAMES = frozenset(_VENUES["not_place_words"])
# A name ending in a venue noun ("near Harbour Hotel", "outside Central Station") names a building, not the
# town the incident happened near: it cannot be compared with another source's town.
_VENUE_NOUNS = frozenset(_VENUES["venue_nouns"])
# Where survivors or bodies were brought after the incident ("the survivors were taken to the port of X",
# "bodies were flown to X", "migrants sheltering at the port of X") is not where it happened: a verb of
# being moved or sheltered governs the place when no incident word comes between it and the place.
_DESTINATION = re.compile(
    r"\b(?i:taken|brought|flown|carried|transferred|transported|ferried|evacuated|airlifted|rushed|moved|towed|"
    r"sheltering|sheltered|taking\s+shelter|housed|hospitali[sz]ed|admitted|disembarked|unloaded)\b(?P<gap>[^.;!?]{0,60})$"
)
# A place more than this many kilometres away ("380 km north of the capital") is the point a distance is
# measured from, not a town the incident happened near: towns that news names as the site of a crash or
# fire lie within a few tens of kilometres ("5 km north of X", "30 km from X"), while a distance to the
# capital or the nearest big city runs to hundreds. 50 km sits between the two (about an hour's drive).
FAR_REFERENCE_KM = 50.0
_KM_PER_UNIT = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609344, "mi": 1.609344}
_MEASURED = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|miles|mi)\b")
# A possessor before a place name ("Poland's Gdansk container terminal") contains it; the name follows.
_POSSESSOR = re.compile(r"^.*['’]s\s+")


class IncidentPlaceExtractor:
    """The place of an accident or disaster (see module docstring)."""

    id = "incident-place.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            text = unquoted(sentence.text)
            incidents = [m.start() for m in _INCIDENT.finditer(text)]
            if not incidents:
                continue
            for m in _CUE.finditer(text):
                group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
                possessor = _POSSESSOR.match(m.group(group))  # "Poland's Gdansk": Gdansk
                skip = possessor.end() if possessor else 0
                name = _trim(m.group(group)[skip:])
                start = m.start(group) + skip
                absolute = sentence.start + start
                if name is None or name.endswith(("'s", "’s")) or _FACILITY.search(text, 0, m.start()):
                    continue
                if destination(text, m.start()):
                    continue
                if far_reference(m.group(0)):
                    continue  # "380 km north of the capital": where the distance is measured from
                if name.split()[-1] in _VENUE_NOUNS:
                    continue
                if name in country_by_word() and re.match(r"\s+[a-z]", text[start + len(name) :]):
                    continue  # "near Czech rail junction": an adjective, not a place
                if ctx.in_person(absolute):
                    continue
                if min(abs(start - i) for i in incidents) > INCIDENT_WINDOW:
                    continue
                kind = event_type_of(text, start)
                if kind is None or kind in PARTY_TYPES:
                    continue
                yield self._claim(ctx, sentence, absolute, name, kind, text[start + len(name) :])
                break  # the first governed place; later ones locate it ("near X, west of Y")

    def _claim(self, ctx: ArticleContext, sentence: Sentence, start: int, name: str, kind: str, rest: str) -> Claim:
        place = lookup_place(name)
        if place is not None:
            key, display, path = place.city_level.lower(), place.city_level, place.path
        else:
            key, display, path = place_key(name), name, (name,)
            inside = _IN_COUNTRY.match(rest)
            country = _country(inside.group("country")) if inside else None
            if country is not None:
                path = (country, name)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.PLACE,
            subject=kind,
            subject_key=kind,
            attribute="location" if kind in _LOCATED_TYPES else "site",
            start=start,
            end=start + len(name),
            sentence=sentence,
            normalized=Normalized(key=key, display=display, place_path=path, entity=place.name if place else None),
            compare_as=CompareAs.PLACE,
            scope=Scope.EVENT,
            event=ctx.event_time(sentence).model_copy(update={"place": display, "event_type": kind}),
            confidence=1.0 if place is not None else UNKNOWN_PLACE_CONFIDENCE,
        )


def destination(text: str, cue: int) -> bool:
    """The place cue at ``cue`` follows a verb of bringing or sheltering people with no incident word
    between them: it names where they were taken, not the site."""
    moved = _DESTINATION.search(text, 0, cue)
    return moved is not None and _INCIDENT.search(moved.group("gap")) is None


def _country(words: str) -> str | None:
    """The country a name (possibly possessive: "Rwanda's") stands for, or ``None``."""
    name = re.split(r"['’]", words)[0]
    for candidate in (name, name.split()[0]):
        place = lookup_place(candidate)
        if candidate in country_by_word():
            return country_by_word()[candidate]
        if place is not None and place.kind == "country":
            return place.name
    return None


def far_reference(cue: str) -> bool:
    """Whether a cue's distance puts its place beyond :data:`FAR_REFERENCE_KM` ("380 miles north of X")."""
    m = _MEASURED.search(cue)
    if m is None:
        return False
    return float(m.group("n").replace(",", "")) * _KM_PER_UNIT[m.group("unit")] > FAR_REFERENCE_KM


def _trim(name: str) -> str | None:
    """The place name without trailing words that are not part of it; ``None`` when it is no name."""
    words = name.split()
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    if not words or words[0] in _NOT_NAMES:
        return None
    return " ".join(words)
