"""Where a meeting, visit or other news event took place.

What: ``event-place.v1`` — the place of an event named next to an event word: "a meeting in Beijing",
"the three-day summit in Geneva", "her visit to Kyiv", "talks at the Kremlin", "the Beijing summit",
"the Geneva Open Marathon", "the envoys met ... at the Great Hall of the People in Beijing"; a
venue with its town in a sentence about the event ("the vote in the House of the Assembly in Oslo",
"the session in the assembly building in central Oslo", "the attack on X Hospital in Y", "X Hospital
(Y, NS)"); a named venue alone ("crossing the line on Freedom Square"), placed in the city the
article's other places of that event agree on; and a wire dateline ("OSLO, May 3 (Agency) -"), the
place of the article's main event.

Why: sources disagree on where things happened; and a capital used for its government ("Moscow has
been forced to ...", "Beijing says") is not a place. Only a place governed by a location preposition
that attaches to an event word (or a place used as the attribute of an event noun, or a dateline) is
taken, so metonymy yields nothing. A venue is compared inside its town (venue ⊂ town ⊂ country), so
"the House of the Assembly" agrees with "Oslo"; a town no gazetteer knows is vouched for by the venue
before it and compared by name.

Example: "The leaders ended their talks at the Kremlin" -> place Moscow (Kremlin ⊂ Moscow ⊂ Russia).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.analysis.events import (
    MAIN_EVENT_SENTENCES,
    PARTY_TYPES,
    event_subject,
    typed_event,
    unquoted,
)
from factcheck.extract.base import ArticleContext
from factcheck.extract.places.incident_place import destination
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.places import lookup_place, place_at, place_name_at, venue_at
from factcheck.normalize.reference import country_by_word, load_data
from factcheck.segment import Sentence

__all__ = ["EventPlaceExtractor", "dateline_place"]

# How many characters may separate an event verb ("met") from the "in <place>" it governs: enough
# for "met up with the prime minister on the steps of the palace in ...", short enough to stay in the same clause.
VERB_PLACE_WINDOW = 70
# A place only a dateline or a venue vouches for (no event word governs it) is less sure.
VOUCHED_CONFIDENCE = 0.8

_LEX = load_data("event_words.json")
_NOUNS = "|".join(sorted((re.escape(n) for n in _LEX["nouns"]), key=len, reverse=True))
_VERBS = "|".join(sorted((re.escape(v) for v in _LEX["verbs"]), key=len, reverse=True))
# "<event noun> (between X and Y)? in|at <place>" and "visit|trip|journey to <place>"
_NOUN_PREP = re.compile(
    rf"\b(?P<noun>{_NOUNS})\b(?P<gap>(?:\s+(?:between|with|of)\s+[^,.;:]{{1,60}}?)?)\s+(?P<prep>in|at|to)\s+(?=[A-Zt])"
)
_VERB_PREP = re.compile(
    rf"\b(?P<verb>{_VERBS})\b(?P<gap>[^.;:!?]{{0,{VERB_PLACE_WINDOW}}}?)\s(?P<prep>in|at)\s+(?=[A-Zt])"
)
# "the Beijing summit", "the Geneva Open Marathon": a city naming an event, up to two name words between;
# the event noun ends the name ("the London Fire Brigade" names no fire).
_CAPITALIZED = re.compile(r"(?<![\w’'-])[A-Z]")
_ATTRIBUTE_NOUN = re.compile(rf"(?:\s+[A-Z][\w’'-]+){{0,2}}\s+(?i:(?P<noun>{_NOUNS}))\b(?!\s+[A-Z])")
_TOWN_PREP = re.compile(r"\b(?:in|at)\s+(?=[A-Z])")
_VENUE_PREP = re.compile(r"\b(?:in|into|at|on|inside)\s+(?=[A-Zt])")
# "objects stolen from the X Museum in Y": what is taken is taken from the place of the theft; "the
# rocket lifted off from X Spaceport": a launch is from its place.
_TAKEN_FROM = re.compile(
    r"\b(?:stolen|stole|taken|took|snatched|looted|launched|lifted\s+off|lifting\s+off|blasted\s+off)"
    r"\s+(?:[^.;:!?]{0,40}?\s)?from\s+(?=[A-Zt])"
)
_TO_NOUNS: frozenset[str] = frozenset(_LEX["to_nouns"])
# "OSLO, May 3 (Agency) -", "KARONGI, Rwanda (Agency) -": an upper-case town, an optional region or
# country and date, an agency in brackets, a dash.
_DATELINE = re.compile(
    r"(?P<town>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}),\s*(?P<region>[A-Z][\w.'’ -]{1,30}?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^()]{1,60}\)\s*[-–—]"
)
_TYPES: dict[str, list[str]] = _LEX["types"]
_LEX_TYPE: dict[str, str] = {n: t for t, nouns in _TYPES.items() for n in nouns}


@dataclass(frozen=True)
class _Found:
    """One place of one sentence: normalized value, span, event type, how sure."""

    key: str
    display: str
    path: tuple[str, ...]
    entity: str | None
    start: int
    end: int
    event_type: str
    confidence: float = 1.0
    venue: str | None = None  # a named venue; ``path`` then ends with it
    attributive: bool = False  # a city naming an event ("the Riverside Marathon")
    noun: str = ""  # the event noun of an attributive hit ("marathon")


def dateline_place(text: str) -> tuple[str, tuple[str, ...], int, int] | None:
    """(town, path, start, end) of a wire dateline at the start of ``text``, or ``None``."""
    m = _DATELINE.match(text)
    if m is None or len(m["town"]) < 3:
        return None
    town = m["town"].title()
    place = lookup_place(town)
    region = (m["region"] or "").strip()
    country = country_by_word().get(region)
    if place is not None and place.kind == "city" and country in (None, place.path[0]):
        return place.name, place.path, m.start("town"), m.end("town")
    return town, ((country, town) if country else (town,)), m.start("town"), m.end("town")


class EventPlaceExtractor:
    """The place of a meeting, visit or other event (see module docstring)."""

    id = "event-place.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        found: list[tuple[Sentence, _Found]] = []
        for index, sentence in enumerate(ctx.sentences):
            text = unquoted(sentence.text)
            hits = self._places(ctx, sentence) + self._venues(ctx, sentence, text, index < MAIN_EVENT_SENTENCES)
            if index < MAIN_EVENT_SENTENCES:
                hits += self._dateline(ctx, sentence)
                if not any(h.path for h in hits):  # none, or only a venue no town places
                    hits += self._lede_town(ctx, sentence, text)
            taken: list[tuple[int, int]] = []
            for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
                if not any(a < hit.end and hit.start < b for a, b in taken):
                    taken.append((hit.start, hit.end))
                    found.append((sentence, hit))
        # Each event noun's article-wide count is looked up once (linear however many hits share it).
        several = {noun for noun in {h.noun for _s, h in found if h.attributive} if not _one_named(ctx, noun)}
        found = [(s, h) for s, h in found if not h.attributive or (h.noun not in several and _named_elsewhere(ctx, h))]
        for sentence, hit in found:
            placed = hit if hit.path else _placed_venue(hit, [h for _s, h in found])
            if placed is not None:
                yield self._claim(ctx, sentence, placed)

    def _places(self, ctx: ArticleContext, sentence: Sentence) -> list[_Found]:
        out: list[_Found] = []
        text = unquoted(sentence.text)

        def add(pos: int, noun: str | None) -> None:
            hit = place_at(ctx.text, pos, sentence.end)
            if hit is None:
                return
            place, start, end = hit
            if destination(text, start - sentence.start):
                return  # "the injured were taken to hospitals in X after the crash": not where it happened
            kind = _noun_type(ctx, text, start - sentence.start, noun)
            out.append(_Found(place.city_level.lower(), place.city_level, place.path, place.name, start, end, kind))

        for m in _NOUN_PREP.finditer(ctx.text, sentence.start, sentence.end):
            if m.group("prep") == "to" and m.group("noun").lower() not in _TO_NOUNS:
                continue
            add(m.end(), m.group("noun").lower())
        for m in _VERB_PREP.finditer(ctx.text, sentence.start, sentence.end):
            add(m.end(), None)
        for m in _CAPITALIZED.finditer(ctx.text, sentence.start, sentence.end):
            named = place_name_at(ctx.text, m.start(), sentence.end)
            if named is None or named[0].kind != "city":
                continue
            place, _start, name_end = named
            attr = _ATTRIBUTE_NOUN.match(ctx.text, name_end, sentence.end)
            if attr is None or "\n" in attr[0]:
                continue
            kind = _noun_type(ctx, text, attr.start("noun") - sentence.start, attr.group("noun").lower())
            city, path = place.city_level, place.path
            noun = attr.group("noun").lower()
            out.append(
                _Found(city.lower(), city, path, place.name, m.start(), name_end, kind, attributive=True, noun=noun)
            )
        return out

    def _venues(self, ctx: ArticleContext, sentence: Sentence, text: str, opening: bool) -> list[_Found]:
        """Venues with their towns after "in|at|on" in a sentence about an event (or in the opening)."""
        out: list[_Found] = []
        for m in [*_VENUE_PREP.finditer(text), *_TAKEN_FROM.finditer(text)]:
            venue = venue_at(ctx.text, sentence.start + m.end(), sentence.end)
            if venue is None or destination(text, m.start()):
                continue
            kind = typed_event(ctx, text, m.start()) or (ctx.main_event if opening else None)
            if kind is None:
                continue
            key = (venue.venue or venue.town).lower()
            display = f"{venue.venue} ({venue.town})" if venue.venue and venue.town else venue.venue or venue.town
            path = venue.full_path if venue.path else ()
            found = _Found(key, display, path, None, venue.start, venue.end, kind, VOUCHED_CONFIDENCE, venue.venue)
            out.append(found)
        return out

    def _lede_town(self, ctx: ArticleContext, sentence: Sentence, text: str) -> list[_Found]:
        """A known town after "in|at" in an opening sentence that names the article's main event, an
        event held at a place (a strike: "ships waiting to berth at X rose ... as the strike ...")."""
        kind = ctx.main_event
        if kind is None or kind in PARTY_TYPES or not any(t == kind for _a, _b, _w, t in ctx.event_hits(text)):
            return []
        for m in _TOWN_PREP.finditer(text):
            if destination(text, m.start()):
                continue
            hit = place_at(ctx.text, sentence.start + m.end(), sentence.end)
            if hit is not None and hit[0].kind == "city":
                place, start, end = hit
                city = place.city_level
                return [_Found(city.lower(), city, place.path, place.name, start, end, kind, VOUCHED_CONFIDENCE)]
        return []

    def _dateline(self, ctx: ArticleContext, sentence: Sentence) -> list[_Found]:
        dateline = dateline_place(sentence.text)
        kind = ctx.main_event
        if dateline is None or kind is None:
            return []
        town, path, start, end = dateline
        s, e = sentence.start + start, sentence.start + end
        return [_Found(town.lower(), town, path, town, s, e, kind, VOUCHED_CONFIDENCE)]

    def _claim(self, ctx: ArticleContext, sentence: Sentence, hit: _Found) -> Claim:
        time = ctx.event_time(sentence) if hit.event_type else EventHints()
        subject, key, participants = event_subject(ctx, sentence, hit.start, hit.event_type)
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.PLACE,
            subject=subject,
            subject_key=key,
            attribute="location",
            start=hit.start,
            end=hit.end,
            sentence=sentence,
            normalized=Normalized(key=hit.key, display=hit.display, place_path=hit.path, entity=hit.entity),
            compare_as=CompareAs.PLACE,
            scope=Scope.EVENT,
            event=time.model_copy(
                update={"place": hit.display, "participants": participants, "event_type": hit.event_type}
            ),
            confidence=hit.confidence,
        )


def _named_elsewhere(ctx: ArticleContext, hit: _Found) -> bool:
    """Whether the article names the city of an attributive hit ("the Riverside Marathon") outside the
    event's name, or its country: a city's name inside an event's name may be a mere word of it."""
    city = re.escape(hit.display)
    if re.search(rf"(?i:\b{city}\b)(?!\s+[A-Z])", ctx.text):
        return True
    words = country_by_word()
    names = re.findall(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", ctx.text)
    return any(words.get(w) == hit.path[0] or words.get(w.split()[0]) == hit.path[0] for w in names)


# Words before an event noun that name no event ("The fire", "This marathon").
_DETERMINERS = frozenset(
    "the a an this that these those another its their his her our one each every".split()  # noqa: SIM905
)


def _one_named(ctx: ArticleContext, noun: str) -> bool:
    """Whether the article names only one event by its place with the event ``noun``: an article
    that names "the Northvale fire" and "the Eastmoor fire" tells of several fires, and neither town is the
    place of the story's one event (a wire dateline naming a third town then looked like a conflict)."""
    names = {
        m[1].lower()
        for m in re.finditer(rf"(?<![\w’'-])([A-Z][\w’'-]*)\s+(?i:{re.escape(noun)})\b", ctx.text)
        if m[1].lower() not in _DETERMINERS
    }
    return len(names) <= 1


def _placed_venue(hit: _Found, others: list[_Found]) -> _Found | None:
    """A named venue alone, inside the town the article gives it elsewhere, else inside the one town
    the article's other places of the same event agree on; ``None`` when there is none."""
    towns = {h.path[:-1] for h in others if h.venue == hit.venue and h.path}
    if not towns:
        towns = {
            h.path[: len(h.path) - (1 if h.venue else 0)] for h in others if h.event_type == hit.event_type and h.path
        }
    if len(towns) != 1:
        return None
    town = towns.pop()
    display = f"{hit.venue} ({town[-1]})"
    return dataclasses.replace(hit, path=(*town, str(hit.venue)), display=display)


def _noun_type(ctx: ArticleContext, text: str, near: int, noun: str | None) -> str:
    """The event type of a place's governing word: a typed noun's type, the article's main event for a
    weak noun ("the vote in X"), "meeting" for a verb ("met in X") as before."""
    if noun is None:
        return "meeting"
    if noun in _LEX_TYPE and noun not in _LEX["weak_words"]:
        return _LEX_TYPE[noun]
    return typed_event(ctx, text, near) or _LEX_TYPE.get(noun, "meeting")
