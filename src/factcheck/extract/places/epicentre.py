"""Where a disaster was centred: the epicentre of an earthquake, the origin of a blaze.

What: ``epicentre.v1`` — "placed its epicentre about 25 kilometres north-west of X", "the quake was
centred near the town of X", "located the epicentre close to X": the place nearest to the centre.

Why: agencies and papers disagree on where a quake was centred. Such places are often small towns that
no city gazetteer lists, so a name governed by an epicentre phrase ("near the town of X", "of X") is
taken as a place even when unknown; a known place keeps its containment (a town in a country).

Example: "Both agencies located the epicentre close to Tarma." -> epicentre Tarma (subject: the
earthquake the article is about).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.analysis.events import PARTY_TYPES, event_type_of
from factcheck.extract.base import ArticleContext
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.places import lookup_place

__all__ = ["EpicentreExtractor"]

_CUE = re.compile(r"\b(?:epicent(?:re|er)|(?:was|were)\s+centred|(?:was|were)\s+centered)\b", re.IGNORECASE)
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?"
_DISTANCE = r"(?:(?:about|some|around|roughly)\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\s+"
# What governs the place: "near", "close to", "(25 km) north-west of", "outside", "of", "in".
_GOVERNOR = re.compile(
    rf"\b(?:near|close\s+to|outside|(?:{_DISTANCE})?{_DIRECTION}\s+of|(?:{_DISTANCE})(?:from|of)|in)\s+"
    r"(?:the\s+(?:town|city|village|district|province|region|municipality)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# How far after the cue the governed place may stand, within the sentence.
CUE_WINDOW = 120


class EpicentreExtractor:
    """The place a disaster was centred (see module docstring)."""

    id = "epicentre.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            cue = _CUE.search(sentence.text)
            if cue is None:
                continue
            window = sentence.text[cue.end() : cue.end() + CUE_WINDOW]
            hits = [m for m in _GOVERNOR.finditer(window) if m.group("name").split()[0] not in _NOT_PLACES]
            if not hits:
                continue
            m = hits[-1]  # "centred in the X region, near the town of Y": the nearest, most specific
            kind = _event_kind(sentence.text, cue.start()) or _event_kind(ctx.text, 0) or "earthquake"
            name = m.group("name")
            place = lookup_place(name)
            path = place.path if place is not None else (name,)
            start = sentence.start + cue.end() + m.start("name")
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.PLACE,
                subject=kind,
                subject_key=kind,
                attribute="epicentre",
                start=start,
                end=start + len(name),
                sentence=sentence,
                normalized=Normalized(key=name.lower(), display=place.name if place else name, place_path=path),
                compare_as=CompareAs.PLACE,
                scope=Scope.EVENT,
                event=ctx.event_time(sentence),
                confidence=1.0 if place is not None else 0.8,
            )


def _event_kind(text: str, near: int) -> str | None:
    kind = event_type_of(text, near)
    return kind if kind is not None and kind not in PARTY_TYPES else None


_NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})
