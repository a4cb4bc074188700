"""Where a meeting, visit or other news event took place.

What: ``event-place.v1`` — the place of an event named next to an event word: "a meeting in Beijing",
"the three-day summit in Geneva", "her visit to Kyiv", "talks at the Kremlin", "the Beijing summit",
"the two leaders met ... in the Great Hall of the People in Beijing".

Why: sources disagree on where things happened; and a capital used for its government ("Moscow has
been forced to ...", "Beijing says") is not a place. Only a place governed by a location preposition
that attaches to an event word (or a place used as the attribute of an event noun) is taken, so
metonymy yields nothing.

Example: "The leaders ended their talks at the Kremlin" -> place Moscow (Kremlin ⊂ Moscow ⊂ Russia).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.extract.participants import event_time
from factcheck.extract.registry import register
from factcheck.extract.subjects import event_subject
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.places import Place, place_at
from factcheck.normalize.reference import load_data

__all__ = ["EventPlaceExtractor"]

# How many characters may separate an event verb ("met") from the "in <place>" it governs: enough
# for "met up with Putin on the red carpet in ...", short enough to stay in the same clause.
VERB_PLACE_WINDOW = 70


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
_ATTRIBUTIVE = re.compile(rf"(?=\b(?:[A-Z][\w’'-]+\s+){{1,3}}(?:{_NOUNS})\b)")
_TO_NOUNS: frozenset[str] = frozenset(_LEX["to_nouns"])


class EventPlaceExtractor:
    """The place of a meeting, visit or other event (see module docstring)."""

    id = "event-place.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            found: dict[int, tuple[Place, int, int, str]] = {}
            for m in _NOUN_PREP.finditer(ctx.text, sentence.start, sentence.end):
                if m.group("prep") == "to" and m.group("noun").lower() not in _TO_NOUNS:
                    continue
                hit = place_at(ctx.text, m.end(), sentence.end)
                if hit is not None:
                    found.setdefault(hit[1], (*hit, m.group("noun").lower()))
            for m in _VERB_PREP.finditer(ctx.text, sentence.start, sentence.end):
                hit = place_at(ctx.text, m.end(), sentence.end)
                if hit is not None:
                    found.setdefault(hit[1], (*hit, "meeting"))
            for m in _ATTRIBUTIVE.finditer(ctx.text, sentence.start, sentence.end):
                hit = place_at(ctx.text, m.start(), sentence.end)
                if hit is None:
                    continue
                follow = re.match(rf"\s+(?P<noun>{_NOUNS})\b", ctx.text[hit[2] : sentence.end])
                if follow is not None and hit[0].kind == "city":
                    found.setdefault(hit[1], (*hit, follow.group("noun").lower()))
            time = event_time(ctx, sentence) if found else EventHints()
            for start, (place, _s, end, noun) in sorted(found.items()):
                event_type = _LEX_TYPE.get(noun, "meeting")
                subject, key, participants = event_subject(ctx, sentence, start, event_type)
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.PLACE,
                    subject=subject,
                    subject_key=key,
                    attribute="location",
                    start=start,
                    end=end,
                    sentence=sentence,
                    normalized=Normalized(
                        key=place.city_level.lower(),
                        display=place.city_level,
                        place_path=place.path,
                        entity=place.name,
                    ),
                    compare_as=CompareAs.PLACE,
                    scope=Scope.EVENT,
                    event=time.model_copy(
                        update={"place": place.city_level, "participants": participants, "event_type": event_type}
                    ),
                )


_TYPES: dict[str, list[str]] = _LEX["types"]
_LEX_TYPE: dict[str, str] = {n: t for t, nouns in _TYPES.items() for n in nouns}
register(EventPlaceExtractor())
